"""A share mounted at different paths on different computers is recognised (issue 16):
by its volume (filesystem UUID, share source) or by its files; nothing is written into it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from smparchive.core import volumes
from smparchive.core.volumes import Mount, VolumePlace

MOUNTINFO = r"""22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
25 22 0:21 / /proc rw - proc proc rw
40 22 0:45 / /media/me/Team\040Share rw,relatime - cifs //files.example/Team rw,vers=3.1.1
41 22 8:17 / /media/me/USB rw,relatime - vfat /dev/sdb1 rw
42 22 0:50 / /mnt/archive rw - nfs4 nas:/export/archive rw
"""


def test_mount_table_and_volume_identity(tmp_path: Path) -> None:
    mounts = volumes.parse_mountinfo(MOUNTINFO)
    assert Mount("/media/me/Team Share", "cifs", "//files.example/Team") in mounts
    by_uuid = tmp_path / "by-uuid"
    by_uuid.mkdir()
    (by_uuid / "1234-ABCD").symlink_to("/dev/sdb1")
    usb = volumes.mount_of("/media/me/USB/DCIM/100", mounts)
    assert usb is not None and volumes.identity(usb, by_uuid) == "uuid:1234-ABCD"
    assert volumes.place_of("/media/me/Team Share/Conf 2024", mounts, by_uuid) == VolumePlace(
        "cifs://files.example/team", "Conf 2024"
    )
    assert volumes.place_of("/mnt/archive", mounts, by_uuid) == VolumePlace(
        "nfs4:nas:/export/archive", ""
    )
    assert volumes.place_of("/proc/1", mounts, by_uuid) is None  # not a volume


def test_the_same_share_on_another_computer() -> None:
    mine = volumes.parse_mountinfo(MOUNTINFO)
    theirs = [Mount("/mnt/share", "cifs", "//FILES.example/Team/"), Mount("/", "ext4", "x")]
    place = volumes.place_of("/media/me/Team Share/Conf 2024/day 1", mine)
    assert place is not None
    assert volumes.places_here(place, theirs) == ["/mnt/share/Conf 2024/day 1"]


def _share(base: Path) -> list[dict[str, Any]]:
    """A conference folder with a few files; the item specs that catalogue them."""
    specs = []
    for n in range(5):
        rel = f"day1/IMG_{n:04d}.JPG"
        (base / "day1").mkdir(parents=True, exist_ok=True)
        (base / rel).write_bytes(b"x" * (1000 + n))
        specs.append({"name": f"IMG_{n:04d}.JPG", "rel_path": rel, "size": 1000 + n})
    return specs


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_an_offline_root_is_found_by_its_files(
    catalog: Any, tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from smparchive.cli.main import main

    first = tmp_path / "media" / "me" / "share" / "Conf"
    specs = _share(first)
    ids = item_inserter(catalog, first, specs)
    root_id = catalog.item(ids[0]).root_id
    # the colleague's computer: the same share at /mnt/share (here: tmp/mnt/share)
    (tmp_path / "mnt").mkdir()
    (tmp_path / "media" / "me" / "share").rename(tmp_path / "mnt" / "share")
    elsewhere = tmp_path / "mnt" / "share" / "Conf"
    before = _listing(elsewhere)
    monkeypatch.setenv(volumes.ENV_MOUNT_PARENTS, str(tmp_path / "mnt"))
    monkeypatch.setattr(volumes, "current_mounts", lambda: [])
    assert catalog.locate_root(root_id) == [elsewhere]
    assert _listing(elsewhere) == before  # nothing written into the media folder
    assert main(["-c", str(catalog.location), "roots", "locate", str(root_id)]) == 0
    out = capsys.readouterr().out
    assert f"is at {elsewhere} on this computer?" in out
    assert f"smparchive roots map {root_id}" in out
    catalog.map_root(root_id, elsewhere)  # the person confirmed
    assert catalog.locate_root(root_id) == []  # seen here now
    assert catalog.item(ids[0]).path.startswith(str(elsewhere))


def test_an_empty_mount_point_where_it_was_added_is_not_the_root(
    catalog: Any, tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """The colleague's computer had an empty folder where the share was added (a mount
    point without its share): the app and `roots locate` took it for the root ('is at
    /mnt/share on this computer'), proposed nothing, and the items showed that empty path,
    where a scan calls such a folder gone. The share mounted elsewhere is proposed."""
    from smparchive.cli.main import main

    first = tmp_path / "mnt" / "share" / "Conf"
    ids = item_inserter(catalog, first, _share(first))
    root_id = catalog.item(ids[0]).root_id
    (tmp_path / "media").mkdir()
    (tmp_path / "mnt" / "share").rename(tmp_path / "media" / "share")
    first.mkdir(parents=True)  # the mount point stays, empty
    elsewhere = tmp_path / "media" / "share" / "Conf"
    monkeypatch.setenv(volumes.ENV_MOUNT_PARENTS, str(tmp_path / "media"))
    monkeypatch.setattr(volumes, "current_mounts", lambda: [])
    assert catalog.locate_root(root_id) == [elsewhere]
    assert main(["-c", str(catalog.location), "roots", "locate", str(root_id)]) == 0
    assert f"is at {elsewhere} on this computer?" in capsys.readouterr().out


def test_a_different_folder_with_other_files_is_not_proposed(
    catalog: Any, tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "media" / "share" / "Conf"
    ids = item_inserter(catalog, first, _share(first))
    root_id = catalog.item(ids[0]).root_id
    (first / "day1" / "IMG_0000.JPG").unlink()
    os.rename(first, tmp_path / "gone")
    other = tmp_path / "mnt" / "share" / "Conf" / "day1"
    other.mkdir(parents=True)
    for n in range(5):
        (other / f"IMG_{n:04d}.JPG").write_bytes(b"y" * 10)  # same names, other files
    monkeypatch.setenv(volumes.ENV_MOUNT_PARENTS, str(tmp_path / "mnt"))
    monkeypatch.setattr(volumes, "current_mounts", lambda: [])
    assert catalog.locate_root(root_id) == []


def test_an_offline_root_is_found_on_its_volume_mounted_elsewhere(
    catalog: Any, tmp_path: Path, item_inserter: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    share_a = tmp_path / "a" / "Team Share"
    folder = share_a / "2024" / "Conf"
    ids = item_inserter(catalog, folder, _share(folder))
    root_id = catalog.item(ids[0]).root_id
    monkeypatch.setattr(
        volumes, "current_mounts", lambda: [Mount(str(share_a), "cifs", "//files/Team")]
    )
    catalog.remember_root_place(root_id, str(folder))  # a scan here does this
    share_b = tmp_path / "b" / "odd name"
    share_b.parent.mkdir()
    share_a.rename(share_b)
    monkeypatch.setattr(
        volumes, "current_mounts", lambda: [Mount(str(share_b), "cifs", "//files/Team")]
    )
    monkeypatch.setenv(volumes.ENV_MOUNT_PARENTS, str(tmp_path / "nowhere"))
    assert catalog.locate_root(root_id) == [share_b / "2024" / "Conf"]
