"""A small, correct PDF 1.4 writer for text pages with the standard Helvetica fonts.

Text uses WinAnsiEncoding, so accented Western European letters stay extractable.
Enough for the demo's slide handouts and concept note; not a general PDF library.
"""

from __future__ import annotations

import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

# Advance widths (1/1000 em) of ASCII 32..126 from the Adobe Helvetica AFM files.
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 "
    "556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 "
    "556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 "
    "500 500 500 334 260 334 584"
)
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 "
    "611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 "
    "611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 "
    "556 556 500 389 280 389 584"
)
_WIDTHS = {
    False: dict(zip(map(chr, range(32, 127)), map(int, _REGULAR.split()), strict=True)),
    True: dict(zip(map(chr, range(32, 127)), map(int, _BOLD.split()), strict=True)),
}
_SPECIAL = {"–": 556, "—": 1000, "•": 350, "’": 222, "‘": 222, "“": 333, "”": 333, "·": 278}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` set in Helvetica (bold) at ``size``."""
    widths = _WIDTHS[bold]
    total = 0
    for char in text:
        if char in widths:
            total += widths[char]
        elif char in _SPECIAL:
            total += _SPECIAL[char]
        else:  # accented letter: as wide as its base letter
            base = unicodedata.normalize("NFD", char)[:1]
            total += widths.get(base, 556)
    return total * size / 1000


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points (words are not split)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _info_text(text: str) -> bytes:
    if text.isascii():  # dates must be plain literal strings
        return _pdf_text(text)
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def pdf_date(moment: datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') for an aware datetime."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


@dataclass
class Page:
    """One page being drawn; coordinates in points from the bottom-left corner."""

    width: float
    height: float
    ops: list[bytes] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
        """A filled rectangle."""
        r, g, b = (c / 255 for c in rgb)
        self.ops.append(f"{r:.3f} {g:.3f} {b:.3f} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f".encode())

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        rgb: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        """One line of text with its baseline at ``y``."""
        r, g, b = (c / 255 for c in rgb)
        font = "F2" if bold else "F1"
        head = f"BT {r:.3f} {g:.3f} {b:.3f} rg /{font} {size:g} Tf {x:.2f} {y:.2f} Td "
        self.ops.append(head.encode() + _pdf_text(text) + b" Tj ET")

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        width: float,
        leading: float,
        *,
        bold: bool = False,
        rgb: tuple[int, int, int] = (0, 0, 0),
    ) -> float:
        """Wrapped text starting at baseline ``y``; returns the baseline after the last line."""
        for line in wrap(text, size, width, bold):
            self.text(x, y, line, size, bold=bold, rgb=rgb)
            y -= leading
        return y


class PdfDocument:
    """Pages plus document information, serialised with a correct cross-reference table."""

    def __init__(self, info: dict[str, str] | None = None) -> None:
        self.pages: list[Page] = []
        self.info = dict(info or {})

    def add_page(self, width: float, height: float) -> Page:
        """Append a blank page and return it for drawing."""
        page = Page(width, height)
        self.pages.append(page)
        return page

    def to_bytes(self) -> bytes:
        """The whole file."""
        n_pages = len(self.pages)
        # Objects: 1 catalog, 2 pages, 3 info, 4-5 fonts, then (page, contents) pairs.
        first_page = 6
        page_ids = [first_page + 2 * i for i in range(n_pages)]
        objects: dict[int, bytes] = {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids ["
            + b" ".join(f"{i} 0 R".encode() for i in page_ids)
            + f"] /Count {n_pages} >>".encode(),
            3: b"<< "
            + b" ".join(f"/{k} ".encode() + _info_text(v) for k, v in self.info.items())
            + b" >>",
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
            b"/Encoding /WinAnsiEncoding >>",
        }
        for page, page_id in zip(self.pages, page_ids, strict=True):
            stream = zlib.compress(b"\n".join(page.ops), 9)
            objects[page_id] = (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page.width:g} {page.height:g}] "
                f"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
                f"/Contents {page_id + 1} 0 R >>"
            ).encode()
            objects[page_id + 1] = (
                f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                + stream
                + b"\nendstream"
            )
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets: dict[int, int] = {}
        for number in sorted(objects):
            offsets[number] = len(out)
            out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
        xref_at = len(out)
        count = max(objects) + 1
        out += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
        for number in range(1, count):
            out += f"{offsets[number]:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {count} /Root 1 0 R /Info 3 0 R >>\n".encode()
        out += f"startxref\n{xref_at}\n%%EOF\n".encode()
        return bytes(out)

    def save(self, path: Path) -> None:
        """Write the file to ``path``."""
        path.write_bytes(self.to_bytes())
