"""Render one photo into its preset variants: one read, one scaled decode, verified source.

Runs in worker processes, so everything here is plain data in and out. The source bytes are
hashed before decoding: what is rendered is exactly what was catalogued, or nothing.
"""

from __future__ import annotations

import hashlib
import io
import math
import mmap
import struct
import warnings
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import IO, cast

import simplejpeg
from PIL import Image, ImageCms

from smparchive.core.export.faceblur import blur_boxes
from smparchive.core.export.metadata import (
    ImageMetadata,
    exif_bytes,
    for_rendition,
    with_size,
)
from smparchive.core.export.presets import ImageFormat, ImageVariant, MetadataPolicy
from smparchive.core.media.mwg import to_stored
from smparchive.core.media.photo import configure_pillow
from smparchive.core.media.safety import InputRefused, MappingRefused, mapped, read_within
from smparchive.core.messages import plain, problem
from smparchive.core.processes import die_with_parent, keep_freed_memory

__all__ = [
    "RenderJob",
    "RenderResult",
    "crop_box",
    "image_memory_reused",
    "render_photo",
    "srgb_profile",
    "worker_init",
]

PREVIEW_EDGE = 480
# Freed image memory Pillow keeps for the next photo, in 16 MB blocks: a 12 MP render passes
# through ~100 MB of image buffers, and getting them fresh from the OS every time (page faults,
# zeroing) cost 12-15 % of the CPU per photo. 8 blocks cover 12-24 MP renders.
RENDER_BLOCKS = 8
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True, slots=True)
class RenderJob:
    """One photo to render: where it is, what it must hash to, what to make."""

    source: str
    sha256: str
    size: int
    variants: tuple[ImageVariant, ...]
    metadata: ImageMetadata
    focus: tuple[float, float] | None = None
    preview: bool = False  # also make a small JPEG for the publication page
    # faces to blur: boxes as fractions of the upright picture (export.faceblur)
    blur: tuple[tuple[float, float, float, float], ...] = ()


@dataclass(slots=True)
class RenderResult:
    """Encoded outputs in variant order, or a problem sentence."""

    outputs: list[bytes] = field(default_factory=list)
    sizes: list[tuple[int, int]] = field(default_factory=list)
    preview: bytes | None = None
    problem: str | None = None


class SourceProblem(Exception):
    """The source file is missing, unreadable or not what was catalogued."""


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile to embed in every rendition, identical in every process."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    # LittleCMS stamps the creation time into the header; fix it so exports are reproducible
    data[24:36] = struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
    return bytes(data)


def worker_init() -> None:
    """Set up a render worker process: keep image memory between photos."""
    _set_blocks_max(max(_get_blocks_max(), RENDER_BLOCKS))
    keep_freed_memory()
    die_with_parent()


@contextmanager
def image_memory_reused() -> Iterator[None]:
    """Keep image memory between photos while rendering in this process; give it back after."""
    previous = _get_blocks_max()
    _set_blocks_max(max(previous, RENDER_BLOCKS))
    try:
        yield
    finally:
        _set_blocks_max(previous)  # frees the cached blocks beyond ``previous``


def _get_blocks_max() -> int:
    getter = getattr(Image.core, "get_blocks_max", None)
    return int(getter()) if getter else 0


def _set_blocks_max(blocks: int) -> None:
    setter = getattr(Image.core, "set_blocks_max", None)
    if setter:
        setter(blocks)


def read_verified(path: str, sha256: str, size: int) -> bytes:
    """The file's bytes, after checking they are the catalogued ones."""
    try:
        data = read_within(path, size)  # grown since catalogued: not read past its size
    except FileNotFoundError:
        raise SourceProblem(problem("export.source_missing_at", name=path)) from None
    except (OSError, InputRefused) as exc:  # InputRefused: now a pipe or device
        raise SourceProblem(
            problem("export.source_unreadable_at", name=path, why=plain(exc))
        ) from None
    if data is None:
        raise SourceProblem(problem("export.source_hash_changed", name=path))
    _check(data, path, sha256, size)
    return data


def _check(data: bytes | mmap.mmap, path: str, sha256: str, size: int) -> None:
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha256.lower():
        raise SourceProblem(problem("export.source_hash_changed", name=path))


