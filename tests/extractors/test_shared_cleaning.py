"""The cleaning rules every outlet inherits, on text dumps written for these tests.

Each dump imitates the shapes seen on real pages (dates, bylines, site names, "Related"
blocks, credits) with sentences of our own; the fallback (`Generic`) is used because it has
no rules but the shared ones.
"""

from __future__ import annotations

import pytest

from extractors.captions import split_credit
from extractors.chrome_lines import is_byline, is_chrome_line, is_interface_label, is_date_line, is_section_name, is_site_name
from extractors.generic import Generic
from tests.extractors.dumps import LAST, LEAD, PARAGRAPH, body_of, clean


@pytest.mark.parametrize(
    "line",
    [
        "Mar 3, 2021 / 18:05",
        "Friday, June 2, 2017, 09:12 GMT+7",
        "Updated: 08:30’ - 11/09/2016",
        "October 14, 2018 - 16:20",
        "Monday, May 7, 2018",
        "Thứ Ba, 25/11/2025, 20:45",
        "Dec 04, 2024 / 15:54",
        "17:44 29/03/2020",
        "08:30, February 10, 2012",
        "12/05/2023    10:15 GMT+7",
        "Sat, 09 Mar 2024 07:30:00 +0700",
        "Cập nhật: 14:20 ngày 03/04/2024",
        "5 Tháng Hai, 2019 |",
        "Published on 2022-11-30",
    ],
)
def test_a_printed_date_in_any_common_form_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    ["2-1", "18:05", "The match ended 2-1 on May 3, 2021.", "In 2019", "Founded on March 3, 2001, the firm grew fast"],
)
def test_text_that_only_holds_a_date_is_not_a_date_line(line):
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Hoang Lan   July 19, 2017 | 03:37 pm GMT+7",
        "By Mai Anh, Quoc Bao   October 9, 2018 | 04:30 pm GMT+7",
        "By Thu Ha - Translated by Bich Ngoc",
        "By Staff Writers – Translated by Kim Oanh",
        "Translated by Hai Yen",
        "Trần Minh Tâm VNA",
        "Source: VNA",
        "VNA",
        "(Web editor: Lan Huong)",
    ],
)
def test_bylines_and_sources_are_recognised(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", ["By the end of the year, exports rose.", "By 2030 the city aims to double its metro lines"])
def test_a_sentence_starting_with_by_is_not_a_byline(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "JavaScript is off. Please enable to view full site.",
        "Please enable JavaScript to read this page",
        "The most read Vietnamese newspaper",
        "Example Review Magazine is your gateway to the economy of Vietnam",
        "Get Newsletter| Contact us | Follow us on",
        "(3) user say",
        "river-bridge-plan-approved-by-council-2",
    ],
)
def test_notices_taglines_widgets_and_slugs_are_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["Example International", "The Riverside Times", "examplenews.vn", "Mekong Daily News"])
def test_a_site_name_standing_alone_is_recognised(line):
    assert is_site_name(line)


@pytest.mark.parametrize("line", ["Good news", "Bridges", "Officials said the news was good."])
def test_ordinary_words_are_not_site_names(line):
    assert not is_site_name(line)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Workers pour concrete at the site. (Photo: Le Hoa)", "Workers pour concrete at the site.", "Le Hoa"),
        ("A farmer dries rice in the yard. – VNA/VNS Photo Thanh Tung", "A farmer dries rice in the yard.", "Thanh Tung"),
        ("The minister speaks at the forum. — VNA/VNS Photo", "The minister speaks at the forum.", "VNA/VNS"),
        ("Boats moored at the pier. — Photo examplenews.vn", "Boats moored at the pier.", "examplenews.vn"),
        ("A vendor waits for buyers. Photo by Agency/Nam.", "A vendor waits for buyers.", "Agency/Nam"),
        ("The choir sings at the opening. Photo courtesy of the festival", "The choir sings at the opening.", "festival"),
        ("The new school in Son La__Photo: Quang Vinh/VNA", "The new school in Son La", "Quang Vinh/VNA"),
        ("Delegates at the forum. Photos: Minh Chau/The Riverside Times |", "Delegates at the forum.", "Minh Chau/The Riverside Times"),
        ("Rice exports by month (Source: the statistics office)", "Rice exports by month", "the statistics office"),
        ("Photo: VNA", None, "VNA"),
    ],
)
def test_credits_in_every_form_are_split_from_captions(line, caption, credit):
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize("line", ["He said the photo was taken in 2019.", "The minister noted: the deal is done."])
def test_sentences_mentioning_photos_keep_their_text(line):
    assert split_credit(line) == (line, None)


