"""Role shapes of organisation-rich news (officials, company heads, police ranks), on
sentences of our own: where a title ends and whose it is."""

from __future__ import annotations

from extractors.models import Article, Block
from extractors.records import extract_records


def people(*paragraphs: str) -> dict[str, list[str]]:
    article = Article(outlet="test", title=None, blocks=[Block(text=p) for p in paragraphs], images=[])
    return {p.name: p.roles for p in extract_records(article).persons}


def test_a_list_of_officials_keeps_each_ones_titles():
    found = people("Attending were comrades: Ngo Van Binh, Provincial Party Committee member, Vice Chairman of the Provincial People's Council; Le Thi Mai, Director of the Department of Health; and leaders of the province.")
    assert found == {"Ngo Van Binh": ["Provincial Party Committee member", "Vice Chairman of the Provincial People's Council"], "Le Thi Mai": ["Director of the Department of Health"]}
    found = people("On May 3, comrade Tran Van Lo, member of the Provincial Party Standing Committee, Vice Chairman of the Provincial People's Council and comrade Bui Van Son, Chairman of the Provincial People's Committee, chaired the meeting.")
    assert found == {"Tran Van Lo": ["member of the Provincial Party Standing Committee", "Vice Chairman of the Provincial People's Council"], "Bui Van Son": ["Chairman of the Provincial People's Committee"]}
    # titles joined by "and" before another's name are that other's
    found = people("Welcoming them were Ngo Van Binh, Chairman of the Provincial People's Committee and Director of the Provincial Police Major General Le Van Tu.")
    assert found == {"Ngo Van Binh": [], "Le Van Tu": ["Chairman of the Provincial People's Committee", "Director of the Provincial Police", "Major General"]}
