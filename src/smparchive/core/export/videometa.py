"""Publication copies of videos (and audio recordings): the streams remuxed into a new file
without the source's metadata.

A phone writes where it was (QuickTime ``©xyz``, Apple's ``location.ISO6709`` key), its
make, model and software into the container; action cameras and drones add telemetry
tracks (GPS per frame as data or subtitle streams). A publication copy keeps what plays:
the video and audio streams, packet by packet (stream copy, no re-encode, memory bounded),
with their timing and display matrix (a phone video shot upright still plays upright).
Nothing of the source's container or stream metadata is copied (an allow-list of none):
under the publication policy the container gets the catalogue's title, creator, rights and
capture time, as photos do; stripped, it gets nothing. Data, subtitle and attachment
streams and cover pictures are left out, chapters too.
"""

from __future__ import annotations

import hashlib
from datetime import UTC
from pathlib import Path
from typing import Any

import av

from smparchive.core.export.model import ExportEntry, pick_text
from smparchive.core.export.presets import MetadataPolicy
from smparchive.core.messages import PHRASES, plain
from smparchive.core.progress import CancelToken

__all__ = ["VideoCleanError", "clean_video", "hash_verified", "video_tags"]

_KINDS = ("video", "audio")
_CHECK_EVERY = 200  # packets between cancel checks
_CHUNK = 1 << 20
# muxers by extension; others are guessed by FFmpeg from the name
_FORMATS = {
    **{".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".qt": "mov", ".3gp": "3gp"},
    **{".m4a": "ipod"},
}
_ISO_BMFF = frozenset({"mp4", "mov", "3gp", "ipod"})


class VideoCleanError(Exception):
    """The video could not be remuxed (the message says why, in FFmpeg's words)."""


def video_tags(entry: ExportEntry, policy: MetadataPolicy, language: str) -> dict[str, str]:
    """The container metadata a publication copy gets: the catalogue's title, creator,
    rights and capture time (publication), nothing (strip)."""
    if policy is not MetadataPolicy.PUBLICATION:
        return {}
    tags = {
        "title": pick_text(entry.title, language),
        "artist": entry.creator,
        "copyright": entry.copyright,
    }
    # never a file's modification time presented as the recording's (ExportEntry.created)
    if entry.created is not None and entry.created.tzinfo is not None:
        when = entry.created.astimezone(UTC)
        tags["creation_time"] = when.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    return {k: v for k, v in tags.items() if v}


def hash_verified(path: Path, sha256: str, cancel: CancelToken | None = None) -> bool:
    """Whether ``path`` still hashes to ``sha256`` (one read, cancellable between chunks)."""
    digest = hashlib.sha256()
    buf = bytearray(_CHUNK)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buf):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(view[:n])
    return digest.hexdigest() == sha256.lower()


def _copied(stream: Any) -> bool:
    """Video and audio; not a cover picture (a JPEG that may carry its own EXIF)."""
    if stream.type not in _KINDS:
        return False
    return not stream.disposition & av.stream.Disposition.attached_pic


def clean_video(
    source: Path, target: Path, tags: dict[str, str], cancel: CancelToken | None = None
) -> None:
    """Write ``target`` with ``source``'s video and audio streams (stream copy) and only
    ``tags`` as metadata. Raises :class:`VideoCleanError`; ``Cancelled`` when ``cancel``
    is; ``target`` is removed on any failure.

    The streams keep their codec tags (an iPhone's HEVC is ``hvc1``, which Apple's players
    need; FFmpeg's MP4 default ``hev1`` does not play there); a tag the muxer refuses is
    left to the muxer on a second try.
    """
    try:
        _remux(source, target, tags, cancel, keep_codec_tags=True)
    except VideoCleanError:
        _remux(source, target, tags, cancel, keep_codec_tags=False)


def _remux(
    source: Path,
    target: Path,
    tags: dict[str, str],
    cancel: CancelToken | None,
    keep_codec_tags: bool,
) -> None:
    fmt = _FORMATS.get(target.suffix.lower())
    options = {"fflags": "+bitexact"}  # no "Lavf..." encoder tag
    if fmt in _ISO_BMFF:
        options["movflags"] = "+faststart"  # plays while it downloads
    try:
        if cancel is not None:
            cancel.raise_if_cancelled()
        with av.open(str(source)) as inp:
            streams = [s for s in inp.streams if _copied(s)]
            if not streams:
                raise VideoCleanError(PHRASES["no_picture_or_sound"])
            with av.open(str(target), "w", format=fmt, options=options) as out:
                for key, value in tags.items():
                    out.metadata[key] = value
                mapping = {}
                for s in streams:
                    copy = out.add_stream_from_template(s)
                    if keep_codec_tags and s.codec_context.codec_tag.strip("\x00 "):
                        copy.codec_context.codec_tag = s.codec_context.codec_tag
                    language = s.metadata.get("language", "")
                    if language and language != "und":
                        copy.metadata["language"] = language
                    mapping[s.index] = copy
                written = 0
                for n, packet in enumerate(inp.demux(*streams)):
                    if cancel is not None and n % _CHECK_EVERY == 0:
                        cancel.raise_if_cancelled()
                    if packet.dts is None and packet.pts is None:
                        continue  # the demuxer's end-of-stream marker
                    packet.stream = mapping[packet.stream_index]
                    out.mux(packet)
                    written += 1
                if written == 0:
                    raise VideoCleanError(PHRASES["no_picture_or_sound"])
    except av.error.FFmpegError as exc:
        target.unlink(missing_ok=True)
        raise VideoCleanError(plain(exc)) from exc  # FFmpeg's words go to the log
    except BaseException:
        target.unlink(missing_ok=True)
        raise
