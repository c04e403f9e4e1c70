"""Documents in publication exports: their own metadata (author names) is cleared where
smparchive can (PPTX document properties here, PDFs in test_export_pdf_metadata.py) and the
preflight says how many go out with it."""

from __future__ import annotations

import io
import posixpath
import re
from pathlib import Path
from typing import Any

import pytest
from export_helpers import (
    EVENT,
    OWNER,
    SERIAL,
    big_pdf,
    entry_for,
    jpeg_bytes,
    settings,
    soffice_copying,
)
from PIL import Image
from tests.memory_peak import traced_peak

from smparchive.core.export import ORIGINALS, WEB, Kind, MetadataPolicy, plan_export
from smparchive.core.export.jpegstrip import strip_jpeg_metadata
from smparchive.core.export.presets import Audience

ODP = "application/vnd.oasis.opendocument.presentation"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def documents(tmp_path: Path) -> list[Any]:
    """Documents smparchive copies as they are: their metadata goes out with them."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "slides.odp").write_bytes(b"PK\x03\x04 meta.xml: <dc:creator>Jan Prive</dc:creator>")
    (src / "report.docx").write_bytes(b"PK\x03\x04 docProps/core.xml: Jan Prive")
    return [
        entry_for(src / "slides.odp", "d1", Kind.SLIDES, mime=ODP),
        entry_for(src / "report.docx", "d2", Kind.DOCUMENT, mime=DOCX),
    ]


def test_preflight_counts_documents_published_with_their_own_metadata(
    documents: list[Any], out_dir: Path
) -> None:
    plan = plan_export(documents, settings(out_dir, preset=WEB), EVENT)
    [warning] = [w for w in plan.warnings if "document" in w]
    assert warning.startswith("2 documents") and "author" in warning
    assert warning in plan.preflight_report()
    strip = plan_export(
        documents, settings(out_dir, preset=WEB, metadata=MetadataPolicy.STRIP_ALL), EVENT
    )
    assert warning in strip.warnings
    # all metadata kept on purpose: no warning (keep, or an archive hand-over of originals)
    for preset, policy, audience in (
        (WEB, MetadataPolicy.KEEP_ALL, Audience.PUBLIC),
        (ORIGINALS, None, Audience.ARCHIVE),
    ):
        s = settings(out_dir, preset=preset, metadata=policy, audience=audience)
        assert not [w for w in plan_export(documents, s, EVENT).warnings if "document" in w]


def deck(path: Path) -> Path:
    """A PPTX as an author's laptop saves it: names in core, app and custom properties."""
    import zipfile

    from pptx import Presentation

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "Opening keynote"
    # a phone photo pasted on the slide, with its owner, serial and GPS position
    slide.shapes.add_picture(io.BytesIO(jpeg_bytes((64, 48), orientation=1)), 0, 0)
    core = prs.core_properties
    core.author, core.last_modified_by = "Jan Privé", "jdoe-laptop"
    core.comments, core.keywords, core.title = "internal draft v3", "confidential", "Draft"
    tmp = path.with_suffix(".tmp")
    prs.save(str(tmp))
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "docProps/app.xml":
                data = data.replace(
                    b"</Properties>", b"<Company>ACME Private</Company></Properties>"
                )
            zout.writestr(info, data)
    tmp.unlink()
    return path


PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
THUMBNAIL = "docProps/thumbnail.jpeg"
# python-pptx's template, as PowerPoint, saves the printer it last printed to
PRINTER_PART = "ppt/printerSettings/printerSettings1.bin"
LEFT_OUT = (THUMBNAIL, PRINTER_PART)


