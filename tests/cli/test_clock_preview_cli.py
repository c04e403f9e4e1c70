"""`smparchive clock CAMERA --set OFFSET --dry-run`: the counts it prints and its rows are
those of re-deriving and proposing each item alone (the preview works out the photos'
sessions in bulk and makes each row when read)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from tests.core.catalog.test_clock_preview_bulk import KEY, _items, make_programme, reference

from smparchive.cli.main import main


def run(capsys: Any, cat: Path, *args: str) -> tuple[int, str]:
    code = main(["--catalogue", str(cat), *args])
    return code, capsys.readouterr().out


def test_the_dry_run_prints_the_item_by_item_counts(
    catalog: Any, catalog_path: Path, add_items: Any, capsys: Any
) -> None:
    add_items(_items(make_programme(catalog), random.Random(22)))
    for text, offset in (("+1h", 3600), ("-15m", -900), ("+0:00:59", 59), ("-1h", -3600)):
        want = reference(catalog, KEY, offset)
        moved = sum(1 for r in want if r.new_session_id != r.old_session_id)
        assert moved > 0
        code, out = run(capsys, catalog_path, "clock", KEY, f"--set={text}", "--dry-run")
        assert code == 0
        assert out.rstrip().endswith(f"{len(want)} items, {moved} would change session."), out
        code, out = run(capsys, catalog_path, "clock", KEY, f"--set={text}", "--dry-run", "--json")
        rows = json.loads(out)["rows"]
        assert [(r["item_id"], r["new_session_id"], r["reason"]) for r in rows] == [
            (r.item_id, r.new_session_id, str(r.reason)) for r in want
        ]
