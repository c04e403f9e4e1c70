"""The People window: face crops by group, Y/N from the keyboard, naming a group."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.core.faces.conftest import needs_faces, scanned_catalogue

pytestmark = [pytest.mark.gui, needs_faces]


@pytest.fixture
def people(qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any) -> Iterator[Any]:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.dialogs.people import PeopleWindow
    from smparchive.gui.main_window import MainWindow

    cat = open_catalog(scanned_catalogue(tmp_path, faces=True))
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    win = PeopleWindow(w.deps)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def _show(win: Any, prefix: str) -> None:
    at = next(i for i in range(win.groups.count()) if win.groups.itemText(i).startswith(prefix))
    win.groups.setCurrentIndex(at)


def test_name_a_group_then_confirm_and_reject_from_the_keyboard(qtbot: Any, people: Any) -> None:
    from smparchive.core.vocab import FaceState

    win = people
    cat = win.w.catalog
    # Unknown person 1 is the largest group (Barack Obama's six faces).
    _show(win, "Unknown person 1 (")
    model = win.model
    assert model.rowCount() >= 4
    assert len(model.crops) == model.rowCount()  # every crop cut from the previews
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) == "Unknown person 1"
    group = {f.id for f in model.rows}
    win.view.selectAll()
    win.name_faces(win.selected_faces(), "Barack Obama")
    person = cat.find_person("Barack Obama")
    named = cat.faces(person_id=person, state=FaceState.CONFIRMED)
    assert {f.id for f in named} == group
    assert any(
        win.groups.itemText(i).startswith("Barack Obama (") for i in range(win.groups.count())
    )

    # Withdrawing consent is one action: photos held back, published exports named.
    cat.record_export(
        {"bundle": "/srv/www/smp-2026", "target": "folder", "preset": "web",
         "items": [named[0].item_id],
         "clips": [{"id": "segment-9", "segment": 9, "recording": named[0].item_id,
                    "title": "EMN roundtable"}]},
        settings={"audience": "public"},
    )  # fmt: skip
    _show(win, "Barack Obama (")
    assert win.withdraw_btn.isEnabled()
    win.withdraw_consent(ask=False)
    consent = cat.effective_consent([f.item_id for f in named])
    assert all(c.status == "do_not_publish" for c in consent.values())
    assert "Barack Obama" in win.notice.text() and "/srv/www/smp-2026 (1)" in win.notice.text()
    assert "published too: “EMN roundtable”" in win.notice.text()  # a clip of them went out
    assert 'person:"Barack Obama"' in win.w.browser.query_text

    # A suggestion: name one Biden face, the other Biden faces are suggested; Y confirms one.
    _show(win, "Unknown person 2 (")
    first = win.model.rows[0]
    win.name_faces([first.id], "Joe Biden")
    _show(win, "Suggestions (")
    rows = win.model.rows
    assert rows and all(f.person == "Joe Biden" for f in rows)
    assert win.model.data(win.model.index(0), Qt.ItemDataRole.DisplayRole) == "Joe Biden?"
    win.view.setFocus()
    win.view.setCurrentIndex(win.model.index(0))
    target = rows[0].id
    qtbot.keyClick(win.view, Qt.Key.Key_Y)
    (done,) = cat.faces(face_ids=[target])
    assert done.state == FaceState.CONFIRMED
    last = target
    if win.model.rowCount():
        win.view.setCurrentIndex(win.model.index(0))
        last = win.model.rows[0].id
        qtbot.keyClick(win.view, Qt.Key.Key_N)
        (no,) = cat.faces(face_ids=[last])
        assert no.state == FaceState.REJECTED
    # The window's writes are on the app's undo stack: undo takes the last decision back.
    win.w.ops.stack.undo()
    (back,) = cat.faces(face_ids=[last])
    assert back.state == FaceState.SUGGESTED and back.person == "Joe Biden"


def test_face_model_passes_the_model_tester(qtmodeltester: Any, people: Any) -> None:
    _show(people, "Unknown person 1 (")
    qtmodeltester.check(people.model)


def test_the_window_says_when_faces_are_off(
    qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any
) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.dialogs.people import PeopleWindow
    from smparchive.gui.main_window import MainWindow

    cat = open_catalog(scanned_catalogue(tmp_path, faces=False))
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    win = PeopleWindow(w.deps)
    qtbot.addWidget(win)
    assert "off for this catalogue" in win.notice.text()
    assert win.model.rowCount() == 0
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


def test_export_dialog_blurs_the_faces_of_a_withdrawn_person(
    qtbot: Any, tmp_path: Path, sync_runner: Any, qapp: Any
) -> None:
    """The comms officer's web export: his photos held back, then out with his face blurred;
    the French dialog says so."""
    from datetime import date

    from PySide6.QtCore import QSettings

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    QSettings().remove("export/last")
    cat = open_catalog(scanned_catalogue(tmp_path, faces=True))
    try:
        biden = next(f for f in cat.faces() if f.cluster is not None and _is(cat, f, "biden-1"))
        cat.name_cluster(int(biden.cluster or 0), "Joe Biden")
        cat.set_fields(cat.query_ids(), consent="cleared")
        cat.set_person_consent("Joe Biden", "none", withdrawn_on=date(2026, 11, 30))
        photos = sorted({f.item_id for f in cat.faces(person_id=cat.find_person("Joe Biden"))})
        out = tmp_path / "out"
        out.mkdir()
        dlg = ExportDialog(cat, sync_runner, photos)
        qtbot.addWidget(dlg)
        dlg.folder.setText(str(out))
        dlg.preset.setCurrentIndex(dlg.preset.findData("web"))
        dlg.show()
        qtbot.waitExposed(dlg)
        assert not dlg.blur_unknown.isEnabled()  # "also": only with the first option
        dlg.run_preflight()
        assert dlg.held.rowCount() == len(photos) and not dlg.export_btn.isEnabled()
        dlg.blur.setChecked(True)
        assert dlg.blur_unknown.isEnabled()
        dlg.run_preflight()
        assert dlg.held.rowCount() == 0 and dlg.export_btn.isEnabled()
        assert "faces blurred: Joe Biden" in dlg.preflight_label.text()
        dlg.run_export()
        assert dlg.outcome is not None, dlg.result_label.text()
        assert f"{len(photos)} photos went out with faces blurred" in dlg.result_label.text()
        # Someone tagged by hand, without a face to blur: the photo stays held, and says why.
        cat.tag_items(photos[:1], ["Jane Roe"], kind="person")
        cat.set_person_consent("Jane Roe", "do_not_publish")
        dlg.run_preflight()
        assert dlg.held.rowCount() == 1
        assert "Jane Roe: no confirmed face to blur" in dlg.held.data(dlg.held.index(0, 2))
        dlg.preset.setCurrentIndex(dlg.preset.findData("originals"))
        assert not dlg.blur.isEnabled() and not dlg.settings().blur_faces
    finally:
        cat.close()


def _is(cat: Any, face: Any, stem: str) -> bool:
    (rec,) = cat.items([face.item_id])
    return bool(rec.name.startswith(stem))
