"""Which sidecar belongs to a file: name.ext.xmp always, name.xmp only without siblings."""

from __future__ import annotations

from pathlib import Path

from smparchive.core.media.xmp import find_sidecar


def test_shared_base_name_sidecar_is_not_claimed_by_siblings(tmp_path: Path) -> None:
    jpg, raw = tmp_path / "IMG_1.JPG", tmp_path / "IMG_1.CR2"
    jpg.write_bytes(b"x")
    raw.write_bytes(b"y")
    (tmp_path / "IMG_1.xmp").write_text("<x/>")
    assert find_sidecar(jpg) is None and find_sidecar(raw) is None
    (tmp_path / "IMG_1.JPG.xmp").write_text("<x/>")
    assert find_sidecar(jpg) == tmp_path / "IMG_1.JPG.xmp"


def test_base_name_sidecar_applies_to_a_lone_file(tmp_path: Path) -> None:
    jpg = tmp_path / "IMG_2.JPG"
    jpg.write_bytes(b"x")
    (tmp_path / "IMG_2.xmp").write_text("<x/>")
    assert find_sidecar(jpg) == tmp_path / "IMG_2.xmp"
