"""Why a PDF, deck or recording is left out of a publication (its metadata could not be
removed) is said in a person's words: the export's report read the libraries' own
('unable to find trailer dictionary ...', 'BadZipFile', FFmpeg's 'Invalid data found when
processing input') inside parentheses beside other parentheses."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from smparchive.core import messages


def _pdf(source: Path, target: Path) -> None:
    from smparchive.core.export.pdfmeta import clean_pdf

    clean_pdf(source, target)


def _deck(source: Path, target: Path) -> None:
    from smparchive.core.export.docmeta import clean_pptx

    clean_pptx(source, target)


def _video(source: Path, target: Path) -> None:
    from smparchive.core.export.videometa import clean_video

    clean_video(source, target, {})


@pytest.mark.parametrize(
    ("name", "clean", "code"),
    [
        ("report.pdf", _pdf, "export.pdf_not_cleaned"),
        ("talk.pptx", _deck, "export.deck_not_cleaned"),
        ("talk.mp4", _video, "export.video_not_cleaned"),
    ],
)
def test_a_file_that_cannot_be_cleaned_says_why_in_plain_words(
    tmp_path: Path, name: str, clean: Callable[[Path, Path], None], code: str
) -> None:
    source = tmp_path / name
    source.write_bytes(b"%PDF-1.4\n" + b"\x00garbage\xff" * 200)
    from smparchive.core.export.docmeta import DeckCleanError
    from smparchive.core.export.pdfmeta import PdfCleanError
    from smparchive.core.export.videometa import VideoCleanError

    with pytest.raises((PdfCleanError, DeckCleanError, VideoCleanError)) as caught:
        clean(source, tmp_path / f"out-{name}")
    why = str(caught.value)
    assert messages.phrase_code(why) is not None, why  # one of the phrases the app says
    said = messages.problem(code, name=name, why=why)
    assert not messages.has_jargon(said), said
    assert re.search(r"\([^)]*\(|\) \(", said) is None, said  # no (… (…)), no (…) (…)
    assert said.startswith(f"{name} is left out: "), said
    assert not (tmp_path / f"out-{name}").exists()
