"""newsledger: news pages in, an event-sourced DuckDB warehouse of typed records out."""

__version__ = "0.1.0"