@contextmanager
def verified_source(path: str, sha256: str, size: int) -> Iterator[bytes | mmap.mmap]:
    """The photo's content, checked to be the catalogued one, for the ``with`` block: its
    bytes up to the read cap (one read, hashed and decoded), else the file mapped (a
    panorama or a hostile file padded to gigabytes is not read into memory; the pages
    hashed and decoded are the file's, which the system can drop again). On a share that
    refuses mapping, such a file is refused with that reason (``safety.mapped``)."""
    from smparchive.core.media import photo

    if size <= photo.READ_CAP:
        yield read_verified(path, sha256, size)
        return
    with ExitStack() as stack:  # the decoder's errors in the block stay its own
        try:
            content = stack.enter_context(mapped(path, photo.READ_CAP))
        except FileNotFoundError:
            raise SourceProblem(problem("export.source_missing_at", name=path)) from None
        except (OSError, MappingRefused) as exc:
            raise SourceProblem(
                problem("export.source_unreadable_at", name=path, why=plain(exc))
            ) from None
        _check(content, path, sha256, size)
        yield content


def _opened(data: bytes | mmap.mmap) -> Image.Image:
    """The picture opened on ``data`` (a mapping is read in place, not copied)."""
    if isinstance(data, bytes):
        return Image.open(io.BytesIO(data))
    return Image.open(cast(IO[bytes], data))  # an mmap reads and seeks as a file does


def crop_box(
    size: tuple[int, int], aspect: tuple[int, int], focus: tuple[float, float] | None
) -> tuple[float, float, float, float]:
    """The largest box of ``aspect`` inside ``size``, centred on ``focus`` as far as it fits."""
    w, h = size
    a, b = aspect
    if w * b > h * a:
        cw, ch = h * a / b, float(h)
    else:
        cw, ch = float(w), w * b / a
    fx, fy = focus or (0.5, 0.5)
    left = min(max(fx * w - cw / 2, 0.0), w - cw)
    top = min(max(fy * h - ch / 2, 0.0), h - ch)
    return left, top, left + cw, top + ch


def _scale_needed(oriented: tuple[int, int], variant: ImageVariant) -> float:
    w, h = oriented
    if variant.aspect is not None and variant.width is not None:
        box = crop_box(oriented, variant.aspect, None)
        scale = variant.width / (box[2] - box[0])
    elif variant.long_edge is not None:
        scale = variant.long_edge / max(w, h)
    else:
        scale = 1.0
    return scale if variant.upscale else min(scale, 1.0)


def _colour_transform(im: Image.Image, icc: bytes | None) -> ImageCms.ImageCmsTransform | None:
    """A transform from the embedded profile to sRGB, or None when the pixels are sRGB already."""
    if not icc or im.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return None
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if ImageCms.getProfileDescription(src).strip().startswith("sRGB"):
            return None
        dst = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        out_mode = "RGBA" if im.mode == "RGBA" else "RGB"
        return ImageCms.buildTransform(src, dst, im.mode, out_mode)
    except (OSError, ImageCms.PyCMSError, ValueError):
        return None  # a broken profile: treat the pixels as sRGB


def _normalise_mode(im: Image.Image, keep_icc_mode: bool) -> Image.Image:
    """A mode the resampler handles well; grey stays grey until after resizing (a third of
    the work, and L -> RGB only copies the channel, so the result is the same)."""
    if keep_icc_mode or im.mode in ("RGB", "L"):
        return im
    if im.mode.startswith("I;16") or im.mode == "I":
        # 16-bit grey (scanners): convert() clips at 255, which turns every tone white
        return im.convert("I").point(lambda v: v / 257).convert("L")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        return im.convert("RGBA")
    return im.convert("RGB")


def _finish_colour(im: Image.Image, transform: ImageCms.ImageCmsTransform | None) -> Image.Image:
    """sRGB pixels in RGB(A), on the already resized image."""
    if transform is None:
        return im.convert("RGB") if im.mode == "L" else im
    return ImageCms.applyTransform(im, transform) or im


def _encode(im: Image.Image, variant: ImageVariant, exif: bytes, meta: ImageMetadata) -> bytes:
    out = io.BytesIO()
    im.info = {}  # nothing of the source (comments, dpi, xmp) rides along implicitly
    xmp = meta.xmp if meta.policy is not MetadataPolicy.STRIP_ALL else b""
    if variant.format is ImageFormat.JPEG:
        if im.mode != "RGB":
            flat = Image.new("RGB", im.size, (255, 255, 255))
            flat.paste(im, mask=im.getchannel("A") if "A" in im.getbands() else None)
            im = flat
        im.save(
            out,
            "JPEG",
            quality=variant.quality,
            progressive=variant.progressive,
            optimize=not variant.progressive,
            icc_profile=srgb_profile(),
            exif=exif,
            xmp=xmp,
            extra=meta.iptc if meta.policy is not MetadataPolicy.STRIP_ALL else b"",
        )
    elif variant.format is ImageFormat.WEBP:
        im.save(
            out,
            "WEBP",
            quality=variant.quality,
            method=4,
            icc_profile=srgb_profile(),
            exif=exif,
            xmp=xmp,
        )
    else:
        from PIL import PngImagePlugin

        info = PngImagePlugin.PngInfo()
        if xmp:
            info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
        im.save(out, "PNG", icc_profile=srgb_profile(), exif=exif, pnginfo=info)
    return out.getvalue()


