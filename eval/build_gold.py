#!/usr/bin/env python3
"""Builds gold files in ../shared/gold's format from the labels in eval/labels and saved texts.

Usage:
  python eval/build_gold.py --texts /work/eval-texts --out DIR [--split dev|heldout|all] [--batch N] [--only STEM ...]

For each eval/labels/<stem>.json it checks the saved text /work/eval-texts/<stem>.txt against the
label's sha256, writes DIR/<stem>.text.json and DIR/<stem>.records.json, and copies the text to
DIR/files/<stem>.txt, so that

  python ../shared/eval/score.py --gold DIR --files DIR/files --cmd '... {path} ...'

scores the split. Every label is checked first (line count, classes, names and quotes found in
the text, the split rule); all problems are printed, naming the file, and the exit status is 1 when
any label could not be built (the others are still written). Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

from labelset import (
    BATCHES, DATE_STAMP, END_MARKER, LINE_CLASSES, QUALIFIERS, TOPICS, LabelError, host_of, non_empty_lines,
    sha256_bytes, split_for, stem_for,
)

REQUIRED_KEYS = ("stem", "url", "outlet", "topic", "sha256", "split", "checks", "lines",
                 "persons", "organizations", "countries", "quotes", "figures")
BUILT_MARK = ".built-by-build_gold"
OPENING_MARKS, CLOSING_MARKS = "“\"", "”\""
# a quote broken by its attribution: «…principles,” the President affirmed, “reflect…» is one quote
INTERRUPTION = re.compile(r"([,.!?;:…—–-])\s*[”\"]\s+[^“”\"\n]{1,80}?\s*[“\"]")
# a quote running over paragraphs reopens (and sometimes closes) its marks at each break
PARAGRAPH_BREAK = re.compile(r"[”\"]?[ \t]*\n\s*[“\"]?")


def build_text_gold(label: dict, lines: list[str]) -> dict:
    title, body, headings, images, chrome = None, [], [], [], []
    for number, (entry, line) in enumerate(zip(label["lines"], lines), start=1):
        kind = entry["class"] if isinstance(entry, dict) else entry
        text = line.strip()
        stamp = DATE_STAMP.match(line) if kind != "chrome" else None
        if stamp:
            chrome.append(stamp.group().strip())
            text = line[stamp.end():].strip()
        if kind in ("body", "chrome"):
            # VNA closes a story with "./." : the marker is chrome, the sentence keeps its own
            # full stop; a chrome line carrying it repeats article text, so it is stripped there too
            text, marker = split_end_marker(text)
            if marker:
                chrome.append(marker)
        if kind == "title":
            if title is not None:
                raise LabelError(f"line {number}: a second title line (the first is {title[:50]!r})")
            title = text
        elif kind in ("body", "heading"):
            body.append(text)
            if kind == "heading":
                headings.append(text)
        elif kind == "chrome":
            chrome.append(text)
        else:  # caption
            images.append({"caption": caption_text(entry, line, number), "credit": entry.get("credit")})
    return {"seed": f"{label['stem']}.txt", "title": title, "headings": headings, "body": body,
            "images": images, "chrome": chrome}


def split_end_marker(text: str) -> tuple[str, str | None]:
    marker = END_MARKER.search(text)
    if not marker or not text[: marker.start()].strip():
        return text, None
    own_stop = text[marker.start()] == "."
    return text[: marker.start()] + ("." if own_stop else ""), "./." if own_stop else "/."


def caption_text(entry: dict, line: str, number: int) -> str:
    end = entry.get("caption_end")
    if not isinstance(end, int) or isinstance(end, bool) or not 0 < end <= len(line):
        raise LabelError(f"line {number}: caption_end {end!r} must be a whole number in 1..{len(line)} (the line's length)")
    credit = entry.get("credit", "missing")
    if credit is not None and not (isinstance(credit, str) and credit.strip()):
        raise LabelError(f"line {number}: caption credit must be the credit's name as written, or null")
    caption = DATE_STAMP.sub("", line[:end]).strip().lstrip("| ").rstrip(" \t-–—|(")
    if not caption:
        raise LabelError(f"line {number}: caption_end {end} leaves an empty caption")
    return caption


def check_lines(label: dict, lines: list[str]) -> None:
    if not isinstance(label["lines"], list) or len(label["lines"]) != len(lines):
        got = len(label["lines"]) if isinstance(label["lines"], list) else "no list"
        raise LabelError(f"'lines' has {got} entries but the text has {len(lines)} non-empty lines")
    for number, entry in enumerate(label["lines"], start=1):
        kind = entry.get("class") if isinstance(entry, dict) else entry
        if kind not in LINE_CLASSES or (kind == "caption") != isinstance(entry, dict):
            raise LabelError(f"line {number}: {entry!r} is not one of {sorted(LINE_CLASSES - {'caption'})} "
                             "or {\"class\": \"caption\", \"caption_end\": N, \"credit\": ...}")


def quote_text(quote: dict, body: str, captions: list[str], number: int) -> str:
    opens, closes = quote.get("opens"), quote.get("closes")
    if not (isinstance(opens, str) and opens.strip() and isinstance(closes, str) and closes.strip()):
        raise LabelError(f"quote {number}: 'opens' and 'closes' must be the quote's first and last words")
    for text in [body, *captions]:
        start = text.find(opens)
        if start < 0:
            continue
        end = text.find(closes, start)
        while end >= 0 and end + len(closes) < start + len(opens):
            end = text.find(closes, end + 1)
        if end < 0:
            raise LabelError(f"quote {number}: {closes!r} not found after {opens!r}")
        span = PARAGRAPH_BREAK.sub(" ", text[start: end + len(closes)])
        span = INTERRUPTION.sub(r"\1 ", span)
        return span.strip().lstrip(OPENING_MARKS).rstrip(CLOSING_MARKS).rstrip(" ,")
    raise LabelError(f"quote {number}: {opens!r} is not in the body or a caption (exact characters, curly quotes included)")


def build_records(label: dict, text_gold: dict, full_text: str, warnings: list[str]) -> dict:
    persons = label["persons"]
    names = []
    for p in persons:
        if not (isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("roles"), list)):
            raise LabelError(f"person {p!r}: needs 'name' (str) and 'roles' (list of str)")
        if p["name"] not in full_text:
            raise LabelError(f"person {p['name']!r} is not written so in the text (name as first written in full)")
        if p["name"] in names:
            raise LabelError(f"person {p['name']!r} is listed twice")
        names.append(p["name"])
        for role in p["roles"]:
            if not isinstance(role, str) or not role.strip():
                raise LabelError(f"person {p['name']!r}: roles must be non-empty strings")
            if role not in full_text:
                warnings.append(f"role {role!r} of {p['name']!r} is not written so in the text")
    orgs = label["organizations"]
    if not (isinstance(orgs, dict) and set(orgs) == {"required", "optional"}):
        raise LabelError("'organizations' must be {\"required\": [...], \"optional\": [...]}")
    for org in orgs["required"] + orgs["optional"]:
        if not (isinstance(org, dict) and isinstance(org.get("name"), str) and org["name"].strip()
                and "acronym" in org and (org["acronym"] is None or isinstance(org["acronym"], str))):
            raise LabelError(f"organisation {org!r}: needs 'name' (str) and 'acronym' (str or null)")
        if org["name"] not in full_text and not (org["acronym"] and org["acronym"] in full_text):
            warnings.append(f"organisation {org['name']!r} ({org['acronym']}) appears neither by name nor acronym")
    for code in label["countries"]:
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code)):
            raise LabelError(f"country {code!r} is not an ISO 3166-1 alpha-2 code")
    quotes = []
    captions = [image["caption"] for image in text_gold["images"]]
    for number, q in enumerate(label["quotes"], start=1):
        if q.get("speaker") not in names:
            raise LabelError(f"quote {number}: speaker {q.get('speaker')!r} is not one of the persons")
        text = quote_text(q, "\n".join(text_gold["body"]), captions, number)
        if len(re.findall(r"\w+", text)) < 6:
            warnings.append(f"quote {number} has fewer than six words: {text!r}")
        quotes.append({"speaker": q["speaker"], "text": text})
    for f in label["figures"]:
        value = f.get("value") if isinstance(f, dict) else None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise LabelError(f"figure {f!r}: 'value' must be a number")
        if not (isinstance(f.get("unit"), str) and f["unit"].strip()):
            raise LabelError(f"figure {f!r}: 'unit' must be the noun phrase it counts")
        if f.get("qualifier", "missing") not in QUALIFIERS:
            raise LabelError(f"figure {f!r}: 'qualifier' must be one of {sorted(q for q in QUALIFIERS if q)} or null")
    return {"seed": text_gold["seed"], "outlet_hint": label["outlet"], "persons": persons,
            "organizations": orgs, "countries": label["countries"], "quotes": quotes,
            "figures": [{"value": f["value"], "unit": f["unit"], "qualifier": f["qualifier"]} for f in label["figures"]],
            "image_credits": [image["credit"] for image in text_gold["images"] if image["credit"]]}


def load_label(path: Path, texts: Path) -> tuple[dict, bytes]:
    try:
        label = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise LabelError(f"cannot read the label: {e}") from None
    missing = [k for k in REQUIRED_KEYS if k not in label]
    if missing:
        raise LabelError(f"missing keys {missing}")
    url = label["url"]
    if label["stem"] != path.stem or label["stem"] != stem_for(url):
        raise LabelError(f"stem {label['stem']!r} must equal the file name and {stem_for(url)!r} (outlet key + sha256(url)[:10])")
    if label["outlet"] != host_of(url):
        raise LabelError(f"outlet {label['outlet']!r} must be the URL's host {host_of(url)!r}")
    batch = label.get("batch", 1)
    if batch not in BATCHES:
        raise LabelError(f"batch {batch!r} must be one of {list(BATCHES)}")
    if label["split"] != split_for(url, batch):
        raise LabelError(f"split {label['split']!r} is not the rule's {split_for(url, batch)!r} "
                         "(batches 2 to 5: heldout; batch 1: heldout iff int(sha256(url)[:8], 16) % 3 == 0)")
    if label["topic"] not in TOPICS:
        raise LabelError(f"topic {label['topic']!r} is not one of {sorted(TOPICS)}")
    if not (isinstance(label["checks"], list) and label["checks"] and all(isinstance(c, str) for c in label["checks"])):
        raise LabelError("'checks' must list who labelled and who checked, e.g. [\"labelled by A\", \"checked by B\"]")
    text_path = texts / f"{label['stem']}.txt"
    try:
        data = text_path.read_bytes()
    except OSError:
        raise LabelError(f"text {text_path} is missing: fetch it as eval/README.md says") from None
    if sha256_bytes(data) != label["sha256"]:
        raise LabelError(f"text {text_path} has sha256 {sha256_bytes(data)}, the label says {label['sha256']}: "
                         "not the text that was labelled (fetch it again as eval/README.md says)")
    return label, data


def prepare_out(out: Path) -> None:
    if out.exists() and any(out.iterdir()) and not (out / BUILT_MARK).exists():
        raise SystemExit(f"{out} is not empty and was not written by build_gold.py: give an empty or new folder")
    if out.exists():
        for old in [*out.glob("*.text.json"), *out.glob("*.records.json")]:
            old.unlink()
        shutil.rmtree(out / "files", ignore_errors=True)
    (out / "files").mkdir(parents=True, exist_ok=True)
    (out / BUILT_MARK).write_text("gold built from eval/labels; rewritten on every build\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=Path(__file__).resolve().parent / "labels")
    ap.add_argument("--texts", type=Path, required=True, help="folder of the saved texts <stem>.txt")
    ap.add_argument("--out", type=Path, required=True, help="folder for the gold files (created)")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--only", nargs="+", metavar="STEM", help="build only these labels (while labelling one)")
    ap.add_argument("--batch", type=int, help="only this labelling batch (1 to 5)")
    a = ap.parse_args(argv)
    label_paths = sorted(p for p in a.labels.glob("*.json") if not a.only or p.stem in a.only)
    if not label_paths:
        raise SystemExit(f"no labels in {a.labels}")
    prepare_out(a.out)
    built, failed = 0, 0
    for path in label_paths:
        warnings: list[str] = []
        try:
            label, data = load_label(path, a.texts)
            if a.split != "all" and label["split"] != a.split or a.batch and label.get("batch", 1) != a.batch:
                continue
            text = data.decode("utf-8")
            lines = non_empty_lines(text)
            check_lines(label, lines)
            text_gold = build_text_gold(label, lines)
            records = build_records(label, text_gold, text, warnings)
        except (LabelError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as e:
            failed += 1
            print(f"{path}: {type(e).__name__ + ': ' if not isinstance(e, LabelError) else ''}{e}", file=sys.stderr)
            continue
        for w in warnings:
            print(f"{path}: warning: {w}", file=sys.stderr)
        stem = label["stem"]
        for suffix, doc in ((".text.json", text_gold), (".records.json", records)):
            (a.out / f"{stem}{suffix}").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (a.out / "files" / f"{stem}.txt").write_bytes(data)
        built += 1
    print(f"built {built} gold article(s) of split {a.split} in {a.out}; {failed} label(s) failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
