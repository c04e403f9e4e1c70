"""Publication copies of PowerPoint decks (PPTX) without their document properties.

A deck's package names who wrote it and who saved it last (``docProps/core.xml``: creator,
lastModifiedBy, keywords, comments, revision), their company and manager
(``docProps/app.xml``) and whatever custom properties an organisation's tools added
(``docProps/custom.xml``: sensitivity labels, document ids). The copy gets new core
properties (the catalogue's title and creator under the publication policy, none
stripped), app.xml without Company and Manager, an empty custom.xml, and its JPEG pictures
without their camera's EXIF, XMP and IPTC (``jpegstrip``: the compressed picture byte for
byte), its PNG pictures without their text, EXIF and time chunks (``pngstrip``: the
pixel data byte for byte); every other part is copied member by member, unchanged (the
slides and their comments too: those are the deck's content, not cleared here). Memory
stays bounded: members are streamed, pictures of any size too (a picture that holds
metadata but cannot be cleaned leaves the deck out: :class:`DeckCleanError`).
"""

from __future__ import annotations

import copy
import functools
import re
import shutil
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from smparchive.core.export.jpegstrip import JpegStripError, strip_jpeg_stream
from smparchive.core.export.pngstrip import strip_png_stream
from smparchive.core.progress import CancelToken

__all__ = ["PPTX_MIME", "DeckCleanError", "clean_pptx"]

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

_CORE = "docProps/core.xml"
_APP = "docProps/app.xml"
_CUSTOM = "docProps/custom.xml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CORE_NS = (
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)
_EMPTY_CUSTOM = (
    _HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"/>'
).encode()
_APP_PRIVATE = re.compile(rb"<(Company|Manager)>[^<]*</\1>|<(?:Company|Manager)\s*/>")


_MEDIA = "ppt/media/"


def _is_jpeg_media(info: zipfile.ZipInfo) -> bool:
    """A JPEG picture of the deck (a photo pasted on a slide: its camera's EXIF with it)."""
    name = info.filename.lower()
    return name.startswith(_MEDIA) and name.endswith((".jpg", ".jpeg"))


def _is_png_media(info: zipfile.ZipInfo) -> bool:
    """A PNG picture of the deck (its text and EXIF chunks with it)."""
    name = info.filename.lower()
    return name.startswith(_MEDIA) and name.endswith(".png")


class DeckCleanError(Exception):
    """The deck could not be rewritten (the message says why)."""


def _core(title: str, creator: str) -> bytes:
    fields = "".join(
        f"<{tag}>{escape(value)}</{tag}>"
        for tag, value in (("dc:title", title), ("dc:creator", creator))
        if value
    )
    return f"{_HEAD}<cp:coreProperties {_CORE_NS}>{fields}</cp:coreProperties>".encode()


def clean_pptx(
    source: Path,
    target: Path,
    title: str = "",
    creator: str = "",
    cancel: CancelToken | None = None,
) -> None:
    """Write ``target``: ``source`` with new document properties (see the module's text).

    Raises :class:`DeckCleanError`; ``target`` is removed on any failure.
    """
    try:
        with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "x") as zout:
            for info in zin.infolist():
                if cancel is not None:
                    cancel.raise_if_cancelled()
                name = info.filename
                if name == _CORE:
                    zout.writestr(info, _core(title, creator))
                elif name == _APP:
                    zout.writestr(info, _APP_PRIVATE.sub(b"", zin.read(info)))
                elif name == _CUSTOM:
                    zout.writestr(info, _EMPTY_CUSTOM)
                elif _is_jpeg_media(info) or _is_png_media(info):
                    strip = strip_jpeg_stream if _is_jpeg_media(info) else strip_png_stream
                    # a copy: writing sets the entry's offset in the target, and the picture
                    # is read twice from the source (checked, then copied)
                    with zout.open(copy.copy(info), "w") as dst:
                        strip(functools.partial(zin.open, info), dst)
                else:
                    with zin.open(info) as src, zout.open(info, "w") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        JpegStripError,
    ) as exc:
        target.unlink(missing_ok=True)
        raise DeckCleanError(str(exc) or type(exc).__name__) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise
