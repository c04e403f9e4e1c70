"""Exports from a real catalogue: ingested JPEGs, sessions, consent, history, targets."""

from __future__ import annotations

import csv
import errno
import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import bagit
import pytest
from export_helpers import SERIAL, jpeg_bytes, sha256
from PIL import Image

from smparchive.core.catalog.schema import CatalogError
from smparchive.core.export import (
    WEB,
    Audience,
    ConsentOverride,
    ExportError,
    ExportSettings,
    TargetKind,
)
from smparchive.core.export.catalog_export import (
    ExportSource,
    export_from_catalog,
    preflight,
)
from smparchive.core.media.xmp import extract_packet, parse_xmp
from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent


@pytest.fixture
def archive(catalog: Any, tmp_path: Path) -> dict[str, Any]:
    """Four ingested 2400x1600 JPEGs (GPS, serial) in two sessions of one event."""
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    for i in range(4):
        (media / f"IMG_{i:04d}.JPG").write_bytes(jpeg_bytes((2400, 1600), seed=i))
    root = catalog.add_root(media).value
    scan(catalog, [root], options=ScanOptions(workers=0))
    ids = sorted(catalog.query_ids(), key=lambda i: catalog.item(i).name)
    assert len(ids) == 4
    catalog.create_event("SMP Conference 2024", acronym="SMP24", time_zone="Europe/Brussels")
    keynote = catalog.add_session(
        "Opening keynote",
        datetime(2024, 5, 14, 8, 0, tzinfo=UTC),
        datetime(2024, 5, 14, 9, 0, tzinfo=UTC),
        room="Aula",
        speakers=["Jane Doe"],
    ).value
    closed = catalog.add_session(
        "Closed board meeting",
        datetime(2024, 5, 14, 10, 0, tzinfo=UTC),
        datetime(2024, 5, 14, 11, 0, tzinfo=UTC),
        do_not_publish=True,
    ).value
    catalog.assign_items(ids[:3], keynote)
    catalog.assign_items(ids[3:], closed)
    catalog.set_fields(ids, consent="cleared", credit_line="Photo: Ana / SMP", creator="Ana")
    catalog.set_text(ids, "caption", "en", "The speaker answers a question")
    catalog.tag_items(ids[:1], ["Topics|Migration"])
    catalog.create_collection("Best of", item_ids=ids)
    out = tmp_path / "out"
    out.mkdir()
    return {"ids": ids, "media": media, "out": out, "keynote": keynote, "closed": closed}


