"""Blurring the faces of people who may not be published in a publication export: the photo
that was held back goes out with that face unrecognisable, the rest of the picture as it
was, the preflight and the history say whose faces, and the originals stay untouched."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from tests.core.faces.conftest import by_name, needs_faces

from smparchive.core.export import SOCIAL, WEB, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog, preflight
from smparchive.core.export.faceblur import grown
from smparchive.core.export.presets import MetadataPolicy

pytestmark = needs_faces

BIDEN = "biden-1.jpg"
GROUP = "obama-and-biden.jpg"  # Biden, Obama and a girl


def _withdraw_biden(cat: Any) -> dict[str, int]:
    """Joe Biden named on his photos, every photo cleared, then his consent withdrawn."""
    faces = by_name(cat)
    (face,) = faces[BIDEN]
    assert face.cluster is not None
    cat.name_cluster(int(face.cluster), "Joe Biden")
    cat.set_fields(cat.query_ids(), consent="cleared")
    cat.set_person_consent("Joe Biden", "none", withdrawn_on=date(2026, 11, 30))
    ids = {r.name: r.id for r in cat.items(cat.query_ids())}
    return {BIDEN: ids[BIDEN], GROUP: ids[GROUP]}


def _settings(target: Path, **kw: Any) -> ExportSettings:
    target.mkdir(parents=True, exist_ok=True)
    kw.setdefault("web_page", False)
    return ExportSettings(target_dir=target, bundle_name="web", preset=WEB, **kw)


def _picture(bundle: Path, rows: list[dict[str, str]], item_id: int) -> Image.Image:
    (row,) = [r for r in rows if r["dcterms:identifier"] == str(item_id)]
    return Image.open(bundle / row["path"]).convert("L")


def _rows(bundle: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((bundle / "manifest.csv").read_text("utf-8"))))


def _edges(im: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Mean edge strength inside ``box`` (kept clear of its border): how much detail that
    part of the picture holds."""
    inner = (box[0] + 4, box[1] + 4, box[2] - 4, box[3] - 4)
    return float(ImageStat.Stat(im.filter(ImageFilter.FIND_EDGES).crop(inner)).mean[0])


def test_withdrawn_person_is_held_back_without_the_option_and_blurred_with_it(
    faces_catalog: Any, tmp_path: Path
) -> None:
    cat = faces_catalog
    ids = _withdraw_biden(cat)
    originals = {
        r.path: (hashlib.sha256(Path(r.path).read_bytes()).hexdigest(), Path(r.path).stat())
        for r in cat.items(list(ids.values()))
    }
    source = ExportSource.items(ids.values())

    plain = preflight(cat, source, _settings(tmp_path / "plain"))
    assert {h.item_id for h in plain.held_back} == set(ids.values())
    assert plain.blurred == []

    settings = _settings(tmp_path / "blur", blur_faces=True, include_people=True)
    check = preflight(cat, source, settings)
    assert check.held_back == []
    assert {b.item_id: b.people for b in check.blurred} == {
        ids[BIDEN]: ("Joe Biden",),
        ids[GROUP]: ("Joe Biden",),
    }
    assert all(b.unidentified == 0 for b in check.blurred)
    assert "Faces blurred (2):" in check.report_text()
    assert "Joe Biden" in check.report_text()
    assert not check.plan.warnings
    # A caption that names him would name him beside his blurred face: the preflight warns.
    cat.set_text([ids[BIDEN]], "caption", "en", "Joe Biden at the reception")
    check = preflight(cat, source, settings)
    (warning,) = check.plan.warnings
    assert "biden-1.jpg: the caption names Joe Biden, whose face is blurred" in warning
    cat.set_text([ids[BIDEN]], "caption", "en", None)
    check = preflight(cat, source, settings)

    outcome = export_from_catalog(cat, source, settings)
    bundle = outcome.report.bundle
    rows = _rows(bundle)
    assert {r["dcterms:identifier"]: r["faces blurred"] for r in rows} == {
        str(ids[BIDEN]): "1",
        str(ids[GROUP]): "1",
    }
    assert all(r["consent status"] == "cleared" for r in rows)
    # The published files never name him: not in the pictures' metadata, not in the manifests.
    for path in bundle.rglob("*"):
        if path.is_file():
            assert b"Joe Biden" not in path.read_bytes(), path.name
    # The history (inside the catalogue) says whose faces were blurred.
    history = outcome.report.history_record()["faces_blurred"]
    assert isinstance(history, list)
    assert sorted(history, key=lambda d: d["item_id"]) == [
        {"item_id": str(i), "people": ["Joe Biden"], "unidentified": 0}
        for i in sorted(ids.values(), key=str)
    ]
    for path, (digest, stat) in originals.items():  # originals untouched
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == digest
        assert Path(path).stat().st_mtime_ns == stat.st_mtime_ns


