"""End to end on the demo archive: ingest, programme, one clock pin, auto-assignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from smparchive.core.organise.programme import import_programme

pytest.importorskip("smparchive.core.demo.generator")


@pytest.mark.slow
def test_demo_photos_land_in_their_sessions_after_one_pin(catalog, tmp_path: Path) -> None:
    from smparchive.core.demo.generator import generate_demo

    ingest = pytest.importorskip("smparchive.core.ingest.pipeline")
    manifest = generate_demo(tmp_path / "demo")
    root_id = catalog.add_root(manifest.target).value
    # In-process probing: no worker time limits to trip on a busy machine.
    report = ingest.scan(catalog, [root_id], options=ingest.ScanOptions(workers=0))
    del report
    summary = import_programme(catalog, manifest.target / "Programme" / "schedule.json").value
    assert len(summary.added) == 7 and catalog.event().time_zone == "Europe/Brussels"

    by_path = {r.rel_path: r for r in catalog.items(catalog.query_ids())}
    wrong = next(c for c in manifest.cameras if c.clock_offset_s != 0)
    pin = next(p for p in manifest.photos if p.camera == wrong.label and p.session_key)
    item = by_path[pin.path]
    assert item.capture_utc != pin.captured_utc  # the camera's clock is off
    preview = catalog.preview_pin(item.id, pin.captured_utc)
    assert preview.offset_s == -wrong.clock_offset_s
    catalog.pin_clock(item.id, pin.captured_utc)
    catalog.auto_assign()

    sessions = {s.id: s.external_id for s in catalog.sessions()}
    for photo in manifest.photos:
        rec = by_path[photo.path]
        rec = catalog.item(rec.id)
        # Cameras write sub-seconds; the manifest keeps whole seconds.
        assert abs((rec.capture_utc - photo.captured_utc).total_seconds()) < 1, photo.path
        if photo.session_guid is not None:
            assert sessions.get(rec.session_id) == photo.session_guid, photo.path
