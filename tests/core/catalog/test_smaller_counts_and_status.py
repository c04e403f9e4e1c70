"""A smaller catalogue at a million items (issue 19): the kept person counts keyed by tag and
values without a rowid (migration 0035) and the status index holding only the items that
are not OK (0036). The people's facet counts, the problem views and ``status:`` searches
give the same answers, before and after the upgrade, on both engines; an old catalogue's
values survive the upgrade, a downgrade and the upgrade again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.core.catalog.test_assignment_codes import _alembic
from tests.core.catalog.test_query_plans import plan

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.reader import open_reader
from smparchive.core.domain.query import parse_search
from smparchive.core.vocab import TagKind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
VALUES = ("kind", "day_id", "session_id", "rating", "flag", "color_label", "consent", "status",
          "camera_id")  # fmt: skip
ANA, BO, TOPIC = 10, 11, 12  # two people and a keyword


def _old_catalogue(tmp_path: Path) -> Path:
    """A 0034 catalogue (its triggers keeping the person counts): two people and a keyword
    on its three items, item 2 missing, item 3 in error."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0034.smpcat", work)
    conn = sqlite3.connect(work)
    for tag_id, name, kind in ((ANA, "Ana", "person"), (BO, "Bo", "person"),
                               (TOPIC, "Topic", "keyword")):  # fmt: skip
        conn.execute(
            "INSERT INTO tags (id, name, kind, restriction, name_key) VALUES (?, ?, ?, 'none', ?)",
            (tag_id, name, kind, name.lower()),
        )
    conn.executemany(
        "INSERT INTO item_tags (item_id, tag_id) VALUES (?, ?)",
        [(1, ANA), (2, ANA), (3, BO), (1, TOPIC)],
    )
    conn.execute("UPDATE items SET status = 3 WHERE id = 2")  # missing
    conn.execute("UPDATE items SET status = 2, status_reason = 'unreadable' WHERE id = 3")
    conn.execute("UPDATE items SET rating = 4 WHERE id = 1")
    conn.commit()
    conn.close()
    return work


