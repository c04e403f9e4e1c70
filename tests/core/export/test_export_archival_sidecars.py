"""Archival packages (a BagIt bag, an archive hand-over) from a real catalogue: the
originals go out byte-identical and the catalogue's edits travel beside each one in the XMP
sidecar photo programs read (Lightroom, digiKam, exiftool), not only in the manifests."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import bagit
import pytest
from export_helpers import jpeg_bytes, sha256

from smparchive.core.domain.sidecars_xmp import read_sidecar
from smparchive.core.export import ORIGINALS, WEB, Audience, ExportSettings, TargetKind
from smparchive.core.export.catalog_export import ExportSource, export_from_catalog

EXIFTOOL = shutil.which("exiftool")


@pytest.fixture
def edited(catalog: Any, tmp_path: Path) -> dict[str, Any]:
    """Two ingested photos an archivist described in English and French."""
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    for i in range(2):
        (media / f"IMG_{i:04d}.JPG").write_bytes(jpeg_bytes((320, 240), seed=i))
    root = catalog.add_root(media).value
    scan(catalog, [root], options=ScanOptions(workers=0))
    ids = sorted(catalog.query_ids(), key=lambda i: catalog.item(i).name)
    first = ids[:1]
    catalog.set_fields(ids, consent="cleared")
    catalog.set_text(first, "title", "en", "Closing panel")
    catalog.set_text(first, "title", "fr", "Panel de clôture")
    catalog.set_text(first, "caption", "en", "Ministers answer the audience.")
    catalog.set_text(first, "caption", "fr", "Les ministres répondent au public.")
    catalog.set_text(first, "alt", "en", "Three people at a table on a stage.")
    catalog.tag_items(first, ["Topics|Migration"])
    catalog.tag_items(first, ["Jane Doe"], kind="person")
    catalog.set_fields(
        first,
        rating=4,
        consent="cleared",
        creator="Ana Fotógrafa",
        credit_line="Photo: Ana / SMP",
        copyright="© SMP 2024",
        licence="CC BY 4.0",
    )
    out = tmp_path / "out"
    out.mkdir()
    originals = {p.name: sha256(p) for p in media.iterdir()}
    return {"ids": ids, "media": media, "out": out, "originals": originals}


def _export(catalog: Any, edited: dict[str, Any], **kw: Any) -> Any:
    s = ExportSettings(target_dir=edited["out"], bundle_name="package", **kw)
    report, _ = export_from_catalog(catalog, ExportSource.items(edited["ids"]), s)
    return report


def test_a_bag_of_originals_carries_each_photos_edits_in_its_xmp_sidecar(
    catalog: Any, edited: dict[str, Any]
) -> None:
    report = _export(catalog, edited, preset=ORIGINALS, target=TargetKind.BAGIT)
    data = report.payload_root
    originals = [f for f in report.files if f.variant != "xmp"]
    sidecars = {f.path: f for f in report.files if f.variant == "xmp"}
    assert len(originals) == 2
    # byte-identical originals, as before
    assert sorted(sha256(data / f.path) for f in originals) == sorted(edited["originals"].values())
    first = next(f for f in originals if f.item_id == str(edited["ids"][0]))
    side = first.path + ".xmp"  # name.ext.xmp: what digiKam, darktable and exiftool pair
    assert side in sidecars and (data / side).is_file()
    packet = (data / side).read_bytes()
    meta = read_sidecar(packet)
    assert meta.titles == {"en": "Closing panel", "fr": "Panel de clôture"}
    assert meta.captions == {
        "en": "Ministers answer the audience.",
        "fr": "Les ministres répondent au public.",
    }
    # every language, and x-default (what Lightroom and digiKam show): title, caption, alt
    # text, rights and licence
    assert packet.count(b'<rdf:li xml:lang="x-default">') == 5
    assert meta.alt_texts == {"en": "Three people at a table on a stage."}
    assert meta.keywords == ("Topics|Migration",) and meta.people == ("Jane Doe",)
    assert (meta.rating, meta.consent) == (4, "cleared")
    assert (meta.creator, meta.credit_line) == ("Ana Fotógrafa", "Photo: Ana / SMP")
    assert (meta.copyright, meta.licence) == ("© SMP 2024", "CC BY 4.0")
    # a file of the package: in the bag's checksum manifests (the bag validates) and in
    # manifest.csv, next to the original it describes
    bag = bagit.Bag(str(report.bundle))
    bag.validate()
    assert f"data/{side}" in bag.entries
    manifest = (report.bundle / "manifest-sha256.txt").read_text("utf-8")
    assert f"{sha256(data / side)}  data/{side}" in manifest
    rows = list(csv.DictReader(io.StringIO((data / "manifest.csv").read_text("utf-8"))))
    [row] = [r for r in rows if r["path"] == side]
    assert (row["variant"], row["mime"]) == ("xmp", "application/rdf+xml")
    # the other photo's says what the catalogue knows of it: its consent
    assert {p for p in sidecars} == {f.path + ".xmp" for f in originals}


def test_exiftool_reads_the_texts_just_typed_from_the_packages_sidecar(
    catalog: Any, edited: dict[str, Any]
) -> None:
    if EXIFTOOL is None:
        pytest.skip("exiftool is not installed")
    report = _export(catalog, edited, preset=ORIGINALS, audience=Audience.ARCHIVE)
    first = next(
        f for f in report.files if f.item_id == str(edited["ids"][0]) and f.variant != "xmp"
    )
    side = report.payload_root / (first.path + ".xmp")
    done = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-G1", "-XMP:all", str(side)],
        capture_output=True,
        check=True,
    )
    [tags] = json.loads(done.stdout)
    assert tags["XMP-dc:Title"] == "Closing panel"
    assert tags["XMP-dc:Title-fr"] == "Panel de clôture"
    assert tags["XMP-dc:Description"] == "Ministers answer the audience."
    assert tags["XMP-dc:Description-fr"] == "Les ministres répondent au public."
    assert tags["XMP-xmp:Rating"] == 4
    assert tags["XMP-photoshop:Credit"] == "Photo: Ana / SMP"
    assert "Jane Doe" in str(tags["XMP-iptcExt:PersonInImage"])
    assert tags["XMP-plus:ModelReleaseStatus"].endswith(("MR-UMR", "Unlimited Model Releases"))


def test_publication_exports_write_no_sidecar(catalog: Any, edited: dict[str, Any]) -> None:
    """Sidecars are for archives: a web export's pictures embed what they publish."""
    report = _export(catalog, edited, preset=WEB)
    assert [f for f in report.files if f.variant == "xmp"] == []
    assert not list(report.payload_root.rglob("*.xmp"))


