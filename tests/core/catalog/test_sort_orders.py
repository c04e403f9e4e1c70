"""Every result order is total: scrolling a result page by page shows each item exactly
once, whichever way the pages are read (first page, windows by offset from either end,
far windows from the facets index, slices of the id array, the command line's reader),
in every order and direction, on SQLite and PostgreSQL, with many equal values (a
catalogue where thousands of photos share a rating or a capture second)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.catalog import ops_query
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.reader import open_reader
from smparchive.core.catalog.sorts import SORT_NAMES

N = 90
PAGE = 7
BASE = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def location(engine_location: str) -> str:
    return engine_location  # a new catalogue on each engine (tests/conftest.py)


def _specs() -> list[dict[str, Any]]:
    """Items whose every sort column has few distinct values, spread so that no order
    follows the insertion (id) order: ties everywhere, undated items among them."""
    out: list[dict[str, Any]] = []
    for n in range(N):
        m = n * 37 % N  # a fixed shuffle
        out.append(
            {
                "name": f"IMG_{m % 6:04d}.JPG",
                "rel_path": f"d{n}/IMG_{m % 6:04d}.JPG",
                "rating": m % 3,
                "kind": ("photo", "video")[m % 4 == 0],
                "capture_utc": None if m % 5 == 0 else BASE + timedelta(seconds=m % 4),
                "size": 1000 * (m % 4),
                "first_seen_at": BASE + timedelta(days=m % 3),
            }
        )
    return out


def _expected(specs: list[dict[str, Any]], ids: list[int], sort: str) -> list[int]:
    """The documented order (undated items last, ties by id), computed in Python."""
    far = datetime.max.replace(tzinfo=UTC)

    def time(s: dict[str, Any]) -> tuple[bool, datetime]:
        return s["capture_utc"] is None, s["capture_utc"] or far

    keys: dict[str, Callable[[dict[str, Any], int], tuple[Any, ...]]] = {
        "time": lambda s, i: (*time(s), i),
        "rating": lambda s, i: (-s["rating"], *time(s), i),
        "name": lambda s, i: (s["name"], i),
        "size": lambda s, i: (-s["size"], i),
        "added": lambda s, i: (-s["first_seen_at"].timestamp(), i),
    }
    assert set(keys) == set(SORT_NAMES)
    return [i for s, i in sorted(zip(specs, ids, strict=True), key=lambda p: keys[sort](*p))]


@pytest.fixture
def tied(location: str, tmp_path: Path) -> Iterator[tuple[Any, list[dict[str, Any]], list[int]]]:
    cat = open_catalog(location, create=True)
    specs = _specs()
    try:
        ids = insert_items(cat, tmp_path / "media", specs)
        yield cat, specs, ids
    finally:
        cat.close()


def _pages(read: Callable[[int, int], list[int]], total: int) -> list[int]:
    out: list[int] = []
    for offset in range(0, total, PAGE):
        out += read(offset, PAGE)
    return out


def _check(got: list[int], want: list[int], what: tuple[Any, ...]) -> None:
    assert len(got) == len(set(got)), ("an item shown twice", what)
    assert got == want, what


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_NAMES)
def test_pages_of_every_order_concatenate_to_the_whole_result(
    tied: Any, sort: str, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    cat, specs, ids = tied
    kept = [(s, i) for s, i in zip(specs, ids, strict=True) if s["rating"] >= 1]
    photos = [(s, i) for s, i in zip(specs, ids, strict=True) if s["kind"] == "photo"]
    cases = [
        (ItemFilter(), _expected(specs, ids, sort)),
        (ItemFilter(rating_min=1), _expected([s for s, _ in kept], [i for _, i in kept], sort)),
        # most of the catalogue: read by scanning the items in the orders no index gives
        (
            ItemFilter(kinds=("photo",)),
            _expected([s for s, _ in photos], [i for _, i in photos], sort),
        ),
        # every name holds 'img': the text search's own paths (walk, matches, FTS)
        (ItemFilter(text="img"), _expected(specs, ids, sort)),
        (
            ItemFilter(text="img", kinds=("photo",)),
            _expected([s for s, _ in photos], [i for _, i in photos], sort),
        ),
    ]
    # Windows far into a result are read from ix_items_facets (SQLite): make every
    # window past the first page "far".
    monkeypatch.setattr(ops_query, "FAR_WINDOW", PAGE)
    for f, ascending in cases:
        want = ascending[::-1] if descending else ascending
        total = len(want)
        what = (sort, descending, f)
        whole = cat.query_ids(f, sort=sort, descending=descending)
        assert sorted(whole) == sorted(want), what
        _check(list(cat.id_array(f, sort=sort, descending=descending)), whole, (*what, "array"))
        # the command line: --limit/--offset pages, no count known
        _check(
            _pages(
                lambda o, n, f=f: cat.query_ids(
                    f, sort=sort, descending=descending, offset=o, limit=n
                ),
                total,
            ),
            whole,
            (*what, "offset pages"),
        )
        # the grid: its count is known (and a text search's matches read with it), so
        # windows past the middle are read from the end
        assert cat.count(f) == total
        _check(
            _pages(
                lambda o, n, f=f, t=total: cat.query_ids(
                    f, sort=sort, descending=descending, offset=o, limit=n, total=t
                ),
                total,
            ),
            whole,
            (*what, "grid windows"),
        )
        _check(whole, want, (*what, "the documented order"))


def test_rating_order_puts_undated_items_last_on_every_engine(tied: Any) -> None:
    """Within a rating, the undated items (slides, a camera without a clock) come after
    the dated ones on SQLite and PostgreSQL alike (SQLite sorts NULL first by itself)."""
    cat, specs, ids = tied
    dated = {i for s, i in zip(specs, ids, strict=True) if s["capture_utc"] is not None}
    rating = {i: s["rating"] for s, i in zip(specs, ids, strict=True)}
    got = cat.query_ids(sort="rating")
    for r in (2, 1, 0):
        group = [i for i in got if rating[i] == r]
        flags = [i in dated for i in group]
        assert flags == sorted(flags, reverse=True), r


@pytest.mark.parametrize("sort", SORT_NAMES)
def test_the_command_line_reader_pages_as_the_catalogue(
    tmp_path: Path, sort: str, item_inserter: Any
) -> None:
    """``ls``/``search`` with --sort, --limit and --offset read through the sqlite3 reader:
    its pages are the catalogue's (ties by id there too)."""
    path = tmp_path / "cli.smpcat"
    cat = open_catalog(path, create=True)
    specs = _specs()
    try:
        ids = item_inserter(cat, tmp_path / "media", specs)
    finally:
        cat.close()
    reader = open_reader(str(path))
    assert reader is not None
    try:
        want = _expected(specs, ids, sort)
        for f in (ItemFilter(), ItemFilter(text="img"), ItemFilter(kinds=("video",))):
            if f.kinds:
                video = {i for s, i in zip(specs, ids, strict=True) if s["kind"] == "video"}
                wanted = [i for i in want if i in video]
            else:
                wanted = want
            pages = _pages(
                lambda o, n, f=f: reader.query_ids(f, sort=sort, offset=o, limit=n), len(wanted)
            )
            _check(pages, wanted, (sort, f, "reader"))
    finally:
        reader.close()


