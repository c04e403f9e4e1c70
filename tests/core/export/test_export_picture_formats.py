"""Every picture format in a published deck or PDF goes out without its metadata, or the
document is left out with the reason: TIFF, GIF and SVG pictures in decks, objects embedded
in the older binary format (``oleObject*.bin``), JPEG 2000 pictures in PDFs. JPEG and PNG
are in test_export_document_metadata.py and test_export_pdf_metadata.py. An export for the
archive keeps each document byte for byte, and the originals are never written to."""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from xml.dom import minidom

import pikepdf
import pytest
from export_helpers import EVENT, OWNER, SERIAL, entry_for, jpeg_bytes, settings
from PIL import Image
from tests.memory_peak import traced_peak

from smparchive.core import messages
from smparchive.core.export import ORIGINALS, WEB, Kind, plan_export, run_export
from smparchive.core.export.presets import Audience

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
HOME = "/home/ana/private/logo-final.png"
EXIFTOOL = shutil.which("exiftool")


def exiftool(data: bytes, tmp_path: Path, suffix: str) -> str:
    """What exiftool reads in ``data`` (every group, duplicates too); "" without it."""
    if EXIFTOOL is None:
        return ""
    path = tmp_path / f"probe{suffix}"
    path.write_bytes(data)
    done = subprocess.run(
        [EXIFTOOL, "-a", "-G1", "-s", str(path)], capture_output=True, text=True, check=True
    )
    path.unlink()
    return done.stdout


def deck_with(path: Path, pictures: list[Path], extra: dict[str, bytes] | None = None) -> Path:
    """A one-slide deck with ``pictures`` on it (python-pptx stores them as they are) and
    ``extra`` parts added as they are."""
    from pptx import Presentation

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for picture in pictures:
        slide.shapes.add_picture(str(picture), 0, 0)
    prs.core_properties.author = "Jan Privé"
    tmp = path.with_suffix(".tmp")
    prs.save(str(tmp))
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    tmp.unlink()
    return path


def publish(src: Path, out_dir: Path, mime: str = PPTX, kind: Kind = Kind.SLIDES) -> Any:
    entry = entry_for(src, "d1", kind, mime=mime)
    return run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))


def archive(src: Path, out_dir: Path, mime: str = PPTX, kind: Kind = Kind.SLIDES) -> bytes:
    """The document as an export for the archive writes it."""
    out_dir.mkdir(exist_ok=True)
    entry = entry_for(src, "d1", kind, mime=mime)
    s = settings(out_dir, preset=ORIGINALS, audience=Audience.ARCHIVE)
    report = run_export(plan_export([entry], s, EVENT))
    assert not report.problems
    [file] = [f for f in report.files if f.path.endswith(src.suffix)]  # not its sidecar
    return (report.payload_root / file.path).read_bytes()


def media(report: Any, suffix: str) -> bytes:
    [file] = report.files
    with zipfile.ZipFile(report.payload_root / file.path) as z:
        [name] = [n for n in z.namelist() if n.startswith("ppt/media/") and n.endswith(suffix)]
        return z.read(name)


def frames(data: bytes) -> list[tuple[str, tuple[int, int], bytes, Any]]:
    """Each frame or page of a picture as decoded: mode, size, pixels, duration."""
    out = []
    with Image.open(io.BytesIO(data)) as im:
        for k in range(getattr(im, "n_frames", 1)):
            im.seek(k)
            out.append((im.mode, im.size, im.tobytes(), im.info.get("duration")))
    return out


# --- TIFF -----------------------------------------------------------------------------


def _tiffs(tmp_path: Path) -> tuple[Path, Path]:
    """A scanned TIFF with the camera's EXIF (owner, serial, GPS), the artist and an XMP
    packet, and a three-page LZW TIFF naming its artist and copyright holder."""
    camera = Image.open(io.BytesIO(jpeg_bytes((8, 8), orientation=1))).getexif()
    xmp = f"<x:xmpmeta><dc:creator>{OWNER}</dc:creator></x:xmpmeta>".encode()
    one = tmp_path / "scan.tiff"
    Image.effect_noise((96, 64), 40).convert("RGB").save(one, exif=camera, tiffinfo={700: xmp})
    modes = ("RGB", "L", "1")
    pages = [Image.effect_noise((80, 60), 30 + k).convert(m) for k, m in enumerate(modes)]
    many = tmp_path / "pages.tiff"
    pages[0].save(
        many,
        save_all=True,
        append_images=pages[1:],
        compression="tiff_lzw",
        tiffinfo={315: OWNER, 33432: f"(c) {OWNER}", 305: "ScanSoft on jdoe-laptop"},
    )
    for path in (one, many):
        assert OWNER.encode() in path.read_bytes()
    return one, many


