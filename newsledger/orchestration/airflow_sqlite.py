"""Connection arguments for Airflow's SQLite metadata database (local runs, the demo, tests).

Airflow's API server, scheduler, DAG processor and triggerer all write to one SQLite file, and
sqlite3 gives up on another process's write lock after 5 s: the API server then answers 500 (seen
when a run was triggered while the scheduler wrote a whole hourly slot's task states on a loaded
machine). Waiting longer for the lock costs nothing when there is none. Airflow imports these by
name: `AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS` and `..._CONNECT_ARGS_ASYNC` (only with SQLite:
other databases' drivers take other arguments).
"""

LOCK_WAIT_SECONDS = 120

# two dicts: Airflow adds its own keys to the synchronous one
SYNC_CONNECT_ARGS = {"timeout": LOCK_WAIT_SECONDS}
ASYNC_CONNECT_ARGS = {"timeout": LOCK_WAIT_SECONDS}

SETTINGS = {
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS": f"{__name__}.SYNC_CONNECT_ARGS",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS_ASYNC": f"{__name__}.ASYNC_CONNECT_ARGS",
}
