"""A team catalogue's folder this computer cannot reach is offline here, in every view.

On PostgreSQL a scan does not store 'offline' (a teammate may reach the share), so before,
Problems > Offline, ``status:offline`` and ``smparchive problems`` said nothing of a folder
this computer could not reach, and its items read 'ok' in the inspector and exports while
their files could not be opened. The stored status stays the team's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import PG_URL, empty_pg_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL"),
]


def _photo(path: Path, seed: int) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.effect_noise((64, 48), seed).convert("RGB").save(path, "JPEG")


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Any, Path]]:
    """A team catalogue of two scanned folders: 'archive' (2 photos), 'card' (3 photos)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = empty_pg_url()
    archive, card = tmp_path / "archive", tmp_path / "card"
    for i in range(2):
        _photo(archive / f"a{i}.jpg", 10 + i)
    for i in range(3):
        _photo(card / f"c{i}.jpg", 20 + i)
    cat = open_catalog(url)
    try:
        cat.add_root(archive)
        cat.add_root(card)
        scan(cat, options=ScanOptions(workers=0))
        yield url, cat, card
    finally:
        cat.close()


def _stored_statuses(cat: Any) -> set[str]:
    from sqlalchemy import select

    from smparchive.core.catalog.models import MediaItem

    with cat.engine.connect() as conn:
        return {str(s) for s in conn.scalars(select(MediaItem.status))}


def test_a_folder_out_of_reach_is_offline_here_in_views_searches_records_and_problems(
    team: tuple[str, Any, Path], capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.cli.main import EXIT_PROBLEMS, main
    from smparchive.core.catalog.itemfilter import PROBLEM_VIEWS, ItemFilter

    url, cat, card = team
    # every read looks at the folders again (the app trusts a look for 2 s)
    monkeypatch.setattr("smparchive.core.catalog.base.REACH_RECHECK_S", 0.0, raising=False)
    (card_root,) = [r.id for r in cat.roots(counts=False) if Path(r.path) == card]
    card_ids = set(cat.query_ids(ItemFilter(root_id=card_root)))
    assert len(card_ids) == 3
    offline = PROBLEM_VIEWS["offline"]
    assert cat.count(offline) == 0

    away = card.with_name("card-elsewhere")
    card.rename(away)  # this computer does not mount the share there
    assert cat.count(offline) == 3  # Problems > Offline's count
    assert set(cat.query_ids(offline)) == card_ids
    assert set(cat.query_ids(cat.smart_filter("status:offline"))) == card_ids
    assert cat.count(ItemFilter(statuses=("ok",))) == 2  # the archive's photos only
    assert cat.count(ItemFilter(any_of=(ItemFilter(statuses=("offline",)),))) == 3
    assert {r.status for r in cat.items(sorted(card_ids))} == {"offline"}
    assert {r.status for r in cat.problem_items()} == {"offline"}
    assert _stored_statuses(cat) == {"ok"}  # the team's record is not changed
    assert cat.roots_offline_here() == {card_root}

    capsys.readouterr()
    assert main(["-c", url, "problems", "--json"]) == EXIT_PROBLEMS
    listed = json.loads(capsys.readouterr().out)
    assert {row["id"] for row in listed} == card_ids
    assert all(row["status"] == "offline" and row["reason"] for row in listed)
    assert all(row["views"] == ["offline"] for row in listed)

    away.rename(card)
    assert cat.count(offline) == 0
    assert {r.status for r in cat.items(sorted(card_ids))} == {"ok"}
    assert cat.problem_items() == []


def test_a_look_at_the_folders_is_trusted_for_seconds_unless_asked_fresh(
    team: tuple[str, Any, Path],
) -> None:
    """Each read does not list every folder again (a page, its count and its facets ask in
    a row; a share that does not answer would slow each); the sidebar asks fresh."""
    from smparchive.core.catalog.itemfilter import PROBLEM_VIEWS

    _url, cat, card = team
    assert cat.count(PROBLEM_VIEWS["offline"]) == 0
    card.rename(card.with_name("card-elsewhere"))
    assert cat.roots_offline_here() == frozenset()  # the look of a moment ago
    assert len(cat.roots_offline_here(fresh=True)) == 1
    assert cat.count(PROBLEM_VIEWS["offline"]) == 3


def test_verify_counts_each_item_out_of_reach_once(
    team: tuple[str, Any, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`smparchive verify` on a computer without the card: its 3 photos are skipped as
    offline, once each, and the archive's 2 are checked."""
    from smparchive.core.ingest import verify

    monkeypatch.setattr("smparchive.core.catalog.base.REACH_RECHECK_S", 0.0, raising=False)
    _url, cat, card = team
    card.rename(card.with_name("card-elsewhere"))
    report = verify(cat)
    assert report.skipped_offline == 3
    assert report.ok == 2


def test_a_folder_mapped_here_is_not_offline_here_at_once(
    team: tuple[str, Any, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Yes, use it here" on a share found at another path: its items were read again with
    their new paths but still offline (the look at the folders out of reach of a moment
    ago was trusted), so the inspector said the file could not be reached."""
    from smparchive.core.catalog import base

    monkeypatch.setattr(base, "REACH_RECHECK_S", 3600.0)  # a look trusted for the whole test
    _url, cat, card = team
    card_root = next(r.id for r in cat.roots() if Path(r.path) == card)
    ids = [i for i in cat.query_ids() if cat.item(i).root_id == card_root]
    elsewhere = card.with_name("card-elsewhere")
    card.rename(elsewhere)
    assert cat.roots_offline_here(fresh=True) == {card_root}
    cat.map_root(card_root, elsewhere)
    assert cat.roots_offline_here() == frozenset()
    records = cat.items(ids)
    assert {r.status for r in records} == {"ok"}
    assert all(Path(r.path).parent == elsewhere for r in records)