def test_tiff_pictures_in_a_deck_lose_artist_exif_gps_and_xmp_and_keep_their_pixels(
    tmp_path: Path, out_dir: Path
) -> None:
    """A scanned TIFF pasted on a slide went out with its artist, its camera's owner and
    serial number, its GPS position and its XMP: only JPEG and PNG pictures were cleaned."""
    one, many = _tiffs(tmp_path)
    src = deck_with(tmp_path / "scans.pptx", [one, many])
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert not report.problems
    [file] = report.files
    with zipfile.ZipFile(report.payload_root / file.path) as z, zipfile.ZipFile(src) as a:
        names = [n for n in z.namelist() if n.startswith("ppt/media/")]
        assert len(names) == 2
        for name in names:
            clean, dirty = z.read(name), a.read(name)
            for private in (OWNER.encode(), SERIAL.encode(), b"jdoe-laptop", b"xmpmeta"):
                assert private not in clean, (name, private)
            assert frames(clean) == frames(dirty)  # every page, pixel for pixel
            with Image.open(io.BytesIO(clean)) as im:
                assert not {0x013B, 0x8298, 0x0131, 0x8769, 0x8825, 700} & set(im.tag_v2)
            said = exiftool(clean, tmp_path, ".tiff")
            assert not re.search(r"Artist|Copyright|GPS|Serial|Owner|XMP|Software", said), said
    assert src.read_bytes() == before  # the original is not written to
    assert archive(src, tmp_path / "archive") == before


def test_a_big_endian_tiff_is_cleaned_and_a_damaged_one_leaves_the_deck_out(
    tmp_path: Path, out_dir: Path
) -> None:
    """Motorola byte order (Macs' scanners) reads as well; a TIFF whose strips lie outside
    the file cannot be rewritten: the deck is left out with the reason, not published with
    the picture's artist."""
    from smparchive.core.export.tiffstrip import TiffStripError, strip_tiff_stream

    def entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
        return tag.to_bytes(2, "big") + kind.to_bytes(2, "big") + count.to_bytes(4, "big") + value

    artist = OWNER.encode() + b"\x00"
    pixels = bytes(range(12))  # 4 x 3, grey
    ifd = 8
    n = 9
    values = ifd + 2 + 12 * n + 4
    strips = values + len(artist)
    tags = [
        entry(256, 3, 1, (4).to_bytes(2, "big") + b"\x00\x00"),
        entry(257, 3, 1, (3).to_bytes(2, "big") + b"\x00\x00"),
        entry(258, 3, 1, (8).to_bytes(2, "big") + b"\x00\x00"),
        entry(259, 3, 1, (1).to_bytes(2, "big") + b"\x00\x00"),
        entry(262, 3, 1, (1).to_bytes(2, "big") + b"\x00\x00"),
        entry(273, 4, 1, strips.to_bytes(4, "big")),
        entry(277, 3, 1, (1).to_bytes(2, "big") + b"\x00\x00"),
        entry(279, 4, 1, len(pixels).to_bytes(4, "big")),
        entry(315, 2, len(artist), values.to_bytes(4, "big")),
    ]
    tiff = b"MM\x00*" + ifd.to_bytes(4, "big") + n.to_bytes(2, "big") + b"".join(tags)
    tiff += bytes(4) + artist + pixels
    out = io.BytesIO()
    strip_tiff_stream(io.BytesIO(tiff), out)
    assert OWNER.encode() not in out.getvalue() and out.getvalue().startswith(b"MM\x00*")
    assert frames(out.getvalue()) == frames(tiff)
    broken = tiff[:-12]  # the strip is cut off
    with pytest.raises(TiffStripError):
        strip_tiff_stream(io.BytesIO(broken), io.BytesIO())
    picture = tmp_path / "cut.tiff"
    Image.new("L", (4, 3)).save(picture)
    src = deck_with(tmp_path / "cut.pptx", [picture])
    damaged = tmp_path / "damaged.pptx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(damaged, "w") as zout:
        for info in zin.infolist():
            data = broken if info.filename.startswith("ppt/media/") else zin.read(info)
            zout.writestr(info, data)
    report = publish(damaged, out_dir)
    assert report.files == ()
    [trouble] = report.problems
    assert "damaged.pptx" in trouble.message
    code, values = messages.identify(trouble.message) or ("", {})
    assert code == "export.deck_not_cleaned"
    assert messages.phrase_code(values["why"]) == "picture_unreadable"  # said in French too


def test_a_huge_tiff_in_a_deck_is_cleaned_in_bounded_memory(tmp_path: Path, out_dir: Path) -> None:
    """A 36 MB scan is rewritten a block at a time: far less than itself is held."""
    scan = tmp_path / "poster.tiff"
    Image.new("RGB", (4000, 3000), (200, 10, 10)).save(scan, tiffinfo={315: OWNER})
    src = deck_with(tmp_path / "poster.pptx", [scan])
    size = scan.stat().st_size
    scan.unlink()
    report, peak = traced_peak(lambda: publish(src, out_dir))
    assert not report.problems
    clean = media(report, ".tiff")
    assert OWNER.encode() not in clean and len(clean) > size - 4096
    assert peak < 12 * 1024 * 1024, f"{peak / 2**20:.0f} MB held to clean a 36 MB picture"


# --- GIF ------------------------------------------------------------------------------

_XMP_TRAILER = bytes([1, *range(255, -1, -1), 0])  # XMP in GIF: its "magic trailer"


