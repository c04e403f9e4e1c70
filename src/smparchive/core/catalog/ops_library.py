"""Roots (catalogued folders and drives) and catalogue-wide information."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from smparchive.core.catalog import undo_orphans
from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.engine import mask_url
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import (
    Collection,
    Event,
    FacetCell,
    MediaItem,
    Root,
    Setting,
    Tag,
    table_of,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.records import CatalogInfo, RootRecord
from smparchive.core.catalog.schema import current_revision
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.messages import problem
from smparchive.core.vocab import SidecarPolicy, stored_values


def volume_identity(path: Path) -> str | None:
    """A best-effort identity of the drive holding ``path`` (mount point and device)."""
    try:
        st = path.stat()
    except OSError:
        return None
    mount = path
    while not os.path.ismount(mount) and mount != mount.parent:
        mount = mount.parent
    return f"{mount}#{st.st_dev}"


class LibraryOps(CatalogBase):
    """Roots and information about the catalogue as a whole."""

    def add_root(self, path: Path, label: str | None = None) -> OpResult[int]:
        """Catalogue a folder or drive (in place: nothing is copied or changed there)."""
        path = path.expanduser()
        if not path.exists():
            raise CatalogError(problem("folder.not_exist", target=path))
        if not path.is_dir():
            raise CatalogError(problem("folder.not_folder", target=path))
        resolved = path.resolve()
        if self.cache_dir is not None and _inside(resolved, self.cache_dir.resolve()):
            raise CatalogError(problem("folder.cache"))
        for root in self.roots(counts=False):
            existing = Path(root.path)
            if existing == resolved:
                return OpResult(
                    ChangeSummary(roots=frozenset({root.id})),
                    None,
                    f"{resolved} is already catalogued",
                    value=root.id,
                )
            if _inside(resolved, existing) or _inside(existing, resolved):
                raise CatalogError(problem("folder.overlaps", target=resolved, other=existing))

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            rid = ctx.journal.insert_returning_id(
                table_of(Root),
                {
                    "path": str(resolved),
                    "label": label or resolved.name or str(resolved),
                    "volume_id": volume_identity(resolved),
                    "online": True,
                    "sidecar_policy": SidecarPolicy.MIRROR,
                    "ignore_patterns": [],
                },
            )
            return ChangeSummary(roots=frozenset({rid})), rid

        return self._write(f"Add folder {resolved}", op)

    def roots(self, *, counts: bool = True) -> list[RootRecord]:
        """Catalogued folders with their item counts (0 unless ``counts``: a count reads
        every item); paths as this machine sees them."""
        with self._read() as s:
            local = self._root_paths(s)
            n_items: dict[int, int] = {}
            rows = list(s.scalars(select(Root).order_by(Root.path)))
            if counts and len(rows) == 1:
                # Every item is the one root's: the table's row count, which SQLite takes
                # from its smallest index's pages without a sort (1 ms at 1M); nothing
                # indexes root_id since 0033, so grouping reads every row (120 ms).
                total = s.scalar(select(func.count()).select_from(MediaItem))
                n_items = {rows[0].id: int(total or 0)}
            elif counts:
                q = select(MediaItem.root_id, func.count()).group_by(MediaItem.root_id)
                n_items = {r[0]: r[1] for r in s.execute(q)}
            return [
                RootRecord(
                    id=r.id,
                    path=local.get(r.id, r.path),
                    label=r.label,
                    volume_id=r.volume_id,
                    online=r.online,
                    sidecar_policy=r.sidecar_policy,
                    ignore_patterns=tuple(r.ignore_patterns or ()),
                    added_at=r.added_at,
                    last_scan_at=r.last_scan_at,
                    item_count=n_items.get(r.id, 0),
                )
                for r in rows
            ]

    def root(self, root_id: int, *, counts: bool = True) -> RootRecord:
        """One root; KeyError when unknown."""
        for r in self.roots(counts=counts):
            if r.id == root_id:
                return r
        raise KeyError(root_id)

    def find_root(self, spec: str) -> RootRecord:
        """A root by id, path or label (for the CLI), with its item count."""
        for r in self.roots():
            if (
                spec == str(r.id)
                or spec == r.label
                or Path(spec).expanduser().resolve() == Path(r.path)
            ):
                return r
        raise CatalogError(problem("folder.no_match", value=spec))

    def remove_root(self, root_id: int) -> OpResult[frozenset[int]]:
        """Forget a root and its items (the files themselves are not touched). Not undoable;
        the undo steps left with nothing to act on leave the journal with it. value = the
        journal entries of those steps (for the app's Edit menu)."""

        def op(ctx: WriteContext) -> tuple[ChangeSummary, frozenset[int]]:
            root = ctx.session.get(Root, root_id)
            if root is None:
                raise CatalogError(problem("missing.folder", value=root_id))
            n = ctx.session.scalar(
                select(func.count()).select_from(MediaItem).where(MediaItem.root_id == root_id)
            )
            # The history keeps which folder left and with how many items (the path as
            # stored: what "Add folder" named).
            ctx.label = f"Remove folder {root.path}"
            forgotten["values"] = {"items": int(n or 0)}  # as a scan's counts are kept
            ctx.session.delete(root)
            ctx.session.flush()  # the folder's items leave with it (ON DELETE CASCADE)
            steps = undo_orphans.forget_orphaned_steps(ctx.session)
            return ChangeSummary(roots=frozenset({root_id}), items=frozenset()), steps

        forgotten: dict[str, Any] = {}
        # Removing a root forgets all its metadata; it is deliberately not journalled.
        return self._write("Remove folder", op, undoable=False, details=forgotten)

    def set_root_options(
        self,
        root_id: int,
        *,
        label: str | None = None,
        sidecar_policy: str | None = None,
        ignore_patterns: list[str] | None = None,
    ) -> OpResult[None]:
        """Change a root's label, sidecar policy ('beside' or 'mirror') or ignore patterns."""
        values: dict[str, object] = {}
        if label is not None:
            values["label"] = label
        if sidecar_policy is not None:
            if sidecar_policy not in stored_values(SidecarPolicy):
                raise CatalogError("Sidecar policy must be 'beside' or 'mirror'.")
            values["sidecar_policy"] = sidecar_policy
        if ignore_patterns is not None:
            values["ignore_patterns"] = list(ignore_patterns)

        def op(ctx: WriteContext) -> ChangeSummary:
            ctx.journal.update(table_of(Root), [{"id": root_id}], values)
            return ChangeSummary(roots=frozenset({root_id}))

        return self._write("Change folder options", op)

    def set_root_online(self, root_id: int, online: bool) -> None:
        """Record whether a root's drive is reachable (bookkeeping, not undoable)."""
        with self._write_sessions() as s, s.begin():
            s.execute(update(Root).where(Root.id == root_id).values(online=online))

    def setting(self, key: str, default: object = None) -> object:
        """A catalogue-wide setting."""
        with self._read() as s:
            row = s.get(Setting, key)
            return row.value.get("v", default) if row else default

    def set_setting(self, key: str, value: object) -> None:
        """Store a catalogue-wide setting (not undoable)."""
        with self._write_sessions() as s, s.begin():
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value={"v": value}))
            else:
                row.value = {"v": value}

    def info(self) -> CatalogInfo:
        """Counts by kind and status, schema revision and file locations."""
        with self._read() as s:
            # From the kept counts (facet_cells, written with every change): counting the
            # items by kind and by status read two whole indexes, ~70 ms at a million items.
            by_kind, by_status = (
                {
                    str(value): int(n)
                    for value, n in s.execute(
                        select(column, func.sum(FacetCell.n)).group_by(column)
                    ).all()
                    if n
                }
                for column in (FacetCell.kind, FacetCell.status)
            )
            # The sizes too (migration 0037): sum(size) read a whole index, ~100 ms at 1M.
            total = s.scalar(select(func.coalesce(func.sum(FacetCell.bytes), 0))) or 0
            counts = {
                name: s.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (
                    ("roots", Root),
                    ("events", Event),
                    ("sessions", ProgrammeSession),
                    ("tags", Tag),
                    ("collections", Collection),
                )
            }
        return CatalogInfo(
            location=mask_url(self.location),
            cache_dir=str(self.cache_dir) if self.cache_dir else None,
            schema_revision=current_revision(self.engine) or "",
            items=sum(by_kind.values()),
            by_kind=by_kind,
            by_status=by_status,
            total_bytes=int(total),
            **counts,
        )


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
        return True
    except ValueError:
        return False
