"""A PDF's first page shape read from its structure in the scanning process (pdfshape):
whenever it answers, pdfium (what the full read asks, documents.probe_pdf) says the same
kind; damaged, encrypted or unusual files get no answer, quickly, and never an error."""

from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest
from tests.conftest import CORPUS

from smparchive.core.media.documents import probe_pdf
from smparchive.core.media.info import Kind, MediaInfo
from smparchive.core.media.pdfshape import first_page_kind

LANDSCAPE = b"[0 0 960 540]"
PORTRAIT = b"[0 0 595 842]"


def _pdfium_kind(path: Path) -> Kind:
    info = MediaInfo(kind=Kind.DOCUMENT, format="PDF")
    probe_pdf(path, info)
    return info.kind


def _pdf(
    objects: dict[int, bytes], *, trailer: bytes = b"", update: dict[int, bytes] | None = None
) -> bytes:
    """A PDF with a classic cross-reference table (and an incremental update)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num, body in sorted(objects.items()):
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num] if num in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        trailer,
        xref,
    )
    if update:
        new: dict[int, int] = {}
        for num, body in sorted(update.items()):
            new[num] = len(out)
            out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
        at = len(out)
        out += b"xref\n"
        for num, off in sorted(new.items()):
            out += b"%d 1\n%010d 00000 n \n" % (num, off)
        size = max(size, max(update) + 1)
        out += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
            size,
            xref,
            at,
        )
    return bytes(out)


def _compressed(objects: dict[int, bytes], packed: set[int], pad: int = 0) -> bytes:
    """A PDF 1.5 file: ``packed`` objects inside an object stream, a cross-reference
    stream with the PNG Up predictor (as most writers make them); ``pad`` zero bytes
    after the objects (a decompression bomb)."""
    out = bytearray(b"%PDF-1.5\n")
    entries: dict[int, tuple[int, int, int]] = {}
    for num, body in sorted(objects.items()):
        if num not in packed:
            entries[num] = (1, len(out), 0)
            out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    stm = max(objects) + 1
    header, payload = b"", b""
    for i, num in enumerate(sorted(packed)):
        header += b"%d %d " % (num, len(payload))
        payload += objects[num] + b"\n"
        entries[num] = (2, stm, i)
    data = zlib.compress(header + payload + bytes(pad))
    entries[stm] = (1, len(out), 0)
    out += (
        b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (
            stm,
            len(packed),
            len(header),
            len(data),
        )
    )
    out += data + b"\nendstream\nendobj\n"
    xref_num = stm + 1
    entries[xref_num] = (1, len(out), 0)
    rows, prev = b"", bytes(5)
    for num in range(xref_num + 1):
        kind, a, b = entries.get(num, (0, 0, 0))
        row = bytes([kind]) + a.to_bytes(3, "big") + b.to_bytes(1, "big")
        rows += b"\x02" + bytes((x - y) & 0xFF for x, y in zip(row, prev, strict=True))
        prev = row
    data = zlib.compress(rows)
    at = len(out)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 3 1] /Root 1 0 R /Filter /FlateDecode "
        b"/DecodeParms << /Predictor 12 /Columns 5 >> /Length %d >>\nstream\n"
        % (xref_num, xref_num + 1, len(data))
    )
    out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % at
    return bytes(out)


def _pages(box: bytes, extra: bytes = b"", pages_extra: bytes = b"") -> dict[int, bytes]:
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 %s >>" % pages_extra,
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox %s %s >>" % (box, extra),
    }


WELL_FORMED = {
    "landscape": (_pdf(_pages(LANDSCAPE)), Kind.SLIDES),
    "portrait": (_pdf(_pages(PORTRAIT)), Kind.DOCUMENT),
    "landscape turned a quarter": (_pdf(_pages(LANDSCAPE, b"/Rotate 90")), Kind.SLIDES),
    "portrait turned": (_pdf(_pages(PORTRAIT, b"/Rotate -90")), Kind.DOCUMENT),
    "box inherited from the tree": (
        _pdf(
            {
                1: b"<< /Type /Catalog /Pages 2 0 R >>",
                2: b"<< /Type /Pages /Kids [4 0 R] /Count 2 /MediaBox [0 0 1024 768] >>",
                4: b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 5 0 R] /Count 2 >>",
                3: b"<< /Type /Page /Parent 4 0 R >>",
                5: b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 100 900] >>",
            }
        ),
        Kind.SLIDES,
    ),
    "box as a reference": (
        _pdf({**_pages(b"6 0 R"), 6: b"[0 0 800 600.5]"}),
        Kind.SLIDES,
    ),
    "a crop box making a landscape page upright": (
        _pdf(_pages(LANDSCAPE, b"/CropBox [100 0 500 540]")),
        Kind.DOCUMENT,
    ),
    "reversed corners": (_pdf(_pages(b"[960 540 0 0]")), Kind.SLIDES),
    "an update that turns the page's box": (
        _pdf(
            _pages(PORTRAIT), update={3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>"}
        ),
        Kind.SLIDES,
    ),
    "object and cross-reference streams": (
        _compressed(_pages(LANDSCAPE), packed={1, 2, 3}),
        Kind.SLIDES,
    ),
    "object stream, portrait": (_compressed(_pages(PORTRAIT), packed={2, 3}), Kind.DOCUMENT),
}


@pytest.mark.parametrize("name", sorted(WELL_FORMED))
def test_a_well_formed_pdf_gets_the_kind_pdfium_gives(name: str, tmp_path: Path) -> None:
    data, expected = WELL_FORMED[name]
    path = tmp_path / "f.pdf"
    path.write_bytes(data)
    assert _pdfium_kind(path) is expected  # the fixture is what it says
    assert first_page_kind(path) is expected


def _updated_damaged() -> dict[str, bytes]:
    """An update turning a portrait page landscape, damaged where pdfium then reads the
    old page (or rebuilds the table) while the newest section still looks usable: each
    was a wrong answer found by changing bytes at random."""
    updated = WELL_FORMED["an update that turns the page's box"][0]
    first, _, second = updated.partition(b"%%EOF\n")
    return {
        "an older section giving the page a higher generation": first.replace(
            b"0000000122 00000 n", b"0000000122 00020 n"
        )
        + b"%%EOF\n"
        + second,
        "the last startxref damaged, an update's earlier one intact": first
        + b"%%EOF\n"
        + second.replace(b"startxref", b"sta1txr-f"),
        "a section keyword run into its numbers": first
        + b"%%EOF\n"
        + second.replace(b"xref\n3 1", b"xref63 1"),
        "junk glued to the last startxref": first
        + b"%%EOF\n"
        + second.replace(b">>\nstartxref", b">>sstartxref"),
    }


def _damaged() -> dict[str, bytes]:
    good = _pdf(_pages(LANDSCAPE))
    xref_at = int(good.rsplit(b"startxref", 1)[1].split()[0])
    deep = b"[" * 5000 + b"]" * 5000
    return {
        # pdfium rebuilds a damaged cross-reference by scanning the file: not followed here
        "startxref off by a few bytes": good.replace(
            b"startxref\n%d" % xref_at, b"startxref\n%d" % (xref_at + 7)
        ),
        "object moved from where the table says": good.replace(b"3 0 obj", b"\n3 0 obj", 1),
        "no trailer": good[: good.rindex(b"trailer")],
        "cut in half": good[: len(good) // 2],
        "only a header": b"%PDF-1.4\n",
        "encrypted": _pdf(_pages(LANDSCAPE), trailer=b"/Encrypt << /Filter /Standard >> "),
        "linearised": good.replace(b"%PDF-1.4\n", b"%PDF-1.4\n% /Linearized 1\n", 1),
        "kids looping": _pdf(
            {
                1: b"<< /Type /Catalog /Pages 2 0 R >>",
                2: b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
            }
        ),
        "no media box": _pdf(_pages(b"null")),
        "a crop box outside the media box": _pdf(_pages(PORTRAIT, b"/CropBox [0 0 2000 500]")),
        "square within the threshold's hair": _pdf(_pages(b"[0 0 1050 1000]")),
        "nested arrays": _pdf({**_pages(LANDSCAPE), 4: deep}).replace(
            b"/Count 1", b"/Count 1 /X 4 0 R"
        ),
        "deep page tree": _pdf(
            {
                1: b"<< /Type /Catalog /Pages 2 0 R >>",
                **{
                    n: b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (n + 1) for n in range(2, 60)
                },
                60: b"<< /Type /Page /MediaBox [0 0 960 540] >>",
            }
        ),
        "a zip bomb as its object stream": _compressed(
            _pages(LANDSCAPE), packed={2, 3}, pad=64 * 1024 * 1024
        ),
        "zero page count": _pdf(_pages(LANDSCAPE)).replace(b"/Count 1", b"/Count 0"),
        "a page with no type": _pdf(_pages(LANDSCAPE)).replace(b"/Type /Page ", b""),
        **_updated_damaged(),
    }


def test_damaged_encrypted_or_unusual_pdfs_get_no_answer_and_never_a_wrong_one(
    tmp_path: Path,
) -> None:
    """The file then waits for pdfium in a worker, as before: never counted under a kind
    the full read would change. Each answer takes milliseconds, bombs included."""
    for name, data in _damaged().items():
        path = tmp_path / "f.pdf"
        path.write_bytes(data)
        t0 = time.perf_counter()
        got = first_page_kind(path)
        seconds = time.perf_counter() - t0
        assert got is None, name
        assert seconds < 2, name  # a bound on work, not a speed figure
    assert first_page_kind(tmp_path / "gone.pdf") is None


def test_the_corpus_pdfs_get_pdfiums_kind_or_none() -> None:
    """Real files (a tree of recursive kids, no table, updates, object streams, passwords):
    every answer is pdfium's; the well-formed ones get one."""
    files = sorted((CORPUS / "pdf").glob("*.pdf"))
    if not files:
        pytest.skip("real-world corpus not present")
    answered = []
    for path in files:
        got = first_page_kind(path)
        if got is not None:
            assert got is _pdfium_kind(path), path.name
            answered.append(path.name)
    assert len(answered) >= 3, answered


def test_altered_bytes_never_give_a_kind_pdfium_does_not(tmp_path: Path) -> None:
    """Every well-formed fixture with one byte changed, or cut short, at 40 places each
    (fixed seed): the reader never raises, and whatever it answers pdfium answers too."""
    import random

    rng = random.Random(19)
    path = tmp_path / "f.pdf"
    answered = 0
    for data, _kind in WELL_FORMED.values():
        for _ in range(40):
            at = rng.randrange(len(data))
            if rng.random() < 0.2:
                variant = data[:at]
            else:
                variant = (
                    data[:at]
                    + bytes([rng.choice(b"0123456789 /[]<>()RnfobjPageKids\n")])
                    + data[at + 1 :]
                )
            path.write_bytes(variant)
            got = first_page_kind(path)
            if got is not None:
                answered += 1
                assert got is _pdfium_kind(path), (at, variant[max(0, at - 20) : at + 20])
    assert answered  # most changes land in places the shape does not depend on