def test_the_face_loses_its_detail_and_the_rest_of_the_picture_is_unchanged(
    faces_catalog: Any, tmp_path: Path
) -> None:
    cat = faces_catalog
    ids = _withdraw_biden(cat)
    source = ExportSource.items([ids[BIDEN]])
    page = {"blur_faces": True, "web_page": True}
    blurred = export_from_catalog(cat, source, _settings(tmp_path / "b", **page))
    # The same export of the same photo with his consent cleared: nothing blurred.
    cat.set_person_consent("Joe Biden", "none")
    clear = export_from_catalog(cat, source, _settings(tmp_path / "c", **page))
    assert clear.report.history_record()["faces_blurred"] == []
    a = _picture(blurred.report.bundle, _rows(blurred.report.bundle), ids[BIDEN])
    b = _picture(clear.report.bundle, _rows(clear.report.bundle), ids[BIDEN])
    assert a.size == b.size
    (face,) = by_name(cat)[BIDEN]
    x, y, w, h = grown((face.x, face.y, face.w, face.h))
    box = (
        round(x * a.width),
        round(y * a.height),
        round((x + w) * a.width),
        round((y + h) * a.height),
    )
    # Inside: the face's detail is gone (eyes, mouth, hair: 16 -> 1 here).
    assert _edges(a, box) < 0.15 * _edges(b, box)
    # Outside (beyond the JPEG blocks that straddle the box's edge): the same picture.
    margin = 24
    mask = Image.new("L", a.size, 255)
    mask.paste(0, (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin))
    diff = ImageChops.difference(a, b)
    outside = ImageStat.Stat(diff, mask)
    assert outside.mean[0] < 0.5
    assert outside.extrema[0][1] <= 8
    assert ImageStat.Stat(diff).sum[0] > 0  # and the face did change
    # The publication page's preview is made from the blurred picture too.
    (small,) = (blurred.report.bundle / "assets" / "previews").iterdir()
    (plain,) = (clear.report.bundle / "assets" / "previews").iterdir()
    p, q = Image.open(small).convert("L"), Image.open(plain).convert("L")
    k = p.width / a.width
    inner = (
        round(box[0] * k) + 1,
        round(box[1] * k) + 1,
        round(box[2] * k) - 1,
        round(box[3] * k) - 1,
    )
    assert _edges(p, inner) < 0.25 * _edges(q, inner)


def test_also_blurring_unidentified_faces(faces_catalog: Any, tmp_path: Path) -> None:
    cat = faces_catalog
    ids = _withdraw_biden(cat)
    source = ExportSource.items([ids[GROUP]])
    only = preflight(cat, source, _settings(tmp_path / "a", blur_faces=True))
    (item,) = only.blurred
    assert item.unidentified == 0
    settings = _settings(tmp_path / "b", blur_faces=True, blur_unknown_faces=True)
    (item,) = preflight(cat, source, settings).blurred
    assert item.people == ("Joe Biden",) and item.unidentified == 2
    assert item.text == "Joe Biden; 2 unidentified faces"
    # An archive hand-over is never blurred (and never held back).
    archive = preflight(cat, source, replace(settings, audience=settings.audience.ARCHIVE))
    assert archive.blurred == [] and archive.held_back == []


def _regions(path: Path) -> list[dict[str, Any]]:
    import shutil
    import subprocess

    exiftool = shutil.which("exiftool")
    if exiftool is None:
        pytest.skip("exiftool is not installed")
    done = subprocess.run(
        [exiftool, "-j", "-struct", "-RegionInfo", str(path)], capture_output=True, check=True
    )
    (info,) = json.loads(done.stdout)
    return list(info.get("RegionInfo", {}).get("RegionList", []))