def _gif() -> bytes:
    """An animated GIF (three frames, looping) with a comment and an XMP packet, as
    Photoshop and exiftool write them, and data hidden after its end."""
    shots = [Image.effect_noise((48, 32), 20 + 10 * k).convert("P") for k in range(3)]
    out = io.BytesIO()
    shots[0].save(
        out,
        "GIF",
        save_all=True,
        append_images=shots[1:],
        duration=[100, 200, 300],
        loop=0,
        comment=f"Made by {OWNER}".encode(),
    )
    data = out.getvalue()
    xmp = f"<x:xmpmeta><dc:creator>{OWNER}</dc:creator></x:xmpmeta>".encode()
    first = data.index(b"\x21\xf9")  # before the first frame's graphic control
    data = data[:first] + b"\x21\xff\x0bXMP DataXMP" + xmp + _XMP_TRAILER + data[first:]
    return data + f"GPS {SERIAL}".encode()


def test_a_gif_in_a_deck_loses_its_comment_and_xmp_and_keeps_its_frames(
    tmp_path: Path, out_dir: Path
) -> None:
    """An animated GIF on a slide went out with its comment, its XMP (creator) and what
    was hidden after its end: GIFs were copied as they were."""
    gif = _gif()
    dirty = frames(gif)
    assert len(dirty) == 3 and OWNER.encode() in gif
    picture = tmp_path / "spinner.gif"
    picture.write_bytes(gif)
    src = deck_with(tmp_path / "animated.pptx", [picture])
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert not report.problems
    clean = media(report, ".gif")
    for private in (OWNER.encode(), SERIAL.encode(), b"XMP DataXMP"):
        assert private not in clean
    assert frames(clean) == dirty  # each frame, its pixels and timing
    assert b"NETSCAPE2.0" in clean  # it still loops
    with Image.open(io.BytesIO(clean)) as im:
        assert "comment" not in im.info and im.info.get("loop") == 0
    said = exiftool(clean, tmp_path, ".gif")
    assert not re.search(r"Comment|XMP|Creator", said), said
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before


# --- SVG ------------------------------------------------------------------------------

INKSCAPE_SVG = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) by {OWNER} -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   width="120" height="80" viewBox="0 0 120 80" version="1.1" id="svg1"
   inkscape:version="1.3 (0e150ed6c4, 2023-07-21)" sodipodi:docname="logo-draft-{OWNER}.svg"
   inkscape:export-filename="{HOME}" inkscape:export-xdpi="96">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:window-width="1920"
     inkscape:current-layer="layer1"/>
  <metadata id="metadata1"><rdf:RDF><cc:Work rdf:about=""><dc:creator><cc:Agent>
    <dc:title>{OWNER}</dc:title></cc:Agent></dc:creator></cc:Work></rdf:RDF></metadata>
  <title id="title1">Conference logo</title>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
    <rect x="10" y="10" width="60" height="40" fill="#c00" style="stroke:#000;stroke-width:2"
       inkscape:label="draft box of {OWNER}"/>
    <?inkscape-note keep me {OWNER}?>
    <path d="M 80,10 L 110,70 L 80,70 Z" fill="#00c" sodipodi:nodetypes="ccc"/>
    <text x="10" y="75" font-size="8">Opening</text>
    <image x="80" y="5" width="32" height="24" xlink:href="data:image/jpeg;base64,PHOTO"
       sodipodi:absref="/home/ana/photos/IMG_0001.JPG"/>
    <image x="0" y="0" width="8" height="8" xlink:href="file:///home/ana/photos/IMG_0002.JPG"/>
  </g>
