"""Facet counts: counted in SQL, equal to counting the rows, fresh after any commit."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC
from typing import Any

from tests.conftest import recorded_statements

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter


def _specs() -> list[dict[str, Any]]:
    cams = [("Canon", "EOS R5"), ("Canon", "EOS R6"), ("SONY", None), (None, None)]
    return [
        {
            "kind": ("photo", "photo", "video", "slides")[i % 4],
            "rating": i % 6,
            "flag": (i % 3) - 1,
            "color_label": (None, "red", "green")[i % 3],
            "consent": ("unknown", "cleared")[i % 2],
            "status": ("ok", "ok", "warning")[i % 3],
            "camera_make": cams[i % 4][0],
            "camera_model": cams[i % 4][1],
        }
        for i in range(60)
    ]


def test_counts_equal_counting_the_records(catalog: Any, add_items: Any) -> None:
    add_items(_specs())
    for f in (ItemFilter(), ItemFilter(kinds=("photo",)), ItemFilter(rating_min=3, flags=(1,))):
        recs = catalog.items(catalog.query_ids(f))
        got = catalog.facets(f)
        assert got.total == len(recs)
        assert got.kind == dict(Counter(r.kind for r in recs))
        assert got.rating == dict(Counter(r.rating for r in recs))
        assert got.flag == dict(Counter(r.flag for r in recs))
        assert got.color_label == dict(Counter(r.color_label for r in recs))
        assert got.status == dict(Counter(r.status for r in recs))
        cams = Counter(f"{r.camera_make or ''} {r.camera_model or ''}".strip() for r in recs)
        assert got.camera == {k: v for k, v in cams.items() if k}


def test_cached_counts_follow_every_commit(catalog: Any, add_items: Any, catalog_path: Any) -> None:
    ids = add_items(_specs()[:10])
    before = catalog.facets()
    # Storing the whole catalogue's counts was a commit: they are read back once ...
    assert catalog.facets() == before
    before = catalog.facets()
    assert catalog.facets() is before  # ... then nothing changed: the same counts
    catalog.set_fields(ids[:1], rating=5)  # a commit in this process
    after = catalog.facets()
    assert after is not before and after.rating.get(5, 0) == before.rating.get(5, 0) + 1
    other = open_catalog(catalog_path)  # another process or connection commits
    try:
        other.set_fields(ids[:2], flag=1)
    finally:
        other.close()
    again = catalog.facets()
    assert again is not after and again.flag.get(1, 0) >= 2
    assert catalog.data_version() == catalog.data_version()


def test_camera_filter_matches_substrings_of_make_and_model(catalog: Any, add_items: Any) -> None:
    ids = add_items(_specs()[:8])
    recs = {r.id: r for r in catalog.items(ids)}

    def expect(word: str) -> list[int]:
        return [
            i
            for i in ids
            if word.lower() in f"{recs[i].camera_make or ''} {recs[i].camera_model or ''}".lower()
        ]

    for word in ("r5", "EOS", "canon eos r6", "sony", "leica"):
        got = catalog.query_ids(ItemFilter(cameras=(word,)))
        assert sorted(got) == sorted(expect(word)), word
    assert catalog.query_ids(ItemFilter(cameras=("leica",))) == []
    both = catalog.query_ids(ItemFilter(cameras=("r5", "sony")))
    assert sorted(both) == sorted(set(expect("r5")) | set(expect("sony")))


# Filters the kept counts answer (facet columns alone) and one they do not (free text).
def _filters(day: int, session: int) -> list[ItemFilter]:
    return [
        ItemFilter(),
        ItemFilter(day_ids=(day,)),
        ItemFilter(session_ids=(session,)),
        ItemFilter(unassigned=True),
        ItemFilter(cameras=("r5",), flags=(1,)),
        ItemFilter(kinds=("photo",), rating_min=3),
        ItemFilter(statuses=("error",), consents=("cleared",)),
        ItemFilter(color_labels=("red",), exclude=(ItemFilter(flags=(1,)),)),
    ]


def test_kept_counts_follow_every_edit_from_any_connection(
    catalog: Any, add_items: Any, catalog_path: Any
) -> None:
    """The whole catalogue's chips and those of filters on facet columns are summed from
    the counts the catalogue keeps per combination of values (updated by the edits
    themselves, in their transaction): after every kind of edit, from another connection,
    they equal a plain count of the items, people included, and no item is counted."""
    from datetime import date, datetime
    from unittest import mock

    from smparchive.core.catalog.ops_ingest import IngestEntry

    ids = add_items(_specs()[:24])
    catalog.tag_items(ids[:6], ["Ana"], kind="person")
    catalog.tag_items(ids[4:8], ["Stage"])
    catalog.create_event("SMP", time_zone="UTC")
    day = catalog.add_day(date(2026, 5, 4)).value
    start = datetime(2026, 5, 4, 9, tzinfo=UTC)
    session = catalog.add_session("Opening", start, start.replace(hour=11)).value
    other = open_catalog(catalog_path)

    def check() -> None:
        with mock.patch.object(type(catalog), "_count_on", side_effect=AssertionError):
            kept = [catalog.facets(f) for f in _filters(day, session)]
            counted = [catalog.count(f) for f in _filters(day, session)]
        for f, got, n in zip(_filters(day, session), kept, counted, strict=True):
            assert got == catalog._count_facets(f), f
            assert n == got.total == len(catalog.query_ids(f)), f
        # the total size kept beside the counts (0037) is the items' sizes summed
        sizes = sum(r.size for r in catalog.items(catalog.query_ids(ItemFilter())))
        assert catalog.info().total_bytes == sizes

    try:
        root = other.roots()[0].id
        entry = IngestEntry("new.jpg", "new.jpg", 1, 0, None, {"kind": "video"})
        edits = [
            lambda: None,
            lambda: other.set_fields(ids[:3], rating=5, flag=1, color_label="red"),
            lambda: other.assign_items(ids[2:9], session),
            lambda: other.tag_items(ids[8:12], ["Bo"], kind="person"),
            lambda: other.remove_tags(ids[:1], [other.find_tag("Ana", "person").id]),
            lambda: other.ingest_batch(root, [entry]),
            lambda: other.set_fields(ids[6:9], consent="cleared"),
            lambda: other.ingest_outcomes([{"id": ids[7], "status": "error"}]),
            lambda: other.delete_tag(other.find_tag("Bo", "person").id),
            lambda: other.assign_items(ids[2:4], None),
        ]
        for edit in edits:
            done = edit()
            check()
            if getattr(done, "undo", None) is not None:  # undone, then done again
                other.undo(done.undo)
                check()
                other.redo_last()
                check()
        other.remove_root(root)  # every item goes, with its tag links
        check()
        assert catalog.facets().total == 0 and catalog.facets().people == {}
    finally:
        other.close()


def test_counts_of_other_filters_are_counted(catalog: Any, add_items: Any) -> None:
    """Free text, tags, dates ...: not said on facet columns alone, so counted."""
    ids = add_items(_specs()[:12])
    catalog.tag_items(ids[:3], ["Stage"])
    stage = catalog.find_tag("Stage", "keyword").id
    for f in (ItemFilter(tag_ids=(stage,)), ItemFilter(item_ids=tuple(ids[:5]), flags=(1,))):
        got = catalog.facets(f)
        assert got.total == len(catalog.query_ids(f)) == catalog.count(f)


def test_a_text_search_reads_its_matches_once(catalog: Any, add_items: Any) -> None:
    """The page, count and facets of a free-text search reuse the matching items read by
    the first of them (until the catalogue changes), and equal what reading them anew
    gives: every sort, both directions, windows, people counts."""
    from unittest import mock

    from smparchive.core.catalog import ops_query

    specs = _specs()
    for i, spec in enumerate(specs):
        spec["name"] = f"{('reunion', 'panel')[i % 2]}_{(i * 7) % 60:02d}.jpg"
    ids = add_items(specs)
    catalog.tag_items(ids[:10], ["Ana"], kind="person")
    f = ItemFilter(text="reunion", rating_min=1)

    def everything() -> list[Any]:
        out: list[Any] = [catalog.facets(f), catalog.count(f)]
        for sort in ("time", "name", "size", "added"):  # (rating: ties in any order)
            for descending in (False, True):
                out.append(catalog.query_ids(f, sort=sort, descending=descending))
                out.append(catalog.query_ids(f, sort=sort, limit=4, offset=3))
        return out

    with mock.patch.object(ops_query, "MATCHED_MAX", 0):  # nothing kept: every read anew
        plain = everything()
    for kept_answers in ("_counts_cache", "_facets_cache"):
        catalog.__dict__.pop(kept_answers, None)  # the counts and facets just read
    real = ops_query.where_clauses
    with mock.patch.object(ops_query, "where_clauses", wraps=real) as read:
        kept = everything()
    assert kept == plain
    with mock.patch.object(ops_query, "MATCHED_MAX", 0):
        plain_text = [catalog.query_ids(ItemFilter(text="panel"), sort=s) for s in ("time", "name")]
    for sort, expected in zip(("time", "name"), plain_text, strict=True):
        catalog.count(ItemFilter(text="panel"))  # read once, then the pages from them
        assert catalog.query_ids(ItemFilter(text="panel"), sort=sort) == expected
    assert plain[1] == 20 and plain[0].total == 20 and plain[0].people == {1: 3}
    assert read.call_count == 1  # the text was matched once
    catalog.set_fields(ids[:1], rating=5)  # a change (reunion, rating 0): matched again
    assert catalog.count(f) == 21 == catalog.facets(f).total


def _counted(catalog: Any, f: ItemFilter, people: dict[str, list[int]]) -> tuple[Any, ...]:
    """The facets of ``f`` counted from its records, one by one."""
    found = catalog.query_ids(f)
    recs = catalog.items(found)
    cams = Counter(f"{r.camera_make or ''} {r.camera_model or ''}".strip() for r in recs)
    persons = {
        catalog.find_tag(n, "person").id: len(set(found) & set(i)) for n, i in people.items()
    }
    return (
        len(recs),
        dict(Counter(r.kind for r in recs)),
        dict(Counter(r.rating for r in recs)),
        dict(Counter(r.flag for r in recs)),
        dict(Counter(r.color_label for r in recs)),
        dict(Counter(r.consent for r in recs)),
        dict(Counter(r.status for r in recs)),
        {k: v for k, v in cams.items() if k},
        {t: n for t, n in persons.items() if n},
    )


def _shown(got: Any) -> tuple[Any, ...]:
    return (
        got.total,
        got.kind,
        got.rating,
        got.flag,
        got.color_label,
        got.consent,
        got.status,
        got.camera,
        got.people,
    )


def test_a_negation_is_counted_as_what_it_leaves_out(catalog: Any, add_items: Any) -> None:
    """``-tag:X`` and the like (any filter on the facet columns less one exclusion that is
    not) are counted as the difference between the counts with and without the exclusion
    when it leaves out at most a quarter of the items: no statement tests every kept item
    against the exclusion. Count, facets and people equal counting the records; a larger
    exclusion is counted directly, with the same result."""
    check_negations(catalog, add_items)


def check_negations(catalog: Any, add_items: Any) -> None:
    """The body of the test above, for either engine (see test_postgres.py)."""
    ids = add_items(_specs())
    people = {"Ana": ids[:20], "Bo": ids[5:12]}
    for name, tagged in people.items():
        catalog.tag_items(tagged, [name], kind="person")
    catalog.tag_items(ids[:9], ["Topic"])  # a small part: the difference is read
    catalog.tag_items(ids[40:43], ["Topic/Child"])  # `tag:Topic` matches its children
    catalog.tag_items(ids[:40], ["Common"])  # two thirds: counted directly
    topic, common = (catalog.find_tag(n, "keyword").id for n in ("Topic", "Common"))
    ana, bo = (catalog.find_tag(n, "person").id for n in ("Ana", "Bo"))
    small = [
        ItemFilter(exclude=(ItemFilter(tag_ids=(topic,)),)),
        ItemFilter(kinds=("photo",), exclude=(ItemFilter(tag_ids=(topic,)),)),
        ItemFilter(rating_min=2, exclude=(ItemFilter(tag_ids=(bo,)), ItemFilter(flags=(1,)))),
        ItemFilter(exclude=(ItemFilter(text="IMG_0001"),)),
        # several tags and people at once: not any of them (Topic, its child, Bo: 15 of 60)
        ItemFilter(exclude=(ItemFilter(tag_ids=(topic,)), ItemFilter(tag_ids=(bo,)))),
        ItemFilter(
            kinds=("photo",),
            exclude=(
                ItemFilter(tag_ids=(bo,)),
                ItemFilter(flags=(1,)),
                ItemFilter(tag_ids=(topic,)),
            ),
        ),
        # a tag and a word, two words: what either matches is left out
        ItemFilter(rating_min=1, exclude=(ItemFilter(tag_ids=(bo,)), ItemFilter(text="IMG_0050"))),
        ItemFilter(exclude=(ItemFilter(text="IMG_0001"), ItemFilter(text="IMG_0050"))),
    ]
    large = [
        ItemFilter(exclude=(ItemFilter(tag_ids=(common,)),)),
        ItemFilter(exclude=(ItemFilter(tag_ids=(topic,)), ItemFilter(tag_ids=(ana,)))),
    ]
    for f in small + large:
        catalog.__dict__.pop("_facets_cache", None)
        with recorded_statements(catalog) as seen:
            got, n = catalog.facets(f), catalog.count(f)
        statements = [sql for sql, _ in seen]
        assert _shown(got) == _counted(catalog, f, people), f
        assert n == got.total, f
        # an exclusion tested item by item: "coalesce(items.id IN (...), 0) = 0"
        negating = [q for q in statements if re.search(r"coalesce\(items\.id IN \(SELECT", q)]
        assert (negating == []) == (f in small), (f.exclude, negating)


def test_counts_are_kept_until_the_catalogue_changes(catalog: Any, add_items: Any) -> None:
    """The grid counts a search, then its chips ask for its facets: a negation's facets
    count the same two parts again, and a count asked twice reads nothing the second
    time. Any commit (here another connection's) makes the next count read anew."""
    ids = add_items(_specs())
    catalog.tag_items(ids[:6], ["Topic"])
    topic = catalog.find_tag("Topic", "keyword").id
    f = ItemFilter(kinds=("photo",), exclude=(ItemFilter(tag_ids=(topic,)),))
    assert catalog.count(f) == 26  # 30 photos, 4 of them among the first 6
    with recorded_statements(catalog) as seen:
        assert catalog.count(f) == 26
        got = catalog.facets(f)
    assert got.total == 26
    counting = [sql for sql, _ in seen if re.search(r"SELECT count\(", sql)]
    assert counting == [], counting
    other = open_catalog(catalog.location)
    try:
        other.tag_items(ids[8:9], ["Topic"])  # a photo
    finally:
        other.close()
    assert catalog.count(f) == len(catalog.query_ids(f)) == 25


def test_facets_of_a_large_text_search_are_tallied_from_its_ids(
    catalog: Any, add_items: Any, monkeypatch: Any
) -> None:
    """A free-text search counted at many matches (a million for 'IMG_0') has its facets
    tallied from its ids against each item's kept facet combination: the same counts as the
    GROUP BY of its matches, people included, and fresh after an edit."""
    from smparchive.core.catalog import ops_query
    from smparchive.core.domain.query import parse_search

    specs = _specs()
    for i, spec in enumerate(specs):
        spec["name"] = f"{('IMG', 'DSC')[i % 5 == 0]}_{i:04d}.JPG"
    ids = add_items(specs)
    catalog.tag_items(ids[::2], ["Ana"], kind="person")
    catalog.tag_items(ids[::3], ["Bo"], kind="person")
    tallied: list[Any] = []
    real = catalog._facets_of_tally

    def spy(s: Any, which: Any, ids: Any) -> Any:
        out = real(s, which, ids)
        tallied.append(out)
        return out

    def grouped(text: str) -> Any:  # the GROUP BY of the matches, never tallied
        with monkeypatch.context() as m:
            m.setattr(ops_query, "TALLY_FROM", 10**9)
            catalog.__dict__.pop("_facets_cache", None)
            return catalog.facets(parse_search(text, catalog).filter)

    monkeypatch.setattr(catalog, "_facets_of_tally", spy)
    monkeypatch.setattr(ops_query, "MATCHED_MAX", 5)  # these matches count as many
    monkeypatch.setattr(ops_query, "TALLY_FROM", 10)
    texts = ("IMG", "IMG kind:photo", "img -kind:video", "IMG rating>=2", "IMG tag:Ana")
    for text in texts:
        f = parse_search(text, catalog).filter
        n = catalog.count(f)  # the grid counts first: then the chips ask
        catalog.__dict__.pop("_facets_cache", None)
        got = catalog.facets(f)
        assert tallied and tallied.pop() is not None, text
        recs = catalog.items(catalog.query_ids(f))
        assert got.total == n == len(recs)
        assert got.kind == dict(Counter(r.kind for r in recs))
        assert got.rating == dict(Counter(r.rating for r in recs))
        people = Counter(t.id for r in recs for t in r.tags if t.kind == "person")
        assert got.people == dict(people)
        assert got == grouped(text), text
        assert not tallied
    catalog.set_fields(ids[1:3], rating=5)  # an edit: the kept combinations are read again
    f = parse_search("IMG", catalog).filter
    catalog.count(f)
    got = catalog.facets(f)
    assert tallied.pop() is not None and got == grouped("IMG")
    assert got.rating[5] == sum(1 for r in catalog.items(catalog.query_ids(f)) if r.rating == 5)
    # Not counted yet: free text alone is counted first (FTS5 alone), then tallied.
    got = catalog.facets(parse_search("DSC", catalog).filter)
    assert tallied.pop() is not None and got == grouped("DSC") and got.total == 12
    # Free text with a condition, not counted yet: the GROUP BY.
    got = catalog.facets(parse_search("IMG kind:video", catalog).filter)
    assert not tallied and got.total >= 10


def test_a_free_text_count_is_counted_in_the_text_index_alone(
    catalog: Any, add_items: Any, monkeypatch: Any
) -> None:
    """A search of free text alone matching many items is counted by FTS5 without looking
    up any item ('IMG_0' at 1M: 0.8-1.1 s -> ~0.3 s); the same numbers as the items found."""
    from smparchive.core.catalog import ops_query
    from smparchive.core.domain.query import parse_search

    specs = _specs()
    for i, spec in enumerate(specs):
        spec["name"] = f"{('IMG', 'DSC')[i % 5 == 0]}_{i:04d}.JPG"
    add_items(specs)
    monkeypatch.setattr(ops_query, "MATCHED_MAX", 5)  # these matches count as many
    for text in ("IMG", "dsc", "img 000", "nothingmatches", "IMG kind:photo"):
        f = parse_search(text, catalog).filter
        catalog.__dict__.pop("_counts_cache", None)
        with recorded_statements(catalog) as statements:
            n = catalog.count(f)
        assert n == len(catalog.query_ids(f)), text
        sql = " ".join(st[0] for st in statements)
        alone = "FROM items" not in sql and "FROM search_fts" in sql
        assert alone == (text in ("IMG", "dsc", "img 000")), (text, sql)
