"""Catalogue metadata <-> XMP sidecar packets: build, merge into existing sidecars, read back.

Pure: bytes in, bytes out. The properties listed in :data:`OWNED` belong to smparchive; when
a sidecar already exists they are replaced as a whole (a value the catalogue does not have is
removed) and every other property, namespace and structure the file holds is kept as it is.

Consent <-> PLUS ``ModelReleaseStatus`` (http://ns.useplus.org/ldf/vocab/...):
``cleared`` = MR-UMR (unlimited model releases), ``internal_only`` = MR-LMR (limited or
incomplete releases), ``do_not_publish`` = MR-NON (no release), ``unknown`` = not written.
Reading also maps MR-NAP (not applicable: nobody recognisable) to ``cleared``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, fields
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from smparchive.core.fields import FIELDS
from smparchive.core.media.mwg import MWG_RS, FaceRegions, regions_element
from smparchive.core.media.safety import UnsafeContentError, parse_xml
from smparchive.core.media.xmp import (
    COLOR_TO_DIGIKAM,
    DEFAULT_LANG,
    DEFAULT_TEXT_LANG,
    NS,
    PICK_ACCEPTED,
    PICK_REJECTED,
    XmpError,
    XmpFields,
    build_xmp,
    color_label_of,
    digikam_people,
    extract_packet,
    keyword_tree,
    parse_xmp,
    read_alt,
    written_alt,
)
from smparchive.core.pathnames import from_catalogue
from smparchive.core.vocab import ColourLabel, Consent, stored_values

TOOLKIT = "smparchive"
PLUS_VOCAB = "http://ns.useplus.org/ldf/vocab/"
CONSENT_TO_PLUS: dict[str, str] = {
    Consent.CLEARED: PLUS_VOCAB + "MR-UMR",
    Consent.INTERNAL_ONLY: PLUS_VOCAB + "MR-LMR",
    Consent.DO_NOT_PUBLISH: PLUS_VOCAB + "MR-NON",
}
PLUS_TO_CONSENT = {
    "MR-UMR": Consent.CLEARED.value,
    "MR-LMR": Consent.INTERNAL_ONLY.value,
    "MR-NON": Consent.DO_NOT_PUBLISH.value,
    "MR-NAP": Consent.CLEARED.value,
}
COLOR_LABELS = stored_values(ColourLabel)

_RDF = "{" + NS["rdf"] + "}"
_X = "{" + NS["x"] + "}"
_EXT = "{" + NS["Iptc4xmpExt"] + "}"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XML_LANG = "{" + _XML_NS + "}lang"

# The XMP properties smparchive owns in a sidecar it writes (namespace URI, local name): each
# field's property from the field registry (core/fields.py), and those of tags, the event and
# digiKam's colour label, which no single field describes.
_FIELD_PROPERTIES = tuple(tuple(f.xmp.split(":", 1)) for f in FIELDS if f.xmp)
_OTHER_PROPERTIES = (
    ("dc", "subject"),
    ("lr", "hierarchicalSubject"),
    ("digiKam", "TagsList"),
    ("digiKam", "ColorLabel"),
    ("Iptc4xmpExt", "Event"),
    ("Iptc4xmpExt", "PersonInImage"),
    ("Iptc4xmpExt", "OrganisationInImageName"),
    ("Iptc4xmpExt", "LocationShown"),
)
OWNED: frozenset[tuple[str, str]] = frozenset(
    (NS[p], name) for p, name in (*_FIELD_PROPERTIES, *_OTHER_PROPERTIES)
)


@dataclass(frozen=True, slots=True)
class SidecarMetadata:
    """What travels in a sidecar. ``None`` means "not said" (leave the catalogue alone).

    Texts map language (``en``, ``fr``, ``x-default`` ...) to text; tags are "A|B|C" paths.
    ``flag`` read back is -1 (rejected), 1 (digiKam's PickLabel "accepted") or 0 (not
    rejected: a pick is kept).
    ``event`` and ``date_created`` (the catalogue's corrected capture time, ISO 8601, as
    photoshop:DateCreated and exif:DateTimeOriginal) are written for other programs and
    never read back.
    """

    titles: dict[str, str] | None = None
    captions: dict[str, str] | None = None
    alt_texts: dict[str, str] | None = None
    keywords: tuple[str, ...] | None = None
    people: tuple[str, ...] | None = None
    organisations: tuple[str, ...] | None = None
    places: tuple[str, ...] | None = None
    rating: int | None = None
    flag: int | None = None
    color_label: str | None = None
    creator: str | None = None
    credit_line: str | None = None
    copyright: str | None = None
    licence: str | None = None
    consent: str | None = None
    event: str | None = None
    date_created: str | None = None
    # Named face regions (MWG): written when the catalogue knows faces of the photo; None
    # leaves the regions another program wrote alone. Not read back here (faces read them).
    regions: FaceRegions | None = None

    def present(self) -> tuple[str, ...]:
        """Names of the fields that carry a value (empty texts and tag lists count as none)."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) not in (None, {}, ()))