def test_the_title_is_found_below_site_names_taglines_sections_and_dates():
    article = clean(
        "JavaScript is off. Please enable to view full site.",
        "Example International",
        "The most read newspaper of the delta",
        "Log in",
        "News",
        "Dec 04, 2024 / 15:54",
        "Council approves three new bridges over the river",
        "By Hoang Lan   December 4, 2024 | 03:37 pm GMT+7",
        LEAD,
        PARAGRAPH,
        LAST,
    )
    assert article.title == "Council approves three new bridges over the river"
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_bar_of_topics_above_the_headline_is_not_the_title():
    topics = "HOT TOPICS " + " ".join(f"Festival number {n} of the city and the region" for n in range(4))
    article = clean(topics, "Council approves three new bridges", LEAD, PARAGRAPH, LAST)
    assert article.title == "Council approves three new bridges"
    assert topics not in body_of(article)


def test_a_crawl_date_prefix_is_stripped_from_the_title():
    article = clean(" date 2019-03-02 Council approves three new bridges", LEAD, PARAGRAPH, LAST)
    assert article.title == "Council approves three new bridges"


def test_a_crawl_date_prefix_is_stripped_from_a_lead():
    article = clean(" date 2019-03-02 " + LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert body_of(article)[0] == LEAD


def test_a_dump_opening_with_its_lead_has_no_title():
    article = clean("RIVERSIDE — " + LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert len(article.blocks) == 3


def test_a_related_block_closing_the_page_ends_the_article():
    article = clean(
        "Council approves three new bridges", LEAD, PARAGRAPH, LAST,
        "TIN LIÊN QUAN",
        "Ferry service resumes after the flood",
        "|",
        "The ferry across the river carried passengers again on Sunday after a week of high water.",
        "Market fire destroys twenty stalls",
    )
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_related_block_inside_the_article_is_dropped_and_the_article_goes_on():
    article = clean(
        "Council approves three new bridges", LEAD,
        "Related",
        "- Ferry service resumes after the flood",
        "- Market fire destroys twenty stalls",
        PARAGRAPH, LAST,
    )
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_read_more_with_headlines_under_it_is_chrome():
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, LAST, "Read more", "Ferry service resumes after the flood")
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_dates_bylines_and_translator_notes_inside_the_dump_are_dropped():
    article = clean(
        "Council approves three new bridges", "October 14, 2018 - 16:20", LEAD, PARAGRAPH, LAST,
        "Trần Minh Tâm VNA", "Translated by Hai Yen",
    )
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_alt_texts_repeating_the_headline_are_not_taken_twice():
    article = clean(
        "Council approves three new bridges",
        "Council approves three new bridges",
        LEAD,
        "Council approves three new bridges - 1",
        "council-approves-three-new-bridges-1",
        "Council approves three new bridges ảnh 1Workers measure the riverbank. (Photo: Le Hoa)",
        PARAGRAPH,
        LAST,
    )
    assert article.title == "Council approves three new bridges"
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [(i.caption, i.credit) for i in article.images] == [("Workers measure the riverbank.", "Le Hoa")]


def test_a_credit_on_the_line_under_its_caption_is_joined_to_it():
    article = clean("Council approves three new bridges", LEAD, "Workers measure the riverbank", "Photo: Le Hoa", PARAGRAPH, LAST)
    assert [(i.caption, i.credit) for i in article.images] == [("Workers measure the riverbank", "Le Hoa")]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


@pytest.mark.parametrize(
    "caption",
    [
        "Chairwoman Le Thi Hoa (R) welcomes the visiting delegation.",
        "Deputy Director of the Provincial Transport Department Tran Van Binh.",
        "Chairwoman Le Thi Hoa and Deputy Director of the Provincial Transport Department Tran Van Binh",
        "Illustrative photo",
    ],
)
def test_captions_without_credits_between_paragraphs_are_captions(caption):
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, caption, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [i.caption for i in article.images] == [caption]


def test_a_sub_heading_stays_in_the_body():
    heading = "The bridges will open up a faster road for everyone"
    article = clean("Council approves three new bridges", LEAD, heading, PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, heading, PARAGRAPH, LAST]
    assert article.images == []


def test_a_photo_above_the_headline_is_kept():
    article = clean("Workers measure the riverbank. — VNA/VNS Photo Le Hoa", "Council approves three new bridges", LEAD, PARAGRAPH, LAST)
    assert article.title == "Council approves three new bridges"
    assert [(i.caption, i.credit) for i in article.images] == [("Workers measure the riverbank.", "Le Hoa")]


def test_section_names_above_a_lead_without_headline_are_dropped():
    article = clean(" date 2025-12-12 Water Sports", "Home Society", LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_the_line_below_an_alt_text_repeating_the_headline_is_a_caption():
    article = clean(
        "Council approves three new bridges", LEAD, PARAGRAPH,
        "council approves three new bridges",
        "The old ferry still carries most of the traffic.",
        LAST,
        "Council approves three new bridges!",
        "Boats wait at the pier",
    )
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [i.caption for i in article.images] == ["The old ferry still carries most of the traffic.", "Boats wait at the pier"]


def test_cells_of_a_photo_table_cut_in_half_are_captions_each():
    caption = "Rescue teams carry food to families cut off by the water."
    article = clean("Council approves three new bridges", LEAD, "|" + caption, "|" + caption, "The council chamber. |", PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [i.caption for i in article.images] == [caption, caption, "The council chamber."]


def test_an_alt_text_repeating_a_caption_gives_one_image():
    caption = "The chairwoman at the council meeting on Monday. Photo by the Riverside Times."
    article = clean("Council approves three new bridges", LEAD, caption, "[Ca" + caption, caption, PARAGRAPH, LAST)
    assert [(i.caption, i.credit) for i in article.images] == [("The chairwoman at the council meeting on Monday.", "Riverside Times")]


def test_an_article_printed_twice_is_taken_once():
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, LAST, PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert article.images == []


def test_a_section_name_and_its_headlines_after_the_last_sentence_are_chrome():
    signed = LAST + " - VNS"
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, signed, "Society", "Ferry service resumes after the flood")
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]  # the agency's sign-off is chrome too


def test_a_closing_line_without_full_stop_stays_when_no_section_name_follows():
    closing = "Here are more pictures of the river towns"
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, LAST, closing)
    assert body_of(article)[-1] == closing


