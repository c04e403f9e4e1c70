"""Originals are copied by the kernel, verified by one read of the copy, nothing partial left."""

from __future__ import annotations

import errno
import hashlib
import os
import zipfile
from pathlib import Path

import pytest
from export_helpers import EVENT, settings, sha256

from smparchive.core.export import (
    ORIGINALS,
    ExportError,
    TargetKind,
    copying,
    plan_export,
    run_export,
    writers,
)
from smparchive.core.export.presets import ExistingPolicy
from smparchive.core.export.writers import FolderWriter

real_copy_file_range = getattr(os, "copy_file_range", None)
needs_copy_file_range = pytest.mark.skipif(
    real_copy_file_range is None, reason="no copy_file_range on this system"
)


@needs_copy_file_range
def test_originals_are_copied_by_the_kernel(photo_set, out_dir: Path, monkeypatch) -> None:
    entries = photo_set(3)
    calls: list[int] = []

    def spy(src: int, dst: int, count: int, *offsets: int) -> int:
        calls.append(src)
        assert real_copy_file_range is not None
        return real_copy_file_range(src, dst, count, *offsets)

    monkeypatch.setattr(os, "copy_file_range", spy)
    report = run_export(plan_export(entries, settings(out_dir, preset=ORIGINALS), EVENT))
    assert len(report.files) == 3 and calls
    for entry, file in zip(entries, report.files, strict=True):
        assert sha256(report.payload_root / file.path) == entry.sha256 == file.sha256


@needs_copy_file_range
@pytest.mark.parametrize("target", [TargetKind.FOLDER, TargetKind.BAGIT])
def test_a_copy_written_wrong_fails_the_export_and_leaves_nothing(
    photo_set, out_dir: Path, target: TargetKind, monkeypatch
) -> None:
    """The disk (or a file system bug) stores a byte differently: the export says so."""
    entries = photo_set(3)
    before = {e.source: sha256(e.source) for e in entries}

    def corrupting(src: int, dst: int, count: int, *offsets: int) -> int:
        assert real_copy_file_range is not None
        n = real_copy_file_range(src, dst, count, *offsets)
        if n:
            os.pwrite(dst, b"\x00\xff", 100)
        return n

    monkeypatch.setattr(os, "copy_file_range", corrupting)
    plan = plan_export(entries, settings(out_dir, preset=ORIGINALS, target=target), EVENT)
    with pytest.raises(ExportError, match="does not verify"):
        run_export(plan)
    assert list(out_dir.iterdir()) == []  # no bundle, no partial file, no temporary folder
    assert {e.source: sha256(e.source) for e in entries} == before


def test_a_source_changed_during_the_copy_is_left_out_not_fatal(
    photo_set, out_dir: Path, monkeypatch
) -> None:
    """The copy differs because the source changed (not the write): that item is reported."""
    entries = photo_set(3)
    changed = entries[1].source
    real_copy = copying.copy_fd

    def changing(src: int, dst: int, stop=None) -> tuple[int, str]:
        if os.fstat(src).st_ino == changed.stat().st_ino:
            data = bytearray(changed.read_bytes())
            data[-10] ^= 0xFF
            changed.write_bytes(bytes(data))
        return real_copy(src, dst, stop)

    monkeypatch.setattr("smparchive.core.export.writers.copy_fd", changing)
    report = run_export(plan_export(entries, settings(out_dir, preset=ORIGINALS), EVENT))
    assert [p.item_id for p in report.problems] == ["p1"]
    assert "changed since it was catalogued" in report.problems[0].message
    assert sorted(f.item_id for f in report.files) == ["p0", "p2"]
    root = report.payload_root
    copies = [p for p in root.rglob("*.jpg") if "assets" not in p.relative_to(root).parts]
    assert sorted(sha256(p) for p in copies) == sorted([entries[0].sha256, entries[2].sha256])


@pytest.mark.parametrize(
    "refused",
    [("copy_file_range",), ("copy_file_range", "sendfile")],
    ids=["sendfile", "read-write"],
)
def test_a_file_system_refusing_kernel_copies_still_gets_identical_bytes(
    tmp_path: Path, monkeypatch, refused: tuple[str, ...]
) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(3 << 20) + b"tail")
    dest = tmp_path / "b.bin"

    def refuse(*_args: object) -> int:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    for name in refused:
        monkeypatch.setattr(os, name, refuse, raising=False)
    with open(source, "rb") as src, open(dest, "wb") as dst:
        copied, method = copying.copy_fd(src.fileno(), dst.fileno())
    assert copied == source.stat().st_size
    assert dest.read_bytes() == source.read_bytes()
    assert method == {1: "sendfile", 2: "read/write"}[len(refused)] or not hasattr(os, "sendfile")


