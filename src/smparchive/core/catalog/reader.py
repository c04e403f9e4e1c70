"""A read-only view of an up-to-date SQLite catalogue through the standard library alone.

The command line's read commands (``ls``, ``show``, ``search``, ``info``) would spend most
of their time importing SQLAlchemy and mapping the models (~0.35 s and ~0.5 s of CPU on a
2-core machine, against 15 ms for Python itself). :func:`open_reader` answers the common
reads with ``sqlite3``: item records, ids of a simple filter (free text, kind, rating,
flag, colour, consent, status) in any order, counts, the event's zone and the summary of
``info``. Anything else (a tag, a day, a session, a facet count ...) is delegated to the
full :class:`~smparchive.core.catalog.catalog.Catalog`, opened on first use, so a command
written against ``Catalog`` works unchanged and only the common paths are quicker.

The SQL is the same as ``filters.py`` compiles for those filters (tests compare results,
plans and records with the full catalogue's on the same file).
"""

from __future__ import annotations

import functools
import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smparchive.core.catalog import filelocks
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.codes import (
    COLUMN_ENUMS,
    code_of,
    value_of,
)
from smparchive.core.catalog.scanplan import (
    LED_BY_FEWEST,
    broad_read,
    plan_says,
    share_says,
    sorts_rows,
)
from smparchive.core.catalog.scanplan import SCAN_SHARE as SCAN_SHARE  # re-exported
from smparchive.core.vocab import ItemStatus

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.feed import ChangeFeed
    from smparchive.core.catalog.info_record import CatalogInfo
    from smparchive.core.catalog.item_records import ItemRecord
    from smparchive.core.catalog.itemfilter import ItemFilter
    from smparchive.core.catalog.records import DayRecord
    from smparchive.core.progress import CancelToken
    from smparchive.core.thumbcache import ThumbnailCache

# The item records, the filter and the text query are imported where they are used: a
# quick rescan (core/ingest/rescan.py) and 'info' open the reader without needing them.

# The result orders of filters.SORTS, as SQL (tests check the two agree).
ORDER_BY = {
    "time": "items.capture_utc IS NULL, items.capture_utc, items.id",
    "rating": "items.rating DESC, items.capture_utc ASC NULLS LAST, items.id",
    "name": "items.name, items.id",
    "size": "items.size DESC, items.id",
    "added": "items.first_seen_at DESC, items.id",
}
# The same orders reversed, term by term (``filters._reverse``): the last item first.
ORDER_BY_DESC = {
    "time": "items.capture_utc IS NULL DESC, items.capture_utc DESC, items.id DESC",
    "rating": "items.rating ASC, items.capture_utc DESC NULLS FIRST, items.id DESC",
    "name": "items.name DESC, items.id DESC",
    "size": "items.size ASC, items.id DESC",
    "added": "items.first_seen_at ASC, items.id DESC",
}
# ItemFilter fields the reader compiles itself: plain IN lists on one column, bounds on the
# rating, and free text. Any other field set sends the query to the full catalogue.
_IN_COLUMNS = {
    "kinds": "kind",
    "flags": "flag",
    "color_labels": "color_label",
    "consents": "consent",
    "statuses": "status",
}
_SIMPLE = frozenset({"text", "rating_min", "rating_max", *_IN_COLUMNS})
_INDEXED = ("kinds", "flags", "statuses")  # those whose column leads an index


def _unindexed_value(f: ItemFilter, name: str) -> bool:
    """``f`` asks for a value the partial index of ``name``'s column leaves out (unflagged
    items, OK items): that index cannot lead."""
    if name == "flags":
        return 0 in f.flags
    return name == "statuses" and ItemStatus.OK.value in f.statuses


@functools.cache
def _defaults() -> dict[str, Any]:
    from dataclasses import fields

    from smparchive.core.catalog.itemfilter import ItemFilter

    return {f.name: f.default for f in fields(ItemFilter)}


