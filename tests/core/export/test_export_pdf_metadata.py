"""PDFs in publication exports go out without the metadata they carry: authors and tools in
the document information and XMP (this revision and earlier ones), programs' private data,
and the EXIF, XMP and IPTC of the JPEG pictures inside; their pages stay as they were."""

from __future__ import annotations

import base64
import io
import zlib
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2 as pdfium
import pytest
from export_helpers import EVENT, OWNER, SERIAL, entry_for, jpeg_bytes, settings, sha256
from PIL import Image
from tests.memory_peak import traced_peak

from smparchive.core.export import ORIGINALS, WEB, Kind, MetadataPolicy, plan_export, run_export
from smparchive.core.export.jpegstrip import strip_jpeg_metadata
from smparchive.core.export.presets import Audience

NAMES = (b"Jan Priv", b"Editor Two", b"jdoe-laptop", b"ACME", OWNER.encode(), SERIAL.encode())
REALWORLD = Path(__file__).resolve().parents[2] / "corpus" / "realworld" / "pdf"


def _append_revision(path: Path, author: str) -> None:
    """Save the file again as an editor's program does: an incremental update whose new
    document information names ``author`` (the first revision's stays in the file)."""
    data = path.read_bytes()
    prev = int(data.rsplit(b"startxref", 1)[1].split()[0])
    with pikepdf.open(path) as pdf:
        size, root = int(pdf.trailer.Size), pdf.Root.objgen[0]
    body = f"{size} 0 obj\n<< /Author ({author}) /Producer (jdoe-laptop) >>\nendobj\n".encode()
    start = len(data) + 1
    xref = len(data) + 1 + len(body)
    tail = (
        f"xref\n{size} 1\n{start:010d} 00000 n \ntrailer\n<< /Size {size + 1} /Root {root} 0 R"
        f" /Info {size} 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n"
    )
    path.write_bytes(data + b"\n" + body + tail.encode())


def authored_pdf(path: Path) -> Path:
    """A one-page PDF as an office laptop makes it: a heading in Helvetica, a camera photo
    with its EXIF (owner, serial, GPS) and an XMP packet, document information and XMP with
    the author, a PDF/A claim, Illustrator's private data, and a later revision."""
    pdf = pikepdf.new()
    photo = pikepdf.Stream(pdf, jpeg_bytes((64, 48), orientation=1))
    photo.Type, photo.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    photo.Width, photo.Height, photo.BitsPerComponent = 64, 48, 8
    photo.ColorSpace, photo.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
    photo.Metadata = pikepdf.Stream(pdf, b"<x:xmpmeta><dc:creator>Jan Priv\xc3\xa9</dc:creator>")
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    page = pdf.add_blank_page(page_size=(300, 200))
    page.Resources = pikepdf.Dictionary(
        Font=pikepdf.Dictionary(F1=font), XObject=pikepdf.Dictionary(Im0=photo)
    )
    page.Contents = pdf.make_stream(
        b"BT /F1 18 Tf 20 160 Td (Opening keynote) Tj ET q 64 0 0 48 20 40 cm /Im0 Do Q"
    )
    pdf.Root.PieceInfo = pikepdf.Dictionary(
        Illustrator=pikepdf.Dictionary(Private=pikepdf.String("ACME private file"))
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "Draft v3 (internal)"
        meta["dc:creator"] = ["Jan Privé"]
        meta["xmp:CreatorTool"] = "jdoe-laptop Word"
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
    pdf.docinfo["/Author"] = pikepdf.String("Jan Privé")
    pdf.docinfo["/Company"] = pikepdf.String("ACME")
    pdf.docinfo["/Title"] = pikepdf.String("Draft v3 (internal)")
    pdf.save(path)
    _append_revision(path, "Editor Two")
    return path


def every_byte(path: Path) -> bytes:
    """The file with its streams decompressed (pictures left as they are): what anyone who
    opens it can read."""
    out = io.BytesIO()
    with pikepdf.open(path) as pdf:
        pdf.save(out, qdf=True)
    return path.read_bytes() + out.getvalue()


def exported(tmp_path: Path, out_dir: Path, policy: MetadataPolicy | None) -> tuple[Path, Path]:
    src = authored_pdf(tmp_path / "concept note.pdf")
    entry = entry_for(src, "d1", Kind.DOCUMENT, title={"en": "Concept note"})
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB, metadata=policy), EVENT))
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    assert file.sha256 == sha256(out) != entry.sha256
    return src, out


