"""A corpus of broken and hostile inputs, written on demand (nothing large is committed).

`write_corpus(folder)` writes the files and returns, for each, the outcome a careful
pipeline must give: "extracted", or the failure reason it must record.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from extractors.samples import sample_folder

SAMPLE = sorted(sample_folder("vov").glob("*.html"))[0]
DUMP = sorted(sample_folder("vov").glob("dump-*.txt"))[0]

ARTICLE = """<html><head><title>{title}</title>{head}</head><body><article>{h1}
<p>The provincial police said more than 40 officers joined the training course on digital evidence this week.</p>
<p>The course will be repeated in three other provinces before the end of the year, organisers said.</p>
</article></body></html>"""

ONLY_CHROME = """<html><head><title>Home</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="related-news"><h3>Most read</h3><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div>
<footer>Contact | Advertising | RSS</footer></body></html>"""


def to_cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: each letter with its vowel mark (circumflex, breve, horn)
    precomposed, as the code page has them, and its tone mark as a combining character."""
    vowel_marks = {"\u0302", "\u0306", "\u031b"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m in vowel_marks))
        out.append(base + "".join(m for m in parts[1:] if m not in vowel_marks))
    return "".join(out).encode("cp1258")


def page(title: str = "Police train officers on digital evidence", head: str = "", h1: bool = True) -> str:
    return ARTICLE.format(title=title, head=head, h1=f"<h1>{title}</h1>" if h1 else "")


def write_corpus(folder: Path, outside: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def write(name: str, data: bytes | str, outcome: str) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = outcome

    write("empty.txt", b"", "no_article")
    write("zero-bytes.html", b"", "no_article")
    write("report-pdf.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + bytes(range(256)) * 20, "unreadable_input")
    write("photo-png.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "unreadable_input")
    mixed = ("Tin tức mới nhất về hội nghị ở Hà Nội\n\n".encode("utf-8")
             + to_cp1258("Hội nghị đã thu hút hơn 300 đại biểu từ nhiều quốc gia trong khu vực.\n")
             + b"\xff\xfe broken \xc3\x28 bytes in the middle of a sentence about 25 delegates.\n")
    write("invalid-utf8-mixed.txt", mixed, "extracted")
    lying = page("Hà Nội tổ chức hội thảo về bằng chứng điện tử", head='<meta charset="windows-1252">')
    write("declares-1252-is-utf8.html", lying.encode("utf-8"), "extracted")
    write("nested-100000.html", "<html><body><h1>Deep</h1>" + "<div>" * 100_000 + "<p>Deep text.</p>" + "</div>" * 100_000 + "</body></html>", "no_article")
    write("single-line-50mb.html", b"<html><body><p>" + b"word " * (10 * 1024 * 1024) + b"</p></body></html>", "too_large")
    write("attribute-7mb.html", page(head=f'<meta name="x" content="{"a" * 7 * 1024 * 1024}">'), "extracted")
    scripts = "".join(f"<script>var v{i} = {i};</script><style>.c{i} {{ color: red; }}</style>" for i in range(5000))
    write("scripts-5000.html", page(head=scripts), "extracted")
    write("only-chrome.html", ONLY_CHROME, "no_article")
    write("no-title.html", page(h1=False).replace("<title>Police train officers on digital evidence</title>", ""), "extracted")
    write("crlf-bom.txt", b"\xef\xbb\xbf" + DUMP.read_bytes().replace(b"\n", b"\r\n"), "extracted")
    write("invalid-json-ld.html", page(head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken,,}</script>'), "extracted")
    write("dates-future-and-1850.html", page(head='<meta property="article:published_time" content="2999-01-01T00:00:00+07:00">'
                                             '<meta property="article:modified_time" content="1850-05-01T00:00:00+07:00">'), "extracted")
    quote = "“" + " ".join(["the minister kept talking about the reform"] * 250)
    write("unclosed-quote-2000-words.txt", f"A long speech without an end\n\n{quote}\n\nThe session closed at noon, officials said.\n", "extracted")
    (outside / "elsewhere.html").write_text(page(), encoding="utf-8")
    os.symlink(outside / "elsewhere.html", folder / "link-outside.html")
    expected["link-outside.html"] = "symlink_outside"
    os.symlink(folder, folder / "loop")  # a folder that contains itself: never followed
    (folder / "good.html").write_bytes(SAMPLE.read_bytes())
    expected["good.html"] = "extracted"
    return expected
