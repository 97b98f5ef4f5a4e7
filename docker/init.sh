#!/usr/bin/env bash
# One-off set-up of a deployment: metadata schema, and the pool that keeps one writer of the
# DuckDB warehouse (a task whose pool is missing would wait in `scheduled` forever).
set -euo pipefail
airflow db migrate
airflow pools set newsledger_warehouse_writer 1 "one writer of the DuckDB warehouse at a time"
airflow pools get newsledger_warehouse_writer
