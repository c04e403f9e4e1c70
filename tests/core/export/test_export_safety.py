"""Safe writing: interruption, idempotence, bad targets, bad sources, untouched originals."""

from __future__ import annotations

import errno
import os
import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from export_helpers import EVENT, settings, sha256

from smparchive.core.export import (
    ORIGINALS,
    WEB,
    ExportError,
    TargetKind,
    plan_export,
    run_export,
)
from smparchive.core.export import writers as writers_mod
from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent

TARGETS = [TargetKind.FOLDER, TargetKind.ZIP, TargetKind.BAGIT]


def listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize("target", TARGETS)
def test_cancel_midway_leaves_nothing(photo_set, out_dir: Path, target: TargetKind) -> None:
    token = CancelToken()
    seen: list[ProgressEvent] = []

    def progress(event: ProgressEvent) -> None:
        seen.append(event)
        if event.stage == "export" and event.done == 2:
            token.cancel()

    plan = plan_export(photo_set(4), settings(out_dir, target=target), EVENT)
    with pytest.raises(Cancelled):
        run_export(plan, progress=progress, cancel=token)
    assert listing(out_dir) == []
    assert any(e.done == 2 for e in seen)


@pytest.mark.parametrize("target", TARGETS)
def test_injected_failure_leaves_nothing(
    photo_set, out_dir: Path, target: TargetKind, monkeypatch: pytest.MonkeyPatch
) -> None:
    cls = {
        TargetKind.FOLDER: writers_mod.FolderWriter,
        TargetKind.ZIP: writers_mod.ZipWriter,
        TargetKind.BAGIT: writers_mod.BagWriter,
    }[target]
    original = cls.add_bytes
    calls = {"n": 0}

    def failing(self, relpath, data, when=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("injected failure")
        return original(self, relpath, data, when)

    monkeypatch.setattr(cls, "add_bytes", failing)
    plan = plan_export(photo_set(4), settings(out_dir, target=target), EVENT)
    with pytest.raises(RuntimeError, match="injected"):
        run_export(plan)
    assert listing(out_dir) == []


@pytest.mark.parametrize("target", TARGETS)
def test_rerun_is_idempotent(photo_set, out_dir: Path, target: TargetKind) -> None:
    entries = photo_set(3)
    s = settings(out_dir, "same", target=target)
    first = run_export(plan_export(entries, s, EVENT))
    before = {p: p.read_bytes() for p in first.bundle.rglob("*") if p.is_file()} or {
        first.bundle: first.bundle.read_bytes()
    }
    second = run_export(plan_export(entries, s, EVENT))
    assert second.unchanged and not first.unchanged
    assert second.bundle == first.bundle
    assert [f.path for f in second.files] == [f.path for f in first.files]
    after = {p: p.read_bytes() for p in second.bundle.rglob("*") if p.is_file()} or {
        second.bundle: second.bundle.read_bytes()
    }
    assert after == before
    assert len(list(out_dir.iterdir())) == 1


def test_different_content_under_the_same_name_is_not_overwritten(photo_set, out_dir) -> None:
    entries = photo_set(3)
    first = run_export(plan_export(entries[:2], settings(out_dir, "talks"), EVENT))
    snapshot = {p: p.read_bytes() for p in first.bundle.rglob("*") if p.is_file()}
    second = run_export(plan_export(entries, settings(out_dir, "talks"), EVENT))
    assert second.bundle == out_dir / "talks-2"
    assert {p: p.read_bytes() for p in first.bundle.rglob("*") if p.is_file()} == snapshot


def test_read_only_target_gives_a_clear_error(
    photo_set, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_export(photo_set(1), settings(out_dir), EVENT)
    if os.geteuid() != 0:  # root ignores permission bits
        out_dir.chmod(0o555)
        try:
            with pytest.raises(ExportError, match="read-only or not writable"):
                run_export(plan)
        finally:
            out_dir.chmod(0o755)
    real_mkdir = Path.mkdir

    def read_only_mkdir(self: Path, *args, **kwargs) -> None:
        if out_dir in self.parents:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only_mkdir)
    with pytest.raises(ExportError, match="read-only or not writable"):
        run_export(plan)
    assert listing(out_dir) == []


def test_full_target_is_refused_before_writing(photo_set, out_dir, monkeypatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(writers_mod.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 1000))
    with pytest.raises(ExportError, match="Not enough free space"):
        run_export(plan_export(photo_set(2), settings(out_dir), EVENT))
    assert listing(out_dir) == []


def test_target_filling_up_midway(photo_set, out_dir, monkeypatch) -> None:
    original = writers_mod.FolderWriter.add_bytes

    def full(self, relpath, data, when=None):
        if relpath.endswith(".jpg") and len(self.records) >= 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, relpath, data, when)

    monkeypatch.setattr(writers_mod.FolderWriter, "add_bytes", full)
    with pytest.raises(ExportError, match="target is full"):
        run_export(plan_export(photo_set(3), settings(out_dir), EVENT))
    assert listing(out_dir) == []


def test_target_disappearing_midway(photo_set, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()

    def unplug(event: ProgressEvent) -> None:
        if event.stage == "export" and event.done == 1 and share.exists():
            shutil.rmtree(share)

    plan = plan_export(photo_set(3), settings(share), EVENT)
    with pytest.raises(ExportError, match="disappeared or became unreachable"):
        run_export(plan, progress=unplug)
    assert not share.exists()  # not recreated, no half bundle


@pytest.mark.parametrize(
    ("preset", "target"),
    [(WEB, TargetKind.FOLDER), (ORIGINALS, TargetKind.FOLDER), (ORIGINALS, TargetKind.ZIP)],
)
def test_missing_and_changed_sources_are_reported_not_exported(
    photo_set, out_dir: Path, preset, target: TargetKind
) -> None:
    entries = photo_set(4)
    entries[1].source.unlink()
    data = bytearray(entries[2].source.read_bytes())
    data[-10] ^= 0xFF  # same size, different content
    entries[2].source.write_bytes(bytes(data))
    entries[3].source.write_bytes(entries[3].source.read_bytes() + b"tail")
    report = run_export(
        plan_export(entries, settings(out_dir, preset=preset, target=target), EVENT)
    )
    problems = {p.item_id: p.message for p in report.problems}
    assert set(problems) == {"p1", "p2", "p3"}
    assert "missing" in problems["p1"]
    assert "changed since it was catalogued" in problems["p2"]
    assert "changed since it was catalogued" in problems["p3"]
    assert {f.item_id for f in report.files} == {"p0"}
    assert {p["item_id"] for p in report.history_record()["problems"]} == {"p1", "p2", "p3"}


@pytest.mark.parametrize("preset", [WEB, ORIGINALS])
def test_originals_are_never_modified(photo_set, out_dir: Path, preset) -> None:
    entries = photo_set(2)
    before = {e.source: (sha256(e.source), e.source.stat().st_mtime_ns) for e in entries}
    run_export(plan_export(entries, settings(out_dir, preset=preset), EVENT))
    after = {e.source: (sha256(e.source), e.source.stat().st_mtime_ns) for e in entries}
    assert after == before


def test_two_worker_processes_give_the_same_bytes(photo_set, tmp_path: Path) -> None:
    entries = photo_set(4)
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        out.mkdir()
        report = run_export(plan_export(entries, settings(out, workers=workers), EVENT))
        outputs.append({f.path: f.sha256 for f in report.files})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 4
