"""How worker processes start: from a fork server with the media code imported, never a bare fork.

The parent may have Qt loaded, so plain ``fork`` is unsafe. On Linux the workers of every
pool (ingest, export) fork from one clean server process that imported :data:`PRELOAD`
once, so a worker is ready in milliseconds instead of spending ~0.5 s importing Pillow,
NumPy and the probes; macOS and Windows spawn fresh interpreters.
"""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing.context import BaseContext

__all__ = ["PRELOAD", "worker_context"]

# Imported once in the fork server. Video and document libraries load lazily in the workers
# that need them: the server's imports run before any work starts, the workers' ones overlap
# with other files.
PRELOAD = [
    "smparchive.core.ingest.tasks",
    "smparchive.core.media.probe",
    "smparchive.core.media.photo",
    "smparchive.core.export.imaging",
    "pillow_heif",
    "exifread",
]


def worker_context() -> BaseContext:
    """The multiprocessing context for worker pools: ``forkserver`` on Linux, else ``spawn``."""
    if sys.platform in ("win32", "darwin"):
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    # Only the first start of the (process-wide) server reads this; the list is the same
    # for every pool, so whichever pool starts first, every worker finds its code loaded.
    ctx.set_forkserver_preload(PRELOAD)
    return ctx
