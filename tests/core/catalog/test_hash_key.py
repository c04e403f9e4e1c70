"""Items by content through the hash's first 8 bytes (migration 0029, issue 19: the
catalogue's size): duplicates, moved files and pending hashes are found as before, contents
that only begin alike are not duplicates, and the index holds far fewer bytes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.ingest.rescan import _duplicate_groups

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"

SAME = "ab" * 32
# The same first 8 bytes as SAME, another content.
ALIKE = "ab" * 8 + "cd" * 24


def _specs(n: int) -> list[dict[str, Any]]:
    """n items with distinct hashes, then two copies of SAME, one ALIKE, one pending hash
    and a stored value that is not a SHA-256 (twice)."""
    specs: list[dict[str, Any]] = [
        {"name": f"IMG_{i:05d}.JPG", "sha256": f"{i * 7919:064x}"[::-1]} for i in range(n)
    ]
    specs += [
        {"name": "copy1.JPG", "sha256": SAME},
        {"name": "copy2.JPG", "sha256": SAME},
        {"name": "alike.JPG", "sha256": ALIKE},
        {"name": "pending.JPG", "sha256": None},
        {"name": "odd1.bin", "sha256": "ABC-not-a-hash"},
        {"name": "odd2.bin", "sha256": "ABC-not-a-hash"},
    ]
    return specs


def _index_bytes(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = ?", (name,)).fetchone()[0]
            or 0
        )
    finally:
        conn.close()


def _names(cat: Any, ids: list[int]) -> list[str]:
    return sorted(r.name for r in cat.items(ids))


def test_duplicates_moves_and_pending_hashes_are_found_through_the_key(
    tmp_path: Path, item_inserter: Any
) -> None:
    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    try:
        item_inserter(cat, tmp_path / "media", _specs(3000))
        assert _names(cat, cat.query_ids(ItemFilter(duplicates=True))) == [
            "copy1.JPG",
            "copy2.JPG",
            "odd1.bin",
            "odd2.bin",
        ]
        assert cat.duplicate_group_count() == 2
        groups = {g.sha256: sorted(r.rel_path for r in g.items) for g in cat.duplicate_groups()}
        assert groups == {
            SAME: ["copy1.JPG", "copy2.JPG"],
            "ABC-not-a-hash": ["odd1.bin", "odd2.bin"],
        }
        moved = cat.ingest_move_candidates([SAME, ALIKE, "cd" * 32])
        assert {sha: sorted(c.rel_path for c in found) for sha, found in moved.items()} == {
            SAME: ["copy1.JPG", "copy2.JPG"],
            ALIKE: ["alike.JPG"],
        }
        assert cat.hash_pending_count() == 1
        assert [r.rel_path for r in cat.hash_pending_items()] == ["pending.JPG"]
    finally:
        cat.close()
    # The command line's quick rescan counts the same groups with its own SQL.
    from smparchive.core.catalog.reader import open_reader

    reader = open_reader(path)
    assert reader is not None
    try:
        assert _duplicate_groups(reader, None) == 2
        assert _duplicate_groups(reader, [1]) == 2
    finally:
        reader.close()
    # Whole hashes are no longer indexed: the key's index is less than half that size.
    assert _index_bytes(path, "ix_items_sha256") == 0
    key_bytes = _index_bytes(path, "ix_items_sha_key")
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX whole_hashes ON items (sha256)")
    conn.commit()
    conn.close()
    assert 0 < key_bytes < _index_bytes(path, "whole_hashes") / 2


def test_upgrade_to_0029_keeps_duplicates_and_drops_the_whole_hash_index(
    tmp_path: Path,
) -> None:
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0028.smpcat", work)
    conn = sqlite3.connect(work)
    conn.executemany(
        "UPDATE items SET sha256 = ? WHERE id = ?",
        [(bytes.fromhex(SAME), 1), (bytes.fromhex(SAME), 2), (bytes.fromhex(ALIKE), 3)],
    )
    conn.commit()
    conn.close()
    assert _index_bytes(work, "ix_items_sha256") > 0
    cat = open_catalog(work)
    try:
        assert cat.query_ids(ItemFilter(duplicates=True)) == [1, 2]
        assert [r.sha256 for r in cat.items([1, 2, 3])] == [SAME, SAME, ALIKE]
        assert set(cat.ingest_move_candidates([ALIKE])) == {ALIKE}
    finally:
        cat.close()
    assert _index_bytes(work, "ix_items_sha256") == 0
    conn = sqlite3.connect(work)
    try:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM items WHERE sha_key IN (?) AND sha256 IN (?)",
            (bytes.fromhex(ALIKE)[:8], bytes.fromhex(ALIKE)),
        ).fetchall()
        assert "ix_items_sha_key" in str(plan), plan
    finally:
        conn.close()


@pytest.mark.postgres
def test_team_catalogue_finds_duplicates_and_moves_through_the_key(tmp_path: Path) -> None:
    from tests.conftest import empty_pg_url, insert_items

    cat = open_catalog(empty_pg_url(), create=True)
    try:
        insert_items(cat, tmp_path / "media", _specs(20))
        assert _names(cat, cat.query_ids(ItemFilter(duplicates=True))) == [
            "copy1.JPG",
            "copy2.JPG",
            "odd1.bin",
            "odd2.bin",
        ]
        assert cat.duplicate_group_count() == 2
        moved = cat.ingest_move_candidates([ALIKE])
        assert [c.rel_path for c in moved[ALIKE]] == ["alike.JPG"]
        assert cat.hash_pending_count() == 1
    finally:
        cat.close()
