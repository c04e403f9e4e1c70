"""Small JPEG pictures of media: photos (draft decode), video poster frames, PDF pages, decks.

Every function returns JPEG bytes per requested long-edge size, or raises
:class:`ThumbnailUnavailable` with the reason; nothing here invents a picture.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PIL import Image, ImageStat

from .safety import check_zip, read_member

log = logging.getLogger(__name__)

THUMB_SIZE = 256
PREVIEW_SIZE = 1600
JPEG_QUALITY = 85
MAX_EMBEDDED_PREVIEW = 32 * 1024 * 1024

_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


class ThumbnailUnavailable(Exception):
    """No thumbnail can be made; the message says why in one sentence."""


def normalise_sizes(sizes: Iterable[int]) -> list[int]:
    """Distinct positive sizes, largest first."""
    result = sorted({int(s) for s in sizes if int(s) > 0}, reverse=True)
    if not result:
        raise ValueError("at least one positive thumbnail size is needed")
    return result


def draft_for(im: Image.Image, size: int) -> None:
    """Ask the decoder for a cheap reduced decode (JPEG DCT scaling, HEIF embedded thumbnail)."""
    try:
        im.draft("RGB", (size, size))
    except (ValueError, OSError, AttributeError):
        pass  # formats without draft support decode at full size


def _band_extrema(im: Image.Image) -> tuple[float, float]:
    """Minimum and maximum of a single-band image (I;16, I, F ...)."""
    lo, hi = im.getextrema()
    if isinstance(lo, tuple) or isinstance(hi, tuple):
        raise TypeError(f"expected a single-band image, got mode {im.mode}")
    return lo, hi


def to_rgb(im: Image.Image) -> Image.Image:
    """Convert any Pillow mode (CMYK, 16-bit, palette, alpha ...) to 8-bit RGB on white."""
    if im.mode == "RGB":
        return im
    if im.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        lo, hi = _band_extrema(im)
        scale = 255.0 / (hi - lo) if hi > lo else 1.0
        im = im.convert("F").point(lambda v: (v - lo) * scale).convert("L")
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    if im.mode in ("LA", "PA", "La", "RGBa", "RGBA"):
        rgba = im.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return im.convert("RGB")


def apply_orientation(im: Image.Image, orientation: int | None) -> Image.Image:
    """Transpose ``im`` by an EXIF orientation value (done after shrinking: cheap)."""
    for method in _TRANSPOSE.get(orientation or 1, ()):
        im = im.transpose(method)
    return im


def encode_jpeg(im: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    """JPEG-encode an RGB image."""
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


def scaled_jpegs(
    im: Image.Image, sizes: Sequence[int], orientation: int | None = None
) -> dict[int, bytes]:
    """Shrink a decoded image to each long-edge size, orient it and encode it as JPEG."""
    result: dict[int, bytes] = {}
    current = to_rgb(im)
    for size in normalise_sizes(sizes):
        if max(current.size) > size:
            current = current.copy() if current is im else current
            current.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
        result[size] = encode_jpeg(apply_orientation(current, orientation))
    return result


def jpegs_from_bytes(data: bytes, sizes: Sequence[int], what: str) -> dict[int, bytes]:
    """Decode an embedded picture (deck preview, ODF thumbnail) and scale it."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            draft_for(im, max(sizes))
            im.load()
            return scaled_jpegs(im, sizes)
    except Exception as exc:  # a damaged embedded picture: no thumbnail
        raise ThumbnailUnavailable(f"The {what} cannot be decoded ({exc}).") from exc


def looks_blank(im: Image.Image) -> bool:
    """True for frames not worth a poster: black, uniform, or a few flat colours (bars)."""
    small = im.convert("RGB").resize((64, 36), Image.Resampling.BILINEAR)
    stat = ImageStat.Stat(small.convert("L"))
    if stat.mean[0] < 16 or stat.stddev[0] < 8:
        return True
    colours = small.quantize(colors=32, method=Image.Quantize.MEDIANCUT).getcolors()
    major = sorted((count for count, _ in colours or []), reverse=True)
    return sum(major[:8]) >= 0.97 * 64 * 36  # colour bars, a flat title card


def video_poster(path: Path, sizes: Sequence[int], at_s: float | None = None) -> dict[int, bytes]:
    """Open a video and take its poster frame: the frame shown at ``at_s`` (the poster time
    the user chose) when given, else the automatic one (see :func:`poster_from_container`)."""
    import av

    from smparchive.core.messages import plain, problem

    try:
        container = av.open(str(path), timeout=(10.0, 10.0), metadata_errors="replace")
    except Exception as exc:
        raise ThumbnailUnavailable(problem("video.cannot_open", why=plain(exc))) from exc
    try:
        if at_s is None:
            return poster_from_container(container, sizes)
        at = f"{at_s:.2f}"
        try:
            image = frame_image_at(container, at_s)
        except (av.FFmpegError, EOFError, ValueError, OSError) as exc:
            undecodable = problem("page.frame_undecodable", value=at, why=plain(exc))
            raise ThumbnailUnavailable(undecodable) from exc
        if image is None:
            raise ThumbnailUnavailable(problem("page.no_frame", value=at))
        return scaled_jpegs(image, sizes)
    finally:
        container.close()


