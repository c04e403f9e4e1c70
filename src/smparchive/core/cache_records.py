"""What the thumbnail cache (``thumbcache.py``) reports about its files, apart from it: a
rescan's quick look checks the cache without creating these records."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class CachedFile:
    path: Path
    sha256: str
    size: int  # THUMB, PREVIEW, EMBEDDED ...
    nbytes: int
    last_used: float  # the later of access and modification time
    # "rendition", "page", "note", "leftover" (cache_folder.py); "": a picture, named by size
    kind: str = ""
    is_dir: bool = False  # a leftover folder (a crashed conversion's), deleted whole


@dataclass
class CacheStats:
    root: Path
    total_bytes: int = 0
    files: dict[str, int] = field(default_factory=dict)  # kind name -> count
    bytes: dict[str, int] = field(default_factory=dict)  # kind name -> bytes


@dataclass
class TrimReport:
    limit_bytes: int
    bytes_before: int = 0
    bytes_after: int = 0
    bytes_freed: int = 0
    deleted: dict[str, int] = field(default_factory=dict)  # kind name -> files deleted
    kept: int = 0  # files spared by ``keep``
    errors: int = 0  # files that could not be deleted
    trimmed_thumbnails: list[str] = field(default_factory=list)  # sha256 of deleted THUMBs

    @property
    def files_deleted(self) -> int:
        return sum(self.deleted.values())

    @property
    def under_limit(self) -> bool:
        return self.bytes_after <= self.limit_bytes


def sharded(top: str | Path) -> Iterator[os.DirEntry[str]]:
    """The entries in a cache folder's shards (``top/ab/...``): a shard that is a symlink is
    not followed, and a folder that cannot be read is passed over."""
    try:
        shards = list(os.scandir(top))
    except OSError:
        return
    for shard in shards:
        if not shard.is_dir(follow_symlinks=False):
            continue
        try:
            entries = list(os.scandir(shard.path))
        except OSError:
            continue
        yield from entries
