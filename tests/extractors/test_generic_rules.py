"""The generic fallback's own rules, each on a page of our own writing."""

from __future__ import annotations

import pytest

from extractors.extract import extract
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


# A blog whose posts are drawn by scripts keeps the post's text in a <noscript> copy:
# trafilatura's precision mode drops that copy and keeps nothing, its default mode (ours) finds it.
NOSCRIPT_POST_PAGE = """<!doctype html><html lang="en"><head><title>Field notes</title></head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></nav>
<div class="post">
<h2 class="date-header"><span>March 4, 2024</span></h2>
<h3 class="post-title">Why our rain gauges moved uphill</h3>
<div class="post-body">
<script type="text/template"><p>For ten years the valley's rain gauges stood beside the river.</p></script>
<noscript>
<p>For ten years the valley's rain gauges stood beside the river, where floods kept knocking them over and silt clogged their funnels every spring.</p>
<p>This winter the volunteers carried all twelve of them up to the terraces above the village, where the wind is stronger but the ground stays dry.</p>
<p>The first month of readings from the new sites agrees with the regional weather service to within a few millimetres.</p>
</noscript>
</div>
</div>
<footer><a href="/feed">Subscribe</a> <a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_a_post_kept_in_noscript_is_read():
    paragraphs = Generic().clean_html(NOSCRIPT_POST_PAGE).paragraphs
    assert paragraphs[0].startswith("For ten years the valley's rain gauges stood beside the river, where floods")
    assert paragraphs[-1].startswith("The first month of readings from the new sites agrees")


# Pages that do not open with <!doctype html> or <html>: an XHTML page with its XML prologue,
# and a page whose CMS printed its PHP warnings above the doctype. Both are HTML, not text dumps.
ARTICLE_BODY = """<body><div class="nav"><a href="/">Start</a> <a href="/team">Team</a></div>
<div class="content"><h1>Neue Boote für die Wasserwacht</h1>
<p>Nach drei Jahren Planung hat die Wasserwacht am Samstag zwei neue Rettungsboote in Dienst gestellt, die der Landkreis gemeinsam mit einer Stiftung finanziert hat.</p>
<p>Die Boote ersetzen ein Schlauchboot aus den Neunzigerjahren, das bei Hochwasser kaum noch gegen die Strömung ankam und zuletzt mehrfach repariert werden musste.</p>
</div></body></html>"""
XML_PROLOGUE_PAGE = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
    ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="de">'
    "<head><title>Wasserwacht</title><style>.nav { display: flex; }</style></head>" + ARTICLE_BODY
)
PHP_WARNINGS_PAGE = (
    "<br />\n<b>Warning</b>:  session_start(): Cannot send session cookie in <b>/var/www/site/index.php</b>"
    " on line <b>12</b><br />\n<!DOCTYPE html>\n<html lang=\"de\"><head><title>Wasserwacht</title>"
    "<script>window.settings = {\"theme\": \"dark\"};</script></head>" + ARTICLE_BODY
)


@pytest.mark.parametrize("page", [XML_PROLOGUE_PAGE, PHP_WARNINGS_PAGE], ids=["xml prologue", "php warnings"])
def test_a_page_not_opening_with_its_doctype_is_read_as_html(page):
    extracted = extract(page.encode(), source="generic")
    assert extracted.media_type == "html"
    text = extracted.extraction.article.text
    assert "Nach drei Jahren Planung hat die Wasserwacht" in text
    assert "<" not in text and "display: flex" not in text


# A guide whose questions and answers sit in a box drawn with an inline border: trafilatura's
# precision mode throws away any element styled with a border, its default mode keeps the box.
BORDERED_FAQ_PAGE = """<!doctype html><html lang="en"><head><title>Renting a canoe</title></head><body>
<nav><a href="/">Home</a> <a href="/guides">Guides</a> <a href="/contact">Contact</a></nav>
<main><h1>How to rent a canoe on the lake</h1>
<p>The boathouse on the north shore rents canoes from May to September, every day from nine in the morning until an hour before sunset.</p>
<p>A canoe for two costs twelve euros an hour, and the staff hand out life jackets and a map of the quiet bays with every boat.</p>
<p>The western half of the lake is a nature reserve: boats may cross it on the marked channel but must not land on its islands.</p>
<div style="border-top: 1px solid #ccc; padding-top: 1em">
<h2>Questions and answers</h2>
<p>Do I need to book ahead? On summer weekends the boats are often gone by noon, so a booking by phone the day before is wise.</p>
<p>Can children paddle alone? Children under fourteen may only go out with an adult, and every child must wear a life jacket.</p>
</div></main>
<footer><a href="/privacy">Privacy</a> <a href="/imprint">Imprint</a></footer></body></html>"""


def test_questions_and_answers_in_a_bordered_box_are_kept():
    text = Generic().clean_html(BORDERED_FAQ_PAGE).text
    assert "The boathouse on the north shore rents canoes" in text
    assert "Do I need to book ahead? On summer weekends the boats" in text
    assert "Can children paddle alone? Children under fourteen" in text


# A news story with links to other stories set between its paragraphs ("Read more: <headline>"),
# the way many outlets print them, and an interview answer that opens with a speaker's name.
READ_ALSO_PAGE = """<!doctype html><html lang="en"><head><title>Ferry timetable</title></head><body>
<article><h1>Island ferries keep their winter timetable until April</h1>
<p>The regional transport office said on Monday that the island ferries will keep sailing on their winter timetable until the first week of April.</p>
<p>Read more: Harbour tolls to rise in January for small operators</p>
<p>Operators had asked for the summer timetable to start in March, when the first tourists arrive, but the office said the crews were not yet hired.</p>
<p>Lea también: Los transbordadores de la isla mantienen su horario</p>
<p>Mira: We asked for three more crossings a day and got none, so the morning boat will be full again.</p>
<p>À lire aussi » Les ferries gardent leur horaire d'hiver</p>
<p>The office will review the timetable again in February, after the new crews have finished their training on the larger boats.</p>
</article></body></html>"""


def test_links_to_other_stories_between_paragraphs_are_dropped():
    paragraphs = Generic().clean_html(READ_ALSO_PAGE).paragraphs
    assert not any(p.startswith(("Read more:", "Lea también:", "À lire aussi")) for p in paragraphs)
    assert paragraphs[0].startswith("The regional transport office said on Monday")
    assert paragraphs[-1].startswith("The office will review the timetable again in February")
    assert any(p.startswith("Mira: We asked for three more crossings") for p in paragraphs)  # a speaker's answer stays


# A page declared and written in UTF-8 with one stray byte: a teaser in the sidebar cut in the
# middle of a character. The page is still UTF-8; read in any other charset every letter
# outside ASCII would be garbled.
STRAY_BYTE_PAGE = (
    '<!doctype html><html lang="de"><head><meta charset="UTF-8"><title>Brücke</title></head><body>'
    "<aside><a href=\"/x\">Größere Fähre für den Übergang geplan".encode()
    + b"\xc3"
    + """...</a></aside><article><h1>Die Brücke über die Würm wird erneuert</h1>
