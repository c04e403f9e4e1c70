"""A conference deck with an embedded video (hundreds of MB) and LibreOffice's PDF of it go
through an export as files: its page previews and its published PDF are made without
holding the deck or the PDF in memory, whether the rendition is kept in the catalogue's
cache or converted for this export only."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from export_helpers import EVENT, OWNER, big_pdf, entry_for, settings, soffice_copying
from tests.memory_peak import traced_peak

from smparchive.core.export import WEB, Kind, MetadataPolicy, plan_export, run_export
from smparchive.core.media.pages import PageStore

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
SLIDES = 3
BIG = 70 * 1024 * 1024
HELD = 16 * 1024 * 1024


def _big_deck(path: Path, extra: int = BIG) -> Path:
    """A three-slide PPTX carrying ``extra`` bytes of video (stored: video does not zip)."""
    from pptx import Presentation

    prs = Presentation()
    for n in range(1, SLIDES + 1):
        prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = f"Slide {n}"
    prs.save(str(path))
    with zipfile.ZipFile(path, "a") as z:
        info = zipfile.ZipInfo("ppt/media/media1.mp4", (2024, 5, 14, 10, 0, 0))
        with z.open(info, "w", force_zip64=True) as dst:
            for _ in range(extra // 2**20):
                dst.write(os.urandom(2**20))
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A ~70 MB deck, its ~70 MB "rendition" and a LibreOffice stand-in making it."""
    root = tmp_path_factory.mktemp("big")
    pdf = big_pdf(root / "rendition.pdf", SLIDES, BIG)
    deck = _big_deck(root / "conference.pptx")
    return {
        "entry": entry_for(deck, "d1", Kind.SLIDES, mime=PPTX),
        "soffice": soffice_copying(root / "bin", pdf),
    }


@pytest.mark.parametrize(
    ("kept", "policy"),
    [(True, MetadataPolicy.PUBLICATION), (False, MetadataPolicy.KEEP_ALL)],
    ids=["kept-cleaned", "not-kept-as-converted"],
)
def test_a_big_deck_goes_out_as_pdf_with_its_slides_in_bounded_memory(
    big: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kept: bool,
    policy: MetadataPolicy,
) -> None:
    """Each conversion held the deck, then its PDF, in memory (copied with read_bytes,
    passed around as bytes, written again for the page previews)."""
    import pikepdf

    soffice = big["soffice"]
    monkeypatch.setenv("PATH", f"{soffice.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out = tmp_path / "out"
    out.mkdir()
    cache = tmp_path / "cache" if kept else None
    s = settings(out, preset=WEB, decks_as_pdf=True, metadata=policy, cache_dir=cache)
    plan = plan_export([big["entry"]], s, EVENT, str(soffice))
    report, peak = traced_peak(lambda: run_export(plan))
    assert not report.problems
    [pdf] = [f for f in report.files if f.path.endswith(".pdf")]
    published = report.payload_root / pdf.path
    assert published.stat().st_size > BIG  # the recording still attached
    with pikepdf.open(published) as doc:
        assert len(doc.pages) == SLIDES
        author = str(doc.docinfo.get("/Author", ""))
    assert (author == OWNER) is (policy is MetadataPolicy.KEEP_ALL)
    page = (report.payload_root / "index.html").read_text("utf-8")
    assert len(re.findall(r'<img src="assets/decks/', page)) == SLIDES
    if cache is not None:  # kept for the deck viewer and the next export
        assert PageStore(cache).rendition_path(big["entry"].sha256).stat().st_size > BIG
    assert peak < HELD, f"{peak / 2**20:.0f} MB held to export a 70 MB deck and its PDF"
