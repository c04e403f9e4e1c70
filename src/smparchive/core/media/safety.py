"""Guards against hostile containers (zip bombs, XML entity bombs) and bounded reads of
files of any size."""

from __future__ import annotations

import mmap
import os
import re
import stat
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

MAX_ZIP_TOTAL = 512 * 1024 * 1024  # declared uncompressed bytes over all members
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_RATIO = 200  # a member expanding more than this is a bomb (text XML reaches ~30)
RATIO_MIN_SIZE = 1024 * 1024  # ratios of small members are meaningless
MAX_XML_MEMBER = 64 * 1024 * 1024  # one XML part we are willing to read into memory
# one picture inside a document read into memory to clean it (a PDF's JPEG or JPEG 2000:
# qpdf gives a stream's bytes whole), as a deck's embedded preview picture is capped
# (media.thumbnails); PHRASES["picture_too_large"] names it
MAX_DOCUMENT_PICTURE = 32 * 1024 * 1024

_DTD_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class UnsafeContentError(ValueError):
    """The file is refused because opening it fully would be unsafe."""


def check_zip(zf: zipfile.ZipFile) -> None:
    """Raise :class:`UnsafeContentError` when the zip's declared sizes look like a bomb."""
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise UnsafeContentError(f"the zip holds {len(infos)} members, more than we accept")
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_ZIP_TOTAL:
            raise UnsafeContentError(
                f"the zip would expand to more than {MAX_ZIP_TOTAL // (1024 * 1024)} MB"
            )
        if info.file_size > RATIO_MIN_SIZE and (
            info.compress_size == 0 or info.file_size / info.compress_size > MAX_ZIP_RATIO
        ):
            raise UnsafeContentError(
                f"zip member {info.filename!r} has an absurd compression ratio (zip bomb)"
            )


def read_member(zf: zipfile.ZipFile, name: str, limit: int = MAX_XML_MEMBER) -> bytes:
    """Read one zip member, refusing it when it expands past ``limit`` bytes."""
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise UnsafeContentError(f"zip member {name!r} is too large ({info.file_size} bytes)")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # the declared size lied
        raise UnsafeContentError(f"zip member {name!r} expands past its declared size")
    return data


def _sniff_text(data: bytes) -> bytes:
    """Return the start of ``data`` as ASCII-compatible bytes (UTF-16 XML decoded)."""
    head = data[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) == 4 and b"\x00" in head[:2]):
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                return data.decode(codec).encode("utf-8", "replace")
            except UnicodeDecodeError:
                continue
    return data


def parse_xml(data: bytes) -> ET.Element:
    """Parse XML with ElementTree after refusing any DOCTYPE or ENTITY declaration."""
    if _DTD_RE.search(_sniff_text(data)):
        raise UnsafeContentError("XML with a DOCTYPE or ENTITY declaration is refused")
    return ET.fromstring(data)


_COMMENT_OR_PI = re.compile(rb"<!--.*?-->|<\?.*?\?>", re.DOTALL)
_ROOT_START = re.compile(rb"<[A-Za-z_]")
PROLOG_SCAN = 64 * 1024


def check_xml_members(zf: zipfile.ZipFile) -> None:
    """Refuse a package whose XML parts declare a DOCTYPE or ENTITY (entity bombs).

    A DTD can only sit in the prolog, before the root element, so reading each part's
    head up to its root element is enough; a prolog longer than that is refused too.
    """
    for info in zf.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")) or info.is_dir():
            continue
        with zf.open(info) as fh:
            head = fh.read(PROLOG_SCAN)
        text = _sniff_text(head)
        stripped = _COMMENT_OR_PI.sub(b"", text)
        root = _ROOT_START.search(stripped)
        prolog = stripped[: root.start()] if root else stripped
        if _DTD_RE.search(prolog):
            raise UnsafeContentError(
                f"{info.filename} declares a DOCTYPE or ENTITY (possible entity bomb)"
            )
        if root is None and len(head) >= PROLOG_SCAN:
            raise UnsafeContentError(f"{info.filename} has an XML prolog too long to check")


class InputRefused(ValueError):
    """A file given to read is refused before reading (not a regular file, too large)."""


def read_capped(path: str | os.PathLike[str], limit: int, what: str = "The file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, counted while reading.

    Raises :class:`InputRefused` (one sentence, naming ``what``) when it is not a regular
    file or holds more, or OSError (see :func:`read_within`).
    """
    data = read_within(path, limit, what)
    if data is None:
        raise InputRefused(f"{what} is larger than {_size(limit)}, so it was not read.")
    return data


def read_within(path: str | os.PathLike[str], limit: int, what: str = "The file") -> bytes | None:
    """The bytes of a regular file, or None when it holds more than ``limit`` (then at
    most ``limit`` + 1 MB were read: the caller streams it, or refuses it).

    The size ``stat`` reports is not trusted: a device (``/dev/zero`` says 0 bytes), a pipe
    or a file growing while read (a card still being written, a hostile share) would
    otherwise be read without end. Opening does not block on a pipe with no writer.
    Raises :class:`InputRefused` for a file that is not regular, or OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputRefused(
                f"{what} is not a regular file (a device, pipe or socket), so it was not read."
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        # The usual file is read in one call into one buffer (no copy); more than it said
        # comes in 1 MB steps until past the limit.
        step = min(st.st_size, limit) + 1
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(step, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
            step = 1 << 20
        if got > limit:
            return None
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


class MappingRefused(InputRefused):
    """The file system refuses mapping the file, and it is larger than a read may hold."""


@contextmanager
def mapped(path: str | os.PathLike[str], cap: int) -> Iterator[bytes | mmap.mmap]:
    """The file's content for the ``with`` block, mapped read-only: the pages touched are
    the file's, which the system can drop again, so a file of any size costs the process
    none of its own memory.

    Some shares refuse mapping (SMB/CIFS with ``cache=none``, sshfs and other FUSE mounts:
    ENODEV): the file is then read, when it holds at most ``cap`` bytes (counted while
    reading: its size may change); a larger one raises :class:`MappingRefused`, never read
    whole. An empty file cannot be mapped and reads as ``b""``. Raises OSError otherwise.
    """
    from smparchive.core.messages import PHRASES

    with open(path, "rb") as fh:
        try:
            view: mmap.mmap | None = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # ValueError: empty, nothing to map
            view = None
            too_big = os.fstat(fh.fileno()).st_size > cap
            data = b"" if too_big else fh.read(cap + 1)
            if too_big or len(data) > cap:
                raise MappingRefused(PHRASES["not_mapped"]) from None
    if view is None:
        yield data
        return
    with view:
        yield view


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n // (1024 * 1024)} MB"
    return f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"
