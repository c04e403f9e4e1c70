"""Everything the export dialog says follows the ticks, not only its counts: with a held-back
photo ticked ("Publish anyway") the post preview left it out (its caption, its alt text) and
the warnings still spoke of the plan before the tick, until Export planned again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.gui.conftest import consent_photos
from tests.gui.test_export_dialog import _no_last_choices, preflighted

pytestmark = pytest.mark.gui
__all__ = ["_no_last_choices"]  # each test starts from the dialog's defaults


@pytest.fixture
def photos(catalog: Any, add_items: Any, tmp_path: Path) -> list[int]:
    """Two JPEGs with captions and alt texts: one cleared, one marked do-not-publish."""
    ids = consent_photos(
        add_items, tmp_path / "media", ("cleared", "do_not_publish"), size=(640, 480)
    )
    catalog.set_text([ids[0]], "caption", "en", "The panel answers questions")
    catalog.set_text([ids[0]], "alt", "en", "Four panellists at a table")
    catalog.set_text([ids[1]], "caption", "en", "The minister opens the day")
    # an alt text that only repeats the caption: a warning about this photo once it goes out
    catalog.set_text([ids[1]], "alt", "en", "The minister opens the day")
    return ids


def _tick(dlg: Any, checked: bool) -> None:
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert dlg.held.setData(dlg.held.index(0, 0), state.value, Qt.ItemDataRole.CheckStateRole)


def test_the_post_and_warnings_follow_the_ticks(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, english: None
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dlg = preflighted(qtbot, catalog, sync_runner, photos, out, preset="linkedin", name="post")
    # the check the typed settings start by themselves is done too: it would clear the ticks
    qtbot.waitUntil(lambda: not dlg._preflight_timer.isActive() and dlg.held.rowCount() == 1)

    def shown() -> tuple[str, str, str]:
        return (
            dlg.post_text.toPlainText(),
            dlg.post_images.text(),
            dlg.preflight_label.text(),
        )

    post, images, summary = shown()
    assert "The panel answers questions" in post
    assert "The minister opens the day" not in post
    assert "1 photo with the post and its alt text:" in images
    assert "Four panellists at a table" in images
    assert "IMG_1" not in summary.split("Warnings about")[-1]  # the table says why it is held

    _tick(dlg, True)
    qtbot.waitUntil(lambda: "The minister opens the day" in dlg.post_text.toPlainText())
    post, images, summary = shown()
    assert "The panel answers questions" in post
    assert images.startswith("2 photos with the post and their alt texts:")
    assert images.count("The minister opens the day") == 1  # its alt text, under its name
    assert "To export: 2 items" in summary
    assert "Warnings about 1 item:" in summary and "IMG_1.jpg" in summary  # repeats its caption

    _tick(dlg, False)
    qtbot.waitUntil(lambda: "The minister opens the day" not in dlg.post_text.toPlainText())
    post, images, summary = shown()
    assert "The minister opens the day" not in images
    assert "1 photo with the post and its alt text:" in images
    assert "To export: 1 item" in summary and "Warnings about" not in summary
