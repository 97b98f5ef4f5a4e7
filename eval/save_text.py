#!/usr/bin/env python3
"""Saves one stored page's excerpt as the text we label, and prints what its label needs.

Usage:
  python eval/save_text.py --url URL [--texts /work/eval-texts] [--batch N] < excerpt.json

stdin holds the search result's "excerpt" value as a JSON string (with its quotes and escapes,
exactly as the search tool returns it). The text saved is the excerpt cut to its last complete
line with one final newline (labelset.text_from_excerpt), as <texts>/<stem>.txt. It prints the
stem, split and sha256, then the non-empty lines numbered, which is what a label's "lines"
classifies. Refuses to overwrite a saved text that differs (a label may already rest on it).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labelset import LabelError, non_empty_lines, sha256_bytes, split_for, stem_for, text_from_excerpt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True)
    ap.add_argument("--texts", type=Path, default=Path("/work/eval-texts"))
    ap.add_argument("--batch", type=int, default=1, help="the label's batch, for the split printed (default 1)")
    a = ap.parse_args(argv)
    try:
        stem = stem_for(a.url)
    except LabelError as e:
        raise SystemExit(str(e)) from None
    raw = sys.stdin.read().strip()
    try:
        excerpt = json.loads(raw)
    except json.JSONDecodeError as e:
        raise SystemExit(f"stdin is not one JSON string (the excerpt with its quotes and escapes): {e}") from None
    if not isinstance(excerpt, str):
        raise SystemExit("stdin must be the excerpt as a JSON string")
    data = text_from_excerpt(excerpt).encode("utf-8")
    path = a.texts / f"{stem}.txt"
    if path.exists() and path.read_bytes() != data:
        raise SystemExit(f"{path} exists with other bytes (sha256 {sha256_bytes(path.read_bytes())}); not overwritten")
    a.texts.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"stem {stem}\nsplit {split_for(a.url, a.batch)}\nsha256 {sha256_bytes(data)}\nchars {len(data.decode())}\nsaved {path}")
    for number, line in enumerate(non_empty_lines(data.decode("utf-8")), start=1):
        print(f"{number:3d} [{len(line)}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
