"""Faces found on the device: counts on licensed photos, privacy, incremental, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.core.faces.conftest import EXPECTED, by_name, needs_faces, scanned_catalogue

from smparchive.core.ingest import ScanOptions
from smparchive.core.ingest.faces import FacesDisabled, scan_faces
from smparchive.core.progress import CancelToken, ProgressEvent

pytestmark = needs_faces


def _digests(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


def test_nothing_is_searched_until_the_catalogue_enables_faces(tmp_path: Path) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.models import Face, FaceScan

    path = scanned_catalogue(tmp_path, faces=False)
    cat = open_catalog(path)
    try:
        assert cat.faces_enabled() is False
        with pytest.raises(FacesDisabled, match="off for this catalogue"):
            scan_faces(cat, options=ScanOptions(workers=0))
        with cat._read() as s:
            assert s.scalar(select(func.count()).select_from(Face)) == 0
            assert s.scalar(select(func.count()).select_from(FaceScan)) == 0
        assert cat.face_status().scanned == 0
    finally:
        cat.close()


def test_faces_are_counted_in_worker_processes_and_originals_stay(tmp_path: Path) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    path = scanned_catalogue(tmp_path, faces=False)
    before = _digests(tmp_path / "photos")
    cat = open_catalog(path)
    try:
        cat.set_faces_enabled(True)
        events: list[ProgressEvent] = []
        report = scan_faces(cat, events.append, options=ScanOptions(workers=1))
        assert report.failed == 0 and report.photos == len(EXPECTED)
        found = {name: len(faces) for name, faces in by_name(cat).items()}
        assert found == {name: n for name, n in EXPECTED.items() if n}
        assert report.faces == sum(EXPECTED.values())
        assert events[-1].stage == "faces" and events[-1].done == events[-1].total == 13
        for face in cat.faces():
            assert 0 <= face.x < 1 and 0 <= face.y < 1 and 0 < face.w < 1 and 0 < face.h < 1
        # Incremental: a second run searches nothing again.
        again = scan_faces(cat, options=ScanOptions(workers=0))
        assert again.photos == 0 and len(cat.faces()) == sum(EXPECTED.values())
    finally:
        cat.close()
    assert _digests(tmp_path / "photos") == before  # originals untouched, bytes and times


def test_a_cancelled_search_keeps_its_results_and_resumes(tmp_path: Path) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    path = scanned_catalogue(tmp_path, faces=False)
    cat = open_catalog(path)
    try:
        cat.set_faces_enabled(True)
        cancel = CancelToken()

        def stop_after_three(event: ProgressEvent) -> None:
            if event.done >= 3:
                cancel.cancel()

        first = scan_faces(cat, stop_after_three, cancel, options=ScanOptions(workers=0))
        assert first.cancelled and 3 <= first.photos < len(EXPECTED)
        assert cat.face_status().scanned == first.photos
        rest = scan_faces(cat, options=ScanOptions(workers=0))
        assert not rest.cancelled and first.photos + rest.photos == len(EXPECTED)
        assert len(cat.faces()) == sum(EXPECTED.values())
    finally:
        cat.close()


def test_status_counts(faces_catalog: Any) -> None:
    st = faces_catalog.face_status()
    assert st.enabled and st.scanned == st.candidates == len(EXPECTED)
    assert st.faces == sum(EXPECTED.values()) and st.confirmed == 0