def test_a_raw_files_sidecar_is_named_as_lightroom_reads_it(tmp_path: Path) -> None:
    """Lightroom reads a raw file's edits from ``name.xmp`` only; a JPEG sharing the base
    name keeps both at ``name.ext.xmp`` (``name.xmp`` would be read for the two)."""
    from export_helpers import EVENT, entry_for, settings

    from smparchive.core.export import Kind, plan_export

    src = tmp_path / "src"
    src.mkdir()
    entries = []
    for n, name in enumerate(("DSC_0001.NEF", "DSC_0002.NEF", "DSC_0002.JPG")):
        (src / name).write_bytes(b"raw" if name.endswith("NEF") else jpeg_bytes(seed=n))
        mime = "image/x-nikon-nef" if name.endswith("NEF") else "image/jpeg"
        entries.append(entry_for(src / name, f"p{n}", Kind.PHOTO, mime=mime))
    out = tmp_path / "out"
    out.mkdir()
    s = settings(out, preset=ORIGINALS, audience=Audience.ARCHIVE, template="{original}.{ext}")
    plan = plan_export(entries, s, EVENT)
    sidecars = sorted(o.relpath for o in plan.outputs if o.row.variant == "xmp")
    assert sidecars == ["DSC_0001.xmp", "DSC_0002.jpg.xmp", "DSC_0002.nef.xmp"]
    assert all(o.row.path == o.relpath for o in plan.outputs)
    assert plan.sidecars == 3
    assert "3 originals with an XMP sidecar of the catalogue's texts" in plan.preflight_report()


def test_cms_files_of_an_archive_list_the_media_not_their_sidecars(
    catalog: Any, edited: dict[str, Any]
) -> None:
    """A WordPress import of an archive's hand-off files would have made media of the
    XMP sidecars."""
    report = _export(catalog, edited, preset=ORIGINALS, audience=Audience.ARCHIVE, cms=True)
    assert [f for f in report.files if f.variant == "xmp"]
    rows = list(
        csv.DictReader(io.StringIO((report.payload_root / "wordpress-media.csv").read_text()))
    )
    feed = json.loads((report.payload_root / "media-feed.json").read_text("utf-8"))
    assert len(rows) == len(feed["items"]) == 2
    assert not [r for r in rows if r["file"].endswith(".xmp")]


