"""Read and write XMP packets and sidecars (the descriptive fields smparchive cares about)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from .base import describe
from .info import CaptureTime, MediaInfo, TimeSource, zone_minutes
from .safety import InputRefused, UnsafeContentError, parse_xml, read_within


def escape(data: str) -> str:
    """``xml.sax.saxutils.escape``: that module imports ``urllib.request`` and through it
    ``http.client`` and ``email`` (15-40 ms of CPU in every fork server that reads photos)."""
    return data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(data: str) -> str:
    """``xml.sax.saxutils.quoteattr``: an attribute value escaped and quoted."""
    data = escape(data).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"{}"'.format(data.replace('"', "&quot;"))


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
    "mwg-rs": "http://www.metadataworkinggroup.com/schemas/regions/",
    "stArea": "http://ns.adobe.com/xmp/sType/Area#",
    "stDim": "http://ns.adobe.com/xap/1.0/sType/Dimensions#",
}
_RDF = "{" + NS["rdf"] + "}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DEFAULT_LANG = "x-default"
# The language a text written without one is in, and whose text fills x-default on writing
# (docs/DESIGN.md "Texts and languages").
DEFAULT_TEXT_LANG = "en"

PropType = Literal["alt", "bag", "seq", "text", "uri"]

# XmpFields attribute -> (prefix, property, XMP value type)
PROPERTIES: dict[str, tuple[str, str, PropType]] = {
    "title": ("dc", "title", "alt"),
    "description": ("dc", "description", "alt"),
    "subject": ("dc", "subject", "bag"),
    "hierarchical_subject": ("lr", "hierarchicalSubject", "bag"),
    "tags_list": ("digiKam", "TagsList", "seq"),
    "color_class": ("digiKam", "ColorLabel", "text"),
    "pick_label": ("digiKam", "PickLabel", "text"),
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
    # written only where the capture time matters apart from the file (an archive's sidecar:
    # Lightroom reads a raw file's capture time there, digiKam prefers it to DateCreated)
    "date_time_original": ("exif", "DateTimeOriginal", "text"),
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
    color_class: int | None = None  # digiKam ColorLabel: 0 none, 1 red ... 6 magenta ...
    pick_label: int | None = None  # digiKam PickLabel: 0 none, 1 rejected, 2 pending, 3 accepted
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
    date_time_original: str | None = None  # ISO 8601 as written (exif:DateTimeOriginal)
    region_names: list[str] = field(default_factory=list)  # MWG face regions (read only)

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
    out = _to_fields(raw)
    out.region_names = _region_names(root)
    return out


_MWG_RS = "{http://www.metadataworkinggroup.com/schemas/regions/}"


def _region_names(root: ET.Element) -> list[str]:
    """Names of the MWG face regions (digiKam, Lightroom, Picasa write them)."""
    names: list[str] = []
    for region_list in root.iter(_MWG_RS + "RegionList"):
        for li in region_list.iter(_RDF + "li"):
            for holder in (li, *li.iter(_RDF + "Description")):
                kind = holder.get(_MWG_RS + "Type") or _child_text(holder, "Type")
                name = holder.get(_MWG_RS + "Name") or _child_text(holder, "Name")
                if name and name.strip() and (kind or "Face").strip().lower() == "face":
                    names.append(name.strip())
    return list(dict.fromkeys(names))


def _child_text(el: ET.Element, local: str) -> str | None:
    child = el.find(_MWG_RS + local)
    return child.text if child is not None and not len(child) else None


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
    out.color_class = _as_int(out.color_class, 0, 9)
    out.pick_label = _as_int(out.pick_label, 0, 3)
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
    return CaptureTime(local=local, offset_minutes=zone_minutes(zone), source=TimeSource.XMP)


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
    put(
        "people",
        list(
            dict.fromkeys([*xmp.person_in_image, *xmp.region_names, *digikam_people(xmp.tags_list)])
        ),
    )
    put("rating", xmp.rating)
    put("color_label", color_label_of(xmp))
    if xmp.pick_label in (1, 3) and (override or info.picked is None):
        info.picked = xmp.pick_label == 3
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


# digiKam's ColorLabel numbers <-> smparchive's colour labels (Lightroom's xmp:Label names).
DIGIKAM_COLORS = {1: "red", 3: "yellow", 4: "green", 5: "blue", 6: "purple"}
COLOR_TO_DIGIKAM = {name: number for number, name in DIGIKAM_COLORS.items()}
PICK_ACCEPTED, PICK_REJECTED = 3, 1
PEOPLE_ROOTS = ("people", "persons")  # digiKam keeps face tags under "People/..."


def color_label_of(xmp: XmpFields) -> str | None:
    """The colour label: Lightroom's xmp:Label name, else digiKam's ColorLabel number."""
    label = (xmp.label or "").strip().lower()
    if label == "magenta":
        label = "purple"
    if label in COLOR_TO_DIGIKAM:
        return label
    return DIGIKAM_COLORS.get(xmp.color_class or 0) or (xmp.label or None)


def digikam_people(tags_list: list[str]) -> list[str]:
    """Names of digiKam's face tags ("People/Name" in digiKam:TagsList)."""
    out = []
    for tag in tags_list:
        root, _, rest = tag.strip().strip("/").partition("/")
        if rest and root.strip().lower() in PEOPLE_ROOTS:
            out.append(rest.rsplit("/", 1)[-1].strip())
    return [n for n in out if n]


