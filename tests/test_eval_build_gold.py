"""eval/build_gold.py turns a label and its saved text into gold in ../shared/gold's format.
The article here is one written for this test, in a VNA-like dump layout."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
sys.path.insert(0, str(EVAL))

import build_gold  # noqa: E402
from labelset import split_for, stem_for, text_from_excerpt  # noqa: E402

URL = "https://en.vietnamplus.vn/test-article-written-for-the-builder-post1.vnp"
TEXT = (
    " date 2024-05-02 Harbour city opens a lantern fair\n"
    "\n"
    "Mayor Tran Van An opens the fair. (Photo: VNA)\n"
    "Hai Phong (VNA) – The lantern fair drew more than 1,200 visitors on its first evening.\n"
    "“The fair shows what our craftsmen can do,” the mayor said, “and we will hold it every spring.”\n"
    "Related\n"
    "Tran Van An said the city would add 30 stalls next year./.\n"
)


def write_case(tmp_path: Path, **changes) -> tuple[Path, Path, str]:
    texts, labels = tmp_path / "texts", tmp_path / "labels"
    texts.mkdir(), labels.mkdir()
    stem = stem_for(URL)
    (texts / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
    label = {
        "stem": stem, "url": URL, "outlet": "en.vietnamplus.vn", "topic": "culture",
        "sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "split": split_for(URL),
        "checks": ["labelled by test"],
        "lines": ["title", {"class": "caption", "caption_end": 33, "credit": "VNA"}, "body", "body", "chrome", "body"],
        "persons": [{"name": "Tran Van An", "roles": ["Mayor"]}],
        "organizations": {"required": [], "optional": [{"name": "Vietnam News Agency", "acronym": "VNA"}]},
        "countries": [],
        "quotes": [{"speaker": "Tran Van An", "opens": "The fair shows what", "closes": "every spring."}],
        "figures": [{"value": 1200, "unit": "visitors", "qualifier": "more_than"},
                    {"value": 30, "unit": "stalls", "qualifier": None}],
    }
    label.update(changes)
    (labels / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    return texts, labels, stem


def test_builds_text_and_records_in_the_seed_gold_format(tmp_path):
    texts, labels, stem = write_case(tmp_path)
    out = tmp_path / "gold"
    assert build_gold.main(["--labels", str(labels), "--texts", str(texts), "--out", str(out)]) == 0
    text_gold = json.loads((out / f"{stem}.text.json").read_text(encoding="utf-8"))
    records = json.loads((out / f"{stem}.records.json").read_text(encoding="utf-8"))
    assert text_gold["seed"] == f"{stem}.txt" and (out / "files" / f"{stem}.txt").read_text(encoding="utf-8") == TEXT
    assert text_gold["title"] == "Harbour city opens a lantern fair"  # the store's date stamp is chrome
    assert text_gold["images"] == [{"caption": "Mayor Tran Van An opens the fair.", "credit": "VNA"}]
    assert text_gold["body"][-1] == "Tran Van An said the city would add 30 stalls next year."
    assert {"date 2024-05-02", "Related", "./."} <= set(text_gold["chrome"])
    assert records["quotes"] == [{"speaker": "Tran Van An", "text": "The fair shows what our craftsmen can do, and we will hold it every spring."}]
    assert records["image_credits"] == ["VNA"] and records["figures"][0]["value"] == 1200


def test_a_text_that_is_not_the_labelled_one_is_named_and_not_built(tmp_path, capsys):
    texts, labels, stem = write_case(tmp_path)
    (texts / f"{stem}.txt").write_text(TEXT + "one more line\n", encoding="utf-8")
    out = tmp_path / "gold"
    assert build_gold.main(["--labels", str(labels), "--texts", str(texts), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{stem}.txt has sha256" in err and not (out / f"{stem}.text.json").exists()


@pytest.mark.parametrize("changes, message", [
    ({"lines": ["title", "body"]}, "'lines' has 2 entries but the text has 6 non-empty lines"),
    ({"split": "heldout" if split_for(URL) == "dev" else "dev"}, "is not the rule's"),
    ({"batch": 2, "split": "dev"}, "is not the rule's"),
    ({"batch": 3, "split": "dev"}, "is not the rule's"),
    ({"batch": 4, "split": "dev"}, "is not the rule's"),
    ({"batch": 5, "split": "dev"}, "is not the rule's"),
    ({"batch": 8}, "must be one of [1, 2, 3, 4, 5, 6, 7]"),
    ({"persons": [{"name": "Tran Van Anh", "roles": []}]}, "is not written so in the text"),
    ({"quotes": [{"speaker": "Someone Else", "opens": "The fair", "closes": "spring."}]}, "is not one of the persons"),
    ({"figures": [{"value": 30, "unit": "stalls", "qualifier": "roughly"}]}, "'qualifier' must be one of"),
])
def test_label_mistakes_get_a_clear_error_naming_the_file(tmp_path, capsys, changes, message):
    texts, labels, stem = write_case(tmp_path, **changes)
    assert build_gold.main(["--labels", str(labels), "--texts", str(texts), "--out", str(tmp_path / "gold")]) == 1
    err = capsys.readouterr().err
    assert f"{stem}.json" in err and message in err


@pytest.mark.parametrize("batch", [2, 3, 4, 5, 6, 7])
def test_batches_after_rule_work_are_held_out_whatever_their_address(tmp_path, batch):
    texts, labels, stem = write_case(tmp_path, batch=batch, split="heldout")
    out = tmp_path / "gold"
    assert build_gold.main(["--labels", str(labels), "--texts", str(texts), "--out", str(out), "--split", "heldout"]) == 0
    assert (out / f"{stem}.text.json").exists()


@pytest.mark.parametrize("batch, built", [(3, True), (2, False)])
def test_one_batch_can_be_built_alone(tmp_path, batch, built):
    texts, labels, stem = write_case(tmp_path, batch=3, split="heldout")
    out = tmp_path / "gold"
    assert build_gold.main(["--labels", str(labels), "--texts", str(texts), "--out", str(out), "--batch", str(batch)]) == 0
    assert (out / f"{stem}.text.json").exists() == built


def test_an_excerpt_is_cut_to_its_last_complete_line():
    assert text_from_excerpt("Title\nA whole sentence.\nA sentence cut in the mid") == "Title\nA whole sentence.\n"
    assert text_from_excerpt("Title\nA caption (Photo: VNA) |") == "Title\nA caption (Photo: VNA) |\n"
    assert text_from_excerpt("Title\nEnds with its line end\n\n") == "Title\nEnds with its line end\n"