<p>Die Gemeinde lässt die hölzerne Fußgängerbrücke über die Würm im Frühjahr abreißen und durch eine Stahlbrücke ersetzen.</p>
<p>Während der Bauzeit führt ein ausgeschilderter Umweg über die Mühlstraße, für Radfahrer verlängert sich der Weg um etwa zwei Kilometer.</p>
</article></body></html>""".encode()
)


def test_a_utf8_page_with_a_stray_byte_is_read_as_utf8():
    text = extract(STRAY_BYTE_PAGE, source="generic").extraction.article.text
    assert "Die Gemeinde lässt die hölzerne Fußgängerbrücke über die Würm" in text
    assert "Während der Bauzeit führt ein ausgeschilderter Umweg über die Mühlstraße" in text


# A story closed by the outlet's initials on a line of their own and a line sending readers to
# the outlet's accounts elsewhere.
SIGNED_OFF_PAGE = """<!doctype html><html lang="en"><head><title>Library hours</title></head><body>
<article><h1>City libraries open on Sundays from March</h1>
<p>The city's four public libraries will open on Sunday afternoons from the first of March, the council decided on Thursday.</p>
<p>The longer hours are paid for by closing the reading rooms an hour earlier on Mondays, when the fewest visitors come.</p>
<div class="source">CLN</div>
<div class="follow">Follow City Library News on Google News</div>
</article></body></html>"""


def test_the_outlets_initials_and_a_follow_us_line_closing_a_story_are_dropped():
    paragraphs = Generic().clean_html(SIGNED_OFF_PAGE).paragraphs
    assert paragraphs[-1].startswith("The longer hours are paid for by closing the reading rooms")
    assert len(paragraphs) == 2


# A German club's news page closed by a block of links to its other posts under "Weitere
# Beiträge", and a Spanish page with "Notas relacionadas" set between its paragraphs.
GERMAN_RELATED_PAGE = """<!doctype html><html lang="de"><head><title>Sommerfest</title></head><body>
<article><h1>Das Sommerfest des Gartenvereins fällt dieses Jahr kleiner aus</h1>
<p>Der Gartenverein feiert sein Sommerfest in diesem Jahr nur an einem Tag, weil sich zu wenige Helfer für den Sonntag gemeldet haben.</p>
<p>Die Tombola und der Kuchenstand bleiben, auf die Blaskapelle am Abend muss das Dorf aber verzichten, teilte der Vorstand mit.</p>
<h3>Weitere Beiträge</h3>
<p>Neue Beete am Nordrand der Anlage</p>
<p>Wasseruhren werden im Oktober abgelesen</p>
</article></body></html>"""
SPANISH_RELATED_PAGE = """<!doctype html><html lang="es"><head><title>Biblioteca</title></head><body>
<article><h1>La biblioteca municipal abrirá también los domingos</h1>
<p>La biblioteca municipal abrirá sus puertas los domingos por la tarde a partir de marzo, según anunció el ayuntamiento este jueves.</p>
<h4>Notas relacionadas</h4>
<p>El ayuntamiento renueva las salas de lectura</p>
<p>La biblioteca municipal amplía su horario de verano en julio y agosto para los estudiantes del barrio.</p>
<p>El horario ampliado se pagará cerrando una hora antes los lunes, el día con menos visitantes de toda la semana.</p>
</article></body></html>"""


def test_a_related_block_under_a_german_heading_closing_the_page_is_dropped():
    paragraphs = Generic().clean_html(GERMAN_RELATED_PAGE).paragraphs
    assert paragraphs[-1].startswith("Die Tombola und der Kuchenstand bleiben")
    assert not any("Weitere Beiträge" in p or "Wasseruhren" in p for p in paragraphs)


def test_a_related_block_under_a_spanish_heading_inside_the_article_is_dropped():
    paragraphs = Generic().clean_html(SPANISH_RELATED_PAGE).paragraphs
    assert not any(p.startswith(("Notas relacionadas", "El ayuntamiento renueva")) for p in paragraphs)
    assert paragraphs[-1].startswith("El horario ampliado se pagará cerrando una hora antes")


# A magazine's post with the boxes sites set around their articles: a photo credit on its own
# line, a call to subscribe to the newsletter, a plea to support the magazine and an order to
# follow it elsewhere; and a sentence of the article that mentions a newsletter without asking.
CALLS_TO_ACTION_PAGE = """<!doctype html><html lang="en"><head><title>Orchard</title></head><body>
<article><h1>The old orchard gets a second life</h1>
<p class="credit">Photo: Ana Ruiz / Valley Press</p>
<p>Volunteers planted forty young apple trees in the abandoned orchard behind the school on Saturday, replacing the ones lost to a storm.</p>
<p>The school's newsletter had asked parents for spare spades in September, and more than sixty families turned up with tools.</p>
<div class="box">Don't miss a story: sign up for our weekly newsletter today!</div>
<div class="box">Enjoyed this article? Support us with a small monthly donation.</div>
<p>The first apples are expected in three years, and the school plans to press its own juice for the canteen.</p>
<div class="box">Follow Valley Press on Facebook and Instagram for more stories from the valley, and send us your tips by email.</div>
</article></body></html>"""


def test_calls_to_subscribe_support_or_follow_and_photo_credits_are_dropped():
    paragraphs = Generic().clean_html(CALLS_TO_ACTION_PAGE).paragraphs
    assert [p.split()[0] for p in paragraphs] == ["Volunteers", "The", "The"]
    assert paragraphs[1].startswith("The school's newsletter had asked parents")


# A shop's blog post and a press release with the notes around them: the post's advertising
# label and affiliate disclosure, its reading time, and the release's contact block.
NOTES_AROUND_A_POST_PAGE = """<!doctype html><html lang="de"><head><title>Regentonne</title></head><body>
<article><h1>Wie eine Regentonne den Garten durch den Sommer bringt</h1>
<p class="note">*Werbung. Dieser Beitrag enthält Werbung für einen Gartenmarkt.</p>
<p class="meta">Lesezeit: 3 Minuten</p>
<p>Eine Regentonne mit dreihundert Litern reicht in einem normalen Sommer, um ein kleines Gemüsebeet zwei Wochen lang zu gießen.</p>
<p>Wichtig ist ein Deckel, denn offenes Wasser zieht Mücken an und verdunstet an heißen Tagen schneller, als man denkt.</p>
<p class="note">Bei den mit Stern markierten Verlinkungen handelt es sich um Affiliate-Links, für die wir eine kleine Provision erhalten.</p>
<p>Pressekontakt:</p>
<p>Telefon: +49 (0)30 123 45-67</p>
<p>Die Werbung für Regentonnen lohnt sich für Gartenmärkte vor allem im April, sagte der Verband.</p>
</article></body></html>"""


def test_advertising_notes_reading_time_and_contact_lines_are_dropped():
    paragraphs = Generic().clean_html(NOTES_AROUND_A_POST_PAGE).paragraphs
    assert [p.split()[0] for p in paragraphs] == ["Eine", "Wichtig", "Die"]
    assert paragraphs[-1].startswith("Die Werbung für Regentonnen lohnt sich")  # a sentence about advertising stays


# A regional paper's story with its lead in a box of its own between the headline and the
# body (trafilatura drops such boxes as page furniture), and boxes named "teaser" below the
# story that list other stories.
BOXED_LEAD_PAGE = """<!doctype html><html lang="de"><head><title>Radweg</title>
<meta name="description" content="Der Landkreis baut einen Radweg."></head><body>
<header class="site"><a href="/">Kreisbote</a> <a href="/lokales">Lokales</a></header>
<main><article>
<div class="article__header"><h1>Der Radweg an der Kreisstraße kommt zwei Jahre früher</h1>
<div class="article__intro"><p>Weil der Bund einen größeren Teil der Kosten übernimmt, kann der Landkreis mit dem Bau schon im kommenden Frühjahr beginnen.</p></div></div>
<div class="article__body">
<p>Die Planung für den Radweg zwischen den beiden Ortschaften lag seit Jahren in der Schublade, weil dem Landkreis das Geld für den Grunderwerb fehlte.</p>
<p>Mit der neuen Förderung zahlt der Bund drei Viertel der Baukosten, den Rest teilen sich der Landkreis und die beiden Gemeinden.</p>
<p>Der Bauausschuss will die Aufträge im Januar vergeben, die Arbeiten sollen bis zum Herbst abgeschlossen sein.</p>
</div></article>
<section class="more"><div class="teaser-text"><a href="/a">Neue Ampel an der Schule wird im Mai aufgestellt und soll den Schulweg für die Kinder sicherer machen</a></div></section>
</main></body></html>"""


def test_a_lead_in_its_own_box_below_the_headline_is_kept():
    paragraphs = Generic().clean_html(BOXED_LEAD_PAGE).paragraphs
    assert paragraphs[0].startswith("Weil der Bund einen größeren Teil der Kosten übernimmt")
    assert paragraphs[1].startswith("Die Planung für den Radweg")
    assert not any("Neue Ampel" in p for p in paragraphs)
