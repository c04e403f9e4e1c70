"""Decode pictures for viewers: Pillow (EXIF orientation) to QImage, safe in worker threads."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtGui import QImage

from smparchive.core.media.partial import decode_partial
from smparchive.core.media.photo import configure_pillow
from smparchive.core.media.thumbnails import apply_orientation, to_rgb
from smparchive.core.messages import plain
from smparchive.core.thumbcache import EMBEDDED, PREVIEW, THUMB, ThumbnailCache
from smparchive.gui import problem_texts
from smparchive.gui.i18n import filled, translate

if TYPE_CHECKING:
    from smparchive.gui.tasks import TaskScope

MAX_PIXELS = 250_000_000  # larger claims are refused rather than decoded


def _missing() -> str:  # said in the interface language when raised
    return translate("viewers", "The file is missing (moved, deleted or on an offline drive).")


class DecodeError(Exception):
    """The picture cannot be shown; the message says why in one sentence, already in the
    interface language (never looked up again as a core sentence)."""

    def __init__(self, message: str) -> None:
        super().__init__(problem_texts.Shown(message))


def pil_to_qimage(im: Image.Image) -> QImage:
    """A deep-copied QImage of an RGB/RGBA Pillow image (independent of Pillow's buffer)."""
    if im.mode not in ("RGB", "RGBA"):
        im = im.convert("RGBA" if "A" in im.getbands() or "transparency" in im.info else "RGB")
    fmt = QImage.Format.Format_RGBA8888 if im.mode == "RGBA" else QImage.Format.Format_RGB888
    data = im.tobytes()
    channels = 4 if im.mode == "RGBA" else 3
    return QImage(data, im.width, im.height, im.width * channels, fmt).copy()


def decode_photo(path: str | Path, max_edge: int | None = None) -> QImage:
    """The full photo honouring EXIF orientation (optionally shrunk), or :class:`DecodeError`."""
    configure_pillow()  # HEIC: the scans that register it run in worker processes
    try:
        with Image.open(path) as im:
            if im.width * im.height > MAX_PIXELS:
                raise DecodeError(
                    filled(
                        translate("viewers", "The picture is too large to show (%1 × %2 pixels)."),
                        str(im.width),
                        str(im.height),
                    )
                )
            if max_edge:
                im.draft("RGB", (max_edge, max_edge))
            im.load()
            oriented = ImageOps.exif_transpose(im)
            if max_edge and max(oriented.size) > max_edge:
                oriented.thumbnail((max_edge, max_edge), Image.Resampling.BICUBIC)
            return pil_to_qimage(to_rgb(oriented))
    except DecodeError:
        raise
    except FileNotFoundError as exc:
        raise DecodeError(_missing()) from exc
    except UnidentifiedImageError as exc:
        raise DecodeError(
            translate("viewers", "The file is not a picture this program can read.")
        ) from exc
    except Image.DecompressionBombError as exc:
        raise DecodeError(
            translate("viewers", "The picture claims an absurd size and is refused as unsafe.")
        ) from exc
    except (OSError, ValueError, TypeError, SyntaxError, EOFError) as exc:
        partial = _partial_photo(path, max_edge)
        if partial is not None:  # a damaged JPEG: its top part, grey below (item warns)
            return partial
        # the phrase says what is wrong ("the file is cut short, ..."): said after "is damaged
        # or truncated (" it said it twice
        raise DecodeError(
            translate("viewers", "The picture cannot be shown: %1.").replace(
                "%1", problem_texts.phrase(plain(exc))
            )
        ) from exc


def _partial_photo(path: str | Path, max_edge: int | None) -> QImage | None:
    """What decodes of a damaged JPEG, oriented as the file says (None for other formats,
    or when even the lenient decoder gives nothing)."""
    # the file mapped, not read: a damaged original can be any size
    partial = decode_partial(Path(path), max_edge)
    if partial is None:
        return None
    try:
        with Image.open(path) as im:
            orientation = im.getexif().get(0x0112)
    except Exception:  # a damaged EXIF block too: shown as stored
        orientation = None
    oriented = apply_orientation(partial.image, orientation if isinstance(orientation, int) else 1)
    if max_edge and max(oriented.size) > max_edge:
        oriented.thumbnail((max_edge, max_edge), Image.Resampling.BICUBIC)
    return pil_to_qimage(oriented)


def image_from_bytes(data: bytes) -> QImage | None:
    """Decode cached JPEG bytes (already oriented); None when they do not decode."""
    image = QImage.fromData(data)
    if image.isNull():
        try:
            with Image.open(io.BytesIO(data)) as im:
                return pil_to_qimage(im.convert("RGB"))
        except Exception:
            return None
    return image


def cached_preview(cache: ThumbnailCache | None, sha256: str | None) -> QImage | None:
    """The best cached picture of an item: preview, else thumbnail, else the embedded one.
    File reads: call it on a worker (:func:`read_preview`), never on the UI thread."""
    if cache is None or not sha256:
        return None
    for size in (PREVIEW, THUMB, EMBEDDED):
        data = cache.get(sha256, size)
        if data:
            image = image_from_bytes(data)
            if image is not None:
                return image
    return None


def read_preview(
    tasks: TaskScope,
    cache: ThumbnailCache | None,
    sha256: str | None,
    on_image: Callable[[QImage | None], None],
    *,
    priority: int = 0,
) -> None:
    """Read an item's best cached picture on a worker and hand it to ``on_image`` on the UI
    thread (None when there is none, or it cannot be read). A team's cache sits on a share:
    read on the UI thread, each photo opened waited for a network round trip, and for the
    share's timeout once it had gone."""
    tasks.submit(
        lambda: cached_preview(cache, sha256),
        on_image,
        lambda _exc: on_image(None),
        priority=priority,
    )
