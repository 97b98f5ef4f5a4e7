"""Every compiled pattern of extractors/ tried on inputs that make backtracking regexes blow up.

Run as a child process by test_regex_backtracking.py (a pattern that backtracks exponentially
never returns, so only a process can be stopped): it prints each pattern's name before trying it,
so the parent can say which one hung. `--pattern REGEX` probes one pattern instead.

The inputs repeat a short piece (digits and spaces, initials, commas and "and", non-breaking
spaces...) and end with a character that makes the match fail late: the shape of the gap of
eight-digit figures on which a list-of-people pattern with nested repeats ran for hours.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator

import extractors
from extractors.registry import installed_sources
from extractors.text_cleaning import compile_rules

REPEATED_PIECES = (
    "1", "12 ", "12345678 ", "12,345 ", "1.5 ", "a", "a ", "Ab ", "AB ", "A. ", "Đức ", ", ", " and ",
    "-", " - ", ".", ". ", "( ", "| ", "\u00a0", "'s ", "\u201c", '" ', ":", "/",
)
LATE_FAILURES = ("", "x", "!", "\n", "(")
# long enough that an exponential pattern never returns, short enough that a cubic one does in ms
PROBE_LENGTH = 100


def probe_inputs() -> Iterator[str]:
    for piece in REPEATED_PIECES:
        for ending in LATE_FAILURES:
            yield piece * max(1, PROBE_LENGTH // len(piece)) + ending


def _patterns_in(value: object) -> Iterator[re.Pattern]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item)


def extractor_patterns() -> dict[str, re.Pattern]:
    """The module-level and class-level compiled patterns of every module under extractors/,
    and every installed plugin's chrome rules with the shared ones they inherit."""
    found: dict[tuple, tuple[str, re.Pattern]] = {}
    for source_name, source in installed_sources().items():
        for kind, patterns in zip(("drop", "stop", "end"), compile_rules(source.chrome)):
            for number, pattern in enumerate(patterns):
                found.setdefault((pattern.pattern, pattern.flags), (f"{source_name} chrome rules: {kind} line {number}", pattern))
    for module_info in pkgutil.walk_packages(extractors.__path__, "extractors."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            owners = [(name, value)]
            if isinstance(value, type) and value.__module__ == module.__name__:
                owners = [(f"{name}.{attribute}", item) for attribute, item in vars(value).items()]
            for owner_name, item in owners:
                for pattern in _patterns_in(item):
                    found.setdefault((pattern.pattern, pattern.flags), (f"{module.__name__}.{owner_name}", pattern))
    return dict(found.values())


def probe(name: str, pattern: re.Pattern) -> None:
    for text in probe_inputs():
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        print(f"{name}\t{text[:12]!r}", flush=True)
        pattern.search(subject)
        pattern.fullmatch(subject)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pattern", help="probe this one pattern instead of extractors/'s")
    args = parser.parse_args()
    patterns = {"--pattern": re.compile(args.pattern)} if args.pattern else extractor_patterns()
    for name, pattern in sorted(patterns.items()):
        probe(name, pattern)
    print(f"probed {len(patterns)} patterns", flush=True)


if __name__ == "__main__":
    sys.exit(main())
