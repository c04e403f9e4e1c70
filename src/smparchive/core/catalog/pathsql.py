"""An item's path under its root in plain SQL (migration 0033), for the statements written
out (the command line's light reader, the search text, the rescan): its folder's path and
its name, as ``models.item_path_sql`` composes them. No SQLAlchemy here."""

from __future__ import annotations

ITEM_PATH_SQL = (
    "(SELECT CASE WHEN folders.path = '' THEN items.name "
    "ELSE folders.path || '/' || items.name END FROM folders WHERE folders.id = items.folder_id)"
)
# The same in a statement that joins ``folders`` (``FOLDER_JOIN``): read once a folder
# rather than looked up for each row (a root's every item).
JOINED_PATH_SQL = (
    "CASE WHEN folders.path = '' THEN items.name ELSE folders.path || '/' || items.name END"
)
FOLDER_JOIN = "JOIN folders ON folders.id = items.folder_id"
