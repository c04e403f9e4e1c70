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

from smparchive.core.messages import problem
from smparchive.core.volumes import folder_gone

__all__ = ["folder_gone", "transient_cause", "unavailable"]

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


def transient_cause(exc: OSError) -> str | None:
    """Why a file cannot be read now when the cause is outside its bytes: "gone" (it or
    its folder disappeared), "denied", "drive" (the drive or share stopped answering);
    None for any other cause."""
    code = exc.errno
    if code in (errno.ENOENT, errno.ENOTDIR):
        return "gone"
    if code in (errno.EACCES, errno.EPERM):
        return "denied"
    if code in TRANSIENT_ERRNOS:
        return "drive"
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
        cause = transient_cause(exc)
        return None if cause is None else problem(f"file.transient_{cause}")
    return None
