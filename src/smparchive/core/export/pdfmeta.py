"""Publication copies of PDFs without their document metadata.

A PDF names who wrote it, with which program and when, in two places: the document
information dictionary (Author, Creator, Producer, Title, Subject, Keywords, dates and any
custom key an organisation's tools add) and XMP packets (``/Metadata``: the document's,
often with an edit history, and one per embedded picture or page). Programs also leave
private data (``/PieceInfo``: Illustrator keeps a whole copy of its file there), and the
JPEG pictures inside keep their camera's EXIF (GPS position, serial number), IPTC and
comments. Earlier revisions of the file (incremental saves) keep the old values too.

The copy (:func:`clean_pdf`) is rewritten whole with qpdf (``pikepdf``), so no earlier
revision survives: new document information holding only the catalogue's title and
creator under the publication policy (the document's own title when the catalogue has
none: an accessible PDF needs one), a fresh XMP packet with the same and the PDF/A and
PDF/UA conformance claims the document made (a PDF/A without them is no longer one),
written by smparchive and saying so (``x:xmptk``; no other program is named in it),
no other ``/Metadata`` or ``/PieceInfo``, and the JPEG pictures without their metadata
segments (EXIF, XMP, IPTC, makers' own, comments: ``jpegstrip``; a turned picture keeps
its orientation alone), byte for byte otherwise (no re-encoding), and the JPEG 2000
pictures (``/JPXDecode``) without their XML, UUID (XMP, EXIF, GeoJP2) and rights boxes and
their code stream's comments (``jp2strip``: the compressed data byte for byte; one that
cannot be read to its end leaves the PDF out). A picture is read whole to be cleaned, so
one larger than ``MAX_DOCUMENT_PICTURE`` (a hostile file, a huge scan, or a few KB of Flate
around it inflating to gigabytes: measured as it inflates, never held) leaves the PDF out
with that reason, as a deck over its caps is: never read whole, never published with its
camera's metadata.
The pages, their text, pictures, links, annotations and attachments are the document's
content and are kept. An encrypted PDF that opens without a password keeps its encryption
and permissions; one that needs a password cannot be cleaned (:class:`PdfCleanError`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as _escape

from smparchive.core.export.jp2strip import strip_jp2_metadata
from smparchive.core.export.jpegstrip import strip_jpeg_metadata
from smparchive.core.media.safety import MAX_DOCUMENT_PICTURE
from smparchive.core.messages import PHRASES, plain
from smparchive.core.progress import CancelToken

if TYPE_CHECKING:  # imported where used: qpdf costs ~40 ms of every command's start
    import pikepdf

__all__ = ["PDF_MIME", "PdfCleanError", "clean_pdf", "clean_pdf_bytes"]

PDF_MIME = "application/pdf"

_PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"
_PDFUAID = "{http://www.aiim.org/pdfua/ns/id/}"
_DC = "http://purl.org/dc/elements/1.1/"
_DC_TITLE = "{" + _DC + "}title"
TOOLKIT = "smparchive"  # x:xmptk, as in the XMP of exported pictures and sidecars
# qpdf's warning for a stream whose /Length is wrong: (object n g, offset o) ... length: N
_RECOVERED = re.compile(r"\(object (\d+) (\d+), offset \d+\): recovered stream length: (\d+)")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """``text`` for XML, without the characters XML 1.0 cannot hold."""
    return _escape(_NOT_XML.sub("", text))


class PdfCleanError(Exception):
    """The PDF could not be rewritten without its metadata (the message says why)."""


def _objects(pdf: pikepdf.Pdf) -> Iterator[Any]:
    import pikepdf

    for obj in pdf.objects:
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            yield obj


def _own_facts(pdf: pikepdf.Pdf) -> tuple[str, dict[str, str]]:
    """The document's title (its XMP's, else its information dictionary's) and the PDF/A
    and PDF/UA conformance its XMP states (qualified names), from one read of the XMP."""
    import pikepdf

    title, claims = "", {}
    if "/Metadata" in pdf.Root:
        try:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                title = str(meta.get(_DC_TITLE) or "")
                claims = {
                    str(k): str(meta[k])
                    for k in list(meta.keys())
                    if str(k).startswith((_PDFAID, _PDFUAID))
                }
        except Exception:  # unreadable XMP claims nothing this can keep
            pass
    if not title:
        info = pdf.trailer.get("/Info")
        own = info.get("/Title") if isinstance(info, pikepdf.Dictionary) else None
        title = str(own) if isinstance(own, pikepdf.String) else ""
    return title, claims


def _rewrite(
    pdf: pikepdf.Pdf, title: str, creator: str, own_title: bool, cancel: CancelToken | None
) -> None:
    import pikepdf

    own, claims = _own_facts(pdf)
    title = title or (own if own_title else "")
    if not title:  # PDF/UA needs the document's title: without one the claim is not true
        claims = {k: v for k, v in claims.items() if not k.startswith(_PDFUAID)}
    for obj in _objects(pdf):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for key in ("/Metadata", "/PieceInfo"):
            if key in obj:
                del obj[key]
        picture = _picture(pdf, obj) if isinstance(obj, pikepdf.Stream) else None
        if picture is not None:
            raw, parms, chained, kind = picture
            if kind == pikepdf.Name.DCTDecode:
                clean = strip_jpeg_metadata(raw)
            else:
                clean = strip_jp2_metadata(raw)
            if clean is not raw or chained:
                obj.write(clean, filter=kind, decode_parms=parms)
    info = pikepdf.Dictionary()
    if title:
        info.Title = pikepdf.String(title)
    if creator:
        info.Author = pikepdf.String(creator)
    if "/Info" in pdf.trailer:
        del pdf.trailer.Info
    if len(info):
        pdf.trailer.Info = pdf.make_indirect(info)
    if title or creator or claims:
        pdf.Root.Metadata = pdf.make_stream(
            xmp_packet(title, creator, claims),
            Type=pikepdf.Name.Metadata,
            Subtype=pikepdf.Name.XML,
        )


_PREFIXES = {_PDFAID: "pdfaid", _PDFUAID: "pdfuaid"}


def xmp_packet(title: str, creator: str, claims: dict[str, str]) -> bytes:
    """The published PDF's XMP: its title, creator and conformance claims (qualified names,
    as :func:`_own_facts` reads them), each namespace declared once, naming smparchive as
    the program that wrote it (pikepdf's editor would claim to be the toolkit)."""
    props: list[str] = []
    used = {"dc"} if title or creator else set()
    for key, value in sorted(claims.items()):
        uri, _, local = key.partition("}")
        prefix = _PREFIXES.get(uri + "}")
        if prefix is None or not local.isidentifier():
            continue
        used.add(prefix)
        props.append(f"   <{prefix}:{local}>{escape(value)}</{prefix}:{local}>")
    if title:
        props.append(
            "   <dc:title>\n    <rdf:Alt>\n"
            f'     <rdf:li xml:lang="x-default">{escape(title)}</rdf:li>\n'
            "    </rdf:Alt>\n   </dc:title>"
        )
    if creator:
        props.append(
            f"   <dc:creator>\n    <rdf:Seq>\n     <rdf:li>{escape(creator)}</rdf:li>\n"
            "    </rdf:Seq>\n   </dc:creator>"
        )
    uris = {"dc": _DC, "pdfaid": _PDFAID[1:-1], "pdfuaid": _PDFUAID[1:-1]}
    xmlns = "".join(f'\n    xmlns:{p}="{uri}"' for p, uri in uris.items() if p in used)
    lines = [
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="{TOOLKIT}">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        f'  <rdf:Description rdf:about=""{xmlns}>',
        *props,
        "  </rdf:Description>",
        " </rdf:RDF>",
        "</x:xmpmeta>",
        '<?xpacket end="w"?>',
    ]
    return "\n".join(lines).encode("utf-8")


def _picture(pdf: pikepdf.Pdf, obj: pikepdf.Stream) -> tuple[bytes, Any, bool, Any] | None:
    """A JPEG or JPEG 2000 picture's bytes, its decoding parameters, whether other filters
    wrapped it and its filter, for a stream whose last filter is DCTDecode or JPXDecode;
    else None.

    Producers write ``/DCTDecode`` alone, in an array of one, or after a lossless filter
    (``[/FlateDecode /DCTDecode]``, ``[/ASCII85Decode /DCTDecode]``). qpdf decodes no chain
    that ends in a lossy filter, so the lossless ones are decoded here, one by one and within
    the cap (:func:`_unwrapped`), and the picture goes back as plain DCTDecode."""
    import pikepdf

    lossy = (pikepdf.Name.DCTDecode, pikepdf.Name.JPXDecode)
    filters = obj.get("/Filter")
    chain: list[Any] = list(filters) if isinstance(filters, pikepdf.Array) else []
    if filters not in lossy and (not chain or chain[-1] not in lossy):
        return None
    _within_cap(pdf, obj)
    if filters in lossy:
        own = obj.get("/DecodeParms")
        alone = own if isinstance(own, pikepdf.Dictionary) else None
        return obj.read_raw_bytes(), alone, False, filters
    kind = chain[-1]
    every = obj.get("/DecodeParms")
    parms: list[Any] = list(every) if isinstance(every, pikepdf.Array) else [None] * len(chain)
    if len(parms) != len(chain):
        return None  # a malformed chain: left as it is
    last = parms[-1] if isinstance(parms[-1], pikepdf.Dictionary) else None
    if len(chain) == 1:
        return obj.read_raw_bytes(), last, True, kind
    decoded = obj.read_raw_bytes()
    for name, own in zip(chain[:-1], parms[:-1], strict=True):
        step = _unwrapped(pdf, decoded, name, own)
        if step is None:
            return None  # a lossless filter qpdf cannot decode (or damaged data)
        decoded = step
    return decoded, last, True, kind


# the most bytes one input byte decodes to, for the lossless filters qpdf decodes here
# (Flate is inflated in bounded steps instead): two hex digits make a byte, a run of up to
# 128 bytes takes two, a 12-bit LZW code stands for up to 4096 bytes
_MOST_OUT = {"/ASCIIHexDecode": 1, "/RunLengthDecode": 64, "/LZWDecode": 2731}


def _unwrapped(pdf: pikepdf.Pdf, data: bytes, name: Any, parms: Any) -> bytes | None:
    """``data`` decoded by one lossless filter, refused as soon as it would hold more than
    ``MAX_DOCUMENT_PICTURE`` (a few KB of Flate can inflate to gigabytes, and qpdf gives a
    stream's bytes whole); None when the filter cannot decode it (left as it is)."""
    import zlib

    import pikepdf

    cap = MAX_DOCUMENT_PICTURE
    if name == pikepdf.Name.FlateDecode:
        try:
            if _inflated_size(data, cap) > cap:
                raise PdfCleanError(PHRASES["picture_too_large"])
            if not isinstance(parms, pikepdf.Dictionary) or int(parms.get("/Predictor", 1)) <= 1:
                return zlib.decompressobj().decompress(data)  # within the cap: known now
        except zlib.error:
            return None
        # a predictor only takes bytes away from what was inflated: qpdf undoes it
    elif name == pikepdf.Name.ASCII85Decode:
        if len(data) + 3 * data.count(b"z") > cap:  # five characters make 4 bytes, "z" four
            raise PdfCleanError(PHRASES["picture_too_large"])
    elif str(name) in _MOST_OUT:
        if len(data) * _MOST_OUT[str(name)] > cap:
            raise PdfCleanError(PHRASES["picture_too_large"])
    else:
        return None  # no lossless filter qpdf decodes (a picture's own, or damaged)
    scratch = pikepdf.Stream(pdf, data)
    scratch.Filter = name
    if isinstance(parms, pikepdf.Dictionary):
        scratch.DecodeParms = parms
    try:
        return scratch.read_bytes()
    except pikepdf.PdfError:  # a filter qpdf cannot decode (or damaged data)
        return None


def _inflated_size(data: bytes, cap: int) -> int:
    """How many bytes Flate ``data`` inflates to, counted in 1 MB steps that are let go at
    once, up to just past ``cap`` (a bomb is measured, never held). Raises zlib.error."""
    import zlib

    inflater, total, rest = zlib.decompressobj(), 0, data
    while total <= cap:
        step = inflater.decompress(rest, 1 << 20)
        if not step:
            break
        total += len(step)
        rest = inflater.unconsumed_tail
    return total


def _within_cap(pdf: pikepdf.Pdf, obj: pikepdf.Stream) -> None:
    """Refuse a picture stream larger than ``MAX_DOCUMENT_PICTURE`` before reading it, by
    its length: the one qpdf recovered when the file's ``/Length`` is wrong (a hostile
    file may say 10 bytes of 500 MB), else its ``/Length``."""
    own = obj.get("/Length")
    length = own if isinstance(own, int) else None
    n, g = obj.objgen
    for warning in reversed(pdf.get_warnings()):  # said as the object was parsed
        found = _RECOVERED.search(warning)
        if found is not None and (int(found[1]), int(found[2])) == (n, g):
            length = int(found[3])
            break
    if length is not None and length > MAX_DOCUMENT_PICTURE:
        raise PdfCleanError(PHRASES["picture_too_large"])


def _cleaned(
    source: Path | bytes, title: str, creator: str, own_title: bool, cancel: CancelToken | None
) -> Any:
    """The opened and rewritten document (the caller saves and closes it)."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    except pikepdf.PasswordError as exc:
        raise PdfCleanError(PHRASES["password"]) from exc
    except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as exc:
        raise PdfCleanError(plain(exc)) from exc
    try:
        _rewrite(pdf, title, creator, own_title, cancel)
    except BaseException as exc:
        pdf.close()
        if isinstance(exc, (pikepdf.PdfError, ValueError, RuntimeError, KeyError, TypeError)):
            raise PdfCleanError(plain(exc)) from exc
        raise
    return pdf


def _save(pdf: Any, target: Path | io.BytesIO) -> None:
    import pikepdf

    try:
        # encryption=True keeps the document's own encryption and its permissions; the
        # XMP is ours and names no PDF version, so pikepdf need not rewrite it
        pdf.save(target, encryption=bool(pdf.is_encrypted), fix_metadata_version=False)
    except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as exc:
        raise PdfCleanError(plain(exc)) from exc
    finally:
        pdf.close()


def clean_pdf(
    source: Path,
    target: Path,
    title: str = "",
    creator: str = "",
    own_title: bool = True,
    cancel: CancelToken | None = None,
) -> None:
    """Write ``target``: ``source`` without its metadata (see the module's text).

    ``own_title``: keep the document's title when ``title`` is empty (publication; not when
    every piece of metadata is stripped). Raises :class:`PdfCleanError`; ``target`` is
    removed on any failure.
    """
    try:
        _save(_cleaned(source, title, creator, own_title, cancel), target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def clean_pdf_bytes(
    data: bytes, title: str = "", creator: str = "", own_title: bool = True
) -> bytes:
    """``data`` (a whole PDF) without its metadata (as :func:`clean_pdf`); raises
    :class:`PdfCleanError`."""
    out = io.BytesIO()
    _save(_cleaned(data, title, creator, own_title, None), out)
    return out.getvalue()