@pytest.mark.parametrize("policy", [None, MetadataPolicy.STRIP_ALL], ids=["web", "strip"])
def test_published_pptx_loses_its_authors_names_and_keeps_its_slides(
    tmp_path: Path, out_dir: Path, policy: MetadataPolicy | None
) -> None:
    import zipfile

    from pptx import Presentation

    from smparchive.core.export import run_export

    src = deck(tmp_path / "keynote.pptx")
    shot = src.read_bytes()
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX, title={"en": "Keynote slides"})
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB, metadata=policy), EVENT))
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    core = Presentation(str(out)).core_properties
    assert (core.last_modified_by, core.comments, core.keywords) == ("", "", "")
    if policy is None:  # publication: the catalogue's title and creator
        assert (core.title, core.author) == ("Keynote slides", "Ana Fotógrafa")
    else:
        assert (core.title, core.author) == ("", "")
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out) as b:
        # every part but the thumbnail and the printer settings (tests below)
        assert [n for n in a.namelist() if n not in LEFT_OUT] == b.namelist()
        assert b"ACME" not in b.read("docProps/app.xml")
        for name in a.namelist():
            if name in LEFT_OUT or name.endswith(".rels") or name == "[Content_Types].xml":
                continue
            if name.startswith("ppt/media/") and name.endswith((".jpg", ".jpeg")):
                # the photo without its camera's metadata, the picture byte for byte
                assert b.read(name) == strip_jpeg_metadata(a.read(name)) != a.read(name)
                assert OWNER.encode() not in b.read(name) and SERIAL.encode() not in b.read(name)
            elif not name.startswith("docProps/"):
                assert a.read(name) == b.read(name), name
        assert any(n.startswith("ppt/media/") for n in b.namelist())
    assert [s.shapes.title.text for s in Presentation(str(out)).slides] == ["Opening keynote"]
    assert src.read_bytes() == shot and file.sha256 != entry.sha256
    # the preflight counts only the documents that keep their metadata: none here
    plan = plan_export([entry], settings(out_dir, preset=WEB), EVENT)
    assert not [w for w in plan.warnings if "document" in w]


def test_pptx_that_is_not_a_package_is_left_out_with_its_reason(
    tmp_path: Path, out_dir: Path
) -> None:
    from smparchive.core.export import run_export

    src = tmp_path / "broken.pptx"
    src.write_bytes(b"PK\x03\x04 not really a zip")
    entry = entry_for(src, "d9", Kind.SLIDES, mime=PPTX)
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert report.files == ()
    [trouble] = report.problems
    assert "broken.pptx" in trouble.message and "author" in trouble.message


def _deck_with_picture(path: Path, picture: bytes) -> Path:
    """``deck`` with its pasted photo replaced by ``picture`` (stored, as decks keep JPEGs)."""
    import zipfile

    src = deck(path.with_name("small-" + path.name))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            if info.filename.startswith("ppt/media/") and info.filename.endswith(".jpg"):
                info.compress_type = zipfile.ZIP_STORED
                with zout.open(info, "w", force_zip64=True) as dst:
                    dst.write(picture)
            else:
                zout.writestr(info, zin.read(info))
    return path


def _followed(primary: bytes, follower: bytes, padding: int = 0) -> bytes:
    """``primary`` with ``follower`` after its end, as phones append a gain map or a depth
    map (Multi-Picture Format); ``padding`` zero bytes lengthen the follower's compressed
    data (a 65 MB picture without 65 MB of pixels to encode)."""
    sos = follower.index(b"\xff\xda")
    data = sos + 2 + int.from_bytes(follower[sos + 2 : sos + 4], "big")
    return primary + follower[:data] + bytes(padding) + follower[data:]


@pytest.mark.parametrize("libreoffice", [False, True], ids=["alone", "with-libreoffice"])
def test_a_huge_photo_in_a_deck_loses_its_gps_too_in_bounded_memory(
    tmp_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, libreoffice: bool
) -> None:
    """A deck's 65 MB photo (here a phone's picture with a large second picture behind it)
    went out with its GPS position, serial and owner: pictures over 64 MB were copied as
    they were. Now every picture is cleaned while streamed, holding far less than itself,
    the second picture's metadata too. With LibreOffice installed (here a stand-in making
    a PDF as big), the page's slide previews come from its PDF, converted file to file:
    the deck and its PDF were read whole."""
    import os
    import zipfile

    from smparchive.core.export import run_export

    big = 65 * 1024 * 1024
    if libreoffice:
        soffice = soffice_copying(tmp_path / "bin", big_pdf(tmp_path / "made.pdf", 2, big))
        monkeypatch.setenv("PATH", f"{soffice.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    picture = _followed(
        jpeg_bytes((64, 48), orientation=1), jpeg_bytes((32, 24), orientation=1, seed=3), big
    )
    src = _deck_with_picture(tmp_path / "panorama.pptx", picture)
    size, tail = len(picture), picture[-100_000:]
    del picture
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX)
    report, peak = traced_peak(
        lambda: run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    )
    assert not report.problems
    [file] = report.files
    with zipfile.ZipFile(report.payload_root / file.path) as z:
        [name] = [n for n in z.namelist() if n.startswith("ppt/media/")]
        out = z.read(name)
    for private in (OWNER.encode(), SERIAL.encode(), b"Exif\x00\x00"):
        assert private not in out
    assert Image.open(io.BytesIO(out)).getexif() == {}
    # the pictures byte for byte: segments blanked where they were, nothing moved
    assert len(out) == size and out.endswith(tail)
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held to clean a 65 MB picture"


