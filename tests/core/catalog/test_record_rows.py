"""Item records read from SQLite's stored forms (core/catalog/record_rows.py: a grid page,
the inspector, an export, the command line's ``show``) are exactly what SQLAlchemy's column
types give for the same rows: every value a record carries, in its stored form's corners."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from smparchive.core.catalog.reader import open_reader
from smparchive.core.pathnames import to_catalogue

# A file name that is not UTF-8 (byte 0xE9 of Latin-1), as os gives it and as stored.
LATIN1_NAME = os.fsdecode(b"r\xe9union.jpg")


def _specs() -> list[dict[str, Any]]:
    moment = datetime(2022, 6, 1, 7, 30, 15, 123456, tzinfo=UTC)
    return [
        {  # every converted column set
            "name": "IMG_0001.JPG",
            "rel_path": "Day 1/Room A/IMG_0001.JPG",
            "kind": "video",
            "mime": "video/mp4",
            "format": "MP4",
            "capture_utc": moment,
            "capture_local": datetime(2022, 6, 1, 9, 30, 15, 123456),
            "capture_source": "exif+offset",
            "assignment": "manual",
            "consent": "do_not_publish",
            "status": "warning",
            "thumb_state": "none",
            "has_embedded_thumb": True,
            "last_verified_at": moment + timedelta(days=3, microseconds=1),
            "camera_make": "Canon",
            "camera_model": "EOS R5",
            "camera_serial": "0123",
            "duration_s": 12.5,
        },
        {  # values stored as they are: an unknown MIME type and format, a format that
            # looks like a code, a hash that is not a SHA-256, no times at all
            "name": "notes.weird",
            "rel_path": "notes.weird",
            "kind": "document",
            "mime": "application/x-smp-notes",
            "format": "123",
            "sha256": "not-a-sha256",
            "capture_utc": None,
            "capture_local": None,
            "camera_make": None,
        },
        {  # a name that is not UTF-8, in a folder whose name is not ASCII
            "name": to_catalogue(LATIN1_NAME),
            "rel_path": "Séance plénière/" + to_catalogue(LATIN1_NAME),
            "mime": "image/jpeg",
            "format": "JPEG",
            "capture_utc": datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
            "capture_local": datetime(1969, 12, 31, 23, 59, 59, 999999),
        },
        {"name": "IMG_0002.JPG", "rel_path": "Day 1/Room A/IMG_0002.JPG", "status": "missing"},
    ]


def test_records_from_stored_forms_are_those_of_the_column_types(
    catalog: Any, add_items: Any, tmp_path: Path, catalog_path: Path
) -> None:
    ids = add_items(_specs())
    elsewhere = tmp_path / "share"
    ids += add_items([{"name": "other.jpg", "rel_path": "Sub/other.jpg"}], root=elsewhere)
    mounted = tmp_path / "mounted-here"
    (mounted / "Sub").mkdir(parents=True)
    (mounted / "Sub" / "other.jpg").write_bytes(b"x")
    catalog.map_root(catalog.item(ids[-1]).root_id, mounted)
    catalog.set_text(ids[:2], "title", "en", "Opening")
    catalog.set_text(ids[:1], "caption", "fr", "Séance d'ouverture")
    catalog.tag_items(ids[::2], ["Topics|Migration", "Zebra"])
    catalog.tag_items(ids[:3], ["Jane Doe"], kind="person")

    wanted = [ids[4], 999_999, *ids[:4]]
    read = catalog.items(wanted)
    with catalog._read() as s:
        typed = catalog._typed_records(s, wanted)
    assert read == typed
    assert [r.id for r in read] == [ids[4], *ids[:4]]  # in the order asked, unknown left out
    reader = open_reader(str(catalog_path))
    assert reader is not None
    try:
        assert reader.items(wanted) == typed
    finally:
        reader.close()

    first, odd, latin, _ = read[1:]
    media = (tmp_path / "media").resolve()
    assert first.path == str(media / "Day 1" / "Room A" / "IMG_0001.JPG")
    assert first.capture_utc == datetime(2022, 6, 1, 7, 30, 15, 123456, tzinfo=UTC)
    assert first.capture_local == datetime(2022, 6, 1, 9, 30, 15, 123456)
    assert (first.kind, first.consent, first.status, first.thumb_state) == (
        "video",
        "do_not_publish",
        "warning",
        "none",
    )
    assert (first.mime, first.format, first.has_embedded_thumb) == ("video/mp4", "MP4", True)
    assert first.camera_key == "Canon|EOS R5|0123"
    assert first.captions == {"fr": "Séance d'ouverture"}
    assert [t.path for t in first.tags] == ["Topics|Migration", "Zebra", "Jane Doe"]
    assert (odd.mime, odd.format, odd.sha256) == ("application/x-smp-notes", "123", "not-a-sha256")
    assert odd.capture_utc is None and [t.path for t in odd.tags] == ["Jane Doe"]
    folder = os.fsencode(str(media / "Séance plénière"))
    assert os.fsencode(latin.path) == folder + b"/r\xe9union.jpg"
    assert read[0].path == str(mounted / "Sub" / "other.jpg")  # where this computer sees it