def test_a_portrait_label_closing_the_article_is_a_caption():
    label = "Chairwoman of the Provincial People's Committee Le Thi Hoa."
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, LAST, label)
    assert [i.caption for i in article.images] == [label]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_present_tense_sentence_about_the_people_in_a_photo_is_a_caption():
    caption = "Deputy Director Tran Van Binh speaks at the ceremony."
    article = clean("Council approves three new bridges", LEAD, caption, PARAGRAPH, LAST)
    assert [i.caption for i in article.images] == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "The province celebrates its founding day on March 3 every year.",
        "The city held a meeting and an award ceremony for the best works of the year.",
        "Deputy Director Tran Van Binh said he speaks at such events every year.",
    ],
)
def test_present_tense_body_sentences_stay_in_the_body(line):
    article = clean("Council approves three new bridges", LEAD, line, PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, line, PARAGRAPH, LAST]


def test_headlines_listed_under_the_title_or_after_the_article_are_chrome():
    article = clean(
        "Council approves three new bridges",
        "- Ferry service resumes after the flood",
        "- Market fire destroys twenty stalls",
        LEAD, PARAGRAPH, LAST,
        "- Province opens a new school in the hills",
    )
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_list_inside_the_article_stays():
    items = ["- building three bridges over the river;", "- paving twenty kilometres of road."]
    article = clean("Council approves three new bridges", LEAD, *items, PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, *items, PARAGRAPH, LAST]


@pytest.mark.parametrize(
    "label",
    ["Deputy Minister Tran Van Binh and leaders of the city police.", "Vice Chairwoman of the Provincial People's Committee Le Thi Hoa."],
)
def test_labels_of_titles_and_names_are_captions(label):
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, label, LAST)
    assert [i.caption for i in article.images] == [label]


@pytest.mark.parametrize("line", ["River Transport Company runs twelve ferries.", "Deputy Minister Tran Van Binh opened 3 schools."])
def test_short_sentences_with_a_verb_or_figures_are_not_labels(line):
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, line, LAST)
    assert article.images == []


def test_a_credit_written_as_photo_of_keeps_its_words():
    assert split_credit("The winner on the podium (photo of the organisers)") == ("The winner on the podium", "the organisers")


def test_text_read_from_html_keeps_the_paragraph_below_a_repeated_headline():
    page = (
        "<html><head><title>Council approves three new bridges</title></head><body><article>"
        "<h1>Council approves three new bridges</h1><p>Council approves three new bridges</p>"
        f"<p>{LEAD}</p><p>{PARAGRAPH}</p><p>{LAST}</p></article></body></html>"
    )
    article = Generic().clean_html(page)
    assert LEAD in body_of(article)
    assert article.images == []


def test_a_quoted_list_item_above_the_article_is_text():
    item = '- "The bridge will carry four lanes of traffic," the engineer said.'
    article = clean(item, LEAD, PARAGRAPH, LAST)
    assert body_of(article)[0] == item


