"""Search parity (issue 16): the same query finds the same items on SQLite (FTS5) and on
PostgreSQL (a GIN text index): word prefixes, accents folded, no substrings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from tests.conftest import PG_URL, empty_pg_url

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL"),
]

CAPTIONS = [
    "Réunion à Bruxelles",
    "Session on labour migration",
    "Opening remarks, Skills Mobility Partnerships",
    "Coffee break",
    "Öffentliche Diskussion",
]
QUERIES = [
    "ion", "reu", "réunion", "REUNION brux", "mig", "migration labour", "img", "0002",
    "jpg", "img_0003", "offentliche", "skill mob", "partner", "coffee opening", "x",
]  # fmt: skip


def _fill(cat: Any, root: Path, item_inserter: Any) -> list[int]:
    ids = item_inserter(cat, root, [{"name": f"IMG_{n:04d}.JPG"} for n in range(len(CAPTIONS))])
    for item_id, caption in zip(ids, CAPTIONS, strict=True):
        cat.set_text([item_id], "caption", "en", caption)
    return ids


def test_same_query_same_items_on_both_engines(tmp_path: Path, item_inserter: Any) -> None:
    lite = open_catalog(tmp_path / "a.smpcat", create=True)
    pg = open_catalog(empty_pg_url())
    try:
        lite_ids = _fill(lite, tmp_path / "a", item_inserter)
        pg_ids = _fill(pg, tmp_path / "b", item_inserter)

        def found(cat: Any, ids: list[int], q: str) -> list[int]:
            return sorted(ids.index(i) for i in cat.query_ids(ItemFilter(text=q)))

        results = {q: found(lite, lite_ids, q) for q in QUERIES}
        assert {q: found(pg, pg_ids, q) for q in QUERIES} == results
        assert results["ion"] == []  # no substring matches
        assert results["reu"] == results["REUNION brux"] == [0]
        assert results["img"] == [0, 1, 2, 3, 4] and results["img_0003"] == [3]
        # A real index answers on PostgreSQL.
        with pg.engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))
            from smparchive.core.catalog.fulltext import PG_WORDS

            plan = "\n".join(
                r[0]
                for r in conn.execute(
                    text(
                        f"EXPLAIN SELECT item_id FROM search_docs WHERE {PG_WORDS} @@ "
                        "to_tsquery('simple'::regconfig, 'reu:*')"
                    )
                )
            )
        assert "ix_search_docs_words" in plan
    finally:
        lite.close()
        pg.close()
