"""MWG face regions (``mwg-rs:Regions``, what Lightroom, digiKam and Picasa write and read).

Pure: element trees in and out. An MWG area is normalised to the picture *as stored* (before
its EXIF orientation is applied), with x and y at the centre of the box; smparchive keeps
boxes by their top-left corner in the upright picture, so both directions go through
:func:`to_stored` / :func:`to_upright`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

MWG_RS = "http://www.metadataworkinggroup.com/schemas/regions/"
ST_AREA = "http://ns.adobe.com/xmp/sType/Area#"
ST_DIM = "http://ns.adobe.com/xap/1.0/sType/Dimensions#"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_RS = "{" + MWG_RS + "}"
_AREA = "{" + ST_AREA + "}"
_DIM = "{" + ST_DIM + "}"


@dataclass(frozen=True, slots=True)
class Region:
    """A face region: top-left corner and size as fractions of the upright picture."""

    name: str | None
    x: float
    y: float
    w: float
    h: float


Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class FaceRegions:
    """What a photo's ``mwg-rs:Regions`` says: its faces, its stored size, its orientation."""

    regions: tuple[Region, ...]
    size: tuple[int, int] | None = None
    orientation: int | None = None


def _clamp(v: float) -> float:
    return min(1.0, max(0.0, v))


def to_stored(box: Box, orientation: int | None) -> Box:
    """An upright box (x, y, w, h) in the coordinates of the picture as stored."""
    x, y, w, h = box
    o = orientation or 1
    if o == 2:  # mirrored horizontally
        return 1 - x - w, y, w, h
    if o == 3:  # rotated 180
        return 1 - x - w, 1 - y - h, w, h
    if o == 4:  # mirrored vertically
        return x, 1 - y - h, w, h
    if o == 5:  # transposed
        return y, x, h, w
    if o == 6:  # stored rotated 90 counter-clockwise: shown turned clockwise
        return y, 1 - x - w, h, w
    if o == 7:  # transverse
        return 1 - y - h, 1 - x - w, h, w
    if o == 8:  # shown turned counter-clockwise
        return 1 - y - h, x, h, w
    return box


def to_upright(box: Box, orientation: int | None) -> Box:
    """Inverse of :func:`to_stored`."""
    o = orientation or 1
    inverse = {6: 8, 8: 6}.get(o, o)  # the other orientations are their own inverse
    return to_stored(box, inverse)


def regions_element(
    regions: Sequence[Region], size: tuple[int, int] | None, orientation: int | None
) -> ET.Element:
    """``mwg-rs:Regions`` for the regions (``size``: the stored picture's pixels)."""
    top = ET.Element(_RS + "Regions", {_RDF + "parseType": "Resource"})
    if size is not None:
        ET.SubElement(
            top,
            _RS + "AppliedToDimensions",
            {_DIM + "w": str(size[0]), _DIM + "h": str(size[1]), _DIM + "unit": "pixel"},
        )
    bag = ET.SubElement(ET.SubElement(top, _RS + "RegionList"), _RDF + "Bag")
    for r in regions:
        x, y, w, h = to_stored((r.x, r.y, r.w, r.h), orientation)
        li = ET.SubElement(bag, _RDF + "li", {_RDF + "parseType": "Resource"})
        ET.SubElement(
            li,
            _RS + "Area",
            {
                _AREA + "x": f"{_clamp(x + w / 2):.6f}",
                _AREA + "y": f"{_clamp(y + h / 2):.6f}",
                _AREA + "w": f"{_clamp(w):.6f}",
                _AREA + "h": f"{_clamp(h):.6f}",
                _AREA + "unit": "normalized",
            },
        )
        if r.name:
            ET.SubElement(li, _RS + "Name").text = r.name
        ET.SubElement(li, _RS + "Type").text = "Face"
    return top


def _value(el: ET.Element, ns: str, local: str) -> str | None:
    """A property written as an attribute or as a child element."""
    v = el.get(ns + local)
    if v is not None:
        return v
    child = el.find(ns + local)
    return child.text if child is not None and not len(child) else None


def read_regions(root: ET.Element, orientation: int | None) -> list[Region]:
    """The face regions with a normalised area under ``root`` (upright boxes)."""
    out: list[Region] = []
    for region_list in root.iter(_RS + "RegionList"):
        for li in region_list.iter(_RDF + "li"):
            holders = [li, *li.findall(_RDF + "Description")]
            for holder in holders:
                kind = (_value(holder, _RS, "Type") or "Face").strip().lower()
                area = holder.find(_RS + "Area")
                if area is None or kind != "face":
                    continue
                holder_area = area.find(_RDF + "Description")
                area = holder_area if holder_area is not None else area
                try:
                    cx, cy, w, h = (float(_value(area, _AREA, k) or "") for k in "xywh")
                except ValueError:
                    continue
                unit = (_value(area, _AREA, "unit") or "normalized").strip().lower()
                if unit != "normalized" or not (0 < w <= 1 and 0 < h <= 1):
                    continue
                box = to_upright((cx - w / 2, cy - h / 2, w, h), orientation)
                name = (_value(holder, _RS, "Name") or "").strip() or None
                out.append(Region(name, *(_clamp(v) for v in box)))
    return out


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def regions_xml(regions: Sequence[Region], size: tuple[int, int] | None) -> str:
    """``mwg-rs:Regions`` as XML text for an upright picture (orientation 1) of ``size``,
    with its own namespace declarations, to go inside an ``rdf:Description``."""
    lines = [
        f'   <mwg-rs:Regions rdf:parseType="Resource" xmlns:mwg-rs="{MWG_RS}"'
        f' xmlns:stArea="{ST_AREA}" xmlns:stDim="{ST_DIM}">'
    ]
    if size is not None:
        lines.append(
            f'    <mwg-rs:AppliedToDimensions stDim:w="{size[0]}" stDim:h="{size[1]}"'
            ' stDim:unit="pixel"/>'
        )
    lines.append("    <mwg-rs:RegionList>\n     <rdf:Bag>")
    for r in regions:
        lines.append('      <rdf:li rdf:parseType="Resource">')
        lines.append(
            f'       <mwg-rs:Area stArea:x="{_clamp(r.x + r.w / 2):.6f}"'
            f' stArea:y="{_clamp(r.y + r.h / 2):.6f}" stArea:w="{_clamp(r.w):.6f}"'
            f' stArea:h="{_clamp(r.h):.6f}" stArea:unit="normalized"/>'
        )
        if r.name:
            lines.append(f"       <mwg-rs:Name>{_esc(r.name)}</mwg-rs:Name>")
        lines.append("       <mwg-rs:Type>Face</mwg-rs:Type>")
        lines.append("      </rdf:li>")
    lines.append("     </rdf:Bag>\n    </mwg-rs:RegionList>\n   </mwg-rs:Regions>")
    return "\n".join(lines) + "\n"


def within(regions: Sequence[Region], crop: Box, keep: float = 0.5) -> list[Region]:
    """The regions as fractions of ``crop`` (x, y, w, h fractions of the picture): cut to
    it, and left out when less than ``keep`` of the face is inside."""
    cx, cy, cw, ch = crop
    out = []
    for r in regions:
        left, top = max(r.x, cx), max(r.y, cy)
        right, bottom = min(r.x + r.w, cx + cw), min(r.y + r.h, cy + ch)
        if right <= left or bottom <= top or (right - left) * (bottom - top) < keep * r.w * r.h:
            continue
        out.append(
            Region(
                r.name, (left - cx) / cw, (top - cy) / ch, (right - left) / cw, (bottom - top) / ch
            )
        )
    return out