def frame_image_at(container: Any, seconds: float) -> Image.Image | None:
    """The frame of the first video stream shown at ``seconds`` (None: nothing decodes);
    PyAV's errors pass through for the caller to word."""
    if not container.streams.video:
        raise ThumbnailUnavailable("The file has no video stream to take a picture from.")
    stream = container.streams.video[0]
    container.seek(int(max(0.0, seconds) * 1_000_000), backward=True, any_frame=False)
    best = None
    for frame in container.decode(stream):
        best = frame
        if frame.time is not None and frame.time >= seconds - 1e-3:
            break
    return None if best is None else best.to_image()


def poster_from_container(
    container: Any, sizes: Sequence[int], samples: int = 5
) -> dict[int, bytes]:
    """The first non-blank keyframe among a few spread over the duration, as JPEGs."""
    if not container.streams.video:
        raise ThumbnailUnavailable("The file has no video stream to take a picture from.")
    stream = container.streams.video[0]
    stream.codec_context.skip_frame = "NONKEY"
    duration = _duration_seconds(container, stream)
    positions = [duration * (i + 0.5) / samples for i in range(samples)] if duration else [0.0]
    fallback: Image.Image | None = None
    for position in positions:
        frame_image = _keyframe_at(container, stream, position)
        if frame_image is None:
            continue
        if not looks_blank(frame_image):
            return scaled_jpegs(frame_image, sizes)
        fallback = fallback or frame_image
    if fallback is None:
        raise ThumbnailUnavailable("The video has no decodable frames.")
    return scaled_jpegs(fallback, sizes)  # every sample blank: a real frame is still honest


def _duration_seconds(container: Any, stream: Any) -> float:
    if container.duration:
        return float(container.duration) / 1_000_000
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return 0.0


_ROTATE = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    -90: Image.Transpose.ROTATE_270,
    270: Image.Transpose.ROTATE_270,
    -180: Image.Transpose.ROTATE_180,
    -270: Image.Transpose.ROTATE_90,
}


def _keyframe_at(container: Any, stream: Any, seconds: float) -> Image.Image | None:
    import av

    try:
        if seconds > 0:
            container.seek(int(seconds * 1_000_000), any_frame=False, backward=True)
        for frame in container.decode(stream):
            image: Image.Image = frame.to_image()
            method = _ROTATE.get(round(getattr(frame, "rotation", 0) or 0))
            return image.transpose(method) if method is not None else image
    except (av.FFmpegError, EOFError, ValueError, OSError) as exc:
        log.debug("no keyframe at %.1fs: %s", seconds, exc)
    return None


def pdf_first_page(
    path: Path, sizes: Sequence[int], password: str | None = None
) -> dict[int, bytes]:
    """Render the first PDF page at the largest size with pypdfium2."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        raise ThumbnailUnavailable(f"The PDF cannot be opened ({exc}).") from exc
    try:
        if len(pdf) == 0:
            raise ThumbnailUnavailable("The PDF has no pages.")
        page = pdf[0]
        try:
            width, height = page.get_size()
            if width <= 0 or height <= 0:
                raise ThumbnailUnavailable("The first PDF page has no size.")
            scale = max(sizes) / max(width, height)
            bitmap = page.render(scale=scale, may_draw_forms=False)
            im = bitmap.to_pil()
        finally:
            page.close()
        return scaled_jpegs(im, sizes)
    except pdfium.PdfiumError as exc:
        raise ThumbnailUnavailable(f"The first PDF page cannot be rendered ({exc}).") from exc
    finally:
        pdf.close()


_ZIP_PREVIEWS = (
    "docProps/thumbnail.jpeg",
    "docProps/thumbnail.jpg",
    "docProps/thumbnail.png",
    "Thumbnails/thumbnail.png",
    "preview.jpg",
    "QuickLook/Thumbnail.jpg",
    "QuickLook/Preview.jpg",
    "preview-web.jpg",
    "preview-micro.jpg",
)


def zip_preview(path: Path, sizes: Sequence[int]) -> dict[int, bytes]:
    """Use the preview picture a deck or document package carries (PPTX, ODP, KEY)."""
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf)
            names = set(zf.namelist())
            for name in _ZIP_PREVIEWS:
                if name in names:
                    data = read_member(zf, name, MAX_EMBEDDED_PREVIEW)
                    return jpegs_from_bytes(data, sizes, "embedded preview picture")
    except ThumbnailUnavailable:
        raise
    except Exception as exc:
        raise ThumbnailUnavailable(f"The package cannot be read ({exc}).") from exc
    raise ThumbnailUnavailable("The package carries no preview picture.")
