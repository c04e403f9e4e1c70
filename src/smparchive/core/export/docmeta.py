"""Publication copies of PowerPoint decks (PPTX) without their document properties.

A deck's package names who wrote it and who saved it last (``docProps/core.xml``: creator,
lastModifiedBy, keywords, comments, revision), their company and manager
(``docProps/app.xml``) and whatever custom properties an organisation's tools added
(``docProps/custom.xml``: sensitivity labels, document ids). The copy gets new core
properties (the catalogue's title and creator under the publication policy, none stripped),
app.xml without Company and Manager, an empty custom.xml, and its pictures without their
metadata, told apart by their first bytes (``picturestrip``): JPEG without their camera's
EXIF, XMP and IPTC (``jpegstrip``: the compressed picture byte for byte), PNG without their
text, EXIF and time chunks (``pngstrip``), TIFF with only the tags that show them
(``tiffstrip``: no artist, EXIF, GPS or XMP; the strips byte for byte), GIF without
comments and XMP (``gifstrip``: the frames byte for byte), WebP without EXIF and XMP
(``webpstrip``), SVG drawings without their RDF metadata, comments and editors' elements
and attributes (``svgstrip``: Inkscape's export path in the author's home folder; the
drawing elements unchanged), and its sounds and videos remuxed without their metadata
(``videometa``: a phone clip's GPS position, make and model; one that cannot be remuxed
leaves the deck out). Its thumbnail (``docProps/thumbnail.jpeg``: the first slide as it was
last saved, perhaps before an edit that removed something from it) is left out with its
relationship; file browsers draw the slide themselves. A workbook, document or deck
embedded in a slide (``ppt/embeddings/*.xlsx``: a chart's data, an OLE object) is a package
of its own with its own authors and company: it is cleaned the same way, with empty core
properties (its title and authors are not the catalogue's). An object embedded in the older
binary format (``oleObject*.bin``, ``.doc``, ``.xls``: an OLE compound file whose summary
information names its author, company and who saved it last) cannot be cleaned in place, so
the deck is left out with the reason (:data:`EMBEDDED_OBJECT`), as is one with an ActiveX
control (``ppt/activeX/``: OLE data such as a media player's clip path in the author's home
folder; the slide's ``p:control`` refers to it, so leaving it out would break the slide)
and one with a picture that holds metadata but cannot be read whole. Review comments
(``ppt/comments/``, classic and threaded, with ``commentAuthors.xml``/``authors.xml``:
reviewers' names, initials and remarks such as "remove this figure before publishing") are
left out with their relationships, as PowerPoint's Document Inspector removes them; they
are not shown when the deck is presented. So are the printer settings saved with it
(``ppt/printerSettings/``: the office printer's name), its custom XML data (``customXml/``:
a SharePoint or OneDrive library's columns, who the deck is shared with and their e-mail
addresses, the item and content type ids; an add-in's data, whose ``custData`` references
on the slides go with it), as Word's and Excel's Document Inspector removes custom XML
data, and its sensitivity label (``docMetadata/LabelInfo.xml``: the label's and the
organisation's tenant ids, an internal classification). Every other part is copied member
by member, unchanged (the slides and their speaker notes: the deck's content). Memory stays
bounded: members are streamed, pictures of any size too, embedded packages through
temporary files (a picture that holds metadata but cannot be cleaned leaves the deck out:
:class:`DeckCleanError`). An export for the archive copies the deck's bytes.
"""

from __future__ import annotations

import copy
import functools
import re
import shutil
import tempfile
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from smparchive.core.export.picturestrip import PICTURE_ERRORS, strip_picture
from smparchive.core.export.videometa import VideoCleanError, clean_video
from smparchive.core.media.safety import UnsafeContentError, read_member
from smparchive.core.messages import PHRASES, plain
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