</svg>
"""


def _drawing(data: bytes) -> list[tuple[str | None, str | None, dict[str, str], str]]:
    """What a renderer draws: each SVG element, its own attributes and text (embedded
    pictures by their decoded pixels)."""
    out = []
    doc = minidom.parseString(data)
    for node in doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*"):
        attrs = {}
        for k in range(node.attributes.length):
            a = node.attributes.item(k)
            if a.namespaceURI in (None, "http://www.w3.org/1999/xlink"):
                value = a.value
                if value.startswith("data:image/"):
                    raw = base64.b64decode(value.split(",", 1)[1])
                    value = repr(frames(raw))
                attrs[a.name] = value
        if node.localName != "metadata":
            text = "".join(c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE)
            out.append((node.namespaceURI, node.localName, attrs, text.strip()))
    return out


def test_an_svg_in_a_deck_loses_its_metadata_and_editor_traces_and_keeps_its_drawing(
    tmp_path: Path, out_dir: Path
) -> None:
    """An SVG logo went out with its RDF creator, Inkscape's export path in the author's
    home folder, its draft file name and an embedded photo's GPS: SVGs were copied as they
    were."""
    photo = base64.b64encode(jpeg_bytes((32, 24), orientation=1)).decode()
    svg = INKSCAPE_SVG.replace("PHOTO", photo).encode()
    png = tmp_path / "fallback.png"  # PowerPoint keeps a PNG beside each SVG
    Image.new("RGB", (12, 8)).save(png)
    src = deck_with(tmp_path / "logo.pptx", [png], {"ppt/media/image2.svg": svg})
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert not report.problems
    clean = media(report, ".svg")
    for private in (OWNER, "/home/ana", "docname", "inkscape", "sodipodi", "rdf:RDF"):
        assert private.encode() not in clean, private
    decoded = base64.b64decode(re.search(rb"base64,([^\"]+)", clean).group(1))  # type: ignore[union-attr]
    assert SERIAL.encode() not in decoded and Image.open(io.BytesIO(decoded)).getexif() == {}
    drawn = _drawing(clean)
    expected = [d for d in _drawing(svg) if d[1] != "metadata"]
    del expected[-1][2]["xlink:href"]  # a photo on the author's disk: shown nowhere else
    assert drawn == expected
    kinds = ["svg", "title", "g", "rect", "path", "text", "image", "image"]
    assert [d[1] for d in drawn] == kinds
    said = exiftool(clean, tmp_path, ".svg")
    assert not re.search(r"inkscape|sodipodi|XMP|Ana|/home", said, re.IGNORECASE), said
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before


def test_an_illustrator_svg_loses_its_private_copy_and_keeps_its_doctype() -> None:
    """Illustrator declares its namespaces through entities and keeps a private copy of its
    file (``i:pgf``, the like of a PDF's PieceInfo) in the drawing."""
    from smparchive.core.export.svgstrip import strip_svg_stream

    svg = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.0, SVG Export Plug-In . SVG Version: 6.00 -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
  <!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
]>
<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:i="&ns_ai;" width="10" height="10">
  <switch>
    <foreignObject requiredExtensions="&ns_ai;" x="0" y="0" width="1" height="1">
      <i:pgfRef xlink:href="#adobe_illustrator_pgf" xmlns:xlink="http://www.w3.org/1999/xlink"/>
    </foreignObject>
    <g i:extraneous="self"><circle cx="5" cy="5" r="4" fill="#0a0"/></g>
  </switch>
  <i:pgf id="adobe_illustrator_pgf">{base64.b64encode(OWNER.encode() * 4).decode()}</i:pgf>
</svg>""".encode()
    out = io.BytesIO()
    strip_svg_stream(io.BytesIO(svg), out, lambda data: data)
    clean = out.getvalue()
    assert b"pgf" not in clean and b"extraneous" not in clean and b"Illustrator 27" not in clean
    assert base64.b64encode(OWNER.encode()) not in clean
    assert _drawing(clean) == _drawing(svg)
    assert b"<!DOCTYPE svg" in clean


def test_a_large_svg_is_cleaned_in_bounded_memory(tmp_path: Path, out_dir: Path) -> None:
    """A map drawn with 60,000 shapes (5 MB) is rewritten as it is read, not held whole as
    a document tree (which took about 40 times its size)."""
    shape = '<rect x="{}" y="1" width="2" height="3" fill="#c00" inkscape:label="{}"/>'
    body = "".join(shape.format(n, OWNER) for n in range(60_000))
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape">{body}</svg>'
    ).encode()
    del body
    png = tmp_path / "fallback.png"
    Image.new("RGB", (12, 8)).save(png)
    src = deck_with(tmp_path / "map.pptx", [png], {"ppt/media/image2.svg": svg})
    size = len(svg)
    del svg
    report, peak = traced_peak(lambda: publish(src, out_dir))
    assert not report.problems
    clean = media(report, ".svg")
    assert OWNER.encode() not in clean and clean.count(b"<rect ") == 60_000
    assert peak < 4 * 1024 * 1024, f"{peak / 2**20:.0f} MB held to clean {size / 2**20:.0f} MB"


def test_an_svg_that_does_not_parse_leaves_the_deck_out(tmp_path: Path, out_dir: Path) -> None:
    png = tmp_path / "fallback.png"
    Image.new("RGB", (12, 8)).save(png)
    broken = f'<svg xmlns="http://www.w3.org/2000/svg" author="{OWNER}"><g>'.encode()
    src = deck_with(tmp_path / "cut-logo.pptx", [png], {"ppt/media/image2.svg": broken})
    report = publish(src, out_dir)
    assert report.files == ()
    [trouble] = report.problems
    assert "cut-logo.pptx" in trouble.message and "does not follow its format" in trouble.message


# --- OLE objects ----------------------------------------------------------------------


def _ole_object() -> bytes:
    """An OLE compound file's start and the summary information of the workbook it holds:
    its author, who saved it last and the company, in UTF-16 as Office writes them."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    names = "\x05SummaryInformation Author: Jan Privé; LastSavedBy: jdoe; Company: ACME"
    return head + names.encode("utf-16-le")