def test_the_authored_pdf_carries_every_name_it_is_made_to(tmp_path: Path) -> None:
    data = every_byte(authored_pdf(tmp_path / "a.pdf"))
    assert all(name in data for name in NAMES)


@pytest.mark.parametrize("policy", [None, MetadataPolicy.STRIP_ALL], ids=["web", "strip"])
def test_published_pdf_keeps_its_pages_and_no_name_it_carried(
    tmp_path: Path, out_dir: Path, policy: MetadataPolicy | None
) -> None:
    src, out = exported(tmp_path, out_dir, policy)
    shot = src.read_bytes()
    data = every_byte(out)
    assert [n for n in NAMES if n in data] == []
    assert b"Draft v3" not in data  # the catalogue's title replaces the document's
    with pikepdf.open(out) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        with pdf.open_metadata() as meta:
            xmp = {str(k).rsplit("}", 1)[-1]: meta[k] for k in meta}
        assert "/PieceInfo" not in pdf.Root
        image = pdf.pages[0].Resources.XObject.Im0
        assert "/Metadata" not in image
    if policy is None:  # publication: the catalogue's title and creator, the PDF/A claim kept
        assert info == {"/Title": "Concept note", "/Author": "Ana Fotógrafa"}
        assert xmp["title"] == "Concept note" and xmp["creator"] == ["Ana Fotógrafa"]
        assert (xmp["part"], xmp["conformance"]) == ("2", "B")
    else:
        assert info == {}
        assert set(xmp) == {"part", "conformance"}
    doc = pdfium.PdfDocument(out)
    assert len(doc) == 1 and "Opening keynote" in doc[0].get_textpage().get_text_range()
    with pikepdf.open(out) as pdf:  # the photo's pixels are the same bytes, not re-encoded
        image = pdf.pages[0].Resources.XObject.Im0
        assert image.read_raw_bytes() == strip_jpeg_metadata(jpeg_bytes((64, 48), orientation=1))
        Image.open(io.BytesIO(image.read_raw_bytes())).load()
    assert src.read_bytes() == shot  # the original is untouched


def test_metadata_kept_on_purpose_means_the_pdf_goes_out_byte_identical(
    tmp_path: Path, out_dir: Path
) -> None:
    src = authored_pdf(tmp_path / "note.pdf")
    entry = entry_for(src, "d1", Kind.DOCUMENT)
    for preset, policy, audience in (
        (WEB, MetadataPolicy.KEEP_ALL, Audience.PUBLIC),
        (ORIGINALS, None, Audience.ARCHIVE),
    ):
        s = settings(out_dir, preset=preset, metadata=policy, audience=audience)
        report = run_export(plan_export([entry], s, EVENT))
        # (an archive hand-over adds the catalogue's XMP sidecar beside the original)
        [file] = [f for f in report.files if f.variant != "xmp"]
        assert file.sha256 == entry.sha256 == sha256(report.payload_root / file.path)


def test_strip_jpeg_metadata_drops_exif_and_comments_and_keeps_the_picture() -> None:
    data = jpeg_bytes((64, 48), orientation=1)
    with_comment = data[:2] + b"\xff\xfe\x00\x0bJan Priv\x00" + data[2:]
    clean = strip_jpeg_metadata(with_comment)
    assert OWNER.encode() not in clean and b"Jan Priv" not in clean
    assert clean.endswith(data[data.index(b"\xff\xda") :])  # the scan, byte for byte
    assert Image.open(io.BytesIO(clean)).getexif() == {}
    for odd in (b"", b"not a jpeg", data[:30]):  # never damaged to be cleaned
        assert strip_jpeg_metadata(odd) == odd
    # a photo taken on its side keeps the one tag that shows it upright (decks' viewers
    # honour it), alone: no owner, serial or position
    turned = strip_jpeg_metadata(jpeg_bytes((64, 48), orientation=6))
    assert dict(Image.open(io.BytesIO(turned)).getexif()) == {0x0112: 6}
    assert OWNER.encode() not in turned and SERIAL.encode() not in turned


