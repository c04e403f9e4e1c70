"""A PDF's first page shape from its structure alone, for the scan's head pass.

A PDF is a deck or a document by the shape of its first page (:func:`documents.probe_pdf`
asks pdfium). Only a full read in a worker could tell, so a new PDF had no row until a
worker had started, imported pdfium and opened it: on a card with decks that gated the
moment everything was searchable. This module answers the same question in the scanning
process for a well-formed PDF, reading a few small pieces of the file (the trailer, the
cross-reference table or stream, the catalogue and the objects on the way to the first
page) with no decoder but zlib, under fixed limits of bytes, objects and depth.

It answers only when it follows what pdfium follows: a clean cross-reference (every object
found where it says, with the number it says), no encryption, no linearisation, a page
tree whose first leaf is a ``/Page`` with a plain ``/MediaBox``. Anything else (damage
pdfium would repair, an unusual structure, a shape within a hair of the threshold) gives
None and the file waits for the full read as before: a PDF is never counted under one
kind and then moved to the other.
"""

from __future__ import annotations

import logging
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .info import Kind

log = logging.getLogger(__name__)

# documents.LANDSCAPE_RATIO (not imported: that module loads the office and picture code)
LANDSCAPE_RATIO = 1.05
MAX_BYTES = 1024 * 1024  # read from the file in all
MAX_OBJECTS = 64  # objects fetched
MAX_DEPTH = 32  # page tree levels, /Parent links, nesting inside one object
MAX_STREAM = 1024 * 1024  # a cross-reference or object stream, decompressed
MAX_XREF_SECTIONS = 8  # incremental updates followed through /Prev
_TAIL = 1024  # where "startxref" must be
_HEAD = 1024  # where "/Linearized" would be
MARGIN = 0.002  # shapes this close to the threshold (relative) are left to pdfium

_WS = b"\x00\t\n\x0c\r "
_DELIM = b"()<>[]{}/%"
_REGULAR = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]+")
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)\Z")
_INT = re.compile(rb"[+-]?\d+\Z")
_OBJ_HEAD = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?:\r\n| \r| \n)")
_SECTION = re.compile(rb"\s*(\d+) (\d+)\s*?(?:\r\n|\r|\n)")
_XREF_BLOCK = re.compile(rb"(?:\d{10} \d{5} [nf](?:\r\n| \r| \n))*")
_XREF_KEYWORD = re.compile(rb"xref[\r\n ]")
_STARTXREF = re.compile(rb"(?<=[\r\n])startxref[\r\n ]+(\d+)[\r\n ]+%%EOF[\x00\t\n\x0c\r ]*\Z")
_AFTER_TRAILER = re.compile(rb"[\r\n ]*[\r\n]startxref[\r\n ]+(\d+)[\r\n ]+%%EOF")


class Unsure(Exception):
    """The structure is not one this module follows exactly: leave it to pdfium."""


class Name(str):
    """A PDF name (``/Type``), told apart from strings."""


@dataclass(frozen=True, slots=True)
class Ref:
    num: int
    gen: int


@dataclass(slots=True)
class Stream:
    attrs: dict[str, Any]
    data: bytes


_END_ARRAY = object()
_END_DICT = object()


