"""The assignment preview shows the corrected local time, and says 'inside' with the
session's local hours (not UTC next to local session times)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale


def test_preview_reasons_in_the_event_zone_after_a_correction(window: Any) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    cat = window.catalog
    camera = next(g for g in cat.cameras() if g.model == "EOS R6")
    cat.set_clock_offset(camera.key, 3600)  # one hour later: 07:05 UTC photos become 10:05
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    dlg = AssignmentDialog(window.deps)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    m = dlg.model
    rows = {rec.name: n for n, (_p, rec) in enumerate(m.rows) if rec is not None}
    # IMG_0006: 07:05 + 30 min = 07:35 UTC, +1 h = 08:35 UTC, 10:35 in Brussels: roundtable
    row = rows["IMG_0006.JPG"]
    captured = m.index(row, 2).data()
    why = m.index(row, 6).data()
    assert captured == "1 Jun 2022 10:35 (+1 h)"
    assert "10:35" in why and "“EMN roundtable” (10:30–12:00)" in why
    assert "corrected by +1 h" in why
    assert "UTC" not in why and "08:35" not in why
    # IMG_0000 at 07:05 UTC +1 h = 10:05 CEST: in the break after the opening (09:00-10:00)
    row = rows["IMG_0000.JPG"]
    assert m.index(row, 2).data() == "1 Jun 2022 10:05 (+1 h)"
    # with its corrected time, as the rows inside a session give it
    assert m.index(row, 6).data() == (
        "captured 1 Jun 2022 10:05 · corrected by +1 h, 5 min after “Opening” (09:00–10:00)"
    )
    dlg.close()
    QLocale.setDefault(before)


def test_apply_says_what_it_did_when_the_list_empties(window: Any, qtbot: Any) -> None:
    """After Apply, the changes list is empty (nothing is left to change): the dialog says
    how many items it assigned rather than leaving an unexplained empty table."""
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    cat = window.catalog
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    dlg = AssignmentDialog(window.deps)
    n = len(dlg.model.accepted)
    assert n > 0 and dlg.apply_btn.isEnabled()
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 0)
    assert f"Assigned {n} items to sessions." in dlg.summary.text()
    assert not dlg.apply_btn.isEnabled()
    # the empty table itself says why (the line above it was missed in the QA walk)
    assert dlg.empty.isVisibleTo(dlg) and "applied" in dlg.empty.title.text()
    assert "Everything" in dlg.empty.text.text()
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg.show_filter.activated.emit(dlg.show_filter.currentIndex())
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0)
    assert not dlg.empty.isVisibleTo(dlg)
    dlg.close()


def test_the_preview_reads_what_its_table_shows_not_full_records(
    window: Any, monkeypatch: Any
) -> None:
    """Each proposal's item was read whole (texts, tags, paths: ~3 s for a day's 65,000
    proposals at a million items) for a table that shows its name and time: the table
    reads those, and shows what it showed from the full records."""
    from smparchive.gui import formatting as fmt
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    cat = window.catalog
    camera = next(g for g in cat.cameras() if g.model == "EOS R6")
    cat.set_clock_offset(camera.key, 3600)
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    full = {r.id: r for r in cat.items(cat.query_ids())}
    read: list[int] = []
    whole = cat.items
    monkeypatch.setattr(cat, "items", lambda ids: read.extend(ids) or whole(ids))
    dlg = AssignmentDialog(window.deps)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    m = dlg.model
    assert m.rowCount() == len(full)
    assert read == []  # no full record of any proposal
    for row, (p, _shown) in enumerate(m.rows):
        rec = full[p.item_id]
        assert m.index(row, 1).data() == rec.name
        assert m.index(row, 2).data() == fmt.capture(rec)
        assert m.index(row, 6).data() == m.why(p, str(p.reason), rec)  # as the record said
    dlg.close()
    QLocale.setDefault(before)
