"""Custom item data roles shared by the models, views and delegate."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int item id
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # ItemRecord or None while loading
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # QPixmap or None
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # comparable value of a details column
NODE_ROLE = Qt.ItemDataRole.UserRole + 10  # sidebar node
COUNT_ROLE = Qt.ItemDataRole.UserRole + 11  # sidebar count

ITEM_IDS_MIME = "application/x-smparchive-item-ids"
