"""Nothing cut off at 1366x768: a long session title in the inspector is shortened with …
and whole in its tooltip and list; the export dialog is tall enough for its settings rows."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui

TITLE = "09:30  EMN roundtable: policy debate on Skills Mobility Partnerships"


def test_a_long_choice_is_elided_with_its_whole_text_in_the_tooltip(qtbot: Any) -> None:
    from smparchive.gui.widgets.fields import ChoiceField

    box = ChoiceField([(None, "No session", None), (7, TITLE, None)])
    qtbot.addWidget(box)
    box.resize(160, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    box.show_value(7)
    box.grab()  # paints
    assert box.toolTip() == TITLE
    box.show_value(None)
    box.grab()
    assert box.toolTip() == ""  # shown whole: no tooltip needed
    box.showPopup()
    assert box.view().minimumWidth() > box.width()  # the list shows the titles whole
    box.hidePopup()


def test_export_dialog_gives_every_settings_row_its_height(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(gui_catalog, sync_runner, gui_catalog.query_ids()[:3], settings=settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    for w in (dlg.preset, dlg.target, dlg.folder, dlg.template, dlg.audience, dlg.excel):
        assert w.height() >= w.minimumSizeHint().height(), w
    assert dlg.settings_box.height() >= dlg.settings_box.minimumSizeHint().height()
    first = dlg.table.horizontalHeader()
    assert first.sectionSize(0) >= first.sectionSizeHint(0)  # "Publish anyway" whole


def test_export_dialog_fits_the_screen_without_rows_under_the_preflight(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any, tmp_path: Any
) -> None:
    """At 1366x768 the stacked dialog was taller than the screen: the preflight covered the
    last settings rows and, with a platform's post, the buttons fell off the bottom."""
    from PySide6.QtCore import QPoint, QRect

    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(gui_catalog, sync_runner, gui_catalog.query_ids()[:3], settings=settings)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path))
    dlg.preset.setCurrentIndex(dlg.preset.findData("mastodon"))  # the tallest: a post too
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.check is not None)
    screen = dlg.screen().availableGeometry()
    assert dlg.frameGeometry().height() <= screen.height()

    def rect(w: Any) -> QRect:
        return QRect(w.mapTo(dlg, QPoint(0, 0)), w.size())

    settings_rows = [dlg.page, dlg.unknown, dlg.people, dlg.blur, dlg.excel, dlg.language]
    for out in (dlg.post_box, dlg.preflight_box):
        assert out.isVisible()
        for row in settings_rows:
            assert not rect(out).intersects(rect(row)), (out.title(), row)
    buttons = rect(dlg.buttons)
    assert buttons.bottom() < dlg.height()
    for part in (dlg.settings_scroll, dlg.post_box, dlg.preflight_box):
        assert rect(part).bottom() < buttons.top()
    # every settings row can be read: inside the scrolled page, none on top of another
    page = dlg.settings_page.rect()
    boxes = [QRect(r.mapTo(dlg.settings_page, QPoint(0, 0)), r.size()) for r in settings_rows]
    for n, box in enumerate(boxes):
        assert page.contains(box)
        assert not any(box.intersects(other) for other in boxes[n + 1 :])
