"""The Airflow side: what the DAGs' tasks do (`airflow_tasks`) and the wiring every DAG
shares (`airflow_wiring`). DAG files in dags/ only put these together."""