def test_a_deck_with_an_ole_object_is_left_out_with_the_reason_and_archived_unchanged(
    tmp_path: Path, out_dir: Path
) -> None:
    """A chart pasted as an object from Excel 2003 (``oleObject1.bin``) went out with the
    workbook's author, the last person to save it and the company: binary embeddings were
    copied as they were. It cannot be cleaned in place (PowerPoint's Document Inspector
    does not either): the deck is left out and told to replace the object with a picture."""
    png = tmp_path / "preview.png"
    Image.new("RGB", (12, 8)).save(png)
    src = deck_with(
        tmp_path / "budget.pptx", [png], {"ppt/embeddings/oleObject1.bin": _ole_object()}
    )
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert report.files == ()
    [trouble] = report.problems
    assert "budget.pptx" in trouble.message and "picture of it" in trouble.message
    code, values = messages.identify(trouble.message) or ("", {})
    assert code == "export.deck_not_cleaned"
    assert messages.phrase_code(values["why"]) == "embedded_object"
    assert not list(out_dir.rglob("*.pptx"))  # nothing half-written left behind
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before


# --- ActiveX controls -----------------------------------------------------------------

ACTIVEX_HOME = "C:\\Users\\jdoe\\Videos\\minister-rehearsal.wmv"


def _activex_deck(path: Path, persistence: str = "persistStorage") -> Path:
    """A one-slide deck with a Windows Media Player control on its slide, as PowerPoint
    saves one: the control (``ppt/activeX/activeX1.xml``) and its persisted properties,
    in an OLE compound file (``activeX1.bin``) or in the XML itself (a property bag), both
    naming the clip's path on the author's disk; the slide's ``p:control`` refers to it."""
    png = path.with_name("poster.png")
    Image.new("RGB", (12, 8)).save(png)
    plain = deck_with(path.with_name(f"plain-{path.name}"), [png])
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    ax = 'xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    wmp = 'ax:classid="{6BF52A52-394A-11D3-B153-00C04F79FAA6}"'
    extra: dict[str, bytes] = {}
    if persistence == "persistStorage":
        control = f'<ax:ocx {wmp} ax:persistence="persistStorage" r:id="rId1" {ax}{r}/>'
        extra["ppt/activeX/_rels/activeX1.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/'
            b'relationships/activeXControlBinary" Target="activeX1.bin"/></Relationships>'
        )
        head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
        extra["ppt/activeX/activeX1.bin"] = head + f"URL {ACTIVEX_HOME}".encode("utf-16-le")
    else:
        control = (
            f'<ax:ocx {wmp} ax:persistence="persistPropertyBag" {ax}{r}>'
            f'<ax:ocxPr ax:name="URL" ax:value="{ACTIVEX_HOME}"/></ax:ocx>'
        )
    extra["ppt/activeX/activeX1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + control
    ).encode()
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.activeX"/>'
                    b'<Override PartName="/ppt/activeX/activeX1.xml" '
                    b'ContentType="application/vnd.ms-office.activeX+xml"/></Types>',
                )
            elif info.filename == "ppt/slides/_rels/slide1.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId90" Type="{rel}control" '
                    f'Target="../activeX/activeX1.xml"/></Relationships>'.encode(),
                )
            elif info.filename == "ppt/slides/slide1.xml":
                data = data.replace(
                    b"</p:spTree>",
                    b'</p:spTree><p:controls><p:control spid="_x0000_s1026" '
                    b'name="WindowsMediaPlayer1" r:id="rId90" imgW="3048000" imgH="2286000"/>'
                    b"</p:controls>",
                )
            zout.writestr(info, data)
        for name, data in extra.items():
            zout.writestr(name, data)
    plain.unlink()
    return path


@pytest.mark.parametrize("persistence", ["persistStorage", "persistPropertyBag"])
def test_a_deck_with_an_activex_control_is_left_out_with_the_reason_and_archived_unchanged(
    tmp_path: Path, out_dir: Path, persistence: str
) -> None:
    """A deck with an ActiveX control (an old Windows Media Player playing a clip) went out
    with the control's persisted properties: the clip's path on the author's disk, with
    their user name. Left out with its relationship, the control would leave the slide's
    ``p:control`` pointing at nothing (PowerPoint repairs such a deck); its data is OLE's
    and cannot be cleaned in place: the deck is left out, told to replace the object with
    a picture, as a deck with an OLE object is."""
    src = _activex_deck(tmp_path / "rehearsal.pptx", persistence)
    before = src.read_bytes()
    with zipfile.ZipFile(src) as z:  # the stand-in names the author's folder
        held = b"".join(z.read(n) for n in z.namelist() if n.startswith("ppt/activeX/"))
    assert ACTIVEX_HOME.encode("utf-16-le") in held or ACTIVEX_HOME.encode() in held
    report = publish(src, out_dir)
    assert report.files == ()
    [trouble] = report.problems
    assert "rehearsal.pptx" in trouble.message and "picture of it" in trouble.message
    code, values = messages.identify(trouble.message) or ("", {})
    assert code == "export.deck_not_cleaned"
    assert messages.phrase_code(values["why"]) == "embedded_object"
    assert not list(out_dir.rglob("*.pptx"))
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before


# --- JPEG 2000 in PDFs ----------------------------------------------------------------