def test_pictures_following_a_deck_photo_and_trailers_lose_their_metadata(
    tmp_path: Path,
) -> None:
    """A phone's second picture (gain map, depth map) kept its own EXIF, and a maker's
    trailer after the pictures its private data: everything after the first picture's
    compressed data was copied as it was."""
    from smparchive.core.export.jpegstrip import strip_jpeg_metadata

    primary = jpeg_bytes((64, 48), orientation=1)
    follower = jpeg_bytes((32, 24), orientation=1, seed=3)
    both = _followed(primary, follower)
    clean = strip_jpeg_metadata(both)
    assert OWNER.encode() not in clean and SERIAL.encode() not in clean
    assert len(clean) == len(both)  # offsets of the Multi-Picture index still right
    second = clean[len(primary) :]
    assert Image.open(io.BytesIO(second)).getexif() == {}  # the follower still decodes
    Image.open(io.BytesIO(second)).load()
    assert second.endswith(follower[follower.index(b"\xff\xda") :])
    trailer = b"SEFH\x00MCC_Data 206 Private Owner Name SEFT"
    cut = strip_jpeg_metadata(primary + trailer)
    assert cut == strip_jpeg_metadata(primary) and b"MCC_Data" not in cut
    # a picture with nothing to drop is left as it is
    plain = strip_jpeg_metadata(primary)
    assert strip_jpeg_metadata(plain) is plain


def test_a_deck_photo_damaged_after_its_exif_leaves_the_deck_out_with_its_reason(
    tmp_path: Path, out_dir: Path
) -> None:
    """A picture whose EXIF is whole but whose next segment is broken cannot be cleaned
    without damaging it; it is not copied with the owner's GPS position either."""
    from smparchive.core.export import run_export

    small = jpeg_bytes((64, 48), orientation=1)
    app1 = small.index(b"\xff\xe1")  # the EXIF segment, after the JFIF one
    exif_end = app1 + 2 + int.from_bytes(small[app1 + 2 : app1 + 4], "big")
    broken = small[:exif_end] + b"\x00\x00garbage" + small[exif_end:]
    src = _deck_with_picture(tmp_path / "broken-photo.pptx", broken)
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX)
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert report.files == ()
    [trouble] = report.problems
    assert "broken-photo.pptx" in trouble.message and "damaged" in trouble.message


def test_a_png_in_a_deck_loses_its_text_and_exif_chunks_and_keeps_its_pixels(
    tmp_path: Path, out_dir: Path
) -> None:
    """A PNG pasted on a slide went out with its author, software, XMP and EXIF (GPS,
    serial) chunks: only JPEG pictures were cleaned."""
    import zipfile

    from PIL import PngImagePlugin

    from smparchive.core.export import run_export

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", OWNER)
    info.add_itxt("XML:com.adobe.xmp", f"<x:xmpmeta>{SERIAL}</x:xmpmeta>")
    exif = Image.open(io.BytesIO(jpeg_bytes((8, 8), orientation=1))).getexif()
    png = io.BytesIO()
    im = Image.effect_noise((64, 48), 30).convert("RGB")
    im.save(png, "PNG", pnginfo=info, exif=exif.tobytes(), icc_profile=b"")
    assert OWNER.encode() in png.getvalue() and SERIAL.encode() in png.getvalue()
    src = _deck_with_picture(tmp_path / "screens.pptx", png.getvalue())
    with zipfile.ZipFile(src) as z:  # the photo's place now holds a PNG: name it so
        renamed = tmp_path / "png.pptx"
        with zipfile.ZipFile(renamed, "w") as out:
            for member in z.infolist():
                data = z.read(member)
                if member.filename.startswith("ppt/media/"):
                    member.filename = member.filename.rsplit(".", 1)[0] + ".png"
                out.writestr(member, data)
    entry = entry_for(renamed, "d1", Kind.SLIDES, mime=PPTX)
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert not report.problems
    [file] = report.files
    with zipfile.ZipFile(report.payload_root / file.path) as z:
        [name] = [n for n in z.namelist() if n.startswith("ppt/media/")]
        clean = z.read(name)
    assert OWNER.encode() not in clean and SERIAL.encode() not in clean
    assert b"eXIf" not in clean and b"tEXt" not in clean and b"iTXt" not in clean
    with Image.open(io.BytesIO(clean)) as b:
        assert b.tobytes() == im.tobytes() and b.getexif() == {}


