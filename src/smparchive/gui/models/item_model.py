"""The browser's models: a list for the thumbnail grid, a table for the details view.

Both are thin views of one :class:`ItemStore` (ids + lazily fetched records) and share
the :class:`ThumbnailLoader`; neither holds anything but ids and cached records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.fields import Field, FieldType, column_fields
from smparchive.core.messages import item_problems
from smparchive.core.thumbcache import pending_key
from smparchive.core.vocab import ThumbState, hash_pending
from smparchive.gui import field_views, problem_texts
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import translate
from smparchive.gui.models.item_store import ItemStore
from smparchive.gui.models.roles import (
    ID_ROLE,
    ITEM_IDS_MIME,
    RECORD_ROLE,
    SORT_ROLE,
    THUMBNAIL_ROLE,
)
from smparchive.gui.models.thumbnails import ThumbnailLoader

Index = QModelIndex | QPersistentModelIndex


def ids_to_mime(ids: Sequence[int]) -> QMimeData:
    """Mime data carrying item ids (drags onto the sidebar, reordering)."""
    mime = QMimeData()
    mime.setData(ITEM_IDS_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return mime


def ids_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(ITEM_IDS_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(ITEM_IDS_MIME).data()).decode())]
    except (ValueError, TypeError):
        return []


class _ItemModelMixin:
    """Shared plumbing: store signals, thumbnails, drag data."""

    store: ItemStore
    thumbs: ThumbnailLoader

    def _connect_store(self) -> None:
        self._sha_rows: dict[str, set[int]] = {}
        self._reported: set[str] = set()  # pictures said missing (to be made again)
        self.store.reset.connect(self._on_reset)
        self.store.appending.connect(self._on_appending)
        self.store.appended.connect(self._on_appended)
        self.store.inserting.connect(self._on_inserting)
        self.store.inserted.connect(self._on_appended)
        self.store.removing.connect(self._on_removing)
        self.store.removed.connect(self._on_removed)
        self.store.rows_changed.connect(self._on_rows_changed)
        self.thumbs.loaded.connect(self._on_thumb)
        self.thumbs.missing.connect(self._on_thumb_missing)

    def _on_reset(self) -> None:
        m: Any = self
        m.beginResetModel()
        self._sha_rows = {}
        m.endResetModel()

    def _on_appending(self, first: int, last: int) -> None:
        m: Any = self
        m.beginInsertRows(QModelIndex(), first, last)

    def _on_appended(self) -> None:
        m: Any = self
        m.endInsertRows()

    def _on_inserting(self, first: int, last: int) -> None:
        m: Any = self
        self._sha_rows = {}  # rows move: painted rows register again
        m.beginInsertRows(QModelIndex(), first, last)

    def _on_removing(self, first: int, last: int) -> None:
        m: Any = self
        self._sha_rows = {}
        m.beginRemoveRows(QModelIndex(), first, last)

    def _on_removed(self) -> None:
        m: Any = self
        m.endRemoveRows()

    def _on_rows_changed(self, first: int, last: int) -> None:
        m: Any = self
        cols = m.columnCount(QModelIndex()) if isinstance(m, QAbstractTableModel) else 1
        m.dataChanged.emit(m.index(first, 0), m.index(last, cols - 1))

    def _on_thumb(self, key: str) -> None:
        m: Any = self
        for row in self._sha_rows.get(key, ()):
            if row < len(self.store):
                idx = m.index(row, 0)
                m.dataChanged.emit(idx, idx, [THUMBNAIL_ROLE])

    def _on_thumb_missing(self, key: str) -> None:
        """Say which shown items lack their grid thumbnail (so it can be made again)."""
        m: Any = self
        records = []
        for row in sorted(self._sha_rows.get(key, ())):
            rec = self.store.record(row, fetch=False)
            if rec is not None and rec.picture_key == key:
                records.append(rec)
        if records:
            self._reported.add(key)
            m.thumbnails_missing.emit(records)

    def _thumbnail(self, row: int, rec: ItemRecord | None) -> Any:
        if rec is None or rec.thumb_state == ThumbState.NONE:
            return None
        key = rec.picture_key  # a video with a chosen poster frame has its own picture
        if (
            not key
            and rec.has_embedded_thumb
            and hash_pending(rec.status, rec.sha256, rec.status_reason)
        ):
            key = pending_key(rec.id)  # catalogued from its head: the camera's thumbnail
        if not key:
            return None
        self._sha_rows.setdefault(key, set()).add(row)
        pix = self.thumbs.pixmap(key)
        if pix is None and key not in self._reported and self.thumbs.is_absent(key):
            # Its "missing" came while no row was registered (a search typed on reset them
            # all): said now, or the item would stay unpictured however often it is shown.
            self._reported.add(key)
            m: Any = self
            QTimer.singleShot(0, m, lambda r=rec: m.thumbnails_missing.emit([r]))
        return pix

    def item_id(self, index: Index) -> int | None:
        row = index.row()
        return self.store.id_at(row) if index.isValid() else None

    def ids_for(self, indexes: Sequence[Index]) -> list[int]:
        """Ids of the rows of ``indexes`` (those whose page is held: what is dragged)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return [i for r in rows if (i := self.store.id_at(r, fetch=False)) is not None]

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return ids_to_mime(self.ids_for(indexes))