def test_a_full_disk_during_a_kernel_copy_is_not_hidden_by_a_fallback(
    tmp_path: Path, monkeypatch
) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(b"x" * 1000)

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "copy_file_range", full, raising=False)
    monkeypatch.setattr(os, "sendfile", full, raising=False)
    with (
        open(source, "rb") as src,
        open(tmp_path / "b.bin", "wb") as dst,
        pytest.raises(OSError) as caught,
    ):
        copying.copy_fd(src.fileno(), dst.fileno())
    assert caught.value.errno == errno.ENOSPC


def test_copies_started_ahead_for_items_that_did_not_go_out_are_not_in_the_bundle(
    photo_set, out_dir: Path
) -> None:
    entries = photo_set(4)
    writer = FolderWriter(out_dir, "bundle", ExistingPolicy.RENAME, copies=2)
    expected = [(f"{e.item_id}.jpg", e.source, e.sha256, e.size) for e in entries]
    writer.expect_files(expected)
    for relpath, source, digest, size in (expected[1], expected[3]):
        writer.add_file(relpath, source, digest, size)
    result = writer.commit()
    assert sorted(p.name for p in result.path.iterdir()) == ["p1.jpg", "p3.jpg"]
    assert sha256(result.path / "p3.jpg") == entries[3].sha256


class _Source:
    """A source file as the ZIP writer reads it, with a hook on every read."""

    def __init__(self, path: Path, on_read) -> None:
        self._f = open(path, "rb")  # noqa: SIM115 - closed by the writer's with
        self._path = path
        self._on_read = on_read

    def read(self, n: int = -1) -> bytes:
        return self._on_read(self._path, self._f.read(n))

    def fileno(self) -> int:
        return self._f.fileno()

    def __enter__(self) -> _Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self._f.close()


def _zip_sources(monkeypatch, on_read) -> None:
    def opening(path, mode="r", *args, **kwargs):
        if mode == "rb" and Path(path).suffix.lower() == ".jpg":
            return _Source(Path(path), on_read)
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(writers, "open", opening, raising=False)


def _zip_members(report) -> dict[str, str]:
    with zipfile.ZipFile(report.bundle) as zf:
        assert zf.testzip() is None
        return {n: hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist()}


def test_a_zip_of_originals_reads_each_source_once(photo_set, out_dir: Path, monkeypatch):
    entries = photo_set(3)
    read: dict[Path, int] = {}

    def counting(path: Path, chunk: bytes) -> bytes:
        read[path] = read.get(path, 0) + len(chunk)
        return chunk

    _zip_sources(monkeypatch, counting)
    hashed: list[Path] = []
    real_hash = writers.hash_file

    def hashing(path, *args, **kwargs):
        hashed.append(Path(path))
        return real_hash(path, *args, **kwargs)

    monkeypatch.setattr(writers, "hash_file", hashing)
    plan = plan_export(entries, settings(out_dir, preset=ORIGINALS, target=TargetKind.ZIP), EVENT)
    report = run_export(plan)
    assert read == {e.source: e.size for e in entries}  # every byte once while writing
    assert not {e.source for e in entries} & set(hashed)  # and no separate hashing pass
    members = _zip_members(report)
    assert sorted(f.sha256 for f in report.files) == sorted(e.sha256 for e in entries)
    assert {f.sha256 for f in report.files} <= set(members.values())


@pytest.mark.parametrize("how", ["changed", "unreadable"])
def test_a_zip_source_changed_or_failing_mid_copy_is_left_out_not_fatal(
    photo_set, out_dir: Path, monkeypatch, how: str
):
    """The item is reported; the ZIP holds the others, opens cleanly and lists only them."""
    entries = photo_set(3)
    before = {e.source: sha256(e.source) for e in entries}
    bad = entries[1].source

    def spoiling(path: Path, chunk: bytes) -> bytes:
        if path != bad or not chunk:
            return chunk
        if how == "unreadable":
            raise OSError(errno.EIO, "Input/output error")
        return chunk[:-1] + bytes([chunk[-1] ^ 0xFF])

    _zip_sources(monkeypatch, spoiling)
    plan = plan_export(entries, settings(out_dir, preset=ORIGINALS, target=TargetKind.ZIP), EVENT)
    report = run_export(plan)
    assert [p.item_id for p in report.problems] == ["p1"]
    expected = "changed since it was catalogued" if how == "changed" else "read error"
    assert expected in report.problems[0].message
    assert sorted(f.item_id for f in report.files) == ["p0", "p2"]
    members = _zip_members(report)
    originals = {h for n, h in members.items() if n.lower().endswith(".jpg")}
    assert entries[1].sha256 not in originals
    assert {entries[0].sha256, entries[2].sha256} <= originals
    assert not any(entries[1].source.name in n for n in members)
    assert {e.source: sha256(e.source) for e in entries} == before