def test_named_faces_go_out_as_mwg_regions_but_never_a_blurred_or_unnamed_person(
    faces_catalog: Any, tmp_path: Path
) -> None:
    cat = faces_catalog
    ids = _withdraw_biden(cat)
    (first,) = by_name(cat)["obama-1.jpg"]
    (obama,) = [f for f in by_name(cat)[GROUP] if f.cluster == first.cluster]
    cat.name_cluster(int(first.cluster), "Barack Obama")
    source = ExportSource.items([ids[GROUP]])

    def export(name: str, **kw: Any) -> Path:
        out = export_from_catalog(cat, source, _settings(tmp_path / name, **kw)).report.bundle
        (row,) = _rows(out)
        return out / row["path"]

    # Named in the metadata: Obama's face is a region Lightroom and digiKam read; Biden's
    # (blurred) and the girl's (nobody named her) are not.
    picture = export("named", include_people=True, blur_faces=True)
    (region,) = _regions(picture)
    assert region["Name"] == "Barack Obama" and region["Type"] == "Face"
    a = region["Area"]
    assert a["Unit"] == "normalized"
    assert (a["X"] - a["W"] / 2, a["Y"] - a["H"] / 2, a["W"], a["H"]) == pytest.approx(
        (obama.x, obama.y, obama.w, obama.h), abs=1e-4
    )
    with Image.open(picture) as im:
        assert _applied(picture) == {"W": im.width, "H": im.height, "Unit": "pixel"}
    assert b"Joe Biden" not in picture.read_bytes()
    # People not named in the metadata (the default), or no metadata: no regions at all.
    assert _regions(export("anonymous", blur_faces=True)) == []
    assert b"Barack Obama" not in export("anonymous2", blur_faces=True).read_bytes()
    stripped = export(
        "strip", include_people=True, blur_faces=True, metadata=MetadataPolicy.STRIP_ALL
    )
    assert _regions(stripped) == []
    # A cropped rendition (social 1:1, 4:5, 16:9): the region follows the crop.
    social = export_from_catalog(
        cat,
        source,
        replace(
            _settings(tmp_path / "social", include_people=True, blur_faces=True), preset=SOCIAL
        ),
    ).report.bundle
    crops = [social / r["path"] for r in _rows(social)]
    assert len(crops) == 3
    assert any(_regions(c) for c in crops)
    for crop in crops:
        for region in _regions(crop):
            assert region["Name"] == "Barack Obama"
            area = region["Area"]
            assert area["X"] - area["W"] / 2 >= 0 and area["X"] + area["W"] / 2 <= 1.0001


def _applied(path: Path) -> dict[str, Any]:
    import shutil
    import subprocess

    exiftool = shutil.which("exiftool")
    assert exiftool is not None
    done = subprocess.run(
        [exiftool, "-j", "-struct", "-RegionInfo", str(path)], capture_output=True, check=True
    )
    (info,) = json.loads(done.stdout)
    return dict(info["RegionInfo"]["AppliedToDimensions"])


def test_a_person_tagged_without_a_confirmed_face_keeps_the_photo_held_back(
    faces_catalog: Any, tmp_path: Path
) -> None:
    cat = faces_catalog
    ids = _withdraw_biden(cat)
    # Jane Roe was tagged by hand on Biden's photo: no face of hers to blur.
    cat.tag_items([ids[BIDEN]], ["Jane Roe"], kind="person")
    cat.set_person_consent("Jane Roe", "do_not_publish")
    source = ExportSource.items(ids.values())
    check = preflight(cat, source, _settings(tmp_path / "a", blur_faces=True))
    (held,) = check.held_back
    assert held.item_id == ids[BIDEN] and held.unblurred == ("Jane Roe",)
    assert "Jane Roe: no confirmed face of theirs in this photo to blur" in check.report_text()
    assert [b.item_id for b in check.blurred] == [ids[GROUP]]
    # Without blurring asked for, nothing is said about faces.
    plain = preflight(cat, source, _settings(tmp_path / "b"))
    assert all(h.unblurred == () for h in plain.held_back)