def keyword_tree(
    flat: list[str],
    paths: list[str],
    people: list[str] = (),  # type: ignore[assignment]
) -> tuple[list[str], list[str]]:
    """Keywords as trees, and people: ``(keyword paths "A|B", person names)``.

    ``paths`` are hierarchical keywords ("A|B|C"; digiKam's "A/B/C" converted); a path
    whose ancestors are listed too (digiKam) counts once. A path under "People" naming one
    of ``people`` (PersonInImage, MWG face regions, digiKam's face tags) is that person,
    not a keyword. A flat keyword that is a component of any path (Lightroom writes every
    level into dc:subject) is that tree, not a top-level keyword of its own.
    """
    known = {p.strip().lower() for p in people}
    clean: list[str] = []
    for raw in paths:
        path = "|".join(p.strip() for p in raw.split("|") if p.strip())
        if path and path.lower() not in {p.lower() for p in clean}:
            clean.append(path)
    lowered = [p.lower() for p in clean]
    clean = [p for p in clean if not any(o.startswith(p.lower() + "|") for o in lowered)]
    components = {part.lower() for p in clean for part in p.split("|")}
    found: list[str] = []
    keywords: list[str] = []
    for path in clean:
        root, _, rest = path.partition("|")
        name = rest.rsplit("|", 1)[-1]
        if rest and root.lower() in PEOPLE_ROOTS and name.lower() in known:
            found.append(name)
        elif path.lower() not in PEOPLE_ROOTS:
            keywords.append(path)
    lone = [
        k.strip().replace("|", "/")
        for k in flat
        if k.strip() and k.strip().lower() not in components
    ]
    return list(dict.fromkeys([*lone, *keywords])), list(dict.fromkeys(found))


def written_alt(texts: Mapping[str, str] | None, default_lang: str) -> dict[str, str]:
    """A lang-alt to write: x-default is the ``default_lang`` text, else the file's own
    x-default, else the first language; every language is written as well.

    Other programs (Lightroom, Photo Mechanic, digiKam's default view) show and edit only
    x-default, so it must carry the text a person last wrote in the default language.
    """
    clean = {(k or DEFAULT_LANG).strip().lower(): v.strip() for k, v in (texts or {}).items() if v}
    clean = {k: v for k, v in clean.items() if v}
    if not clean:
        return {}
    lang = (default_lang or DEFAULT_TEXT_LANG).strip().lower()
    default = (
        clean.get(lang)
        or clean.get(lang.split("-")[0])
        or clean.get(DEFAULT_LANG)
        or clean[sorted(clean)[0]]
    )
    return {DEFAULT_LANG: default, **{k: v for k, v in clean.items() if k != DEFAULT_LANG}}


def read_alt(alt: Mapping[str, str], default_lang: str) -> dict[str, str]:
    """Texts of a lang-alt as the catalogue keeps them (languages; x-default when unknown).

    An x-default repeating a language is that language's copy and is dropped. An x-default
    that differs from the ``default_lang`` entry was edited by a program that only knows
    x-default, so it becomes the default-language text.
    """
    clean = {(k or DEFAULT_LANG).strip().lower(): v.strip() for k, v in alt.items() if v}
    clean = {k: v for k, v in clean.items() if v}
    default = clean.pop(DEFAULT_LANG, None)
    if default is None:
        return clean
    if any(v == default for v in clean.values()):
        return clean
    lang = (default_lang or DEFAULT_TEXT_LANG).strip().lower()
    clean[lang if lang in clean else DEFAULT_LANG] = default
    return clean


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
        if _is_file(candidate):
            return candidate
    for candidate in (path.with_suffix(".xmp"), path.with_suffix(".XMP")):
        if candidate != path and _is_file(candidate) and not _has_sibling(path):
            return candidate
    return None


def _is_file(path: Path) -> bool:
    """``path.is_file()`` that is False for names the system cannot have (a legal 252-255
    byte name plus ".xmp" is longer than the 255-byte limit: no such sidecar can exist)."""
    try:
        return path.is_file()
    except OSError:
        return False


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


def apply_sidecar(path: Path, info: MediaInfo, max_size: int) -> None:
    """Metadata from ``name.ext.xmp`` / ``name.xmp`` wins over what the file embeds (the
    probe and the scan's quick look both read it here)."""
    sidecar = find_sidecar(path)
    if sidecar is None:
        return
    try:
        data = read_within(sidecar, max_size)
        if data is None:
            info.problems.append(f"The XMP sidecar {sidecar.name} is too large and was ignored.")
            return
        xmp = parse_xmp(data)
        own = info.capture
        # The sidecar's time wins, but one that is the file's own reading again (Lightroom
        # copies the camera's time) only lends it its offset: it stays the camera's clock.
        given = parse_xmp_date(xmp.date_created)
        again = given is not None and own is not None and _same_reading(own, given)
        apply_to_info(xmp, info, override=True, override_capture=not again)
        if given is not None and not again and info.capture is not None:
            # A program wrote this time (an archival package's corrected time, an edited
            # capture time): a camera clock correction must not shift it again.
            info.capture = replace(info.capture, source=TimeSource.XMP_SIDECAR)
    except (OSError, XmpError, InputRefused) as exc:
        info.problems.append(f"The XMP sidecar {sidecar.name} was ignored ({describe(exc)}).")
        return
    info.sidecar_path = str(sidecar)


def _same_reading(a: CaptureTime, b: CaptureTime) -> bool:
    """The same moment (both with offsets), else the same wall-clock time, to the second."""
    if a.offset_minutes is not None and b.offset_minutes is not None:
        a_min, b_min = a.offset_minutes, b.offset_minutes
        return (a.local - timedelta(minutes=a_min)).replace(microsecond=0) == (
            b.local - timedelta(minutes=b_min)
        ).replace(microsecond=0)
    return a.local.replace(microsecond=0) == b.local.replace(microsecond=0)