class _Parser:
    """PDF objects from bytes: numbers, names, strings, arrays, dictionaries, references."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def skip(self) -> None:
        data, n = self.data, len(self.data)
        while self.pos < n:
            c = data[self.pos]
            if c in _WS:
                self.pos += 1
            elif c == 0x25:  # % comment
                while self.pos < n and data[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                return

    def token(self) -> bytes:
        self.skip()
        data, pos = self.data, self.pos
        if pos >= len(data):
            raise Unsure("end of data")
        c = data[pos : pos + 1]
        if data.startswith((b"<<", b">>"), pos):
            self.pos += 2
            return data[pos : pos + 2]
        if c in b"[]{}":
            self.pos += 1
            return c
        if c == b"/":
            m = _REGULAR.match(data, pos + 1)
            end = m.end() if m else pos + 1
            self.pos = end
            return data[pos:end]
        if c in b"(<)>":
            return c  # strings: read by the caller
        m = _REGULAR.match(data, pos)
        if not m:
            raise Unsure("bad token")
        self.pos = m.end()
        return m.group()

    def value(self, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise Unsure("nested too deep")
        tok = self.token()
        if tok == b"<<":
            out: dict[str, Any] = {}
            while True:
                key = self.value(depth + 1)
                if key is _END_DICT:
                    return out
                if not isinstance(key, Name):
                    raise Unsure("dictionary key")
                val = self.value(depth + 1)
                if val is _END_DICT or val is _END_ARRAY:
                    raise Unsure("dictionary value")
                out[str(key)] = val
        if tok == b">>":
            return _END_DICT
        if tok == b"[":
            items: list[Any] = []
            while True:
                item = self.value(depth + 1)
                if item is _END_ARRAY:
                    return items
                if item is _END_DICT:
                    raise Unsure("array")
                items.append(item)
        if tok == b"]":
            return _END_ARRAY
        if tok.startswith(b"/"):
            if b"#" in tok:
                raise Unsure("escaped name")  # legal, rare: not worth getting subtly wrong
            return Name(tok[1:].decode("latin-1"))
        if tok == b"(":
            return self.literal()
        if tok == b"<":
            end = self.data.find(b">", self.pos)
            if end < 0:
                raise Unsure("hex string")
            self.pos = end + 1
            return b""  # the text is never needed here
        if tok in (b"true", b"false"):
            return tok == b"true"
        if tok == b"null":
            return None
        if _INT.match(tok):
            number = int(tok)
            save = self.pos
            try:  # "12 0 R": a reference
                gen = self.token()
                if _INT.match(gen) and self.token() == b"R":
                    return Ref(number, int(gen))
            except Unsure:
                pass
            self.pos = save
            return number
        if _NUMBER.match(tok):
            return float(tok)
        raise Unsure(f"unexpected {tok[:20]!r}")

    def literal(self) -> bytes:
        data, pos, depth = self.data, self.pos + 1, 1
        while pos < len(data):
            c = data[pos]
            if c == 0x5C:  # backslash: the next byte is escaped
                pos += 2
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if depth == 0:
                    self.pos = pos + 1
                    return b""  # the text is never needed here
            pos += 1
        raise Unsure("unterminated string")


class _File:
    """Reads pieces of one PDF under the module's limits."""

    def __init__(self, fh: Any, size: int) -> None:
        self.fh = fh
        self.size = size
        self.read_bytes = 0
        self.fetched = 0
        # Cross-reference sections, newest first: a table's section (first number, count,
        # its bytes and where its entries start; entries read when asked) or a stream's
        # decoded entries (num -> (type, field2, field3)).
        self.sections: list[tuple[int, int, bytes, int] | dict[int, tuple[int, int, int]]] = []
        self.cache: dict[int, Any] = {}
        self.objstms: dict[int, tuple[bytes, list[tuple[int, int]], int]] = {}

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or offset >= self.size:
            raise Unsure("offset outside the file")
        length = min(length, self.size - offset)
        self.read_bytes += length
        if self.read_bytes > MAX_BYTES:
            raise Unsure("too much to read")
        self.fh.seek(offset)
        data: bytes = self.fh.read(length)
        return data

    def object_at(self, offset: int, num: int | None, gen: int | None) -> Any:
        """The object ``num gen obj ... endobj`` at ``offset`` (a stream with its data)."""
        for chunk in (8 * 1024, 256 * 1024):
            data = self.read(offset, chunk)
            try:
                return self._parse_object(data, num, gen)
            except _Short:
                if len(data) < chunk:
                    break
        raise Unsure("object larger than this module reads")

    def _parse_object(self, data: bytes, num: int | None, gen: int | None) -> Any:
        m = _OBJ_HEAD.match(data)
        if not m:
            raise _Short() if len(data) < 32 else Unsure("no object where the table says")
        if num is not None and (int(m.group(1)), int(m.group(2))) != (num, gen):
            raise Unsure("another object where the table says")
        p = _Parser(data, m.end())
        try:
            value = p.value()
            p.skip()
            rest = data[p.pos : p.pos + 9]
        except Unsure:
            if b"endobj" not in data[m.end() :]:
                raise _Short() from None
            raise
        if rest.startswith(b"endobj"):
            return value
        if not rest.startswith(b"stream") or not isinstance(value, dict):
            if len(data) - p.pos < 16:
                raise _Short()
            raise Unsure("no endobj")
        start = p.pos + 6
        if data.startswith(b"\r\n", start):
            start += 2
        elif data.startswith(b"\n", start):
            start += 1
        else:
            raise Unsure("stream keyword")
        length = value.get("Length")
        if not isinstance(length, int) or length < 0:
            raise Unsure("stream length")  # an indirect /Length: left to pdfium
        end = start + length
        if end + 9 > len(data):
            raise _Short()
        tail = data[end : end + 32].lstrip(_WS)
        if not tail.startswith(b"endstream"):
            raise Unsure("stream length does not match")
        return Stream(value, data[start:end])

    def entry(self, num: int) -> tuple[int, int, int] | None:
        """The newest cross-reference entry of object ``num``: (type, field 2, field 3).

        pdfium does not simply take the newest section's: a higher generation number, or
        a compressed entry, wins over a later one. So an object listed by several sections
        is followed only when each is in use in the file (type 1) and the newest has the
        highest generation (an ordinary incremental update)."""
        found: list[tuple[int, int, int]] = []
        for section in self.sections:
            if isinstance(section, dict):
                if num in section:
                    found.append(section[num])
                continue
            first, count, data, pos = section
            if first <= num < first + count:
                e = _XREF_ENTRY.match(data, pos + 20 * (num - first))
                if not e:
                    raise Unsure("xref entry")
                n, gen = int(e.group(1)), int(e.group(2))
                found.append((1, n, gen) if e.group(3) == b"n" else (0, n, gen))
        if len(found) > 1 and (
            any(t != 1 for t, _a, _b in found) or any(g > found[0][2] for _t, _a, g in found)
        ):
            raise Unsure("an object listed differently by several sections")
        return found[0] if found else None

    def get(self, obj: Any) -> Any:
        """``obj`` with a reference resolved (once: PDF has no reference to a reference)."""
        if not isinstance(obj, Ref):
            return obj
        if obj.num in self.cache:
            return self.cache[obj.num]
        self.fetched += 1
        if self.fetched > MAX_OBJECTS:
            raise Unsure("too many objects")
        entry = self.entry(obj.num)
        if entry is None or entry[0] == 0:
            raise Unsure("a reference to no object")
        if entry[0] == 1:
            if entry[2] != obj.gen:
                raise Unsure("generation")
            value = self.object_at(entry[1], obj.num, obj.gen)
        elif entry[0] == 2:
            if obj.gen != 0:
                raise Unsure("generation")
            value = self._in_objstm(obj.num, entry[1], entry[2])
        else:
            raise Unsure("xref entry type")
        self.cache[obj.num] = value
        return value

    def _in_objstm(self, num: int, stm: int, index: int) -> Any:
        if stm not in self.objstms:
            entry = self.entry(stm)
            if entry is None or entry[0] != 1:
                raise Unsure("object stream")
            s = self.object_at(entry[1], stm, 0)
            if not isinstance(s, Stream) or s.attrs.get("Type") != "ObjStm":
                raise Unsure("object stream")
            n, first = s.attrs.get("N"), s.attrs.get("First")
            if not isinstance(n, int) or not isinstance(first, int) or not 0 < n <= 100_000:
                raise Unsure("object stream header")
            data = _decoded(s)
            numbers = data[:first].split()
            if len(numbers) != 2 * n or not all(x.isdigit() for x in numbers):
                raise Unsure("object stream header")
            it = iter(int(x) for x in numbers)
            pairs = list(zip(it, it, strict=True))
            self.objstms[stm] = (data, pairs, first)
        data, pairs, first = self.objstms[stm]
        if not 0 <= index < len(pairs) or pairs[index][0] != num:
            raise Unsure("object stream index")
        value = _Parser(data, first + pairs[index][1]).value()
        if isinstance(value, Stream | Ref):
            raise Unsure("object stream content")
        return value


