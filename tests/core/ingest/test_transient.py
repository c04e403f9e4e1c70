"""Transient failures (a folder renamed away, a drive unplugged, access denied) never
overwrite what the catalogue knew, and a later scan repairs everything by itself."""

from __future__ import annotations

import builtins
import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.ingest import ScanOptions, build_thumbnails, scan, tasks, verify
from smparchive.core.ingest import transient as transient_mod
from smparchive.core.media import classify as classify_mod
from smparchive.core.thumbcache import THUMB

INLINE = ScanOptions(workers=0)
FACTS = ("kind", "capture_local", "camera_make", "camera_model", "sha256", "width")


@pytest.fixture
def library(tmp_path: Path, make_jpeg: Callable[..., Path], catalog: Any) -> Path:
    root = tmp_path / "photos"
    for n in range(12):
        make_jpeg(
            root / f"day{n % 2}" / f"IMG_{n}.jpg",
            color=(20 * n, 10, 200),
            when=f"2022:06:01 10:{n:02d}:00",
        )
    catalog.add_root(root)
    assert scan(catalog, options=INLINE).errors == 0
    build_thumbnails(catalog, options=INLINE)
    return root


def _ids(catalog: Any) -> list[int]:
    return [row.id for r in catalog.roots() for row in catalog.ingest_index(r.id).values()]


def _facts(catalog: Any) -> dict[str, tuple[Any, ...]]:
    ids = _ids(catalog)
    return {i.rel_path: tuple(getattr(i, f) for f in FACTS) for i in catalog.items(ids)}


def _pictured(catalog: Any) -> bool:
    """Every item's thumbnail is still in the cache."""
    return all(catalog.thumbnails.has(i.sha256, THUMB) for i in catalog.items(_ids(catalog)))


def _statuses(catalog: Any) -> set[str]:
    ids = _ids(catalog)
    return {i.status for i in catalog.items(ids)}


def _touch_all(root: Path) -> None:
    """Every file looks changed (new mtime), so the next scan re-reads each of them."""
    for p in root.rglob("*.jpg"):
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


def _vanish_after(monkeypatch: pytest.MonkeyPatch, n: int, action: Callable[[], None]) -> None:
    """Run ``action`` (rename a folder away) just before the scan opens its ``n``-th file
    in full (a first look, or the hash of a file whose facts the head pass read)."""
    calls = [0]

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def opened(path: str, *args: Any) -> Any:
            calls[0] += 1
            if calls[0] == n:
                action()
            return real(path, *args)

        return opened

    monkeypatch.setattr(tasks, "first_look", wrap(tasks.first_look))
    monkeypatch.setattr(tasks, "head_hash", wrap(tasks.head_hash))


