"""Every reason of the assignment preview is phrased in the interface's language (videos,
slide decks and breaks with no session near too, not only photos), from the rules' codes and
values; the rules' own English sentences stay for the CLI."""

from __future__ import annotations

from typing import Any


def _why_by_name(window: Any) -> dict[str, tuple[str, str]]:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = AssignmentDialog(window.deps)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    m = dlg.model
    out = {
        rec.name: (m.index(n, 6).data(), p.detail)
        for n, (p, rec) in enumerate(m.rows)
        if rec is not None
    }
    dlg.close()
    return out


def test_preview_reasons_in_french_for_videos_decks_and_breaks(french: None, window: Any) -> None:
    cat = window.catalog
    camera = next(g for g in cat.cameras() if g.model == "EOS R6")
    # +3 h: the photos run 10:05-12:30 UTC; the roundtable ends 10:00 UTC, so the later
    # ones are in a break with no session near.
    cat.set_clock_offset(camera.key, 3 * 3600)
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    rows = _why_by_name(window)

    # A video (07:05 UTC, 2 min 5 s) inside the opening (09:00-10:00 in Brussels).
    why, detail = rows["talk.mp4"]
    assert (
        why == "enregistrement depuis 1 juin 2022 09:05\u00a0: chevauche «\u00a0Opening\u00a0» "
        "(09:00–10:00) pendant 2 min (100\u00a0% de la durée)"
    )
    assert detail.startswith("recording from 2022-06-01 09:05")  # the CLI keeps English
    # A slide deck with no matching session.
    why, detail = rows["deck.pptx"]
    assert why.startswith("aucune séance ne correspond assez bien au document")
    assert detail.startswith("no session matches the deck")
    # A photo in a break with no session near, its corrected time named.
    why, detail = rows["IMG_0029.JPG"]  # 09:30 UTC + 3 h = 12:30 UTC = 14:30 in Brussels
    assert why.startswith("prise de vue le 1 juin 2022 14:30")
    # 14:30 is after the day's last session, not in a break: no "pause" is claimed
    assert why.endswith(", aucune séance à moins de 15 min") and "pause" not in why, why
    assert "corrigé" in why  # the correction is named, as in the Captured column
    assert detail.startswith("captured ") and "no session within 15 min" in detail
    # No reason is left in English.
    for name, (why, _detail) in rows.items():
        for word in ("captured", "recording", "inside", "break", "deck", "matches", "hand"):
            assert word not in why, (name, why)


def test_the_chosen_rows_reason_is_shown_whole_below_the_table(french: None, window: Any) -> None:
    """The table cuts long French explanations at 1366 px; the line below it does not."""
    from PySide6.QtCore import QItemSelectionModel

    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = AssignmentDialog(window.deps)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    m = dlg.model
    assert m.rowCount() > 2
    assert dlg.detail.text().startswith(m.index(0, 1).data())  # the first row, at once
    assert not dlg.view.selectionModel().hasSelection()  # shown, not selected for Accept
    last = m.rowCount() - 1
    dlg.view.selectionModel().setCurrentIndex(
        m.index(last, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    text = dlg.detail.text()
    assert text.startswith(m.index(last, 1).data() + ", prise de vue le ")
    assert text.endswith(m.index(last, 6).data())  # the explanation, whole
    assert m.index(last, 5).data() in text
    dlg.close()


def test_a_few_seconds_read_less_than_a_minute(qapp: Any) -> None:
    """A 2 s clip inside a session overlapped it 'for 0 min': '<1 min' now."""
    from datetime import UTC, datetime

    from smparchive.core.domain.assign import Proposal, Reason, Why
    from smparchive.gui.dialogs.assignment import ProposalsModel

    model = ProposalsModel(lambda _sid: "EMN roundtable")
    moment = datetime(2022, 6, 1, 7, 40, tzinfo=UTC)
    p = Proposal(
        1, 4, Reason.INSIDE, "", None, (4,), why=Why.RECORDING,
        params={"moment": moment, "session": 4, "minutes": 0, "share": 1.0},
    )  # fmt: skip
    text = model.why(p, "inside", None)
    assert "<1 min" in text and "0 min" not in text, text


def test_a_row_in_a_break_gives_its_corrected_capture_time_as_inside_rows_do(
    window: Any,
) -> None:
    """'in a break, 5 min after …' named no time while 'captured …, inside …' did."""
    cat = window.catalog
    camera = next(g for g in cat.cameras() if g.model == "EOS R6")
    cat.set_clock_offset(camera.key, 3 * 3600)  # 10:05 UTC: 5 min after the roundtable
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    rows = _why_by_name(window)
    why, _detail = rows["IMG_0000.JPG"]
    assert why.startswith("captured 1 Jun 2022 12:05"), why
    assert "corrected" in why  # the correction named, as in the Captured column
    # after the day's last session: the minutes and the session say where, no "break"
    assert why.endswith(", 5 min after “EMN roundtable” (10:30–12:00)"), why
    near = [w for w, _d in rows.values() if " min after “" in w or " min before “" in w]
    assert len(near) > 1 and all(w.startswith("captured ") for w in near), near
    assert not [w for w, _d in rows.values() if "break" in w]


def test_the_sessions_reasons_and_explanations_are_whole_at_1366_px(
    french: None, window: Any, qtbot: Any
) -> None:
    """At 1366x768 in French the Proposed, Reason and Why columns were cut ("EMN
    roundtable: policy d…", "Pendant une pause, séan…"): their cells wrap, whole."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = AssignmentDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.resize(1330, 690)  # on a 1366x768 screen (kept within the test's smaller one)
    dlg.show()
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    qtbot.wait(50)
    view, m = dlg.view, dlg.model
    # the room a cell keeps around its text (QStyledItemDelegate's, QCommonStyle's)
    MARGINS = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    metrics = view.fontMetrics()
    cut = []
    for row in range(m.rowCount()):
        for col in (3, 4, 5, 6):
            rect = view.visualRect(m.index(row, col))
            text = m.index(row, col).data() or ""
            need = metrics.boundingRect(
                QRect(0, 0, rect.width() - MARGINS, 10_000), Qt.TextFlag.TextWordWrap, text
            )
            if need.height() > rect.height() or need.width() > rect.width() - MARGINS:
                cut.append((row, col, text, need.size(), rect.size()))
    assert m.rowCount() > 20
    assert cut == [], "\n".join(map(str, cut))
    dlg.close()


def test_a_document_matched_by_its_text_is_not_called_a_slide_deck(
    window: Any, tmp_path: Any
) -> None:
    """The Reason column said "Deck matches the session" for a PDF of notes (a document,
    listed under Documents): the rule matches any document by its title, speakers or name."""
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.assignment import AssignmentDialog

    cat = window.catalog
    insert_items(
        cat,
        tmp_path / "notes",
        [{"name": "Closing_notes.pdf", "kind": "document", "page_count": 2, "capture_utc": None}],
    )
    dlg = AssignmentDialog(window.deps)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    m = dlg.model
    reasons = {rec.name: m.index(n, 5).data() for n, (_p, rec) in enumerate(m.rows)}
    assert reasons["Closing_notes.pdf"] == "Document matches the session"
    dlg.close()