class _Short(Exception):
    """The piece read ends before the object does: read more."""


def _decoded(s: Stream) -> bytes:
    """A stream's data, FlateDecode (with PNG predictors) or none."""
    f = s.attrs.get("Filter")
    if isinstance(f, list) and len(f) == 1:
        f = f[0]
    data = s.data
    if f is not None:
        if f != "FlateDecode":
            raise Unsure("filter")
        d = zlib.decompressobj()
        try:
            data = d.decompress(data, MAX_STREAM)
        except zlib.error as exc:
            raise Unsure("zlib") from exc
        if d.unconsumed_tail:
            raise Unsure("stream too large")
    parms = s.attrs.get("DecodeParms")
    if isinstance(parms, list) and len(parms) == 1:
        parms = parms[0]
    if parms is None:
        return data
    if not isinstance(parms, dict) or f is None:
        raise Unsure("decode parameters")
    predictor = parms.get("Predictor", 1)
    if predictor == 1:
        return data
    if not isinstance(predictor, int) or predictor < 10:
        raise Unsure("predictor")
    columns = parms.get("Columns", 1)
    if parms.get("Colors", 1) != 1 or parms.get("BitsPerComponent", 8) != 8:
        raise Unsure("predictor parameters")
    if not isinstance(columns, int) or not 0 < columns <= 64:
        raise Unsure("predictor columns")
    return _png_unpredict(data, columns)


