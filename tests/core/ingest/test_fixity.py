"""verify: silent damage (same size and date, other bytes) is an error; edits and
disappearances are reported; intact files get last_verified_at."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smparchive.core.ingest import ScanOptions, scan, verify


def test_verify_tells_damage_edits_and_losses_apart(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "v"
    paths = [make_jpeg(root / f"{n}.jpg", color=(n * 40, 0, 0)) for n in range(5)]
    catalog.add_root(root)
    scan(catalog, options=ScanOptions(workers=0))
    ids = {p.name: catalog.ids_for_paths([str(p)])[0] for p in paths}
    first = verify(catalog)
    assert first.ok == first.checked == 5 and first.failures == []

    rotten = paths[0]  # bit rot: one byte flipped, size and mtime unchanged
    st = rotten.stat()
    data = bytearray(rotten.read_bytes())
    data[len(data) // 2] ^= 0xFF
    rotten.write_bytes(bytes(data))
    os.utime(rotten, ns=(st.st_atime_ns, st.st_mtime_ns))
    paths[1].write_bytes(paths[1].read_bytes() + b"edited")  # an edit: size and date change
    paths[2].unlink()

    report = verify(catalog)
    states = {Path(f.path).name: f.state for f in report.failures}
    assert states == {"0.jpg": "changed", "1.jpg": "modified", "2.jpg": "missing"}
    assert report.ok == 2 and report.checked == 5
    damaged = catalog.item(ids["0.jpg"])
    assert damaged.status == "error" and "Fixity check failed" in damaged.status_reason
    assert catalog.item(ids["2.jpg"]).status == "missing"
    assert catalog.item(ids["1.jpg"]).status == "ok"  # the next scan catalogues the edit
    intact = catalog.item(ids["3.jpg"])
    assert intact.last_verified_at is not None
    assert intact.last_verified_at >= catalog.item(ids["0.jpg"]).first_seen_at
    # Damaged files stay flagged: a rescan sees the same size and date and keeps the error.
    scan(catalog, options=ScanOptions(workers=0))
    assert catalog.item(ids["0.jpg"]).status == "error"
    assert catalog.item(ids["1.jpg"]).size == paths[1].stat().st_size
