"""Prints score.py's JSON results side by side as the Markdown table EVAL.md holds.

Usage: python3 eval/tables.py seeds=seeds.json dev=dev.json heldout=heldout.json
(each file is the output of `score.py --json` or `eval/score_set.py --json`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIELDS = ["title", "image captions", "image credits", "persons", "organizations", "countries",
          "quotes (text)", "quotes (text+speaker)", "figures", "figure qualifiers"]


def cell(result: dict, field: str) -> str:
    row = result.get(field)
    if not row:
        return "–"
    return f"{row['f1']:.3f} (P {row['precision']:.3f} R {row['recall']:.3f})"


def table(results: dict[str, dict]) -> str:
    names = list(results)
    lines = ["| field | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    lines.append("| files | " + " | ".join(str(r["files"]) for r in results.values()) + " |")
    lines.append("| errors | " + " | ".join(str(len(r["errors"])) for r in results.values()) + " |")
    lines.append("| body F1 (P / R) | " + " | ".join(
        f"{r['body_f1']:.3f} ({r['body_precision']:.3f} / {r['body_recall']:.3f})" for r in results.values()) + " |")
    for field in FIELDS:
        lines.append(f"| {field} F1 | " + " | ".join(cell(r, field) for r in results.values()) + " |")
    lines.append("| person roles, token F1 | " + " | ".join(
        f"{r['role_f1']:.3f}" if r.get("role_f1") is not None else "–" for r in results.values()) + " |")
    lines.append("| chrome leaks | " + " | ".join(str(len(r["chrome_leaks"])) for r in results.values()) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    results = {}
    for arg in argv:
        name, _, path = arg.partition("=")
        text = Path(path).read_text(encoding="utf-8").strip().splitlines()
        results[name] = json.loads(text[-1])  # score_set.py may print build lines before the JSON
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
