"""The change history stays bounded and says who scanned what (issue 16)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.models import AuditEntry, utcnow
from smparchive.core.catalog.ops_team import AuditRetention


def _jpeg(path: Path, shade: int) -> None:
    from PIL import Image

    Image.new("RGB", (64, 48), (shade, 40, 90)).save(path, quality=90)


def test_a_scan_is_in_the_history_with_its_counts(
    catalog_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from smparchive.cli.main import main

    media = tmp_path / "media"
    media.mkdir()
    for i in range(3):
        _jpeg(media / f"p{i}.jpg", 40 * i)
    monkeypatch.setenv("SMPARCHIVE_USER", "carla")
    c = ["-c", str(catalog_path)]
    assert main([*c, "init"]) == 0
    assert main([*c, "scan", "--no-thumbnails", "--workers", "1", str(media)]) in (0, 1)
    (media / "p0.jpg").unlink()
    _jpeg(media / "p3.jpg", 250)
    assert main([*c, "scan", "--no-thumbnails", "--workers", "1"]) in (0, 1)
    capsys.readouterr()
    assert main([*c, "log", "--user", "carla", "--json"]) == 0
    out = capsys.readouterr().out
    scans = [e for e in json.loads(out[out.index("[") :]) if e["action"] == "scan"]
    assert len(scans) == 2  # the first scan, then the rescan
    latest, first = scans
    assert first["details"]["values"]["new"] == 3
    assert latest["details"]["values"]["new"] == 1
    assert latest["details"]["values"]["missing"] == 1
    assert latest["details"]["values"]["files"] == 3
    assert latest["details"]["roots"] == [str(media)]
    assert latest["label"] == f"Scan {media}"
    assert main([*c, "log"]) == 0
    table = capsys.readouterr().out
    assert "scan" in table and "missing=1" in table and "carla" in table


def _age(cat: Any, days: int) -> None:
    """Make every history entry so far ``days`` old."""
    with cat._write_sessions() as s, s.begin():
        s.execute(update(AuditEntry).values(at=utcnow() - timedelta(days=days)))


def test_history_older_than_the_retention_is_pruned(
    catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    ids = item_inserter(catalog, tmp_path / "m", [{}, {}])
    for rating in (1, 2, 3):
        catalog.set_fields(ids, rating=rating)
    catalog.record_scan(["/share"], {"files": 2})
    _age(catalog, 100)
    catalog.set_fields(ids, rating=4)  # recent
    assert catalog.history_count() == 5
    # Journalled changes (someone can still undo them) are kept whatever their age.
    assert catalog.prune_history(AuditRetention(days=30, rows=0)) == 1  # the scan
    with catalog._write_sessions() as s, s.begin():
        from sqlalchemy import delete

        from smparchive.core.catalog.models import UndoEntry

        s.execute(delete(UndoEntry))  # the undo journal trimmed away
    assert catalog.prune_history(AuditRetention(days=30, rows=0)) == 3
    assert [r.label for r in catalog.history()] == ["Set rating"]
    assert catalog.item_history(ids[0])[0].details["values"] == {"rating": 4}
    assert catalog.prune_history(AuditRetention(days=0, rows=0)) == 0  # no limit


def test_history_beyond_the_newest_rows_is_pruned(
    catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    ids = item_inserter(catalog, tmp_path / "m", [{}])
    for n in range(6):
        catalog.record_scan([f"/share/{n}"], {"files": n})
    catalog.set_fields(ids, rating=5)
    assert catalog.prune_history(AuditRetention(days=0, rows=3)) == 4
    assert [r.label for r in catalog.history()] == ["Set rating", "Scan /share/5", "Scan /share/4"]


def test_cli_prune_saves_the_retention_for_everyone(
    catalog_path: Path, tmp_path: Path, item_inserter: Any, capsys: Any
) -> None:
    from smparchive.cli.main import main

    cat = open_catalog(catalog_path, create=True)
    for n in range(5):
        cat.record_scan([f"/s{n}"], {"files": n})
    cat.close()
    c = ["-c", str(catalog_path)]
    assert main([*c, "log", "--keep-rows", "2"]) == 2  # only with --prune
    capsys.readouterr()
    assert main([*c, "log", "--prune", "--keep-rows", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["removed"] == 3 and out["kept"] == 2 and out["keep_rows"] == 2
    cat = open_catalog(catalog_path)
    try:
        assert cat.audit_retention().rows == 2  # the next scans prune to it too
        cat.record_scan(["/s5"], {"files": 5})
        assert cat.prune_history() == 1
    finally:
        cat.close()
    assert main([*c, "log", "--prune"]) == 0
    assert "0 entries removed, 2 kept" in capsys.readouterr().out
