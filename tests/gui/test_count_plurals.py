"""Counts go through Qt's plural forms: French writes '0 fichier sur 17' and 'Appliquer 0
accepté' (0 and 1 are singular), which a text with the number put in by hand ('%1')
cannot say. A stand-in catalogue with French's rule marks each form it is asked for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


class _FrenchRule(QTranslator):
    """Says which plural form French would take: '[one]' or '[many]' after the text."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n < 0:
            return None  # type: ignore[return-value]  # untranslated: the source (not "")
        return source + (" [one]" if n in (0, 1) else " [many]")

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def french_rule(qapp: Any) -> Iterator[None]:
    translator = _FrenchRule()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_apply_button_and_summary_count_with_plural_forms(french_rule: None, window: Any) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = AssignmentDialog(window.deps)
    dlg.model.accepted = set()
    dlg._update_apply()
    assert dlg.apply_btn.text() == "Apply 0 Accepted [one]"
    # three counts (items, changes, choices): each takes its own form
    assert dlg.summary.text().count(" [one]") + dlg.summary.text().count(" [many]") == 3
    dlg.close()


def test_scan_progress_counts_files_with_plural_forms(
    french_rule: None, qtbot: Any, sync_runner: Any
) -> None:
    from smparchive.core.progress import ProgressEvent
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.show_progress(ProgressEvent(stage="scan", done=0, total=17))
    assert dialog.rate.text().startswith("0 of 17 files [one]")


def test_dialog_texts_with_a_count_use_plural_forms(french_rule: None) -> None:
    from smparchive.gui.commands import Commands
    from smparchive.gui.controllers.sidecars import Sidecars
    from smparchive.gui.dialogs.pickers import Pickers
    from smparchive.gui.undo import Undo

    assert Pickers().session_for(1).endswith("1 selected items: [one]")
    assert Pickers().add_to_collection(3).endswith("[many]")
    assert Commands().new_collection(1).endswith("[one]")
    assert Sidecars().writing(0) == "Writing 0 XMP sidecars [one]"
    assert Undo().changes(250).endswith("changes 250 items. [many]")


def _forms(text: str) -> list[str]:
    """The plural forms the stand-in marked in ``text``, in order."""
    return re.findall(r"\[(one|many)\]", text)


def test_every_count_of_the_clock_dialogs_summary_has_its_own_plural_form(
    french_rule: None, window: Any, tmp_path: Any
) -> None:
    """'%1: correction ... 5 of its items ... (none within 30 minutes)' took the forms of
    neither count (only the sentence appended after it did)."""
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    day2 = datetime(2022, 6, 2, 13, 50, tzinfo=UTC)
    nikon = {"camera_make": "Nikon", "camera_model": "Z 6"}
    specs = [
        {"name": f"NK_{n}.JPG", "capture_utc": day2 + timedelta(minutes=10 * n), **nikon}
        for n in range(3)
    ]
    insert_items(window.catalog, tmp_path / "media", specs)
    window.catalog.rederive_capture_times()
    dlg = ClockDialog(window.deps)
    try:
        dlg.camera_view.selectRow(
            next(n for n, g in enumerate(dlg.cameras.rows) if g.model == "Z 6")
        )
        dlg.set_offset(-36000)  # ten hours back: every photo far from any session
        text = dlg.summary.text()
        assert re.search(r"left out of every session \[many\]", text)  # 3: French plural
        assert re.search(r"none within \d+ minutes \[many\]", text)
        assert _forms(dlg.day_view.legend.text()) == ["many"]  # "within 30 minutes"
        dlg.set_offset(600)  # +10 min: 14:00, 14:10, 14:20, all in the closing session
        text = dlg.summary.text()
        # it read "0 of its items ... [one]" (French: "0 de ses éléments ... resterait")
        assert "none of its items on this day would be left out of every session" in text
        assert "0 of its" not in text
    finally:
        dlg.close()