def _wrapped(data: bytes, chain: str) -> tuple[bytes, list[pikepdf.Name], Any]:
    """``data`` behind ``chain``'s lossless filters, the filters and their /DecodeParms."""
    dct, flate = pikepdf.Name.DCTDecode, pikepdf.Name.FlateDecode
    if chain == "flate":
        return zlib.compress(data), [flate, dct], None
    if chain == "ascii85":
        return base64.a85encode(data) + b"~>", [pikepdf.Name.ASCII85Decode, dct], None
    if chain == "hex then flate":
        hexed = zlib.compress(data).hex().encode() + b">"
        return hexed, [pikepdf.Name.ASCIIHexDecode, flate, dct], None
    if chain == "flate with a predictor":  # PNG "None" rows of one byte
        rows = b"".join(b"\0" + data[i : i + 1] for i in range(len(data)))
        parms = pikepdf.Dictionary(Predictor=12, Columns=1)
        every = pikepdf.Array([parms, pikepdf.Object.parse(b"null")])
        return zlib.compress(rows), [flate, dct], every
    return data, [dct], None


@pytest.mark.parametrize(
    "chain", ["alone in an array", "flate", "ascii85", "hex then flate", "flate with a predictor"]
)
def test_a_photo_behind_a_filter_chain_goes_out_without_its_camera_metadata(
    tmp_path: Path, out_dir: Path, chain: str
) -> None:
    """Producers also write a picture's filter as ``[/DCTDecode]`` or wrap the JPEG in a
    lossless filter; its owner, serial and position go all the same, its scan stays."""
    photo = jpeg_bytes((64, 48), orientation=1)
    src = tmp_path / "slides.pdf"
    with pikepdf.new() as pdf:
        data, filters, parms = _wrapped(photo, chain)
        image = pikepdf.Stream(pdf, data)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 64, 48, 8
        image.ColorSpace, image.Filter = pikepdf.Name.DeviceRGB, pikepdf.Array(filters)
        if parms is not None:
            image.DecodeParms = parms
        page = pdf.add_blank_page(page_size=(300, 200))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 64 0 0 48 20 40 cm /Im0 Do Q")
        pdf.save(src)
    entry = entry_for(src, "d2", Kind.DOCUMENT, title={"en": "Slides"})
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    [file] = report.files
    with pikepdf.open(report.payload_root / file.path) as pdf:
        image = pdf.pages[0].Resources.XObject.Im0
        jpeg = image.read_raw_bytes()
        assert image.Filter == pikepdf.Name.DCTDecode
    assert OWNER.encode() not in jpeg and SERIAL.encode() not in jpeg
    assert Image.open(io.BytesIO(jpeg)).getexif() == {}
    assert jpeg.endswith(photo[photo.index(b"\xff\xda") :])  # the scan, byte for byte


def test_pdf_needing_a_password_is_left_out_with_its_reason(tmp_path: Path, out_dir: Path) -> None:
    src = tmp_path / "locked.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.docinfo["/Author"] = pikepdf.String("Jan Privé")
        pdf.save(src, encryption=pikepdf.Encryption(owner="o", user="secret"))
    entry = entry_for(src, "d9", Kind.DOCUMENT)
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert report.files == ()
    [trouble] = report.problems
    assert "locked.pdf" in trouble.message and "password" in trouble.message
    assert "metadata" in trouble.message


def test_every_realworld_pdf_is_published_clean_or_left_out_with_a_reason(
    tmp_path: Path, out_dir: Path
) -> None:
    """The corpus's PDFs (damaged, encrypted, without document information...): each one is
    rewritten with the catalogue's properties and its page count, or reported; nothing hangs."""
    entries = [
        entry_for(path, f"p{n}", Kind.DOCUMENT, title={"en": f"Paper {n}"})
        for n, path in enumerate(sorted(REALWORLD.glob("*.pdf")))
    ]
    assert len(entries) >= 8
    report = run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    left_out = {Path(p.source).name for p in report.problems}
    assert left_out <= {
        "fc-minimal_test.pdf",  # 15 bytes: no document at all
        "fc-T02-02_002_page-tree-kids-links-recursive.pdf",  # its pages loop
    }
    assert len(report.files) + len(left_out) == len(entries)
    for file in report.files:
        with pikepdf.open(report.payload_root / file.path) as pdf:
            assert str(pdf.docinfo["/Author"]) == "Ana Fotógrafa"
            assert str(pdf.docinfo["/Title"]).startswith("Paper ")
            assert "/Producer" not in pdf.docinfo and len(pdf.pages) >= 1


