#!/usr/bin/env python3
"""Scores the extractor on one split of the real-article set: builds gold in a temporary folder
from eval/labels and the saved texts, then runs the shared referee (../shared/eval/score.py).

Usage (from the checkout's root):
  python3 eval/score_set.py --split dev        # develop on this one
  python3 eval/score_set.py --split heldout    # only when a change is done
  python3 eval/score_set.py --split heldout --batch 3   # the batch nobody tuned on or read
Options: --texts DIR (default /work/eval-texts), --cmd (default the project's extractor),
--json (score.py's JSON), --keep DIR (build the gold there and keep it), --skip-invalid (score the
labels that build even when others fail; by default a failing label stops the run).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent
CHECKOUT = EVAL_DIR.parent
DEFAULT_CMD = ".venv/bin/newsledger extract {path} --json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--texts", type=Path, default=Path("/work/eval-texts"))
    ap.add_argument("--cmd", default=DEFAULT_CMD, help=f"extraction command with {{path}} (default: {DEFAULT_CMD!r})")
    ap.add_argument("--score", type=Path, default=CHECKOUT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--batch", type=int, help="only this labelling batch (3: the one labelled after all rule work so far)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", type=Path, help="build the gold in this folder and keep it")
    ap.add_argument("--skip-invalid", action="store_true")
    a = ap.parse_args(argv)
    if not a.score.exists():
        raise SystemExit(f"the referee {a.score} is missing (../shared/eval/score.py beside the checkout)")
    with tempfile.TemporaryDirectory(prefix="newsledger-gold-") as tmp:
        gold = a.keep or Path(tmp) / "gold"
        build = subprocess.run([sys.executable, str(EVAL_DIR / "build_gold.py"), "--texts", str(a.texts),
                                "--out", str(gold), "--split", a.split,
                                *(["--batch", str(a.batch)] if a.batch else [])])
        if build.returncode and not a.skip_invalid:
            print("some labels did not build (above); fix them or pass --skip-invalid", file=sys.stderr)
            return build.returncode
        score = [sys.executable, str(a.score), "--gold", str(gold), "--files", str(gold / "files"), "--cmd", a.cmd]
        return subprocess.run(score + (["--json"] if a.json else []), cwd=CHECKOUT).returncode


if __name__ == "__main__":
    sys.exit(main())
