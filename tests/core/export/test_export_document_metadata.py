"""Documents in publication exports: their own metadata (author names) is cleared where
smparchive can (PPTX document properties) and the preflight says how many go out with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from export_helpers import EVENT, entry_for, settings

from smparchive.core.export import ORIGINALS, WEB, Kind, MetadataPolicy, plan_export
from smparchive.core.export.presets import Audience


def pdf(path: Path) -> Path:
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Author (Jan Prive) /Producer (Laptop of jdoe)>>endobj\n%%EOF\n"
    )
    return path


@pytest.fixture
def documents(tmp_path: Path) -> list[Any]:
    src = tmp_path / "src"
    src.mkdir()
    return [
        entry_for(pdf(src / "slides.pdf"), "d1", Kind.SLIDES),
        entry_for(pdf(src / "report.pdf"), "d2", Kind.DOCUMENT),
    ]


def test_preflight_counts_documents_published_with_their_own_metadata(
    documents: list[Any], out_dir: Path
) -> None:
    plan = plan_export(documents, settings(out_dir, preset=WEB), EVENT)
    [warning] = [w for w in plan.warnings if "document" in w]
    assert warning.startswith("2 document(s)") and "author" in warning
    assert warning in plan.preflight_report()
    strip = plan_export(
        documents, settings(out_dir, preset=WEB, metadata=MetadataPolicy.STRIP_ALL), EVENT
    )
    assert warning in strip.warnings
    # all metadata kept on purpose: no warning (keep, or an archive hand-over of originals)
    for preset, policy, audience in (
        (WEB, MetadataPolicy.KEEP_ALL, Audience.PUBLIC),
        (ORIGINALS, None, Audience.ARCHIVE),
    ):
        s = settings(out_dir, preset=preset, metadata=policy, audience=audience)
        assert not [w for w in plan_export(documents, s, EVENT).warnings if "document" in w]
