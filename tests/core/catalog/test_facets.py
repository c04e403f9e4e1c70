"""Facet counts: counted in SQL, equal to counting the rows, fresh after any commit."""

from __future__ import annotations

from collections import Counter
from typing import Any

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


def _stored(path: Any) -> bool:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return bool(conn.execute("SELECT count(*) FROM facet_totals").fetchone()[0])
    finally:
        conn.close()


def test_whole_catalogue_counts_are_kept_in_the_catalogue_until_they_change(
    catalog: Any, add_items: Any, catalog_path: Any, tmp_path: Any
) -> None:
    """The chips of the whole catalogue are counted once and stored; every process reuses
    them, and any change they count (from any connection) drops them, so what is shown is
    always a plain recount."""
    from unittest import mock

    from smparchive.core.catalog.ops_ingest import IngestEntry

    ids = add_items(_specs()[:12])
    catalog.tag_items(ids[:4], ["Ana"], kind="person")
    first = catalog.facets()
    assert first == catalog._count_facets(ItemFilter()) and first.people
    assert _stored(catalog_path)
    other = open_catalog(catalog_path)  # another process opens the catalogue: no count
    try:
        with mock.patch.object(type(other), "_count_on", side_effect=AssertionError):
            assert other.facets() == first
            assert other.count() == first.total == 12  # the whole catalogue: its stored total
        root = other.roots()[0].id
        entry = IngestEntry("new.jpg", "new.jpg", 1, 0, None, {"kind": "video"})
        edits = [
            lambda: other.set_fields(ids[:2], rating=5, flag=1, color_label="red"),
            lambda: other.tag_items(ids[4:6], ["Bo"], kind="person"),
            lambda: other.remove_tags(ids[:1], [other.find_tag("Ana", "person").id]),
            lambda: other.ingest_batch(root, [entry]),
            lambda: other.delete_tag(other.find_tag("Bo", "person").id),
            lambda: other.set_fields(ids[6:7], consent="cleared"),
            lambda: other.ingest_outcomes([{"id": ids[7], "status": "error"}]),
        ]
        for edit in edits:
            edit()
            assert not _stored(catalog_path)  # the change dropped the stored counts
            every = len(catalog.query_ids())
            assert catalog.count() == every  # counted, not a stale stored total
            got = catalog.facets()
            assert got == catalog._count_facets(ItemFilter())
            assert _stored(catalog_path)
            assert other.count() == got.total == every
        catalog.set_text(ids[:3], "caption", "en", "Opening")  # nothing counted changes
        assert _stored(catalog_path)
        other.remove_root(root)  # every item goes
        assert catalog.facets() == catalog._count_facets(ItemFilter())
        assert catalog.facets().total == 0
    finally:
        other.close()


def test_a_count_overtaken_by_a_commit_is_not_stored(
    catalog: Any, add_items: Any, catalog_path: Any
) -> None:
    """Another connection commits while the whole catalogue is counted: the (now stale)
    count is returned for this call but not stored for anyone else."""
    ids = add_items(_specs()[:6])
    real = type(catalog)._count_on
    other = open_catalog(catalog_path)

    def count_then_commit(self: Any, s: Any, where: Any) -> Any:
        counts = real(self, s, where)
        other.set_fields(ids[:1], rating=4)
        return counts

    try:
        from unittest import mock

        with mock.patch.object(type(catalog), "_count_on", count_then_commit):
            catalog.facets()
        assert not _stored(catalog_path)
        assert catalog.facets() == catalog._count_facets(ItemFilter())
        assert catalog.facets().rating.get(4, 0) >= 1
    finally:
        other.close()
