"""Video and audio probe with PyAV: duration, rate, size, codecs, container creation time."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .base import KindResult, describe, fail, warn
from .info import CaptureTime, Kind, MediaInfo, TimeSource
from .thumbnails import ThumbnailUnavailable, poster_from_container, video_poster

log = logging.getLogger(__name__)

OPEN_TIMEOUT_S = 10.0
MAX_PACKETS_FOR_FIRST_FRAME = 600  # a stream that yields nothing after this has no frames
_EPOCHS = (1904, 1970)  # QuickTime/Unix zero dates mean "not set"


class VideoProbe:
    """Probe for video (MP4, MOV, MKV, WebM, AVI, MTS ...) and audio files."""

    def probe(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> KindResult:
        """Read container facts and check that a video frame decodes; poster if asked."""
        return probe_av(path, info, sizes)

    def thumbnails(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> dict[int, bytes]:
        """Poster frame that skips black and uniform frames."""
        return video_poster(path, sizes)


def probe_av(path: Path, info: MediaInfo, sizes: Sequence[int]) -> KindResult:
    """Fill ``info`` from the container; WARNING when there is nothing to look at."""
    import av

    logging.getLogger("libav").setLevel(logging.ERROR)
    result = KindResult()
    try:
        container = av.open(
            str(path), timeout=(OPEN_TIMEOUT_S, OPEN_TIMEOUT_S), metadata_errors="replace"
        )
    except Exception as exc:  # InvalidDataError, EOFError, ...
        label = info.format or "media"
        fail(info, f"The file cannot be opened as {label} ({describe(exc)}).")
        return result
    try:
        _container_facts(container, info)
        video = list(container.streams.video)
        audio = list(container.streams.audio)
        if not video and not audio:
            warn(info, "The file holds no audio or video streams.")
            result.thumbnail_problem = "There is no stream to take a picture from."
            return result
        if not video:
            result.thumbnail_problem = "The file holds audio only."
            if info.kind is Kind.VIDEO:
                warn(info, "The video file holds audio only: there is no picture.")
            info.kind = Kind.AUDIO
            return result
        info.kind = Kind.VIDEO
        if not _first_frame_decodes(container, video[0]):
            warn(info, "The video track holds no decodable frames.")
            result.thumbnail_problem = "The video has no frames."
            return result
        if sizes:
            try:
                result.thumbnails = poster_from_container(container, sizes)
            except ThumbnailUnavailable as exc:
                result.thumbnail_problem = str(exc)
        return result
    finally:
        container.close()


def _container_facts(container: Any, info: MediaInfo) -> None:
    if container.duration and container.duration > 0:
        info.duration_s = float(container.duration) / 1_000_000
    if container.streams.video:
        stream = container.streams.video[0]
        ctx = stream.codec_context
        info.width = ctx.width or None
        info.height = ctx.height or None
        info.video_codec = ctx.name
        rate = stream.average_rate or stream.guessed_rate
        if rate and 0 < float(rate) <= 1000:  # init segments report 90 kHz-like nonsense
            info.frame_rate = round(float(rate), 3)
        if info.duration_s is None and stream.duration and stream.time_base:
            info.duration_s = float(stream.duration * stream.time_base)
    if container.streams.audio:
        info.audio_codec = container.streams.audio[0].codec_context.name
    # Apple's creationdate is the wall clock with its offset (what the phone showed); the
    # container's creation_time is UTC and often the moment of export or transcoding.
    info.capture = parse_quicktime_creationdate(container.metadata.get(QUICKTIME_CREATIONDATE))
    if info.capture is not None:
        return
    stamps = [container.metadata.get("creation_time")]
    stamps += [s.metadata.get("creation_time") for s in container.streams]
    for stamp in stamps:
        capture = parse_container_time(stamp)
        if capture is not None:
            info.capture = capture
            break


QUICKTIME_CREATIONDATE = "com.apple.quicktime.creationdate"
_QT_DATE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)


def parse_quicktime_creationdate(text: str | None) -> CaptureTime | None:
    """``com.apple.quicktime.creationdate`` ('2022-06-01T09:30:12+0200') as a CaptureTime:
    the local wall-clock time and its offset (None when the value carries none)."""
    match = _QT_DATE.match(text.strip()) if text else None
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if local.year in _EPOCHS and local.month == 1 and local.day == 1:
        return None
    offset = None
    if zone == "Z":
        offset = 0
    elif zone:
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        offset = -minutes if zone[0] == "-" else minutes
        if minutes > 14 * 60:
            offset = None
    return CaptureTime(local=local, offset_minutes=offset, source=TimeSource.QUICKTIME)


def parse_container_time(text: str | None) -> CaptureTime | None:
    """Container creation_time (UTC by the MP4/QuickTime/Matroska specs) as a CaptureTime."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    if moment.year in _EPOCHS and moment.month == 1 and moment.day == 1:
        return None
    return CaptureTime(local=moment, offset_minutes=0, source=TimeSource.CONTAINER_UTC)


def _first_frame_decodes(container: Any, stream: Any) -> bool:
    import av

    try:
        for count, packet in enumerate(container.demux(stream)):
            if packet.decode():  # the final empty packet flushes delayed frames
                return True
            if count >= MAX_PACKETS_FOR_FIRST_FRAME:
                break
        return False
    except (av.FFmpegError, EOFError, ValueError, OSError) as exc:
        log.debug("first frame failed: %s", describe(exc))
        return False
    finally:
        try:
            container.seek(0)
        except (av.FFmpegError, ValueError, OSError):
            pass