def test_a_corrected_camera_clock_travels_in_the_packages_sidecars(
    catalog: Any, edited: dict[str, Any]
) -> None:
    """The camera was an hour behind (EXIF says 10:15) and the archivist corrected it in the
    catalogue: the original stays as it was, and its sidecar says when it was really taken
    (11:15), so a photo program opening the package does not show the camera's wrong time.
    The second photo has nothing else to say than that correction and still gets one."""
    [camera] = catalog.cameras()
    catalog.set_clock_offset(camera.key, 3600)
    report = _export(catalog, edited, preset=ORIGINALS, target=TargetKind.BAGIT)
    data = report.payload_root
    originals = [f for f in report.files if f.variant != "xmp"]
    assert len(originals) == 2
    assert sorted(sha256(data / f.path) for f in originals) == sorted(edited["originals"].values())
    for original in originals:
        packet = (data / (original.path + ".xmp")).read_bytes()
        assert b"<photoshop:DateCreated>2024-05-14T11:15:00" in packet
        assert b"<exif:DateTimeOriginal>2024-05-14T11:15:00" in packet
        if EXIFTOOL is not None:
            done = subprocess.run(
                [EXIFTOOL, "-j", "-a", "-G1", "-XMP:all", str(data / (original.path + ".xmp"))],
                capture_output=True,
                check=True,
            )
            [tags] = json.loads(done.stdout)
            assert tags["XMP-photoshop:DateCreated"].startswith("2024:05:14 11:15:00")
            # where Lightroom reads a raw file's capture time, and digiKam looks first
            assert tags["XMP-exif:DateTimeOriginal"].startswith("2024:05:14 11:15:00")
            done = subprocess.run(
                [EXIFTOOL, "-s3", "-DateTimeOriginal", str(data / original.path)],
                capture_output=True,
                check=True,
            )
            assert done.stdout.strip() == b"2024:05:14 10:15:00"  # the original, untouched


def _package_catalogued_again(catalog: Any, edited: dict[str, Any]) -> tuple[Any, int, list[int]]:
    """The camera corrected by +1 h, its photos exported as a bag of originals with
    sidecars, the bag catalogued back: (the camera, the bag's root, its two items by name)."""
    from smparchive.core.ingest import ScanOptions, scan

    [camera] = catalog.cameras()
    catalog.set_clock_offset(camera.key, 3600)
    report = _export(catalog, edited, preset=ORIGINALS, target=TargetKind.BAGIT)
    root = catalog.add_root(report.payload_root).value
    scan(catalog, [root], options=ScanOptions(workers=0))
    copies = {f.path for f in report.files if f.variant != "xmp" and f.item_id}
    again = sorted(
        (i for i in catalog.query_ids() if catalog.item(i).rel_path in copies),
        key=lambda i: catalog.item(i).name,
    )
    assert len(again) == 2
    return camera, root, again


def test_a_package_catalogued_again_shows_its_photos_at_their_corrected_time_once(
    catalog: Any, edited: dict[str, Any]
) -> None:
    """The package's sidecars hold the corrected 11:15 and the camera's correction is still
    set: catalogued again (into the catalogue it came from), each photo showed 12:15, the
    correction applied a second time on top of the sidecar's time. A time a sidecar gives is
    not the camera's clock: it is shown as the sidecar says, and changing the camera's
    correction later moves only the times read from the camera."""
    from smparchive.core.domain import timefmt
    from smparchive.core.ingest import ScanOptions, scan

    camera, root, again = _package_catalogued_again(catalog, edited)

    def times(ids: list[int]) -> list[Any]:
        return [catalog.item(i).capture_utc for i in ids]

    def shown(ids: list[int]) -> list[str]:
        return [timefmt.item_time(catalog.item(i), None).text() for i in ids]

    assert times(again) == times(edited["ids"])
    assert shown(edited["ids"]) == ["2024-05-14 11:15 UTC, corrected by +1 h"] * 2
    # the sidecar's time carries no correction of its own: not "corrected" again
    assert shown(again) == ["2024-05-14 11:15 UTC"] * 2
    # the clock dialog's preview and the correction itself leave those times as they are
    preview = {r.item_id: r for r in catalog.preview_clock(camera.key, 7200).rows}
    assert [preview[i].new_utc for i in again] == times(again)
    assert [preview[i].new_shift_s for i in again] == [0, 0]
    catalog.set_clock_offset(camera.key, 7200)
    assert [catalog.item(i).capture_utc.strftime("%H:%M") for i in edited["ids"]] == ["12:15"] * 2
    assert [catalog.item(i).capture_utc.strftime("%H:%M") for i in again] == ["11:15"] * 2
    # pinning one of them would set the camera's correction from a time not its clock's
    from smparchive.core.catalog.errors import CatalogError

    with pytest.raises(CatalogError, match="XMP sidecar, not from the camera's clock"):
        catalog.pin_clock(again[0], catalog.item(again[0]).capture_utc)
    assert catalog.cameras()[0].offset_s == 7200
    # a rescan of the package keeps them so
    scan(catalog, [root], options=ScanOptions(workers=0))
    assert [catalog.item(i).capture_utc.strftime("%H:%M") for i in again] == ["11:15"] * 2