def _jp2() -> tuple[bytes, Image.Image]:
    """A JPEG 2000 file with a code-stream comment, an XML box and XMP and EXIF in UUID
    boxes (as exiftool and Kakadu write them)."""
    im = Image.effect_noise((64, 48), 40).convert("RGB")
    out = io.BytesIO()
    im.save(out, "JPEG2000", comment=f"encoded by {OWNER}".encode())
    data = out.getvalue()

    def box(kind: bytes, body: bytes) -> bytes:
        return (8 + len(body)).to_bytes(4, "big") + kind + body

    xmp_uuid = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
    exif_uuid = b"JpgTiffExif->JP2"
    exif = Image.open(io.BytesIO(jpeg_bytes((8, 8), orientation=1))).getexif().tobytes()
    extra = box(b"xml ", f"<note>{OWNER}</note>".encode())
    extra += box(b"uuid", xmp_uuid + f"<x:xmpmeta>{OWNER}</x:xmpmeta>".encode())
    extra += box(b"uuid", exif_uuid + b"Exif\x00\x00" + exif)
    at = data.index(b"jp2c") - 4
    return data[:at] + extra + data[at:], im


def _jpx_pdf(path: Path, picture: bytes) -> Path:
    pdf = pikepdf.new()
    image = pikepdf.Stream(pdf, picture)
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width, image.Height, image.Filter = 64, 48, pikepdf.Name.JPXDecode
    page = pdf.add_blank_page(page_size=(200, 150))
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 64 0 0 48 10 10 cm /Im0 Do Q")
    pdf.save(path)
    return path


def _pictures(path: Path) -> list[bytes]:
    with pikepdf.open(path) as pdf:
        return [
            bytes(o.read_raw_bytes())
            for o in pdf.objects
            if isinstance(o, pikepdf.Stream) and o.get("/Filter") == pikepdf.Name.JPXDecode
        ]


def test_a_jpeg_2000_picture_in_a_pdf_loses_its_boxes_and_comment_and_keeps_its_pixels(
    tmp_path: Path, out_dir: Path
) -> None:
    """A scanned PDF's JPEG 2000 picture went out with its XMP, its camera's EXIF, an XML
    note and the encoder's comment: only JPEG pictures in PDFs were cleaned."""
    picture, im = _jp2()
    src = _jpx_pdf(tmp_path / "scan.pdf", picture)
    before = src.read_bytes()
    assert before.count(OWNER.encode()) >= 4  # the comment, XML, XMP, EXIF
    report = publish(src, out_dir, mime="application/pdf", kind=Kind.DOCUMENT)
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    assert OWNER.encode() not in out.read_bytes() and SERIAL.encode() not in out.read_bytes()
    [clean] = _pictures(out)
    with Image.open(io.BytesIO(clean)) as b:
        assert b.tobytes() == im.tobytes()  # lossless: the very pixels
    said = exiftool(clean, tmp_path, ".jp2")
    assert not re.search(r"XMP|IFD0|XML|Artist|Comment|GPS", said), said
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive", "application/pdf", Kind.DOCUMENT) == before


def test_a_bare_code_stream_loses_its_comment_and_a_fragmented_file_is_refused() -> None:
    from smparchive.core.export.jp2strip import Jp2StripError, strip_jp2_metadata

    picture, im = _jp2()
    stream = picture[picture.index(b"jp2c") + 4 :]
    clean = strip_jp2_metadata(stream)
    assert OWNER.encode() not in clean and clean.startswith(b"\xff\x4f\xff\x51")
    with Image.open(io.BytesIO(clean)) as b:
        assert b.tobytes() == im.tobytes()
    assert strip_jp2_metadata(clean) is clean  # nothing left to drop: the same bytes
    at = picture.index(b"jp2c") - 4
    fragmented = picture[:at] + (8).to_bytes(4, "big") + b"ftbl" + picture[at:]
    with pytest.raises(Jp2StripError):
        strip_jp2_metadata(fragmented)


# --- WebP -----------------------------------------------------------------------------


def test_a_webp_in_a_deck_loses_its_exif_and_xmp_and_keeps_its_frames(
    tmp_path: Path, out_dir: Path
) -> None:
    """A phone's WebP photo and an animated WebP went out with their EXIF (GPS, serial,
    owner) and XMP: WebP pictures were copied as they were."""
    camera = Image.open(io.BytesIO(jpeg_bytes((8, 8), orientation=1))).getexif().tobytes()
    xmp = f"<x:xmpmeta><dc:creator>{OWNER}</dc:creator></x:xmpmeta>".encode()
    still = tmp_path / "photo.webp"
    Image.effect_noise((64, 48), 40).convert("RGB").save(still, exif=camera, xmp=xmp)
    moving = tmp_path / "moving.webp"
    shots = [Image.effect_noise((32, 24), 20 + 10 * k).convert("RGBA") for k in range(3)]
    shots[0].save(
        moving, save_all=True, append_images=shots[1:], duration=120, lossless=True,
        exif=camera, xmp=xmp,
    )  # fmt: skip
    for path in (still, moving):
        assert OWNER.encode() in path.read_bytes() and SERIAL.encode() in path.read_bytes()
    src = deck_with(tmp_path / "webp.pptx", [], {
        "ppt/media/image1.webp": still.read_bytes(),
        "ppt/media/image2.webp": moving.read_bytes(),
    })  # fmt: skip
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert not report.problems
    [file] = report.files
    with zipfile.ZipFile(report.payload_root / file.path) as z:
        for name, path in (("ppt/media/image1.webp", still), ("ppt/media/image2.webp", moving)):
            clean = z.read(name)
            assert OWNER.encode() not in clean and SERIAL.encode() not in clean
            assert frames(clean) == frames(path.read_bytes())
            with Image.open(io.BytesIO(clean)) as im:
                assert im.getexif() == {} and not im.info.get("xmp")
            said = exiftool(clean, tmp_path, ".webp")
            assert not re.search(r"GPS|Serial|Owner|XMP|Artist", said), said
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before


