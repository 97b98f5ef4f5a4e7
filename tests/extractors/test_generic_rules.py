"""The generic fallback's own rules, each on a page of our own writing."""

from __future__ import annotations

from extractors.generic import Generic, text_lines

# An old-style site laid out in tables: the menu in one cell, the article in another.
TABLE_LAYOUT_PAGE = """<!doctype html><html lang="de"><head><title>Vereinsgeschichte</title></head><body>
<table width="900"><tr>
<td width="180"><a href="/">Startseite</a><br><a href="/termine">Termine</a><br><a href="/kontakt">Kontakt</a></td>
<td>
<h1>Wie unser Verein entstand</h1>
Im Frühjahr 1987 trafen sich sieben Nachbarn in einer Gartenlaube und beschlossen, gemeinsam einen Ruderclub zu gründen.
Das erste Boot kauften sie gebraucht von einem Verein aus der Nachbarstadt, und es leckte bei jeder Ausfahrt ein wenig.
<br><br>
Zwei Jahre später zog der Club in das alte Bootshaus am Kanal, das die Mitglieder an vielen Wochenenden selbst renovierten.
Heute trainieren dort mehr als hundert Ruderinnen und Ruderer aller Altersgruppen, vom Anfängerkurs bis zur Regatta.
</td></tr></table>
</body></html>"""


def test_an_article_laid_out_in_a_table_cell_is_text_not_captions():
    article = Generic().clean_html(TABLE_LAYOUT_PAGE)
    text = article.text
    assert "Im Frühjahr 1987 trafen sich sieben Nachbarn" in text
    assert "Heute trainieren dort mehr als hundert Ruderinnen" in text
    assert "|" not in text and article.images == []


def test_a_table_row_is_split_into_its_cells():
    assert text_lines("Intro line\n| Year | Boats \\| oars |\n|  |  |") == ["Intro line", "Year", "Boats | oars", "", ""]


# A page whose article is drawn by scripts: the HTML holds only an empty mount point, the
# text is in the JSON-LD of an OpinionNewsArticle (a schema.org subtype of Article).
SCRIPT_RENDERED_PAGE = """<!doctype html><html lang="en"><head><title>Harbour tolls</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "OpinionNewsArticle",
 "headline": "Why the harbour tolls should wait a year",
 "datePublished": "2025-10-14T09:30:00+08:00",
 "author": {"@type": "Person", "name": "Mei Lin Ong"},
 "articleBody": "The port authority wants to raise its tolls in January, barely a year after the last increase.\\nSmall ferry operators say they cannot pass the cost on to passengers before the summer season.\\nA delay of one year would cost the authority little and spare the island routes a hard winter."}
</script></head><body><div id="app"></div><noscript>Please enable JavaScript.</noscript>
<footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>"""


def test_an_article_drawn_by_scripts_is_read_from_its_json_ld():
    article = Generic().clean_html(SCRIPT_RENDERED_PAGE)
    assert article.title == "Why the harbour tolls should wait a year"
    assert article.paragraphs == [
        "The port authority wants to raise its tolls in January, barely a year after the last increase.",
        "Small ferry operators say they cannot pass the cost on to passengers before the summer season.",
        "A delay of one year would cost the authority little and spare the island routes a hard winter.",
    ]
    assert article.author == "Mei Lin Ong" and article.published_at.isoformat() == "2025-10-14T09:30:00+08:00"
