"""Pages for viewers: PDF rendering, slide texts, accent-insensitive find, renditions."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import CORPUS
from tests.stand_ins import soffice

from smparchive.core.media.pages import (
    PageError,
    PageStore,
    PdfDeck,
    SlideText,
    convert_to_pdf,
    find_pages,
    fold,
    match_spans,
    slide_texts,
)

PLUGFEST = "odf-2014 - ODF Plugfest - Collaborated Editing on ODF"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="real-world corpus not present")


def make_pdf(path: Path, pages: int, size: tuple[int, int] = (400, 300)) -> Path:
    """A PDF of coloured pages, landscape, generated with Pillow."""
    images = [Image.new("RGB", size, (i * 20 % 256, 80, 160)) for i in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=72.0)
    return path


def test_render_page_size_and_count(tmp_path: Path) -> None:
    with PdfDeck(make_pdf(tmp_path / "d.pdf", 5)) as deck:
        assert deck.page_count == 5
        image = deck.render(3, 800)
        assert image.size == (800, 600)
        assert image.mode == "RGB"
        with pytest.raises(PageError, match="Page 6 does not exist"):
            deck.render(5, 100)


@needs_corpus
def test_real_deck_text_and_find() -> None:
    with PdfDeck(CORPUS / "pdf" / f"{PLUGFEST}.pdf") as deck:
        texts = deck.texts()
        assert len(texts) == deck.page_count == 112
        assert texts[0].title.startswith("Collaborated Editing")
    hits = find_pages(texts, "SCHUBERT")
    assert hits and all("schubert" in fold(texts[i].text) for i in hits)
    assert find_pages(texts, "zzqqxx-not-there") == []


@needs_corpus
def test_encrypted_and_damaged_pdfs_say_why() -> None:
    with pytest.raises(PageError, match="encrypted"):
        PdfDeck(CORPUS / "pdf" / "pypdf-r6-user-password.pdf")
    with pytest.raises(PageError, match="not a readable PDF"):
        PdfDeck(CORPUS / "pdf" / "fc-minimal_test.pdf")


def test_find_is_accent_and_case_insensitive() -> None:
    slides = [
        SlideText("Café", "", ""),
        SlideText("Other", "Résumé of the day", ""),
        SlideText("x", "", "Notes: ÉCOLE"),
    ]
    assert find_pages(slides, "cafe") == [0]
    assert find_pages(slides, "RESUME  of") == [1]
    assert find_pages(slides, "école") == [2]
    assert find_pages(slides, "  ") == []


def test_where_a_find_matches_is_the_text_the_user_reads() -> None:
    """The viewer marks what the find matched: any case, any accents, a line break between
    two words of the query."""
    text = "Le Résumé du jour\nEmployers and\r\nemployees: resume"
    spans = match_spans(text, "resume")
    assert [text[a:b] for a, b in spans] == ["Résumé", "resume"]
    assert [text[a:b] for a, b in match_spans(text, "AND employees")] == ["and\r\nemployees"]
    assert match_spans(text, "  ") == [] and match_spans(text, "absent") == []


def text_pdf(path: Path, *, rotate: int = 0, crop: list[float] | None = None) -> Path:
    """Two 400x300 pt pages of Helvetica text; page 1 says "Résumé" twice, the second time
    before a line break ("the résumé / of the day" is found as "resume of"); "the" is on both
    pages (once, then three times)."""
    import pikepdf

    from smparchive.core.demo.pdf import PdfDocument

    doc = PdfDocument()
    doc.add_page(400, 300).text(50, 250, "Day one: the programme", 20)
    page = doc.add_page(400, 300)
    page.text(50, 250, "Résumé first", 20)
    page.text(50, 100, "and then the résumé", 12)
    page.text(50, 80, "of the day", 12)
    doc.save(path)
    if rotate or crop:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            if rotate:
                pdf.pages[1].Rotate = rotate
            if crop:
                pdf.pages[1].CropBox = crop
            pdf.save(path)
    return path


def _ink_in(image: Image.Image, box: tuple[float, float, float, float]) -> int:
    """Dark pixels of ``image`` inside ``box`` (fractions of its size)."""
    w, h = image.size
    part = image.convert("L").crop((box[0] * w, box[1] * h, box[2] * w, box[3] * h))
    return sum(1 for v in part.tobytes() if v < 100)


def test_find_boxes_are_where_the_word_is_drawn_on_the_page(tmp_path: Path) -> None:
    """A PDF reader highlights the word on the page: each match's rectangles cover its ink on
    the rendered picture, whatever the case or accents typed."""
    with PdfDeck(text_pdf(tmp_path / "t.pdf")) as deck:
        assert deck.find_boxes(0, "resume") == []
        matches = deck.find_boxes(1, "RESUME")
        assert len(matches) == 2 and all(len(m) == 1 for m in matches)
        (left, top, right, bottom) = matches[0][0]
        # "Résumé" at x=50 pt on a 400 pt page, baseline 250 of 300 pt (from the bottom)
        assert 0.11 < left < 0.14 and 0.1 < top < bottom < 0.18 and right < 0.35
        assert matches[1][0][1] > 0.6  # the second, smaller, lower on the page
        image = deck.render(1, 800)
        assert all(_ink_in(image, box) > 50 for m in matches for box in m)
        two_lines = deck.find_boxes(1, "résumé OF")  # across the line break: a box per line
        assert len(two_lines) == 1 and len(two_lines[0]) == 2
        assert deck.find_boxes(1, "absent") == [] and deck.find_boxes(1, " ") == []
        assert deck.find_boxes(7, "resume") == []
    assert deck.find_boxes(1, "resume") == []  # closed: nothing, no crash


@pytest.mark.parametrize(
    "rotate, crop", [(90, None), (270, None), (0, [40, 60, 380, 290]), (90, [30, 70, 400, 300])]
)
def test_find_boxes_follow_rotated_and_cropped_pages(
    tmp_path: Path, rotate: int, crop: list[float] | None
) -> None:
    with PdfDeck(text_pdf(tmp_path / "t.pdf", rotate=rotate, crop=crop)) as deck:
        matches = deck.find_boxes(1, "resume")
        image = deck.render(1, 800)
    assert len(matches) == 2
    for (box,) in matches:
        assert all(0.0 <= v <= 1.0 for v in box)
        assert _ink_in(image, box) > 30  # the ink of the word, not an empty corner


def test_find_boxes_on_a_page_without_text_layer(tmp_path: Path) -> None:
    with PdfDeck(make_pdf(tmp_path / "scan.pdf", 2)) as deck:
        assert deck.find_boxes(0, "anything") == []


@needs_corpus
def test_odp_and_pptx_slide_texts_with_notes() -> None:
    odp = slide_texts(CORPUS / "slides" / f"{PLUGFEST}.odp", "ODP")
    assert len(odp) == 56
    assert odp[1].title == "Who am I"
    assert "OASIS" in odp[1].notes
    pptx = slide_texts(CORPUS / "slides" / "pptx-test.pptx", "PPTX")
    assert pptx[0].title == "Presentation Title Text"
    with pytest.raises(PageError, match="cannot be read"):
        slide_texts(CORPUS / "slides" / "ff-sample.pptx", "PPTX")


def _soffice(folder: Path, body: str) -> str:
    return str(soffice(folder, body))


def test_convert_with_libreoffice_stand_in(tmp_path: Path) -> None:
    writes_pdf = (
        "out = pathlib.Path(args[args.index('--outdir') + 1]); out.mkdir(parents=True)\n"
        "from PIL import Image\n"
        "src = pathlib.Path(args[-1])\n"
        "Image.new('RGB', (40, 30)).save(out / (src.stem + '.pdf'), 'PDF')"
    )
    target = tmp_path / "cache" / "r.pdf"
    deck = tmp_path / "talk.pptx"
    deck.write_bytes(b"PK")
    convert_to_pdf(deck, target, soffice=_soffice(tmp_path, writes_pdf))
    with PdfDeck(target) as pdf:
        assert pdf.page_count == 1


def test_convert_failure_and_time_limit(tmp_path: Path) -> None:
    deck = tmp_path / "talk.odp"
    deck.write_bytes(b"PK")
    failing = _soffice(
        tmp_path, "print('Error: source file could not be loaded', file=sys.stderr); sys.exit(1)"
    )
    with pytest.raises(PageError, match="could not be loaded"):
        convert_to_pdf(deck, tmp_path / "a.pdf", soffice=failing)
    (tmp_path / "soffice").unlink()
    hanging = _soffice(tmp_path, "time.sleep(60)")
    started = time.monotonic()
    with pytest.raises(PageError, match="within 1 s"):
        convert_to_pdf(deck, tmp_path / "b.pdf", soffice=hanging, timeout_s=1)
    assert time.monotonic() - started < 10
    assert not (tmp_path / "b.pdf").exists()


def test_page_store_round_trip(tmp_path: Path) -> None:
    store = PageStore(tmp_path)
    sha = "ab" * 32
    assert store.get_page(sha, 0, 160) is None
    data = store.put_page(sha, 0, 160, Image.new("RGB", (160, 120), "red"))
    assert store.get_page(sha, 0, 160) == data
    assert store.page_path(sha, 0, 160).name == f"{sha}-p0001-160.jpg"
    assert not [p for p in store.page_path(sha, 0, 160).parent.iterdir() if p.name.startswith(".")]


def test_a_rendition_is_kept_as_a_file_moved_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rendition goes into the store as a file (moved, or copied from another file
    system) and comes out as one: a deck with a video makes a PDF of hundreds of MB."""
    store = PageStore(tmp_path / "cache")
    sha = "cd" * 32
    assert store.get_rendition(sha) is None
    made = tmp_path / "made.pdf"
    made.write_bytes(b"%PDF-1.7 first")
    kept = store.put_rendition(sha, made)
    assert kept == store.get_rendition(sha) == store.rendition_path(sha)
    assert kept.read_bytes() == b"%PDF-1.7 first" and not made.exists()
    # from another file system a rename fails: copied beside the store, then renamed
    real_replace = os.replace

    def across(src: Any, dst: Any) -> None:
        if Path(src) == again:
            raise OSError(18, "Invalid cross-device link")
        real_replace(src, dst)

    again = tmp_path / "again.pdf"
    again.write_bytes(b"%PDF-1.7 second")
    monkeypatch.setattr(os, "replace", across)
    assert store.put_rendition(sha, again) == kept
    assert kept.read_bytes() == b"%PDF-1.7 second" and not again.exists()
    assert not [p for p in kept.parent.iterdir() if p.name.startswith(".tmp-")]


