"""Bundle writers: a folder, a ZIP file or a BagIt bag, written safely.

Everything is written under a hidden temporary name in the target folder (same file system),
verified, fsynced, and only then renamed to its final name, so an interrupted export leaves
nothing under the final name. Folder and bag originals are copied by the kernel in parallel
threads ahead of the pipeline (``expect_files``) and verified by one read of the copy against
the catalogue's hash; files are fsynced by a background thread while the next are written;
the commit waits for all of them before renaming.
A final name that already holds identical content is left as is (re-running an export is
idempotent); different content is renamed, replaced or refused.
"""

from __future__ import annotations

import collections
import errno
import hashlib
import logging
import os
import shutil
import socket
import threading
import uuid
import zipfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from smparchive.core.export.copying import CopyStopped, copy_fd, hash_file
from smparchive.core.export.imaging import SourceProblem
from smparchive.core.export.presets import ExistingPolicy
from smparchive.core.messages import Message, plain, problem

log = logging.getLogger(__name__)

__all__ = [
    "BagWriter",
    "BundleWriter",
    "CommitResult",
    "ExportError",
    "FileRecord",
    "FolderWriter",
    "ZipWriter",
    "check_free_space",
    "describe_os_error",
]

CHUNK = 1 << 20
MAX_UNSETTLED = 16  # files written but not yet fsynced and re-read by the background thread
ZIP64_LIMIT = (1 << 31) - 1
_STORED_EXTS = frozenset(
    [
        "jpg",
        "jpeg",
        "png",
        "webp",
        "gif",
        "heic",
        "heif",
        "avif",
        "mp4",
        "m4v",
        "mov",
        "mkv",
        "webm",
        "mp3",
        "m4a",
        "aac",
        "ogg",
        "opus",
        "flac",
        "zip",
        "pptx",
        "docx",
        "xlsx",
        "odp",
        "odt",
        "ods",
        "key",
        "pdf",
    ]
)


class ExportError(Exception):
    """The export could not be completed; nothing was left under the final name."""


@dataclass(frozen=True, slots=True)
class FileRecord:
    """A file written into the bundle (path relative to the payload root)."""

    relpath: str
    sha256: str
    size: int
    sha512: str = ""


@dataclass(frozen=True, slots=True)
class CommitResult:
    path: Path
    unchanged: bool  # the same bundle was already there; nothing was replaced


def describe_os_error(exc: OSError, target: Path) -> Message:
    """One clear sentence for a failure while writing to ``target``."""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return problem("export.target_full", target=target)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return problem("export.target_read_only", target=target)
    if code in (errno.ENOENT, errno.ENODEV, errno.EIO, getattr(errno, "ESTALE", -1)):
        return problem("export.target_gone", target=target)
    return problem("export.target_failed", target=target, why=exc.strerror or plain(exc))


def missing_target(target_dir: Path) -> Message:
    """Why ``target_dir`` cannot take an export (it is not a folder)."""
    if target_dir.exists():
        return problem("export.target_is_file_choose", target=target_dir)
    return problem("export.target_missing", target=target_dir)


def check_free_space(target_dir: Path, needed: int) -> None:
    """Refuse to start when the target cannot hold ``needed`` bytes plus a margin in
    proportion (10 %, at least 1 MB for manifests and file system overhead): a flat 16 MB
    refused exports that fit on a nearly full USB stick."""
    try:
        free = shutil.disk_usage(target_dir).free
    except OSError as exc:
        raise ExportError(describe_os_error(exc, target_dir)) from exc
    margin = needed + max(needed // 10, 1 << 20)
    if free < margin:
        raise ExportError(
            problem("export.no_space", target=target_dir, n=_mb(margin), limit=_mb(free))
        )


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.0f} MB"


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _settle_file(path: Path, relpath: str, sha256: str | None) -> None:
    """Make ``path`` durable, then (with ``sha256``) read it back and compare."""
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
    if sha256 is not None and _hash_file(path) != sha256:
        raise ExportError(problem("export.written_unverified", name=relpath))


