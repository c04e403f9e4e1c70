"""One copy of the search text (migration 0032): on SQLite the words live in a contentless
FTS5 index alone; a rewritten or deleted item's older document stays in it until the
catalogue is compacted and must never be found, counted or faceted."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from tests.conftest import PG_URL, empty_pg_url, insert_items

from smparchive.core.catalog import fulltext
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.folders import name_folders
from smparchive.core.catalog.models import MediaItem
from smparchive.core.catalog.schema import compact
from smparchive.core.domain.query import parse_search

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def cat(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
        c = open_catalog(empty_pg_url())
    else:
        c = open_catalog(tmp_path / "t.smpcat", create=True)
    try:
        yield c
    finally:
        c.close()


def _found(c: Any, words: str) -> list[int]:
    return sorted(c.query_ids(parse_search(words, c).filter))


def _agree(c: Any, words: str) -> list[int]:
    """The grid's ids of a search; its count, its facets' total and a first page of each
    order agree with them (nothing no longer current counted or listed)."""
    f = parse_search(words, c).filter
    ids = sorted(c.query_ids(f))
    assert c.count(f) == len(ids), words
    assert c.facets(f).total == len(ids), words
    for sort in ("time", "name", "size"):
        assert sorted(c.query_ids(f, sort=sort, limit=600)) == ids, (words, sort)
    return ids


def _fill(c: Any, root: Path, n: int = 12) -> list[int]:
    return insert_items(c, root, [{"name": f"IMG_{k:04d}.JPG"} for k in range(n)])


def test_edits_find_the_new_words_and_never_the_old(cat: Any, tmp_path: Path) -> None:
    """A caption, a tag, a session and a path edited (twice each): the old word finds
    nothing, the new one its item, and counts and facets are the grid's rows."""
    ids = _fill(cat, tmp_path / "m")
    a, b, c, d = ids[:4]
    cat.set_text([a], "caption", "en", "Walrus on stage")
    cat.set_text([a], "caption", "en", "Pelican on stage")
    cat.tag_items([b], ["lighthouse"])
    cat.remove_tags([b], [t.id for t in cat.tags() if t.name == "lighthouse"])
    cat.tag_items([b], ["harbour"])
    cat.create_event("SMP", time_zone="UTC")
    day = cat.add_day(datetime(2022, 6, 1).date()).value
    first = cat.add_session(
        "Glacier talk", datetime(2022, 6, 1, 7, tzinfo=UTC), datetime(2022, 6, 1, 8, tzinfo=UTC)
    ).value
    second = cat.add_session(
        "Volcano talk", datetime(2022, 6, 1, 8, tzinfo=UTC), datetime(2022, 6, 1, 9, tzinfo=UTC)
    ).value
    assert day
    cat.assign_items([c], first)
    cat.assign_items([c], second)
    cat.update_session(second, title="Tundra talk")
    with cat._write_sessions() as s, s.begin():  # a file moved on disk, as a rescan records
        moved = {"id": d, "root_id": cat.item(d).root_id, "rel_path": "moved/QX_9.JPG"}
        name_folders(s, [moved])  # its folder and name (0033)
        s.execute(update(MediaItem), [moved])
        fulltext.reindex(s, [d])

    assert _agree(cat, "walrus") == [] and _agree(cat, "pelican") == [a]
    assert _agree(cat, "harbour") == [b] and _agree(cat, "lighthouse") == []
    assert _agree(cat, "glacier") == [] and _agree(cat, "volcano") == []
    assert _agree(cat, "tundra") == [c]
    assert _agree(cat, "img_0003") == [] and _agree(cat, "qx_9") == [d]
    assert _agree(cat, "moved") == [d]
    assert _agree(cat, "stage") == [a]
    assert _agree(cat, "img") == sorted(set(ids) - {d})
    assert _agree(cat, "img -pelican") == sorted(set(ids) - {a, d})
    # prefixes and phrases of file names
    assert _agree(cat, "img_00") == sorted(set(ids) - {d})
    assert _agree(cat, "img_001") == ids[10:12]
    assert _agree(cat, "pel") == [a] and _agree(cat, "wal") == []


def test_a_removed_item_is_no_longer_found(cat: Any, tmp_path: Path) -> None:
    kept = _fill(cat, tmp_path / "keep", 3)
    gone = insert_items(cat, tmp_path / "gone", [{"name": "Gone_Walrus.JPG"}])
    cat.set_text(gone, "caption", "en", "Seal colony")
    assert _agree(cat, "seal") == gone
    root_id = next(r.id for r in cat.roots() if r.path.endswith("gone"))
    cat.remove_root(root_id)
    assert _agree(cat, "seal") == [] and _agree(cat, "walrus") == []
    assert _agree(cat, "img") == kept


