"""Counts go through Qt's plural forms: French writes '0 fichier sur 17' and 'Appliquer 0
accepté' (0 and 1 are singular), which a text with the number put in by hand ('%1')
cannot say. A stand-in catalogue with French's rule marks each form it is asked for."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


class _FrenchRule(QTranslator):
    """Says which plural form French would take: '[one]' or '[many]' after the text."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n < 0:
            return ""
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
    assert dlg.summary.text().endswith(("[one]", "[many]"))
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
