"""Blurring the faces of people who may not be published in a publication export: the photo
that was held back goes out with that face unrecognisable, the rest of the picture as it
was, the preflight and the history say whose faces, and the originals stay untouched."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageFilter, ImageStat
from tests.core.faces.conftest import by_name, needs_faces

from smparchive.core.export import WEB, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog, preflight
from smparchive.core.export.faceblur import grown

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
    return ExportSettings(target_dir=target, bundle_name="web", preset=WEB, web_page=False, **kw)


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
    blurred = export_from_catalog(cat, source, _settings(tmp_path / "b", blur_faces=True))
    # The same export of the same photo with his consent cleared: nothing blurred.
    cat.set_person_consent("Joe Biden", "none")
    clear = export_from_catalog(cat, source, _settings(tmp_path / "c", blur_faces=True))
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