_RELS = "_rels/.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_THUMBNAIL_TYPE = b"/metadata/thumbnail"
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?/>")
_TYPE = re.compile(rb'\bType="([^"]*)"')
_TARGET = re.compile(rb'\bTarget="([^"]*)"')
# ppt/media/ in a deck, xl/media/ or word/media/ in a package embedded in it
_MEDIA = re.compile(r"^(ppt|xl|word)/media/")
# the sounds and videos a deck plays (a phone's clip with its GPS position), by name
_RECORDING = re.compile(
    r"\.(mp4|m4v|mov|qt|3gp|m4a|mp3|wav|wma|wmv|asf|avi|mpe?g|aac|ogg|ogv|webm|mkv)$"
)
_EMBEDDING = re.compile(r"^(ppt|xl|word)/embeddings/[^/]+$")
_MAX_DEPTH = 3  # packages inside packages: a deeper one leaves the deck out
# Parts a published deck leaves out: its review comments and their authors (PowerPoint
# 2007-2019 and threaded comments), the printer settings saved with it (a DEVMODE naming
# the office's printer, \\print01\HR-3rd-floor), its custom XML data (a SharePoint or
# OneDrive library's columns: people's names and e-mail addresses, content type and item
# ids; an add-in's data) and its sensitivity label (the label's and the tenant's ids)
_PRIVATE_PART = re.compile(
    r"^(ppt/(comments/(_rels/)?[^/]+|commentAuthors\.xml|authors\.xml"
    r"|_rels/(commentAuthors|authors)\.xml\.rels|printerSettings/[^/]+)"
    r"|customXml/(_rels/)?[^/]+|docMetadata/LabelInfo\.xml)$"
)
_CUSTOM_XML_TYPE = b"/customXml"
_PRIVATE_TYPES = (
    b"/comments",
    b"/commentAuthors",
    b"/authors",
    b"/printerSettings",
    _CUSTOM_XML_TYPE,
    b"/classificationlabels",
)
_PRIVATE_OVERRIDES = (
    rb"/(?:ppt/(?:comments/[^\"]*|commentAuthors\.xml|authors\.xml|printerSettings/[^\"]*)"
    rb"|customXml/[^\"]*|docMetadata/LabelInfo\.xml)"
)
_ID = re.compile(rb'\bId="([^"]*)"')
# a slide's (or the presentation's) reference to custom XML data left out
_CUSTOMER_DATA = re.compile(rb'<(?:\w+:)?custData\b[^>]*?\bid="([^"]*)"[^>]*/>')
# ActiveX controls (a form field, an old Windows Media Player with its file's path on the
# author's disk): persisted as OLE data, referenced from the slides' controls and their
# VML drawings; left out, they would break the deck, so the deck is (EMBEDDED_OBJECT)
_ACTIVEX = re.compile(r"^(ppt|xl|word)/activeX/")


class DeckCleanError(Exception):
    """The deck could not be rewritten (the message says why)."""


# Why a deck is left out when an object is embedded in it in the older binary format
# (``oleObject*.bin``, ``.doc``, ``.xls``: an OLE compound file whose summary information
# names its author, company and who saved it last) or too deep to be cleaned. Rewriting
# such a file is not attempted, as PowerPoint's Document Inspector does not: it reports
# embedded objects and leaves replacing them with a picture to the author.
EMBEDDED_OBJECT = PHRASES["embedded_object"]
# Why a deck is left out when a sound or video it plays cannot be remuxed without its
# metadata (FFmpeg cannot read it): never published with a phone's GPS position
RECORDING = PHRASES["recording_unreadable"]


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
        with tempfile.TemporaryDirectory(prefix="smparchive-deck-") as tmp:
            _clean_package(source, target, _core(title, creator), Path(tmp), cancel, 0)
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        UnsafeContentError,  # a metadata part too large to read (a hostile package)
        *PICTURE_ERRORS,
    ) as exc:
        target.unlink(missing_ok=True)
        raise DeckCleanError(plain(exc)) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _thumbnail(zin: zipfile.ZipFile) -> str | None:
    """The package's thumbnail part (a picture of its first page as last saved), from the
    package relationships; None when it has none."""
    try:
        rels = read_member(zin, _RELS)
    except KeyError:
        return None
    for rel in _RELATIONSHIP.findall(rels):
        kind, target = _TYPE.search(rel), _TARGET.search(rel)
        if kind and target and kind.group(1).endswith(_THUMBNAIL_TYPE):
            return target.group(1).decode("utf-8", "replace").lstrip("/")
    return None


