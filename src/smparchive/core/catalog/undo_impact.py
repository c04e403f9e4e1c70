"""What undoing a step would take away, so the CLI and the app can ask first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smparchive.core.plural import counted

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.undo import UndoRecord

LARGE_UNDO = 200  # items: undoing a step that changes more than this asks first


@dataclass(frozen=True, kw_only=True)
class UndoImpact:
    """A large undo: the folders it removes with their items, or how many items change."""

    label: str
    removed_folders: tuple[str, ...] = ()
    removed_items: int = 0
    changed_items: int = 0

    def sentence(self) -> str:
        """The English sentence the CLI prints (the app phrases it in its own language)."""
        if self.removed_folders:
            return (
                f"Undoing '{self.label}' removes {', '.join(self.removed_folders)} and its "
                f"{counted(self.removed_items, 'catalogued item')} from the catalogue, with "
                "their tags, "
                "captions and ratings (the files stay where they are)."
            )
        return f"Undoing '{self.label}' changes {counted(self.changed_items, 'item')}."


def removed_root_ids(record: UndoRecord) -> frozenset[int]:
    """The catalogued folders undoing ``record`` removes (an added folder's step): what
    they hold is read from the catalogue to say it; nothing else of the question is."""
    return frozenset(
        int(step["pk"]["id"])
        for step in record.steps
        if step.get("op") == "delete" and step.get("table") == "roots" and "pk" in step
    )


def undo_impact(catalog: Catalog, record: UndoRecord) -> UndoImpact | None:
    """What undoing ``record`` would take away, when that is a lot (else None). Reads the
    catalogue only when the step removes folders (:func:`removed_root_ids`)."""
    removed_roots = removed_root_ids(record)
    if removed_roots:
        roots = [r for r in catalog.roots() if r.id in removed_roots]
        items = sum(r.item_count for r in roots)
        if items:
            return UndoImpact(
                label=record.label,
                removed_folders=tuple(r.path for r in roots),
                removed_items=items,
            )
    return changed_impact(record)


def changed_impact(record: UndoRecord) -> UndoImpact | None:
    """How many items undoing ``record`` changes, when that is a lot (read from the record
    alone: no catalogue read)."""
    if len(record.changes.items) > LARGE_UNDO:
        return UndoImpact(label=record.label, changed_items=len(record.changes.items))
    return None