def test_an_id_used_again_finds_only_its_new_item(catalog: Any, tmp_path: Path) -> None:
    """SQLite gives the newest item's id again once it is removed: the new item's text
    is found, the removed one's (still in the contentless index) is not."""
    _fill(catalog, tmp_path / "keep", 2)
    (old,) = insert_items(catalog, tmp_path / "gone", [{"name": "Walrus.JPG"}])
    catalog.set_text([old], "caption", "en", "Walrus again")  # a second generation
    catalog.remove_root(next(r.id for r in catalog.roots() if r.path.endswith("gone")))
    (new,) = insert_items(catalog, tmp_path / "new", [{"name": "Pelican.JPG"}])
    assert new == old  # the case under test
    assert _agree(catalog, "pelican") == [new]
    assert _agree(catalog, "walrus") == [] and _agree(catalog, "again") == []
    catalog.set_text([new], "caption", "en", "Heron")
    assert _agree(catalog, "heron") == [new] and _agree(catalog, "pelican") == [new]


def _stored(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        return {
            "texts": conn.execute("SELECT count(*) FROM search_docs WHERE doc != ''").fetchone()[0],
            "stale": conn.execute("SELECT count(*) FROM search_stale").fetchone()[0],
            "fts": conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'search_fts'"
            ).fetchone()[0],
            "gens": conn.execute("SELECT max(gen) FROM search_docs").fetchone()[0],
        }
    finally:
        conn.close()


def test_sqlite_keeps_no_copy_of_the_text_and_compacting_clears_the_old_documents(
    catalog: Any, catalog_path: Path, tmp_path: Path
) -> None:
    ids = _fill(catalog, tmp_path / "m", 30)
    for n in range(5):  # every item's text rewritten five times
        catalog.set_text(ids, "caption", "en", f"Round{n} keynote")
    stored = _stored(catalog_path)
    assert stored["texts"] == 0  # the words are in the index alone
    assert "content=''" in stored["fts"].replace('"', "'")
    assert stored["stale"] == 5 * 30 and stored["gens"] == 5
    queries = ["keynote", "round4", "round0", "img_00", "img_0012", "img"]
    before = {q: _agree(catalog, q) for q in queries}
    assert before["round0"] == [] and before["round4"] == ids and before["img_0012"] == [ids[12]]
    compact(catalog.engine)
    stored = _stored(catalog_path)
    assert stored["stale"] == 0 and stored["gens"] == 0
    assert {q: _agree(catalog, q) for q in queries} == before
    with sqlite3.connect(catalog_path) as conn:  # one document per item, rowid = its id
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 0)")
    catalog.set_text(ids[:1], "caption", "en", "Closing")
    assert _agree(catalog, "closing") == ids[:1] and _agree(catalog, "round4") == ids[1:]


def test_the_reader_of_the_command_line_leaves_old_documents_out(
    catalog: Any, catalog_path: Path, tmp_path: Path
) -> None:
    from smparchive.core.catalog.reader import open_reader

    ids = _fill(catalog, tmp_path / "m", 20)
    catalog.set_text(ids[:5], "caption", "en", "Walrus")
    catalog.set_text(ids[:5], "caption", "en", "Pelican")
    reader = open_reader(catalog_path)
    assert reader is not None
    try:
        for q in ("walrus", "pelican", "img", "img_00"):
            f = ItemFilter(text=q)
            want = catalog.query_ids(f)
            assert reader.query_ids(f) == want and reader.count(f) == len(want)
            assert reader.query_ids(f, limit=3) == want[:3]
        assert reader.query_ids(ItemFilter(text="walrus")) == []
    finally:
        reader.close()


def test_an_upgrade_to_0032_keeps_every_search(tmp_path: Path) -> None:
    """The 0031 fixture's words, looked up in its FTS5 index before the upgrade, find the
    same items after it; its texts are gone from search_docs; an edit then works."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0031.smpcat", work)
    conn = sqlite3.connect(work)
    words = sorted(
        {w for (doc,) in conn.execute("SELECT doc FROM search_docs") for w in doc.split()}
    )
    words += ["img_1", "photos img", "round", "ph", "nothing"]
    truth = {
        w: sorted(
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ?",
                (" ".join(f'"{p}"*' for p in w.split()),),
            )
        )
        for w in words
    }
    conn.close()
    assert truth["roundtable"] == [1, 2, 3] and truth["3"] == [3]
    cat = open_catalog(work)
    try:
        assert {w: _agree(cat, w) for w in words} == truth
        cat.set_text([2], "caption", "en", "Closing plenary")
        assert _agree(cat, "plenary") == [2] and _agree(cat, "roundtable") == [1, 2, 3]
        cat.set_text([2], "caption", "en", "")
        cat.set_text([1, 2], "caption", "en", "Final")
        assert _agree(cat, "final") == [1, 2] and _agree(cat, "plenary") == []
    finally:
        cat.close()
    stored = _stored(work)
    assert stored["texts"] == 0 and "content=''" in stored["fts"].replace('"', "'")


def test_a_downgrade_and_upgrade_again_keep_every_search(
    catalog: Any, catalog_path: Path, tmp_path: Path
) -> None:
    from alembic import command

    from smparchive.core.catalog.schema import alembic_config, migrating

    ids = _fill(catalog, tmp_path / "m", 10)
    catalog.set_text(ids[:4], "caption", "en", "Réunion walrus")
    catalog.set_text(ids[:2], "caption", "en", "Pelican")
    queries = ["reunion", "walrus", "pelican", "img_000", "img"]
    before = {q: _agree(catalog, q) for q in queries}
    cfg = alembic_config()
    with migrating(catalog.engine) as conn:  # (foreign keys off, 0033)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0031")
    with sqlite3.connect(catalog_path) as conn:
        assert conn.execute("SELECT count(*) FROM search_docs WHERE doc = ''").fetchone()[0] == 0
    with migrating(catalog.engine) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert {q: _agree(catalog, q) for q in queries} == before


def test_generations_past_their_bits_start_again_from_the_catalogue(
    catalog: Any, catalog_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rowid holds 23 bits of generation: the write that would pass them makes the index
    again (every generation 0, nothing stale) and finds what it should."""
    from smparchive.core.catalog import searchtext

    monkeypatch.setattr(searchtext, "MAX_GEN", 2)
    ids = _fill(catalog, tmp_path / "m", 5)
    catalog.set_text(ids[:2], "caption", "en", "Walrus")
    catalog.set_text(ids[:2], "caption", "en", "Pelican")
    assert _stored(catalog_path)["gens"] == 2 and _stored(catalog_path)["stale"] == 4
    catalog.set_text(ids[:1], "caption", "en", "Heron")
    stored = _stored(catalog_path)
    assert stored["gens"] == 0 and stored["stale"] == 0
    assert _agree(catalog, "heron") == ids[:1] and _agree(catalog, "pelican") == ids[1:2]
    assert _agree(catalog, "walrus") == [] and _agree(catalog, "img") == ids