def _hash_file(path: Path) -> str:
    return hash_file(path)["sha256"]


_O_BINARY = getattr(os, "O_BINARY", 0)


def _host() -> str:
    return "".join(c for c in socket.gethostname() if c.isalnum())[:32] or "host"


class BundleWriter(ABC):
    """Writes one bundle under a temporary name, then commits it to its final name."""

    def __init__(self, target_dir: Path, name: str, existing: ExistingPolicy) -> None:
        self.target_dir = target_dir
        self.name = name
        self.existing = existing
        self.records: list[FileRecord] = []
        self._tag = f"partial-{_host()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        if not target_dir.is_dir():
            raise ExportError(missing_target(target_dir))
        self._clean_stale()

    @property
    def _stem(self) -> str:
        return self.name[:100]

    def _clean_stale(self) -> None:
        """Remove partial bundles of this name left by dead exports on this host."""
        prefix = f".{self._stem}"
        host = _host()
        for path in self.target_dir.glob(f"{prefix}*.partial-{host}-*"):
            try:
                pid = int(path.name.rsplit(".partial-", 1)[1].split("-")[1])
                os.kill(pid, 0)
            except ProcessLookupError:
                _remove(path)
            except (ValueError, IndexError, PermissionError, OSError):
                continue

    @abstractmethod
    def add_bytes(self, relpath: str, data: bytes, when: datetime | None = None) -> FileRecord:
        """Write ``data`` as ``relpath``."""

    def expect_files(self, files: Iterable[tuple[str, Path, str, int]]) -> None:
        """The ``(relpath, source, sha256, size)`` copies ``add_file`` will be asked for, in
        order: a writer may start them ahead (the default ignores this)."""
        del files

    @abstractmethod
    def add_file(
        self, relpath: str, source: Path, sha256: str, size: int, when: datetime | None = None
    ) -> FileRecord:
        """Copy ``source`` byte for byte, checking it hashes to ``sha256``."""

    @abstractmethod
    def commit(self) -> CommitResult:
        """Verify and move the bundle to its final name."""

    @abstractmethod
    def abort(self) -> None:
        """Remove everything written so far (best effort, never raises)."""

    def _candidates(self, suffix: str = "") -> list[Path]:
        return bundle_candidates(self.target_dir, self.name, self.existing, suffix)

    def _place(self, temp: Path, suffix: str, same: Callable[[Path], bool]) -> CommitResult:
        """Rename ``temp`` to the first usable final name (idempotent, never overwriting)."""
        for final in self._candidates(suffix):
            if not final.exists():
                os.replace(temp, final)
                _fsync_dir(self.target_dir)
                return CommitResult(final, unchanged=False)
            if same(final):
                _remove(temp)
                return CommitResult(final, unchanged=True)
            if self.existing is ExistingPolicy.REPLACE:
                old = final.with_name(f".{self._stem}.replaced-{self._tag}")
                os.replace(final, old)
                os.replace(temp, final)
                _fsync_dir(self.target_dir)
                _remove(old)
                return CommitResult(final, unchanged=False)
        _remove(temp)
        raise ExportError(
            problem("export.exists_different", name=repr(self.name), target=self.target_dir)
        )


def bundle_candidates(
    target_dir: Path, name: str, existing: ExistingPolicy, suffix: str = ""
) -> list[Path]:
    """The names a bundle may take in ``target_dir``, in the order they are tried (a name
    in use gets '-2', '-3' ... when the policy renames)."""
    names = [name] + [f"{name}-{n}" for n in range(2, 1000)]
    if existing is not ExistingPolicy.RENAME:
        names = names[:1]
    return [target_dir / f"{n}{suffix}" for n in names]


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