def open_reader(location: str | None) -> CatalogReader | None:
    """A reader of the SQLite catalogue at ``location`` (None: the default one), or None
    when only the full catalogue will do (a server URL, no file, an older schema that
    must be migrated first). Damaged, foreign, newer or locked files raise CatalogError
    with the same sentences as :func:`open_catalog`."""
    from smparchive.core import paths
    from smparchive.core.catalog.schema import (
        check_sqlite_file,
        head_revision,
        inspect_existing,
    )

    where = paths.default_location() if location is None else location
    if "://" in str(where):
        return None
    path = Path(where).expanduser().absolute()
    if not path.is_file():
        return None  # the full open says why (or creates it)
    check_sqlite_file(path, create=False)
    conn = inspect_existing(path, keep=True)
    assert conn is not None
    held = filelocks.opened(path)  # no raw read of the file while this connection lives
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != head_revision():
        conn.close()
        filelocks.closed(held)
        return None
    return CatalogReader(conn, path, str(row[0]), held)


def open_lazily(
    location: str | Path,
    *,
    create: bool = False,
    on_upgrade: Callable[[str, str], None] | None = None,
) -> CatalogReader:
    """The app's handle on a catalogue: an up-to-date SQLite file is read through
    ``sqlite3`` at once and the full catalogue (SQLAlchemy, ~0.8 s of CPU to import) is
    opened when something first needs it, so a window's first screenful does not wait for
    it; anything else (a server, a new file, a schema to upgrade first) is opened in full
    now, as :func:`open_catalog` does, behind the same handle. Raises what
    ``open_catalog`` raises, with the same sentences."""
    if not create and "://" not in str(location):
        reader = open_reader(str(location))
        if reader is not None:
            # Read from other threads only (the app's UI and task pool), each with its own
            # connection: this thread's id may later be another thread's.
            reader.hand_over()
            return reader
    from smparchive.core import heap

    with heap.catalogue_opening():
        from smparchive.core.catalog.catalog import open_catalog

        catalog = open_catalog(location, create=create, on_upgrade=on_upgrade)
    return CatalogReader.over(catalog)


def _codes(column: str, values: Sequence[Any]) -> list[Any]:
    """``values`` of ``column`` as stored (kind, consent, status: their codes)."""
    enum = COLUMN_ENUMS.get(column)
    return list(values) if enum is None else [code_of(enum, v) for v in values]