def web(out: Path, name: str = "bundle", **kw: Any) -> ExportSettings:
    return ExportSettings(target_dir=out, bundle_name=name, preset=WEB, **kw)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (sha256(p), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_collection_with_web_preset_reads_back(catalog: Any, archive: dict[str, Any]) -> None:
    before = snapshot(archive["media"])
    events: list[ProgressEvent] = []
    report, history_id = export_from_catalog(
        catalog, ExportSource.collection("Best of"), web(archive["out"]), events.append
    )
    assert events and events[-1].stage == "done"
    assert len(report.files) == 3  # the closed session's photo stays home
    assert [d.item_id for d in report.held_back] == [str(archive["ids"][3])]
    for f in report.files:
        path = report.payload_root / f.path
        with Image.open(path) as im:
            assert max(im.size) == 2048  # long edge of the web preset
            exif = im.getexif()
            assert exif.get_ifd(0x8825) == {}  # no GPS
            assert SERIAL.encode() not in path.read_bytes()
        xmp = parse_xmp(extract_packet(path.read_bytes()) or b"")
        assert xmp.credit == "Ana / SMP"  # the names, without the label typed before them
        assert "The speaker answers a question" in xmp.description.values()
    first = next(f for f in report.files if f.item_id == str(archive["ids"][0]))
    xmp = parse_xmp(extract_packet((report.payload_root / first.path).read_bytes()) or b"")
    assert "Topics|Migration" in xmp.hierarchical_subject
    assert "SMP Conference 2024|Day 1|Opening keynote" in xmp.hierarchical_subject
    rows = list(csv.DictReader(io.StringIO((report.payload_root / "manifest.csv").read_text())))
    assert {r["dcterms:identifier"] for r in rows} == {str(i) for i in archive["ids"][:3]}
    assert snapshot(archive["media"]) == before  # originals untouched: bytes and mtimes
    (entry,) = catalog.export_history()
    assert entry.id == history_id and entry.status == "ok"
    assert entry.source == "collection 1 'Best of'"
    assert entry.item_count == 3 and entry.bytes == report.bytes_written
    assert entry.settings["preset"] == "web" and entry.settings["audience"] == "public"
    assert sorted(catalog.exported_item_ids(history_id)) == sorted(archive["ids"][:3])


def test_preflight_writes_nothing_and_names_the_session(
    catalog: Any, archive: dict[str, Any]
) -> None:
    check = preflight(catalog, ExportSource.items(archive["ids"]), web(archive["out"]))
    assert list(archive["out"].iterdir()) == []
    assert catalog.export_history() == []
    (held,) = check.held_back
    assert held.item_id == archive["ids"][3] and held.reasons == ("session:do_not_publish",)
    assert any("Closed board meeting" in d for d in held.details)
    text = check.report_text()
    assert "Held back (1):" in text and "IMG_0003.JPG" in text
    assert check.exportable == 3 and not check.clean


def test_restricted_person_holds_items_back(catalog: Any, archive: dict[str, Any]) -> None:
    ids = archive["ids"]
    catalog.tag_items(ids[1:2], ["Minor Guest"], kind="person")
    tag = catalog.find_tag("Minor Guest", "person")
    catalog.update_tag(tag.id, restriction="do_not_publish")
    check = preflight(catalog, ExportSource.session("Opening keynote"), web(archive["out"]))
    (held,) = check.held_back
    assert held.item_id == ids[1] and held.reasons == ("consent:do_not_publish",)
    assert held.details == ("shows Minor Guest (do not publish)",)
    assert held.causes == (("person:do_not_publish", "Minor Guest"),)
    internal = preflight(
        catalog,
        ExportSource.session("Opening keynote"),
        web(archive["out"], audience=Audience.ARCHIVE),
    )
    assert internal.held_back == [] and internal.exportable == 3


def test_override_is_recorded_with_who_and_why(catalog: Any, archive: dict[str, Any]) -> None:
    closed = archive["ids"][3]
    override = ConsentOverride(frozenset({str(closed)}), "M. Curator", "Board approved on 2 June")
    report, history_id = export_from_catalog(
        catalog,
        ExportSource.day("2024-05-14"),
        web(archive["out"], target=TargetKind.ZIP),
        overrides=[override],
    )
    assert str(closed) in {f.item_id for f in report.files} and not report.held_back
    record = catalog.export_record(history_id)
    (decision,) = record.overrides["decisions"]
    assert decision["item_id"] == str(closed)
    assert (
        decision["decided_by"] == "M. Curator" and decision["reason"] == "Board approved on 2 June"
    )
    assert record.target_kind == "zip" and record.source == "day 2024-05-14"
    with zipfile.ZipFile(report.bundle) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        assert "manifest.csv" in names and "index.html" in names


def test_changed_source_is_reported_and_not_exported(catalog: Any, archive: dict[str, Any]) -> None:
    ids = archive["ids"]
    victim = archive["media"] / "IMG_0001.JPG"
    data = bytearray(victim.read_bytes())
    data[-10] ^= 0xFF  # same size, different bytes
    victim.write_bytes(bytes(data))
    report, history_id = export_from_catalog(
        catalog, ExportSource.items(ids[:3]), web(archive["out"], target=TargetKind.BAGIT)
    )
    assert {f.item_id for f in report.files} == {str(ids[0]), str(ids[2])}
    (problem,) = report.problems
    assert problem.item_id == str(ids[1]) and "changed" in problem.message
    record = catalog.export_record(history_id)
    assert record.status == "partial" and record.item_count == 2
    assert record.settings["report"]["problems"][0]["item_id"] == str(ids[1])
    bag = bagit.Bag(str(report.bundle))
    bag.validate()
    assert (report.bundle / "data" / "manifest.csv").is_file()


def test_missing_item_is_unavailable_in_preflight_and_report(
    catalog: Any, archive: dict[str, Any], add_items: Any
) -> None:
    (ghost,) = add_items([{"name": "ghost.jpg", "status": "missing", "consent": "cleared"}])
    ids = [archive["ids"][0], ghost]
    check = preflight(catalog, ExportSource.items(ids), web(archive["out"]))
    assert [p.item_id for p in check.unavailable] == [str(ghost)]
    assert "missing" in check.report_text()
    report, _ = export_from_catalog(catalog, ExportSource.items(ids), web(archive["out"]))
    assert [p.item_id for p in report.problems] == [str(ghost)]
    assert len(report.files) == 1


def test_failed_and_cancelled_exports_are_recorded(catalog: Any, archive: dict[str, Any]) -> None:
    source = ExportSource.session("Opening keynote")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_from_catalog(catalog, source, web(archive["out"]), cancel=token)
    gone = archive["out"] / "not-there"
    with pytest.raises(ExportError, match="does not exist"):
        export_from_catalog(catalog, source, web(gone))
    failed, cancelled = catalog.export_history()
    assert (failed.status, cancelled.status) == ("failed", "cancelled")
    assert "does not exist" in (failed.message or "")
    assert failed.item_count == 0 and failed.settings["report"]["planned_items"]
    assert list(archive["out"].iterdir()) == []  # nothing half-written


def test_read_only_target_fails_with_one_sentence(
    catalog: Any, archive: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = archive["out"]
    real_mkdir = Path.mkdir

    def read_only_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if out in self.parents:  # root ignores permission bits: fail like a read-only mount
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only_mkdir)
    with pytest.raises(ExportError, match="read-only or not writable"):
        export_from_catalog(catalog, ExportSource.items(archive["ids"][:1]), web(out))
    monkeypatch.undo()
    record = catalog.export_history()[0]
    assert record.status == "failed" and "read-only" in (record.message or "")
    assert list(out.iterdir()) == []


def test_empty_or_fully_held_selection_is_refused(catalog: Any, archive: dict[str, Any]) -> None:
    with pytest.raises(ExportError, match="every selected item is held back"):
        export_from_catalog(catalog, ExportSource.session("Closed board"), web(archive["out"]))
    with pytest.raises(ExportError, match="selection is empty"):
        export_from_catalog(catalog, ExportSource.query("kind:video"), web(archive["out"]))
    assert catalog.export_history() == []


def test_sources_resolve_and_unknown_names_fail(catalog: Any, archive: dict[str, Any]) -> None:
    ids = archive["ids"]
    assert ExportSource.query("session:keynote").resolve(catalog).item_ids == tuple(ids[:3])
    assert ExportSource.day(date(2024, 5, 14)).resolve(catalog).item_ids
    with pytest.raises(CatalogError):
        ExportSource.collection("No such").resolve(catalog)
    with pytest.raises(CatalogError, match="No item with id 999"):
        ExportSource.items([999]).resolve(catalog)
    with pytest.raises(CatalogError, match="neither a day id nor a date"):
        ExportSource.day("tuesday").resolve(catalog)


def test_export_changes_nothing_else_in_the_catalogue(
    catalog: Any, archive: dict[str, Any]
) -> None:
    ids = archive["ids"]
    before = catalog.items(ids)
    journal = catalog.undo_last
    export_from_catalog(catalog, ExportSource.items(ids), web(archive["out"]))
    assert catalog.items(ids) == before
    # the newest undoable operation is still the collection created by the fixture
    result = journal()
    assert result is not None and "collection" in result.message.lower()


def test_default_bundle_and_file_names_read_as_the_titles_did(
    catalog: Any, archive: dict[str, Any]
) -> None:
    """A session titled "EMN roundtable: policy debate" gave the default bundle name
    "SMP24 EMN roundtable_ policy debate"; its files named after the session had the
    same "_ ". Safe on every file system, and read as the title did."""
    from smparchive.core.export.catalog_export import default_bundle_name

    catalog.update_session(archive["keynote"], title="EMN roundtable: policy debate / Q&A?")
    name = default_bundle_name(catalog, "EMN roundtable: policy debate / Q&A?")
    assert name == "SMP24 EMN roundtable - policy debate - Q&A"
    settings = web(archive["out"], name="", template="{session}_{room}_{seq}.{ext}")
    check = preflight(catalog, ExportSource.session("EMN roundtable"), settings)
    assert check.plan.settings.bundle_name == "SMP24 EMN roundtable - policy debate - Q&A"
    names = sorted(o.relpath.rsplit("/", 1)[-1] for i in check.plan.items for o in i.outputs)
    assert names[0] == "EMN roundtable - policy debate - Q&A_Aula_0001.jpg", names


@pytest.mark.parametrize(
    ("language", "bundle"),
    [("fr", "SMP24 Discours d’ouverture"), ("en", "SMP24 Opening keynote")],
)
def test_default_bundle_name_speaks_the_export_language(
    catalog: Any, archive: dict[str, Any], language: str, bundle: str
) -> None:
    """A French export of a session (its page and clips titled 'Table ronde du REM') went
    into a folder named after its English title ('smp2022 EMN roundtable ...')."""
    catalog.set_session_text(archive["keynote"], "fr", "Discours d’ouverture")
    settings = web(archive["out"], name="", language=language)
    check = preflight(catalog, ExportSource.session("Opening keynote"), settings)
    assert check.plan.settings.bundle_name == bundle
    resolved = ExportSource.session("Opening keynote").resolve(catalog)
    assert resolved.label_in(language) == bundle.removeprefix("SMP24 ")
    # a view filtered from the session is named the same way
    within = ExportSource.items(archive["ids"][:1], within=ExportSource.session("Opening keynote"))
    assert within.resolve(catalog).label_in(language) == bundle.removeprefix("SMP24 ")
