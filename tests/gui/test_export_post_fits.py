"""A platform post beside a held-back photo on a laptop's screen: at 1366x768, in French,
the demo's "Social post" collection as a Mastodon kit drew the post's counter and "Copy post
text" over the post's last lines, cut the list of photos and their alt texts, and, once
exported, put the dialog's buttons (Open Folder, Close) below the screen's edge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from tests.gui.conftest import consent_photos
from tests.gui.test_export_dialog import _no_last_choices

pytestmark = pytest.mark.gui
__all__ = ["_no_last_choices"]  # each test starts from the dialog's defaults

CAPTIONS = (
    "Hélène Marchetti ouvre la table ronde du REM devant une salle comble.",
    "Questions de la salle : les États membres comparent leurs évaluations.",
    "Sophie Vandenberghe conclut : trois leçons pour les prochains partenariats.",
    "Amara Okonkwo-Reyes (OIM) sur le financement des partenariats.",
)
ALT = "Une intervenante au pupitre s'adresse à une salle comble ; la diapositive d'ouverture "


def _rect(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def _placed(widget: QWidget, box: QWidget) -> QWidget:
    """What the box lays out for ``widget``: itself, or the scroll area holding it."""
    while widget.parentWidget() is not box:
        widget = widget.parentWidget()
    return widget


def _overlaps(dialog: QWidget, widgets: list[QWidget]) -> list[tuple[str, str]]:
    """The pairs of shown widgets drawn over one another."""
    shown = [w for w in widgets if w.isVisible()]
    return [
        (a.objectName(), b.objectName())
        for i, a in enumerate(shown)
        for b in shown[i + 1 :]
        if _rect(a, dialog).intersects(_rect(b, dialog))
    ]


@pytest.mark.parametrize("screen", [(1366, 768), (1366, 728)])
def test_a_post_and_its_result_fit_a_laptop_screen(
    qtbot: Any,
    french: None,
    catalog: Any,
    add_items: Any,
    sync_runner: Any,
    tmp_path: Path,
    monkeypatch: Any,
    screen: tuple[int, int],
) -> None:
    from smparchive.gui import screen_fit
    from smparchive.gui.dialogs import export_dialog

    area = QRect(0, 0, *screen)
    monkeypatch.setattr(screen_fit, "available_area", lambda _w: area)
    monkeypatch.setattr(export_dialog, "available_area", lambda _w: area)
    ids = consent_photos(
        add_items, tmp_path / "media", ("cleared", "cleared", "cleared", "do_not_publish")
    )
    for item, caption in zip(ids, CAPTIONS, strict=True):
        catalog.set_text([item], "caption", "fr", caption)
        catalog.set_text([item], "alt", "fr", ALT + caption.lower())
    out = tmp_path / "out"
    out.mkdir()
    dlg = export_dialog.ExportDialog(catalog, sync_runner, ids)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(out))
    dlg.preset.setCurrentIndex(dlg.preset.findData("mastodon"))
    dlg.language.setCurrentIndex(dlg.language.findData("fr"))
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.held.rowCount() == 1 and dlg.export_btn.isEnabled())
    photos = _placed(dlg.post_images, dlg.post_box)
    for widget, name in (
        (dlg.post_text, "text"),
        (dlg.post_counter, "counter"),
        (dlg.copy_post, "copy"),
        (photos, "photos"),
    ):
        widget.setObjectName(name)

    def check(stage: str) -> None:
        # the post fits itself a pass later (a loaded machine: more than 100 ms)
        qtbot.waitUntil(lambda: dlg.frameGeometry().bottom() < screen[1], timeout=3000)
        for button in (dlg.preflight_btn, dlg.export_btn, dlg.open_btn, dlg.close_btn):
            if button.isVisible():  # whole within the dialog, so on the screen
                assert dlg.rect().contains(_rect(button, dlg)), (stage, button.text())
        parts = [dlg.post_text, dlg.post_counter, dlg.copy_post, photos]
        assert _overlaps(dlg, parts) == [], stage
        box = _rect(dlg.post_box, dlg)
        for part in parts:  # none drawn past its box's edge
            assert box.contains(_rect(part, dlg)), (stage, part.objectName())
        # every photo of the post with its alt text, there to read (scrolled to if need be)
        assert dlg.post_images.text().count(".jpg") == 3, stage

    check("preflight")
    qtbot.mouseClick(dlg.export_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.open_btn.isVisible(), timeout=10_000)
    check("exported")


def test_a_post_without_photos_shows_no_empty_box(
    qtbot: Any, english: None, catalog: Any, add_items: Any, sync_runner: Any, tmp_path: Path
) -> None:
    """A post with no photo going out (the one there held back) lists none: no blank box
    under its text."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    ids = consent_photos(add_items, tmp_path / "media", ("do_not_publish",))
    out = tmp_path / "out"
    out.mkdir()
    dlg = ExportDialog(catalog, sync_runner, ids)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(out))
    dlg.preset.setCurrentIndex(dlg.preset.findData("mastodon"))
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.held.rowCount() == 1 and dlg.post_box.isVisible())
    assert dlg.post_images.text() == ""
    assert not _placed(dlg.post_images, dlg.post_box).isVisible()
