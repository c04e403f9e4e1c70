"""How worker processes start: from a fork server with the media code imported, never a bare fork.

The parent may have Qt loaded, so plain ``fork`` is unsafe. On Linux the workers of every
pool (ingest, export) fork from one clean server process that imported :data:`PRELOAD`
once, so a worker is ready in milliseconds instead of spending ~0.5 s importing Pillow,
NumPy and the probes; macOS and Windows spawn fresh interpreters.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from multiprocessing.context import BaseContext

__all__ = [
    "EXPORT_PRELOAD",
    "PRELOAD",
    "die_with_parent",
    "keep_freed_memory",
    "start_server",
    "worker_context",
]

# Imported once in the fork server: what reading media needs (scan, thumbnails). Video and
# document libraries load lazily in the workers that need them: the server's imports run
# before any work starts (the first file waits for them), the workers' ones overlap with
# other files. The export's imaging (NumPy-backed colour management, the export pipeline:
# 0.4 s of CPU and 25 MB per worker more) only when an export starts the server.
PRELOAD = [
    "smparchive.core.ingest.tasks",
    "smparchive.core.media.probe",
    "smparchive.core.media.photo",
    "exifread",
]  # not simplejpeg: it loads NumPy (0.17 s); only previews and exports decode with it.
# Not pillow_heif (libheif, ~35 ms of CPU): JPEGs are opened without it; a worker that meets
# a HEIC loads it then (a HEIC's decode costs ~0.7 s anyway).
EXPORT_PRELOAD = [*PRELOAD, "smparchive.core.export.imaging"]


def worker_context(preload: Sequence[str] = PRELOAD) -> BaseContext:
    """The multiprocessing context for worker pools: ``forkserver`` on Linux, else ``spawn``."""
    if sys.platform in ("win32", "darwin"):
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    # Only the first start of the (process-wide) server reads this: the pool that starts
    # first decides. Workers of a later pool import what is missing themselves.
    ctx.set_forkserver_preload(list(preload))
    return ctx


def start_server(preload: Sequence[str] = PRELOAD) -> None:
    """Start the fork server now, without waiting for it (Linux; elsewhere nothing).

    The server imports ``preload`` before it can fork a worker, and whoever asks it for
    the first worker waits for that (0.1-0.4 s). Started early, its imports run on another
    core while the caller still works (a scan's head pass, an export's checks).
    """
    if sys.platform in ("win32", "darwin"):
        return
    from multiprocessing import forkserver

    worker_context(preload)
    forkserver.ensure_running()


# glibc mallopt() parameters
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 32 << 20  # glibc's own ceiling for the dynamic threshold on 64-bit
_TRIM_THRESHOLD = 512 << 20


def keep_freed_memory() -> None:
    """In a worker process (Linux, glibc): reuse freed memory for the next file.

    Each photo passes through buffers of several to tens of MB (the file's bytes, decoded
    pixels, the encoded output). By default glibc maps fresh pages for each and unmaps them
    when freed, and the kernel zeroes and faults them in again for the next photo: ~25 ms of
    kernel time per 12 MP photo, 7 % of an export. Here buffers up to 32 MB come from the
    heap and the heap is trimmed only above 512 MB free, so a worker's memory stays at its
    peak working set (bigger buffers are still mapped and returned at once).
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return  # another C library (musl): keep its defaults
    mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
    mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)


_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """In a worker process: exit as soon as the process that started the pool dies.

    Without this a ``kill -9`` of a scan or an export left its workers (and through them the
    fork server and resource tracker, which wait for them) running until the machine
    stopped: each worker waits for work on a queue whose other end it holds itself. Two
    guards: on Linux the kernel sends SIGKILL when the worker's parent dies
    (``PR_SET_PDEATHSIG``); everywhere a thread waits on the pipe that the pool's process
    keeps open for this worker (EOF when it dies) and exits, and where there is no such
    pipe it polls the parent's id instead.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    first_parent = os.getppid()

    def watch() -> None:
        if sentinel is not None:
            from multiprocessing.connection import wait

            try:
                wait([sentinel])
            except OSError:
                pass
        else:
            while os.getppid() == first_parent:
                time.sleep(0.25)
        os._exit(0)  # no cleanup: the pool's owner is gone, nothing is waiting for results

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
