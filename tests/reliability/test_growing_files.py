"""A file that grows between the look at its size and the read (a card still being written,
a hostile share) is read no further than the limit: memory stays bounded, and what cannot
be read whole is read from the file as it goes, or refused with the reason."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.memory_peak import traced_peak
from tests.reliability.faults import snapshot

from smparchive.core.export.imaging import SourceProblem, read_verified
from smparchive.core.ingest import tasks
from smparchive.core.media import photo, webvtt
from smparchive.core.media.info import Kind, MediaInfo, Outcome
from smparchive.core.media.xmp import apply_sidecar

GROWTH = 16 * 1024 * 1024  # what the writer adds after each look
BOUND = 4 * 1024 * 1024  # a bounded read holds at most its limit + 1 MB
CAP = 1024 * 1024


@pytest.fixture
def growing(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Files that grew by GROWTH bytes after a look at their status, which still reports
    the size and time from before (as a card still being written does)."""
    stale: dict[str, os.stat_result] = {}
    real = os.stat

    def stat(path: Any, *args: Any, **kw: Any) -> os.stat_result:
        if isinstance(path, str | os.PathLike) and os.fspath(path) in stale:
            return stale[os.fspath(path)]
        return real(path, *args, **kw)

    def grow(path: Path) -> None:
        stale[str(path)] = real(path)
        with open(path, "ab") as fh:
            fh.write(bytes(GROWTH))

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(photo, "READ_CAP", CAP)
    return grow


def _jpeg(path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 40, 40)).save(path, quality=90)
    return path


def test_a_photo_growing_while_probed_is_catalogued_from_the_file(
    tmp_path: Path, growing: Callable[[Path], None]
) -> None:
    jpg = _jpeg(tmp_path / "card.jpg")
    growing(jpg)
    before = snapshot(tmp_path)
    info = MediaInfo(kind=Kind.PHOTO)
    _result, peak = traced_peak(lambda: photo.probe_photo(jpg, info, (256,)))
    assert snapshot(tmp_path) == before  # the original is only read
    assert info.outcome is Outcome.OK, info.problems
    assert (info.width, info.height) == (64, 48)
    assert peak < BOUND, f"{peak / 2**20:.1f} MB held"


def test_the_scans_first_look_at_a_growing_photo_hashes_it_as_read(
    tmp_path: Path, growing: Callable[[Path], None]
) -> None:
    jpg = _jpeg(tmp_path / "card.jpg")
    growing(jpg)
    look, peak = traced_peak(lambda: tasks.first_look(str(jpg)))
    assert look.info.outcome is Outcome.OK, look.info.problems
    assert look.sha256 == hashlib.sha256(jpg.read_bytes()).hexdigest()
    assert peak < BOUND, f"{peak / 2**20:.1f} MB held"


def test_the_hash_stage_on_a_growing_photo_stays_bounded(
    tmp_path: Path, growing: Callable[[Path], None]
) -> None:
    jpg = _jpeg(tmp_path / "card.jpg")
    growing(jpg)
    st = jpg.stat()
    pictures = str(tmp_path / "cache")
    hashed, peak = traced_peak(
        lambda: tasks.head_hash(str(jpg), st.st_size, st.st_mtime_ns, pictures=pictures)
    )
    assert isinstance(hashed, tasks.Hashed)
    assert hashed.sha256 == hashlib.sha256(jpg.read_bytes()).hexdigest()
    assert peak < BOUND, f"{peak / 2**20:.1f} MB held"


def test_a_sidecar_growing_past_its_limit_is_ignored_with_the_reason(
    tmp_path: Path, growing: Callable[[Path], None]
) -> None:
    jpg = _jpeg(tmp_path / "card.jpg")
    sidecar = tmp_path / "card.jpg.xmp"
    sidecar.write_text(
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/></x:xmpmeta>\n"
    )
    growing(sidecar)
    info = MediaInfo(kind=Kind.PHOTO)
    _none, peak = traced_peak(lambda: apply_sidecar(jpg, info, 64 * 1024))
    assert info.problems == ["The XMP sidecar card.jpg.xmp is too large and was ignored."]
    assert info.sidecar_path is None
    assert peak < BOUND, f"{peak / 2**20:.1f} MB held"


def test_a_caption_file_growing_past_its_limit_is_refused_with_the_reason(
    tmp_path: Path, growing: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webvtt, "MAX_BYTES", CAP)
    vtt = tmp_path / "talk.fr.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour\n")
    growing(vtt)

    def refusal() -> str:
        with pytest.raises(webvtt.CaptionsError) as caught:
            webvtt.read_webvtt(vtt)
        return str(caught.value)

    said, peak = traced_peak(refusal)
    assert said == "The caption file talk.fr.vtt is larger than 1 MB."
    assert peak < BOUND, f"{peak / 2**20:.1f} MB held"


def test_an_original_grown_since_catalogued_is_left_out_of_an_export_unread(
    tmp_path: Path,
) -> None:
    jpg = _jpeg(tmp_path / "card.jpg")
    data = jpg.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with open(jpg, "ab") as fh:  # the card's writer went on after the scan
        fh.write(bytes(GROWTH))

    def refusal() -> str:
        with pytest.raises(SourceProblem) as caught:
            read_verified(str(jpg), digest, len(data))
        return str(caught.value)

    said, peak = traced_peak(refusal)
    assert "changed" in said and "card.jpg" in said
    assert peak < BOUND, f"{peak / 2**20:.1f} MB held"
