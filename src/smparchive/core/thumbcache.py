"""Content-addressed cache of thumbnails and previews beside the catalogue.

Keys are the source file's SHA-256 (:func:`picture_key`), so identical files share pictures,
a moved file keeps them, and an offline drive's items still show their thumbnails. A video
with a chosen poster frame adds its time to the key: two copies of one recording each show
their own frame, and copies with the same frame still share one picture. Pictures made
before poster times were in the key stay where they are: they serve every item without a
poster time, and stand in for an item's poster picture until it is made (read with
fallback by :meth:`ThumbnailCache.get` and :meth:`ThumbnailCache.best_path`), as does the
picture an item had before a new poster frame that could not be made (``keep_shown``).

``trim`` keeps the cache under a size limit. Reads touch a file (``os.utime``), so the
most recent of a file's access and modification times says when it was last used, whether
or not the file system records access times. Larger previews go first (the viewer falls back
to the grid thumbnail), then grid thumbnails (the thumbnail job makes an ``ok`` item's missing
thumbnail again), and a camera's embedded picture only when nothing else is left.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator
from itertools import repeat
from operator import add
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smparchive.core.cache_records import CachedFile, CacheStats, TrimReport

THUMB = 256  # grid thumbnails (long edge, px)
PREVIEW = 1600  # viewer previews
EMBEDDED = 0  # a camera's own small JPEG, shown until ours exists


POSTER_MARK = "@"  # between a content's hash and its poster time (ms) in a picture's key
KEPT = "@kept"  # after a key: the picture shown for it until its own is made (see keep_shown)


def picture_key(sha256: str | None, poster_time_s: float | None = None) -> str | None:
    """The cache key of an item's pictures: its content hash, with the poster time (whole
    milliseconds, as the player stores it) of a video whose poster frame was chosen."""
    if not sha256:
        return None
    if poster_time_s is None:
        return sha256
    return f"{sha256}{POSTER_MARK}{round(poster_time_s * 1000)}"


def content_of(key: str) -> str:
    """The content hash a picture key belongs to (the key itself without a poster time)."""
    return key.partition(POSTER_MARK)[0]


def pending_key(item_id: int) -> str:
    """The cache key of an item's embedded thumbnail while its hash is pending (the scan's
    head pass stores it there, the hash stage removes it once the content key exists)."""
    return f"pending-{item_id}"


TMP_PREFIX = ".tmp-"  # files being written by ``put`` (never counted, never trimmed)


def kind_name(size: int) -> str:
    """'preview', 'thumbnail', 'embedded' (or e.g. '512px' for another size)."""
    return {PREVIEW: "preview", THUMB: "thumbnail", EMBEDDED: "embedded"}.get(size, f"{size}px")


def _tier(size: int) -> int:
    """Deletion order: previews (and anything larger than a thumbnail), thumbnails, embedded."""
    if size == EMBEDDED:
        return 2
    return 0 if size > THUMB else 1


class ThumbnailCache:
    """Files under ``<cache>/thumbs/ab/abcdef...-256.jpg``; writes are atomic."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, size: int) -> Path:
        """Where the picture of ``size`` for content ``sha256`` lives (may not exist)."""
        name = f"{sha256}-{'embedded' if size == EMBEDDED else size}.jpg"
        return self.root / "thumbs" / sha256[:2] / name

    def get(self, sha256: str | None, size: int) -> bytes | None:
        """The cached JPEG bytes, or None (a poster key's content picture while its own is
        not made: see :func:`_keys`)."""
        if not sha256:
            return None
        for key in _keys(sha256):
            path = self.path_for(key, size)
            try:
                data = path.read_bytes()
            except OSError:
                continue
            _touch(path)
            return data
        return None

    def best_path(
        self, sha256: str | None, sizes: tuple[int, ...] = (THUMB, EMBEDDED)
    ) -> Path | None:
        """The first existing picture among ``sizes`` (our thumbnail, else the embedded one)."""
        if not sha256:
            return None
        for key in _keys(sha256):
            for size in sizes:
                p = self.path_for(key, size)
                if p.exists():
                    _touch(p)
                    return p
        return None

    def has(self, sha256: str, size: int) -> bool:
        return self.path_for(sha256, size).exists()

    def adopt(self, key: str, sha256: str, size: int) -> None:
        """Give the picture stored under ``key`` to the content ``sha256`` (kept if that
        content has one already; either way ``key``'s is gone afterwards)."""
        source = self.path_for(key, size)
        if not source.exists():
            return
        if self.has(sha256, size):
            source.unlink(missing_ok=True)
            return
        target = self.path_for(sha256, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)

    def discard(self, key: str, size: int) -> None:
        """Remove one picture if it exists (a stand-in whose item now has its hash)."""
        self.path_for(key, size).unlink(missing_ok=True)

    def present(self, size: int) -> set[str]:
        """The contents (SHA-256) that have a picture of ``size``, from one listing of the
        cache folders: what :meth:`has` says for each, at a fraction of a check per item
        (a rescan of 10,000 unchanged files checked 20,000 paths one by one)."""
        return self.present_sizes((size,))[size]

    def present_sizes(self, sizes: tuple[int, ...]) -> dict[int, set[str]]:
        """:meth:`present` of several sizes from one listing."""
        suffixes = {size: f"-{'embedded' if size == EMBEDDED else size}.jpg" for size in sizes}
        out: dict[int, set[str]] = {size: set() for size in sizes}
        try:
            shards = list(os.scandir(os.path.join(self.root, "thumbs")))
        except OSError:
            return out
        for shard in shards:
            try:
                names = os.listdir(shard.path)
            except OSError:
                continue  # not a folder, or gone meanwhile
            for size, suffix in suffixes.items():
                cut = -len(suffix)
                out[size].update(n[:cut] for n in names if n.endswith(suffix))
        return out

    def has_all(self, shas: Collection[str], sizes: tuple[int, ...]) -> bool:
        """Every content of ``shas`` has a picture of each of ``sizes`` (:meth:`has` for
        each, from one listing of the cache folders, compared as sets of file names)."""
        names: set[str] = set()
        try:
            shards = list(os.scandir(os.path.join(self.root, "thumbs")))
        except OSError:
            shards = []
        for shard in shards:
            try:
                names.update(os.listdir(shard.path))
            except OSError:
                continue  # not a folder, or gone meanwhile
        for size in sizes:
            suffix = f"-{'embedded' if size == EMBEDDED else size}.jpg"
            if not names.issuperset(map(add, shas, repeat(suffix))):
                return False
        return True

    def put(self, sha256: str, size: int, data: bytes) -> Path:
        """Store JPEG bytes atomically (a crash never leaves half a thumbnail)."""
        made = _write_atomically(self.path_for(sha256, size), data)
        if POSTER_MARK in sha256:  # its own picture now: the one kept meanwhile goes
            self.path_for(sha256 + KEPT, size).unlink(missing_ok=True)
        return made

    def keep_shown(self, key: str, previous: str, sizes: tuple[int, ...]) -> None:
        """``key``'s picture could not be made (its file offline, its frame undecodable):
        the pictures ``previous`` had (the item's key before its poster time changed) are
        shown for it until :meth:`put` stores its own, which the thumbnail job makes once
        the file can be read (:meth:`has` does not count them)."""
        for size in sizes:
            data = None if self.has(key, size) else self.get(previous, size)
            if data is not None:
                _write_atomically(self.path_for(key + KEPT, size), data)

    def note_damage(self, sha256: str, problem: str) -> None:
        """Record that content ``sha256`` decodes only in part (``problem``, the decode's
        warning), beside its pictures: whoever reuses them (a copy of the file elsewhere,
        a teammate on a shared cache) learns the content is damaged without decoding it."""
        _write_atomically(self._damage_path(sha256), problem.encode("utf-8"))

    def damage(self, sha256: str) -> str | None:
        """The decode's warning noted for content ``sha256`` (:meth:`note_damage`), if any,
        in today's wording (a note written by an earlier version said it its own way)."""
        from smparchive.core.messages import current

        try:
            text = self._damage_path(sha256).read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return current(text) if text else None

    def _damage_path(self, sha256: str) -> Path:
        # not a .jpg: listings, stats and trim (which parse picture names) pass it over
        return self.root / "thumbs" / sha256[:2] / f"{sha256}-damaged.txt"

    def size_bytes(self) -> int:
        """Total size of the cache on disk (files being written excluded)."""
        return sum(f.nbytes for f in self.files())

    def files(self) -> Iterator[CachedFile]:
        """Every finished picture under ``thumbs/`` (no symlinks followed, temp files skipped)."""
        from smparchive.core.cache_records import CachedFile, sharded

        for e in sharded(self.root / "thumbs"):
            parsed = _parse(e.name)
            if parsed is None or not e.is_file(follow_symlinks=False):
                continue
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue  # deleted meanwhile
            sha, size = parsed
            yield CachedFile(Path(e.path), sha, size, st.st_size, max(st.st_atime, st.st_mtime))

    def stats(self) -> CacheStats:
        """Where the cache is, its total size, and files and bytes per kind."""
        from smparchive.core.cache_records import CacheStats

        out = CacheStats(self.root)
        for f in self.files():
            name = kind_name(f.size)
            out.total_bytes += f.nbytes
            out.files[name] = out.files.get(name, 0) + 1
            out.bytes[name] = out.bytes.get(name, 0) + f.nbytes
        return out

    def trim(self, limit_bytes: int, keep: Callable[[str], bool] | None = None) -> TrimReport:
        """Delete pictures until the pictures hold at most ``limit_bytes`` (the catalogue's
        cache limit is the whole folder's: ``cache_folder.trim_folder``).

        Previews go first, then grid thumbnails, then embedded pictures; within each, the
        least recently used first. ``keep(sha256)`` true spares every picture of that content
        (e.g. items on an offline drive, which could not be pictured again now). Only finished
        files under ``<cache>/thumbs`` are ever deleted.
        """
        from smparchive.core.cache_folder import trim_files  # the whole folder's rule

        return trim_files(self.files(), limit_bytes, keep)


def _keys(key: str) -> tuple[str, ...]:
    """Where a picture of ``key`` is read: its own, then (a poster key) the one kept for it
    (``keep_shown``), then its content's (an earlier version's picture): an old picture
    rather than none until the thumbnail job makes its own."""
    content = content_of(key)
    return (key,) if content == key else (key, key + KEPT, content)


def _parse(name: str) -> tuple[str, int] | None:
    """``<sha>-256.jpg`` -> (sha, 256); ``<sha>-embedded.jpg`` -> (sha, EMBEDDED); else None."""
    if name.startswith(TMP_PREFIX) or not name.endswith(".jpg"):
        return None
    sha, sep, suffix = name[:-4].rpartition("-")
    if not sep or not sha:
        return None
    if suffix == "embedded":
        return sha, EMBEDDED
    if suffix.isdigit() and int(suffix) > 0:
        return sha, int(suffix)
    return None


def _touch(path: Path) -> None:
    """Mark a picture as just used (for ``trim``); a read-only cache is fine."""
    try:
        os.utime(path)
    except OSError:
        pass


def _write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` through a temporary file in its folder: a crash never
    leaves half a file under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # here: a cache that is only read (a quick rescan) never needs it

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=TMP_PREFIX, suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
