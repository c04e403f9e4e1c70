"""The same catalogue code on PostgreSQL (team catalogue). Runs when
SMPARCHIVE_TEST_PG_URL names a server (CI starts one); skipped otherwise."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.filters import ItemFilter

PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL"),
]


@pytest.fixture
def pg_catalog() -> Iterator[Any]:
    from sqlalchemy import create_engine, text

    from smparchive.core.catalog.catalog import open_catalog

    assert PG_URL is not None
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    admin.dispose()
    cat = open_catalog(PG_URL)
    try:
        yield cat
    finally:
        cat.close()


def test_postgres_migrations_match_models(pg_catalog: Any) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from smparchive.core.catalog.models import Base

    with pg_catalog.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
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
