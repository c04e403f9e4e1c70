"""The tables of Camera Clocks' preview and of the Assign dialog work out the cell asked
for, not its whole row: fitting the columns asks ~1,000 rows of each column, and every cell
formatted both times of its row (Camera Clocks: ~0.8 s of the UI thread after each preview
of a 200,000-item camera at 1M, the lanes and the typing frozen meanwhile) or phrased its
row's explanation (the Assign dialog)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from smparchive.core.domain import assign as rules

pytestmark = pytest.mark.gui

T = datetime(2022, 6, 2, 9, 30, tzinfo=UTC)


def test_a_clock_preview_cell_formats_its_own_value_only(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from smparchive.gui.dialogs import clocks

    row = rules.ShiftRow(7, "IMG_7.JPG", T, T + timedelta(hours=1), 1, 2, rules.Reason.INSIDE)
    model = clocks.ShiftModel(lambda sid: {1: "Opening", 2: "Panel"}.get(sid, "—"))
    model.set_rows([row])
    texts = [model.data(model.index(0, c)) for c in range(5)]
    formatted: list[Any] = []
    real = clocks._when
    monkeypatch.setattr(clocks, "_when", lambda *a: formatted.append(a) or real(*a))
    assert [model.data(model.index(0, c)) for c in (0, 3, 4)] == [texts[0], "Opening", "Panel"]
    assert formatted == []  # the name and the sessions: no time formatted
    assert model.data(model.index(0, 1)) == texts[1] and len(formatted) == 1
    assert model.data(model.index(0, 2)) == texts[2] and len(formatted) == 2
    assert texts[1] != texts[2] and all(texts)
    bold = model.data(model.index(0, 4), Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()  # the session it moves to, as before


def test_an_assignment_cell_phrases_its_own_value_only(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.core.catalog.ops_organise_assign import ProposedItem
    from smparchive.gui.dialogs.assignment import ProposalsModel

    p = rules.Proposal(7, 2, rules.Reason.INSIDE, "inside", 1, (2,), why=rules.Why.INSIDE)
    rec = ProposedItem(7, "IMG_7.JPG", T, 0, "exif", 0)
    model = ProposalsModel(lambda sid: {1: "Opening", 2: "Panel"}.get(sid, "—"), lambda _: None)
    model.set_rows([(p, rec)])
    texts = [model.data(model.index(0, c)) for c in range(7)]
    asked: list[str] = []
    for name in ("why", "proposed", "_status"):
        real = getattr(model, name)
        monkeypatch.setattr(model, name, lambda *a, _n=name, _r=real: asked.append(_n) or _r(*a))
    assert [model.data(model.index(0, c)) for c in (1, 2, 3, 5)] == [
        texts[1], texts[2], "Opening", texts[5]
    ]  # fmt: skip
    assert asked == []  # no explanation phrased for the name, the time, the reason
    assert model.data(model.index(0, 6)) == texts[6] and asked == ["why"]
    assert model.data(model.index(0, 4)) == texts[4] and asked == ["why", "proposed"]
    assert texts[1] == "IMG_7.JPG" and all(texts[1:])
