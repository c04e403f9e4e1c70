"""A PDF page's text reflowed into paragraphs for the deck viewer's text panel: its lines
joined, its paragraphs, headings and list items kept, a word cut at a line's end joined
with its hyphen (as the text extraction reads a line-end hyphen)."""

from __future__ import annotations

from smparchive.core.media.pdftext import reflow

PAGE = """Background
Skills Mobility Partnerships bring together countries of origin and destination to
train people for occupations in demand. Costs are shared and a well-
known network of partners joins the work of the conference day.
Purpose
• a first item of the list
• a second item which is rather long and goes on to the next line of the
page and continues here
2) a numbered item

A new block after a blank line."""


def test_lines_join_into_paragraphs_keeping_headings_items_and_blocks() -> None:
    assert reflow(PAGE).split("\n") == [
        "Background",
        "Skills Mobility Partnerships bring together countries of origin and destination to "
        "train people for occupations in demand. Costs are shared and a well-known network "
        "of partners joins the work of the conference day.",
        "",
        "Purpose",
        "• a first item of the list",
        "• a second item which is rather long and goes on to the next line of the page and "
        "continues here",
        "2) a numbered item",
        "",
        "A new block after a blank line.",
    ]


def test_a_heading_after_a_line_that_ends_no_sentence_keeps_its_line() -> None:
    """The demo's concept note: its dateline ran into the heading after it ("… European
    Migration Network Background")."""
    page = (
        "Concept note: Skills Mobility Partnerships\n"
        "conference\n"
        "Brussels, 1-2 June 2022 - hybrid event - European Migration Network\n"
        "Background\n"
        "Skills Mobility Partnerships bring together countries of origin and countries of\n"
        "destination to train people for occupations in demand in both places."
    )
    assert reflow(page).split("\n") == [
        "Concept note: Skills Mobility Partnerships",
        "conference",
        "Brussels, 1-2 June 2022 - hybrid event - European Migration Network",
        "Background",
        "Skills Mobility Partnerships bring together countries of origin and countries of "
        "destination to train people for occupations in demand in both places.",
    ]


def test_a_short_text_and_an_empty_one_stay_as_they_are() -> None:
    assert reflow("One line.") == "One line."
    assert reflow("") == ""
    assert reflow("Title\n\n\nBody.") == "Title\n\nBody."
