"""`smparchive assign` (a dry run by default) and `--json`: the rows, counts and
explanations it prints are those of proposing each item alone (the preview works out the
photos' sessions in bulk and makes each proposal when read), and `--apply` writes what the
rules say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.core.catalog.test_assign_preview_bulk import ROOMS, programme_and_items, reference

from smparchive.cli.main import main


def run(capsys: Any, cat: Path, *args: str) -> tuple[int, str]:
    code = main(["--catalogue", str(cat), *args])
    return code, capsys.readouterr().out


def test_the_dry_run_prints_the_proposals_item_by_item(
    catalog: Any, catalog_path: Path, add_items: Any, capsys: Any
) -> None:
    ids = programme_and_items(catalog, add_items)
    want = reference(catalog, None, {})
    changes = sum(p.actionable for p in want)
    choices = sum(p.reason == "overlap" for p in want)
    assert changes and choices
    code, out = run(capsys, catalog_path, "assign", "--dry-run")
    assert code == 0
    lines = out.rstrip().splitlines()
    assert lines[-1] == (
        f"{changes} changes proposed; {choices} need a choice (assign --to). Apply with --apply."
    )
    body = lines[1:-1]  # the header, then one line per proposal in the rules' order
    assert len(body) == len(want)
    for line, p in zip(body, want, strict=True):
        assert line.split()[:2] == [str(p.item_id), p.reason.value], line
        assert line.endswith(p.detail), (line, p.detail)
    code, out = run(capsys, catalog_path, "assign", "--json")
    assert code == 0
    got = json.loads(out)
    assert [
        (g["item_id"], g["session_id"], g["reason"], g["detail"], g["candidates"], g["why"])
        for g in got
    ] == [
        (p.item_id, p.session_id, p.reason.value, p.detail, list(p.candidates), p.why) for p in want
    ]
    assert [g["params"].keys() for g in got] == [p.params.keys() for p in want]
    # rooms from the cameras' placements, on a selection
    some = ids[::3]
    want = reference(catalog, some, ROOMS)
    rooms = [f"--room={k}={v}" for k, v in ROOMS.items()]
    code, out = run(capsys, catalog_path, "assign", *map(str, some), *rooms, "--json")
    assert code == 0
    assert [(g["item_id"], g["session_id"], g["detail"]) for g in json.loads(out)] == [
        (p.item_id, p.session_id, p.detail) for p in want
    ]


def test_apply_writes_what_the_rules_propose(
    catalog: Any, catalog_path: Path, add_items: Any, capsys: Any
) -> None:
    programme_and_items(catalog, add_items)
    want = reference(catalog, None, {})
    before = {r.id: r.session_id for r in catalog.items([p.item_id for p in want])}
    code, out = run(capsys, catalog_path, "assign", "--apply")
    assert code == 0
    changed = [p for p in want if p.actionable]
    assert out.startswith(f"{len(changed)} items assigned")
    after = {r.id: r.session_id for r in catalog.items([p.item_id for p in want])}
    assert after == {**before, **{p.item_id: p.session_id for p in changed}}