def _png_unpredict(data: bytes, columns: int) -> bytes:
    row = columns + 1
    if len(data) % row:
        raise Unsure("predicted rows")
    out = bytearray()
    prev = bytearray(columns)
    for start in range(0, len(data), row):
        kind, line = data[start], bytearray(data[start + 1 : start + row])
        if kind == 2:  # Up, what writers use for cross-reference streams
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
            kind = 0
        for i in range(columns if kind else 0):
            left = line[i - 1] if i else 0
            up, ul = prev[i], (prev[i - 1] if i else 0)
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                pa, pb, pc = abs(up - ul), abs(left - ul), abs(left + up - 2 * ul)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else ul)
                line[i] = (line[i] + pred) & 0xFF
            elif kind != 0:
                raise Unsure("PNG filter type")
        out += line
        prev = line
    return bytes(out)


def _read_xref(f: _File) -> dict[str, Any]:
    """The cross-reference (newest section first, then its /Prev chain) and the trailer."""
    tail = f.read(max(0, f.size - _TAIL), _TAIL)
    # The file ends with "startxref <offset> %%EOF" (an earlier update's, further up, is
    # not the one pdfium follows: if the last one is damaged it rebuilds the table).
    m = _STARTXREF.search(tail)
    if not m:
        raise Unsure("no startxref at the end")
    offset = int(m.group(1))
    trailer: dict[str, Any] | None = None
    seen: set[int] = set()
    for _ in range(MAX_XREF_SECTIONS):
        if offset in seen:
            raise Unsure("xref loop")
        seen.add(offset)
        head = f.read(offset, 16)
        if _XREF_KEYWORD.match(head):
            section_trailer = _xref_table(f, offset)
        else:
            section_trailer = _xref_stream(f, offset)
        if trailer is None:
            trailer = section_trailer
        if "XRefStm" in section_trailer or "Encrypt" in section_trailer:
            raise Unsure("hybrid cross-reference or encryption")
        prev = section_trailer.get("Prev")
        if prev is None:
            break
        if not isinstance(prev, int):
            raise Unsure("/Prev")
        offset = prev
    else:
        raise Unsure("too many updates")
    assert trailer is not None
    return trailer


def _xref_table(f: _File, offset: int) -> dict[str, Any]:
    chunk = 64 * 1024
    data = f.read(offset, chunk)
    pos = 4
    while True:
        rest = data[pos:].lstrip(_WS)
        pos = len(data) - len(rest)
        if rest.startswith(b"trailer"):
            p = _Parser(data, pos + len(b"trailer"))
            trailer = p.value()
            if not isinstance(trailer, dict):
                raise Unsure("trailer")
            # then this section's own "startxref <its offset> %%EOF", as writers end it
            m = _AFTER_TRAILER.match(data, p.pos)
            if not m or int(m.group(1)) != offset:
                raise Unsure("no startxref after the trailer")
            return trailer
        m = _SECTION.match(data, pos)
        if not m:
            raise Unsure("xref section")
        first, count = int(m.group(1)), int(m.group(2))
        pos = m.end()
        end = pos + 20 * count
        if end + 16 > len(data):
            if len(data) < chunk or end - pos > MAX_STREAM:
                raise Unsure("xref table")
            chunk = min(end - 0 + 4096, MAX_BYTES)
            data = f.read(offset, chunk)
            if end + 16 > len(data):
                raise Unsure("xref table")
        if not _XREF_BLOCK.fullmatch(data, pos, end):
            raise Unsure("xref entries")  # pdfium would rebuild the table
        f.sections.append((first, count, data, pos))
        pos = end


