"""A folder offline at its path but found elsewhere on this computer (a share mounted at
another place): the app asks before using it, and writes nothing into it (issue 16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smparchive.core import volumes


def _share(base: Path) -> list[dict[str, Any]]:
    specs = []
    for n in range(4):
        rel = f"day1/IMG_{n:04d}.JPG"
        (base / "day1").mkdir(parents=True, exist_ok=True)
        (base / rel).write_bytes(b"x" * (500 + n))
        specs.append({"name": f"IMG_{n:04d}.JPG", "rel_path": rel, "size": 500 + n})
    return specs


@pytest.mark.parametrize("answer", ["Yes, use it here", "No"])
def test_the_app_asks_where_an_offline_folder_is(
    window: Any,
    qtbot: Any,
    gui_catalog: Any,
    item_inserter: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    added_at = tmp_path / "media" / "me" / "share" / "Conf"
    ids = item_inserter(gui_catalog, added_at, _share(added_at))
    root_id = gui_catalog.item(ids[0]).root_id
    old_path = gui_catalog.root(root_id).path
    (tmp_path / "mnt").mkdir()
    (tmp_path / "media" / "me" / "share").rename(tmp_path / "mnt" / "share")
    here = tmp_path / "mnt" / "share" / "Conf"
    files = sorted(p.name for p in here.rglob("*"))
    monkeypatch.setenv(volumes.ENV_MOUNT_PARENTS, str(tmp_path / "mnt"))
    monkeypatch.setattr(volumes, "current_mounts", lambda: [])
    window.ingest.offer_locations([old_path])  # what a scan reporting it offline does
    qtbot.waitUntil(lambda: window.ingest.location_box is not None, timeout=3000)
    box = window.ingest.location_box
    assert not box.isModal()
    assert f"is not at {old_path} on this computer. Is it at {here}?" in box.text()
    (button,) = [b for b in box.buttons() if b.text() == answer]
    button.click()
    if answer == "No":
        assert gui_catalog.root(root_id).path == old_path
    else:
        qtbot.waitUntil(lambda: gui_catalog.root(root_id).path == str(here), timeout=3000)
        assert gui_catalog.item(ids[0]).path == str(here / "day1" / "IMG_0000.JPG")
    assert sorted(p.name for p in here.rglob("*")) == files  # nothing written there


@pytest.mark.parametrize("mount_point_left", [False, True])
def test_opening_a_catalogue_asks_where_a_moved_folder_is(
    qapp: Any,
    qtbot: Any,
    item_inserter: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mount_point_left: bool,
) -> None:
    """A colleague's catalogue, or a share mounted elsewhere: the question comes when the
    catalogue opens, not only after a rescan has marked every item offline. Also when this
    computer has an empty folder where the share was added (a mount point without its
    share): that was taken for the folder, and nothing was asked."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings

    added_at = tmp_path / "media" / "me" / "share" / "Conf"
    location = tmp_path / "team.smpcat"
    catalog = open_catalog(location, create=True)
    item_inserter(catalog, added_at, _share(added_at))
    catalog.close()
    (tmp_path / "mnt").mkdir()
    (tmp_path / "media" / "me" / "share").rename(tmp_path / "mnt" / "share")
    if mount_point_left:
        added_at.mkdir(parents=True)
    monkeypatch.setenv(volumes.ENV_MOUNT_PARENTS, str(tmp_path / "mnt"))
    monkeypatch.setattr(volumes, "current_mounts", lambda: [])
    manager = app_mod.WindowManager(Settings())
    assert manager.open(location) is True
    (window,) = manager.windows
    try:
        qtbot.waitUntil(lambda: window.ingest.location_box is not None, timeout=5000)
        here = tmp_path / "mnt" / "share" / "Conf"
        assert f"Is it at {here}?" in window.ingest.location_box.text()
    finally:
        if window.ingest.location_box is not None:
            window.ingest.location_box.close()
        window.close()