@pytest.mark.parametrize(
    "closing",
    [
        ["Tags: bridges river council"],
        ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        ["Viết bình luận", "Gửi bình luận của bạn về bài viết này."],
        ["Từ khóa: cầu, sông"],
    ],
)
def test_tag_lists_and_comment_forms_close_the_article(closing):
    article = clean("Council approves three new bridges", LEAD, PARAGRAPH, LAST, *closing, "A reader writes that the bridges are long overdue.")
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_an_alt_text_with_a_file_number_before_the_headline_is_chrome():
    article = clean("Council approves three new bridges", LEAD, "2210p17 council approves three new bridges", "Workers measure the riverbank.", PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [i.caption for i in article.images] == ["Workers measure the riverbank."]


def test_a_reporters_name_in_capitals_before_a_separator_is_a_byline():
    assert is_byline("LE HOA |")
    assert not is_byline("THREE NEW BRIDGES")
    article = clean("Council approves three new bridges", LEAD, "NEW ROADS FOR THE DELTA", PARAGRAPH, "LE HOA |", LAST)
    assert body_of(article) == [LEAD, "NEW ROADS FOR THE DELTA", PARAGRAPH, LAST]


def test_a_lead_printed_again_with_its_dateline_is_taken_once():
    article = clean("Council approves three new bridges", LEAD, "Workers measure the riverbank. (Photo: Le Hoa)", "RIVERSIDE — " + LEAD, PARAGRAPH, LAST)
    assert body_of(article) == ["RIVERSIDE — " + LEAD, PARAGRAPH, LAST]


def test_text_read_from_html_keeps_its_lists_and_a_paragraph_above_a_credit_line():
    items = "".join(f"<li>{item}</li>" for item in ("Ferry service resumes after the flood", "Market fire destroys twenty stalls"))
    closing = "We will keep writing about the bridges as the work goes on, so tell us what you see"
    page = (
        "<html><head><title>Council approves three new bridges</title></head><body><article>"
        f"<h1>Council approves three new bridges</h1><ul>{items}</ul><p>{LEAD}</p><p>{PARAGRAPH}</p>"
        f"<p>{closing}</p><p>Photo credit: Le Hoa</p></article></body></html>"
    )
    text = "\n".join(body_of(Generic().clean_html(page)))
    assert "Ferry service resumes after the flood" in text
    assert closing in text


@pytest.mark.parametrize("line", ["Update: March, 14/2024 - 08:05", "Updated: Nov, 02/11/2023 16:40"])
def test_an_update_stamp_with_a_month_name_before_a_slash_date_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Contact us | Follow us on",
        "Subscribe · Log in",
        ">> Ferry services resume after the storm",
        "» Two provinces agree on a border market",
    ],
)
def test_widget_rows_and_story_links_are_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["Society", "Home Politics", "Life & Style", "Sports - Football"])
def test_a_section_or_breadcrumb_name_is_recognised(line):
    assert is_section_name(line)


@pytest.mark.parametrize(
    "line",
    ["Health workers rest", "The Sports Ministry", ">", "Contact the office on Monday | The staff will reply"],
)
def test_lines_merely_near_those_shapes_are_not_chrome(line):
    assert not is_chrome_line(line) and not is_section_name(line)


