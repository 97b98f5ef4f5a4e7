"""The date search for pages whose metadata names no date, on pages of our own writing:
dates written in words are read in the page's language, or in a common news language
when the page declares none or the wrong one."""

from __future__ import annotations

import pytest

from extractors.date_search import date_languages
from extractors.generic import Generic

PAGE = """<!doctype html><html{lang}><head><title>{title}</title></head><body>
<nav><a href="/">{home}</a></nav>
<article><h1>{title}</h1><p class="byline">{byline}</p>
<p>{first}</p><p>{second}</p></article>
<footer>{footer}</footer></body></html>"""

SPANISH = dict(
    title="La asamblea aprueba el presupuesto del puerto",
    home="Inicio",
    byline="Viernes, 22 de Abril de 2022",
    first="Los diputados aprobaron anoche el presupuesto del puerto después de tres semanas de debate en la comisión.",
    second="La oposición votó en contra y anunció que llevará el caso ante la sala constitucional la próxima semana.",
    footer="Todos los derechos reservados",
)
RUSSIAN = dict(
    title="Подольски перешёл в новый клуб",
    home="Главная",
    byline="15 августа 2016, 13:43",
    first="Нападающий сборной Германии подписал контракт на три года, сообщила пресс-служба клуба в понедельник.",
    second="Сумма трансфера не раскрывается, но журналисты называют цифру около трёх миллионов евро за игрока.",
    footer="Все права защищены",
)


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [
        (SPANISH, ' lang="es"', "2022-04-22"),
        (SPANISH, ' lang="en"', "2022-04-22"),  # a CMS's default language, not the page's
        (RUSSIAN, "", "2016-08-15"),  # no language declared
    ],
)
def test_a_date_written_in_words_is_found_without_metadata(words, lang, expected):
    article = Generic().clean_html(PAGE.format(lang=lang, **words))
    assert article.published_at is not None and article.published_at.date().isoformat() == expected


def test_the_declared_language_comes_first_then_the_common_news_languages():
    assert date_languages("de-AT")[:2] == ("de", "en")
    assert date_languages("pt_BR")[:2] == ("pt", "en")
    assert date_languages(None)[0] == "en" and "ru" in date_languages(None)
    assert date_languages("xx")[0] == "en"  # a code dateparser does not know is left out
