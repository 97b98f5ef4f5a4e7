-- The DuckLake catalog of the warehouse (compose.celery.yaml); PostgreSQL runs this once,
-- when it first creates its data directory.
CREATE DATABASE newsledger_lake;
