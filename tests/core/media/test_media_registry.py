"""The probe registry: one table of what is read, by which probe, under which names."""

from __future__ import annotations

from pathlib import Path

import pytest

from smparchive.core.media import classify
from smparchive.core.media.info import Kind
from smparchive.core.media.probe import probe_for
from smparchive.core.media.registry import FORMATS, PROBES, extensions, kind_words


def test_every_kind_but_other_has_exactly_one_probe() -> None:
    covered = [k for e in PROBES for k in e.kinds]
    assert sorted(covered) == sorted(k for k in Kind if k is not Kind.OTHER)
    assert probe_for(Kind.OTHER) is None
    assert type(probe_for(Kind.PHOTO)).__name__ == "PhotoProbe"
    assert type(probe_for(Kind.AUDIO)).__name__ == "VideoProbe"


def test_formats_agree_with_what_classify_reports() -> None:
    by_name = {f.name: f for f in FORMATS}
    assert len(by_name) == len(FORMATS)  # mime_of and classify name each format once
    jpeg = (b"\xff\xd8\xff\xe0" + b"\x00" * 60, "JPEG")
    pdf = (b"%PDF-1.7\n" + b"\x00" * 60, "PDF")
    for head, name in (jpeg, pdf):
        kind, mime, got = classify.classify(Path("x.bin"), head)
        assert (kind, mime, got) == (by_name[name].kind, by_name[name].mime, name)


def test_extensions_and_kind_words() -> None:
    assert ".jpg" in extensions(Kind.PHOTO) and ".jpg" not in extensions(Kind.VIDEO)
    assert ".pptx" in extensions() and len(set(extensions())) == len(extensions())
    words = kind_words()
    assert words["decks"] is Kind.SLIDES and words["pdf"] is Kind.DOCUMENT
    assert words["photos"] is Kind.PHOTO and words["other"] is Kind.OTHER


@pytest.mark.parametrize("word", ["deck", "decks", "slides", "pdf", "documents"])
def test_query_language_takes_the_registry_words(word: str) -> None:
    from smparchive.core.domain.query import parse_search

    class NoCatalog:  # kind: needs no look-ups
        def __getattr__(self, name: str) -> object:
            raise AssertionError(name)

    kinds = parse_search(f"kind:{word}", NoCatalog()).filter.kinds  # type: ignore[arg-type]
    assert kinds in (("slides",), ("document",))


def test_an_extension_claims_what_the_registry_says() -> None:
    # content not recognised: a photo, video or audio format's extension lets FFmpeg or
    # Pillow try; a document's name alone makes nothing a document
    for f in FORMATS:
        for ext in f.extensions:
            kind, mime, name = classify.guess_from_extension(Path("x" + ext.upper()))
            if f.kind in (Kind.PHOTO, Kind.VIDEO, Kind.AUDIO):
                assert (kind, mime, name) == (f.kind, None, ext[1:].upper())
            else:
                assert kind is Kind.OTHER
    assert classify.guess_from_extension(Path("notes.xyz")) == classify.UNKNOWN


def test_misleading_names_know_every_registry_extension() -> None:
    from smparchive.core.ingest.walk import misleading_name

    for ext in extensions():
        assert misleading_name(f"talk{ext}.exe") is not None, ext
    assert misleading_name("IMG_0001.JPG") is None