def _without_relationships(data: bytes, types: tuple[bytes, ...]) -> bytes:
    """Relationships (a ``.rels`` part) without those whose type ends with one of ``types``."""
    return _RELATIONSHIP.sub(
        lambda m: (
            b"" if (t := _TYPE.search(m.group(0))) and t.group(1).endswith(types) else m.group(0)
        ),
        data,
    )


def _without_overrides(data: bytes, part_names: bytes) -> bytes:
    """Content types without the overrides of the parts ``part_names`` (a pattern) matches."""
    return re.sub(rb'<Override\b[^>]*PartName="' + part_names + rb'"[^>]*/>', b"", data)


def _without_thumbnail(data: bytes, name: str, thumbnail: str) -> bytes:
    """The package relationships or content types with no mention of ``thumbnail``."""
    if name == _RELS:
        return _without_relationships(data, (_THUMBNAIL_TYPE,))
    return _without_overrides(data, re.escape(("/" + thumbnail).encode("utf-8")))


def _without_private(data: bytes, name: str) -> bytes:
    """Relationships or content types with no mention of the parts left out."""
    if name == _CONTENT_TYPES:
        return _without_overrides(data, _PRIVATE_OVERRIDES)
    return _without_relationships(data, _PRIVATE_TYPES)


def _customer_data(zin: zipfile.ZipFile) -> dict[str, set[bytes]]:
    """The parts (a slide, the presentation) that refer to custom XML data by relationship
    id (``<p:custData r:id=...>``: an add-in's data), with those ids: once the data is left
    out, an id left behind would make PowerPoint repair the deck."""
    refs: dict[str, set[bytes]] = {}
    for name in zin.namelist():
        folder, _, rels = name.rpartition("_rels/")
        if not rels.endswith(".rels") or not folder:
            continue  # not a part's relationships, or the package's own
        data = read_member(zin, name)
        if _CUSTOM_XML_TYPE not in data:
            continue
        ids = {
            rel_id.group(1)
            for rel in _RELATIONSHIP.findall(data)
            if (t := _TYPE.search(rel))
            and t.group(1).endswith(_CUSTOM_XML_TYPE)
            and (rel_id := _ID.search(rel))
        }
        if ids:
            refs[folder + rels.removesuffix(".rels")] = ids
    return refs


def _without_customer_data(data: bytes, ids: set[bytes]) -> bytes:
    """A part's XML without its references (``custData``) to the relationships ``ids``."""
    return _CUSTOMER_DATA.sub(lambda m: b"" if m.group(1) in ids else m.group(0), data)


def embedded_object(path: Path) -> bool:
    """True when :func:`clean_pptx` would leave the deck out for an object embedded in the
    older binary format or an ActiveX control (:data:`EMBEDDED_OBJECT`): read from the
    package's directory and each embedding's first bytes, so the preflight can say it
    before the export runs. A deck that cannot be read says nothing here (the export says
    why). The answer is kept per file version: the dialog checks again at every change
    of a setting, and a session's decks may sit on a slow share."""
    try:
        stat = path.stat()
    except OSError:
        return False
    return _embedded_object(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=512)
def _embedded_object(path: str, _size: int, _mtime_ns: int) -> bool:
    """:func:`embedded_object` of one version of a file (its size and time are the key)."""
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if _ACTIVEX.match(info.filename):
                    return True
                if _EMBEDDING.search(info.filename):
                    with z.open(info) as member:
                        if member.read(4) != b"PK\x03\x04":  # not an OOXML package
                            return True
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError):
        return False
    return False