class CatalogReader:
    """The read-only subset of ``Catalog`` over ``sqlite3`` connections (one per thread);
    any other attribute comes from the full catalogue, opened on first use. Once the full
    catalogue is open, every read goes to it: the reads behave as they always did, and
    the cached tag paths follow renames."""

    # Until the full catalogue opens, the change feed waits for something else to open it
    # (the first screenful's reads must not import SQLAlchemy); after this long it opens
    # the catalogue itself.
    FEED_WAITS_S = 3.0

    def __init__(
        self,
        conn: sqlite3.Connection | None,
        path: Path | None,
        revision: str,
        held: filelocks.FileKey | None = None,
    ) -> None:
        from smparchive.core import paths

        self._conn = conn
        self._owner = threading.get_ident()  # the thread ``conn`` belongs to
        self._local = threading.local()  # other threads' connections
        self._others: list[sqlite3.Connection] = []
        self._held = held
        self._path = path
        self._revision = revision
        self._full: Catalog | None = None
        self._opening = threading.Lock()
        self._opened = threading.Event()
        self._tag_paths: dict[int, str] | None = None
        self._user_name: tuple[str | None] | None = None  # set_user_name's, until opened
        self._feed_from: int | None = None
        self.own_changes: set[int] = set()  # shared with the full catalogue once open
        self.location = str(path)
        self._cache_dir = paths.cache_dir_for(path) if path is not None else None

    @classmethod
    def over(cls, catalog: Catalog) -> CatalogReader:
        """The handle of a catalogue opened in full already (a server's, a new file)."""
        handle = cls(None, None, "")
        handle.location = catalog.location
        handle._cache_dir = catalog.cache_dir
        handle._adopt(catalog)
        return handle

    def hand_over(self) -> None:
        """Close the connection of the thread that opened this reader: from now on each
        thread reads through one of its own (see ``connection``)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- delegation ----------------------------------------------------------------------
    def full(self) -> Catalog:
        """The full catalogue on the same file (opened once, on first need, by whichever
        thread needs it first; the others wait for it)."""
        if self._full is None:
            with self._opening:
                if self._full is None:
                    from smparchive.core import heap, lazylog

                    lazylog.ready()  # the full catalogue logs: set up the log file first
                    assert self._path is not None
                    with heap.catalogue_opening():
                        from smparchive.core.catalog.catalog import open_catalog

                        catalog = open_catalog(self._path)
                    self._adopt(catalog)
        assert self._full is not None
        return self._full

    def _adopt(self, catalog: Catalog) -> None:
        """What was set on this handle goes on with the full catalogue."""
        catalog.own_changes = self.own_changes
        if self._path is not None:
            catalog.cache_dir = self._cache_dir
        if self._user_name is not None:
            catalog.set_user_name(self._user_name[0])
        self._full = catalog
        self._opened.set()
        from smparchive.core import heap

        heap.catalogue_opened()  # the app's long-lived objects are all here now

    @property
    def loaded(self) -> bool:
        """Whether the full catalogue is open (tests and benchmarks ask)."""
        return self._full is not None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full(), name)

    @property
    def cache_dir(self) -> Path | None:
        """The thumbnail cache's folder (the app may move it: Preferences)."""
        return self._full.cache_dir if self._full is not None else self._cache_dir

    @cache_dir.setter
    def cache_dir(self, value: Path | None) -> None:
        self._cache_dir = value
        if self._full is not None:
            self._full.cache_dir = value

    @property
    def thumbnails(self) -> ThumbnailCache | None:
        """The thumbnail/preview cache beside the catalogue (as ``Catalog.thumbnails``)."""
        if self._full is not None:
            return self._full.thumbnails
        from smparchive.core.thumbcache import ThumbnailCache

        return ThumbnailCache(self._cache_dir) if self._cache_dir is not None else None

    def set_user_name(self, name: str | None) -> None:
        """As ``Catalog.set_user_name``; kept for the full catalogue until it opens."""
        if self._full is not None:
            self._full.set_user_name(name)
        else:
            self._user_name = (name,)

    def interruptible(self, token: CancelToken) -> AbstractContextManager[None]:
        """As ``Catalog.interruptible``: this thread's reads stop when ``token`` is
        cancelled, those of its ``sqlite3`` connection included."""
        from smparchive.core.catalog import interrupt

        return interrupt.interruptible(token)

    def change_feed(self, since: int | None = None, answer_s: float | None = None) -> ChangeFeed:
        """As ``Catalog.change_feed``. Before the full catalogue is open, the feed waits for
        it (up to FEED_WAITS_S, then opens it) and goes on from the newest change committed
        when this was first called: none made meanwhile is missed."""
        if self._full is None and since is None:
            if self._feed_from is None:
                newest = self._rows("SELECT coalesce(max(id), 0) FROM audit_log")
                self._feed_from = int(newest[0][0])
            since = self._feed_from
        if self._full is None:
            self._opened.wait(self.FEED_WAITS_S)
        return self.full().change_feed(since, answer_s)

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.ProgrammingError:  # another thread's: it goes with the process
                pass
        for conn in self._others:
            conn.close()
        self._others.clear()
        filelocks.closed(self._held)
        self._held = None
        if self._full is not None:
            self._full.close()

    # -- reads ---------------------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        """This thread's connection: the one the file was checked with on the thread that
        opened it, a read-only one of its own on any other (the app's task pool)."""
        if threading.get_ident() == self._owner and self._conn is not None:
            return self._conn
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            from smparchive.core.catalog.schema import OPEN_WAIT_S

            assert self._path is not None
            conn = sqlite3.connect(
                f"file:{self._path}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,  # only this thread uses it; close() may be elsewhere
            )
            conn.execute(f"PRAGMA busy_timeout = {int(OPEN_WAIT_S * 1000)}")
            self._local.conn = conn
            self._others.append(conn)
        # Inside an interruptible block a cancel stops this connection's statement (no
        # block without the module: the command line's reads do not import it).
        interrupt = sys.modules.get("smparchive.core.catalog.interrupt")
        if interrupt is not None:
            interrupt.watch(conn)
        return conn

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.connection().execute(sql, tuple(params)).fetchall()

    @staticmethod
    def _where(
        f: ItemFilter, unindexed: frozenset[str] = frozenset()
    ) -> tuple[list[str], list[Any]] | None:
        """WHERE terms and parameters for ``f``; None when the reader cannot compile it.
        ``unindexed``: fields whose terms are said of ``+column`` (see ``_led_by_fewest``)."""
        from smparchive.core.catalog.textquery import FTS_IDS, fts_query, terms

        for name, default in _defaults().items():
            if name not in _SIMPLE and getattr(f, name) != default:
                return None
        where: list[str] = []
        params: list[Any] = []
        if f.text.strip():
            words = terms(f.text)
            if words:
                where.append(f"items.id IN ({FTS_IDS}?)")
                params.append(fts_query(words))
        for name, column in _IN_COLUMNS.items():
            values = getattr(f, name)
            if values:
                plus = "+" if name in unindexed else ""
                where.append(f"{plus}items.{column} IN ({', '.join('?' * len(values))})")
                params.extend(_codes(column, values))
        if f.flags and 0 not in f.flags and "flags" not in unindexed:
            where.append("items.flag != 0")  # as filters.py: the flags' partial index
        if f.statuses and ItemStatus.OK.value not in f.statuses and "statuses" not in unindexed:
            where.append("items.status != 0")  # as filters.py: the status index's (0036)
        if f.rating_min is not None:
            where.append("items.rating >= ?")
            params.append(f.rating_min)
        if f.rating_max is not None:
            where.append("items.rating <= ?")
            params.append(f.rating_max)
        return where, params

    def query_ids(
        self,
        f: ItemFilter | None = None,
        *,
        sort: str = "time",
        limit: int | None = None,
        offset: int = 0,
        descending: bool = False,
        total: int | None = None,
    ) -> list[int]:
        """Ids of the items matching ``f``, sorted, optionally one page (as Catalog's;
        ``descending``: the order reversed; windows read from the end with ``total``: the
        full catalogue's)."""
        from smparchive.core.catalog.itemfilter import ItemFilter

        f = f or ItemFilter()
        compiled = None
        if self._full is None and total is None:
            compiled = self._where(f, self._led_by_fewest(f))
        if compiled is None:
            return self.full().query_ids(
                f, sort=sort, limit=limit, offset=offset, descending=descending, total=total
            )
        where, params = compiled
        orders = ORDER_BY_DESC if descending else ORDER_BY
        order = orders.get(sort, orders["time"])
        if limit is not None and not offset and f.text.strip():
            walked = self._walk_first_page(f, order, limit)
            if walked is not None:
                return walked
        sql = "SELECT items.id FROM items"
        if where:
            sql += " WHERE " + " AND ".join(where)
            if not f.text.strip() and self._scans_table(sql + " ORDER BY " + order, where, params):
                hint = broad_read(sort, window=limit is not None)
                sql = sql.replace(" FROM items", f" FROM items {hint}", 1)
        sql += " ORDER BY " + order
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        return [int(r[0]) for r in self._rows(sql, params)]

    def _led_by_fewest(self, f: ItemFilter) -> frozenset[str]:
        """The fields of ``f`` not to find its items by, so that the indexed condition
        keeping the fewest items leads when it keeps few (``QueryOps._led_by_fewest``:
        without statistics SQLite took `status:missing kind:photo` through the kind's time
        index and read every photo's row)."""
        present = [n for n in _INDEXED if getattr(f, n) and not _unindexed_value(f, n)]
        if f.text.strip() or len(present) < 2:
            return frozenset()
        counts = []
        for name in present:
            values = getattr(f, name)
            column = _IN_COLUMNS[name]
            marks = ", ".join("?" * len(values))
            sql = f"SELECT sum(n) FROM facet_cells WHERE {column} IN ({marks})"
            counts.append((int(self._rows(sql, _codes(column, values))[0][0] or 0), name))
        fewest, lead = min(counts)
        if fewest > LED_BY_FEWEST:
            return frozenset()
        return frozenset(n for n in present if n != lead)

    def _walk_first_page(self, f: ItemFilter, order: str, limit: int) -> list[int] | None:
        """The first page of a free-text search found by walking the browse order and
        testing each item's search text, as ``QueryOps._walk_first_page`` does (a broad
        prefix such as 'IMG_0' at a million items: FTS5 sorted every match, 0.57 s); None
        to ask FTS5."""
        from dataclasses import replace

        from smparchive.core.catalog import textwalk

        wanted = textwalk.phrases(f.text)
        rest = self._where(replace(f, text=""))
        if wanted is None or rest is None or limit > textwalk.BUDGET:
            return None
        where, params = rest
        sql = (
            "SELECT items.id, (SELECT hash FROM search_docs WHERE search_docs.item_id = items.id)"
            " FROM items" + (" WHERE " + " AND ".join(where) if where else "")
        )
        sql += " ORDER BY " + order + " LIMIT ?"
        params = [*params, textwalk.BUDGET]
        # Only where the browse order comes from an index (as the catalogue's walk).
        if sorts_rows([str(r[-1]) for r in self._rows("EXPLAIN QUERY PLAN " + sql, params)]):
            return None
        conn = self.connection()
        cursor = conn.execute(sql, tuple(params))

        def execute(sql: str, params: Sequence[Any]) -> Sequence[Any]:
            return conn.execute(sql, tuple(params)).fetchall()

        try:  # each walked item's text made again from the catalogue (see textwalk)
            return textwalk.first_of(textwalk.with_texts(cursor.fetchmany, execute), wanted, limit)
        finally:
            cursor.close()

    def _scans_table(self, sql: str, where: list[str], params: list[Any]) -> bool:
        """Whether ``sql`` (a filter on facet columns, sorted) is better read by scanning
        the items: the rule of ``QueryOps._scans_table`` on the same plan and counts."""
        decided = plan_says([str(r[-1]) for r in self._rows("EXPLAIN QUERY PLAN " + sql, params)])
        if decided is not None:
            return decided
        cells = " AND ".join(where).replace("items.", "facet_cells.")
        matching = self._rows(f"SELECT sum(n) FROM facet_cells WHERE {cells}", params)[0][0]
        size = self._rows("SELECT sum(n) FROM facet_cells")[0][0]
        return share_says(int(matching or 0), int(size or 0))

    def count(self, f: ItemFilter | None = None) -> int:
        """How many items match ``f``."""
        from smparchive.core.catalog.itemfilter import ItemFilter

        f = f or ItemFilter()
        compiled = self._where(f) if self._full is None else None
        if compiled is None:
            return self.full().count(f)
        where, params = compiled
        if f.text.strip():  # counted from the text index, as QueryOps._count (_from_text)
            where = [w if w.startswith("items.id ") else "+" + w for w in where]
        else:  # summed from the counts kept per combination of facet values, as
            # QueryOps._count does (migration 0011): the whole catalogue at 1M read the
            # items' smallest index (~250 ms at load 6; the sum: ~6 ms), same numbers
            cells = " AND ".join(where).replace("items.", "facet_cells.")
            sql = "SELECT sum(n) FROM facet_cells" + (f" WHERE {cells}" if where else "")
            return int(self._rows(sql, params)[0][0] or 0)
        # text of punctuation alone has no words, so no term: every item ("!!!" made "WHERE ")
        sql = "SELECT count(items.id) FROM items" + (
            " WHERE " + " AND ".join(where) if where else ""
        )
        return int(self._rows(sql, params)[0][0] or 0)

    def spans_days(self, f: ItemFilter | None = None) -> bool:
        """Whether the items matching ``f`` lie on several days (``Catalog.spans_days``),
        read without SQLAlchemy: the app asks it of its first screenful."""
        from smparchive.core.catalog.itemfilter import ItemFilter

        f = f or ItemFilter()
        if len(f.day_ids) == 1:  # one day by its filter (as Catalog.spans_days)
            return False
        compiled = self._where(f) if self._full is None else None
        if compiled is None:
            return self.full().spans_days(f)
        where, params = compiled
        if f.text.strip():  # one statement, in the filter's order (as Catalog.spans_days)
            sql = "SELECT DISTINCT items.day_id + 0 FROM items" + (
                " WHERE " + " AND ".join(where) if where else ""
            )
        else:  # the days of the kept combinations, as Catalog.spans_days
            cells = " AND ".join(where).replace("items.", "facet_cells.")
            sql = "SELECT day_id FROM facet_cells" + (f" WHERE {cells}" if where else "")
            sql += " GROUP BY day_id HAVING sum(n) > 0"
        return len(self._rows(sql + " LIMIT 2", params)) > 1

    def known_ids(self, ids: Sequence[int]) -> set[int]:
        """Those of ``ids`` that are items of the catalogue."""
        if self._full is not None:
            return self.full().known_ids(ids)
        out: set[int] = set()
        for chunk in chunked(list(ids)):
            marks = ", ".join("?" * len(chunk))
            out.update(
                int(r[0]) for r in self._rows(f"SELECT id FROM items WHERE id IN ({marks})", chunk)
            )
        return out

    def tag_paths(self) -> dict[int, str]:
        """Tag id -> "Parent|Child" path."""
        if self._full is not None:  # it reads them again after a change to the tags
            return self._full.tag_paths()
        if self._tag_paths is None:
            names = {
                int(i): (str(n), p)
                for i, n, p in self._rows("SELECT id, name, parent_id FROM tags")
            }
            from smparchive.core.catalog.names import tag_paths_from

            self._tag_paths = tag_paths_from(names)
        return self._tag_paths

    def _root_paths(self) -> dict[int, str]:
        from smparchive.core import paths

        out = {int(i): str(p) for i, p in self._rows("SELECT id, path FROM roots")}
        for root_id, path in self._rows(
            "SELECT root_id, path FROM root_mounts WHERE machine = ?", [paths.machine_id()]
        ):
            out[int(root_id)] = str(path)
        return out

    def items(self, ids: Sequence[int]) -> list[ItemRecord]:
        """Item records for ``ids``, in that order (missing ids are skipped)."""
        if self._full is not None:
            return self._full.items(ids)
        from smparchive.core.catalog.record_rows import read_records

        return read_records(self._rows, ids, self._root_paths(), self.tag_paths())

    def item(self, item_id: int) -> ItemRecord:
        """One item record; raises KeyError when it does not exist."""
        found = self.items([item_id])
        if not found:
            raise KeyError(item_id)
        return found[0]

    def event_zone(self, event_id: int | None = None) -> ZoneInfo:
        """The time zone of the main event (UTC when there is none)."""
        if event_id is not None or self._full is not None:
            return self.full().event_zone(event_id)
        from smparchive.core.domain.zones import zone  # not time.py's rules and records

        row = self._rows("SELECT time_zone FROM events ORDER BY id LIMIT 1")
        return zone(row[0][0] if row else "UTC")

    def event_zones(self) -> dict[int, ZoneInfo]:
        """Each event's zone by its id (``Catalog.event_zones``), read without SQLAlchemy:
        the main window asks it before its first paint."""
        if self._full is not None:
            return self.full().event_zones()
        from smparchive.core.domain.zones import zone

        return {int(i): zone(tz) for i, tz in self._rows("SELECT id, time_zone FROM events")}

    def days(self, event_id: int | None = None, *, counts: bool = True) -> list[DayRecord]:
        """Programme days by date (as ``Catalog.days``; with counts: the full catalogue's)."""
        if counts or self._full is not None:
            return self.full().days(event_id, counts=counts)
        from datetime import date

        from smparchive.core.catalog.records import DayRecord

        sql = "SELECT id, event_id, date, label FROM days"
        params: list[Any] = []
        if event_id is not None:
            sql += " WHERE event_id = ?"
            params.append(event_id)
        # the names in further languages (0042), as Catalog.days reads them
        texts: dict[int, list[tuple[str, str, str]]] = {}
        for did, field, lang, value in self._rows(
            "SELECT day_id, field, lang, value FROM day_texts ORDER BY day_id, field, lang"
        ):
            texts.setdefault(int(did), []).append((field, lang, value))
        return [
            DayRecord(
                id=int(i),
                event_id=int(e),
                date=date.fromisoformat(str(d)),
                label=lab,
                texts=tuple(texts.get(int(i), ())),
            )
            for i, e, d, lab in self._rows(sql + " ORDER BY date, id", params)
        ]

    def info(self) -> CatalogInfo:
        """Counts by kind and status, schema revision and file locations."""
        if self._path is None:  # a server's catalogue
            return self.full().info()
        from smparchive.core.catalog.info_record import CatalogInfo

        # The kept counts (see ``Catalog.info``), not two reads of whole indexes.
        by_kind, by_status = (
            {
                value_of(COLUMN_ENUMS[c], k): int(n)
                for k, n in self._rows(f"SELECT {c}, sum(n) FROM facet_cells GROUP BY {c}")
                if n
            }
            for c in ("kind", "status")
        )
        # Kept beside the counts (migration 0037): sum(size) read ix_items_size, ~100 ms at 1M.
        total = self._rows("SELECT coalesce(sum(bytes), 0) FROM facet_cells")[0][0] or 0
        counts = {
            name: int(self._rows(f"SELECT count(*) FROM {table}")[0][0] or 0)
            for name, table in (
                ("roots", "roots"),
                ("events", "events"),
                ("sessions", "sessions"),
                ("tags", "tags"),
                ("collections", "collections"),
            )
        }
        return CatalogInfo(
            location=self.location,
            cache_dir=str(self.cache_dir) if self.cache_dir else None,
            schema_revision=self._revision,
            items=sum(by_kind.values()),
            by_kind=by_kind,
            by_status=by_status,
            total_bytes=int(total),
            **counts,
        )
