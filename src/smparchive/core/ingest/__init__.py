"""Ingest: walk -> classify -> probe -> hash -> catalogue, then thumbnails and previews.

``scan`` brings the catalogue in line with the files (fast, catalogue first);
``build_thumbnails`` makes the pictures afterwards or alongside; ``verify`` checks fixity.
"""

from smparchive.core.ingest.pipeline import ScanOptions, scan
from smparchive.core.ingest.report import FileProblem, ScanReport, ThumbnailReport, VerifyReport
from smparchive.core.ingest.thumbnails import ThumbnailJob, build_thumbnails
from smparchive.core.ingest.verify import verify

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
