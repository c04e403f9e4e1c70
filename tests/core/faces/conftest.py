"""Fixtures for face tests: a catalogue of the licensed face photos, scanned and pictured."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import REPO

FACES = REPO / "tests" / "corpus" / "faces"
# Faces per photo, counted by eye (dlib's HOG detector finds exactly these).
EXPECTED = {
    "obama-1.jpg": 1,
    "obama-2.jpg": 1,
    "obama-3.jpg": 1,
    "obama-4.jpg": 1,
    "biden-1.jpg": 1,
    "biden-2.jpg": 1,
    "rose-leslie-1.jpg": 1,
    "rose-leslie-2.jpg": 1,
    "alex-lacamoire-1.jpg": 1,
    "alex-lacamoire-2.jpg": 1,
    "kit-harington-and-rose-leslie.jpg": 2,
    "obama-and-biden.jpg": 3,
    "two-people.jpg": 2,
}


def faces_installed() -> bool:
    from smparchive.core.media.faces import faces_unavailable

    return faces_unavailable() is None


needs_faces = pytest.mark.skipif(
    not faces_installed(), reason="smparchive[faces] (dlib, face models) not installed"
)


def copy_photos(target: Path, names: list[str] | None = None) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in names or sorted(EXPECTED):
        shutil.copy2(FACES / name, target / name)
    return target


INLINE_OPTIONS: dict[str, Any] = {"workers": 0}


def scanned_catalogue(base: Path, *, faces: bool) -> Path:
    """A catalogue of the face photos with thumbnails; with ``faces``, faces found too."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.faces import scan_faces

    root = copy_photos(base / "photos")
    path = base / "faces.smpcat"
    cat = open_catalog(path, create=True)
    try:
        cat.add_root(root)
        scan(cat, options=ScanOptions(workers=0))
        build_thumbnails(cat, options=ScanOptions(workers=0))
        if faces:
            cat.set_faces_enabled(True)
            scan_faces(cat, options=ScanOptions(workers=0))
    finally:
        cat.close()
    return path


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The face photos catalogued with faces found (module-wide; use ``faces_catalog``)."""
    if not faces_installed():
        pytest.skip("smparchive[faces] not installed")
    return scanned_catalogue(tmp_path_factory.mktemp("faces"), faces=True)


@pytest.fixture
def faces_catalog(found: Path, tmp_path: Path) -> Iterator[Any]:
    """A fresh copy of the catalogue with faces found (its photos and cache shared)."""
    from smparchive.core.catalog.catalog import open_catalog

    target = tmp_path / "copy.smpcat"
    shutil.copy2(found, target)
    cache = found.with_name(found.stem + ".cache")
    if cache.is_dir():
        shutil.copytree(cache, target.with_name(target.stem + ".cache"))
    cat = open_catalog(target)
    try:
        yield cat
    finally:
        cat.close()


def by_name(cat: Any) -> dict[str, list[Any]]:
    """Faces per file name."""
    faces = cat.faces()
    names = {r.id: r.name for r in cat.items(sorted({f.item_id for f in faces}))}
    out: dict[str, list[Any]] = {}
    for f in faces:
        out.setdefault(names[f.item_id], []).append(f)
    return out