def _xref_stream(f: _File, offset: int) -> dict[str, Any]:
    s = f.object_at(offset, None, None)
    if not isinstance(s, Stream) or s.attrs.get("Type") != "XRef":
        raise Unsure("no cross-reference at startxref")
    widths = s.attrs.get("W")
    size = s.attrs.get("Size")
    if (
        not isinstance(widths, list)
        or len(widths) != 3
        or not all(isinstance(w, int) and 0 <= w <= 8 for w in widths)
        or not isinstance(size, int)
    ):
        raise Unsure("xref stream fields")
    index = s.attrs.get("Index", [0, size])
    if not isinstance(index, list) or len(index) % 2 or not all(isinstance(i, int) for i in index):
        raise Unsure("xref stream index")
    data = _decoded(s)
    w0, w1, w2 = widths
    row = w0 + w1 + w2
    if row == 0:
        raise Unsure("xref stream widths")
    pos = 0
    entries: dict[int, tuple[int, int, int]] = {}
    f.sections.append(entries)
    for n in range(0, len(index), 2):
        first, count = index[n], index[n + 1]
        for i in range(count):
            if pos + row > len(data):
                raise Unsure("xref stream short")
            kind = int.from_bytes(data[pos : pos + w0], "big") if w0 else 1
            a = int.from_bytes(data[pos + w0 : pos + w0 + w1], "big")
            b = int.from_bytes(data[pos + w0 + w1 : pos + row], "big")
            pos += row
            entries.setdefault(first + i, (kind, a, b) if kind in (0, 1, 2) else (3, 0, 0))
    return s.attrs


def _box(value: Any) -> tuple[float, float, float, float]:
    if not isinstance(value, list) or len(value) != 4:
        raise Unsure("box")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        raise Unsure("box values")
    x0, y0, x1, y1 = (float(v) for v in value)
    left, right = min(x0, x1), max(x0, x1)
    bottom, top = min(y0, y1), max(y0, y1)
    if right - left <= 0 or top - bottom <= 0:
        raise Unsure("empty box")
    return left, bottom, right, top


def _inherited(f: _File, page: dict[str, Any], key: str) -> Any:
    """A page attribute, from the page or the nearest /Parent that has it (as pdfium)."""
    node = page
    for _ in range(MAX_DEPTH):
        if key in node:
            return f.get(node[key])
        parent = f.get(node.get("Parent"))
        if not isinstance(parent, dict):
            return None
        node = parent
    raise Unsure("/Parent chain")


def _first_page(f: _File, trailer: dict[str, Any]) -> dict[str, Any]:
    root = f.get(trailer.get("Root"))
    if not isinstance(root, dict):
        raise Unsure("catalogue")
    node = f.get(root.get("Pages"))
    if not isinstance(node, dict) or node.get("Type") != "Pages":
        raise Unsure("page tree")
    count = f.get(node.get("Count"))
    if not isinstance(count, int) or not 0 < count < 1 << 20:
        raise Unsure("page count")  # pdfium counts the pages itself then
    seen: set[int] = set()
    for _ in range(MAX_DEPTH):
        kids = f.get(node.get("Kids"))
        if not isinstance(kids, list) or not kids or not isinstance(kids[0], Ref):
            raise Unsure("kids")
        if kids[0].num in seen:
            raise Unsure("page tree loop")
        seen.add(kids[0].num)
        kid = f.get(kids[0])
        if not isinstance(kid, dict):
            raise Unsure("kid")
        if kid.get("Type") == "Page" and "Kids" not in kid:
            return kid
        if kid.get("Type") != "Pages" or "Kids" not in kid:
            raise Unsure("page tree node")
        node = kid
    raise Unsure("page tree depth")


def first_page_kind(path: Path | str) -> Kind | None:
    """SLIDES or DOCUMENT, as :func:`documents.probe_pdf` would say from the first page's
    shape, when the structure is one this module follows exactly; else None (the full
    read decides). Never raises for a bad file."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            f = _File(fh, size)
            head = f.read(0, _HEAD)
            if not head.startswith(b"%PDF-") or b"/Linearized" in head:
                return None
            trailer = _read_xref(f)
            if "Encrypt" in trailer:
                return None
            page = _first_page(f, trailer)
            left, bottom, right, top = _box(_inherited(f, page, "MediaBox"))
            crop = _inherited(f, page, "CropBox")
            if crop is not None:
                c = _box(crop)
                if c[0] < left or c[1] < bottom or c[2] > right or c[3] > top:
                    return None  # pdfium intersects the two: not followed here
                left, bottom, right, top = c
    except (Unsure, _Short, OSError, ValueError, RecursionError, MemoryError):
        return None
    except Exception:  # a structure this reader did not foresee: the full read decides
        log.debug("PDF structure not followed: %s", path, exc_info=True)
        return None
    # Rotation does not matter: pdfium's size turns with it and probe_pdf turns it back.
    width, height = right - left, top - bottom
    limit = height * LANDSCAPE_RATIO
    if abs(width - limit) <= MARGIN * max(width, limit):
        return None
    return Kind.SLIDES if width > limit else Kind.DOCUMENT