def test_what_follows_a_png_s_end_is_dropped() -> None:
    """Data appended after a PNG's end (another file hidden behind it) went out unseen."""
    from smparchive.core.export.pngstrip import strip_png_stream

    png = io.BytesIO()
    Image.effect_noise((16, 16), 30).convert("RGB").save(png, "PNG")
    plain = png.getvalue()
    out = io.BytesIO()
    assert not strip_png_stream(lambda: io.BytesIO(plain), out) and out.getvalue() == plain
    out = io.BytesIO()
    assert strip_png_stream(lambda: io.BytesIO(plain + f"GPS {OWNER}".encode()), out)
    assert out.getvalue() == plain


def test_a_small_exif_turned_picture_with_a_follower_stays_readable() -> None:
    """With pictures following, a turned picture's orientation is rewritten in the place
    of its EXIF; a 28-byte EXIF (no next-directory offset) got a 32-byte one there, which
    broke the picture and every offset after it."""
    import warnings

    from smparchive.core.export.jpegstrip import strip_jpeg_metadata

    tiny = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06"
    tiny += b"\x00\x00"
    primary = jpeg_bytes((64, 48), orientation=1, gps=False)
    app1 = primary.index(b"\xff\xe1")
    end = app1 + 2 + int.from_bytes(primary[app1 + 2 : app1 + 4], "big")
    turned = primary[:app1] + b"\xff\xe1" + (len(tiny) + 2).to_bytes(2, "big") + tiny
    turned += primary[end:]
    both = _followed(turned, jpeg_bytes((32, 24), orientation=1, seed=3))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns of the short EXIF it reads
        clean = strip_jpeg_metadata(both)
        assert len(clean) == len(both)
        with Image.open(io.BytesIO(clean)) as im:
            im.load()
            assert im.getexif() == {}  # no room for the orientation: none rather than a break
        Image.open(io.BytesIO(clean[len(turned) :])).load()  # the follower where it was


