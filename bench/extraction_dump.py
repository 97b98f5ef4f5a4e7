"""Whole extractions (article and every record, with spans) of a set of files as one JSON
file, and the difference between two such files: the check that a change meant only to make
extraction faster left its output byte for byte as it was.

    python3 -m uv run python -m bench.extraction_dump dump before.json [--eval-pages N] [FILE|DIR ...]
    ... change the code ...
    python3 -m uv run python -m bench.extraction_dump dump after.json [same arguments]
    python3 -m uv run python -m bench.extraction_dump diff before.json after.json

With no files named: the seeds (../shared/seeds), every plugin's samples, and the real-article
texts (/work/eval-texts, or $NEWSLEDGER_EVAL_TEXTS) when they are there; `--eval-pages N` adds
the first N pages of trafilatura's eval set (the generic path on HTML). The diff names the
files whose output changed and the first field that differs, except for held-out articles of
the real-article set: of those it says only that one changed (nobody may read their output).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

from extractors.errors import failure_reason
from extractors.extract import extract
from extractors.samples import sample_pages

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_TEXTS = Path(os.environ.get("NEWSLEDGER_EVAL_TEXTS", "/work/eval-texts"))
EVAL_SET = SHARED / "bench-pages" / "trafilatura-eval"
LABELS = ROOT / "eval" / "labels"


def default_inputs() -> list[Path]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sample_pages()
    if EVAL_TEXTS.is_dir():
        paths += sorted(EVAL_TEXTS.glob("*.txt"))
    return paths


def expand(arguments: list[str]) -> list[Path]:
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths += sorted(p for p in path.iterdir() if p.suffix in (".txt", ".html")) if path.is_dir() else [path]
    return paths


def eval_set_pages(count: int) -> list[tuple[str, bytes, str]]:
    index = json.loads((EVAL_SET / "evaldata.json").read_text(encoding="utf-8"))
    return [
        (f"eval-set/{item['file']}", gzip.decompress((EVAL_SET / "pages" / f"{item['file']}.gz").read_bytes()), url)
        for url, item in list(index.items())[:count]
    ]


def extraction_of(content: bytes, filename: str | None, url: str | None) -> dict:
    try:
        return extract(content, url=url, filename=filename).extraction.model_dump(mode="json")
    except Exception as error:  # noqa: BLE001 - a failure is output too, and must stay the same
        return {"error": f"{failure_reason(error)}: {type(error).__name__}: {error}"}


def dump(out: Path, paths: list[Path], eval_pages: int) -> None:
    results = {str(path): extraction_of(path.read_bytes(), path.name, None) for path in paths}
    for name, content, url in eval_set_pages(eval_pages) if eval_pages else []:
        results[name] = extraction_of(content, None, url)
    out.write_text(json.dumps(results, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")
    print(f"{len(results)} extractions written to {out}")


def held_out_stems() -> set[str]:
    """Stems of the held-out real articles (their labels' split field; nothing else is read)."""
    return {label.stem for label in LABELS.glob("*.json") if json.loads(label.read_text(encoding="utf-8")).get("split") == "heldout"}


def first_difference(before, after, where: str = "") -> str:
    if type(before) is not type(after):
        return where or "(whole)"
    if isinstance(before, dict):
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                return first_difference(before.get(key), after.get(key), f"{where}.{key}")
    if isinstance(before, list):
        if len(before) != len(after):
            return f"{where} ({len(before)} -> {len(after)} items)"
        for n, (a, b) in enumerate(zip(before, after)):
            if a != b:
                return first_difference(a, b, f"{where}[{n}]")
    return where or "(whole)"


def diff(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    held_out = held_out_stems()
    changed = 0
    for name in sorted(set(before) | set(after)):
        if before.get(name) == after.get(name):
            continue
        changed += 1
        if Path(name).stem in held_out:
            print(f"{name}: held-out article, output changed")
        elif name not in before or name not in after:
            print(f"{name}: only in {'after' if name not in before else 'before'}")
        else:
            print(f"{name}: differs at {first_difference(before[name], after[name])}")
    print(f"{len(before)} before, {len(after)} after, {changed} changed")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("inputs", nargs="*")
    dumping.add_argument("--eval-pages", type=int, default=0, help="also the first N pages of trafilatura's eval set")
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "dump":
        dump(arguments.out, expand(arguments.inputs) if arguments.inputs else default_inputs(), arguments.eval_pages)
        return 0
    return diff(arguments.before, arguments.after)


if __name__ == "__main__":
    sys.exit(main())