def test_story_links_and_a_section_name_between_paragraphs_are_dropped():
    article = clean("Bridges open before the rains", LEAD, ">> Ferry services resume after the storm", "Society", PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_teaser_with_a_dateline_above_the_lead_without_it_is_chrome():
    article = clean("Bridges open before the rains", f"AGENCY – {LEAD}", LEAD, PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_teaser_cut_short_above_the_lead_is_chrome():
    teaser = " ".join(LEAD.split()[:10]) + "..."
    article = clean("Bridges open before the rains", f"AGENCY – {teaser}", f"AGENCY – {LEAD}", PARAGRAPH, LAST)
    assert body_of(article) == [f"AGENCY – {LEAD}", PARAGRAPH, LAST]


def test_alt_texts_numbered_as_hinh_or_picture_are_dropped():
    article = clean(
        "Bridges open before the rains",
        "bridges open before the rains hinh 0",
        LEAD,
        "Bridges open before the rains picture 1",
        PARAGRAPH,
        LAST,
    )
    assert article.title == "Bridges open before the rains"
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_image_markup_left_in_the_text_is_not_the_title():
    article = clean('<image>data:image/png;base64,AAAA" alt="Workers at the site (Photo: Agency)"</image>', LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_caption_cell_opening_the_dump_is_a_caption_not_the_title():
    article = clean("Delegates tour the new exhibition hall. |", "Children sing at the opening. |", LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert [image.caption for image in article.images] == ["Delegates tour the new exhibition hall.", "Children sing at the opening."]


def test_a_short_caption_ending_like_a_longer_one_is_another_photo():
    article = clean(
        "Bridges open before the rains",
        "The minister cuts the ribbon at the bridge (Photo: Agency)",
        LEAD,
        "At the bridge (Photo: Agency)",
        PARAGRAPH,
        LAST,
    )
    assert [image.caption for image in article.images] == ["The minister cuts the ribbon at the bridge", "At the bridge"]


def test_an_alt_text_glued_to_the_caption_under_it_leaves_the_caption():
    article = clean(
        "Ferry services resume",
        LEAD,
        "A headline of another story ảnh 1Passengers board the first ferry of the day. (Photo: Agency)",
        PARAGRAPH,
        LAST,
    )
    assert [(image.caption, image.credit) for image in article.images] == [("Passengers board the first ferry of the day.", "Agency")]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_teasers_of_other_stories_opening_with_the_leads_dateline_are_chrome():
    other = "AGENCY – Police in the river province said on Monday that they had closed a smuggling route across the border."
    article = clean("Bridges open before the rains", f"AGENCY – {LEAD}", PARAGRAPH, LAST, other, other.replace("Monday", "Friday"))
    assert body_of(article) == [f"AGENCY – {LEAD}", PARAGRAPH, LAST]


def test_a_teaser_differing_from_the_lead_by_a_word_or_lost_spaces_is_chrome():
    respelled = LEAD.replace("approved", "approves")
    unspaced = LEAD.replace("a plan on", "a planon")
    for teaser in (respelled, unspaced):
        article = clean("Bridges open before the rains", teaser, f"Riverside (RNA) – {LEAD}", PARAGRAPH, LAST)
        assert body_of(article) == [f"Riverside (RNA) – {LEAD}", PARAGRAPH, LAST]


def test_a_caption_glued_to_the_paragraph_below_it_is_split_off():
    article = clean("Bridges open before the rains", f"Workers at the bridge site (Photo: Agency)Riverside (RNA) – {LEAD}", PARAGRAPH, LAST)
    assert body_of(article) == [f"Riverside (RNA) – {LEAD}", PARAGRAPH, LAST]
    assert [(image.caption, image.credit) for image in article.images] == [("Workers at the bridge site", "Agency")]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Boats at the new pier. (Illustrative photo: Agency)", "Boats at the new pier.", "Agency"),
        ("Boats at the new pier (Photo courtesy of the port)", "Boats at the new pier", "the port"),
        ("Boats at the new pier. Picture: Minh Tam", "Boats at the new pier.", "Minh Tam"),
        ("Boats at the new pier. Photo source: Agency", "Boats at the new pier.", "Agency"),
        ("Boats at the new pier. RNA Photo Minh Tam", "Boats at the new pier.", "Minh Tam"),
        ("Boats at the new pier (RNA Photo)", "Boats at the new pier", "RNA"),
    ],
)
def test_more_credit_forms_are_split_from_captions(line, caption, credit):
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize("line", ["He met RNA Photo editors at the fair.", "The RNA Photo Club opened in 2001."])
def test_an_agency_photo_name_inside_a_sentence_is_not_a_credit(line):
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(
    "caption",
    [
        "Young volunteers planting trees along the river bank",
        "Delegates attending the opening ceremony.",
        "Officer Tran Van Binh checking papers at the border gate",
        "A dragon dance at the spring festival",
    ],
)
def test_captions_written_as_phrases_between_paragraphs_are_captions(caption):
    article = clean("Bridges open before the rains", LEAD, caption, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "The province celebrates its founding day every year.",
        "Officials visited the site on Monday, inspecting the work.",
        "A total of 300 households were evacuated.",
        "A year of recovery for tourism",
        "Strengthening cooperation with partners",
    ],
)
def test_sentences_and_topic_headings_are_not_phrase_captions(line):
    article = clean("Bridges open before the rains", LEAD, line, PARAGRAPH, LAST)
    assert article.images == [] and line in body_of(article)


def test_an_alt_text_differing_from_its_caption_by_a_word_gives_one_image():
    article = clean(
        "Bridges open before the rains",
        LEAD,
        "A ferry crosses the river after a heavy rain in the delta. Photo: Minh Tam / River Daily",
        "A ferry crosses the river after heavy rain in the delta. Photo: Minh Tam / River Daily",
        "A truck waits at the ferry landing in the delta. Photo: Minh Tam / River Daily",
        PARAGRAPH,
        LAST,
    )
    assert [image.caption for image in article.images] == [
        "A ferry crosses the river after heavy rain in the delta.",
        "A truck waits at the ferry landing in the delta.",
    ]


def test_the_headline_cut_short_or_edited_as_an_alt_text_is_chrome():
    title = "Review of the week: two new bridges, a ferry line and a port for the delta provinces"
    cut = "Review of the week: two new bridges, a ferry line and a harbour for the delta prov"
    article = clean(title, LEAD, cut, "Boats wait at the new pier in the morning. (Photo: Agency)", PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [image.caption for image in article.images] == ["Boats wait at the new pier in the morning."]


def test_the_headline_wrapped_in_a_label_and_a_number_as_an_alt_text_is_chrome():
    title = "The council thanks volunteers for a year of work on the river banks."
    caption = "Volunteers clear the river bank"
    article = clean(title, "Thứ Hai, 03/03/2025, 08:15", LEAD, f"(NEWS - 10/2) {title} -0", caption, PARAGRAPH, LAST)
    assert article.title == title
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]
    assert [image.caption for image in article.images] == [caption]


def test_headlines_listed_in_a_run_inside_the_article_are_chrome():
    links = ["- Council opens a new ferry line to the island", "- Farmers in the delta plant a new rice variety"]
    article = clean("Bridges open before the rains", LEAD, *links, PARAGRAPH, LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST] and article.images == []


@pytest.mark.parametrize("occasion", ["At the opening ceremony", "During the flood drill"])
def test_the_occasion_of_a_photo_standing_alone_is_a_caption_even_above_the_dump(occasion):
    for lines in ((occasion, LEAD, PARAGRAPH, LAST), ("Bridges open before the rains", LEAD, occasion, PARAGRAPH, LAST)):
        article = clean(*lines)
        assert [image.caption for image in article.images] == [occasion]
        assert occasion not in body_of(article) and article.title != occasion


@pytest.mark.parametrize(
    "caption",
    [
        "Colonel Tran Van Binh, Commander of the Border Guard, speaks at the ceremony.",
        "Leaders of the province hand over gifts to the soldiers.",
    ],
)
def test_present_tense_captions_after_a_title_or_a_plural_subject_are_captions(caption):
    article = clean("Bridges open before the rains", LEAD, caption, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [caption]


def test_a_caption_repeating_the_headline_with_its_credit_stays_a_caption():
    title = "Ambassador presents credentials to the President"
    article = clean(title, LEAD, f"{title}. (Photo: Agency)", PARAGRAPH, LAST)
    assert [(image.caption, image.credit) for image in article.images] == [(f"{title}.", "Agency")]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_caption_opening_like_the_headline_is_not_its_alt_text():
    article = clean("Deputy Minister Tran Van Binh works with the port police", LEAD, PARAGRAPH, "Deputy Minister Tran Van Binh and leaders of the port police.", LAST)
    assert [image.caption for image in article.images] == ["Deputy Minister Tran Van Binh and leaders of the port police."]


@pytest.mark.parametrize(
    "line",
    [
        "Student leaving for Japan is the province's latest scholarship winner",
        "No new cases reported Monday morning",
        "The diving team also won two medals for the province.",
        "City announces leading firms in digital payment",
        "Harbour Forum's closing session: Building greener ports",
    ],
)
def test_headlines_and_sentences_with_words_in_ing_are_not_phrase_captions(line):
    article = clean("Bridges open before the rains", LEAD, line, PARAGRAPH, LAST)
    assert article.images == []


@pytest.mark.parametrize(
    "caption",
    [
        "Crates of dragon fruit loaded onto a barge at the river port",
        "Delegates pictured at the provincial congress.",
        "Above: A ferry waits at the pier while the water rises.",
        "Pictured: Two nurses check a patient in the corridor.",
    ],
)
def test_captions_with_a_past_participle_or_a_pointer_to_the_photo_are_captions(caption):
    article = clean("Bridges open before the rains", LEAD, caption, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "The new scheme helps farmers borrow at lower rates",
        "A bag of fertiliser helps the seedlings through the dry months",
        "Residents gathered at the square to watch the fireworks.",
        "Crates loaded onto 12 barges left the port on Monday",
        "Treatment covered by insurance",
        "City Hospital suspends visiting until the floods recede",
        "By signing up, readers agree to the terms of the newsletter",
        "Smart pricing and faster deliveries for rural shops",
        "Five Ways to Keep Your Garden Green Through the Dry Season",
        "Inside the new river port",
        "A Decade of Bridges for the Delta",
    ],
)
def test_sentences_about_things_and_headlines_are_not_captions(line):
    article = clean("Bridges open before the rains", LEAD, line, PARAGRAPH, LAST)
    assert article.images == [] and line in body_of(article)


def test_a_dump_opening_with_a_name_and_role_label_has_it_as_a_caption_not_the_title():
    label = "Tran Van Binh, deputy director of the river port"
    article = clean(f" date 2025-03-01 {label}", LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert [image.caption for image in article.images] == [label]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_an_alt_text_and_its_number_before_a_caption_after_a_space_leave_the_caption():
    title = "Bridges open before the rains"
    caption = "Boats wait at the new pier in the morning."
    article = clean(title, LEAD, f"Bridges opened before the rains ảnh 2 {caption}", PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_dump_of_a_photo_story_with_nothing_but_captions_is_an_article():
    from extractors.extract import extract

    cells = ["Boats wait at the new pier in the morning. |", "Workers measure the riverbank. |", "The council chamber on Monday. |"]
    article = extract("\n".join(cells) + "\n", filename="story.txt", source="generic").extraction.article
    assert [image.caption for image in article.images] == [cell[:-2] for cell in cells]
    assert article.blocks == []


@pytest.mark.parametrize("dateline", ["HÀ NỘI —", "Hanoi (VNA) –", "RIVERTOWN -"])
def test_a_dateline_alone_on_its_line_opens_the_lead(dateline):
    for head in (["Bridges open before the rains", dateline], [dateline]):
        article = clean(*head, LEAD, PARAGRAPH, LAST)
        assert body_of(article) == [f"{dateline} {LEAD}", PARAGRAPH, LAST]
        assert article.title == (head[0] if len(head) == 2 else None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("The poster of the film before its premiere. Photo Le Van Binh", "The poster of the film before its premiere.", "Le Van Binh"),
        ("Pupils return to class in the hills. Photo/River Daily", "Pupils return to class in the hills.", "River Daily"),
        ("He sent the photo. Photo contests are popular", "He sent the photo. Photo contests are popular", None),
    ],
)
def test_a_photo_label_without_a_colon_before_a_name_is_a_credit(line, caption, credit):
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize("label", ["Foreign delegates at the river festival", "Ambassador Tran Van Binh"])
def test_people_placed_without_a_verb_and_a_title_with_a_name_are_captions(label):
    article = clean("Bridges open before the rains", LEAD, PARAGRAPH, label, LAST)
    assert [image.caption for image in article.images] == [label]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_gallery_list_bullet_is_not_part_of_the_caption():
    article = clean("Bridges open before the rains", LEAD, "• Boats wait at the new pier (Photo: Agency)", PARAGRAPH, LAST)
    assert [(image.caption, image.credit) for image in article.images] == [("Boats wait at the new pier", "Agency")]


def test_a_caption_over_a_lone_bar_is_a_photo_cell_but_a_paragraph_over_it_stays_text():
    caption = "Chairwoman Le Thi Hoa and delegates at the council meeting"
    article = clean("Bridges open before the rains", LEAD, caption, "|", PARAGRAPH, "|", LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_caption_glued_to_the_next_item_of_a_list_after_a_dash_is_split_off():
    article = clean("Bridges open before the rains", LEAD, f"Workers at the bridge site (Photo: Agency)- {PARAGRAPH}", LAST)
    assert [(image.caption, image.credit) for image in article.images] == [("Workers at the bridge site", "Agency")]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


@pytest.mark.parametrize("banner", ["HOT TOPICS", "EVENTS", "WORLD - ASEAN", "PHOTO STORIES"])
def test_a_banner_in_capitals_above_the_lead_or_below_the_article_is_chrome(banner):
    above = clean("Bridges open before the rains", banner, LEAD, PARAGRAPH, LAST)
    below = clean("Bridges open before the rains", LEAD, PARAGRAPH, LAST, banner)
    assert body_of(above) == body_of(below) == [LEAD, PARAGRAPH, LAST]


def test_a_heading_in_capitals_between_paragraphs_stays_a_heading():
    article = clean("Bridges open before the rains", LEAD, "WORK STARTS IN MARCH", PARAGRAPH, LAST)
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("paragraph", LEAD), ("heading", "WORK STARTS IN MARCH"), ("paragraph", PARAGRAPH), ("paragraph", LAST)
    ]


@pytest.mark.parametrize("line", ["A LONG ROAD TO THE SEA AHEAD", "VNA.", "THE BRIDGE IS OPEN!", "COVID-19 IN 2021"])
def test_a_long_line_a_sentence_or_figures_in_capitals_is_no_banner(line):
    from extractors.chrome_lines import is_capitals_banner

    assert not is_capitals_banner(line)


@pytest.mark.parametrize("label", ["Share:", "Reactions:", "Share on:", "Your reaction:", "Rate this article:"])
def test_a_widget_label_closing_with_a_colon_and_left_alone_is_chrome(label):
    article = clean("Bridges open before the rains", LEAD, PARAGRAPH, LAST, label)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_an_unknown_label_over_nothing_or_over_a_headline_is_chrome():
    alone = clean("Bridges open before the rains", LEAD, PARAGRAPH, LAST, "Emotions:")
    over_headline = clean("Bridges open before the rains", LEAD, PARAGRAPH, "Emotions:", "New rules for river transport take effect in May", LAST)
    assert body_of(alone) == [LEAD, PARAGRAPH, LAST]
    assert "Emotions:" not in body_of(over_headline)


@pytest.mark.parametrize("follows", ["“We will finish the bridges before the floods,” she said.", "- Three bridges over the river"])
def test_a_label_over_a_quote_a_sentence_or_a_list_is_the_article_s(follows):
    article = clean("Bridges open before the rains", LEAD, "Specifically:", follows, PARAGRAPH, LAST)
    assert "Specifically:" in body_of(article)


def test_a_photo_story_s_captions_between_lone_bars_are_captions_however_long():
    captions = [
        "Boats wait at the new pier in the morning. Traders load rice and fruit for the markets upstream before noon.",
        "A ferry crosses the river at dusk.",
        "Workers lay the last span of the first bridge. “We work at night when the river is calm,” one of them said.",
    ]
    # the dump opens with a bar: each bar stands above its caption, the last one's too
    article = clean("|", captions[0], "|", captions[1], "|", captions[2], PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == captions
    assert body_of(article) == [PARAGRAPH, LAST]


def test_two_paragraphs_between_bars_below_a_lead_stay_text_unless_the_bars_open_the_dump():
    article = clean("Bridges open before the rains", LEAD, "|", PARAGRAPH, "|", LAST)
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


@pytest.mark.parametrize("lead", [LEAD, f"HÀ NỘI — {LEAD}"])
def test_the_lead_printed_twice_is_the_article_s_lead_not_a_caption(lead):
    article = clean("Bridges open before the rains", lead, lead, PARAGRAPH, LAST)
    assert body_of(article) == [lead, PARAGRAPH, LAST]
    assert article.images == []


def test_a_caption_printed_twice_between_paragraphs_is_still_a_caption():
    caption = "Boats wait at the new pier in the morning."
    article = clean("Bridges open before the rains", LEAD, caption, caption, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_phrases_without_a_full_stop_in_a_row_between_paragraphs_are_a_photo_story_s_captions():
    captions = ["Boats moored at the new pier", "A ferry crossing the river at dusk"]
    announcing = "Here are some photos of the river towns taken by our reporters last week."
    article = clean("Bridges open before the rains", LEAD, announcing, *captions, LAST, LEAD.replace("Monday", "Friday"))
    assert [image.caption for image in article.images] == captions
    assert "Boats moored at the new pier" not in body_of(article)


@pytest.mark.parametrize(
    "lines",
    [
        ["Work Starts In March", PARAGRAPH],  # a sub-heading alone between paragraphs
        ["New Bridges For The Delta", "Work Starts In March"],  # headings in title case
        ["Boats moored at the new pier"],  # one phrase: a sub-heading's place as much as a caption's
    ],
)
def test_a_lone_phrase_or_lines_in_title_case_between_paragraphs_stay_text(lines):
    article = clean("Bridges open before the rains", LEAD, PARAGRAPH, *lines, LAST)
    assert all(line in body_of(article) for line in lines)


def test_a_long_paragraph_signed_with_its_source_is_text_not_a_caption():
    signed = " ".join([LEAD, PARAGRAPH, LAST, PARAGRAPH.replace("March", "April"), LAST.replace("summer", "autumn")]) + " Source: VNA"
    article = clean("Bridges open before the rains", signed)
    assert article.images == []
    assert body_of(article) == [signed]


def test_the_headline_right_above_another_story_s_teaser_goes_with_it():
    other = "AGENCY – Police in the river province said on Monday that they had closed a smuggling route across the border."
    headline = "Police close a smuggling route in the river province"
    article = clean("Bridges open before the rains", f"AGENCY – {LEAD}", PARAGRAPH, LAST, headline, other)
    assert body_of(article) == [f"AGENCY – {LEAD}", PARAGRAPH, LAST]


@pytest.mark.parametrize("line", ["riverside.vn - Bản tin của người dân ven sông", "Riverside News | riverside.com.vn"])
def test_a_domain_with_the_site_s_motto_is_the_site_s_name(line):
    assert is_site_name(line)
    article = clean(line, "Bridges open before the rains", LEAD, PARAGRAPH, LAST)
    assert article.title == "Bridges open before the rains"


def test_a_lead_opening_with_the_site_s_domain_is_no_site_name():
    assert not is_site_name(f"RIVERSIDE.VN - {LEAD}")


def test_the_line_under_a_caption_label_standing_for_an_image_is_its_caption():
    caption = "Workers lay the last span of the first bridge."
    article = clean("Bridges open before the rains", LEAD, "Photo caption", caption, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_sub_heading_over_a_video_player_s_file_name_is_not_a_photo_story():
    lines = ["Warm welcome in the old town", "Clip 07_river.mp4"]
    article = clean("Bridges open before the rains", LEAD, PARAGRAPH, *lines, LAST)
    assert article.images == []
    assert "Warm welcome in the old town" in body_of(article)


@pytest.mark.parametrize("label", ["Connect with us", "return icon", "Search menu", "Follow us on Facebook", "Back to home page"])
def test_a_line_of_interface_words_is_never_the_title(label):
    article = clean(*[
        label,
        "Harbour town opens a second ferry pier",
        "The town of Ben Cau opened its second ferry pier on Monday, doubling the boats that can dock there each day.",
        "Fishermen said the new pier would cut the wait for unloading by half during the busy season.",
    ])
    assert article.title == "Harbour town opens a second ferry pier"


@pytest.mark.parametrize("line", ["Return of the river dolphins", "Home prices climb in the capital", "Share of exports grows"])
def test_a_headline_with_some_interface_words_is_not_an_interface_label(line):
    assert not is_interface_label(line)


def test_a_summary_printed_above_the_headline_gives_way_to_the_headline():
    article = clean(*[
        "Rice exports from the delta rose by a fifth in the first quarter as buyers in Africa ordered more fragrant grain.",
        "Delta rice exports up a fifth in first quarter",
        "VNA",
    ])
    assert article.title == "Delta rice exports up a fifth in first quarter"
    assert article.lead.startswith("Rice exports from the delta rose")


def test_a_crosshead_below_a_dump_opening_mid_article_is_not_the_title():
    article = clean(*[
        "The committee met on Tuesday to review the plan for the new canal through the southern districts.",
        "Costs and timeline",
        "Engineers estimated that the canal would take three years to dig and cost far more than first planned.",
    ])
    assert article.title is None


def test_a_paragraph_of_two_sentences_above_a_short_line_is_not_a_summary():
    article = clean(*[
        "The market reopened on Friday after repairs. Traders said the new roof kept the stalls dry in the rain.",
        "Traders return to the market",
    ])
    assert article.title is None