def _workbook() -> bytes:
    """A workbook as Excel saves it, to embed in a slide: its author, its company, a
    thumbnail of its sheet and a phone photo (owner, serial, GPS) in it."""
    import zipfile

    ct = "http://schemas.openxmlformats.org/package/2006/"
    rel = "http://schemas.openxmlformats.org/"
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{ct}content-types"><Default Extension="jpeg" '
            'ContentType="image/jpeg"/><Override PartName="/docProps/thumbnail.jpeg" '
            'ContentType="image/jpeg"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'sheet.main+xml"/></Types>'
        ).encode(),
        "_rels/.rels": (
            f'<Relationships xmlns="{ct}relationships"><Relationship Id="rId1" '
            f'Type="{rel}officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/><Relationship Id="rId2" '
            f'Type="{ct}relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>'
            "</Relationships>"
        ).encode(),
        "docProps/core.xml": (
            f'<cp:coreProperties xmlns:cp="{ct}metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jan Privé</dc:creator>'
            "<cp:lastModifiedBy>jdoe-laptop</cp:lastModifiedBy></cp:coreProperties>"
        ).encode(),
        "docProps/app.xml": (
            f'<Properties xmlns="{rel}officeDocument/2006/extended-properties">'
            "<Company>ACME Private</Company><Manager>Big Boss</Manager></Properties>"
        ).encode(),
        "docProps/thumbnail.jpeg": jpeg_bytes((32, 24), orientation=1, seed=3),
        "xl/workbook.xml": b"<workbook>budget 2022: 1 234 567 EUR</workbook>",
        "xl/media/image1.jpeg": jpeg_bytes((48, 36), orientation=1, seed=4),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def test_a_decks_thumbnail_and_embedded_workbook_lose_their_authors(
    tmp_path: Path, out_dir: Path
) -> None:
    """A published deck showed, in a file browser, its thumbnail: the first slide as last
    saved (before a late edit, maybe); and a workbook embedded in a slide went out with its
    own author, company, thumbnail and photo's EXIF. The deck's thumbnail is left out with
    its relationship; the workbook is cleaned like the deck, its data unchanged."""
    import zipfile

    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PROG_ID

    from smparchive.core.export import run_export

    plain = deck(tmp_path / "plain.pptx")
    prs = Presentation(str(plain))
    prs.slides[0].shapes.add_ole_object(io.BytesIO(_workbook()), PROG_ID.XLSX, 0, 0)
    src = tmp_path / "keynote.pptx"
    prs.save(str(src))
    with zipfile.ZipFile(src) as a:
        assert THUMBNAIL in a.namelist()  # python-pptx's template has one, as PowerPoint's
        [embedded] = [n for n in a.namelist() if n.startswith("ppt/embeddings/")]
        assert b"Jan Priv" in zipfile.ZipFile(io.BytesIO(a.read(embedded))).read(
            "docProps/core.xml"
        )
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX, title={"en": "Keynote slides"})
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    with zipfile.ZipFile(out) as b:
        assert THUMBNAIL not in b.namelist()
        assert b"thumbnail" not in b.read("_rels/.rels")
        assert b"thumbnail" not in b.read("[Content_Types].xml")
        with zipfile.ZipFile(io.BytesIO(b.read(embedded))) as wb:
            assert b"Jan Priv" not in wb.read("docProps/core.xml")
            assert b"jdoe" not in wb.read("docProps/core.xml")
            app = wb.read("docProps/app.xml")
            assert b"ACME" not in app and b"Big Boss" not in app
            assert THUMBNAIL not in wb.namelist()
            assert b"thumbnail" not in wb.read("_rels/.rels")
            assert b"thumbnail" not in wb.read("[Content_Types].xml")
            photo = wb.read("xl/media/image1.jpeg")
            assert OWNER.encode() not in photo and SERIAL.encode() not in photo
            assert b"1 234 567 EUR" in wb.read("xl/workbook.xml")  # its data, unchanged
    # the deck still opens, with its slide and the workbook on it
    [slide] = Presentation(str(out)).slides
    assert slide.shapes.title.text == "Opening keynote"
    ole = MSO_SHAPE_TYPE.EMBEDDED_OLE_OBJECT
    assert [s.ole_format.prog_id for s in slide.shapes if s.shape_type == ole] == ["Excel.Sheet.12"]
    # the source is untouched
    with zipfile.ZipFile(src) as a:
        assert THUMBNAIL in a.namelist()


def test_the_page_still_shows_a_published_decks_first_slide(tmp_path: Path, out_dir: Path) -> None:
    """The published deck goes without its thumbnail; the page, which showed that picture
    as the deck's first slide (without LibreOffice, its only preview), still shows it, as
    a new JPEG without metadata."""
    import zipfile

    from smparchive.core.export import run_export

    src = deck(tmp_path / "keynote.pptx")
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX, title={"en": "Keynote slides"})
    s = settings(out_dir, preset=WEB, web_page=True)
    report = run_export(plan_export([entry], s, EVENT))
    assert not report.problems
    root = report.payload_root
    [deck_file] = [f for f in report.files if f.path.endswith(".pptx")]
    with zipfile.ZipFile(root / deck_file.path) as b:
        assert THUMBNAIL not in b.namelist()
    page = (root / "index.html").read_text("utf-8")
    [preview] = sorted((root / "assets" / "decks").glob("*.jpg"))
    assert f'src="assets/decks/{preview.name}"' in page
    with Image.open(preview) as im:
        assert im.width > 0 and not im.getexif()


PRINTER = "\\\\print01\\HR-3rd-floor".encode("utf-16-le") + bytes(200)  # a DEVMODE's start