def test_a_curated_collection_pages_in_its_order(tied: Any) -> None:
    cat, _, ids = tied
    chosen = ids[::3][::-1]
    cid = cat.create_collection("Picks", item_ids=chosen).value
    f = ItemFilter(collection_id=cid)
    for descending in (False, True):
        want = chosen[::-1] if descending else chosen
        for total in (None, len(want)):
            pages = _pages(
                lambda o, n, d=descending, t=total: cat.query_ids(
                    f, sort="collection", descending=d, offset=o, limit=n, total=t
                ),
                len(want),
            )
            _check(pages, want, ("collection", descending, total))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_NAMES)
def test_a_large_text_search_in_order_is_the_catalogues_order_less_the_rest(
    tied: Any, sort: str, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A free-text search matching many items (a million for 'IMG_0') is the whole
    catalogue's order, read once per catalogue version, less the items it leaves out
    (SQL sorted every match for each search: 2.7 s at 1M): the same ids in the same order
    as SQL, also after an edit. PostgreSQL reads them in SQL (the same answers)."""
    cat, _, ids = tied
    kept_order = cat.engine.dialect.name == "sqlite"  # the text index's ids: SQLite
    monkeypatch.setattr(ops_query, "TALLY_FROM", 1)  # every match counts as many
    used: list[bool] = []
    real = cat._text_in_order

    def spy(*a: Any, **kw: Any) -> Any:
        out = real(*a, **kw)
        used.append(out is not None)
        return out

    monkeypatch.setattr(cat, "_text_in_order", spy)
    for f in (
        ItemFilter(text="img"),
        ItemFilter(text="img", kinds=("photo",)),
        ItemFilter(text="img 0003", rating_min=1),
    ):
        with monkeypatch.context() as m:  # SQL's answer: no text search counts as large
            m.setattr(ops_query, "TALLY_FROM", 10**9)
            want = cat.query_ids(f, sort=sort, descending=descending)
        used.clear()
        assert list(cat.id_array(f, sort=sort, descending=descending)) == want, f
        assert used.pop() is kept_order, f
        # a window deep into the result (the command line's --offset, the grid's jumps
        # before its ids are in) is a slice of the same order
        pages = _pages(
            lambda o, n, f=f: cat.query_ids(f, sort=sort, descending=descending, offset=o, limit=n),
            len(want),
        )
        assert pages == want, f
        # windows past the first page
        assert all(u is kept_order for u in used) and (used or len(want) <= PAGE), f
        used.clear()
    cat.set_fields(ids[:5], rating=2)  # a commit: the order is read again
    f = ItemFilter(text="img", rating_min=2)
    want = cat.query_ids(f, sort=sort, descending=descending)
    assert list(cat.id_array(f, sort=sort, descending=descending)) == want
    assert used.pop() is kept_order


@pytest.mark.parametrize("sort", SORT_NAMES)
def test_turning_a_large_text_search_round_reads_the_catalogue_order_once(
    tied: Any, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Descending is the ascending order backwards (every term reversed, the id's too), so
    turning the order of a broad search round (the grid's header, 'time desc' after 'time')
    uses the order already read instead of reading the whole catalogue again (~1 s at 1M):
    the same ids as SQL either way. PostgreSQL reads each in SQL."""
    cat, _, _ = tied
    monkeypatch.setattr(ops_query, "TALLY_FROM", 1)  # every match counts as many
    reads: list[str] = []
    real = ops_query.ids_query

    def spy(s: Any, f: ItemFilter, *a: Any, **kw: Any) -> Any:
        if f == ItemFilter():
            reads.append(sort)
        return real(s, f, *a, **kw)

    f = ItemFilter(text="img", kinds=("photo",))
    with monkeypatch.context() as m:  # SQL's answer: no text search counts as large
        m.setattr(ops_query, "TALLY_FROM", 10**9)
        want = {d: cat.query_ids(f, sort=sort, descending=d) for d in (False, True)}
    monkeypatch.setattr(ops_query, "ids_query", spy)
    for descending in (False, True, False, True):
        assert list(cat.id_array(f, sort=sort, descending=descending)) == want[descending]
    assert reads == ([sort] if cat.engine.dialect.name == "sqlite" else [])
