"""Roots independent of mount points (issue 16): two people see the team's share at
different paths; each maps the folder once, scans find nothing new, moved or missing, and
items keep their metadata. On a team catalogue a computer that cannot see a root does not
mark it offline for everyone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.cli.main import main
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError


def _share(tmp_path: Path) -> tuple[Path, Path]:
    share = tmp_path / "nas" / "SMP2022"
    share.mkdir(parents=True)
    for n in range(3):
        Image.new("RGB", (64, 48), (40 * n, 90, 160)).save(share / f"IMG_{n}.jpg", quality=80)
    alice_mount = tmp_path / "media" / "alice" / "share"
    bob_mount = tmp_path / "mnt" / "share"
    for mount in (alice_mount, bob_mount):
        mount.parent.mkdir(parents=True)
        mount.symlink_to(share)
    return alice_mount, bob_mount


@pytest.fixture
def location(engine_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return engine_location  # a new catalogue on each engine (tests/conftest.py)


def _as(machine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMPARCHIVE_MACHINE", machine)


def test_two_mount_paths_one_set_of_items(
    location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    alice_mount, bob_mount = _share(tmp_path)
    c = ["-c", location]
    _as("alice@laptop", monkeypatch)
    assert main([*c, "init"]) == 0
    assert main([*c, "roots", "add", str(alice_mount), "--label", "share"]) == 0
    assert main([*c, "scan"]) == 0
    cat = open_catalog(location)
    ids = sorted(cat.query_ids(cat.smart_filter("")))
    cat.set_text(ids, "caption", "en", "EMN roundtable")
    cat.close()

    _as("bob@desktop", monkeypatch)
    assert main([*c, "roots", "map", "share", str(tmp_path)]) == 2  # not the share
    assert "does not hold this folder's files" in capsys.readouterr().err
    assert main([*c, "roots", "map", "share", str(bob_mount)]) == 0
    capsys.readouterr()
    assert main([*c, "scan"]) == 0
    out = capsys.readouterr().out
    assert ": 0 new, 0 changed, 0 moved, 3 unchanged, 0 missing." in out
    bob = open_catalog(location)
    try:
        assert sorted(bob.query_ids(bob.smart_filter(""))) == ids  # no duplicates
        assert {Path(r.path).parent for r in bob.items(ids)} == {bob_mount}
        assert {r.captions["en"] for r in bob.items(ids)} == {"EMN roundtable"}
        assert {r.status for r in bob.items(ids)} == {"ok"}
    finally:
        bob.close()

    _as("alice@laptop", monkeypatch)
    assert main([*c, "scan"]) == 0
    assert ": 0 new, 0 changed, 0 moved, 3 unchanged, 0 missing." in capsys.readouterr().out
    alice = open_catalog(location)
    # (adding a folder records its real path: the symlinked mount resolves to the share)
    assert {Path(r.path).parent for r in alice.items(ids)} == {alice_mount.resolve()}
    alice.close()


def test_a_computer_without_the_share_does_not_take_it_offline_for_the_team(
    location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    alice_mount, _bob = _share(tmp_path)
    c = ["-c", location]
    _as("alice@laptop", monkeypatch)
    assert main([*c, "init"]) == 0
    assert main([*c, "roots", "add", str(alice_mount), "--label", "share"]) == 0
    assert main([*c, "scan"]) == 0
    cat = open_catalog(location)
    with pytest.raises(CatalogError, match="not a folder this computer can see"):
        cat.map_root(cat.find_root("share").id, tmp_path / "absent")
    cat.close()
    _as("carol@train", monkeypatch)
    cat = open_catalog(location)
    root_id = cat.find_root("share").id
    cat.close()
    # Carol's computer has no mapping, and the share is not mounted there.
    share = tmp_path / "nas" / "SMP2022"
    share.rename(tmp_path / "nas" / "elsewhere")
    capsys.readouterr()
    assert main([*c, "scan"]) in (0, 1)
    said = capsys.readouterr().out
    if location.startswith("postgresql"):  # not "marked offline": it is not, for the team
        assert "cannot reach" in said and "marked offline" not in said
        # nor said offline in the summary's head (it was "1 folder offline (3 items)")
        assert "1 folder not reachable from this computer (" in said
        assert "unchanged for the team" in said and "folder offline" not in said
    else:
        assert "not reachable" in said and "marked offline" in said
        assert "1 folder offline (" in said
    (tmp_path / "nas" / "elsewhere").rename(share)
    cat = open_catalog(location)
    try:
        statuses = {r.status for r in cat.items(cat.query_ids(cat.smart_filter("")))}
        online = cat.root(root_id).online
    finally:
        cat.close()
    if location.startswith("postgresql"):
        assert (online, statuses) == (True, {"ok"})  # the team still sees it
    else:
        assert (online, statuses) == (False, {"offline"})  # one person's file: as before
