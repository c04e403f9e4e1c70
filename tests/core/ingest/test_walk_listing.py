"""``Walker.listing``: a rescan's quick look compares the catalogue with this set in one step,
so it must be exactly what ``Walker.walk`` yields (paths, sizes, times, skipped count), or
None whenever the walk would report a problem or a sidecar time would count."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smparchive.core.ingest.walk import FoundFile, Walker, WalkProblem


def _walked(walker: Walker) -> tuple[set[tuple[str, int, int]], list[WalkProblem]]:
    files: set[tuple[str, int, int]] = set()
    problems: list[WalkProblem] = []
    for item in walker.walk():
        if isinstance(item, FoundFile):
            files.add((item.rel_path, item.size, item.mtime_ns))
        else:
            problems.append(item)
    return files, problems


def _write(path: Path, data: bytes = b"x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A root with every kind of entry the walk treats specially, and no problem."""
    root = tmp_path / "root"
    _write(root / "a.jpg", b"aa")
    _write(root / "day1" / "b.JPG", b"bbb")
    _write(root / "day1" / "deeper" / "c.mp4", b"cccc")
    _write(root / "day1" / "été à Gand.jpg", b"accented")
    _write(root / ".hidden.jpg")
    _write(root / ".dot-folder" / "inside.jpg")
    _write(root / "~$lock.docx")
    _write(root / "Thumbs.db")
    _write(root / "desktop.ini")
    _write(root / "other.smpcat")
    _write(root / "other.smpcat-wal")
    _write(root / "cat.smpcat.scan-lock")  # excluded by path, not by name
    _write(root / "cat.smpcat.scan-notes", b"")  # was catalogued: "The file is empty"
    _write(root / "colleague.smpcat.scan-notes", b"{}")  # another catalogue's notes
    _write(root / "cat.cache" / "thumbs" / "ab" / "x-256.jpg")  # excluded folder
    _write(root / "old.smpcat.backups" / "b1.smpcat")
    _write(root / "photo.jpg.exe", b"misleading but catalogued")
    (root / "day1" / "link-to-a.jpg").symlink_to(root / "a.jpg")
    # Folders of plain names (checked together), with a subfolder, a system file among
    # plain ones, a name holding a newline.
    _write(root / "plain" / "p1.jpg")
    _write(root / "plain" / "p2.jpg", b"p2")
    _write(root / "plain" / "sub" / "p3.jpg")
    _write(root / "plain2" / "x.jpg")
    _write(root / "plain2" / "DESKTOP.INI")
    _write(root / "nl" / "line\nbreak.jpg")
    _write(root / "nl" / "ok.jpg")
    os.utime(root / "a.jpg", ns=(1_600_000_000_123_456_789, 1_600_000_000_123_456_789))
    exclude = [root / "cat.smpcat.scan-lock", root / "cat.cache"]
    return root, exclude


def test_listing_is_what_the_walk_finds(tree: tuple[Path, list[Path]]) -> None:
    root, exclude = tree
    walked, problems = _walked(walker := Walker(root, (), exclude))
    assert problems == [] and len(walked) == 12  # incl. the linked file
    assert not any(".scan-notes" in rel for rel, _size, _mtime in walked)
    quick = Walker(root, (), exclude)
    assert quick.listing() == walked
    assert quick.skipped == walker.skipped == 13


def test_an_undecodable_name_is_listed_as_the_catalogue_stores_it(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    try:
        (root / os.fsdecode(b"caf\xe9.jpg")).write_bytes(b"x")
        folder = root / os.fsdecode(b"d\xe9j\xe0")  # files with plain names in it
        folder.mkdir()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses undecodable names")
    _write(root / "ok.jpg")
    _write(folder / "in.jpg")
    _write(folder / "in2.jpg")
    walked, problems = _walked(Walker(root))
    assert problems == []
    assert Walker(root).listing() == walked
    paths = {path for path, _size, _mtime in walked}
    assert {"caf\uf7e9.jpg", "d\uf7e9j\uf7e0/in.jpg"} <= paths


@pytest.mark.parametrize("case", ["sidecar", "dangling link", "loop", "fifo", "too long"])
def test_no_listing_when_the_walk_has_more_to_say(tmp_path: Path, case: str) -> None:
    """A sidecar's time, or a problem the walk reports: None (the quick look then walks)."""
    root = tmp_path / "root"
    _write(root / "a.jpg")
    _write(root / "sub" / "b.jpg")
    max_path = None
    if case == "sidecar":
        _write(root / "sub" / "b.jpg.xmp")
    elif case == "dangling link":
        (root / "sub" / "gone.jpg").symlink_to(root / "nowhere.jpg")
    elif case == "loop":
        (root / "sub" / "back").symlink_to(root)
    elif case == "fifo":
        os.mkfifo(root / "sub" / "pipe")
    else:
        max_path = len(str(root / "sub" / "b.jpg"))  # "sub/b.jpg" reaches the limit
    walker = Walker(root, (), (), max_path=max_path)
    walked, problems = _walked(Walker(root, (), (), max_path=max_path))
    assert walker.listing() is None
    assert walker.skipped == 0  # left for the walk to count
    if case != "sidecar":
        assert problems, case
    else:
        assert problems == [] and len(walked) == 2


def test_ignore_patterns_leave_it_to_the_walk(tmp_path: Path) -> None:
    _write(tmp_path / "a.jpg")
    assert Walker(tmp_path, ["*.png"]).listing() is None
