"""Failures that say nothing about a file: it, its folder or its drive went away for a while.

A worker that cannot read a file reports an error; before that error replaces what the
catalogue knew (kind, capture time, camera, hash, thumbnails), the scan asks here whether
the file can be read *now*. When it cannot, for a cause outside the file (gone, access
denied, the drive or share dropped), the failure is transient: the catalogue keeps its
facts, the scan records the file as not read this time and the next scan tries again.
"""

from __future__ import annotations

import errno
import os

# Causes outside the file's own bytes: absent, not allowed, or the volume is unwell.
TRANSIENT_ERRNOS = frozenset(
    getattr(errno, name)
    for name in (
        "ENOENT",
        "ENOTDIR",
        "EACCES",
        "EPERM",
        "EIO",
        "ENXIO",
        "ENODEV",
        "ENOMEDIUM",
        "ESTALE",
        "ENOTCONN",
        "EHOSTDOWN",
        "EHOSTUNREACH",
        "ENETDOWN",
        "ENETUNREACH",
        "ETIMEDOUT",
        "ECONNRESET",
        "ECONNABORTED",
        "EAGAIN",
        "EBUSY",
        "EINTR",
    )
    if hasattr(errno, name)
)


def transient_reason(exc: OSError) -> str | None:
    """A plain sentence when ``exc`` is a transient cause, else None."""
    code = exc.errno
    if code in (errno.ENOENT, errno.ENOTDIR):
        return "The file or its folder disappeared while it was being read"
    if code in (errno.EACCES, errno.EPERM):
        return "Access to the file was denied"
    if code in TRANSIENT_ERRNOS:
        return "The drive or network share holding the file stopped answering"
    return None


def unavailable(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be read right now for a transient cause, or None when it reads.

    Opens the file and reads one byte: existence alone is not enough (a permission
    change or a dropped share still lists the file).
    """
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        reason = transient_reason(exc)
        if reason is None:
            return None
        return f"{reason}; it was left as it was and the next scan tries again."
    return None


def folder_gone(path: str) -> bool:
    """The folder cannot be listed, or is empty like a mount point without its drive."""
    try:
        with os.scandir(path) as it:
            return next(it, None) is None
    except OSError:
        return True