def test_a_sidecar_repeating_the_cameras_time_keeps_the_cameras_correction(
    catalog: Any, edited: dict[str, Any]
) -> None:
    """A Lightroom sidecar copies the camera's own time (10:15): it is still the camera's
    clock, so the camera's correction moves it like the others."""
    from smparchive.core.ingest import ScanOptions, scan

    first = edited["media"] / "IMG_0000.JPG"
    (edited["media"] / "IMG_0000.JPG.xmp").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        'exif:DateTimeOriginal="2024-05-14T10:15:00"/></rdf:RDF></x:xmpmeta>',
        "utf-8",
    )
    scan(catalog, [catalog.item(edited["ids"][0]).root_id], options=ScanOptions(workers=0))
    [camera] = catalog.cameras()
    catalog.set_clock_offset(camera.key, 3600)
    item = catalog.item(edited["ids"][0])
    assert item.name == first.name
    assert (item.capture_utc.strftime("%H:%M"), item.clock_shift_s) == ("11:15", 3600)


def test_a_catalogue_that_corrected_a_sidecars_time_twice_is_put_right_by_the_next_scan(
    catalog: Any, edited: dict[str, Any], catalog_path: Path, tmp_path: Path
) -> None:
    """A catalogue made before sidecar times were told apart stored the package's sidecar
    time as 'xmp' and moved it by the camera's correction: 12:15 where the sidecar says
    11:15. Upgraded (0030), the next scan reads those files again and shows 11:15; the
    archivist's rating is kept and a further scan finds nothing to read again."""
    import sqlite3

    from smparchive.core.catalog.codes import TIME_SOURCE_CODES
    from smparchive.core.catalog.schema import alembic_config
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.vocab import TimeSource

    _camera, root, again = _package_catalogued_again(catalog, edited)
    catalog.set_fields(again[:1], rating=4)
    catalog.close()
    # What the code before stored (schema 0029): 'xmp', the correction applied again.
    conn = sqlite3.connect(catalog_path)
    marks = ",".join("?" * len(again))
    conn.execute(
        "UPDATE items SET capture_source = ?, clock_shift_s = 3600, "
        f"capture_utc = capture_utc + 3600000000 WHERE id IN ({marks})",
        (TIME_SOURCE_CODES[TimeSource.XMP], *again),
    )
    conn.execute("UPDATE alembic_version SET version_num = '0029'")
    conn.commit()
    conn.close()
    from alembic import command

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(catalog_path))
    cfg = alembic_config()
    with engine.begin() as conn_:
        cfg.attributes["connection"] = conn_
        command.upgrade(cfg, "head")
    engine.dispose()
    cat = open_catalog(catalog_path)
    try:
        assert [cat.item(i).capture_utc.strftime("%H:%M") for i in again] == ["12:15"] * 2
        scan(cat, [root], options=ScanOptions(workers=0))
        assert [cat.item(i).capture_utc.strftime("%H:%M") for i in again] == ["11:15"] * 2
        assert [cat.item(i).capture_source for i in again] == ["xmp-sidecar"] * 2
        assert [cat.item(i).clock_shift_s for i in again] == [0, 0]
        assert cat.item(again[0]).rating == 4
        # the camera's own photos keep their correction
        assert [cat.item(i).capture_utc.strftime("%H:%M") for i in edited["ids"]] == ["11:15"] * 2
        # read once: a further scan opens nothing (the readings are no longer stale)
        again_report = scan(cat, [root], options=ScanOptions(workers=0))
        assert again_report.probed == 0 and again_report.changed == 0
        assert [cat.item(i).capture_source for i in again] == ["xmp-sidecar"] * 2
    finally:
        cat.close()