# Quality steps tried before a rendition that is over its file size limit is made smaller.
_QUALITY_STEPS = (75, 65, 55)
_MAX_SHRINKS = 8


def _within(
    im: Image.Image,
    variant: ImageVariant,
    source_exif: Image.Exif,
    meta: ImageMetadata,
    data: bytes,
) -> tuple[Image.Image, bytes]:
    """Re-encode ``im`` until it fits ``variant.max_bytes``: lower quality first, then size.

    A platform refuses (or re-compresses badly) a file over its limit; a slightly smaller or
    softer image is what the user would make by hand.
    """
    assert variant.max_bytes is not None
    limit = variant.max_bytes
    for quality in _QUALITY_STEPS:
        if quality >= variant.quality or variant.format is ImageFormat.PNG:
            continue
        spec = replace(variant, quality=quality)
        data = _encode(im, spec, exif_bytes(source_exif, meta, im.size), meta)
        if len(data) <= limit:
            return im, data
        variant = spec
    for _ in range(_MAX_SHRINKS):
        if len(data) <= limit or min(im.size) <= 16:
            break
        # pixels scale with the square of the edge: aim a little under the limit
        factor = max(0.5, min(0.9, (limit / len(data)) ** 0.5 * 0.95))
        im = _resize(im, (max(1, round(im.width * factor)), max(1, round(im.height * factor))))
        meta = with_size(meta, im.size)  # face regions say the size they apply to
        data = _encode(im, variant, exif_bytes(source_exif, meta, im.size), meta)
    return im, data


def _resize(
    im: Image.Image, size: tuple[int, int], box: tuple[float, float, float, float] | None = None
) -> Image.Image:
    if box is None and im.size == size:
        return im.copy()
    # Bicubic after a DCT-scaled decode: next to Lanczos it costs ~60 % and looks the same at <= 3x
    return im.resize(size, Image.Resampling.BICUBIC, box=box, reducing_gap=2.0)


