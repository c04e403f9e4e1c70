"""An open window follows what the CLI's scans and verifies find, not only edits: the
statuses a rescan or ``smparchive verify`` records (missing, offline, back, damaged) and
the items a scan adds reach the change feed with their ids, so the app's grid, inspector
and Problems counts refresh them without a click."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import empty_pg_url

from smparchive.cli.main import main
from smparchive.core.catalog.catalog import open_catalog


def _jpeg(path: Path, shade: int) -> None:
    from PIL import Image

    im = Image.new("RGB", (320, 240), (shade, 40, 90))
    for x in range(0, 320, 7):
        im.putpixel((x, x % 240), (255, 255, 255))
    im.save(path, quality=90)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def scanned(request: Any, tmp_path: Path) -> tuple[str, Path]:
    """A catalogue (SQLite or PostgreSQL) of a real folder of three photos, scanned."""
    location = str(tmp_path / "feed.smpcat") if request.param == "sqlite" else empty_pg_url()
    media = tmp_path / "media"
    media.mkdir()
    for n, shade in enumerate((10, 120, 220)):
        _jpeg(media / f"p{n}.jpg", shade)
    assert main(["-c", location, "init"]) == 0
    assert main(["-c", location, "roots", "add", str(media)]) == 0
    assert main(["-c", location, "scan"]) == 0
    return location, media


def _ids_by_name(location: str) -> dict[str, int]:
    cat = open_catalog(location)
    try:
        return {r.name: r.id for r in cat.items(cat.query_ids())}
    finally:
        cat.close()


def _seen_by_app(location: str, command: list[str]) -> set[int]:
    """The items an app open on the catalogue is told of while ``command`` runs (CLI)."""
    app = open_catalog(location)  # the open window's catalogue
    feed = app.change_feed()
    try:
        assert main(["-c", location, *command]) in (0, 1)
        seen: set[int] = set()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            for change in feed.wait(0.5):
                seen |= change.items
            if seen:
                for change in feed.wait(0.5):  # what the same command committed after
                    seen |= change.items
                break
        return seen
    finally:
        feed.close()
        app.close()


def test_verify_marking_a_file_missing_reaches_an_open_window(
    scanned: tuple[str, Path],
) -> None:
    location, media = scanned
    ids = _ids_by_name(location)
    (media / "p1.jpg").unlink()
    assert ids["p1.jpg"] in _seen_by_app(location, ["verify"])


def test_verify_finding_a_damaged_file_reaches_an_open_window(
    scanned: tuple[str, Path],
) -> None:
    location, media = scanned
    ids = _ids_by_name(location)
    path = media / "p2.jpg"
    data = bytearray(path.read_bytes())
    stat = path.stat()
    data[len(data) // 2] ^= 0xFF  # silent damage: same size, same date, other bytes
    path.write_bytes(bytes(data))
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert ids["p2.jpg"] in _seen_by_app(location, ["verify"])


def test_rescan_of_an_unplugged_folder_and_back_reaches_an_open_window(
    tmp_path: Path,
) -> None:
    """SQLite: a folder that is not there marks its items offline (one computer's view; on
    a team catalogue it is not recorded for everyone), plugged back they are restored."""
    location = str(tmp_path / "feed.smpcat")
    media = tmp_path / "media"
    media.mkdir()
    _jpeg(media / "a.jpg", 30)
    assert main(["-c", location, "init"]) == 0
    assert main(["-c", location, "roots", "add", str(media)]) == 0
    assert main(["-c", location, "scan"]) == 0
    ids = _ids_by_name(location)
    media.rename(tmp_path / "away")
    assert ids["a.jpg"] in _seen_by_app(location, ["scan"])
    (tmp_path / "away").rename(media)
    assert ids["a.jpg"] in _seen_by_app(location, ["scan"])


def test_a_rescan_finding_a_file_gone_and_a_new_one_reaches_an_open_window(
    scanned: tuple[str, Path],
) -> None:
    location, media = scanned
    ids = _ids_by_name(location)
    (media / "p0.jpg").unlink()
    _jpeg(media / "new.jpg", 90)
    seen = _seen_by_app(location, ["scan"])
    assert ids["p0.jpg"] in seen
    assert _ids_by_name(location)["new.jpg"] in seen


def test_a_change_that_names_no_item_reaches_an_open_window_with_what_it_changed(
    scanned: tuple[str, Path],
) -> None:
    """A day renamed (``smparchive days rename``) touches no item: the feed still says which
    event's days changed, so the window's sidebar follows (on PostgreSQL in the NOTIFY)."""
    location, _media = scanned
    cat = open_catalog(location)
    try:
        cat.create_event("Test Conference", time_zone="Europe/Brussels")
        cat.add_day(date(2022, 6, 1), "Day 1")
        day = cat.days()[0]
    finally:
        cat.close()
    app = open_catalog(location)
    feed = app.change_feed()
    try:
        assert main(["-c", location, "days", "rename", str(day.id), "Opening day"]) == 0
        seen: list[Any] = []
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            seen = feed.wait(0.5)
        assert [c.changes.events for c in seen] == [frozenset({day.event_id})]
    finally:
        feed.close()
        app.close()


def test_faces_found_by_a_faces_scan_reach_an_open_window(
    scanned: tuple[str, Path],
) -> None:
    """`smparchive faces scan` records the faces a photo shows: the app open meanwhile is
    told which photos, so its inspector and face badges show them without a click."""
    location, _media = scanned
    ids = _ids_by_name(location)
    app = open_catalog(location)
    feed = app.change_feed()
    scanner = open_catalog(location)  # the CLI's faces scan, batch by batch
    try:
        scanner.store_faces([(ids["p0.jpg"], [(0.1, 0.1, 0.2, 0.2, 0.99, bytes(512))])])
        seen: set[int] = set()
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            for change in feed.wait(0.5):
                seen |= change.items
        assert seen == {ids["p0.jpg"]}
    finally:
        scanner.close()
        feed.close()
        app.close()


def test_thumbnails_made_again_reach_an_open_window(scanned: tuple[str, Path]) -> None:
    """The thumbnail cache was cleared and a thumbnail job (a CLI scan's) makes the pictures
    again: the app open meanwhile is told which items, so its grid shows them."""
    import shutil

    from smparchive.core.ingest import build_thumbnails

    location, _media = scanned
    ids = _ids_by_name(location)
    app = open_catalog(location)
    feed = app.change_feed()
    worker = open_catalog(location)
    try:
        assert worker.cache_dir is not None
        shutil.rmtree(worker.cache_dir)
        report = build_thumbnails(worker, previews=False)
        assert report.made == len(ids)
        seen: set[int] = set()
        deadline = time.monotonic() + 5
        while seen != set(ids.values()) and time.monotonic() < deadline:
            for change in feed.wait(0.5):
                seen |= change.items
        assert seen == set(ids.values())
    finally:
        worker.close()
        feed.close()
        app.close()


def test_faces_suggested_reach_an_open_window(scanned: tuple[str, Path]) -> None:
    """`smparchive faces suggest` names the person a face looks like: the app open
    meanwhile is told which photo, so its inspector shows the suggestion without a click."""
    location, _media = scanned
    ids = _ids_by_name(location)
    scanner = open_catalog(location)
    app = open_catalog(location)
    try:
        face = bytes(512)
        scanner.store_faces([(ids["p0.jpg"], [(0.1, 0.1, 0.2, 0.2, 0.99, face)])])
        scanner.store_faces([(ids["p1.jpg"], [(0.3, 0.1, 0.2, 0.2, 0.99, face)])])
        first = next(f.id for f in scanner.faces() if f.item_id == ids["p0.jpg"])
        scanner.name_faces([first], "Ana Silva")
        feed = app.change_feed()
        try:
            assert scanner.suggest_faces() == 1
            seen: set[int] = set()
            deadline = time.monotonic() + 5
            while not seen and time.monotonic() < deadline:
                for change in feed.wait(0.5):
                    seen |= change.items
            assert seen == {ids["p1.jpg"]}
        finally:
            feed.close()
    finally:
        scanner.close()
        app.close()


def test_faces_grouped_reach_an_open_window(scanned: tuple[str, Path]) -> None:
    """`smparchive faces cluster` groups unknown faces ('unknown person 1'): the app open
    meanwhile is told which photos show them."""
    location, _media = scanned
    ids = _ids_by_name(location)
    scanner = open_catalog(location)
    app = open_catalog(location)
    try:
        face = bytes(512)
        scanner.store_faces([(ids["p0.jpg"], [(0.1, 0.1, 0.2, 0.2, 0.99, face)])])
        scanner.store_faces([(ids["p2.jpg"], [(0.3, 0.1, 0.2, 0.2, 0.99, face)])])
        feed = app.change_feed()
        try:
            assert scanner.cluster_faces() == 1
            seen: set[int] = set()
            deadline = time.monotonic() + 5
            while not seen and time.monotonic() < deadline:
                for change in feed.wait(0.5):
                    seen |= change.items
            assert seen == {ids["p0.jpg"], ids["p2.jpg"]}
        finally:
            feed.close()
    finally:
        scanner.close()
        app.close()
