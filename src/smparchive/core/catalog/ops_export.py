"""Export history: one row per export attempt (finished, partial, failed or cancelled).

Recording an export changes nothing else in the catalogue and is not undoable: the history
is an audit trail of what left the archive, under which settings and consent overrides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import ExportRecord
from smparchive.core.catalog.records import ExportRecordView
from smparchive.core.catalog.undo import ChangeSummary
from smparchive.core.messages import problem
from smparchive.core.vocab import ExportStatus, stored_values

EXPORT_STATUSES = stored_values(ExportStatus)


class ExportOps(CatalogBase):
    """Write and read the export history."""

    def record_export(
        self,
        history: Mapping[str, Any],
        *,
        source: str | None = None,
        settings: Mapping[str, Any] | None = None,
        status: str = ExportStatus.OK,
        message: str | None = None,
    ) -> int:
        """Store one export (``history`` as from ``ExportReport.history_record()``); its id.

        ``history`` needs ``bundle`` (or ``target_dir``), ``target`` and ``preset``; its
        ``items``, ``bytes``, ``overrides``, ``held_back`` and ``problems`` are kept too.
        """
        if status not in EXPORT_STATUSES:
            raise CatalogError(f"Export status must be one of {', '.join(EXPORT_STATUSES)}.")
        target = str(history.get("bundle") or history.get("target_dir") or "")
        if not target:
            raise CatalogError("An export record needs its target.")
        item_ids = sorted({int(i) for i in history.get("items", ()) if str(i).isdigit()})
        kept = {
            k: v
            for k, v in history.items()
            if k not in ("bundle", "target", "preset", "items", "bytes", "overrides")
        }
        row = {
            "target": target,
            "target_kind": str(history.get("target", "folder")),
            "preset": str(history.get("preset", "")),
            "source": source,
            "settings": {**dict(settings or {}), "report": kept},
            "overrides": {"decisions": list(history.get("overrides", ()))},
            "item_ids": item_ids,
            "item_count": len(item_ids),
            "bytes": int(history.get("bytes", 0) or 0),
            "status": status,
            "message": message,
        }

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            record = ExportRecord(**row)
            ctx.session.add(record)
            ctx.session.flush()
            return ChangeSummary(), int(record.id)

        result = self._write("Record export", op, undoable=False)
        return result.value

    def export_history(self, limit: int | None = None) -> list[ExportRecordView]:
        """Past exports, newest first."""
        q = select(ExportRecord).order_by(ExportRecord.id.desc()).limit(limit)
        with self._read() as s:
            return [_view(r) for r in s.scalars(q)]

    def export_record(self, export_id: int) -> ExportRecordView:
        """One export record; CatalogError when unknown."""
        with self._read() as s:
            r = s.get(ExportRecord, export_id)
            if r is None:
                raise CatalogError(problem("missing.export", value=export_id))
            return _view(r)

    def exported_item_ids(self, export_id: int) -> list[int]:
        """The items an export wrote."""
        with self._read() as s:
            ids: Sequence[int] | None = s.scalar(
                select(ExportRecord.item_ids).where(ExportRecord.id == export_id)
            )
        if ids is None:
            raise CatalogError(problem("missing.export", value=export_id))
        return [int(i) for i in ids]


def _view(r: ExportRecord) -> ExportRecordView:
    return ExportRecordView(
        id=r.id,
        created_at=r.created_at,
        target=r.target,
        target_kind=r.target_kind,
        preset=r.preset,
        source=r.source,
        settings=dict(r.settings or {}),
        overrides=dict(r.overrides or {}),
        item_count=r.item_count,
        bytes=r.bytes,
        status=r.status,
        message=r.message,
    )