class FolderWriter(BundleWriter):
    """A plain folder of files."""

    payload_prefix = ""
    digests: tuple[str, ...] = ("sha256",)
    reread = True  # read written bytes back after their fsync (bags are validated as a whole)

    def __init__(
        self, target_dir: Path, name: str, existing: ExistingPolicy, copies: int = 1
    ) -> None:
        super().__init__(target_dir, name, existing)
        self.copies = max(1, copies)  # threads copying originals ahead of the pipeline
        self._syncer: ThreadPoolExecutor | None = None
        self._unsettled: collections.deque[Future[None]] = collections.deque()
        self._copier: ThreadPoolExecutor | None = None
        self._expected: dict[str, tuple[Path, str, int]] = {}
        self._queue: collections.deque[str] = collections.deque()
        self._order: dict[str, int] = {}
        self._copying: dict[str, Future[tuple[dict[str, str], int]]] = {}
        self._stop = threading.Event()
        self.temp = target_dir / f".{self._stem}.{self._tag}"
        try:
            self.temp.mkdir()
        except OSError as exc:
            raise ExportError(describe_os_error(exc, target_dir)) from exc

    def _dest(self, relpath: str) -> Path:
        dest = self.temp / (self.payload_prefix + relpath)
        if not self.temp.is_dir():  # never recreate a vanished target (or mount point)
            raise FileNotFoundError(errno.ENOENT, "export folder vanished", str(self.temp))
        if self.temp.resolve() not in dest.resolve().parents:
            raise ExportError(problem("export.name_outside", name=repr(relpath)))
        dest.parent.mkdir(parents=True, exist_ok=True)
        return dest

    def _record(self, relpath: str, digests: dict[str, str], size: int) -> FileRecord:
        record = FileRecord(relpath, digests["sha256"], size, digests.get("sha512", ""))
        self.records.append(record)
        return record

    def _settle(self, record: FileRecord, reread: bool) -> None:
        """fsync (and re-read) ``record``'s file in the background; the commit waits for it."""
        if self._syncer is None:
            self._syncer = ThreadPoolExecutor(1, thread_name_prefix="export-fsync")
        path = self.temp / (self.payload_prefix + record.relpath)
        sha256 = record.sha256 if reread else None
        self._unsettled.append(self._syncer.submit(_settle_file, path, record.relpath, sha256))
        while len(self._unsettled) > MAX_UNSETTLED:
            self._unsettled.popleft().result()  # raises the first fsync or verify failure

    def _wait_settled(self) -> None:
        while self._unsettled:
            self._unsettled.popleft().result()
        self._stop_syncer()

    def _stop_syncer(self) -> None:
        if self._syncer is not None:
            self._syncer.shutdown(wait=True, cancel_futures=True)
            self._syncer = None

    def add_bytes(self, relpath: str, data: bytes, when: datetime | None = None) -> FileRecord:
        dest = self._dest(relpath)
        with open(dest, "xb") as f:
            f.write(data)
        digests = {name: hashlib.new(name, data).hexdigest() for name in self.digests}
        record = self._record(relpath, digests, len(data))
        self._settle(record, self.reread)
        return record

    def expect_files(self, files: Iterable[tuple[str, Path, str, int]]) -> None:
        for relpath, source, sha256, size in files:
            self._expected[relpath] = (source, sha256, size)
            self._order[relpath] = len(self._order)
            self._queue.append(relpath)
        self._top_up()

    def _top_up(self) -> None:
        """Keep ``2 * copies`` expected copies running or waiting to be collected."""
        while self._queue and len(self._copying) < 2 * self.copies:
            relpath = self._queue.popleft()
            if relpath in self._expected and relpath not in self._copying:
                self._start(relpath, *self._expected[relpath])

    def _start(self, relpath: str, source: Path, sha256: str, size: int) -> None:
        if self._copier is None:
            self._copier = ThreadPoolExecutor(self.copies, thread_name_prefix="export-copy")
        future = self._copier.submit(self._copy, relpath, source, sha256, size)
        self._copying[relpath] = future

    def add_file(
        self, relpath: str, source: Path, sha256: str, size: int, when: datetime | None = None
    ) -> FileRecord:
        if self._expected.pop(relpath, None) == (source, sha256, size):
            if relpath not in self._copying:
                self._start(relpath, source, sha256, size)
            future = self._copying.pop(relpath)
            self._discard_passed(relpath)
            self._top_up()
            digests, copied = future.result()
        else:
            self._discard(relpath)
            digests, copied = self._copy(relpath, source, sha256, size)
        record = self._record(relpath, digests, copied)
        self._settle(record, reread=False)  # verified by the copy's own read of its bytes
        return record

    def _copy(
        self, relpath: str, source: Path, sha256: str, size: int
    ) -> tuple[dict[str, str], int]:
        """Copy ``source`` to ``relpath`` in the kernel, then hash the copy as the file system
        returns it: the copy stands only if it matches the catalogue's ``sha256``."""
        try:
            src = open(source, "rb", buffering=0)  # noqa: SIM115 - entered just below
        except FileNotFoundError:
            raise SourceProblem(problem("export.source_missing_at", name=source)) from None
        except OSError as exc:
            raise SourceProblem(
                problem("export.source_unreadable_at", name=source, why=plain(exc))
            ) from None
        with src:
            dest = self._dest(relpath)
            out = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
            try:
                copied, _method = copy_fd(src.fileno(), out, self._stop)
            finally:
                os.close(out)
        digests = hash_file(dest, self.digests)
        if copied == size and digests["sha256"] == sha256.lower():
            return digests, copied
        dest.unlink()
        try:  # the source still matches: the write, not the source, went wrong
            intact = source.stat().st_size == size and _hash_file(source) == sha256.lower()
        except OSError:
            intact = False
        if intact:
            raise ExportError(problem("export.written_unverified", name=relpath))
        raise SourceProblem(problem("export.source_hash_changed", name=source))

    def _discard(self, relpath: str) -> None:
        """Remove a copy started ahead that will not be collected."""
        future = self._copying.pop(relpath, None)
        if future is None:
            return
        try:
            future.result()
        except (OSError, ExportError, SourceProblem, CopyStopped):
            pass
        (self.temp / (self.payload_prefix + relpath)).unlink(missing_ok=True)

    def _discard_passed(self, relpath: str) -> None:
        """Copies expected before ``relpath`` were passed over (their item did not go out)."""
        index = self._order[relpath]
        for passed in [r for r in self._copying if self._order.get(r, index) < index]:
            self._expected.pop(passed, None)
            self._discard(passed)

    def _drop_uncollected(self) -> None:
        self._expected.clear()
        self._queue.clear()
        for relpath in list(self._copying):
            self._discard(relpath)
        self._stop_copier()

    def _stop_copier(self) -> None:
        if self._copier is not None:
            self._copier.shutdown(wait=True, cancel_futures=True)
            self._copier = None

    def verify(self) -> None:
        """Wait until every written file is fsynced (and verified)."""
        self._wait_settled()

    def _files(self, root: Path) -> dict[str, int]:
        return {
            p.relative_to(root).as_posix(): p.stat().st_size
            for p in root.rglob("*")
            if p.is_file() and not p.is_symlink()
        }

    def _same(self, final: Path) -> bool:
        if not final.is_dir():
            return False
        mine, theirs = self._files(self.temp), self._files(final)
        if mine != theirs:
            return False
        return all(_hash_file(self.temp / rel) == _hash_file(final / rel) for rel in mine)

    def finish(self) -> None:
        """Write anything that depends on all files (tag files); verify."""
        self.verify()

    def commit(self) -> CommitResult:
        self._drop_uncollected()  # copies started ahead for items that did not go out
        self.finish()
        self._wait_settled()  # every file durable (and verified) before the rename
        for folder in sorted({p for p in self.temp.rglob("*") if p.is_dir()}, reverse=True):
            _fsync_dir(folder)
        _fsync_dir(self.temp)
        return self._place(self.temp, "", self._same)

    def abort(self) -> None:
        self._stop.set()  # running copies end within one step
        self._expected.clear()
        self._queue.clear()
        self._copying.clear()
        self._stop_copier()  # cancels what has not started, waits for the running copies
        self._unsettled.clear()
        self._stop_syncer()  # cancels what has not started, waits for the running fsync
        _remove(self.temp)


