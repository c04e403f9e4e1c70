"""French punctuation spacing, one rule: a no-break space (U+00A0) before ':' and a narrow
one (U+202F) before ';', '!', '?' and inside « ». A French post put a narrow one before its
colons ('Photo\u202f: …') where the French page put a no-break one ('Photo\u00a0: …'), and
neither spaced a caption's '?' as French does."""

from __future__ import annotations

from pathlib import Path

from export_helpers import EVENT, entry_for, jpeg_bytes

from smparchive.core.export.platforms import PLATFORMS
from smparchive.core.export.post import build_post
from smparchive.core.export.webpage import PageItem, build_page

CAPTION = "Qui répond ? La salle ! Thème : l’IA ; « débat »"  # as typed, plain spaces
SPACED = "Qui répond\u202f? La salle\u202f! Thème\u00a0: l’IA\u202f; «\u202fdébat\u202f»"


def test_a_french_post_and_page_space_colons_and_questions_alike(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    photo = entry_for(path, "1", caption={"fr": CAPTION}, credit_line="Ana Fotógrafa")
    post = build_post([(photo, "a.jpg")], PLATFORMS["mastodon"], "fr", EVENT).text
    page = build_page(EVENT, [PageItem(photo, "a.jpg", 10)], "fr")["index.html"].decode()
    # the credit's label: a no-break space before the colon, in both
    assert "Photo\u00a0: Ana Fotógrafa" in post
    assert "Photo\u00a0: Ana Fotógrafa" in page
    # the caption: narrow ones before '?', '!', ';' and inside « », in both
    assert SPACED in post and SPACED in page
    for text in (post, page):
        assert "\u202f:" not in text and " ?" not in text and "\u00a0?" not in text


def test_the_rule_leaves_times_ratios_and_addresses_alone() -> None:
    from smparchive.core.frenchtype import spaced

    for text in ("à 10:30", "format 4:5", "https://example.org/?q=1"):
        assert spaced(text) == text
    assert spaced("Séance\u202f: « EMN »") == "Séance\u00a0: «\u202fEMN\u202f»"


def test_french_spacing_is_for_french_texts_only(tmp_path: Path) -> None:
    """Walked in French: the page's deck link read "EMN roundtable\u00a0: Skills Mobility
    Partnerships", French spacing given to the deck's own title, which the file does not say
    is French (x-default). A text shown for want of a French version keeps its typography
    (marked with its language when known); a French one is spaced; so is the page's own
    text around it, and a platform's English note in a French post kit."""
    from dataclasses import replace

    from smparchive.core.export.model import Kind

    decks = []
    for n, title in enumerate(
        (
            {"x-default": "EMN roundtable: Skills Mobility Partnerships"},
            {"en": "Closing panel: what next?", "nl": "Slotpanel: wat nu?"},
            {"fr": "Table ronde : et après ?"},
        )
    ):
        path = tmp_path / f"deck{n}.pdf"
        path.write_bytes(b"%PDF-1.4\n")
        entry = entry_for(path, f"d{n}", kind=Kind.SLIDES, title=title, caption={}, alt_text={})
        decks.append(PageItem(entry, path.name, 10))
    page = build_page(EVENT, decks, "fr")["index.html"].decode()
    assert "<span>EMN roundtable: Skills Mobility Partnerships</span>" in page
    assert '<span lang="en">Closing panel: what next?</span>' in page
    assert "<span>Table ronde\u00a0: et après\u202f?</span>" in page
    assert "\u00a0: Skills" not in page and "\u202f?</span>" in page
    english_only = replace(PLATFORMS["mastodon"], notes=(), sources=())
    assert english_only.note_in("fr") == english_only.note  # "mastodon.social: 16 MB"
    assert "\u00a0:" not in english_only.note_in("fr")
