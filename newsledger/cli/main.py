"""`newsledger`: everything a user does outside the Airflow UI."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from newsledger.cli.errors import UserError
from warehouse.errors import WarehouseError

# Each sub-command's function by module, imported only when that command runs: `extract`
# must not pay for the warehouse stack.
LIGHT_COMMANDS = {"extract": "newsledger.cli.extract_command"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsledger", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def with_warehouse(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--warehouse", help="a DuckDB file, or ducklake:sqlite:FILE / ducklake:postgres://USER@HOST:PORT/DB "
                       "(default: $NEWSLEDGER_WAREHOUSE, else ./warehouse.duckdb)")
        return p

    p = with_warehouse(sub.add_parser("ingest", help="load HTML pages and text dumps into the warehouse"))
    p.add_argument("paths", nargs="*", type=Path, help="files or folders")
    p.add_argument("--samples", action="store_true", help="also every installed source plugin's sample pages")
    p.add_argument("--source", help="plugin to use for every file (default: recognise each page)")
    p.add_argument("--no-project", dest="project", action="store_false",
                   help="only append events; leave the projections to `newsledger catch-up` (for several writers at once)")
    p.set_defaults(run="ingest")

    p = with_warehouse(sub.add_parser("crawl", help="discover and fetch a source's new or changed articles over HTTP"))
    p.add_argument("source", help="plugin name (see `newsledger sources`)")
    p.add_argument("--since", help="only articles the feeds date on or after this day (ISO date)")
    p.add_argument("--limit", type=int, help="fetch at most this many pages")
    p.add_argument("--delay", type=float, help="seconds between two requests to one host (default 1)")
    p.add_argument("--user-agent", help="User-Agent header to send")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(run="crawl")

    p = sub.add_parser("extract", help="print the records of files as JSON lines, touching no warehouse")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--source", help="plugin to use (default: recognise the outlet)")
    p.add_argument("--url", help="the page's address, when known")
    p.add_argument("--json", action="store_true", help="one JSON object per line (the only format for now)")
    p.set_defaults(run="extract")

    p = with_warehouse(sub.add_parser("sql", help="run read-only SQL against the warehouse"))
    p.add_argument("query")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--as-of", help="answer from the projections as they stood at a global position (a number) or a time (ISO, UTC if no zone)")
    p.set_defaults(run="sql")

    p = with_warehouse(sub.add_parser("search", help="full-text search over titles, leads and bodies"))
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=10)
    p.set_defaults(run="search")

    p = with_warehouse(sub.add_parser("reextract", help="run the current extractor over the stored pages; append what changed"))
    p.add_argument("--source", help="only pages last extracted by this plugin")
    p.set_defaults(run="reextract")

    p = with_warehouse(sub.add_parser("compact", help="merge the store's small files and drop the ones no snapshot needs"))
    p.set_defaults(run="compact")

    p = with_warehouse(sub.add_parser("summary", help="what the warehouse holds, per source"))
    p.set_defaults(run="summary")

    p = with_warehouse(sub.add_parser("catch-up", help="bring the projections up to the newest event"))
    p.set_defaults(run="catch_up")

    p = with_warehouse(sub.add_parser("rebuild", help="drop the projections and rebuild them from the events"))
    p.set_defaults(run="rebuild")

    p = with_warehouse(sub.add_parser("failures", help="unresolved failures by source and reason"))
    p.set_defaults(run="failures")

    p = with_warehouse(sub.add_parser("retry", help="run every unresolved failure again (after a fix)"))
    p.set_defaults(run="retry")

    p = with_warehouse(sub.add_parser("report", help="write the coverage report: one self-contained HTML file"))
    p.add_argument("--out", type=Path, default=Path("report.html"))
    p.add_argument("--since", help="only articles published on or after this day (ISO date)")
    p.add_argument("--source", help="only this outlet")
    p.set_defaults(run="report")

    p = with_warehouse(sub.add_parser("export", help="export the events and every projection as Parquet files"))
    p.add_argument("--parquet", type=Path, required=True, metavar="DIR")
    p.set_defaults(run="export")

    p = sub.add_parser("sources", help="list the installed news-source plugins")
    p.set_defaults(run="sources")

    p = sub.add_parser("new-source", help="scaffold a news-source plugin, a fixture page and its test")
    p.add_argument("name", help="short lower-case name, e.g. vietnamnews")
    p.add_argument("--domain", required=True, action="append",
                   help="the site's domain, e.g. vietnamnews.vn; repeat it for each host the site uses, main one first")
    p.add_argument("--title", help="the outlet's name, e.g. \"Viet Nam News\" (also names the plugin class)")
    p.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    p.set_defaults(run="new_source")

    p = sub.add_parser("schema", help="print the JSON Schema of the extracted records")
    p.set_defaults(run="schema")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module = importlib.import_module(LIGHT_COMMANDS.get(args.run, "newsledger.cli.commands"))
    try:
        return int(getattr(module, args.run)(args) or 0)
    except (UserError, WarehouseError) as error:  # the user can act on these: no traceback
        print(f"newsledger: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (`newsledger failures | head`): stop quietly, as other Unix tools do;
        # stdout is pointed at /dev/null so that the interpreter's final flush does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe


if __name__ == "__main__":
    sys.exit(main())