@dataclass(frozen=True, slots=True)
class Merged:
    """A sidecar ready to write, and what happened to what the old one held."""

    data: bytes
    existed: bool
    foreign: bool  # the existing sidecar was written by another program
    kept: int  # properties of others kept untouched
    replaced: tuple[str, ...]  # our fields whose old value differed and was replaced


def lang_alt(values: dict[str, str] | None, default_lang: str) -> dict[str, str]:
    """XMP language alternatives: always an x-default holding the default language's text."""
    return written_alt(values, default_lang)


def to_xmp_fields(meta: SidecarMetadata, default_lang: str = DEFAULT_TEXT_LANG) -> XmpFields:
    """The standard XMP properties for ``meta`` (organisations and places are added apart).

    Keywords go out as trees (lr:hierarchicalSubject "A|B", digiKam:TagsList "A/B") and as
    their leaves in dc:subject; people also as digiKam's "People/Name" face tags.
    """
    keywords = list(dict.fromkeys(meta.keywords or ()))
    people = list(dict.fromkeys(meta.people or ()))
    leaves = list(dict.fromkeys(k.rsplit("|", 1)[-1] for k in keywords))
    trees = [*keywords, *(f"People|{p.replace('|', '/')}" for p in people)]
    rating = meta.rating
    if meta.flag == -1:
        rating = -1
    pick = {1: PICK_ACCEPTED, -1: PICK_REJECTED}.get(meta.flag or 0)
    return XmpFields(
        title=lang_alt(meta.titles, default_lang),
        description=lang_alt(meta.captions, default_lang),
        subject=leaves,
        hierarchical_subject=trees,
        tags_list=[k.replace("/", "_").replace("|", "/") for k in trees],
        color_class=COLOR_TO_DIGIKAM.get(meta.color_label or ""),
        pick_label=pick,
        rating=rating,
        label=meta.color_label.capitalize() if meta.color_label else None,
        credit=meta.credit_line or None,
        creator=[c.strip() for c in (meta.creator or "").split(";") if c.strip()],
        rights={DEFAULT_LANG: meta.copyright} if meta.copyright else {},
        usage_terms={DEFAULT_LANG: meta.licence} if meta.licence else {},
        event={DEFAULT_LANG: meta.event} if meta.event else {},
        person_in_image=people,
        model_release_status=CONSENT_TO_PLUS.get(meta.consent or ""),
        alt_text=lang_alt(meta.alt_texts, default_lang),
        date_created=meta.date_created,
        date_time_original=meta.date_created,
    )


def _owned_elements(meta: SidecarMetadata, default_lang: str) -> list[ET.Element]:
    """Our property elements: the media layer's rendering plus IPTC organisations/places."""
    packet = build_xmp(to_xmp_fields(meta, default_lang), packet_wrapper=False)
    desc = parse_xml(packet).find(f"{_RDF}RDF/{_RDF}Description")
    out = list(desc) if desc is not None else []
    if meta.organisations:
        prop = ET.Element(_EXT + "OrganisationInImageName")
        bag = ET.SubElement(prop, _RDF + "Bag")
        for name in dict.fromkeys(meta.organisations):
            ET.SubElement(bag, _RDF + "li").text = name
        out.append(prop)
    if meta.places:
        prop = ET.Element(_EXT + "LocationShown")
        bag = ET.SubElement(prop, _RDF + "Bag")
        for name in dict.fromkeys(meta.places):
            li = ET.SubElement(bag, _RDF + "li", {_RDF + "parseType": "Resource"})
            alt = ET.SubElement(ET.SubElement(li, _EXT + "LocationName"), _RDF + "Alt")
            ET.SubElement(alt, _RDF + "li", {_XML_LANG: DEFAULT_LANG}).text = name
        out.append(prop)
    return out