class BagWriter(FolderWriter):
    """A BagIt 1.0 bag (RFC 8493) with sha256 and sha512 manifests, validated before commit."""

    payload_prefix = "data/"
    digests = ("sha256", "sha512")
    reread = False  # bagit validates every payload file before the commit

    def __init__(
        self,
        target_dir: Path,
        name: str,
        existing: ExistingPolicy,
        organisation: str,
        description: str,
        bagging_date: date,
        agent: str,
        copies: int = 1,
    ) -> None:
        super().__init__(target_dir, name, existing, copies)
        self.info = {
            "Source-Organization": organisation or "unknown",
            "External-Description": description,
            "Bagging-Date": bagging_date.isoformat(),
            "Bag-Software-Agent": agent,
            "External-Identifier": name,
        }

    def _write_tag(self, name: str, text: str) -> None:
        with open(self.temp / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())

    def finish(self) -> None:
        import bagit

        total = sum(r.size for r in self.records)
        info = dict(self.info, **{"Payload-Oxum": f"{total}.{len(self.records)}"})
        self._write_tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        lines = [f"{k}: {' '.join(v.split())}" for k, v in info.items() if v]
        self._write_tag("bag-info.txt", "\n".join(lines) + "\n")
        for algo in self.digests:
            rows = sorted(f"{getattr(r, algo)}  data/{_bag_path(r.relpath)}" for r in self.records)
            self._write_tag(f"manifest-{algo}.txt", "\n".join(rows) + ("\n" if rows else ""))
        tag_files = ["bagit.txt", "bag-info.txt"] + [f"manifest-{a}.txt" for a in self.digests]
        for algo in self.digests:
            rows = []
            for name in tag_files:
                digest = hashlib.new(algo, (self.temp / name).read_bytes()).hexdigest()
                rows.append(f"{digest}  {name}")
            self._write_tag(f"tagmanifest-{algo}.txt", "\n".join(rows) + "\n")
        try:
            bagit.Bag(str(self.temp)).validate(processes=1)
        except bagit.BagError as exc:
            log.error("the bag written does not validate: %s", exc)  # bagit's own words
            details = getattr(exc, "details", None) or []
            paths = [str(d.path) for d in details if getattr(d, "path", None)]
            if paths:  # a file in it differs from its manifest, or is missing or extra
                raise ExportError(problem("export.bag_unverified", name=paths[0])) from exc
            raise ExportError(problem("export.bag_invalid")) from exc


