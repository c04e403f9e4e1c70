"""Percentages as the interface's language writes them: the progress bars said '49%' in
French ('49 %'), and the English warning of a damaged photo said 'about 42 % of the
picture' with the French space."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator


class _FrenchPercent(QTranslator):
    """Our catalogue's French for the percentage only (the .qm is made by translators)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "%1 %" if (context, source) == ("format", "%1%") else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def french_percent(qapp: Any) -> Iterator[None]:
    translator = _FrenchPercent()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_progress_bars_write_the_percentage_as_the_language_does(
    qtbot: Any, sync_runner: Any, french_percent: None
) -> None:
    from smparchive.gui import formatting as fmt
    from smparchive.gui.dialogs.ingest import IngestDialog

    assert fmt.percent(49.2) == "49 %"
    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.bar.setRange(0, 100)
    dialog.bar.setValue(49)
    assert dialog.bar.text() == "49 %"


def test_english_percentages_have_no_space(qtbot: Any, sync_runner: Any) -> None:
    from smparchive.gui import problem_texts
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog.bar.setRange(0, 100)
    dialog.bar.setValue(49)
    assert dialog.bar.text() == "49%"
    # a warning stored by an earlier version reads as today's
    stored = "The image data is truncated: about 42 % of the picture could be decoded."
    assert problem_texts.sentence(stored) == (
        "The image data is truncated: about 42% of the picture could be decoded."
    )


def test_a_damaged_photos_warning_says_42_percent_in_english() -> None:
    from smparchive.core import messages

    said = messages.problem("photo.truncated_partial", percent=42)
    assert said == "The image data is truncated: about 42% of the picture could be decoded."
    assert messages.identify(said) == ("photo.truncated_partial", {"percent": "42"})
