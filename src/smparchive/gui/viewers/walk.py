"""What the loupe walks: a list of ids, or the rows of a windowed result read page by page.

The loupe over the whole view of a million items must not wait for every id of the result
(4-5 s in the background at a million): :class:`StoreRows` answers the id at a row from
the pages the grid's :class:`ItemStore` holds, asks for a missing page and calls back when
it is in. :class:`IdList` is a plain list with the same few methods (a selection, a held
result).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from smparchive.gui.models.item_store import ItemStore


class Walk(Protocol):
    """The ids a viewer steps through, by position."""

    def __len__(self) -> int: ...

    def id_at(self, index: int) -> int | None:
        """The id at ``index``; None while it is being read (see :meth:`when_read`)."""
        ...

    def known(self, first: int, last: int) -> list[int]:
        """The ids at ``first``..``last`` known now (nothing is read for them)."""
        ...

    def when_read(self, index: int, then: Callable[[], None]) -> None:
        """Call ``then()`` once the id at ``index`` has been read."""
        ...

    def drop(self, index: int) -> bool:
        """Leave out a deleted item; False when the walk cannot (it follows the view)."""
        ...

    def close(self) -> None: ...


class IdList(list[int]):
    """A plain id list as a :class:`Walk`."""

    def id_at(self, index: int) -> int | None:
        return self[index] if 0 <= index < len(self) else None

    def known(self, first: int, last: int) -> list[int]:
        return self[max(0, first) : last + 1]

    def when_read(self, index: int, then: Callable[[], None]) -> None:
        then()

    def drop(self, index: int) -> bool:
        self.pop(index)
        return True

    def close(self) -> None:
        pass


class StoreRows:
    """The rows of the grid's result as a :class:`Walk`, without reading every id."""

    def __init__(self, store: ItemStore) -> None:
        self.store = store
        self._waiting: dict[int, list[Callable[[], None]]] = {}
        store.rows_changed.connect(self._rows_in)

    def __len__(self) -> int:
        return len(self.store)

    def id_at(self, index: int) -> int | None:
        return self.store.id_at(index)  # asks for its page when missing

    def known(self, first: int, last: int) -> list[int]:
        return self.store.known_ids(first, last)

    def when_read(self, index: int, then: Callable[[], None]) -> None:
        if self.store.id_at(index) is not None:
            then()
            return
        self._waiting.setdefault(index, []).append(then)

    def _rows_in(self, first: int, last: int) -> None:
        for index in [i for i in self._waiting if first <= i <= last]:
            if self.store.id_at(index, fetch=False) is not None:
                for then in self._waiting.pop(index):
                    then()

    def drop(self, index: int) -> bool:
        return False  # the view loses the row itself when it is refreshed

    def close(self) -> None:
        self._waiting.clear()
        try:
            self.store.rows_changed.disconnect(self._rows_in)
        except (RuntimeError, TypeError):
            pass  # the store is gone already