def _deck_with_comments(path: Path) -> Path:
    """The keynote as a review left it: a reviewer's comment on its slide (classic
    comments, as PowerPoint 2007-2019 save them)."""
    import zipfile

    src = deck(path.with_name("plain.pptx"))
    authors = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:cmAuthorLst '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        '<p:cmAuthor id="0" name="Marie Reviewer" initials="MR" lastIdx="1" clrIdx="0"/>'
        "</p:cmAuthorLst>"
    )
    comment = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:cmLst '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        '<p:cm authorId="0" dt="2022-05-30T10:00:00.000" idx="1"><p:pos x="10" y="10"/>'
        "<p:text>Remove the minister's figure before publishing</p:text></p:cm></p:cmLst>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    ct = "application/vnd.openxmlformats-officedocument.presentationml."
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == PRINTER_PART:  # saved by a deck printed at the office
                data = PRINTER
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    f'<Override PartName="/ppt/commentAuthors.xml" ContentType="{ct}'
                    f'commentAuthors+xml"/><Override PartName="/ppt/comments/comment1.xml" '
                    f'ContentType="{ct}comments+xml"/></Types>'.encode(),
                )
            elif info.filename == "ppt/_rels/presentation.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId99" Type="{rel}commentAuthors" '
                    f'Target="commentAuthors.xml"/></Relationships>'.encode(),
                )
            elif info.filename == "ppt/slides/_rels/slide1.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId99" Type="{rel}comments" '
                    f'Target="../comments/comment1.xml"/></Relationships>'.encode(),
                )
            zout.writestr(info, data)
        zout.writestr("ppt/commentAuthors.xml", authors)
        zout.writestr("ppt/comments/comment1.xml", comment)
    return path


def test_a_published_deck_loses_its_review_comments_authors_and_printer(
    tmp_path: Path, out_dir: Path
) -> None:
    """A reviewer's remark ("Remove the minister's figure before publishing") and name, and
    the office printer's name, went out with every published PPTX: they are review and
    office metadata, not the deck's content."""
    import zipfile

    from pptx import Presentation

    from smparchive.core.export import run_export

    src = _deck_with_comments(tmp_path / "keynote.pptx")
    with zipfile.ZipFile(src) as z:  # the stand-in is a deck with a comment
        assert "ppt/comments/comment1.xml" in z.namelist()
        assert PRINTER in z.read("ppt/printerSettings/printerSettings1.bin")
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX, title={"en": "Keynote slides"})
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert not [n for n in names if "comment" in n.lower() or "printer" in n.lower()]
        everything = b"".join(z.read(n) for n in names)
    assert b"Marie Reviewer" not in everything and b"minister's figure" not in everything
    assert "print01".encode("utf-16-le") not in everything
    _assert_every_reference_resolves(out)
    # every relationship still points at a part of the package: it opens, slides intact
    assert [s.shapes.title.text for s in Presentation(str(out)).slides] == ["Opening keynote"]


def _assert_every_reference_resolves(deck_path: Path) -> None:
    """No relationship of the package points at a part that is not in it, and no part
    refers to a relationship id its relationships do not have."""
    import zipfile

    with zipfile.ZipFile(deck_path) as z:
        names = z.namelist()
        for rels in (n for n in names if n.endswith(".rels")):
            base = posixpath.dirname(posixpath.dirname(rels))
            data = z.read(rels)
            for target, mode in re.findall(rb'Target="([^"]*)"(?: TargetMode="(\w+)")?', data):
                if mode != b"External":
                    part = posixpath.normpath(posixpath.join(base, target.decode()))
                    assert part.lstrip("/") in names, (rels, target)
            source = posixpath.join(base, posixpath.basename(rels).removesuffix(".rels"))
            if source in names:
                ids = set(re.findall(rb'\bId="([^"]*)"', data))
                used = set(re.findall(rb'\br:(?:id|embed|link|pict)="([^"]*)"', z.read(source)))
                assert used <= ids, (source, used - ids)
        types = z.read("[Content_Types].xml")
        for part in re.findall(rb'PartName="/([^"]*)"', types):
            assert part.decode() in names, part


