"""What a damaged JPEG still shows: the decoded top part, grey below, as browsers, digiKam
and Photo Mechanic show it, instead of no picture at all.

Only the pictures (grid thumbnail, preview, viewer) use it, and the item keeps its warning
("truncated: about 60% decoded"); exports keep their strict decode and refuse the photo.
libjpeg-turbo (simplejpeg, ``strict=False``) fills what the data no longer holds with
mid-grey, so the decoded share is the rows above the grey run at the bottom (a progressive
file is whole but coarse instead: its share is not known). No global decoder state is
touched (Pillow's ``LOAD_TRUNCATED_IMAGES`` would make every other decode in the process
lenient), so this is safe in the viewers' threads.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from smparchive.core.messages import problem

from .safety import InputRefused, mapped
from .thumbnails import ThumbnailUnavailable

_MISSING = 128  # libjpeg-turbo's fill for blocks the data no longer holds
MIN_SHARE = 0.02  # less than this shows a grey card, not the photo: no picture then


@dataclass(frozen=True, slots=True)
class Partial:
    """A damaged JPEG decoded as far as its data goes."""

    image: Image.Image  # RGB, the stored orientation
    share: float | None  # rows decoded (0-1), None when the cut does not show as rows

    def problem(self, why: str) -> str:
        """The warning the item keeps (the catalogue's sentence; ``why``: the strict
        decoder's reason, used when the share is not known)."""
        if self.share is None:
            return problem("photo.truncated", why=why)
        percent = max(1, min(99, round(self.share * 100)))
        return problem("photo.truncated_partial", percent=percent)


class PartialPicture(ThumbnailUnavailable):
    """Pictures of a photo that decodes only in part: ``images`` show what decodes, the
    message is the warning the item keeps."""

    def __init__(self, message: str, images: dict[int, bytes]) -> None:
        super().__init__(message)
        self.images = images


def decode_partial(data: bytes | Path, size: int | None = None) -> Partial | None:
    """A damaged baseline or progressive JPEG (YCbCr or grey) decoded leniently, at the
    smallest scale whose sides cover ``size`` (full size when None); None when even that
    fails (the header itself is damaged, CMYK, too large) or next to nothing decodes.

    A path is mapped, not read: a damaged file can be any size (a hostile one padded to
    gigabytes), and the decoder touches only the pages it needs, which the system can
    drop again (file-backed, never the process's own memory); on a share that refuses
    mapping it is read up to the photo read cap (``safety.mapped``)."""
    if isinstance(data, Path):
        from .photo import READ_CAP

        try:
            with mapped(data, READ_CAP) as content:
                return _decode_partial(content, size)
        except (OSError, InputRefused):  # unreadable, or too large to read here
            return None
    return _decode_partial(data, size)


def _decode_partial(data: bytes | mmap.mmap, size: int | None) -> Partial | None:
    import simplejpeg

    from .photo import MAX_PIXELS

    try:
        height, width, colourspace, _ = simplejpeg.decode_jpeg_header(data)
        if colourspace not in ("YCbCr", "Gray") or width * height > MAX_PIXELS:
            return None
        kw = (
            {} if size is None else {"min_height": min(size, height), "min_width": min(size, width)}
        )
        pixels = simplejpeg.decode_jpeg(data, "RGB", strict=False, **kw)
    except (ValueError, MemoryError):
        return None
    share = decoded_share(pixels)
    if share is not None and share < MIN_SHARE:
        return None
    return Partial(Image.fromarray(pixels), share)


def decoded_share(pixels: object) -> float | None:
    """The share of rows above the run of missing (mid-grey) rows at the bottom of an RGB
    array, or None when there is no such run."""
    import numpy as np

    rows = np.asarray(pixels)
    height = rows.shape[0]
    if height == 0:
        return None
    missing = (rows.reshape(height, -1) == _MISSING).all(axis=1)
    present = np.flatnonzero(~missing)
    decoded = int(present[-1]) + 1 if present.size else 0
    if decoded == height:
        return None
    return float(decoded / height)
