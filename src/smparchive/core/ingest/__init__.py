"""Ingest: walk -> classify -> probe -> hash -> catalogue, then thumbnails and previews.

``scan`` brings the catalogue in line with the files (fast, catalogue first);
``build_thumbnails`` makes the pictures afterwards or alongside; ``verify`` checks fixity.
Names load lazily: worker processes import ``ingest.tasks`` without the catalogue.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smparchive.core.ingest.fixity import verify
    from smparchive.core.ingest.pipeline import ScanOptions, scan
    from smparchive.core.ingest.report import FileProblem, ScanReport, ThumbnailReport
    from smparchive.core.ingest.thumbnails import ThumbnailJob, build_thumbnails
    from smparchive.core.ingest.verify_report import VerifyReport

_WHERE = {
    "ScanOptions": "pipeline",
    "scan": "pipeline",
    "FileProblem": "report",
    "ScanReport": "report",
    "ThumbnailReport": "report",
    "VerifyReport": "verify_report",
    "ThumbnailJob": "thumbnails",
    "build_thumbnails": "thumbnails",
    "verify": "fixity",
}

__all__ = [
    "FileProblem",
    "ScanOptions",
    "ScanReport",
    "ThumbnailJob",
    "ThumbnailReport",
    "VerifyReport",
    "build_thumbnails",
    "scan",
    "verify",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"smparchive.core.ingest.{_WHERE[name]}"), name)
    raise AttributeError(name)
