#!/usr/bin/env bash
# One-off set-up of a deployment: metadata schema, and the pool of warehouse writers (a task
# whose pool is missing would wait in `scheduled` forever). A DuckDB file takes one writer at
# a time; DuckLake takes several (NEWSLEDGER_WRITER_SLOTS, set by compose.celery.yaml).
set -euo pipefail
airflow db migrate
airflow pools set newsledger_warehouse_writer "${NEWSLEDGER_WRITER_SLOTS:-1}" "warehouse writers at once"
airflow pools get newsledger_warehouse_writer