@pytest.mark.parametrize("policy", [None, MetadataPolicy.STRIP_ALL], ids=["web", "strip"])
def test_published_pdf_xmp_names_smparchive_and_declares_each_namespace_once(
    tmp_path: Path, out_dir: Path, policy: MetadataPolicy | None
) -> None:
    """exiftool read "XMP Toolkit: pikepdf" in every published PDF: pikepdf's metadata
    editor named itself in a packet smparchive wrote, each property redeclaring its
    namespace. The packet now says smparchive, once, and reads back the same."""
    import re
    import shutil
    import subprocess

    _, out = exported(tmp_path, out_dir, policy)
    assert b"pikepdf" not in every_byte(out)
    with pikepdf.open(out) as pdf:
        packet = pdf.Root.Metadata.read_bytes()
        assert pdf.Root.Metadata.Type == pikepdf.Name.Metadata
        assert pdf.Root.Metadata.Subtype == pikepdf.Name.XML
        with pdf.open_metadata() as meta:
            xmp = {str(k).rsplit("}", 1)[-1]: meta[k] for k in meta}
    assert b'x:xmptk="smparchive"' in packet
    for prefix in re.findall(rb"xmlns:(\w+)=", packet):
        assert packet.count(b"xmlns:" + prefix + b"=") == 1, prefix
    assert packet.startswith(b"<?xpacket begin=") and packet.endswith(b'<?xpacket end="w"?>')
    if policy is None:
        assert xmp == {
            "part": "2",
            "conformance": "B",
            "title": "Concept note",
            "creator": ["Ana Fotógrafa"],
        }
    else:
        assert xmp == {"part": "2", "conformance": "B"}
    if shutil.which("exiftool"):
        done = subprocess.run(
            ["exiftool", "-a", "-G1", "-s", "-XMP:all", str(out)],
            capture_output=True,
            check=True,
            text=True,
        )
        assert "XMPToolkit                      : smparchive" in done.stdout
        assert "pikepdf" not in done.stdout


CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "realworld" / "images" / "camera"


@pytest.mark.parametrize("name", ["exiftool-ExifTool.jpg", "exiftool-GoPro.jpg"])
def test_makers_own_segments_are_dropped_and_the_pixels_stay(name: str) -> None:
    """Only EXIF, XMP, IPTC and comments were dropped: Canon's CIFF (owner name), Agfa's
    picture info (serial number), GoPro's telemetry, Ducky's and FlashPix's segments,
    JUMBF and a Unicode comment went on into published decks and PDFs."""
    data = (CORPUS / name).read_bytes()
    clean = strip_jpeg_metadata(data)
    kept = []
    at = 2
    while clean[at + 1] != 0xDA:
        length = int.from_bytes(clean[at + 2 : at + 4], "big")
        marker = clean[at + 1]
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            kept.append((marker, clean[at + 4 : at + 10]))
        at += 2 + length
    allowed = (b"JFIF\x00", b"ICC_PR", b"MPF\x00", b"Adobe", b"Exif\x00\x00")
    assert all(head.startswith(allowed) for _, head in kept), kept
    for private in (b"Phil Harvey", b"HEAPCCDR", b"GoPro", b"Ducky", b"FPXR", b"JFXX"):
        assert private not in clean[:at], private
    with Image.open(io.BytesIO(data)) as a, Image.open(io.BytesIO(clean)) as b:
        assert a.tobytes() == b.tobytes()  # the same picture, not re-encoded


@pytest.mark.parametrize("policy", [None, MetadataPolicy.STRIP_ALL], ids=["web", "strip"])
def test_a_pdf_ua_claim_stays_only_with_the_title_it_needs(
    tmp_path: Path, out_dir: Path, policy: MetadataPolicy | None
) -> None:
    """An accessible PDF (PDF/UA) stripped of every piece of metadata kept its PDF/UA claim
    without the title PDF/UA requires (dc:title): a conformance the file no longer met."""
    src = tmp_path / "accessible.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(300, 200))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "Concept note"
        meta["pdfuaid:part"] = "1"
    pdf.save(src)
    entry = entry_for(src, "d1", Kind.DOCUMENT, title={}, creator="")
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB, metadata=policy), EVENT))
    [file] = report.files
    with pikepdf.open(report.payload_root / file.path) as out, out.open_metadata() as meta:
        xmp = {str(k).rsplit("}", 1)[-1]: meta[k] for k in meta}
    if policy is None:  # publication keeps the document's title: the claim is still true
        assert xmp == {"part": "1", "title": "Concept note"}
    else:
        assert xmp == {}