def test_no_libreoffice_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PageError, match="LibreOffice is not installed"):
        convert_to_pdf(tmp_path / "x.pptx", tmp_path / "x.pdf")
    assert os.environ["PATH"] == str(tmp_path)


# (a, b, c, d) of a text matrix: upright, upside down, up the page, down the page
TURNED = {0: (1, 0, 0, 1), 180: (-1, 0, 0, -1), 90: (0, 1, -1, 0), 270: (0, -1, 1, 0)}


def _drawn(page: Any, x: float, y: float, parts: list[str], turn: int, size: float = 18) -> None:
    """``parts`` drawn one after the other along a line turned ``turn`` degrees, each its own
    text object (as exporters write kerned or styled runs), from (x, y)."""
    from smparchive.core.demo.pdf import text_width

    a, b, c, d = TURNED[turn]
    at = 0.0
    for part in parts:
        escaped = part.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        head = f"BT /F1 {size:g} Tf {a} {b} {c} {d} {x + a * at:.2f} {y + b * at:.2f} Tm "
        page.ops.append(head.encode() + f"({escaped}) Tj ET".encode())
        at += text_width(part, size)


def rotated_pdf(path: Path) -> Path:
    """Five 500x400 pt pages, each with one line of text found by a search: a page turned
    upside down (/Rotate 180), upside-down text, text up and down the page, and text on a
    page turned a quarter (/Rotate 90). Words are drawn one by one, one word letter by letter."""
    import pikepdf

    from smparchive.core.demo.pdf import PdfDocument

    doc = PdfDocument()
    words = ["Skills ", "mobility ", "partnerships ", "in ", "practice"]
    letters = list("Perpendicular")
    _drawn(doc.add_page(500, 400), 40, 200, words, 0)  # shown upside down by /Rotate 180
    _drawn(doc.add_page(500, 400), 460, 200, [*words, " ", *letters], 180)
    _drawn(doc.add_page(500, 400), 250, 40, [*words[:3], *letters], 90)
    _drawn(doc.add_page(500, 400), 250, 360, [*words[:3], *letters], 270)
    _drawn(doc.add_page(500, 400), 40, 200, [*words, " ", *letters], 0)  # with /Rotate 90
    doc.save(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.pages[0].Rotate = 180
        pdf.pages[4].Rotate = 90
        pdf.save(path)
    return path


def test_rotated_text_reads_in_its_order_and_is_found(tmp_path: Path) -> None:
    """pdfium orders a page's characters as the page is shown: a line shown upside down (a
    page turned by /Rotate 180, or text drawn upside down) came out backwards, "practice in
    partnerships mobility Skills", a word drawn letter by letter "r al uci dnepr eP": the
    catalogue's search and the viewer's find missed them. Text up or down the page, and on
    a page turned a quarter, read right already."""
    from smparchive.core.media.documents import probe_pdf
    from smparchive.core.media.info import MediaInfo

    path = rotated_pdf(tmp_path / "turned.pdf")
    info = MediaInfo(format="PDF")
    probe_pdf(path, info)
    with PdfDeck(path) as deck:
        slides = deck.texts()
        for n, slide in enumerate(slides):
            phrase = "Skills mobility partnerships" + (" in practice" if n in (0, 1, 4) else "")
            assert " ".join(slide.text.split()).startswith(phrase), (n, slide.text)
            assert n in find_pages(slides, phrase)
            boxes = deck.find_boxes(n, phrase)
            assert len(boxes) == 1, (n, boxes)
            image = deck.render(n, 800)
            assert all(_ink_in(image, box) > 30 for box in boxes[0]), n
            if n:  # the word drawn letter by letter
                assert "Perpendicular" in slide.text, (n, slide.text)
                assert deck.find_boxes(n, "perpendicular"), n
            # each page is still shown turned as it says (the quarter-turned one upright)
            assert (image.height > image.width) == (n == 4), n
    assert info.text is not None
    assert info.text.count("Skills mobility partnerships") == 5
    assert info.text.count("Perpendicular") == 4


def test_a_hyphen_ending_a_line_reads_and_is_found_as_a_hyphen(tmp_path: Path) -> None:
    """pdfium gives a hyphen at the end of a line as U+0002: the viewer's text panel showed
    a box ("www.oasis▯open.org"), and neither the viewer's find nor the catalogue's search
    met "oasis-open" as the page draws it."""
    from smparchive.core.demo.pdf import PdfDocument
    from smparchive.core.media.documents import probe_pdf
    from smparchive.core.media.info import MediaInfo

    doc = PdfDocument()
    page = doc.add_page(400, 300)
    page.text(50, 250, "Read more at www.oasis-", 14)
    page.text(50, 230, "open.org today", 14)
    path = tmp_path / "hyphen.pdf"
    doc.save(path)
    with PdfDeck(path) as deck:
        slides = deck.texts()
        assert "\x02" not in slides[0].text
        assert "www.oasis-open.org" in slides[0].text
        assert find_pages(slides, "oasis-open") == [0]
        assert len(deck.find_boxes(0, "oasis-open")) == 1
    info = MediaInfo(format="PDF")
    probe_pdf(path, info)
    assert info.text is not None and "oasis-open.org" in info.text
