"""Video and audio probe with PyAV: duration, rate, size, codecs, container creation time."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .base import KindResult, describe, fail, warn
from .info import Kind, MediaInfo
from .thumbnails import ThumbnailUnavailable, poster_from_container, video_poster
from .videotime import QUICKTIME_CREATIONDATE as QUICKTIME_CREATIONDATE
from .videotime import container_capture, device
from .videotime import parse_container_time as parse_container_time
from .videotime import parse_quicktime_creationdate as parse_quicktime_creationdate

log = logging.getLogger(__name__)

OPEN_TIMEOUT_S = 10.0
MAX_PACKETS_FOR_FIRST_FRAME = 600  # a stream that yields nothing after this has no frames


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
            str(path),
            timeout=(OPEN_TIMEOUT_S, OPEN_TIMEOUT_S),
            metadata_errors="replace",
            options={"export_xmp": "1"},  # MP4/MOV: an embedded XMP packet as metadata
        )
    except Exception as exc:  # InvalidDataError, EOFError, ...
        label = info.format or "media"
        fail(info, f"The file cannot be opened as {label} ({describe(exc)}).")
        return result
    try:
        _container_facts(container, info)
        video = list(container.streams.video)
        audio = list(container.streams.audio)
        # Where a warning says why there is no picture, the thumbnail's reason is that same
        # sentence: the item's warnings read "The video file holds audio only: there is no
        # picture. The file holds audio only." when they were two wordings of one fact.
        if not video and not audio:
            result.thumbnail_problem = warn(info, "The file holds no audio or video streams.")
            return result
        if not video:
            result.thumbnail_problem = "The file holds audio only."
            if info.kind is Kind.VIDEO:
                result.thumbnail_problem = warn(
                    info, "The video file holds audio only: there is no picture."
                )
            info.kind = Kind.AUDIO
            return result
        info.kind = Kind.VIDEO
        if not _first_frame_decodes(container, video[0]):
            result.thumbnail_problem = warn(info, "The video track holds no decodable frames.")
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
    meta = dict(container.metadata)
    streams = [dict(st.metadata) for st in container.streams]
    info.capture = container_capture(meta, streams, container.format.name or "")
    make, model = device(meta)
    info.camera_make = info.camera_make or make
    info.camera_model = info.camera_model or model


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