def _is_package(path: Path) -> bool:
    """An Office Open XML package (an embedded workbook, document or deck)."""
    try:
        with zipfile.ZipFile(path) as z:
            return _CONTENT_TYPES in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _clean_package(
    source: Path,
    target: Path,
    core: bytes,
    tmp: Path,
    cancel: CancelToken | None,
    depth: int,
) -> None:
    """``source`` (an OOXML package) to ``target`` with ``core`` as its core properties, no
    company, manager, custom properties or thumbnail, its pictures without their metadata,
    and its embedded packages cleaned the same way (with empty core properties)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "x") as zout:
        thumbnail = _thumbnail(zin)
        private = depth == 0 and any(_PRIVATE_PART.match(n) for n in zin.namelist())
        customer_data = _customer_data(zin) if private else {}
        for info in zin.infolist():
            if cancel is not None:
                cancel.raise_if_cancelled()
            name = info.filename
            if _ACTIVEX.match(name):
                raise DeckCleanError(EMBEDDED_OBJECT)
            if name == _CORE:
                zout.writestr(info, core)
            elif name == _APP:
                zout.writestr(info, _APP_PRIVATE.sub(b"", read_member(zin, name)))
            elif name == _CUSTOM:
                zout.writestr(info, _EMPTY_CUSTOM)
            elif thumbnail is not None and name == thumbnail:
                continue  # the first page as it once was, maybe before an edit
            elif private and _PRIVATE_PART.match(name):
                continue  # reviewers' names and remarks, the office's printer, SharePoint's
            elif name in customer_data:  # its references to the custom XML data left out
                zout.writestr(
                    info, _without_customer_data(read_member(zin, name), customer_data[name])
                )
            elif (thumbnail is not None and name in (_RELS, _CONTENT_TYPES)) or (
                private and (name == _CONTENT_TYPES or name.endswith(".rels"))
            ):
                data = read_member(zin, name)
                if thumbnail is not None and name in (_RELS, _CONTENT_TYPES):
                    data = _without_thumbnail(data, name, thumbnail)
                if private:
                    data = _without_private(data, name)
                zout.writestr(info, data)
            elif _MEDIA.match(name.lower()) and _RECORDING.search(name.lower()):
                _copy_recording(zin, zout, info, tmp, cancel)
            elif _MEDIA.match(name.lower()):
                _copy_picture(zin, zout, info, tmp)
            elif _EMBEDDING.search(name):
                if depth >= _MAX_DEPTH:
                    raise DeckCleanError(EMBEDDED_OBJECT)
                _copy_embedding(zin, zout, info, tmp, cancel, depth)
            else:
                with zin.open(info) as src, zout.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)


def _copy_embedding(
    zin: zipfile.ZipFile,
    zout: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    tmp: Path,
    cancel: CancelToken | None,
    depth: int,
) -> None:
    """An embedded object: a workbook, document or deck (an OOXML package, with its own
    authors and company) cleaned like the deck, through files (bounded memory); anything
    else (an OLE object) refused: :data:`EMBEDDED_OBJECT`."""
    raw = tmp / f"embedded-{depth}"
    with zin.open(info) as src, open(raw, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    if not _is_package(raw):
        raise DeckCleanError(EMBEDDED_OBJECT)
    source = tmp / f"cleaned-{depth}"
    _clean_package(raw, source, _core("", ""), tmp, cancel, depth + 1)
    with open(source, "rb") as src, zout.open(copy.copy(info), "w", force_zip64=True) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    raw.unlink()
    source.unlink(missing_ok=True)


def _copy_picture(
    zin: zipfile.ZipFile, zout: zipfile.ZipFile, info: zipfile.ZipInfo, tmp: Path
) -> None:
    """A picture of the package without its metadata (``picturestrip``; other media as
    they are), streamed."""
    # a copy: writing sets the entry's offset in the target, and the picture is read more
    # than once from the source (its kind, its structure, then copied)
    with zout.open(copy.copy(info), "w") as dst:
        strip_picture(functools.partial(zin.open, info), dst, info.filename, tmp)


def _copy_recording(
    zin: zipfile.ZipFile,
    zout: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    tmp: Path,
    cancel: CancelToken | None,
) -> None:
    """A sound or video of the package remuxed without its metadata, as a published
    recording is (``videometa``: stream copy, no tags), through files; one that cannot be
    remuxed leaves the deck out (:data:`RECORDING`)."""
    suffix = Path(info.filename).suffix.lower()
    raw, clean = tmp / f"recording{suffix}", tmp / f"recording-clean{suffix}"
    with zin.open(info) as src, open(raw, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    try:
        clean_video(raw, clean, {}, cancel)
    except VideoCleanError as exc:
        raise DeckCleanError(RECORDING) from exc
    finally:
        raw.unlink()
    with open(clean, "rb") as src, zout.open(copy.copy(info), "w", force_zip64=True) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    clean.unlink()