def render_photo(job: RenderJob) -> RenderResult:
    """Render all variants of one photo; failures come back as a problem, never raised."""
    configure_pillow()  # HEIC opener and pixel limit, in whichever process renders
    try:
        # Pillow's UserWarnings (corrupt EXIF, malformed MPO header ...) are about files
        # that render fine; on the terminal they read like failures. Bomb warnings are
        # RuntimeWarnings and stay.
        with (
            verified_source(job.source, job.sha256, job.size) as data,
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("ignore", UserWarning)
            return _render(job, data)
    except SourceProblem as exc:
        return RenderResult(problem=str(exc))
    except Exception as exc:  # Pillow raises TypeError, SyntaxError ... on damaged files
        # one photo's decoder error is that photo's problem, not the end of the export
        return RenderResult(
            problem=problem("export.photo_unrenderable", name=job.source, why=plain(exc))
        )


def _render(job: RenderJob, data: bytes | mmap.mmap) -> RenderResult:
    im: Image.Image = _opened(data)
    try:
        source_exif = im.getexif()
    except Exception:  # SyntaxError, struct.error ... from a damaged EXIF block
        # The catalogue keeps such photos (with a warning): render them without EXIF. PNG
        # reads EXIF by decoding the pixels, and after a failed decode Pillow treats the
        # image as loaded; open it again so that damaged pixels still fail in _decode.
        source_exif = Image.Exif()
        im = _opened(data)
    orientation = source_exif.get(0x0112, 1)
    orientation = orientation if orientation in _TRANSPOSE else 1
    swap = orientation in (5, 6, 7, 8)
    oriented = (im.height, im.width) if swap else im.size
    scales = [_scale_needed(oriented, v) for v in job.variants]
    if job.preview:
        scales.append(min(1.0, PREVIEW_EDGE / max(oriented)))
    transform = _colour_transform(im, im.info.get("icc_profile"))
    im = _decode(im, data, max(scales))
    im = _normalise_mode(im, transform is not None)
    if job.blur:
        # on the decoded picture, before any rendition or preview is made from it
        im = blur_boxes(im, [to_stored(box, orientation) for box in job.blur])
    stored = im.size
    transposed: Image.Image | None = None
    result = RenderResult()
    largest: Image.Image | None = None  # the biggest upright, uncropped, sRGB rendition
    for variant in job.variants:
        crop: tuple[float, float, float, float] | None = None  # fractions, for face regions
        if variant.aspect is not None and variant.width is not None:
            if transposed is None:
                transposed = im.transpose(_TRANSPOSE[orientation]) if orientation != 1 else im
            box = crop_box(transposed.size, variant.aspect, job.focus)
            tw, th = transposed.size
            crop = (box[0] / tw, box[1] / th, (box[2] - box[0]) / tw, (box[3] - box[1]) / th)
            # the crop is measured on the decoded (maybe DCT-scaled) pixels
            full_w = (box[2] - box[0]) * max(oriented) / max(transposed.size)
            out_w = variant.width if variant.upscale else min(variant.width, round(full_w))
            out_h = max(1, round(out_w * variant.aspect[1] / variant.aspect[0]))
            rendered = _resize(transposed, (max(1, out_w), out_h), box)
        else:
            rendered = _fit(im, stored, oriented, variant.long_edge, variant.upscale, orientation)
        rendered = _finish_colour(rendered, transform)
        if variant.aspect is None and (largest is None or rendered.width > largest.width):
            largest = rendered
        meta = for_rendition(job.metadata, rendered.size, crop)
        exif = exif_bytes(source_exif, meta, rendered.size)
        data = _encode(rendered, variant, exif, meta)
        if variant.max_bytes is not None and len(data) > variant.max_bytes:
            rendered, data = _within(rendered, variant, source_exif, meta, data)
        result.sizes.append(rendered.size)
        result.outputs.append(data)
    if job.preview:
        if largest is not None and max(largest.size) >= 2 * PREVIEW_EDGE:
            # from the rendition: upright and sRGB already, a quarter of the pixels to filter
            small = _fit(largest, largest.size, largest.size, PREVIEW_EDGE, False, 1)
        else:
            small = _fit(im, stored, oriented, PREVIEW_EDGE, False, orientation)
            small = _finish_colour(small, transform)
        spec = ImageVariant(long_edge=PREVIEW_EDGE, quality=80, progressive=True)
        result.preview = _encode(small, spec, b"", ImageMetadata(MetadataPolicy.STRIP_ALL))
    return result


def _decode(im: Image.Image, data: bytes | mmap.mmap, need: float) -> Image.Image:
    """The pixels of ``im`` (opened on ``data``), decoded no larger than ``need`` of the full
    size requires: a JPEG straight at the smallest DCT scale (M/8) that still covers it.

    Pillow's draft scales by 1/2, 1/4 and 1/8 only, so a 12 MP photo going to 2048 px (0.51)
    was decoded whole and filtered down from 12 MP. Decoding at 5/8 costs the same and leaves
    the resampler 2.6x fewer pixels: decode + resize 330 -> 250 ms per photo, and once encoded
    at Q85 the result is as close to a Lanczos resize of the full image as before and as
    vipsthumbnail's (docs/DESIGN.md, "Export speed").
    """
    size = (math.ceil(im.width * need), math.ceil(im.height * need))
    if im.format in ("JPEG", "MPO") and im.mode in ("RGB", "L"):
        try:
            pixels = simplejpeg.decode_jpeg(
                data,
                colorspace="RGB" if im.mode == "RGB" else "GRAY",
                min_width=size[0],
                min_height=size[1],
            )
        except ValueError:
            pass  # libjpeg-turbo warned (stray bytes, say): Pillow decides, as it did before
        else:
            height, width = pixels.shape[:2]
            return Image.frombuffer(im.mode, (width, height), pixels, "raw", im.mode, 0, 1)
    if im.format == "JPEG":
        im.draft(im.mode, size)  # CMYK and the like: Pillow's coarser DCT scaling
    im.load()
    return im


def _fit(
    im: Image.Image,
    stored: tuple[int, int],
    oriented: tuple[int, int],
    long_edge: int | None,
    upscale: bool,
    orientation: int,
) -> Image.Image:
    """Resize in stored orientation (cheaper), then turn upright."""
    edge = max(oriented) if long_edge is None else long_edge
    if not upscale:
        edge = min(edge, max(oriented))
    factor = edge / max(stored)  # ``stored`` may be a DCT-scaled (reduced) decode
    target = (max(1, round(stored[0] * factor)), max(1, round(stored[1] * factor)))
    out = _resize(im, target)
    return out.transpose(_TRANSPOSE[orientation]) if orientation != 1 else out
