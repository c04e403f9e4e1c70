"""The scan's head pass: a JPEG's facts from its first 64 KB are the full read's facts.

The hash stage only hashes a file whose head row holds complete facts, so anything the
head pass reads differently from the worker's full read would stay wrong in the
catalogue: every licensed corpus photo whose head is complete is compared field by field.
"""

from __future__ import annotations

from pathlib import Path

from smparchive.core.ingest import tasks
from smparchive.core.ingest.entries import to_entry
from smparchive.core.ingest.walk import FoundFile, Walker

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_complete_head_facts_equal_the_full_read() -> None:
    compared = 0
    for found in Walker(CORPUS, [], []).walk():
        if not isinstance(found, FoundFile):
            continue
        head = tasks.head_look(found.path)
        if head is None or not head.complete:
            continue
        full = tasks.first_look(found.path)
        assert head.sha256 is None and full.sha256
        a, b = to_entry(found, head), to_entry(found, full)
        a.sha256 = b.sha256
        assert a == b, found.rel_path
        assert head.info.embedded_thumbnail == full.info.embedded_thumbnail, found.rel_path
        compared += 1
    assert compared >= 20  # the corpus's JPEGs (a few have more than 64 KB of header)


def test_head_pass_reads_no_more_than_the_header() -> None:
    jpeg = b"\xff\xd8\xff\xe1\x00\x10" + b"Exif\x00\x00" + b"\x00" * 8 + b"\xff\xda\x00\x08"
    assert tasks.jpeg_header_complete(jpeg + b"\x00" * 6)
    assert not tasks.jpeg_header_complete(jpeg[:-2])  # the scan header is cut
    long_app = b"\xff\xd8\xff\xe1\xff\xff" + b"\x00" * 100  # a 64 KB segment, cut
    assert not tasks.jpeg_header_complete(long_app)


def test_grid_thumbnail_turned_by_the_head_pass_orientation_is_the_workers_own() -> None:
    """The hash stage turns a head row's thumbnail by the orientation the head pass read
    (no second EXIF and XMP parse in the worker): for every corpus JPEG whose head is
    complete, the picture is byte for byte the one the worker's own reading gives."""
    from smparchive.core.media import photo

    compared = turned = 0
    for found in Walker(CORPUS, [], []).walk():
        if not isinstance(found, FoundFile):
            continue
        head = tasks.head_look(found.path)
        if head is None or not head.complete:
            continue
        data = Path(found.path).read_bytes()
        try:
            own = photo.jpeg_pictures(data, (256,))
        except Exception:  # a damaged corpus file: the thumbnail job decides, as before
            continue
        given = photo.jpeg_pictures(data, (256,), head.info.orientation)
        assert given == own, found.rel_path
        compared += 1
        turned += (head.info.orientation or 1) != 1
    assert compared >= 20 and turned >= 1