def _scan_pdf(path: Path, picture: bytes, lying_length: bool = False) -> Path:
    """A one-page PDF whose page is ``picture`` (a JPEG), written uncompressed; with
    ``lying_length`` the picture's /Length says 10 bytes (a hostile file)."""
    with pikepdf.new() as pdf:
        image = pikepdf.Stream(pdf, picture)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 64, 48, 8
        image.ColorSpace, image.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
        page = pdf.add_blank_page(page_size=(300, 200))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 64 0 0 48 20 40 cm /Im0 Do Q")
        pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    if lying_length:
        data = path.read_bytes()
        said = f"/Length {len(picture)}".encode()
        assert data.count(said) == 1
        path.write_bytes(data.replace(said, b"/Length 10".ljust(len(said))))
    return path


@pytest.mark.parametrize("lying_length", [False, True])
def test_a_pdf_with_a_huge_picture_is_left_out_without_reading_it_whole(
    tmp_path: Path, out_dir: Path, lying_length: bool
) -> None:
    """Each picture inside a PDF was read whole to clean it: a 40 MB scan's page (or a
    hostile file's, its length understated) was held in memory. Over the cap the PDF is left
    out with the reason, as a deck over its caps is; a PDF of ordinary pictures still goes."""
    from smparchive.core import messages
    from smparchive.core.media.safety import MAX_DOCUMENT_PICTURE

    photo = jpeg_bytes((64, 48), orientation=1)
    big = _scan_pdf(
        tmp_path / "scan.pdf", photo + b"\0" * (MAX_DOCUMENT_PICTURE + (8 << 20)), lying_length
    )
    small = _scan_pdf(tmp_path / "note.pdf", photo)
    entries = [
        entry_for(big, "d1", Kind.DOCUMENT, title={"en": "Scan"}),
        entry_for(small, "d2", Kind.DOCUMENT, title={"en": "Note"}),
    ]
    report, peak = traced_peak(
        lambda: run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    )
    [left_out] = report.problems
    assert left_out.item_id == "d1" and "scan.pdf is left out" in left_out.message
    code, values = messages.identify(left_out.message) or ("", {})
    assert code == "export.pdf_not_cleaned"
    assert messages.phrase_code(values["why"]) == "picture_too_large"  # said in French too
    [file] = report.files
    assert file.item_id == "d2"
    with pikepdf.open(report.payload_root / file.path) as pdf:
        jpeg = pdf.pages[0].Resources.XObject.Im0.read_raw_bytes()
    assert OWNER.encode() not in jpeg and SERIAL.encode() not in jpeg
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a 40 MB picture"


def test_a_pdf_whose_picture_inflates_past_the_cap_is_left_out_before_it_is_held(
    tmp_path: Path, out_dir: Path
) -> None:
    """A picture wrapped in Flate was inflated whole before its size was checked: a PDF of
    a few hundred KB inflating to 200 MB (to gigabytes, a hostile one) held all of it.
    It is now refused once the cap is passed, the PDF left out with the reason."""
    from smparchive.core import messages
    from smparchive.core.media.safety import MAX_DOCUMENT_PICTURE

    packer = zlib.compressobj(9)
    wrapped = [packer.compress(jpeg_bytes((64, 48), orientation=1))]
    zeros = bytes(1 << 20)
    wrapped += [packer.compress(zeros) for _ in range(200)]  # 200 MB once inflated
    wrapped.append(packer.flush())
    src = tmp_path / "bomb.pdf"
    with pikepdf.new() as pdf:
        image = pikepdf.Stream(pdf, b"".join(wrapped))
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 64, 48, 8
        image.ColorSpace = pikepdf.Name.DeviceRGB
        image.Filter = pikepdf.Array([pikepdf.Name.FlateDecode, pikepdf.Name.DCTDecode])
        page = pdf.add_blank_page(page_size=(300, 200))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 64 0 0 48 20 40 cm /Im0 Do Q")
        pdf.save(src)
    assert src.stat().st_size < 1 << 20
    entry = entry_for(src, "d1", Kind.DOCUMENT, title={"en": "Bomb"})
    report, peak = traced_peak(
        lambda: run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    )
    assert not report.files
    [left_out] = report.problems
    assert "bomb.pdf is left out" in left_out.message
    assert "larger than 32 MB" in left_out.message, left_out.message
    code, values = messages.identify(left_out.message) or ("", {})
    assert code == "export.pdf_not_cleaned"
    assert messages.phrase_code(values["why"]) == "picture_too_large"
    assert peak < MAX_DOCUMENT_PICTURE // 4, f"{peak / 2**20:.0f} MB held"  # measured, not held
