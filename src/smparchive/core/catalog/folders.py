"""Folders by id (migration 0033): the one way item rows name where they are in their root.

An item's path under its root is its folder's path ('' for the root itself) and its name;
the folder's path lives once per folder in ``folders``, the item holds its ``folder_id``.
Every writer of item rows (ingest, rescan, re-reads, the bench builders, tests) hands its
rows to :func:`name_folders`, which swaps ``rel_path`` for the folder's id and the name,
creating the folder row when it is new (INSERT ... ON CONFLICT DO NOTHING on
``uq_folders_root_path``: teammates adding the same folder at once get one row). Readers
keep reading ``MediaItem.rel_path`` (see ``models._rel_path``); a lookup by path names the
folder and the name (:func:`where_path`).
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping, Sequence
from typing import Any, cast

from sqlalchemy import and_, false, or_, select

from smparchive.core.catalog.models import Folder, MediaItem, table_of
from smparchive.core.catalog.upsert import ids_by_key

Place = tuple[int, str]  # root id, folder path under it ('' for the root itself)


def split(rel_path: str) -> tuple[str, str]:
    """A path under a root as its folder's path and the name: 'a/b/c.jpg' -> ('a/b',
    'c.jpg'), 'c.jpg' -> ('', 'c.jpg')."""
    folder, _sep, name = rel_path.rpartition("/")
    return folder, name


def join(folder: str, name: str) -> str:
    """The inverse of :func:`split` (as ``models.item_path_sql`` composes it in SQL)."""
    return f"{folder}/{name}" if folder else name


def folder_ids(s: Any, wanted: Iterable[Place], *, add: bool = True) -> dict[Place, int]:
    """The id of each folder of ``wanted``, its row added when new (unless not ``add``;
    on a session or a connection, inside the caller's transaction)."""
    keys = ("root_id", "path")
    return cast(dict[Place, int], ids_by_key(s, table_of(Folder), keys, wanted, add=add))


def name_folders(s: Any, rows: Sequence[MutableMapping[str, Any]]) -> None:
    """In each row that names a ``rel_path`` (and its ``root_id``), the path replaced by
    ``folder_id`` and ``name`` (the path's last part); rows without one are left as they
    are."""
    named = [r for r in rows if "rel_path" in r]
    if not named:
        return
    places: list[tuple[Place, str]] = []
    for r in named:
        folder, name = split(str(r.pop("rel_path")))
        places.append(((int(r["root_id"]), folder), name))
    ids = folder_ids(s, (p for p, _n in places))
    for row, (place, name) in zip(named, places, strict=True):
        row["folder_id"] = ids[place]
        row["name"] = name


def folder_paths(s: Any, root_ids: Iterable[int] | None = None) -> dict[int, str]:
    """Each folder's path by id (of ``root_ids``' folders, or all): a few to a few
    thousand rows."""
    q = select(Folder.id, Folder.path)
    if root_ids is not None:
        q = q.where(Folder.root_id.in_(list(root_ids)))
    return {int(i): str(p) for i, p in s.execute(q)}


def where_path(s: Any, root_id: int, rel_paths: Iterable[str]) -> Any:
    """The items of ``root_id`` at ``rel_paths`` (a condition on the folder and the name,
    read from the unique (name, folder) index)."""
    wanted = [(split(p), p) for p in rel_paths]
    ids = folder_ids(s, ((root_id, f) for (f, _n), _p in wanted), add=False)
    by_folder: dict[int, list[str]] = {}
    for (folder, name), _p in wanted:
        fid = ids.get((root_id, folder))
        if fid is not None:
            by_folder.setdefault(fid, []).append(name)
    if not by_folder:
        return false()
    return or_(
        *(
            and_(MediaItem.folder_id == fid, MediaItem.name.in_(names))
            for fid, names in by_folder.items()
        )
    )
