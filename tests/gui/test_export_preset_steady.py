"""Choosing a platform preset shows the Post panel: at 1366x768 the export dialog grew ~200
px and jumped ~43 px up, so the next click landed on another control ("Nommer les
personnes" got ticked). The dialog and its preset list stay where they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from tests.gui.conftest import consent_photos
from tests.gui.test_export_dialog import _no_last_choices

pytestmark = pytest.mark.gui
__all__ = ["_no_last_choices"]  # each test starts from the dialog's defaults


def test_choosing_a_platform_preset_moves_nothing(
    qtbot: Any,
    french: None,
    catalog: Any,
    add_items: Any,
    sync_runner: Any,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    from smparchive.gui import screen_fit
    from smparchive.gui.dialogs import export_dialog

    area = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(screen_fit, "available_area", lambda _w: area)
    monkeypatch.setattr(export_dialog, "available_area", lambda _w: area)
    ids = consent_photos(add_items, tmp_path / "media", ("cleared",) * 4)
    for item in ids:  # a post of a few lines a photo, as the demo's collection has
        catalog.set_text([item], "caption", "fr", f"Photo {item} : la salle comble. " * 3)
        catalog.set_text([item], "alt", "fr", f"Une intervenante au pupitre, photo {item}. " * 3)
    dlg = export_dialog.ExportDialog(catalog, sync_runner, ids)
    qtbot.addWidget(dlg)
    (tmp_path / "out").mkdir()
    dlg.folder.setText(str(tmp_path / "out"))
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.move(99, 118)  # centred over the main window, as it opens there
    qtbot.wait(50)

    def seen() -> tuple[QPoint, QPoint, int]:
        return dlg.pos(), dlg.preset.mapToGlobal(QPoint(0, 0)), dlg.height()

    before = seen()
    for preset in ("mastodon", "linkedin", "web", "custom", "mastodon"):
        dlg.preset.setCurrentIndex(dlg.preset.findData(preset))
        qtbot.waitUntil(lambda: dlg.check is not None, timeout=10_000)  # checked again
        qtbot.wait(100)  # and the post fitted, a pass later
        now = seen()
        assert dlg.post_box.isVisible() == (preset in export_dialog.PLATFORMS)
        assert now[:2] == before[:2], (preset, before, now)
        assert dlg.frameGeometry().bottom() <= area.bottom(), preset  # its buttons on screen