def test_an_index_mostly_made_of_superseded_texts_is_rebuilt_by_the_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, every rewritten text stayed in the index until someone ran `check
    --compact`: the demo, once assigned to its programme, held 99 superseded documents for
    its 70 items; at a million items the index doubled and every search paid for it."""
    from smparchive.core.catalog import searchtext

    monkeypatch.setattr(searchtext, "GARBAGE_MIN", 6)  # a million items' rule, at 12
    c = open_catalog(tmp_path / "t.smpcat", create=True)
    try:
        ids = _fill(c, tmp_path / "m")

        def stale() -> int:
            with c.engine.connect() as conn:
                return int(conn.exec_driver_sql("SELECT count(*) FROM search_stale").scalar())

        c.set_text(ids[:5], "caption", "en", "Walrus on stage")
        assert stale() == 5  # a little garbage stays: rebuilding for it costs more
        c.set_text(ids[:5], "caption", "en", "Pelican on stage")
        assert stale() == 0  # 10 superseded for 12 live: the write rebuilt the index
        assert _agree(c, "pelican") == ids[:5]
        assert _agree(c, "walrus") == []
        assert _agree(c, "img_00") == ids
        with c.engine.connect() as conn:
            gens = {g for (g,) in conn.exec_driver_sql("SELECT gen FROM search_docs")}
        assert gens == {0}
        c.set_text(ids[5:8], "caption", "en", "Heron")  # and the index goes on as usual
        assert stale() == 3 and _agree(c, "heron") == ids[5:8] and _agree(c, "walrus") == []
    finally:
        c.close()


def test_an_upgrade_from_0041_finds_items_by_their_session_s_newer_texts(tmp_path: Path) -> None:
    """A catalogue whose items were indexed before the search text held a session's room
    and description in further languages: after the upgrade (0043) 'Salle' and a word of
    the programme's own room find them, without an edit of each photo first."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0041.smpcat", work)
    conn = sqlite3.connect(work)  # kept as 0041 kept it: the index never saw these texts
    conn.execute(
        "INSERT INTO session_texts (session_id, field, lang, value) "
        "VALUES (1, 'room', 'fr', 'Salle de la table ronde')"
    )
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        assert _agree(cat, "salle") == [1, 2, 3]
        assert _agree(cat, "room") == [1, 2, 3]  # the programme's own room, 'Roundtable Room'
        assert _agree(cat, "roundtable photo 2") == [2]  # the texts indexed before still are
    finally:
        cat.close()


def test_the_0043_upgrade_of_a_team_catalogue_finds_the_newer_texts(tmp_path: Path) -> None:
    """PostgreSQL: the documents an older version wrote (without the session's French room)
    are made again by the upgrade; 'Salle' then finds the session's items."""
    from sqlalchemy import text

    url = empty_pg_url()
    cat = open_catalog(url)
    try:
        ids = _fill(cat, tmp_path / "m", 3)
        cat.create_event("SMP 2022", time_zone="Europe/Brussels", language="en")
        start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
        sid = int(cat.add_session("EMN roundtable", start, start.replace(hour=9)).value)
        cat.assign_items(ids[:2], sid)
        cat.set_session_text(sid, "fr", "Salle de la table ronde", field="room")
        assert _agree(cat, "salle") == ids[:2]
        with cat.engine.begin() as conn:  # as 0041 left them: no room in other languages
            conn.execute(text("UPDATE search_docs SET doc = 'img'"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0041'"))
    finally:
        cat.close()
    cat = open_catalog(url)
    try:
        assert _agree(cat, "salle") == ids[:2] and _agree(cat, "img") == ids
    finally:
        cat.close()
