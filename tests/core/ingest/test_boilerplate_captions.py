"""Camera boilerplate ("OLYMPUS DIGITAL CAMERA") is no caption: not stored, not on a page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image

from smparchive.core.domain.query import parse_query
from smparchive.core.ingest import ScanOptions, scan
from smparchive.core.media.boilerplate import device_like, is_boilerplate

INLINE = ScanOptions(workers=0)


def photo(path: Path, make: str, model: str, description: str, n: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x010E] = make, model, description
    exif[0x8769] = {0x9003: f"2022:06:01 10:{n:02d}:00"}
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (n * 20 % 255, 80, 120)).save(buf, "JPEG", exif=exif.tobytes())
    path.write_bytes(buf.getvalue())


def captions(catalog: Any) -> dict[str, dict[str, str]]:
    return {i.name: dict(i.captions) for i in catalog.items(catalog.query_ids())}


def test_known_maker_strings_and_own_model() -> None:
    for text in ("OLYMPUS DIGITAL CAMERA", "SONY DSC", "  DIGITAL CAMERA\x00 ", "sony dsc"):
        assert is_boilerplate(text)
    assert is_boilerplate("ILCE-7M3", "SONY", "ILCE-7M3")
    assert is_boilerplate("SONY ILCE-7M3", "SONY", "ILCE-7M3")
    assert not is_boilerplate("Opening of the SMP conference", "SONY", "ILCE-7M3")
    assert device_like("<KENOX S630  / Samsung S630>", "Samsung Techwin", "KENOX S630")
    assert not device_like("SMP 2022 Brussels", "Canon", "EOS R6")


def test_scan_ignores_boilerplate_and_camera_wide_labels(catalog: Any, tmp_path: Path) -> None:
    media = tmp_path / "m"
    photo(media / "oly.jpg", "OLYMPUS IMAGING CORP.", "E-M10", "OLYMPUS DIGITAL CAMERA", 1)
    for n in range(3):  # the same device label on every photo of one camera
        photo(media / f"kenox{n}.jpg", "Samsung Techwin", "KENOX S630",
              "<KENOX S630  / Samsung S630>", n)  # fmt: skip
    for n in range(3):  # the same real caption on every photo of another camera: kept
        photo(media / f"canon{n}.jpg", "Canon", "EOS R6", "SMP 2022, Brussels", n)
    photo(media / "single.jpg", "Pentax", "K-1", "Pentax K-1 test shot", 5)  # one photo: kept
    catalog.add_root(media)
    scan(catalog, options=INLINE)
    got = captions(catalog)
    assert got["oly.jpg"] == {}
    assert all(got[f"kenox{n}.jpg"] == {} for n in range(3))
    assert all(got[f"canon{n}.jpg"] == {"x-default": "SMP 2022, Brussels"} for n in range(3))
    assert got["single.jpg"] == {"x-default": "Pentax K-1 test shot"}
    # Not searchable by the dropped text either; the real caption is.
    assert catalog.query_ids(parse_query("samsung", catalog)) == []
    assert len(catalog.query_ids(parse_query("brussels", catalog))) == 3


def test_a_person_s_caption_on_a_boilerplate_camera_is_kept(catalog: Any, tmp_path: Path) -> None:
    media = tmp_path / "m"
    for n in range(3):
        photo(media / f"k{n}.jpg", "Samsung Techwin", "KENOX S630", "KENOX S630 camera", n)
    catalog.add_root(media)
    scan(catalog, options=INLINE)
    ids = sorted(catalog.query_ids())
    catalog.set_text(ids[:1], "caption", "fr", "Accueil des participants")
    catalog.drop_camera_boilerplate()
    got = captions(catalog)
    assert sorted(map(len, got.values())) == [0, 0, 1]
    assert {"fr": "Accueil des participants"} in got.values()
