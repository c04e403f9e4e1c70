"""MWG face regions: written to sidecars as Lightroom and digiKam read them (checked with
exiftool), read from files that have them, orientation handled both ways."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from tests.core.faces.conftest import by_name, copy_photos, needs_faces
from tests.memory_peak import traced_peak

from smparchive.core.domain.sidecars_xmp import SidecarMetadata, merge_sidecar
from smparchive.core.media.mwg import (
    FaceRegions,
    Region,
    read_regions,
    regions_element,
    to_stored,
    to_upright,
)

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")


def exiftool(*args: str) -> list[dict[str, Any]]:
    assert EXIFTOOL is not None
    done = subprocess.run([EXIFTOOL, "-j", "-struct", *args], capture_output=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_boxes_turn_with_the_orientation_and_back(orientation: int) -> None:
    box = (0.1, 0.2, 0.3, 0.15)
    stored = to_stored(box, orientation)
    assert all(0 <= v <= 1 for v in stored)
    assert to_upright(stored, orientation) == pytest.approx(box)
    if orientation == 6:  # shown turned clockwise: the stored picture's x is the upright y
        assert stored == pytest.approx((0.2, 1 - 0.1 - 0.3, 0.15, 0.3))


def test_regions_round_trip_through_xml() -> None:
    regions = (Region("Ada Lovelace", 0.1, 0.2, 0.3, 0.15), Region(None, 0.5, 0.5, 0.1, 0.1))
    for orientation in (1, 6, 8, 3):
        el = regions_element(regions, (4000, 3000), orientation)
        back = read_regions(el, orientation)
        assert [r.name for r in back] == ["Ada Lovelace", None]
        for a, b in zip(back, regions, strict=True):
            assert (a.x, a.y, a.w, a.h) == pytest.approx((b.x, b.y, b.w, b.h), abs=1e-5)


@needs_exiftool
def test_sidecar_regions_read_by_exiftool_and_others_kept(tmp_path: Path) -> None:
    meta = SidecarMetadata(
        people=("Ada Lovelace",),
        regions=FaceRegions((Region("Ada Lovelace", 0.4, 0.1, 0.2, 0.3),), (640, 480), 1),
    )
    side = tmp_path / "photo.xmp"
    side.write_bytes(merge_sidecar(None, meta).data)
    (info,) = exiftool(str(side))
    (region,) = info["RegionInfo"]["RegionList"]
    assert region["Name"] == "Ada Lovelace" and region["Type"] == "Face"
    area = region["Area"]
    assert (area["X"], area["Y"], area["W"], area["H"]) == pytest.approx((0.5, 0.25, 0.2, 0.3))
    assert area["Unit"] == "normalized"
    assert info["RegionInfo"]["AppliedToDimensions"] == {"W": 640, "H": 480, "Unit": "pixel"}
    # Metadata without regions leaves another program's regions alone.
    again = merge_sidecar(side.read_bytes(), SidecarMetadata(people=("Ada Lovelace",), rating=3))
    side.write_bytes(again.data)
    (info,) = exiftool(str(side))
    assert info["RegionInfo"]["RegionList"][0]["Name"] == "Ada Lovelace"


def test_a_huge_sidecars_regions_are_read_from_its_head_in_bounded_memory(
    tmp_path: Path,
) -> None:
    """A sidecar was read whole for the regions in its first megabytes: one padded to
    70 MB (or gigabytes) was held whole."""
    from smparchive.core.ingest.faces import file_regions

    meta = SidecarMetadata(
        people=("Ada Lovelace",),
        regions=FaceRegions((Region("Ada Lovelace", 0.4, 0.1, 0.2, 0.3),), (640, 480), 1),
    )
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xd9")
    side = tmp_path / "photo.xmp"
    side.write_bytes(merge_sidecar(None, meta).data)
    with open(side, "ab") as fh:
        fh.truncate(70 * 1024 * 1024)  # padding after the packet (sparse on disk)
    (region,), peak = traced_peak(lambda: file_regions(str(tmp_path / "photo.jpg"), 1))
    assert region[0] == "Ada Lovelace"
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a 70 MB sidecar"


@needs_faces
@needs_exiftool
def test_named_faces_go_to_sidecars_and_regions_in_files_name_faces(tmp_path: Path) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.faces import scan_faces
    from smparchive.core.organise.sidecars import write_sidecars

    root = copy_photos(tmp_path / "photos", ["obama-1.jpg", "biden-1.jpg", "two-people.jpg"])
    # Lightroom (here: exiftool) named Biden's face in one photo, inside the file.
    subprocess.run(
        [
            str(EXIFTOOL), "-q", "-overwrite_original",
            "-RegionInfo={AppliedToDimensions={W=282,H=640,Unit=pixel},RegionList=[{Area={"
            "X=0.6,Y=0.18,W=0.36,H=0.17,Unit=normalized},Name=Joe Biden,Type=Face}]}",
            str(root / "biden-1.jpg"),
        ],
        check=True,
    )  # fmt: skip
    before = {p.name: p.read_bytes() for p in root.iterdir()}
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        rid = cat.add_root(root).value
        cat.set_root_options(rid, sidecar_policy="beside")
        scan(cat, options=ScanOptions(workers=0))
        build_thumbnails(cat, options=ScanOptions(workers=0))
        cat.set_faces_enabled(True)
        report = scan_faces(cat, options=ScanOptions(workers=0))
        assert report.from_files == 1
        faces = by_name(cat)
        (biden,) = faces["biden-1.jpg"]
        assert biden.person == "Joe Biden" and biden.state == "confirmed"
        assert biden.source == "detected"  # the region named the face the detector found
        # Joe Biden's other photo is suggested from the face the file named.
        assert any(
            f.person == "Joe Biden" and f.state == "suggested" for f in faces["two-people.jpg"]
        )
        (obama,) = faces["obama-1.jpg"]
        cat.name_faces([obama.id], "Barack Obama")
        write_sidecars(cat, cat.query_ids())
        (info,) = exiftool(str(root / "obama-1.jpg.xmp"))
        (region,) = info["RegionInfo"]["RegionList"]
        assert region["Name"] == "Barack Obama" and region["Type"] == "Face"
        a = region["Area"]
        assert (a["X"] - a["W"] / 2, a["Y"] - a["H"] / 2, a["W"], a["H"]) == pytest.approx(
            (obama.x, obama.y, obama.w, obama.h), abs=1e-5
        )
        assert info["PersonInImage"] == ["Barack Obama"]
    finally:
        cat.close()
    for name, data in before.items():  # originals untouched
        assert (root / name).read_bytes() == data


@needs_faces
@needs_exiftool
def test_rejecting_the_last_confirmed_face_takes_its_region_out_of_the_sidecar(
    tmp_path: Path,
) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.faces import scan_faces
    from smparchive.core.organise.sidecars import write_sidecars

    root = copy_photos(tmp_path / "photos", ["obama-1.jpg"])
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        rid = cat.add_root(root).value
        cat.set_root_options(rid, sidecar_policy="beside")
        scan(cat, options=ScanOptions(workers=0))
        build_thumbnails(cat, options=ScanOptions(workers=0))
        cat.set_faces_enabled(True)
        scan_faces(cat, options=ScanOptions(workers=0))
        (face,) = by_name(cat)["obama-1.jpg"]
        cat.name_faces([face.id], "Barack Obama")
        write_sidecars(cat, cat.query_ids())
        (info,) = exiftool(str(root / "obama-1.jpg.xmp"))
        assert info["RegionInfo"]["RegionList"][0]["Name"] == "Barack Obama"
        cat.reject_faces([face.id])  # not him after all
        write_sidecars(cat, cat.query_ids())
        (info,) = exiftool(str(root / "obama-1.jpg.xmp"))
        assert "RegionInfo" not in info
        assert "Barack Obama" not in (root / "obama-1.jpg.xmp").read_text("utf-8")
    finally:
        cat.close()


@needs_exiftool
def test_a_jpegs_regions_are_read_from_its_segments_not_its_first_megabyte(
    tmp_path: Path,
) -> None:
    import io

    from PIL import Image

    from smparchive.core.ingest.faces import HEAD_BYTES, file_regions, metadata_head

    big = tmp_path / "big.jpg"
    Image.effect_noise((3000, 2000), 60).convert("RGB").save(big, quality=95)
    assert big.stat().st_size > 2 * HEAD_BYTES
    subprocess.run(
        [
            str(EXIFTOOL), "-q", "-overwrite_original",
            "-RegionInfo={RegionList=[{Area={X=0.5,Y=0.4,W=0.2,H=0.3,Unit=normalized},"
            "Name=Ada Lovelace,Type=Face}]}",
            str(big),
        ],
        check=True,
    )  # fmt: skip
    with open(big, "rb") as fh:
        head = metadata_head(fh)
    assert len(head) < 64 * 1024 and b"Ada Lovelace" in head
    (region,) = file_regions(str(big), 1)
    assert region[0] == "Ada Lovelace"
    assert region[1:] == pytest.approx((0.4, 0.25, 0.2, 0.3))
    # Not a JPEG (or not a well-formed one): the first megabyte, as before.
    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, "PNG")
    assert metadata_head(io.BytesIO(png.getvalue())) == png.getvalue()
    broken = b"\xff\xd8\x00garbage" + b"x" * 100
    assert metadata_head(io.BytesIO(broken)) == broken


def test_regions_of_a_rendition_follow_its_crop_and_its_size() -> None:
    from smparchive.core.export.metadata import ImageMetadata, for_rendition, with_size
    from smparchive.core.export.presets import MetadataPolicy
    from smparchive.core.media.safety import parse_xml
    from smparchive.core.media.xmp import XmpFields, build_xmp, extract_packet

    faces = (Region("Ada", 0.1, 0.2, 0.2, 0.2), Region("Bob", 0.7, 0.2, 0.2, 0.2))
    meta = ImageMetadata(
        MetadataPolicy.PUBLICATION, build_xmp(XmpFields(title={"x-default": "t"})), regions=faces
    )

    def regions(m: ImageMetadata) -> list[Region]:
        packet = extract_packet(m.xmp)
        assert packet is not None
        return read_regions(parse_xml(packet), 1)

    assert [r.name for r in regions(for_rendition(meta, (2000, 1000)))] == ["Ada", "Bob"]
    # A square crop of the left half: Ada inside (her box as fractions of the crop), Bob not.
    (ada,) = regions(for_rendition(meta, (1080, 1080), (0.0, 0.0, 0.5, 1.0)))
    assert ada.name == "Ada"
    assert (ada.x, ada.y, ada.w, ada.h) == pytest.approx((0.2, 0.2, 0.4, 0.2))
    # Made smaller to fit a file size limit: the regions say the size they apply to.
    small = with_size(for_rendition(meta, (2000, 1000)), (1500, 750))
    assert b'stDim:w="1500" stDim:h="750"' in small.xmp
    assert len(regions(small)) == 2
    # Metadata stripped: nothing.
    bare = ImageMetadata(MetadataPolicy.STRIP_ALL, regions=faces)
    assert for_rendition(bare, (10, 10)) is bare