# --- sounds and videos in decks -------------------------------------------------------


def test_a_phone_video_in_a_deck_loses_its_location_and_an_unreadable_one_leaves_it_out(
    tmp_path: Path, out_dir: Path
) -> None:
    """A phone clip played on a slide went out with the phone's GPS position, make, model
    and software: a deck's sounds and videos were copied as they were, while the same clip
    exported alone is remuxed without them."""
    import av
    from export_helpers import LOCATION, phone_video

    clip = tmp_path / "clip.mp4"
    phone_video(clip)
    assert LOCATION.encode() in clip.read_bytes()
    src = deck_with(tmp_path / "with-video.pptx", [], {"ppt/media/media1.mp4": clip.read_bytes()})
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert not report.problems
    clean = media(report, ".mp4")
    for private in (LOCATION.encode(), b"iPhone", b"Apple"):
        assert private not in clean, private

    def packets(data: bytes) -> list[tuple[str, bytes]]:
        with av.open(io.BytesIO(data)) as c:
            return [(p.stream.type, bytes(p)) for p in c.demux() if p.size]

    assert packets(clean) == packets(clip.read_bytes())  # stream copy: the same pictures
    said = exiftool(clean, tmp_path, ".mp4")
    assert not re.search(r"GPS|Location|Make|Model|iPhone", said), said
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before
    broken = deck_with(tmp_path / "broken-video.pptx", [], {"ppt/media/media1.mp4": b"\x00" * 64})
    (tmp_path / "again").mkdir()
    report = publish(broken, tmp_path / "again")
    assert report.files == ()
    [trouble] = report.problems
    code, values = messages.identify(trouble.message) or ("", {})
    assert code == "export.deck_not_cleaned"
    assert messages.phrase_code(values["why"]) == "recording_unreadable"


# --- HD Photo (JPEG XR) ---------------------------------------------------------------


def _ifd_file(signature: bytes, entries: list[tuple[int, int, bytes | int]], data: bytes) -> bytes:
    """A little-endian TIFF-structured file: ``signature``, one directory of ``entries``
    (tag, type, value: placed after the directory when longer than 4 bytes) and ``data``
    (an entry's value given as a number n is the offset of ``data`` plus n)."""
    sizes = {1: 1, 2: 1, 3: 2, 4: 4}
    n = len(entries)
    at = 8 + 2 + 12 * n + 4
    values, table = b"", b""
    long = [v for _, _, v in entries if isinstance(v, bytes) and len(v) > 4]
    data_at = at + sum(len(v) + (len(v) & 1) for v in long)
    for tag, kind, given in sorted(entries, key=lambda e: e[0]):
        value = (data_at + given).to_bytes(4, "little") if isinstance(given, int) else given
        count = len(value) // sizes[kind]
        if len(value) > 4:
            field = (at + len(values)).to_bytes(4, "little")
            values += value + b"\x00" * (len(value) & 1)
        else:
            field = value.ljust(4, b"\x00")
        table += tag.to_bytes(2, "little") + kind.to_bytes(2, "little")
        table += count.to_bytes(4, "little") + field
    head = signature + (8).to_bytes(4, "little") + n.to_bytes(2, "little")
    return head + table + bytes(4) + values + data


