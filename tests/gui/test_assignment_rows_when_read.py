"""The Assign dialog over thousands of items makes a proposal (its explanation, its
params) only for the rows it shows; its summary's counts, its ticks and what Apply writes
come from the proposals' compact rows and are those of the rules item by item. At 1M the
dialog made 65,637 proposals and walked them four times before its table filled (~3 s)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.domain import assign as rules

N = 3000


def _many(window: Any, tmp_path: Any) -> list[int]:
    """2,700 photos and 300 clips over the first day's sessions and breaks, a third of them
    already in a session (some in the right one)."""
    cat = window.catalog
    base = datetime(2022, 6, 1, 6, 30, tzinfo=UTC)
    cat.add_session(  # beside the roundtable: its photos need a choice
        "Workshop", base + timedelta(hours=2), base + timedelta(hours=3), room="Hall B"
    )
    sessions = list(cat.test_sessions.values())
    specs: list[dict[str, Any]] = []
    for n in range(N):
        spec: dict[str, Any] = {"name": f"M_{n:05d}.JPG",
                                "capture_utc": base + timedelta(seconds=4.8 * n)}  # fmt: skip
        if n % 3 == 0:
            spec.update(session_id=sessions[n % 2], assignment="auto")
        if n % 10 == 0:
            spec.update(kind="video", duration_s=float(n % 700) + 0.5, name=f"M_{n:05d}.MP4")
        specs.append(spec)
    return list(insert_items(cat, tmp_path / "many", specs))


def test_only_the_rows_shown_are_made_and_the_counts_are_the_rules(
    window: Any, tmp_path: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    cat = window.catalog
    ids = _many(window, tmp_path)
    want = [rules.Proposal(**_fields(p)) for p in cat.propose_assignments(ids)]
    made: list[int] = []
    real = rules.Proposal.__init__

    def counting(self: rules.Proposal, *args: Any, **kw: Any) -> None:
        made.append(1)
        real(self, *args, **kw)

    monkeypatch.setattr(rules.Proposal, "__init__", counting)
    dlg = AssignmentDialog(window.deps, ids)
    dlg.resize(1200, 700)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.view.viewport().repaint()
    changes = [p for p in want if p.actionable]
    choices = sum(p.reason == "overlap" for p in want)
    assert len(changes) > 1000 and choices > 0, {str(p.reason) for p in want}
    assert dlg.model.rowCount() == len(changes)  # "Changes" shown first
    numbers = re.findall(r"\d+", re.sub(r"(?<=\d)\D(?=\d{3}\b)", "", dlg.summary.text()))
    assert numbers == [str(len(want)), str(len(changes)), str(choices)], dlg.summary.text()
    assert len(made) < 200, len(made)  # the rows in view (and the current one), not 3,000
    assert dlg.model.accepted == {p.item_id for p in changes}
    # the rows shown are the rules' changes, in order, read in any order
    for row in (len(changes) - 1, 0, 517, 3):
        p, rec = dlg.model.rows[row]
        assert p == changes[row] and rec.name.startswith("M_")
        assert dlg.model.index(row, 6).data() == dlg.model.why(p, str(p.reason), rec)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("choices"))
    dlg._fill()
    assert [dlg.model.rows[r][0] for r in range(dlg.model.rowCount())] == [
        p for p in want if p.actionable or p.reason == "overlap"
    ]
    # untick two, apply: the others are written, those two are not
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("changes"))
    dlg._fill()
    dlg.model.set_accepted([0, 5], False)
    kept = {changes[0].item_id, changes[5].item_id}
    before = {r.id: r.session_id for r in cat.items(ids)}
    dlg.apply()
    qtbot.waitUntil(lambda: "Assigned" in dlg.summary.text())
    after = {r.id: r.session_id for r in cat.items(ids)}
    assert after == {
        **before, **{p.item_id: p.session_id for p in changes if p.item_id not in kept}
    }  # fmt: skip
    dlg.close()


def _fields(p: rules.Proposal) -> dict[str, Any]:
    return {
        "item_id": p.item_id, "session_id": p.session_id, "reason": p.reason,
        "explanation": p.detail, "current_session_id": p.current_session_id,
        "candidates": p.candidates, "score": p.score, "why": p.why, "params": p.params,
    }  # fmt: skip