def problem_sentences(rec: ItemRecord) -> str:
    """Why an item is a problem, a sentence a line in the interface's language ('' when it
    is none), as the inspector and ``smparchive problems`` say it."""
    return problem_texts.sentences(
        "\n".join(item_problems(rec.status, rec.status_reason, rec.warnings))
    )


class ItemListModel(_ItemModelMixin, QAbstractListModel):
    """One row per item id; the grid's delegate paints records and thumbnails."""

    reorder_requested = Signal(object, int)  # ids, target row (before which to insert)
    thumbnails_missing = Signal(object)  # list[ItemRecord] shown without a grid thumbnail

    def __init__(
        self,
        store: ItemStore,
        thumbs: ThumbnailLoader,
        session_name: Callable[[int | None], str] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.thumbs = thumbs
        # a session's title as the sidebar shows it (a closed session named in a tooltip)
        self.session_name: Callable[[int | None], str] = session_name or (lambda _sid: "")
        self.reorderable = False  # True while showing a collection in its own order
        self._connect_store()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.store)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.store):
            return None
        row = index.row()
        if role == ID_ROLE:
            return self.store.id_at(row)
        rec = self.store.record(row)
        if role == RECORD_ROLE:
            return rec
        if role == Qt.ItemDataRole.DisplayRole:
            return rec.name if rec else ""
        if role == THUMBNAIL_ROLE:
            return self._thumbnail(row, rec)
        if role == Qt.ItemDataRole.ToolTipRole and rec is not None:
            when = fmt.capture_tip(rec)  # what '(+1 h)' or the filmstrip's '09:37*' means
            # a problem's sentence too: in Problems > Warnings the card said only "Warning",
            # its reason at the foot of the inspector
            why = problem_sentences(rec)
            # what a consent badge stands for (cut to its sign "⊘" in narrow cells), and
            # why when its session or a person shown decides it
            consent = (
                translate("ItemModel", "Consent: %1").replace("%1", fmt.consent_shown(rec))
                if rec.effective_consent in fmt.BADGED_CONSENTS
                else ""
            )
            held = fmt.held_back(rec, self.session_name)
            return "\n".join(x for x in (rec.name, when, fmt.camera(rec), consent, held, why) if x)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.reorderable else base
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction if self.reorderable else Qt.DropAction.IgnoreAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.reorderable and data.hasFormat(ITEM_IDS_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropping inside a collection reorders it (the catalogue does the moving)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = ids_from_mime(data)
        if not ids:
            return False
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.store)
        self.reorder_requested.emit(ids, target)
        return False  # the view must not remove the source rows itself


# Numbers read right-aligned in their column.
_NUMERIC = (FieldType.INT, FieldType.NUMBER, FieldType.BYTES)


class ItemTableModel(_ItemModelMixin, QAbstractTableModel):
    """The details table: one column per property; sorting re-queries the catalogue."""

    sort_requested = Signal(str, bool)  # core sort name, descending
    thumbnails_missing = Signal(object)  # list[ItemRecord] shown without a grid thumbnail

    def __init__(
        self,
        store: ItemStore,
        thumbs: ThumbnailLoader,
        session_name: Callable[[int | None], str] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.thumbs = thumbs
        # the registry's details columns (core/fields.py); gui/field_views.py shows them
        self.columns: list[Field] = list(column_fields())
        self.session_name: Callable[[int | None], str] = session_name or (lambda _sid: "")
        self._connect_store()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.store)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return field_views.label(self.columns[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.store):
            return None
        row, col = index.row(), index.column()
        if role == ID_ROLE:
            return self.store.id_at(row)
        rec = self.store.record(row)
        if role == RECORD_ROLE:
            return rec
        if rec is None:
            return None
        field = self.columns[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_views.cell(field, rec, self.session_name)
        if role == SORT_ROLE:
            return field_views.sort_key(field, rec, self.session_name)
        if role == Qt.ItemDataRole.ToolTipRole and field.name == "status":
            return problem_sentences(rec) or None  # 'Warning': why, when pointed at
        if role == Qt.ItemDataRole.ToolTipRole and field.name == "consent":
            # why the cell says more than its own consent
            return fmt.held_back(rec, self.session_name) or None
        if role == Qt.ItemDataRole.ToolTipRole and field.name == "capture_utc":
            # the cell's '(+1 h)' said neither that nor what was corrected
            return fmt.capture_tip(rec) if rec.clock_shift_s else None
        if role == THUMBNAIL_ROLE and col == 0:
            return self._thumbnail(row, rec)
        if role == Qt.ItemDataRole.TextAlignmentRole and field.type in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting 100,000 rows happens in SQL: ask the browser to re-query."""
        if self.sortable(column):
            name = self.columns[column].sort
            assert name is not None
            self.sort_requested.emit(name, order == Qt.SortOrder.DescendingOrder)
