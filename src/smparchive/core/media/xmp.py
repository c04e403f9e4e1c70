"""Read and write XMP packets and sidecars (the descriptive fields smparchive cares about)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from .info import CaptureTime, MediaInfo, TimeSource
from .safety import UnsafeContentError, parse_xml

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "digiKam": "http://www.digikam.org/ns/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "plus": "http://ns.useplus.org/ldf/xmp/1.0/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
}
_RDF = "{" + NS["rdf"] + "}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DEFAULT_LANG = "x-default"

PropType = Literal["alt", "bag", "seq", "text", "uri"]

# XmpFields attribute -> (prefix, property, XMP value type)
PROPERTIES: dict[str, tuple[str, str, PropType]] = {
    "title": ("dc", "title", "alt"),
    "description": ("dc", "description", "alt"),
    "subject": ("dc", "subject", "bag"),
    "hierarchical_subject": ("lr", "hierarchicalSubject", "bag"),
    "tags_list": ("digiKam", "TagsList", "seq"),
    "rating": ("xmp", "Rating", "text"),
    "label": ("xmp", "Label", "text"),
    "credit": ("photoshop", "Credit", "text"),
    "creator": ("dc", "creator", "seq"),
    "rights": ("dc", "rights", "alt"),
    "usage_terms": ("xmpRights", "UsageTerms", "alt"),
    "event": ("Iptc4xmpExt", "Event", "alt"),
    "person_in_image": ("Iptc4xmpExt", "PersonInImage", "bag"),
    "model_release_status": ("plus", "ModelReleaseStatus", "uri"),
    "alt_text": ("Iptc4xmpCore", "AltTextAccessibility", "alt"),
    "orientation": ("tiff", "Orientation", "text"),
    "date_created": ("photoshop", "DateCreated", "text"),
}
# Where a capture time may sit, best first (exif:DateTimeOriginal is what the camera wrote).
_DATE_SOURCES = (("exif", "DateTimeOriginal"), ("photoshop", "DateCreated"), ("xmp", "CreateDate"))

_PACKET_RE = re.compile(rb"<x:x[am]pmeta\b.*?</x:x[am]pmeta>|<rdf:RDF\b.*?</rdf:RDF>", re.DOTALL)
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE_RE = re.compile(
    r"^(\d{4})(?:[-:](\d{2})(?:[-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


class XmpError(ValueError):
    """The data is not a usable XMP packet."""


@dataclass(slots=True)
class XmpFields:
    """The XMP properties smparchive reads and writes; lang-alt values map language to text."""

    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    subject: list[str] = field(default_factory=list)
    hierarchical_subject: list[str] = field(default_factory=list)  # "A|B|C"
    tags_list: list[str] = field(default_factory=list)  # digiKam "A/B/C"
    rating: int | None = None  # -1 rejected, 0 unrated, 1-5
    label: str | None = None
    credit: str | None = None
    creator: list[str] = field(default_factory=list)
    rights: dict[str, str] = field(default_factory=dict)
    usage_terms: dict[str, str] = field(default_factory=dict)
    event: dict[str, str] = field(default_factory=dict)
    person_in_image: list[str] = field(default_factory=list)
    model_release_status: str | None = None  # PLUS URI, e.g. ...ldf/vocab/MR-NON
    alt_text: dict[str, str] = field(default_factory=dict)
    orientation: int | None = None
    date_created: str | None = None  # ISO 8601 as written

    def is_empty(self) -> bool:
        """True when no property is set."""
        return all(getattr(self, f.name) in (None, [], {}) for f in fields(self))


def extract_packet(data: bytes) -> bytes | None:
    """Find the XMP packet (x:xmpmeta or bare rdf:RDF) inside ``data``."""
    match = _PACKET_RE.search(data)
    return match.group(0) if match else None


def parse_xmp(data: bytes) -> XmpFields:
    """Parse an XMP packet or sidecar into :class:`XmpFields` (raises :class:`XmpError`)."""
    packet = extract_packet(data) or data
    try:
        root = parse_xml(packet.rstrip(b"\x00 \t\r\n"))
    except UnsafeContentError as exc:
        raise XmpError(str(exc)) from exc
    except ET.ParseError as exc:
        raise XmpError(f"malformed XMP: {exc}") from exc
    raw: dict[tuple[str, str], object] = {}
    for desc in root.iter(_RDF + "Description"):
        for key, value in desc.attrib.items():
            name = _split(key)
            if name and name[0] != NS["rdf"]:
                raw.setdefault(name, value)
        for child in desc:
            name = _split(child.tag)
            if name:
                element_value = _element_value(child)
                if element_value is not None:
                    raw.setdefault(name, element_value)
    return _to_fields(raw)


def _split(tag: str) -> tuple[str, str] | None:
    if not tag.startswith("{"):
        return None
    ns, _, local = tag[1:].partition("}")
    return ns, local


def _element_value(el: ET.Element) -> object:
    resource = el.get(_RDF + "resource")
    if resource is not None:
        return resource
    for container in el:
        if container.tag in (_RDF + "Alt", _RDF + "Bag", _RDF + "Seq"):
            return [(li.get(_XML_LANG), _li_text(li)) for li in container.iter(_RDF + "li")]
    if len(el):
        return None  # a structure we do not read
    return el.text or ""


def _li_text(li: ET.Element) -> str:
    value = li.find(_RDF + "value")
    return (value.text if value is not None else li.text) or ""


def _to_fields(raw: dict[tuple[str, str], object]) -> XmpFields:
    out = XmpFields()
    for attr, (prefix, prop, kind) in PROPERTIES.items():
        value = raw.get((NS[prefix], prop))
        if value is None:
            continue
        if kind == "alt":
            setattr(out, attr, _as_alt(value))
        elif kind in ("bag", "seq"):
            setattr(out, attr, _as_list(value))
        else:
            text = _as_text(value)
            if text is not None:
                setattr(out, attr, text)
    out.rating = _as_int(out.rating, -1, 5)
    out.orientation = _as_int(out.orientation, 1, 8)
    # The capture time: the first of these with a time of day (a bare date, as some tools
    # write in photoshop:DateCreated, says nothing about the moment), else what was there.
    for prefix, prop in _DATE_SOURCES:
        text = _as_text(raw.get((NS[prefix], prop)))
        if text and parse_xmp_date(text) is not None:
            out.date_created = text
            break
    return out


def _as_alt(value: object) -> dict[str, str]:
    if isinstance(value, str):
        return {DEFAULT_LANG: value} if value else {}
    result: dict[str, str] = {}
    if isinstance(value, list):
        for lang, text in value:
            result.setdefault(lang or DEFAULT_LANG, text)
    return result


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [text for _, text in value if text]
    return []


def _as_text(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value:
        return str(value[0][1]).strip() or None
    return None


def _as_int(value: object, low: int, high: int) -> int | None:
    try:
        number = round(float(str(value)))
    except (TypeError, ValueError, OverflowError):
        return None
    return number if low <= number <= high else None


def build_xmp(fields_: XmpFields, *, packet_wrapper: bool = True) -> bytes:
    """Serialise ``fields_`` as an XMP packet (UTF-8); without the wrapper it suits a sidecar."""
    used: set[str] = {"x", "rdf"}
    body: list[str] = []
    for attr, (prefix, prop, kind) in PROPERTIES.items():
        value = getattr(fields_, attr)
        if value in (None, [], {}, ""):
            continue
        used.add(prefix)
        body.append(_render(f"{prefix}:{prop}", kind, value))
    xmlns = "".join(
        f"\n    xmlns:{p}={quoteattr(NS[p])}" for p in NS if p in used and p not in ("x", "rdf")
    )
    lines = [
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="smparchive">',
        f' <rdf:RDF xmlns:rdf="{NS["rdf"]}">',
        f'  <rdf:Description rdf:about=""{xmlns}>',
        *body,
        "  </rdf:Description>",
        " </rdf:RDF>",
        "</x:xmpmeta>",
    ]
    text = "\n".join(lines) + "\n"
    if packet_wrapper:
        text = (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            + text
            + '<?xpacket end="w"?>'
        )
    return text.encode("utf-8")


def _clean(text: object) -> str:
    """Escape for XML text, dropping characters XML 1.0 cannot hold and keeping CR."""
    return escape(_INVALID_XML_CHARS.sub("", str(text))).replace("\r", "&#13;")


def _render(qname: str, kind: PropType, value: object) -> str:
    if kind == "text":
        return f"   <{qname}>{_clean(value)}</{qname}>"
    if kind == "uri":
        return f"   <{qname} rdf:resource={quoteattr(_INVALID_XML_CHARS.sub('', str(value)))}/>"
    if kind == "alt":
        assert isinstance(value, dict)
        items = sorted(value.items(), key=lambda kv: kv[0] != DEFAULT_LANG)
        lis = "".join(
            f"\n     <rdf:li xml:lang={quoteattr(_INVALID_XML_CHARS.sub('', lang))}>"
            f"{_clean(text)}</rdf:li>"
            for lang, text in items
        )
        container = "rdf:Alt"
    else:
        assert isinstance(value, list)
        lis = "".join(f"\n     <rdf:li>{_clean(text)}</rdf:li>" for text in value)
        container = "rdf:Bag" if kind == "bag" else "rdf:Seq"
    return f"   <{qname}>\n    <{container}>{lis}\n    </{container}>\n   </{qname}>"


def parse_xmp_date(text: str | None) -> CaptureTime | None:
    """Turn an XMP date (ISO 8601, offset optional) into a :class:`CaptureTime`."""
    if not text:
        return None
    match = _DATE_RE.match(text.strip())
    if not match or match.group(4) is None:
        return None  # a bare date says nothing about the moment
    year, month, day, hour, minute, second, frac, zone = match.groups()
    try:
        local = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour),
            int(minute),
            int(second or 0),
            int((frac or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None
    offset = None
    if zone == "Z":
        offset = 0
    elif zone:
        digits = zone[1:].replace(":", "")
        offset = (int(digits[:2]) * 60 + int(digits[2:])) * (-1 if zone[0] == "-" else 1)
    return CaptureTime(local=local, offset_minutes=offset, source=TimeSource.XMP)


def apply_to_info(
    xmp: XmpFields, info: MediaInfo, *, override: bool, override_capture: bool | None = None
) -> None:
    """Copy XMP values into ``info``; with ``override`` they replace values already there.

    ``override_capture`` (default: ``override``) decides whether an XMP date replaces a
    capture time already read; an embedded XMP date only lends its UTC offset to EXIF.
    """

    def put(name: str, value: object) -> None:
        if value in (None, [], {}, ""):
            return
        if override or getattr(info, name) in (None, [], {}):
            setattr(info, name, value)

    put("title", dict(xmp.title))
    put("caption", dict(xmp.description))
    put("alt_text", dict(xmp.alt_text))
    put("keywords", list(xmp.subject))
    hierarchical = list(xmp.hierarchical_subject)
    for path in xmp.tags_list:
        converted = "|".join(part for part in path.split("/") if part)
        if converted and converted not in hierarchical:
            hierarchical.append(converted)
    put("hierarchical_keywords", hierarchical)
    put("people", list(xmp.person_in_image))
    put("rating", xmp.rating)
    put("color_label", xmp.label)
    put("creator", "; ".join(xmp.creator) if xmp.creator else None)
    put("credit_line", xmp.credit)
    put("copyright", _pick(xmp.rights))
    put("licence", _pick(xmp.usage_terms))
    if xmp.orientation is not None and (override or info.orientation is None):
        info.orientation = xmp.orientation
    capture = parse_xmp_date(xmp.date_created)
    if capture is None:
        return
    if info.capture is None or (override if override_capture is None else override_capture):
        info.capture = capture
    elif (
        info.capture.offset_minutes is None
        and capture.offset_minutes is not None
        and info.capture.local.replace(microsecond=0) == capture.local.replace(microsecond=0)
    ):
        info.capture = CaptureTime(
            local=info.capture.local,
            offset_minutes=capture.offset_minutes,
            source=TimeSource.EXIF_OFFSET,
        )


def _pick(alt: dict[str, str]) -> str | None:
    if not alt:
        return None
    return alt.get(DEFAULT_LANG) or next(iter(alt.values()))


def find_sidecar(path: Path) -> Path | None:
    """The XMP sidecar beside ``path``: ``name.ext.xmp`` first, then ``name.xmp``.

    ``name.xmp`` belongs to this file only when no sibling shares its base name
    (IMG_1.JPG beside IMG_1.CR2 must not both take IMG_1.xmp); the writer follows the
    same rule (core/organise/sidecars.py).
    """
    for candidate in (path.with_name(path.name + ".xmp"), path.with_name(path.name + ".XMP")):
        if candidate.is_file():
            return candidate
    for candidate in (path.with_suffix(".xmp"), path.with_suffix(".XMP")):
        if candidate != path and candidate.is_file() and not _has_sibling(path):
            return candidate
    return None


def _has_sibling(path: Path) -> bool:
    """Another non-XMP file in the folder with the same base name."""
    stem = path.stem.lower()
    try:
        for other in path.parent.iterdir():
            if (
                other != path
                and other.stem.lower() == stem
                and other.suffix.lower() != ".xmp"
                and other.is_file()
            ):
                return True
    except OSError:
        return False
    return False