def test_root_renamed_away_midway_then_back(
    catalog: Any, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _facts(catalog)
    assert _statuses(catalog) == {"ok"} and _pictured(catalog)
    _touch_all(library)
    away = library.with_name("photos-away")
    _vanish_after(monkeypatch, 4, lambda: library.rename(away))
    report = scan(catalog, options=INLINE)
    # One message for the root, no per-file errors, nothing degraded.
    assert report.errors == 0 and report.offline_roots == [str(library)]
    [problem] = report.problems
    assert problem.kind == "offline" and "went away during the scan" in problem.reason
    assert _facts(catalog) == before and _pictured(catalog)
    assert _statuses(catalog) == {"offline"}
    assert not catalog.roots()[0].online

    away.rename(library)
    monkeypatch.undo()
    report = scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    assert report.errors == 0 and report.problems == []
    # the summary's "12 files are back online": those read again (new dates) count too
    assert report.returned == 12
    assert _statuses(catalog) == {"ok"}
    assert _facts(catalog) == before and _pictured(catalog)  # same kind, time, camera, hash
    assert {i.thumb_state for i in catalog.items(_ids(catalog))} == {"ok"}
    # and the new dates were read: a third scan has nothing left to do
    assert scan(catalog, options=INLINE).probed == 0


def test_subfolder_renamed_away_midway_keeps_its_items(
    catalog: Any, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _facts(catalog)
    _touch_all(library)
    away = library / "day1-away"
    _vanish_after(monkeypatch, 2, lambda: (library / "day1").rename(away))
    report = scan(catalog, options=INLINE)
    assert report.errors == 0 and not report.offline_roots
    assert report.unavailable >= 5
    assert {p.kind for p in report.problems} == {"not read"}
    assert all("next scan tries again" in p.reason for p in report.problems)
    assert _facts(catalog) == before and _statuses(catalog) == {"ok"} and _pictured(catalog)
    # Recorded as a condition the 'problems' list shows until a scan reads the files.
    assert len(catalog.scan_problems()) == report.unavailable
    not_read = report.unavailable
    # each file seen in one category: the unread ones too (touched only: not "changed")
    assert report.not_read == not_read and report.changed == 0
    assert report.unchanged + report.not_read == report.files_seen

    away.rename(library / "day1")
    monkeypatch.undo()
    report = scan(catalog, options=INLINE)
    assert report.errors == 0 and report.problems == [] and report.probed == not_read
    assert report.unchanged == report.files_seen and report.not_read == 0
    assert _facts(catalog) == before and catalog.scan_problems() == []


def test_access_denied_is_transient_for_new_and_known_files(
    catalog: Any, library: Path, make_jpeg: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _facts(catalog)
    _touch_all(library)
    make_jpeg(library / "day0" / "new.jpg")
    real_open = builtins.open

    def denied(path: Any, *a: Any, **kw: Any) -> Any:
        if str(path).endswith(".jpg") and "day0" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    # The head pass, the photo reader and the re-check all see the file as unreadable
    # (root may read all).
    monkeypatch.setattr(tasks.Path, "read_bytes", lambda self: denied(self, "rb").read())
    monkeypatch.setattr(transient_mod, "open", denied, raising=False)
    monkeypatch.setattr(classify_mod, "open", denied, raising=False)
    report = scan(catalog, options=INLINE)
    assert report.errors == 0 and report.new == 0
    assert {p.kind for p in report.problems} == {"not read"}
    assert all(p.reason.startswith("Access to the file was denied") for p in report.problems)
    assert _facts(catalog) == before and _statuses(catalog) == {"ok"}

    monkeypatch.undo()  # permissions fixed: the next plain scan reads them all
    report = scan(catalog, options=INLINE)
    assert report.errors == 0 and report.new == 1 and report.problems == []
    assert _statuses(catalog) == {"ok"}


def test_verify_reports_what_it_could_not_check(
    catalog: Any, library: Path, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from smparchive.core.catalog.models import MediaItem

    # An item never read completely (no fingerprint), as old scans left unreadable files.
    with catalog._sessions() as s, s.begin():
        s.execute(
            update(MediaItem)
            .where(MediaItem.rel_path == "day0/IMG_0.jpg")
            .values(sha256=None, status="error", status_reason="The file cannot be read.")
        )
    report = verify(catalog)
    assert report.ok == 11
    [entry] = report.not_checked
    assert entry.state == "not checked" and entry.path.endswith("IMG_0.jpg")
    # The drive goes away (its mount point stays, empty): nothing is marked missing.
    library.rename(tmp_path / "elsewhere")
    library.mkdir()
    report = verify(catalog)
    assert len(report.failures) == 11
    assert {f.state for f in report.failures} == {"unreadable"}
    assert "missing" not in _statuses(catalog)


def test_verify_counts_items_on_offline_drives(catalog: Any, library: Path, tmp_path: Path) -> None:
    library.rename(tmp_path / "unplugged")
    scan(catalog, options=INLINE)  # the root goes offline
    report = verify(catalog)
    assert report.checked == 0 and report.skipped_offline == 12


def test_new_card_unplugged_while_hashing_leaves_its_rows_pending_then_completes(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new folder gets its rows from the heads; the drive goes away during the hash
    stage: no item is an error or missing, the rows stay (offline, hash pending), and the
    next scan with the drive back hashes them all, keeping their ids."""
    card = tmp_path / "card"
    for n in range(8):
        make_jpeg(card / "DCIM" / f"IMG_{n}.jpg", color=(n, 90, 9), when=f"2022:06:02 09:0{n}:00")
    catalog.add_root(card)
    away = card.with_name("card-away")
    _vanish_after(monkeypatch, 3, lambda: card.rename(away))
    report = scan(catalog, options=INLINE)
    assert report.errors == 0 and report.missing == 0 and report.offline_roots == [str(card)]
    assert report.new == 8  # their rows were in before the drive went
    ids = _ids(catalog)
    assert len(ids) == 8 and catalog.hash_pending_count() == 8 - 2  # two hashed before
    assert _statuses(catalog) == {"offline"}
    assert all(i.camera_make == "Canon" for i in catalog.items(ids))

    away.rename(card)
    monkeypatch.undo()
    report = scan(catalog, options=INLINE)
    assert report.errors == 0 and report.new == 0 and report.missing == 0
    assert report.probed == 6 and report.changed == 0
    assert sorted(_ids(catalog)) == sorted(ids) and catalog.hash_pending_count() == 0
    assert _statuses(catalog) == {"ok"} and all(i.sha256 for i in catalog.items(ids))
    assert scan(catalog, options=INLINE).probed == 0


def test_a_folder_gone_as_the_walk_reaches_it_is_said_of_the_folder(
    catalog: Any, library: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """A subfolder renamed away between the root's listing and its own: its problem said
    "No such file or directory" (the system's English words, in every language); plain
    words of the folder now, in the scan report, the CLI and the app (EN/FR)."""
    from smparchive.cli.main import main
    from smparchive.core.ingest import walk as walk_mod

    gone = str(library / "day1")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == gone:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", gone)
        return real_scandir(path)

    _touch_all(library)
    monkeypatch.setattr(walk_mod.os, "scandir", scandir)
    report = scan(catalog, options=INLINE)
    [said] = [p.reason for p in report.problems if p.path.endswith("day1")]
    assert said == "The folder cannot be read (the folder is no longer there)."
    assert main(["--catalogue", catalog.location, "scan"]) != 2
    out = capsys.readouterr()
    printed = out.out + out.err
    assert "the folder is no longer there" in printed and "No such file" not in printed
    assert "the file is no longer there" not in printed
