"""The real-world corpus: every MANIFEST expectation holds after a scan, nothing is dropped,
and the originals are byte-for-byte and date-for-date untouched."""

from __future__ import annotations

import csv
import hashlib
import os
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from smparchive.core.catalog.models import MediaItem
from smparchive.core.ingest import ScanOptions, build_thumbnails, scan, verify
from smparchive.core.thumbcache import PREVIEW, THUMB

EXPECTED = {
    "catalogue normally": "ok",
    "catalogue with warning, no thumbnail": "warning",
    "catalogue with warning, partial thumbnail": "warning",
    "reject with clear error": "error",
}


def _snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            st = p.stat()
            out[str(p)] = (st.st_size, st.st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
    return out


def _rows(catalog: Any) -> dict[str, Any]:
    with catalog._read() as s:
        return {
            r.rel_path: r
            for r in s.execute(
                select(
                    MediaItem.rel_path,
                    MediaItem.status,
                    MediaItem.status_reason,
                    MediaItem.warnings,
                    MediaItem.thumb_state,
                    MediaItem.sha256,
                    MediaItem.size,
                )
            )
        }


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests.conftest import CORPUS as corpus

    if not (corpus / "MANIFEST.csv").is_file():
        pytest.skip("the real-world corpus is not checked out")
    from smparchive.core.catalog.catalog import open_catalog

    corpus = corpus.resolve()
    before = _snapshot(corpus)
    cat = open_catalog(tmp_path_factory.mktemp("corpus") / "c.smpcat", create=True)
    cat.add_root(corpus)
    options = ScanOptions(workers=2)
    report = scan(cat, options=options)
    thumbs = build_thumbnails(cat, options=options)
    fixity = verify(cat)
    after = _snapshot(corpus)
    yield cat, corpus, report, thumbs, fixity, before, after
    cat.close()


def test_every_manifest_row_is_honoured(scanned: Any) -> None:
    cat, corpus, _report, _thumbs, _fixity, _b, _a = scanned
    rows = _rows(cat)
    with (corpus / "MANIFEST.csv").open(newline="", encoding="utf-8") as fh:
        manifest = list(csv.DictReader(fh))
    assert len(manifest) == 80
    wrong = []
    for m in manifest:
        row = rows.get(m["path"])
        want = EXPECTED[m["expected"]]
        if row is None:
            wrong.append((m["path"], "not catalogued"))
            continue
        pictured = row.sha256 is not None and cat.thumbnails.has(row.sha256, THUMB)
        if row.status != want:
            wrong.append((m["path"], want, row.status, row.status_reason, row.warnings))
        elif want == "ok" and not (row.thumb_state == "ok" and pictured):
            wrong.append((m["path"], "no thumbnail"))
        elif want == "warning" and m["expected"].endswith("partial thumbnail"):
            if not (row.thumb_state == "ok" and pictured and row.warnings):
                wrong.append((m["path"], "partial picture missing, or no reason"))
        elif want == "warning" and (row.thumb_state != "none" or not row.warnings):
            wrong.append((m["path"], "warning without reason, or a thumbnail"))
        elif want == "error" and not row.status_reason:
            wrong.append((m["path"], "error without reason"))
        if int(m["bytes"]) and row.sha256 != m["sha256"]:
            wrong.append((m["path"], "sha256 differs"))
    assert wrong == []


def test_nothing_is_dropped(scanned: Any) -> None:
    cat, corpus, report, _t, _f, _b, _a = scanned
    files = [
        p
        for p in corpus.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    ]
    assert len(_rows(cat)) == len(files) == report.files_seen >= 80
    assert report.new == len(files)
    # Errors and warnings come back with a reason each.
    assert report.errors == sum(1 for p in report.problems if p.kind == "error")
    assert all(p.reason for p in report.problems)


def test_previews_and_fixity(scanned: Any) -> None:
    cat, _corpus, _r, thumbs, fixity, _b, _a = scanned
    assert thumbs.failed == 0
    ok = [r for r in _rows(cat).values() if r.status == "ok" and r.thumb_state == "ok"]
    assert len(ok) > 40  # pictured by the scan's own read (JPEGs) or by the thumbnail job
    assert sum(cat.thumbnails.has(r.sha256, PREVIEW) for r in ok) >= len(ok) - 2
    assert fixity.failures == [] and fixity.ok == fixity.checked > 80
    assert all(r.last_verified_at is not None for r in cat.verify_targets())


def test_originals_are_sacred(scanned: Any) -> None:
    _cat, _corpus, _r, _t, _f, before, after = scanned
    assert before == after and len(before) >= 80


def test_each_fact_is_said_once_in_an_items_warnings(scanned: Any) -> None:
    """Warnings said one fact twice in other words: 'The video file holds audio only: there
    is no picture. The file holds audio only.', 'The video track holds no decodable frames.
    The video has no frames.', and for a PNG with a broken EXIF both readers' sentences
    ('damaged and was skipped', 'could not be read (...)')."""
    cat, _corpus, _report, _t, _f, _b, _a = scanned
    rows = _rows(cat)
    said = {path: (row.warnings or "").splitlines() for path, row in rows.items()}
    assert [p for p, lines in said.items() if sum("(EXIF)" in x for x in lines) > 1] == []
    for name in ("bbb5s_aac_sidx", "golden_init_video", "init_truncated"):
        [(path, lines)] = [(p, lines) for p, lines in said.items() if name in p]
        assert len(lines) == 1, (path, lines)
    assert len(said["images/broken/pillow-broken_data_stream.png"]) == 1


def test_every_sentence_the_scan_stores_reads_as_one_plain_sentence(scanned: Any) -> None:
    """What 'smparchive problems' and the app showed for the corpus: 'The file cannot be
    opened as MKV (the file is cut short (an incomplete copy or download?)).', 'The camera
    information (EXIF) could not be read (its contents could not be read; it may be
    damaged).', 'The image structure is damaged (... it may be damaged).'"""
    cat, _corpus, report, _t, _f, _b, _a = scanned
    sentences = {
        line
        for row in _rows(cat).values()
        for text in (row.status_reason, row.warnings)
        for line in (text or "").splitlines()
    } | {p.reason for p in report.problems}
    assert len(sentences) > 15
    nested = [s for s in sentences if re.search(r"\([^)]*\(", s)]
    twice = [
        s
        for s in sentences
        if len(re.findall(r"\b(?:can|could)\s?not be read", s)) > 1
        or len(re.findall(r"\bdamaged\b", s)) > 1
    ]
    assert nested == [] and twice == []