# What a deck saved from a SharePoint or OneDrive document library holds besides its slides
SHAREPOINT = (
    '<?xml version="1.0" encoding="utf-8"?><p:properties '
    'xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties">'
    "<documentManagement><SharedWithUsers><UserInfo><DisplayName>Marie Dupont</DisplayName>"
    "<AccountId>12</AccountId><AccountType/></UserInfo></SharedWithUsers>"
    "<Owner>marie.dupont@smp-internal.example</Owner>"
    "<TaxCatchAll>7f3c2e1a-SMP-ITEM-4711</TaxCatchAll></documentManagement></p:properties>"
)
CONTENT_TYPE = (
    '<?xml version="1.0" encoding="utf-8"?><ct:contentTypeSchema '
    'xmlns:ct="http://schemas.microsoft.com/office/2006/metadata/contentType" '
    'ct:_="" ma:_="" ma:contentTypeName="Document" '
    'ma:contentTypeID="0x0101009A1B2C3D4E5F60718293A4B5C6D7E8F9" '
    'xmlns:ma="http://schemas.microsoft.com/office/2006/metadata/properties/metaAttributes"/>'
)
ADD_IN = (
    '<?xml version="1.0" encoding="utf-8"?><tc:data xmlns:tc="urn:add-in">jdoe-laptop</tc:data>'
)
LABEL = (
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<clbl:labelList '
    'xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">'
    '<clbl:label id="{3fa85f64-5717-4562-b3fc-2c963f66afa6}" enabled="1" method="Privileged" '
    'siteId="{d1e2f3a4-0000-4bcd-9e8f-5a6b7c8d9e0f}" contentBits="0" removed="0"/>'
    "</clbl:labelList>"
)
PRIVATE_WORDS = (
    b"Marie Dupont",
    b"marie.dupont@",
    b"SMP-ITEM-4711",
    b"0x0101009A1B2C3D",
    b"jdoe-laptop",
    b"3fa85f64",
    b"d1e2f3a4",
    b"{6E1B7D2C-0A4F-4C3B-9D8E-2F1A0B9C8D7E}",
)


def _item_props(guid: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem '
        f'ds:itemID="{guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/'
        '2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'
    )


def _deck_from_sharepoint(path: Path) -> Path:
    """The keynote as saved from the team's SharePoint library under a sensitivity label:
    the library's columns (customXml/item1-2: who it is shared with, the owner's e-mail,
    the item and content type ids), an add-in's data on the slide (customXml/item3, from
    the slide's custData) and the label (docMetadata/LabelInfo.xml: label and tenant ids),
    as PowerPoint saves them, with their relationships and content types."""
    import zipfile

    src = deck(path.with_name("plain.pptx"))
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    props = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
    items = {1: SHAREPOINT, 2: CONTENT_TYPE, 3: ADD_IN}
    guids = {
        1: "{6E1B7D2C-0A4F-4C3B-9D8E-2F1A0B9C8D7E}",
        2: "{0B9C8D7E-2F1A-4C3B-9D8E-6E1B7D2C0A4F}",
        3: "{9D8E2F1A-6E1B-4C3B-0A4F-7D2C0B9C8D7E}",
    }
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                overrides = "".join(
                    f'<Override PartName="/customXml/itemProps{n}.xml" ContentType="{props}"/>'
                    for n in items
                ) + (
                    '<Override PartName="/docMetadata/LabelInfo.xml" '
                    'ContentType="application/vnd.ms-office.classificationlabels+xml"/>'
                )
                data = data.replace(b"</Types>", overrides.encode() + b"</Types>")
            elif info.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/'
                    b'2020/02/relationships/classificationlabels" '
                    b'Target="docMetadata/LabelInfo.xml"/></Relationships>',
                )
            elif info.filename == "ppt/_rels/presentation.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    "".join(
                        f'<Relationship Id="rId9{n}" Type="{rel}customXml" '
                        f'Target="../customXml/item{n}.xml"/>'
                        for n in (1, 2)
                    ).encode()
                    + b"</Relationships>",
                )
            elif info.filename == "ppt/slides/_rels/slide1.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId99" Type="{rel}customXml" '
                    f'Target="../../customXml/item3.xml"/></Relationships>'.encode(),
                )
            elif info.filename == "ppt/slides/slide1.xml":
                data = data.replace(
                    b"</p:spTree>",
                    b'</p:spTree><p:custDataLst><p:custData r:id="rId99"/></p:custDataLst>',
                )
            zout.writestr(info, data)
        for n, item in items.items():
            zout.writestr(f"customXml/item{n}.xml", item)
            zout.writestr(f"customXml/itemProps{n}.xml", _item_props(guids[n]))
            zout.writestr(
                f"customXml/_rels/item{n}.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}customXmlProps" '
                f'Target="itemProps{n}.xml"/></Relationships>',
            )
        zout.writestr("docMetadata/LabelInfo.xml", LABEL)
    return path


