"""`newsledger extract`: records of files as JSON lines.

Kept apart from the warehouse commands so that extracting one file loads only the extractors
(the warehouse side pulls in DuckDB, datasketch and SciPy: seconds per process, which a scorer
running one process per article pays every time).
"""

from __future__ import annotations

import argparse
import json

from extractors.errors import failure_reason
from extractors.extract import extract as extract_page


def extract(args: argparse.Namespace) -> int:
    for path in args.files:
        try:
            extracted = extract_page(path.read_bytes(), url=args.url, filename=path.name, source=args.source)
            line = extracted.extraction.as_eval_json()
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
            reason = "unreadable_file" if isinstance(error, OSError) else failure_reason(error)
            line = {"file": str(path), "error": f"{reason}: {error}"}
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0
