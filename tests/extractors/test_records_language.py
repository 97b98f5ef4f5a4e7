"""Records are looked for in English articles only: on other languages the rules would take
capitalised nouns for names. Sentences written for this test."""

from extractors.extract import extract
from extractors.records.language import not_english

ENGLISH = (
    "Minister of Finance Le Van Binh said on Monday that the ministry would cut fees for 2,000 small firms. "
    "The plan, which was approved by the National Assembly in May, is expected to save the firms about "
    "VND500 billion a year, he told reporters in Hanoi after a meeting with the World Bank. "
    "Officials of the bank said they welcomed the decision and would help the ministry to carry it out."
)
GERMAN = (
    "Die Stadtverwaltung Musterhausen hat am Montag beschlossen, die Gebühren für kleine Betriebe zu senken. "
    "Nach Angaben des Bürgermeisters Klaus Beispiel sollen rund zweitausend Unternehmen davon profitieren. "
    "Der Gemeinderat stimmte dem Vorschlag mit großer Mehrheit zu, nachdem die Handelskammer Musterhausen "
    "und der Verband Mittelständischer Betriebe eine schnelle Entlastung gefordert hatten."
)
VIETNAMESE = (
    "Bộ Tài chính cho biết sẽ giảm phí cho khoảng hai nghìn doanh nghiệp nhỏ trong năm nay. Theo ông Lê Văn Bình, "
    "kế hoạch này được Quốc hội thông qua vào tháng Năm và dự kiến giúp các doanh nghiệp tiết kiệm khoảng năm trăm "
    "tỷ đồng mỗi năm. Các quan chức Ngân hàng Thế giới hoan nghênh quyết định và cam kết hỗ trợ Bộ thực hiện."
)


def page(title: str, text: str) -> str:
    return f"<html><body><article><h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>"


def test_an_english_article_is_read_for_records():
    assert not_english(ENGLISH) is None
    records = extract(page("Fees cut for small firms", ENGLISH), url="https://news.example.org/a").extraction.records
    assert records.skipped is None
    assert "Le Van Binh" in [p.name for p in records.persons]


def test_an_article_in_another_language_gets_no_records_and_says_why():
    for text in (GERMAN, VIETNAMESE):
        records = extract(page("Gebühren", text), url="https://news.example.org/b").extraction.records
        assert records.persons == [] and records.organizations == [] and records.figures == []
        assert records.skipped.startswith("not English: ")


def test_a_text_too_short_to_judge_is_read_as_english():
    assert not_english("Klaus Beispiel, Bürgermeister") is None
