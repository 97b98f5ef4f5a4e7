"""Captions, credits and headlines on dumps shaped like those of outlets the rules were not written
from (issue 19): each dump is written for these tests in the shape seen on real pages, with
sentences of our own; the fallback (`Generic`) is used because it has no rules but the shared ones.
"""

from __future__ import annotations

from extractors.captions import split_credit
from tests.extractors.dumps import body_of, clean

HEADLINE = "River town opens its second ferry pier before the rains"
LEAD = "The town of Ben Cau opened its second ferry pier on Monday, doubling the number of boats that can dock there each day."
PARAGRAPH = "Fishermen said the new pier would cut the wait for unloading by half during the busy season, when catches are largest."
LAST = "The town plans a third pier on the northern bank next year if the money can be found, its chairwoman said."


def test_a_short_page_label_over_the_headline_and_its_lead_is_not_the_headline():
    for label in ("Making news", "river portal", "ab12 web"):
        article = clean(label, HEADLINE, LEAD, PARAGRAPH, LAST)
        assert article.title == HEADLINE, label


def test_a_short_headline_with_the_lead_under_it_stays_the_headline():
    article = clean("Ferry pier opens", LEAD, PARAGRAPH, LAST)
    assert article.title == "Ferry pier opens"


def test_the_entries_of_a_long_menu_above_the_headline_do_not_hide_it():
    menu = [f"• Province {name}" for name in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    article = clean(*menu, HEADLINE, LEAD, PARAGRAPH, LAST)
    assert article.title == HEADLINE
    assert body_of(article)[0] == LEAD


def test_an_image_alt_text_numbered_by_the_cms_is_not_the_headline():
    article = clean(f"{HEADLINE} ảnh 1", LEAD, PARAGRAPH, LAST)
    assert article.title is None
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_photo_table_s_cell_under_a_one_sentence_opening_is_a_caption_not_the_headline():
    cell = "The chairwoman and guests cut the ribbon at the pier. |"
    article = clean(PARAGRAPH, cell, cell, "Boats wait at the new pier. |", LAST)
    assert article.title is None
    assert "The chairwoman and guests cut the ribbon at the pier." in [image.caption for image in article.images]


PHRASES = ["Boats moored at the new pier", "A ferry crossing the river at dusk", "Fishermen unloading the morning catch"]


def test_phrases_without_full_stops_between_paragraphs_of_a_dump_without_photos_stay_text():
    # a comment section, a list or a block of links printed without full stops is no photo story
    lines = ["Stories from the river towns", "What readers say about the pier", "Letters to the editor"]
    article = clean(HEADLINE, LEAD, PARAGRAPH, *lines, LAST)
    assert article.images == []
    assert all(line in body_of(article) for line in lines)


def test_a_photo_story_s_captions_are_taken_when_the_dump_holds_a_credited_photo():
    credited = "The chairwoman opens the pier. Photo: Minh Chau"
    article = clean(HEADLINE, LEAD, credited, PARAGRAPH, *PHRASES, LAST)
    assert [image.caption for image in article.images] == ["The chairwoman opens the pier.", *PHRASES]


def test_a_list_after_its_colon_is_no_photo_story_even_in_a_dump_with_photos():
    credited = "The chairwoman opens the pier. Photo: Minh Chau"
    items = ["Dredging the channel to the pier", "Building a car park on the northern bank"]
    article = clean(HEADLINE, LEAD, credited, "The town will spend the rest of the money on two works:", *items, LAST)
    assert [image.caption for image in article.images] == ["The chairwoman opens the pier."]
    assert all(item in body_of(article) for item in items)


def test_captions_closing_a_dump_that_announces_its_photos_are_a_photo_story_s():
    announcing = "Our reporter took the pictures below on the pier's first morning."
    article = clean(HEADLINE, LEAD, announcing, *PHRASES)
    assert [image.caption for image in article.images] == PHRASES
    assert body_of(article) == [LEAD, announcing]


def test_a_credit_given_as_a_courtesy_names_who_gave_the_photo():
    assert split_credit("A ferry at the new pier. (Photo: courtesy of Minh Chau) |") == ("A ferry at the new pier.", "Minh Chau")
    assert split_credit("A ferry at the new pier. Photo courtesy of Ben Cau Town") == ("A ferry at the new pier.", "Ben Cau Town")


def test_an_illustration_s_label_with_its_source_after_a_comma_is_a_credited_caption():
    assert split_credit("Illustrative photo, Source: Internet") == ("Illustrative photo", "Internet")


def test_a_link_s_residue_after_a_source_label_is_no_credit():
    assert split_credit("at – Source: – Read the original story here")[1] is None


def test_the_article_s_source_alone_on_its_line_takes_no_line_above_as_a_caption():
    article = clean(HEADLINE, LEAD, PARAGRAPH, "The pier will be open to boats from six in the morning.", "(Source: RTN)")
    assert article.images == []
    assert body_of(article)[-1] == "The pier will be open to boats from six in the morning."


def test_two_captions_with_article_text_between_them_are_two_photos_even_when_one_ends_the_other():
    first, second = "Boatmen and guests at the opening", "At the opening"
    article = clean(HEADLINE, LEAD, f"{first} (Photo: RTN)", PARAGRAPH, f"{second} (Photo: RTN)", LAST)
    assert [image.caption for image in article.images] == [first, second]


def test_a_caption_and_its_shorter_copy_right_under_it_are_one_photo():
    article = clean(HEADLINE, LEAD, "Boatmen and guests at the opening (Photo: RTN)", "At the opening (Photo: RTN)", PARAGRAPH, LAST)
    assert len(article.images) == 1


def test_an_agency_s_file_picture_is_a_caption():
    line = "(RTN files) In a file picture taken on May 2, 2019 the chairwoman speaks at the old pier in Ben Cau."
    article = clean(HEADLINE, LEAD, line, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == [line]


def test_a_sentence_about_a_photo_is_no_caption():
    line = "A photo taken by a resident of the crowded pier was shared thousands of times on social media last week."
    article = clean(HEADLINE, LEAD, line, PARAGRAPH, LAST)
    assert article.images == []


def test_a_photo_s_title_and_its_author_is_a_credited_caption():
    assert split_credit("“Morning at the pier” by Le Thi Hoa") == ("“Morning at the pier”", "Le Thi Hoa")
    assert split_credit("“We will finish it by March,” the chairwoman said.")[1] is None


def test_a_caption_printed_over_the_headline_is_a_caption_not_the_headline():
    for caption in ("Illustrative photo", "Scene at the press conference", "Overview of the meeting", "At the opening"):
        article = clean(caption, HEADLINE, LEAD, PARAGRAPH, LAST)
        assert article.title == HEADLINE, caption
        assert [image.caption for image in article.images] == [caption]
        assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_headline_over_a_second_headline_shaped_line_stays_the_headline():
    article = clean("Police seize a drug shipment in the border town", HEADLINE, LEAD, PARAGRAPH, LAST)
    assert article.title == "Police seize a drug shipment in the border town"


def test_a_long_caption_pointing_at_its_photo_takes_the_credit_on_the_line_under_it():
    caption = (
        "Boats from the three river communes queued at the new pier on its first morning, waiting for the fish market "
        "to open at five. In the photo, a fisherman unloads crates of prawns while his son counts them for the buyers on the bank."
    )
    article = clean(HEADLINE, LEAD, caption, "(Photo: Minh Chau)", PARAGRAPH, LAST)
    assert [(image.caption, image.credit) for image in article.images] == [(caption, "Minh Chau")]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_a_table_cell_holding_another_story_s_teaser_cut_short_is_no_caption():
    teaser = "Ferry fares fall on the delta routes The province will cut fares on its four ferry routes from next month, said ... |"
    article = clean(HEADLINE, LEAD, "Boats wait at the new pier. |", PARAGRAPH, LAST, teaser)
    assert [image.caption for image in article.images] == ["Boats wait at the new pier."]


def test_people_doing_something_now_with_a_verb_outside_the_common_list_is_a_caption():
    for caption in ("Kids build sand castles beside the new pier.", "A fisherman mends his net on the new pier."):
        article = clean(HEADLINE, LEAD, PARAGRAPH, caption, LAST)
        assert [image.caption for image in article.images] == [caption], caption
        assert caption not in body_of(article)


def test_present_tense_sentences_of_the_article_about_people_stay_text():
    for sentence in (
        "Fishermen want the pier open before the rains.",  # a wish, not a scene
        "Residents say the pier will help them.",  # reported
        "Boatmen pay 20,000 dong a day to dock.",  # figures
        "Fishermen sell fish, crabs and shrimp",  # a headline's list
    ):
        article = clean(HEADLINE, LEAD, PARAGRAPH, sentence, LAST)
        assert sentence in body_of(article), sentence
        assert not article.images, sentence


def test_a_slideshow_s_number_where_an_image_was_marks_the_caption_under_it():
    caption = "Two ferries wait at the new pier on the first morning, while the old one stays closed for repairs."
    article = clean(HEADLINE, LEAD, PARAGRAPH, "- 3", caption, LAST)
    assert [image.caption for image in article.images] == [caption]
    assert body_of(article) == [LEAD, PARAGRAPH, LAST]


def test_what_is_given_and_to_whom_is_a_caption():
    for caption in ("Certificates handed over to the pier's builders", "Life vests presented to the ferrymen at the ceremony"):
        article = clean(HEADLINE, LEAD, PARAGRAPH, caption, LAST)
        assert [image.caption for image in article.images] == [caption], caption


def test_a_portrait_s_label_with_the_role_before_the_name_or_a_short_title_is_a_caption():
    for caption in ("Chairwoman of the Ben Cau People's Committee, Tran Thi Mai.", "PM Tran Van Khoa"):
        article = clean(HEADLINE, LEAD, PARAGRAPH, caption, LAST)
        assert [image.caption for image in article.images] == [caption], caption
    # a sentence naming a role and a person is the article's
    sentence = "The chairwoman of the town, Tran Thi Mai, said the pier cost less than planned."
    assert sentence in body_of(clean(HEADLINE, LEAD, PARAGRAPH, sentence, LAST))


def test_a_photo_by_someone_inside_a_sentence_is_no_credit():
    assert split_credit("Sunrise, a photo by Tran Van Khoa wins the first prize.") == ("Sunrise, a photo by Tran Van Khoa wins the first prize.", None)
    assert split_credit("Boats at the pier. Photo by Tran Van Khoa/The Ben Cau Times") == ("Boats at the pier.", "Tran Van Khoa/The Ben Cau Times")
    # after a label with a colon, lower-case words are the credit itself ("provided by the hospital")
    assert split_credit("Nurses check a patient. Ảnh: Bệnh viện tỉnh cung cấp") == ("Nurses check a patient.", "Bệnh viện tỉnh cung cấp")
    assert split_credit("Boats at the pier. Photo: Provided by the organisers") == ("Boats at the pier.", "Provided by the organisers")


def test_an_edition_s_language_switch_over_the_headline_is_chrome():
    for switch in ("Tiếng Việt | English", "English | Français | Español"):
        article = clean(switch, HEADLINE, LEAD, PARAGRAPH, LAST)
        assert article.title == HEADLINE, switch
        assert body_of(article) == [LEAD, PARAGRAPH, LAST], switch


SHOTS = [
    "Boatmen tie their boats to the new pier at dawn.",
    "After unloading, the fish are sorted on the pier.",
    "Ferries cross the river from the old bank.",
    "The old pier stands empty beside the new one.",
]


def test_short_sentences_closing_a_text_that_announced_its_photos_are_their_captions():
    article = clean(HEADLINE, LEAD, "The town released photos of the first week at the pier.", *SHOTS, "Tran Khoa")
    assert [image.caption for image in article.images] == SHOTS
    assert body_of(article) == [LEAD, "The town released photos of the first week at the pier."]


def test_short_sentences_closing_a_text_without_photos_or_telling_the_past_stay_text():
    assert not clean(HEADLINE, LEAD, PARAGRAPH, *SHOTS).images
    past = [shot.replace("tie", "tied").replace("cross", "crossed") + " It was late." for shot in SHOTS]
    assert not clean(HEADLINE, LEAD, "Below are photos of the pier.", *past).images


def test_people_doing_something_now_opening_a_dump_is_its_first_photo_s_caption_but_a_headline_stays():
    article = clean("Kids build sand castles beside the new pier.", LEAD, PARAGRAPH, LAST)
    assert [image.caption for image in article.images] == ["Kids build sand castles beside the new pier."]
    assert clean("Police arrest suspects in pier theft", LEAD, PARAGRAPH, LAST).title == "Police arrest suspects in pier theft"
