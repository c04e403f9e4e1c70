"""The first page of a free-text search read by walking the browse order finds exactly
what FTS5 finds, in the same order (``textwalk``), or leaves the search to FTS5."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from unittest import mock

import pytest

from smparchive.core.catalog import textwalk
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.domain.query import parse_search

CAPTIONS = [
    "Réunion plénière — opening “panel”",
    "IMG_0012 panel_debate",
    "img 0012 and panel",
    "Søren’s talk on mobility",
    "soren at the coffee break",
    "Ωmega room: Δelta session",
    "budget 2024/25 €5,000 × 3",
    "x²+y² talk; ½ day",
    "C++ and C# workshop",
    "e-mail: a.b@example.org",
    "",
]
QUERIES = ["img_0", "img_00", "IMG_0012", "img 0", "panel", "panel debate", "pan deb",
           "reunion", "réunion", "soren", "søren", "mobil", "Ωmega", "delta", "2024",
           "25", "5", "000", "x", "y", "c", "workshop", "example org", "b@ex", "jpg",
           "e mail", "_", "img_", "0012 panel"]  # fmt: skip


@pytest.fixture
def texts(catalog: Any, add_items: Any) -> list[int]:
    base = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    n = len(CAPTIONS) * 3
    ids = add_items(
        [
            {"name": f"IMG_{i:04d}.JPG", "capture_utc": base + timedelta(minutes=(i * 7) % n)}
            for i in range(n)
        ]
    )
    for i, item in enumerate(ids):
        caption = CAPTIONS[i % len(CAPTIONS)]
        if caption:
            catalog.set_text([item], "caption", "en", caption)
    return ids


def _fts(catalog: Any, f: ItemFilter, **kw: Any) -> list[int]:
    """The page as FTS5's own plan gives it (neither walk)."""
    with (
        mock.patch.object(type(catalog), "_walk_first_page", return_value=None),
        mock.patch.object(type(catalog), "_probe_first_page", return_value=None),
    ):
        return list(catalog.query_ids(f, **kw))


@pytest.mark.parametrize("sort", ["time", "name"])
def test_the_walk_finds_what_fts5_finds(catalog: Any, texts: list[int], sort: str) -> None:
    answered = 0
    real = textwalk.first_page

    def spy(*a: Any, **kw: Any) -> Any:
        nonlocal answered
        out = real(*a, **kw)
        answered += out is not None
        return out

    with mock.patch.object(textwalk, "first_page", spy):
        for query in QUERIES:
            for extra in ("", " kind:photo", " -panel"):
                f = parse_search(query + extra, catalog).filter
                for limit, descending in ((3, False), (600, True)):
                    kw = {"sort": sort, "limit": limit, "descending": descending}
                    assert catalog.query_ids(f, **kw) == _fts(catalog, f, **kw), (
                        query + extra,
                        limit,
                        descending,
                    )
    if sort == "time":  # from an index: the walk answered most (not only the fallback)
        assert answered > 50


def test_a_document_it_cannot_judge_goes_to_fts5(catalog: Any, texts: list[int]) -> None:
    # Every document holds 'img'; the Greek one is met before 600 matches are found.
    f = parse_search("img", catalog).filter
    with mock.patch.object(textwalk, "matches", side_effect=textwalk.NotExact("Ω")):
        assert catalog.query_ids(f, limit=600) == _fts(catalog, f, limit=600)
    assert textwalk.phrases("søren") is None and textwalk.phrases("_") is None
    assert textwalk.phrases("Réunion IMG_0") == [["reunion"], ["img", "0"]]
    with pytest.raises(textwalk.NotExact):
        textwalk.matches("ωmega room", [["room"]])
    assert textwalk.matches("budget 2024/25 €5,000 × 3", [["000"]])


def test_rare_matches_are_left_to_fts5(catalog: Any, texts: list[int]) -> None:
    f = parse_search("workshop", catalog).filter
    answers: list[Any] = []
    real = textwalk.first_page

    def spy(*a: Any, **kw: Any) -> Any:
        answers.append(real(*a, **kw))
        return answers[-1]

    with (
        mock.patch.object(textwalk, "BUDGET", 4),
        mock.patch.object(textwalk, "BATCH", 2),
        mock.patch.object(textwalk, "first_page", spy),
    ):
        got = catalog.query_ids(f, limit=2)
    assert answers == [None]  # not found within the budget: FTS5 answered
    assert got == _fts(catalog, f, limit=2) and len(got) == 2


def test_no_walk_where_the_browse_order_needs_a_sort(catalog: Any, texts: list[int]) -> None:
    """Sorted by rating, the order is no index's: each chunk would sort the whole result,
    so FTS5 answers (and the result is the same)."""
    f = parse_search("img", catalog).filter
    with mock.patch.object(textwalk, "first_page", wraps=textwalk.first_page) as walk:
        by_rating = catalog.query_ids(f, sort="rating", limit=5)
        assert walk.call_count == 0
        by_time = catalog.query_ids(f, sort="time", limit=5)
        assert walk.call_count == 1
    assert by_rating == _fts(catalog, f, sort="rating", limit=5)
    assert by_time == _fts(catalog, f, sort="time", limit=5)


def test_the_probing_walk_finds_what_fts5_finds(catalog: Any, texts: list[int]) -> None:
    """Plain text searches the text walk leaves (a Greek caption met, rarer matches): the
    time index walked with the FTS5 matches probed gives the same page as FTS5's plan."""
    answered = 0
    real = type(catalog)._probe_first_page

    def spy(self: Any, *a: Any) -> Any:
        nonlocal answered
        out = real(self, *a)
        answered += out is not None
        return out

    for query in [*QUERIES, "ωmega", "søren"]:
        f = parse_search(query, catalog).filter
        for limit, descending in ((3, False), (600, True)):
            kw = {"limit": limit, "descending": descending}
            with (
                mock.patch.object(type(catalog), "_walk_first_page", return_value=None),
                mock.patch.object(type(catalog), "_probe_first_page", spy),
            ):
                got = catalog.query_ids(f, **kw)
            assert got == _fts(catalog, f, **kw), (query, limit, descending)
    assert answered > 20
