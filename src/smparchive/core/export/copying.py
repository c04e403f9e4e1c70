"""Byte-for-byte copies made by the kernel, and one read of the copy to hash it.

``copy_fd`` copies with ``copy_file_range`` (no pass through user space; a reflink on file
systems that share extents), else ``sendfile``, else a read/write loop with one reused
buffer; a method the file system refuses falls back to the next from the start.
``hash_file`` is the verification read: it hashes what the file system returns for the copy.
"""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

__all__ = ["CopyStopped", "copy_fd", "hash_file"]

CHUNK = 1 << 20
STEP = 64 << 20  # bytes per kernel call: a stopped copy ends within one step
# what a file system (or kernel) answers when it cannot copy this way: try the next method
_FALL_BACK = frozenset(
    {
        errno.EXDEV,
        errno.ENOSYS,
        errno.EOPNOTSUPP,
        errno.ENOTSUP,
        errno.EINVAL,
        errno.EBADF,
        errno.ENOTSOCK,
        errno.ETXTBSY,
    }
)


class CopyStopped(Exception):
    """The copy was stopped (the export was cancelled or failed elsewhere)."""


def _check(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise CopyStopped()


def _copy_file_range(src: int, dst: int, stop: threading.Event | None) -> int:
    done = 0
    while True:
        _check(stop)
        n = os.copy_file_range(src, dst, STEP, done, done)
        if n == 0:
            break
        done += n
    if done == 0 and os.fstat(src).st_size > 0:  # some kernels copy nothing across file systems
        raise OSError(errno.EINVAL, "copy_file_range copied nothing")
    return done


def _sendfile(src: int, dst: int, stop: threading.Event | None) -> int:
    done = 0
    while True:
        _check(stop)
        n = os.sendfile(dst, src, done, STEP)
        if n == 0:
            break
        done += n
    if done == 0 and os.fstat(src).st_size > 0:
        raise OSError(errno.EINVAL, "sendfile copied nothing")
    return done


def _read_write(src: int, dst: int, stop: threading.Event | None) -> int:
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    done = 0
    with open(src, "rb", buffering=0, closefd=False) as f:
        f.seek(0)
        while n := f.readinto(buf):
            _check(stop)
            written = 0
            while written < n:
                written += os.write(dst, view[written:n])
            done += n
    return done


def _methods() -> list[tuple[str, Callable[[int, int, threading.Event | None], int]]]:
    methods: list[tuple[str, Callable[[int, int, threading.Event | None], int]]] = []
    if hasattr(os, "copy_file_range"):
        methods.append(("copy_file_range", _copy_file_range))
    if hasattr(os, "sendfile"):
        methods.append(("sendfile", _sendfile))
    methods.append(("read/write", _read_write))
    return methods


def copy_fd(src: int, dst: int, stop: threading.Event | None = None) -> tuple[int, str]:
    """Copy ``src`` from its start into the empty ``dst`` up to the end of ``src``.

    Returns the bytes copied and the method that copied them. Errors other than "cannot
    copy this way" (a full disk, an I/O error) are raised as they are.
    """
    methods = _methods()
    for n, (name, method) in enumerate(methods):
        try:
            return method(src, dst, stop), name
        except OSError as exc:
            if exc.errno not in _FALL_BACK or n == len(methods) - 1:
                raise
            os.ftruncate(dst, 0)
            os.lseek(dst, 0, os.SEEK_SET)
    raise AssertionError("unreachable")


def hash_file(path: Path, names: tuple[str, ...] = ("sha256",)) -> dict[str, str]:
    """Hex digests of ``path`` (one read into one reused buffer)."""
    hashers = [hashlib.new(name) for name in names]
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buf):
            for h in hashers:
                h.update(view[:n])
    return {name: h.hexdigest() for name, h in zip(names, hashers, strict=True)}
