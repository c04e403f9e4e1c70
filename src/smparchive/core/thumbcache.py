"""Content-addressed cache of thumbnails and previews beside the catalogue.

Keys are the source file's SHA-256, so identical files share pictures, a moved file keeps
them, and an offline drive's items still show their thumbnails.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

THUMB = 256  # grid thumbnails (long edge, px)
PREVIEW = 1600  # viewer previews
EMBEDDED = 0  # a camera's own small JPEG, shown until ours exists


class ThumbnailCache:
    """Files under ``<cache>/thumbs/ab/abcdef...-256.jpg``; writes are atomic."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, size: int) -> Path:
        """Where the picture of ``size`` for content ``sha256`` lives (may not exist)."""
        name = f"{sha256}-{'embedded' if size == EMBEDDED else size}.jpg"
        return self.root / "thumbs" / sha256[:2] / name

    def get(self, sha256: str | None, size: int) -> bytes | None:
        """The cached JPEG bytes, or None."""
        if not sha256:
            return None
        try:
            return self.path_for(sha256, size).read_bytes()
        except OSError:
            return None

    def best_path(
        self, sha256: str | None, sizes: tuple[int, ...] = (THUMB, EMBEDDED)
    ) -> Path | None:
        """The first existing picture among ``sizes`` (our thumbnail, else the embedded one)."""
        if not sha256:
            return None
        for size in sizes:
            p = self.path_for(sha256, size)
            if p.exists():
                return p
        return None

    def has(self, sha256: str, size: int) -> bool:
        return self.path_for(sha256, size).exists()

    def put(self, sha256: str, size: int, data: bytes) -> Path:
        """Store JPEG bytes atomically (a crash never leaves half a thumbnail)."""
        target = self.path_for(sha256, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".jpg")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def size_bytes(self) -> int:
        """Total size of the cache on disk."""
        return sum(p.stat().st_size for p in (self.root / "thumbs").rglob("*.jpg"))
