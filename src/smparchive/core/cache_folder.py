"""Everything the app keeps under a catalogue's cache folder, counted and trimmed as one.

The folder holds the picture cache (``thumbs/``: previews, grid thumbnails, cameras'
embedded pictures, damage notes) and the page store (``renditions/``: decks converted to
PDF by LibreOffice; ``pages/``: rendered pages), plus what a crash left behind (a
half-written ``.tmp-`` file, a conversion's ``smp-soffice-`` folder). The size limit is
the whole folder's: :func:`trim_files` deletes, least recently used first within each
tier, what is cheapest to make again first.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path

from smparchive.core.cache_records import CachedFile, CacheStats, TrimReport, sharded
from smparchive.core.thumbcache import EMBEDDED, THUMB, TMP_PREFIX, ThumbnailCache, kind_name

SUBFOLDERS = ("thumbs", "renditions", "pages")
DAMAGE_SUFFIX = "-damaged.txt"  # ThumbnailCache.note_damage
CONVERT_PREFIX = "smp-soffice-"  # pages.convert_to_pdf's work folder, beside the rendition
# A temporary file or conversion folder this old is a crash's leftover, not one being
# written (a conversion times out after 2 minutes).
LEFTOVER_AGE_S = 3600.0


def file_kind(f: CachedFile) -> str:
    """'preview', 'thumbnail', 'embedded', 'rendition', 'page', 'note' or 'leftover'."""
    return f.kind or kind_name(f.size)


def tier(f: CachedFile) -> int:
    """Deletion order: leftovers; pictures made again from a kept file (previews, rendered
    pages); decks' renditions (another LibreOffice run, impossible without it); grid
    thumbnails (the grid shows them); embedded pictures and damage notes last."""
    kind = f.kind
    if kind == "leftover":
        return 0
    if kind == "page":
        return 1
    if kind == "rendition":
        return 2
    if kind == "note" or f.size == EMBEDDED:
        return 4
    return 1 if f.size > THUMB else 3


def cache_files(root: Path) -> Iterator[CachedFile]:
    """Every file the app keeps under ``root`` (files being written excluded)."""
    from smparchive.core.media.pages import PageStore  # PIL: only when the cache is counted

    return chain(ThumbnailCache(root).files(), PageStore(root).files(), _others(root))


def folder_stats(root: Path) -> CacheStats:
    """Where the cache is, its total size, and files and bytes per kind (all subfolders)."""
    out = CacheStats(root)
    for f in cache_files(root):
        name = file_kind(f)
        out.total_bytes += f.nbytes
        out.files[name] = out.files.get(name, 0) + 1
        out.bytes[name] = out.bytes.get(name, 0) + f.nbytes
    return out


def trim_folder(
    root: Path, limit_bytes: int, keep: Callable[[str], bool] | None = None
) -> TrimReport:
    """:func:`trim_files` over everything under the cache folder ``root``."""
    return trim_files(cache_files(root), limit_bytes, keep)


def trim_files(
    files: Iterable[CachedFile], limit_bytes: int, keep: Callable[[str], bool] | None = None
) -> TrimReport:
    """Delete ``files`` until they hold at most ``limit_bytes``: by :func:`tier`, the least
    recently used first within each. ``keep(sha256)`` true spares every file of that content
    (an item on an offline drive, a deck open in the viewer). Only the listed files (or a
    leftover conversion folder, whose links are removed, never followed) are deleted."""
    if limit_bytes < 0:
        raise ValueError("The cache size limit cannot be negative.")
    found = list(files)
    report = TrimReport(limit_bytes)
    total = report.bytes_before = sum(f.nbytes for f in found)
    if total > limit_bytes:
        found.sort(key=lambda f: (tier(f), f.last_used, f.path.name))
        spared: dict[str, bool] = {}
        for f in found:
            if total <= limit_bytes:
                break
            if keep is not None and f.sha256:
                if f.sha256 not in spared:
                    spared[f.sha256] = bool(keep(f.sha256))
                if spared[f.sha256]:
                    report.kept += 1
                    continue
            try:
                if f.is_dir:
                    shutil.rmtree(f.path)  # symlinks inside are unlinked, not followed
                else:
                    f.path.unlink()
            except FileNotFoundError:
                total -= f.nbytes  # someone else deleted it: gone all the same
                continue
            except OSError:
                report.errors += 1
                continue
            total -= f.nbytes
            report.bytes_freed += f.nbytes
            name = file_kind(f)
            report.deleted[name] = report.deleted.get(name, 0) + 1
            if f.size == THUMB and not f.kind:
                report.trimmed_thumbnails.append(f.sha256)
    report.bytes_after = total
    return report


def _others(root: Path) -> Iterator[CachedFile]:
    """Damage notes, and crashes' leftovers in any subfolder's shards."""
    now = time.time()
    for sub in SUBFOLDERS:
        for e in sharded(os.path.join(root, sub)):
            found = _other(e, sub, now)
            if found is not None:
                yield found


def _other(e: os.DirEntry[str], sub: str, now: float) -> CachedFile | None:
    try:
        st = e.stat(follow_symlinks=False)
    except OSError:
        return None  # deleted meanwhile
    used = max(st.st_atime, st.st_mtime)
    if e.is_file(follow_symlinks=False):
        if sub == "thumbs" and e.name.endswith(DAMAGE_SUFFIX):
            sha = e.name[: -len(DAMAGE_SUFFIX)]
            return CachedFile(Path(e.path), sha, 0, st.st_size, used, "note")
        if e.name.startswith(TMP_PREFIX) and now - st.st_mtime > LEFTOVER_AGE_S:
            return CachedFile(Path(e.path), "", 0, st.st_size, used, "leftover")
        return None
    if (
        e.is_dir(follow_symlinks=False)
        and e.name.startswith(CONVERT_PREFIX)
        and now - st.st_mtime > LEFTOVER_AGE_S
    ):
        return CachedFile(Path(e.path), "", 0, _tree_bytes(e.path), used, "leftover", True)
    return None


def _tree_bytes(top: str) -> int:
    """The bytes of the files under ``top`` (links counted as links, never followed)."""
    total = 0
    for folder, _dirs, names in os.walk(top):
        for name in names:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                continue
    return total
