"""Library exceptions -> plain words: one table for every message a person can see.

The libraries smparchive reads files with speak their own language ("cannot identify
image file", "PDFium: Data format error", "AssertionError", "Invalid data found when
processing input"). A person archiving conference media should read what happened to
which file and what to do. :func:`plain` turns an exception into a short phrase for a
sentence ("The PDF cannot be opened (it is damaged: its structure cannot be read).");
the library's own words go to the log, where a developer finds them.
"""

from __future__ import annotations

import errno
import logging
import re

log = logging.getLogger(__name__)

# OS error numbers a person can act on.
_ERRNO = {
    errno.ENOENT: "the file is no longer there",
    errno.ENOTDIR: "its folder is no longer there",
    errno.EACCES: "access to it is denied",
    errno.EPERM: "access to it is denied",
    errno.EIO: "the drive reported a read error",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "its name is longer than the system allows",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENXIO: "the device holding it is not available",
    errno.ENODEV: "the device holding it is not available",
}
for _name, _text in (
    ("ESTALE", "the network share holding it stopped answering"),
    ("ENOTCONN", "the network share holding it stopped answering"),
    ("ETIMEDOUT", "the drive or share holding it stopped answering"),
    ("EDQUOT", "the disk quota is used up"),
    ("ENOMEDIUM", "the drive holding it is not attached"),
):
    if hasattr(errno, _name):
        _ERRNO[getattr(errno, _name)] = _text

# (pattern in the exception's text or class name, phrase): first match wins.
_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"decompression ?bomb", "it claims to be so large that opening it could exhaust the memory"),
    (r"password|encrypt", "it is protected by a password"),
    (r"truncated|unexpected end|premature end|end of (file|stream)|EOFError|short read",
     "the file is cut short (an incomplete copy or download?)"),
    (r"PDFium: (Data format|File) error|xref|startxref|PdfReadError|PdfiumError",
     "it is damaged: its structure cannot be read"),
    (r"cannot identify image|UnidentifiedImageError|not a .* file|BadZipFile|zip file|"
     r"Invalid data found|InvalidDataError|moov atom|invalid (image|header|data)|bad magic",
     "its contents are damaged or not in the format its name says"),
    (r"MemoryError|Cannot allocate memory|out of memory",
     "reading it needs more memory than is allowed"),
    (r"codec|decoder|not supported|unsupported", "it uses an encoding that cannot be read"),
)  # fmt: skip
_FALLBACK = "its contents could not be read; it may be damaged"

# Words that are jargon to a user: class names, library names, Python reprs.
JARGON = re.compile(
    r"Traceback|\b[A-Z][A-Za-z]*(Error|Exception|Warning)\b|\bPillow\b|\bPIL\b|\bPDFium\b|"
    r"\bexifread\b|\bpypdf\b|\bpython-pptx\b|\bPyAV\b|\bFFmpeg\b|\bsqlite3?\b|\bSQLAlchemy\b|"
    r"\bErrno\b|\(\s*'[^']*',\s*|\bNone\b|<[a-z_.]+ object at 0x"
)


def plain(exc: BaseException) -> str:
    """A short phrase (no final stop) saying what went wrong, in a user's words."""
    raw = f"{type(exc).__name__}: {exc}"
    if type(exc).__module__.startswith("smparchive") and str(exc).strip():
        return str(exc).strip().rstrip(".")  # our own exceptions are written for people
    log.debug("library said: %s", raw)
    code = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and code in _ERRNO:
        return _ERRNO[code]
    for pattern, phrase in _PATTERNS:
        if re.search(pattern, raw, re.IGNORECASE):
            return phrase
    return _FALLBACK


def has_jargon(text: str) -> bool:
    """True when ``text`` shows an exception name, a library name used as jargon, a Python
    repr or a traceback (what tests of user-visible messages refuse)."""
    return JARGON.search(text) is not None