def test_sidecar_and_programme_summaries_count_each_number_with_its_form(
    french_rule: None,
) -> None:
    from smparchive.core.domain.programme import ImportSummary
    from smparchive.core.organise.sidecars import SidecarOutcome, SidecarReport
    from smparchive.gui.dialogs.schedule_editor import import_summary_text
    from smparchive.gui.dialogs.sidecar_summary import SidecarSummaryDialog

    outcomes = [
        SidecarOutcome(1, "/m/a.jpg", "created", "/m/a.xmp"),
        SidecarOutcome(2, "/m/b.jpg", "updated", "/m/b.xmp"),
        SidecarOutcome(3, "/m/c.jpg", "updated", "/m/c.xmp"),
        SidecarOutcome(4, "/m/d.jpg", "unchanged", "/m/d.xmp"),
        SidecarOutcome(5, "/m/e.jpg", "skipped", None),
    ]
    dialog = SidecarSummaryDialog(SidecarReport("write", False, outcomes), {})
    # written 3, new 1, updated 2, merged 0, up to date 1, skipped 1
    assert _forms(dialog.summary.text()) == ["many", "one", "many", "one", "one", "one"]
    dialog.deleteLater()
    summary = ImportSummary(1, "csv", added=("A", "B"), updated=("C",), unchanged=0)
    assert _forms(import_summary_text(summary).splitlines()[0]) == ["many", "one", "one"]


def test_compare_hints_count_shown_and_selected_photos_each_with_its_form(
    french_rule: None, window: Any
) -> None:
    """'the first %1 photos of %Ln selected' put the photos shown in by hand."""
    records = window.catalog.items(window.store.ids)
    six = [r.id for r in records if r.kind == "photo"][:6]
    window.select_ids(six, current_row=0)
    window.set_mode("compare")
    from smparchive.gui.keynames import as_read

    hints = as_read(window.workspace.pages["compare"].hints.text())  # hints kept whole
    assert "the first 4 photos [many] of 6 selected [many]" in hints
    window.set_mode("grid")


COUNTED_VALUES = {"name": "EMN roundtable", "value": "4", "limit": "64", "where": "line 2",
                  "other": "{date}", "target": "/media/card",
                  "why": "replace the object with a picture of it"}  # fmt: skip
# the core's sentences that count something (core.messages.ONE, and two whose English
# needs no plural: "1 held back", where French says "1 bloqué", "2 bloqués")
COUNTED_CODES = [
    "collection.items_not_in", "export.deck_left_out", "export.documents_keep_metadata",
    "export.draft_alt_texts_withheld", "export.draft_chapters_withheld", "export.files_written",
    "export.held_back_count", "export.iptc_shortened", "export.override_count",
    "export.template_unknown_tokens", "folder.gone_midway", "folder.gone_midway_here",
    "folder.not_holding", "folder.unreachable", "folder.unreachable_here", "missing.items",
    "programme.csv_lacks_columns", "programme.gone", "query.days_count",
    "segment.speaker_chapters",
]  # fmt: skip


@pytest.mark.parametrize("code", COUNTED_CODES)
def test_the_cores_sentences_with_a_count_take_its_plural_form(
    french_rule: None, code: str
) -> None:
    """'EMN roundtable: its 4 chapter(s) are an evenly spaced draft', '2 item(s) go out
    without their alt text': the app says the core's counts with the language's forms,
    whether it has the core's sentence or only its stored English."""
    from smparchive.core import messages
    from smparchive.gui.problem_texts import sentence

    names = set(re.findall(r"\{(\w+)\}", messages.PROBLEMS[code])) - {"n"}
    for n, form in ((1, "one"), (3, "many")):
        said = messages.problem(code, n=n, **{k: COUNTED_VALUES[k] for k in names})
        assert _forms(sentence(said)) == [form], sentence(said)
        if n == 1 or "{n}" in messages.PROBLEMS[code]:  # the stored English says its count
            assert _forms(sentence(str(said))) == [form], said
    assert _forms(sentence("3 file(s) written")) == ["many"]  # stored by an earlier version
    assert set(messages.ONE) <= set(COUNTED_CODES)


def test_consent_withdrawal_counts_the_photos_with_their_form(
    french_rule: None, qtbot: Any, window: Any
) -> None:
    from smparchive.core.catalog.ops_faces import ConsentImpact
    from smparchive.gui.dialogs.people import PeopleWindow

    win = PeopleWindow(window.deps)
    qtbot.addWidget(win)
    impact = ConsentImpact(person_id=1, person="Ann Lee", item_ids=(5,), exports=(), clips=())
    assert win.withdrawal_text("Ann Lee", impact).startswith(
        "Consent of Ann Lee withdrawn: 1 photos held back. [one]"
    )
