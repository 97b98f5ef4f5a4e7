"""A SIGTERM that unwinds like Ctrl-C, so servers started by a test die with it.

`timeout`, CI runners and `kill` stop pytest with SIGTERM, whose default action ends the
process at once: no `finally` runs, and the Airflow, PostgreSQL or Redis processes a test
started in their own sessions keep running (and loading the machine) after it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"stopped by signal {signum}")


@contextlib.contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """While inside, SIGTERM raises KeyboardInterrupt (pytest then stops the run cleanly)."""
    if threading.current_thread() is not threading.main_thread():
        # signal handlers can only be set from the main thread; elsewhere keep the default
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