def _stored(path: Path, table: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        # (facet_cells' sizes come with a later revision, 0037: see test_total_size.py;
        # the items' reader versions with 0040: see test_reader_versions.py)
        later = ("bytes", "reader_version")
        return [{k: v for k, v in dict(r).items() if k not in later} for r in rows]
    finally:
        conn.close()


def _people(path: Path) -> dict[tuple[Any, ...], int]:
    """The kept person counts by tag and values (whatever the key and id look like)."""
    return {
        (r["tag_id"], *(r[c] for c in VALUES)): r["n"]
        for r in _stored(path, "facet_people")
        if r["n"]
    }


def _recounted(path: Path) -> dict[tuple[Any, ...], int]:
    """The person counts as the links and items say they are now."""
    conn = sqlite3.connect(path)
    try:
        cols = ", ".join(f"i.{c}" for c in VALUES)
        rows = conn.execute(
            f"SELECT t.tag_id, {cols}, count(*) FROM item_tags AS t JOIN items AS i "
            f"ON i.id = t.item_id JOIN tags AS g ON g.id = t.tag_id AND g.kind = 'person' "
            f"GROUP BY t.tag_id, {cols}"
        ).fetchall()
    finally:
        conn.close()
    return {tuple(r[:-1]): r[-1] for r in rows}


def _schema(path: Path, name: str) -> str:
    """The CREATE statement of a table or index ('' when there is none)."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else ""


def _answers(cat: Any) -> dict[str, Any]:
    """What a user sees of the people and the statuses."""
    out: dict[str, Any] = {"people": cat.facets(ItemFilter()).people}
    for words in ("status:missing", "status:error", "status:ok", "status:missing kind:photo"):
        f = parse_search(words, cat).filter
        out[words] = (sorted(cat.query_ids(f)), cat.count(f))
    out["problems"] = sorted(r.id for r in cat.problem_items())
    out["people of rating>=4"] = cat.facets(ItemFilter(rating_min=4)).people
    return out


def test_upgrade_keeps_every_value_count_and_status_search(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    tables = ("items", "facet_cells", "item_tags", "tags", "item_texts")
    before = {t: _stored(work, t) for t in tables}
    documents = [r["item_id"] for r in _stored(work, "search_docs")]
    people = _people(work)
    assert people == _recounted(work) and people  # the old triggers kept them
    cat = open_catalog(work)
    try:
        seen = _answers(cat)
    finally:
        cat.close()
    assert seen["people"] == {ANA: 2, BO: 1}
    assert seen["people of rating>=4"] == {ANA: 1}
    assert seen["status:missing"] == ([2], 1) and seen["status:error"] == ([3], 1)
    assert seen["status:ok"] == ([1], 1) and seen["problems"] == [2, 3]
    # every other stored value as it was; the person counts the same, keyed without a rowid;
    # a search text for every item (those of items in sessions made again by 0043)
    assert {t: _stored(work, t) for t in tables} == before
    assert [r["item_id"] for r in _stored(work, "search_docs")] == documents
    assert _people(work) == people
    keys = {r["key"] for r in _stored(work, "facet_people")}
    assert keys <= {r["key"] for r in _stored(work, "facet_cells")}  # the values alone
    assert "WITHOUT ROWID" in _schema(work, "facet_people")
    assert not _schema(work, "uq_facet_people_key") and not _schema(work, "ix_facet_people_tag_id")
    # the status index holds only the items that are not OK, and the searches read it
    assert "WHERE status != 0" in _schema(work, "ix_items_status")
    cat = open_catalog(work)
    try:
        for words in ("status:missing", "status:offline", "status:error"):
            assert "ix_items_status" in plan(cat, words), words
        # the triggers keep the counts with every edit (tag, untag, a rating, a tag's kind)
        cat.add_tags([3], [ANA])
        cat.set_fields([1, 2], rating=2)
        cat.remove_tags([2], [ANA])
        cat.tag_items([2], ["Cy"], kind=TagKind.PERSON)
        assert _people(work) == _recounted(work)
        assert cat.facets(ItemFilter()).people[ANA] == 2
        cat.delete_tag(BO)
        assert _people(work) == _recounted(work)
        edited = _answers(cat)
    finally:
        cat.close()
    # the command line's reader finds the same items by status
    reader = open_reader(work)
    assert reader is not None
    try:
        assert reader.query_ids(ItemFilter(statuses=("missing",))) == [2]
        assert reader.query_ids(ItemFilter(statuses=("ok", "error"))) == [1, 3]
    finally:
        reader.close()
    # down to 0034 and up again: the same counts, values and answers
    _alembic(f"sqlite:///{work}", "downgrade", "0034")
    assert "WITHOUT ROWID" not in _schema(work, "facet_people")
    assert "WHERE" not in _schema(work, "ix_items_status")
    assert {r["key"].split("|", 1)[0] for r in _stored(work, "facet_people")} <= {
        str(ANA),
        "13",
    }  # 0011's key again: the tag id first
    assert _people(work) == _recounted(work)
    down = {t: _stored(work, t) for t in tables}
    cat = open_catalog(work)
    try:
        assert _answers(cat) == edited
    finally:
        cat.close()
    # (search_docs aside: the compaction after an upgrade makes the text index again)
    assert {t: _stored(work, t) for t in tables[:-1]} == {t: down[t] for t in tables[:-1]}
    assert _people(work) == _recounted(work)


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_people_counts_and_status_searches_follow_every_edit(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    specs: list[dict[str, Any]] = [{"rating": n % 3} for n in range(8)]
    specs[2]["status"] = "missing"
    specs[5]["status"] = "offline"
    specs[6] = {"status": "error", "status_reason": "The file cannot be read."}
    ids = item_inserter(cat, tmp_path / "media", specs)
    ana = cat.tag_items(ids[:4], ["Ana"], kind=TagKind.PERSON)
    cat.tag_items(ids[3:6], ["Bo"], kind=TagKind.PERSON)
    tags = {t.name: t.id for t in cat.tags(TagKind.PERSON)}
    assert cat.facets(ItemFilter()).people == {tags["Ana"]: 4, tags["Bo"]: 3}
    assert cat.facets(ItemFilter(rating_min=1)).people == {tags["Ana"]: 2, tags["Bo"]: 2}
    assert cat.facets(ItemFilter(statuses=("missing",))).people == {tags["Ana"]: 1}
    cat.set_fields([ids[0]], rating=2)
    cat.undo(ana.undo)
    assert cat.facets(ItemFilter()).people == {tags["Bo"]: 3}
    found = {
        w: sorted(cat.query_ids(parse_search(w, cat).filter))
        for w in ("status:missing", "status:offline", "status:error")
    }
    assert found == {
        "status:missing": [ids[2]],
        "status:offline": [ids[5]],
        "status:error": [ids[6]],
    }
    both = ItemFilter(statuses=("missing", "offline"))
    assert sorted(cat.query_ids(both)) == [ids[2], ids[5]] and cat.count(both) == 2
    assert cat.count(ItemFilter(statuses=("ok",))) == 5
    assert sorted(r.id for r in cat.problem_items()) == [ids[2], ids[5], ids[6]]


@pytest.mark.postgres
def test_postgresql_down_to_0034_and_up_again(
    tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import empty_pg_url

    url = empty_pg_url()
    monkeypatch.setenv("SMPARCHIVE_SKIP_PG_BACKUP", "1")
    cat = open_catalog(url)
    try:
        ids = item_inserter(cat, tmp_path / "media", [{}, {"status": "missing"}, {}])
        cat.tag_items(ids[:2], ["Ana"], kind=TagKind.PERSON)
        first = _answers(cat)
    finally:
        cat.close()
    _alembic(url, "downgrade", "0034")
    cat = open_catalog(url)
    try:
        assert _answers(cat) == first
    finally:
        cat.close()