def _load(data: bytes) -> tuple[ET.Element, dict[str, str]]:
    """The x:xmpmeta tree of a sidecar and the prefixes it declares (uri -> prefix)."""
    packet = (extract_packet(data) or data).rstrip(b"\x00 \t\r\n")
    try:
        root = parse_xml(packet)
        prefixes: dict[str, str] = {}
        for _event, (prefix, uri) in ET.iterparse(BytesIO(packet), events=("start-ns",)):
            if prefix and uri not in prefixes:
                prefixes[uri] = prefix
    except UnsafeContentError as exc:
        raise XmpError(str(exc)) from exc
    except ET.ParseError as exc:
        raise XmpError(f"malformed XML: {exc}") from exc
    if root.tag == _RDF + "RDF":
        wrapper = ET.Element(_X + "xmpmeta")
        wrapper.append(root)
        root = wrapper
    if root.tag not in (_X + "xmpmeta", _X + "xapmeta") or root.find(_RDF + "RDF") is None:
        raise XmpError("it is not an XMP packet (no x:xmpmeta/rdf:RDF)")
    return root, prefixes


def is_ours(data: bytes) -> bool:
    """True when smparchive wrote this sidecar last (its x:xmptk says so)."""
    try:
        root, _ = _load(data)
    except XmpError:
        return False
    return (root.get(_X + "xmptk") or "").startswith(TOOLKIT)


def merge_sidecar(
    existing: bytes | None, meta: SidecarMetadata, default_lang: str = "en"
) -> Merged:
    """A sidecar holding ``meta``; an existing one keeps everything but our owned properties.

    Raises :class:`XmpError` when ``existing`` is not a usable XMP packet (it is then left
    alone by the caller: we never overwrite what we cannot read).
    """
    if existing is None:
        root = ET.Element(_X + "xmpmeta", {_X + "xmptk": TOOLKIT})
        ET.SubElement(ET.SubElement(root, _RDF + "RDF"), _RDF + "Description", {_RDF + "about": ""})
        prefixes: dict[str, str] = {}
        old: SidecarMetadata | None = None
        foreign = False
    else:
        root, prefixes = _load(existing)
        old = read_sidecar(existing, default_lang)
        foreign = not (root.get(_X + "xmptk") or "").startswith(TOOLKIT)
    rdf = root.find(_RDF + "RDF")
    assert rdf is not None
    descriptions = rdf.findall(_RDF + "Description")
    if not descriptions:
        descriptions = [ET.SubElement(rdf, _RDF + "Description", {_RDF + "about": ""})]
    kept = 0
    owned = OWNED | {(MWG_RS, "Regions")} if meta.regions is not None else OWNED
    if meta.date_created is not None:  # else another program's dates stay
        owned = owned | {(NS["photoshop"], "DateCreated"), (NS["exif"], "DateTimeOriginal")}
    for desc in descriptions:
        for key in list(desc.attrib):
            if _qname(key) in owned:
                del desc.attrib[key]
            elif not key.startswith(_RDF):
                kept += 1
        for child in list(desc):
            if _qname(child.tag) in owned:
                desc.remove(child)
            else:
                kept += 1
    descriptions[0].extend(_owned_elements(meta, default_lang))
    if meta.regions is not None and meta.regions.regions:
        r = meta.regions
        descriptions[0].append(regions_element(r.regions, r.size, r.orientation))
    data = serialise(root, prefixes)
    replaced: tuple[str, ...] = ()
    if old is not None:
        new = read_sidecar(data, default_lang)
        replaced = tuple(f for f in old.present() if getattr(old, f) != getattr(new, f))
    return Merged(data, existing is not None, foreign, kept if foreign else 0, replaced)


def _qname(tag: str) -> tuple[str, str] | None:
    if not tag.startswith("{"):
        return None
    ns, _, local = tag[1:].partition("}")
    return ns, local


def serialise(root: ET.Element, prefixes: dict[str, str] | None = None) -> bytes:
    """Indented UTF-8 XML with readable prefixes (ours, then the file's own, then nsN)."""
    names: dict[str, str] = {uri: p for p, uri in NS.items()}
    taken = set(names.values())
    for uri, prefix in (prefixes or {}).items():
        if uri not in names and prefix not in taken:
            names[uri] = prefix
            taken.add(prefix)
    used: dict[str, str] = {}

    def q(tag: str) -> str:
        if not tag.startswith("{"):
            return tag
        uri, _, local = tag[1:].partition("}")
        if uri == _XML_NS:
            return f"xml:{local}"
        if uri not in names:
            n = 1
            while f"ns{n}" in taken:
                n += 1
            names[uri] = f"ns{n}"
            taken.add(f"ns{n}")
        used[uri] = names[uri]
        return f"{names[uri]}:{local}"

    def render(el: ET.Element, depth: int) -> list[str]:
        pad = " " * depth
        attrs = "".join(f" {q(k)}={quoteattr(_clean(v))}" for k, v in el.attrib.items())
        tag = q(el.tag)
        if len(el):
            lines = [f"{pad}<{tag}{attrs}>"]
            for child in el:
                lines.extend(render(child, depth + 1))
            return [*lines, f"{pad}</{tag}>"]
        if el.text:
            return [
                f"{pad}<{tag}{attrs}>{escape(_clean(el.text)).replace(chr(13), '&#13;')}</{tag}>"
            ]
        return [f"{pad}<{tag}{attrs}/>"]

    body = render(root, 0)
    decls = "".join(f" xmlns:{p}={quoteattr(u)}" for u, p in sorted(used.items(), key=_by_p))
    first = body[0]
    cut = first.index(" ") if " " in first else first.index(">")
    body[0] = first[:cut] + decls + first[cut:]
    return ("\n".join(body) + "\n").encode("utf-8")


