"""Walking a root: which files to catalogue, with size and mtime, and what could not be read.

Hidden and system files, XMP sidecars, ignore patterns and the app's own catalogue/cache are
skipped; symbolic links are followed but never twice into the same folder (no loops); paths
the operating system cannot handle and unreadable folders are reported, never silently lost.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import posixpath
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import compress
from operator import attrgetter, methodcaller, not_
from pathlib import Path

from smparchive.core.messages import plain, problem
from smparchive.core.pathnames import display, to_catalogue
from smparchive.core.progress import CancelToken

SYSTEM_NAMES = frozenset(
    {
        "thumbs.db",
        "ehthumbs.db",
        "ehthumbs_vista.db",
        "desktop.ini",
        "$recycle.bin",
        "system volume information",
        "lost+found",
        "@eadir",
        "#recycle",
        "#snapshot",
        "$ntfs",
    }
)
SIDECAR_SUFFIXES = (".xmp",)
# another catalogue's files too (a colleague's in a shared folder): its journal, lock, notes
CATALOGUE_SUFFIXES = (
    ".smpcat",
    ".smpcat-wal",
    ".smpcat-shm",
    ".smpcat-journal",
    ".smpcat.scan-lock",
    ".smpcat.scan-notes",
)
_HIDDEN_ATTRS = 0x2 | 0x4  # FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM (Windows)
_NAME = attrgetter("name")
# Names :meth:`Walker._skip_name` may skip or that are catalogue files: checked in full.
_SKIP_PREFIXES = (".", "~$")
_SKIP_SUFFIXES = SIDECAR_SUFFIXES + CATALOGUE_SUFFIXES
# The same, as found in names joined by newlines (``_plain_names``).
_SUFFIX_MARKS = tuple(f"{suffix}\n" for suffix in _SKIP_SUFFIXES)
_SYSTEM_MARKS = tuple(f"\n{name}\n" for name in SYSTEM_NAMES)
_IS_REGULAR = methodcaller("is_file", follow_symlinks=False)  # from the listing: no stat
_STAT = methodcaller("stat")
_SIZE = attrgetter("st_size")
_MTIME = attrgetter("st_mtime_ns")
_WINDOWS = sys.platform == "win32"  # where stat results carry hidden/system attributes


@dataclass(frozen=True, slots=True)
class FoundFile:
    """A file to catalogue: its catalogue path (always valid Unicode) and OS path."""

    rel_path: str
    path: str
    size: int
    mtime_ns: int
    name_warning: str | None = None
    sidecar_mtime_ns: int | None = None  # of its XMP sidecar, when it has one
    misleading: bool = False  # the name may disguise what the file is (name_warning says how)


@dataclass(frozen=True, slots=True)
class WalkProblem:
    """Something under the root that could not be catalogued, with the reason."""

    path: str
    reason: str


def path_limit(root: Path) -> int:
    """The longest path (in bytes) the operating system accepts under ``root``."""
    if sys.platform == "win32":
        return 259
    try:
        return int(os.pathconf(root, "PC_PATH_MAX"))
    except (OSError, ValueError, AttributeError):
        return 4096


class Walker:
    """Yields :class:`FoundFile` and :class:`WalkProblem` for one root, depth first."""

    def __init__(
        self,
        root: Path,
        ignore_patterns: Sequence[str] = (),
        exclude: Iterable[Path] = (),
        *,
        max_path: int | None = None,
    ) -> None:
        self.root = str(root)
        self.ignore = [p.strip().lower() for p in ignore_patterns if p.strip()]
        self.exclude = {os.path.normcase(str(Path(p).resolve())) for p in exclude}
        self.max_path = max_path or path_limit(root)
        # A path of fewer characters than this cannot reach max_path bytes (UTF-8 takes at
        # most 4 bytes a character): most paths are checked without encoding them.
        self._short = self.max_path // 4
        self._normcase = os.path.normcase is not posixpath.normcase
        self.skipped = 0  # hidden, system and ignored entries (not problems)

    def walk(self, cancel: CancelToken | None = None) -> Iterator[FoundFile | WalkProblem]:
        seen: set[tuple[int, int]] = set()
        try:
            st = os.stat(self.root)
        except OSError as exc:
            yield WalkProblem(display(self.root), _folder_unreadable(exc))
            return
        seen.add((st.st_dev, st.st_ino))
        stack: list[tuple[str, str]] = [(self.root, "")]
        while stack:
            if cancel is not None and cancel.cancelled:
                return
            folder, rel = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=_NAME)
            except OSError as exc:
                yield WalkProblem(display(folder), _folder_unreadable(exc))
                continue
            subfolders: list[tuple[str, str]] = []
            sidecars = _sidecar_times(entries)
            for entry in entries:
                item = self._entry(entry, rel, seen, subfolders)
                if isinstance(item, FoundFile) and sidecars:
                    lower = entry.name.lower()
                    when = sidecars.get(lower) or sidecars.get(os.path.splitext(lower)[0])
                    if when is not None:
                        item = replace(item, sidecar_mtime_ns=when)
                if item is not None:
                    yield item
            stack.extend(reversed(subfolders))

    def listing(self) -> set[tuple[str, int, int]] | None:
        """(catalogue path, size, mtime_ns) of every file :meth:`walk` would yield, when it
        would yield those alone: no problem and no XMP sidecar anywhere under the root.
        None otherwise (the caller walks then; ``skipped`` is left as it was).

        A rescan's quick look compares this set with the catalogue's in one step. The
        common entry (a regular file with a plain, short, ASCII name) costs a stat and a
        tuple; every other entry goes through :meth:`walk`'s own per-entry rules, so the
        set is what the walk finds. Order does not matter here, so folders are not sorted.
        """
        if _WINDOWS or self.ignore or self._normcase:
            return None  # hidden attributes, patterns, case folding: the walk's rules
        skipped_before = self.skipped
        out = self._listing()
        if out is None:
            self.skipped = skipped_before
        return out

    def _listing(self) -> set[tuple[str, int, int]] | None:
        try:
            st = os.stat(self.root)
        except OSError:
            return None
        seen = {(st.st_dev, st.st_ino)}
        out: set[tuple[str, int, int]] = set()
        add = out.add
        short = self._short
        exclude = [(p, os.path.basename(p)) for p in self.exclude]
        stack: list[tuple[str, str]] = [(self.root, "")]
        while stack:
            folder, rel = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = list(it)
            except OSError:
                return None
            prefix = to_catalogue(f"{rel}/") if rel else ""  # as walk() stores the path
            room = short - len(folder) - 1  # a name shorter than this: a short path
            # The excluded paths (catalogue, lock, cache...) that are entries of this folder.
            excluded = {base for p, base in exclude if os.path.join(folder, base) == p}
            subfolders: list[tuple[str, str]] = []
            # The usual folder: regular files with plain names. Their names are checked
            # together and their stats taken and stored without a Python step per file.
            regular = list(map(_IS_REGULAR, entries))
            files = entries if all(regular) else list(compress(entries, regular))
            names = list(map(_NAME, files))
            rest = entries
            if names and _plain_names(names, room, excluded):
                try:
                    stats = list(map(_STAT, files))
                except OSError:
                    return None  # gone meanwhile, unreadable: the walk tells
                paths = map(prefix.__add__, names)
                out.update(zip(paths, map(_SIZE, stats), map(_MTIME, stats), strict=True))
                rest = [] if files is entries else list(compress(entries, map(not_, regular)))
            for entry in rest:
                name = entry.name
                if (
                    len(name) < room
                    and name.isascii()
                    and not name.startswith(_SKIP_PREFIXES)
                    and entry.is_file(follow_symlinks=False)
                    and not (lower := name.lower()).endswith(_SKIP_SUFFIXES)
                    and lower not in SYSTEM_NAMES
                    and name not in excluded
                ):
                    try:
                        st = entry.stat()
                    except OSError:
                        return None  # gone meanwhile, unreadable: the walk tells
                    add((prefix + name, st.st_size, st.st_mtime_ns))
                    continue
                lower = name.lower()
                if lower.endswith(SIDECAR_SUFFIXES) and not lower.startswith("."):
                    return None  # a sidecar's time counts: the walk compares it per file
                item = self._entry(entry, rel, seen, subfolders)
                if isinstance(item, WalkProblem):
                    return None
                if item is not None:
                    add((item.rel_path, item.size, item.mtime_ns))
            stack.extend(subfolders)
        return out

    def _entry(
        self,
        entry: os.DirEntry[str],
        rel: str,
        seen: set[tuple[int, int]],
        subfolders: list[tuple[str, str]],
    ) -> FoundFile | WalkProblem | None:
        name = entry.name
        child_rel = f"{rel}/{name}" if rel else name
        path = entry.path
        if self._skip_name(name, child_rel) or (
            (os.path.normcase(path) if self._normcase else path) in self.exclude
        ):
            self.skipped += 1
            return None
        if len(path) >= self._short and len(os.fsencode(path)) >= self.max_path:
            return WalkProblem(
                display(entry.path),
                f"The path is longer than the system limit ({self.max_path} bytes); "
                "move or rename it to catalogue it.",
            )
        try:
            st = entry.stat()  # follows symbolic links
        except FileNotFoundError:
            if entry.is_symlink():
                return WalkProblem(display(entry.path), "The symbolic link points nowhere.")
            return None  # vanished while we looked
        except OSError as exc:
            return WalkProblem(display(entry.path), problem("file.unreadable", why=plain(exc)))
        if _WINDOWS and getattr(st, "st_file_attributes", 0) & _HIDDEN_ATTRS:
            self.skipped += 1
            return None
        if stat.S_ISDIR(st.st_mode):
            identity = (st.st_dev, st.st_ino)
            if identity in seen:
                return WalkProblem(
                    display(entry.path),
                    "The folder was already catalogued through another path (link loop); skipped.",
                )
            seen.add(identity)
            if self._skip_folder(entry.path):
                self.skipped += 1
                return None
            subfolders.append((entry.path, child_rel))
            return None
        if not stat.S_ISREG(st.st_mode):
            return WalkProblem(
                display(entry.path), "This is not a regular file (device, pipe or socket)."
            )
        stored = to_catalogue(child_rel)
        warning = misleading_name(name)
        misleading = warning is not None
        if stored != child_rel:
            warning = (
                "The file name is not valid UTF-8; it is shown with substitute characters. "
                "Rename it so other programs can read it."
            )
        return FoundFile(
            stored, entry.path, st.st_size, st.st_mtime_ns, warning, misleading=misleading
        )

    def _skip_name(self, name: str, rel: str) -> bool:
        lower = name.lower()
        if name.startswith(".") or name.startswith("~$") or lower in SYSTEM_NAMES:
            return True
        if lower.endswith(SIDECAR_SUFFIXES) or lower.endswith(CATALOGUE_SUFFIXES):
            return True
        if not self.ignore:
            return False
        rel_lower = rel.lower()
        return any(
            fnmatch.fnmatchcase(rel_lower if "/" in pat else lower, pat) for pat in self.ignore
        )

    def _skip_folder(self, path: str) -> bool:
        # A catalogue's own backups and cache folders (<name>.smpcat.backups, <stem>.cache).
        lower = path.lower()
        return lower.endswith(".smpcat.backups") or (
            lower.endswith(".cache") and os.path.exists(path[: -len(".cache")] + ".smpcat")
        )


def _plain_names(names: list[str], room: int, excluded: set[str]) -> bool:
    """No name of ``names`` (regular files of one folder) is one :meth:`Walker._entry`
    treats specially: hidden, system, sidecar or catalogue names, excluded, not ASCII, or
    reaching the path limit (fewer than ``room`` characters). Checked on the names joined
    by newlines, in C: every name has a newline before and after it, so each rule still
    finds it (a name holding a newline can only add a false alarm, and the per-entry rules
    then decide)."""
    joined = "\n".join(names)
    if not joined.isascii():
        return False
    if max(map(len, names)) >= room or not excluded.isdisjoint(names):
        return False
    low = f"\n{joined.lower()}\n"
    return not (
        "\n." in low
        or "\n~$" in low
        or any(mark in low for mark in _SUFFIX_MARKS)
        or any(mark in low for mark in _SYSTEM_MARKS)
    )


def _sidecar_times(entries: list[os.DirEntry[str]]) -> dict[str, int]:
    """'name.ext' or 'name' (lower case) -> mtime of its XMP sidecar in this folder."""
    out: dict[str, int] = {}
    for entry in entries:
        lower = entry.name.lower()
        if lower.endswith(SIDECAR_SUFFIXES) and not lower.startswith("."):
            try:
                out[lower[: -len(".xmp")]] = entry.stat().st_mtime_ns
            except OSError:
                continue
    return out


def _folder_unreadable(exc: OSError) -> str:
    """Why a folder cannot be listed, in plain words (the system's own, "No such file or
    directory", were said in English in every interface language, and of a file)."""
    return problem("folder.unreadable", why=plain(exc, folder=True))


# Invisible characters that reorder how a name reads ("photo\u202egpj.exe" shows as
# "photoexe.jpg"): the classic disguise of a program as a picture.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
# Extensions that name a file type: every format the probe registry reads
# (core/media/registry.py), plus types a person recognises that smparchive does not catalogue
# (camera raw, spreadsheets, web pages, archives, programs).
_OTHER_TYPE_WORDS = (
    "raw cr2 nef arw dng xls xlsx txt html htm zip exe scr bat cmd com js vbs msi app"
)


@functools.cache
def _type_exts() -> frozenset[str]:
    """The extensions above (the registry is read when a name has two dots: a rescan of
    plain names never builds it)."""
    from smparchive.core.media import registry

    return frozenset([*(e.lstrip(".") for e in registry.extensions()), *_OTHER_TYPE_WORDS.split()])


def misleading_name(name: str) -> str | None:
    """A warning when a file name may mislead a person about what the file is."""
    if name.count(".") < 2 and name.isascii():
        return None  # most names: no control characters, no second extension (C speed)
    if not _BIDI_CONTROLS.isdisjoint(name):
        return (
            "The file name contains invisible right-to-left control characters, so it reads "
            "differently from what it is (a known way to disguise a file); check the file "
            "and rename it."
        )
    parts = name.lower().split(".")
    if len(parts) >= 3 and parts[-2] in _type_exts() and parts[-1] != parts[-2]:
        return (
            f"The file name ends in .{parts[-1]} but also contains .{parts[-2]}, so it may "
            "not be what it first seems; check the file and rename it."
        )
    return None