def test_a_published_deck_loses_its_sharepoint_columns_and_sensitivity_label(
    tmp_path: Path, out_dir: Path
) -> None:
    """A deck saved from the team's SharePoint library went out with the library's columns
    (who it is shared with, the owner's e-mail address, the item and content type ids), an
    add-in's data and the sensitivity label (the label's and the tenant's ids): custom XML
    data and the label are left out with their relationships and content types, as
    PowerPoint's Document Inspector removes them; the slides stay, and the deck opens
    without a reference to a part that is gone. An export for the archive keeps every
    byte, and the original is never written to."""
    import subprocess
    import zipfile

    from pptx import Presentation

    from smparchive.core.export import run_export
    from smparchive.core.media.pages import find_soffice

    src = _deck_from_sharepoint(tmp_path / "keynote.pptx")
    before = src.read_bytes()
    with zipfile.ZipFile(src) as z:  # the stand-in holds what a SharePoint deck holds
        held = b"".join(z.read(n) for n in z.namelist())
        assert all(word in held for word in PRIVATE_WORDS)
        assert "docMetadata/LabelInfo.xml" in z.namelist()
    _assert_every_reference_resolves(src)
    entry = entry_for(src, "d1", Kind.SLIDES, mime=PPTX, title={"en": "Keynote slides"})
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert not [n for n in names if n.startswith(("customXml/", "docMetadata/"))]
        everything = b"".join(z.read(n) for n in names)
        for word in PRIVATE_WORDS:
            assert word not in everything, word
        for mention in (b"customXml", b"LabelInfo", b"classificationlabels"):
            assert mention not in z.read("_rels/.rels") + z.read("[Content_Types].xml")
        assert b"customXml" not in z.read("ppt/_rels/presentation.xml.rels")
        assert b"custData r:id" not in z.read("ppt/slides/slide1.xml")
    _assert_every_reference_resolves(out)
    assert [s.shapes.title.text for s in Presentation(str(out)).slides] == ["Opening keynote"]
    soffice = find_soffice()
    if soffice is not None:  # LibreOffice still renders the published deck
        pdf_dir = tmp_path / "pdf"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(pdf_dir),
                str(out),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        assert (pdf_dir / out.with_suffix(".pdf").name).read_bytes().startswith(b"%PDF")
    assert src.read_bytes() == before
    archived = tmp_path / "archive"
    archived.mkdir()
    kept = settings(archived, preset=ORIGINALS, audience=Audience.ARCHIVE)
    copy = run_export(plan_export([entry], kept, EVENT))
    [file] = [f for f in copy.files if f.path.endswith(".pptx")]
    assert (copy.payload_root / file.path).read_bytes() == before


def test_a_deck_with_a_huge_metadata_part_is_left_out_with_why_in_bounded_memory(
    tmp_path: Path, out_dir: Path
) -> None:
    """A deck's relationships part padded to 70 MB (a hostile package: the part is a few
    KB) was read whole to clean it; now it is refused with the reason, and the other deck
    still goes out."""
    import zipfile

    from smparchive.core.export import run_export

    good = deck(tmp_path / "good.pptx")
    small = deck(tmp_path / "small-hostile.pptx")
    hostile = tmp_path / "hostile.pptx"
    with zipfile.ZipFile(small) as zin, zipfile.ZipFile(hostile, "w") as zout:
        for info in zin.infolist():
            info.compress_type = zipfile.ZIP_DEFLATED
            if info.filename == "_rels/.rels":
                with zout.open(info, "w", force_zip64=True) as dst:
                    dst.write(zin.read(info))
                    for _ in range(70):
                        dst.write(b" " * (1024 * 1024))  # whitespace after the root: valid
            else:
                zout.writestr(info, zin.read(info))
    entries = [
        entry_for(good, "d1", Kind.SLIDES, mime=PPTX),
        entry_for(hostile, "d2", Kind.SLIDES, mime=PPTX),
    ]
    report, peak = traced_peak(
        lambda: run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    )
    [left_out] = report.problems
    assert left_out.item_id == "d2" and "hostile.pptx is left out" in left_out.message
    assert "too large" in left_out.message
    assert [Path(f.path).suffix for f in report.files] == [".pptx"]
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a 70 MB part"