def _by_p(item: tuple[str, str]) -> tuple[bool, str]:
    return item[1] not in ("x", "rdf"), item[1]


def _clean(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"))


def read_sidecar(data: bytes, default_lang: str = DEFAULT_TEXT_LANG) -> SidecarMetadata:
    """What a sidecar says about the fields smparchive keeps (raises :class:`XmpError`).

    An x-default edited by another program becomes the ``default_lang`` text.
    """
    x = parse_xmp(data)
    root, _ = _load(data)
    rating = flag = None
    if x.rating is not None:
        rating, flag = (None, -1) if x.rating < 0 else (x.rating, 0)
    if x.pick_label == PICK_ACCEPTED and flag != -1:
        flag = 1
    elif x.pick_label == PICK_REJECTED:
        flag = -1
    label = (color_label_of(x) or "").strip().lower()
    known = [*x.person_in_image, *x.region_names, *digikam_people(x.tags_list)]
    keywords, tree_people = keyword_tree(
        x.subject, [*x.hierarchical_subject, *(t.replace("/", "|") for t in x.tags_list)], known
    )
    status = (x.model_release_status or "").rstrip("/").rsplit("/", 1)[-1].upper()
    return SidecarMetadata(
        titles=read_alt(x.title, default_lang) or None,
        captions=read_alt(x.description, default_lang) or None,
        alt_texts=read_alt(x.alt_text, default_lang) or None,
        keywords=tuple(keywords) or None,
        people=_people([*known, *tree_people]),
        organisations=_names(_bag_texts(root, "OrganisationInImageName")),
        places=_names(_locations(root)),
        rating=rating,
        flag=flag,
        color_label=label if label in COLOR_LABELS else None,
        creator="; ".join(x.creator) or None,
        credit_line=x.credit,
        copyright=_pick(x.rights),
        licence=_pick(x.usage_terms),
        consent=PLUS_TO_CONSENT.get(status),
    )


def _people(values: list[str]) -> tuple[str, ...] | None:
    """Names once each, case-blind (PersonInImage and digiKam's People tags repeat them)."""
    out: dict[str, str] = {}
    for v in values:
        if v.strip():
            out.setdefault(v.strip().lower(), v.strip())
    return tuple(out.values()) or None


def _names(values: list[str]) -> tuple[str, ...] | None:
    out = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
    return out or None


def _pick(alt: dict[str, str]) -> str | None:
    value = alt.get(DEFAULT_LANG) or next(iter(alt.values()), None)
    return value.strip() or None if value else None


def _bag_texts(root: ET.Element, prop: str) -> list[str]:
    return [li.text or "" for el in root.iter(_EXT + prop) for li in el.iter(_RDF + "li")]


def _locations(root: ET.Element) -> list[str]:
    """Names of the IPTC LocationShown structures (LocationName, else Sublocation/City)."""
    out = []
    for shown in root.iter(_EXT + "LocationShown"):
        for li in shown.iter(_RDF + "li"):
            for key in ("LocationName", "Sublocation", "City"):
                text = li.get(_EXT + key)
                el = li.find(_EXT + key)
                if el is not None:
                    alt = [t for t in el.iter(_RDF + "li") if t.text]
                    text = alt[0].text if alt else el.text
                if text and text.strip():
                    out.append(text.strip())
                    break
    return out


@dataclass(frozen=True, slots=True)
class SidecarItem:
    """An item as sidecars see it: where it lives and the metadata that travels."""

    id: int
    root_id: int
    root_path: str
    root_label: str | None
    root_online: bool
    policy: str  # 'beside' | 'mirror'
    rel_path: str
    status: str
    metadata: SidecarMetadata

    @property
    def original(self) -> Path:
        """The OS path of the original file."""
        return Path(self.root_path, *from_catalogue(self.rel_path).split("/"))
