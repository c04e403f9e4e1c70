"""What every per-kind probe provides, and how its failures become sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .info import MediaInfo, Outcome


@dataclass(slots=True)
class KindResult:
    """A per-kind probe's by-products next to the MediaInfo it filled."""

    sha256: str | None = None  # set when the probe read the whole file anyway
    thumbnails: dict[int, bytes] = field(default_factory=dict)
    thumbnail_problem: str | None = None  # why there are no thumbnails, if asked for


class Probe(Protocol):
    """One kind of media: read facts, and make thumbnails separately."""

    def probe(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> KindResult:
        """Fill ``info`` (outcome and problems included); thumbnails only when cheap."""
        ...

    def thumbnails(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> dict[int, bytes]:
        """JPEG per size, or raise ``ThumbnailUnavailable`` with the reason."""
        ...


def fail(info: MediaInfo, sentence: str) -> None:
    """Mark ``info`` as an ERROR with one clear sentence."""
    info.outcome = Outcome.ERROR
    info.problems.append(sentence)


def warn(info: MediaInfo, sentence: str) -> str:
    """Mark ``info`` as a WARNING (unless it is already an ERROR) with a sentence; the
    sentence back (the same words may be the reason there is no thumbnail)."""
    if info.outcome is Outcome.OK:
        info.outcome = Outcome.WARNING
    info.problems.append(sentence)
    return sentence


def describe(exc: BaseException) -> str:
    """A short plain phrase for an exception, for a problem sentence (core/messages.py:
    no class or library names; the library's own words go to the log)."""
    from smparchive.core.messages import plain

    return plain(exc)