def _bag_path(relpath: str) -> str:
    # names never hold "%" (see naming), so bagit-python and RFC 8493 read them alike
    return relpath.replace("\r", "%0D").replace("\n", "%0A")


class ZipWriter(BundleWriter):
    """One ZIP file (ZIP64 when needed), deterministic for identical input."""

    def __init__(self, target_dir: Path, name: str, existing: ExistingPolicy) -> None:
        super().__init__(target_dir, name, existing)
        self.temp = target_dir / f".{self._stem}.zip.{self._tag}"
        try:
            self._zip = zipfile.ZipFile(self.temp, "x", allowZip64=True)
        except OSError as exc:
            raise ExportError(describe_os_error(exc, target_dir)) from exc

    def _info(self, relpath: str, when: datetime | None) -> zipfile.ZipInfo:
        stamp = (when or datetime(1980, 1, 1)).timetuple()[:6]
        info = zipfile.ZipInfo(
            relpath, date_time=stamp if stamp[0] >= 1980 else (1980, 1, 1, 0, 0, 0)
        )
        info.create_system = 3
        info.external_attr = 0o644 << 16
        ext = relpath.rsplit(".", 1)[-1].lower()
        info.compress_type = zipfile.ZIP_STORED if ext in _STORED_EXTS else zipfile.ZIP_DEFLATED
        return info

    def add_bytes(self, relpath: str, data: bytes, when: datetime | None = None) -> FileRecord:
        self._zip.writestr(self._info(relpath, when), data)
        record = FileRecord(relpath, hashlib.sha256(data).hexdigest(), len(data))
        self.records.append(record)
        return record

    def add_file(
        self, relpath: str, source: Path, sha256: str, size: int, when: datetime | None = None
    ) -> FileRecord:
        """Write ``source`` as a member while hashing it: one read of the source. A source
        that no longer hashes to the catalogue's ``sha256`` (changed before or during the
        copy, or unreadable part-way) is taken back out of the ZIP and reported for its item
        alone, as the folder writer does."""
        try:
            src = open(source, "rb")  # noqa: SIM115 - entered just below
        except FileNotFoundError:
            raise SourceProblem(problem("export.source_missing_at", name=source)) from None
        except OSError as exc:
            raise SourceProblem(
                problem("export.source_unreadable_at", name=source, why=plain(exc))
            ) from None
        with src:
            if os.fstat(src.fileno()).st_size != size:
                raise SourceProblem(problem("export.source_hash_changed", name=source))
            info = self._info(relpath, when)
            digest = hashlib.sha256()
            copied = 0
            unreadable: OSError | None = None
            with self._zip.open(info, "w", force_zip64=size > ZIP64_LIMIT) as out:
                while True:
                    try:
                        chunk = src.read(CHUNK)
                    except OSError as exc:  # the source's disk, not the ZIP's
                        unreadable = exc
                        break
                    if not chunk:
                        break
                    out.write(chunk)
                    digest.update(chunk)
                    copied += len(chunk)
        if unreadable is not None:
            self._take_back(info)
            raise SourceProblem(
                problem("export.source_unreadable_at", name=source, why=plain(unreadable))
            )
        if copied != size or digest.hexdigest() != sha256.lower():
            self._take_back(info)
            raise SourceProblem(problem("export.source_hash_changed", name=source))
        record = FileRecord(relpath, digest.hexdigest(), copied)
        self.records.append(record)
        return record

    def _take_back(self, info: zipfile.ZipInfo) -> None:
        """Remove the member just written (always the last one): cut the file at its local
        header and forget it, so the central directory is written without it."""
        zf = self._zip
        assert zf.filelist and zf.filelist[-1] is info and zf.fp is not None
        zf.fp.seek(info.header_offset)
        zf.fp.truncate()
        zf.filelist.pop()
        del zf.NameToInfo[info.filename]
        # zipfile writes the central directory at start_dir (set after each member)
        zf.start_dir = info.header_offset

    def commit(self) -> CommitResult:
        self._zip.close()
        with open(self.temp, "rb+") as f:
            os.fsync(f.fileno())
        expected = {r.relpath: r.sha256 for r in self.records}
        with zipfile.ZipFile(self.temp) as zf:
            names = zf.namelist()
            if sorted(names) != sorted(expected) or len(names) != len(set(names)):
                raise ExportError(problem("export.zip_incomplete"))
            for name in names:
                digest = hashlib.sha256()
                with zf.open(name) as member:  # also checks each CRC
                    while chunk := member.read(CHUNK):
                        digest.update(chunk)
                if digest.hexdigest() != expected[name]:
                    raise ExportError(problem("export.zip_unverified", name=name))
        mine = _hash_file(self.temp)
        return self._place(
            self.temp, ".zip", lambda final: final.is_file() and _hash_file(final) == mine
        )

    def abort(self) -> None:
        try:
            self._zip.close()
        except (OSError, ValueError):
            pass
        _remove(self.temp)
