"""`smparchive demo` opens on a catalogue an archivist has put in order: the demo camera
whose clock ran an hour behind is corrected (an ordinary, visible correction), so every
photo sits in the session it was really taken in. Uncorrected, the roundtable held that
camera's coffee-break frames an hour early."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from smparchive.cli.main import main

pytest.importorskip("smparchive.core.demo.generator")


@pytest.mark.slow
def test_demo_corrects_the_late_camera_and_photos_sit_in_their_sessions(tmp_path: Path) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.demo import MARKER
    from smparchive.core.demo.manifest import DemoManifest
    from smparchive.core.domain import time as t

    target = tmp_path / "demo"
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["demo", str(target), "--no-gui", "--workers", "0"]) == 0
    text = out.getvalue()
    manifest = DemoManifest.from_json((target / MARKER).read_text(encoding="utf-8"), target)
    late = next(c for c in manifest.cameras if c.clock_offset_s)
    assert f"The clock of {late.model} ({late.serial}) was behind: corrected by +1 h" in text

    cat = open_catalog(target / "demo.smpcat")
    try:
        key = t.camera_key(late.make, late.model, late.serial)
        (group,) = [g for g in cat.cameras() if g.key == key]
        assert group.offset_s == -late.clock_offset_s  # shown in Camera Clocks, undoable
        sessions = {s.id: s.external_id for s in cat.sessions()}
        by_path = {r.rel_path: r for r in cat.items(cat.query_ids())}
        for photo in manifest.photos:
            rec = by_path[photo.path]
            assert abs((rec.capture_utc - photo.captured_utc).total_seconds()) < 1, photo.path
            if photo.session_guid is not None:
                assert sessions.get(rec.session_id) == photo.session_guid, photo.path
    finally:
        cat.close()
