"""Cameras by id (migration 0031): the one way item rows name their device.

An item's make, model and serial live once per device in ``cameras``; the item holds its
``camera_id``. Every writer of item rows (ingest, rescan, re-reads, sidecars, the bench
builders, tests) hands its rows to :func:`name_cameras`, which swaps the three texts for
the id, creating the camera row when it is new (INSERT ... ON CONFLICT DO NOTHING on
``uq_cameras_identity``: teammates adding the same camera at once get one row).
Readers keep reading ``MediaItem.camera_make`` & co. (see ``models._camera_part``).
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping, Sequence
from typing import Any, cast

from sqlalchemy import select

from smparchive.core.catalog.models import Camera, MediaItem, table_of
from smparchive.core.catalog.upsert import ids_by_key
from smparchive.core.domain import time as timerules

PARTS = ("camera_make", "camera_model", "camera_serial")  # the items' former columns
Identity = tuple[str, str, str]  # make, model, serial as stored ('' when not written)


def identity(make: str | None, model: str | None, serial: str | None) -> Identity | None:
    """How ``cameras`` stores a device (None: nothing written, no camera row)."""
    found = (make or "", model or "", serial or "")
    return found if any(found) else None


def camera_ids(s: Any, wanted: Iterable[Identity]) -> dict[Identity, int]:
    """The id of each camera of ``wanted``, its row added when new (on a session or a
    connection, inside the caller's transaction)."""
    keys = ("make", "model", "serial")
    return cast(dict[Identity, int], ids_by_key(s, table_of(Camera), keys, wanted))


def name_cameras(s: Any, rows: Sequence[MutableMapping[str, Any]]) -> None:
    """In each row that names the camera's make, model or serial, those three replaced by
    ``camera_id`` (None when none is written); rows that name none are left as they are."""
    named = [r for r in rows if any(p in r for p in PARTS)]
    if not named:
        return
    keys = [identity(*(r.pop(p, None) for p in PARTS)) for r in named]
    ids = camera_ids(s, (k for k in keys if k is not None))
    for row, key in zip(named, keys, strict=True):
        row["camera_id"] = None if key is None else ids[key]


def all_cameras(s: Any) -> dict[int, Identity]:
    """Every camera row by id (a few to a few thousand rows)."""
    return {
        int(i): (make, model, serial)
        for i, make, model, serial in s.execute(
            select(Camera.id, Camera.make, Camera.model, Camera.serial)
        )
    }


def parts_of(known: dict[int, Identity], camera_id: int | None) -> Identity:
    """The make, model and serial of ``camera_id`` in ``known`` ('' each for none)."""
    return ("", "", "") if camera_id is None else known.get(camera_id, ("", "", ""))


def ids_of_key(s: Any, key: str) -> list[int]:
    """The cameras whose identity is ``key`` (``time.camera_key``: parts trimmed)."""
    return [
        i
        for i, (make, model, serial) in all_cameras(s).items()
        if timerules.camera_key(make, model, serial) == key
    ]


def where_key(s: Any, key: str) -> Any:
    """The items of the camera ``key`` (the unknown camera's: those with no camera, or a
    camera row of blanks)."""
    ids = ids_of_key(s, key)
    cond: Any = MediaItem.camera_id.in_(ids)
    if key == timerules.UNKNOWN_CAMERA:
        cond = cond | MediaItem.camera_id.is_(None)
    return cond


def name_of(make: str | None, model: str | None) -> str:
    """A camera as the camera facet names it ("make model")."""
    return f"{make or ''} {model or ''}".strip()


def facet_names(s: Any) -> dict[int | None, str]:
    """Each camera id as the camera facet names it ('' for none)."""
    names: dict[int | None, str] = {None: ""}
    names.update((i, name_of(make, model)) for i, (make, model, _s) in all_cameras(s).items())
    return names
