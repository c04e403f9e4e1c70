"""The same catalogue code on PostgreSQL (team catalogue). Runs when
SMPARCHIVE_TEST_PG_URL names a server (CI starts one); skipped otherwise."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.filters import ItemFilter

PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL"),
]


def test_postgres_migrations_match_models(pg_catalog: Any) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from smparchive.core.catalog.models import Base

    def include(obj: Any, name: str | None, type_: str, reflected: bool, other: Any) -> bool:
        # The GIN text index (migration 0004) is PostgreSQL-only and outside the ORM,
        # like SQLite's FTS5 tables.
        return not (type_ == "index" and name == "ix_search_docs_words")

    with pg_catalog.engine.connect() as conn:
        mc = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include}
        )
        assert compare_metadata(mc, Base.metadata) == []


def test_postgres_edit_search_undo(pg_catalog: Any, tmp_path: Path, item_inserter: Any) -> None:
    ids = item_inserter(pg_catalog, tmp_path / "m", [{"size": 5 * 2**30}, {"kind": "video"}])
    res = pg_catalog.set_fields(ids, rating=4)
    pg_catalog.set_text([ids[0]], "caption", "fr", "Réunion à Bruxelles")
    pg_catalog.tag_items([ids[1]], ["Policy|Skills"])
    assert pg_catalog.query_ids(ItemFilter(text="reunion")) == [ids[0]]
    policy = pg_catalog.find_tag("Policy")
    assert pg_catalog.query_ids(ItemFilter(tag_ids=(policy.id,))) == [ids[1]]
    assert pg_catalog.item(ids[0]).size == 5 * 2**30  # BIGINT sizes
    pg_catalog.undo(res.undo)
    assert {r.rating for r in pg_catalog.items(ids)} == {0}
    assert pg_catalog.facets().kind == {"photo": 1, "video": 1}


def test_postgres_batch_tag_undo_redo(pg_catalog: Any, tmp_path: Path, item_inserter: Any) -> None:
    ids = item_inserter(pg_catalog, tmp_path / "m", [{} for _ in range(600)])
    pg_catalog.tag_items(ids[:1], ["Earlier"])
    res = pg_catalog.tag_items(ids, ["Panel|Mobility", "Earlier"])
    assert pg_catalog.query_ids(ItemFilter(text="mobility earlier")) == ids
    redo = pg_catalog.undo(res.undo).undo
    assert pg_catalog.query_ids(ItemFilter(text="mobility")) == []
    assert [len(r.tags) for r in pg_catalog.items(ids[:2])] == [1, 0]
    pg_catalog.undo(redo)
    assert {len(r.tags) for r in pg_catalog.items(ids)} == {2}
    pg_catalog.undo_last()
    assert pg_catalog.find_tag("Panel") is None
    pg_catalog.redo_last()
    assert pg_catalog.query_ids(ItemFilter(text="mobility")) == ids


def test_postgres_batch_field_edits_and_clock_undo_redo(
    pg_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    from datetime import UTC, datetime, timedelta

    cam = {"camera_make": "Canon", "camera_model": "R6", "camera_serial": "B2"}
    specs = [
        {"rating": n % 6, "capture_local": datetime(2022, 6, 1, 21) + timedelta(minutes=n), **cam}
        for n in range(1100)
    ]
    for spec in specs:
        spec["capture_utc"] = spec["capture_local"].replace(tzinfo=UTC)
    ids = item_inserter(pg_catalog, tmp_path / "m", specs)
    pg_catalog.create_event("SMP", time_zone="Europe/Brussels")
    pg_catalog.add_session(
        "day two",
        datetime(2022, 6, 2, 9, tzinfo=UTC),
        datetime(2022, 6, 2, 10, tzinfo=UTC),
    )
    pg_catalog.rederive_capture_times()

    def fields() -> list[tuple[Any, ...]]:
        return [
            (r.rating, r.consent, r.credit_line, r.capture_utc, r.day_id, r.clock_shift_s)
            for r in pg_catalog.items(ids)
        ]

    before = fields()
    res = pg_catalog.set_fields(ids, consent="cleared", credit_line="SMP", rating=3)
    after = fields()
    assert {a[:3] for a in after} == {(3, "cleared", "SMP")}
    redo = pg_catalog.undo(res.undo).undo
    assert fields() == before
    pg_catalog.undo(redo)
    assert fields() == after

    res = pg_catalog.set_text(ids, "caption", "en", "Zanzibar")
    assert pg_catalog.query_ids(ItemFilter(text="zanzibar")) == ids
    pg_catalog.undo_last()
    assert pg_catalog.query_ids(ItemFilter(text="zanzibar")) == []
    pg_catalog.redo_last()
    assert pg_catalog.query_ids(ItemFilter(text="zanzibar")) == ids

    before = fields()
    res = pg_catalog.set_clock_offset("Canon|R6|B2", 3 * 3600)
    after = fields()
    assert [a[3] - b[3] for a, b in zip(after, before, strict=True)] == [timedelta(hours=3)] * 1100
    assert sum(a[4] != b[4] for a, b in zip(after, before, strict=True)) >= 100
    pg_catalog.undo_last()
    assert fields() == before
    pg_catalog.redo_last()
    assert fields() == after


def test_postgres_free_word_with_an_excluded_word(
    pg_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    from smparchive.core.domain.query import parse_query

    ids = item_inserter(pg_catalog, tmp_path / "m", [{} for _ in range(3)])
    pg_catalog.set_text(ids[:2], "caption", "en", "EMN roundtable")
    pg_catalog.set_text([ids[1]], "title", "en", "Coffee break")
    assert pg_catalog.query_ids(parse_query("roundtable -zzz", pg_catalog)) == ids[:2]
    assert pg_catalog.query_ids(parse_query("roundtable -coffee", pg_catalog)) == [ids[0]]


def test_postgres_segment_captions_undo(
    pg_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    """Caption files added to a segment are stored (JSON) and undone on PostgreSQL too."""
    from smparchive.core.catalog.records import CaptionTrack

    (video,) = item_inserter(pg_catalog, tmp_path / "m", [{"kind": "video", "duration_s": 600.0}])
    seg = pg_catalog.add_segment(video, 10.0, 300.0, "Roundtable").value
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCafé, s'il vous plaît.\n"
    track = CaptionTrack(language="fr", name="rt.vtt", timing="segment", text=text, cues=1)
    done = pg_catalog.edit_segment(seg, captions=[track])
    (back,) = pg_catalog.segment(seg).captions
    assert back == track
    pg_catalog.undo(done.undo)
    assert pg_catalog.segment(seg).captions == ()


def test_postgres_counts_a_negation_as_what_it_leaves_out(
    pg_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    """As on SQLite (tests/core/catalog/test_facets.py): the counts of ``-tag:X`` are the
    difference of two counts, equal to counting the records."""
    from tests.core.catalog.test_facets import check_negations

    check_negations(pg_catalog, lambda specs: item_inserter(pg_catalog, tmp_path / "m", specs))


def test_postgres_kept_facet_counts_follow_edits_from_other_connections(
    pg_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    """Writers append their changes to the kept counts per statement (no row updated in
    place, so they never wait for each other); the sums equal a plain count after every
    edit, also once the appended rows are folded."""
    from unittest import mock

    from sqlalchemy import text

    from smparchive.core.catalog import ops_query
    from smparchive.core.catalog.catalog import open_catalog

    specs = [{"rating": i % 3, "kind": ("photo", "video")[i % 2]} for i in range(8)]
    ids = item_inserter(pg_catalog, tmp_path / "m", specs)
    pg_catalog.tag_items(ids[:2], ["Ana"], kind="person")
    filters = [ItemFilter(), ItemFilter(kinds=("photo",)), ItemFilter(rating_min=1, flags=(1,))]
    assert PG_URL is not None
    other = open_catalog(PG_URL)  # another computer

    def check() -> None:
        with mock.patch.object(type(pg_catalog), "_count_on", side_effect=AssertionError):
            kept = [pg_catalog.facets(f) for f in filters]
        for f, got in zip(filters, kept, strict=True):
            assert got == pg_catalog._count_facets(f) and got.total == pg_catalog.count(f), f
        # the total size kept beside the counts (0037), also once folded
        sizes = sum(r.size for r in pg_catalog.items(pg_catalog.query_ids(ItemFilter())))
        assert pg_catalog.info().total_bytes == sizes

    def rows() -> int:
        with pg_catalog.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM facet_cells")).scalar() or 0)

    try:
        check()
        for edit in (
            lambda: other.set_fields(ids[:3], rating=5, flag=1),
            lambda: other.tag_items(ids[3:4], ["Bo"], kind="person"),
            lambda: other.ingest_outcomes([{"id": ids[5], "status": "error"}]),
            lambda: other.set_fields(ids[4:6], color_label="red", flag=1),
        ):
            edit()
            check()
        appended = rows()
        with mock.patch.object(ops_query, "COMPACT_AT", 0):
            pg_catalog.facets(ItemFilter(kinds=("video",)))  # a new filter: read and fold
        assert rows() < appended
        check()
        other.remove_root(other.roots()[0].id)
        check()
        assert pg_catalog.facets().total == 0
    finally:
        other.close()


def test_postgres_selection_summary(pg_catalog: Any, tmp_path: Path, item_inserter: Any) -> None:
    """The inspector's sums over a big selection (one array parameter per slice)."""
    ids = item_inserter(
        pg_catalog, tmp_path / "m", [{"size": 10}, {"size": 20, "kind": "video"}, {"size": 30}]
    )
    pg_catalog.set_fields(ids, creator="Ana", rating=2)
    pg_catalog.set_fields(ids[:1], rating=4)
    pg_catalog.tag_items(ids[:2], ["Stage"])
    pg_catalog.set_text(ids, "caption", "en", "Hall")
    s = pg_catalog.selection_summary(ids, ["rating", "creator", "flag"])
    assert (s.count, s.size, s.kinds) == (3, 60, {"photo": 2, "video": 1})
    assert s.common == {"creator": "Ana", "flag": 0}
    assert list(s.tag_counts.values()) == [2]
    assert s.texts == {("caption", "en"): "Hall"} and s.filled == {"en"}
    photos = ItemFilter(kinds=("photo",))  # select all of a filtered result: no id sent
    by_filter = pg_catalog.selection_summary(pg_catalog.query_ids(photos), ["rating"], f=photos)
    assert (by_filter.count, by_filter.size, by_filter.kinds) == (2, 40, {"photo": 2})
    assert list(by_filter.tag_counts.values()) == [1]