def test_an_hd_photo_in_a_deck_loses_its_artist_and_xmp_and_keeps_its_planes_byte_for_byte(
    tmp_path: Path, out_dir: Path
) -> None:
    """PowerPoint keeps a picture's original as HD Photo (``hdphoto1.wdp``) beside an
    artistic effect applied to it; its artist, camera and XMP went out with it."""
    from smparchive.core.export.tiffstrip import strip_tiff_stream

    image = b"WMPHOTO\x00" + bytes(range(200))  # the coded image plane (not decoded here)
    alpha = b"WMPHOTO\x00" + bytes(range(90, 10, -1))
    xmp = f"<x:xmpmeta><dc:creator>{OWNER}</dc:creator></x:xmpmeta>".encode()
    wdp = _ifd_file(
        b"II\xbc\x01",
        [
            (0x010F, 2, b"Canon\x00"),
            (0x013B, 2, OWNER.encode() + b"\x00"),
            (0x02BC, 1, xmp),
            (0xBC01, 1, bytes.fromhex("24c3dd6f034eb421b71d1d1c0fb8b3e4")),  # a GUID
            (0xBC80, 4, (64).to_bytes(4, "little")),
            (0xBC81, 4, (48).to_bytes(4, "little")),
            (0xBCC0, 4, 0),
            (0xBCC1, 4, len(image).to_bytes(4, "little")),
            (0xBCC2, 4, len(image)),
            (0xBCC3, 4, len(alpha).to_bytes(4, "little")),
        ],
        image + alpha,
    )
    png = tmp_path / "effect.png"
    Image.new("RGB", (12, 8)).save(png)
    src = deck_with(tmp_path / "effects.pptx", [png], {"ppt/media/hdphoto1.wdp": wdp})
    before = src.read_bytes()
    report = publish(src, out_dir)
    assert not report.problems
    clean = media(report, ".wdp")
    assert clean.startswith(b"II\xbc\x01")
    for private in (OWNER.encode(), b"xmpmeta", b"Canon"):
        assert private not in clean
    out = io.BytesIO()
    strip_tiff_stream(io.BytesIO(wdp), out)
    assert out.getvalue() == clean
    # the planes where the cleaned directory says, byte for byte
    count = int.from_bytes(clean[8:10], "little")
    fields = {}
    for k in range(count):
        entry = clean[10 + 12 * k : 22 + 12 * k]
        fields[int.from_bytes(entry[:2], "little")] = int.from_bytes(entry[8:12], "little")
    assert clean[fields[0xBCC0] : fields[0xBCC0] + fields[0xBCC1]] == image
    assert clean[fields[0xBCC2] : fields[0xBCC2] + fields[0xBCC3]] == alpha
    assert set(fields) == {0xBC01, 0xBC80, 0xBC81, 0xBCC0, 0xBCC1, 0xBCC2, 0xBCC3}
    said = exiftool(clean, tmp_path, ".wdp")
    assert not re.search(r"Artist|Make|XMP|Creator", said), said
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive") == before


def test_a_pdf_whose_jpeg_2000_picture_cannot_be_cleaned_is_left_out_with_the_reason(
    tmp_path: Path, out_dir: Path
) -> None:
    """A JPEG 2000 file whose code stream is spread by a fragment table cannot lose boxes
    without breaking; the PDF is left out rather than published with the picture's XMP."""
    picture, _ = _jp2()
    at = picture.index(b"jp2c") - 4
    fragmented = picture[:at] + (8).to_bytes(4, "big") + b"ftbl" + picture[at:]
    src = _jpx_pdf(tmp_path / "fragmented.pdf", fragmented)
    before = src.read_bytes()
    report = publish(src, out_dir, mime="application/pdf", kind=Kind.DOCUMENT)
    assert report.files == ()
    [trouble] = report.problems
    code, values = messages.identify(trouble.message) or ("", {})
    assert code == "export.pdf_not_cleaned" and values["name"] == "fragmented.pdf"
    assert messages.phrase_code(values["why"]) == "picture_unreadable"
    assert src.read_bytes() == before
    assert archive(src, tmp_path / "archive", "application/pdf", Kind.DOCUMENT) == before


def test_the_preflight_says_a_deck_with_an_ole_object_will_be_left_out(
    catalog: Any, tmp_path: Path
) -> None:
    """The deck held back for its OLE object was only named in the report after the
    export: the preflight, which the comms officer reads before pressing Export, said the
    deck would go out. It now says the deck will be left out and why; a deck without such
    an object, and an export for the archive, say nothing of it."""
    from smparchive.core.export.catalog_export import ExportSource, preflight, run_preflight
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    png = tmp_path / "preview.png"
    Image.new("RGB", (12, 8)).save(png)
    deck_with(media / "budget.pptx", [png], {"ppt/embeddings/oleObject1.bin": _ole_object()})
    deck_with(media / "agenda.pptx", [png])
    _activex_deck(media / "rehearsal.pptx")
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    ids = tuple(catalog.query_ids())
    catalog.set_fields(list(ids), consent="cleared")
    out = tmp_path / "out"
    out.mkdir()
    check = preflight(catalog, ExportSource("items", ids=ids), settings(out, preset=WEB))
    said = [w for w in check.plan.warnings if messages.identify(w)]
    left_out = [v for code, v in map(messages.identify, said) if code == "export.deck_left_out"]
    # one line for the reason, naming both: an ActiveX control is left out for the same one
    # (thirty such decks had made thirty lines)
    assert [(v["n"], v["name"]) for v in left_out] == [("2", "budget.pptx, rehearsal.pptx")]
    # The counts said beside it are those of what goes out: it said "3 items as 3 files"
    # above the line saying two of them would be left out.
    planned = [i.entry.original_name for i in check.plan.items]
    assert [n for n in planned if n.endswith(".pptx")] == ["agenda.pptx"]
    assert len(check.plan.outputs) == len(planned)
    report = run_preflight(catalog, check).report
    assert len(report.files) == len(planned)
    [deck] = [f.path for f in report.files if f.path.endswith(".pptx")]
    assert deck.endswith("0001_agenda.pptx")  # numbered from 1: no gap where the others were
    assert not report.problems  # said once, before: not again as a failure after
    kept = settings(out, preset=ORIGINALS, audience=Audience.ARCHIVE)
    archived = preflight(catalog, ExportSource("items", ids=ids), kept)
    assert not any("budget.pptx" in str(w) for w in archived.plan.warnings)
