"""The sidebar's Folders: each catalogued folder to browse, rescan, find again when it moved,
or remove from the catalogue without touching its files. Before, the app had no way to
forget a folder added by mistake (only Ctrl+Z right after adding it), to rescan one card
without every drive, or to say where an offline folder is now when the app did not find
it itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import noise_jpeg, shown_window, window_over_folders

pytestmark = pytest.mark.gui


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def two_folders(qtbot: Any, tmp_path: Path, settings: Any) -> Iterator[Any]:
    """The main window over a catalogue of two folders: 'archive' (3 photos) and 'card'
    (2 photos), scanned."""
    archive, card = tmp_path / "media" / "archive", tmp_path / "media" / "card"
    for i in range(3):
        noise_jpeg(archive / f"a{i}.jpg", 10 + i)
    for i in range(2):
        noise_jpeg(card / "DCIM" / f"c{i}.jpg", 20 + i)
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [archive, card]) as (
        w,
        roots,
    ):
        qtbot.waitUntil(lambda: len(w.store) == 5, timeout=5000)
        w.folders_for_test = (archive, card, roots)
        yield w


def _row(w: Any, root_id: int) -> Any:
    return w.sidebar_model.by_key.get(f"root:{root_id}")


def _menu_texts(w: Any, node: Any) -> list[str]:
    menu = w.folders.menu(node, w.sidebar)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _trigger(w: Any, node: Any, text: str) -> None:
    menu = w.folders.menu(node, w.sidebar)
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()


def _answer_remove(monkeypatch: pytest.MonkeyPatch) -> None:
    """The removal's question is answered "Remove"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: next(b for b in box.buttons() if b.text() == "Remove").click(),
    )


def test_each_folder_is_listed_with_its_items_and_shows_them(two_folders: Any, qtbot: Any) -> None:
    w = two_folders
    _archive, card, (archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    section = w.sidebar_model.by_key["sec:folders"]
    assert [n.label for n in section.children] == ["archive", "card"]
    qtbot.waitUntil(lambda: _row(w, card_id).count == 2, timeout=5000)  # counted apart
    assert _row(w, archive_id).count == 3
    assert _row(w, card_id).tooltip == str(card)
    assert _menu_texts(w, _row(w, card_id)) == [
        "Rescan This Folder",
        "Verify This Folder's Files",
        "Open in the File Manager",
        "Remove from the Catalogue…",
    ]
    w.sidebar.select_key(f"root:{card_id}")
    qtbot.waitUntil(lambda: len(w.store) == 2, timeout=5000)
    shown = {w.catalog.item(i).path for i in w.store.ids}
    assert shown == {str(card / "DCIM" / "c0.jpg"), str(card / "DCIM" / "c1.jpg")}


def test_rescanning_one_folder_leaves_the_others_alone(two_folders: Any, qtbot: Any) -> None:
    w = two_folders
    archive, card, (archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    noise_jpeg(card / "DCIM" / "c2.jpg", 30)  # a new photo on the card
    noise_jpeg(archive / "a3.jpg", 31)  # and one in the archive, not asked about
    _trigger(w, _row(w, card_id), "Rescan This Folder")
    qtbot.waitUntil(lambda: w.catalog.root(card_id).item_count == 3, timeout=30000)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    assert w.catalog.root(archive_id).item_count == 3  # a3.jpg not catalogued
    qtbot.waitUntil(lambda: _row(w, card_id).count == 3, timeout=5000)


def test_removing_a_folder_forgets_its_items_and_never_touches_its_files(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = two_folders
    _archive, card, (archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(
        lambda: _row(w, card_id) is not None and bool(_row(w, card_id).count), timeout=5000
    )
    before = _snapshot(card)
    asked: list[str] = []
    answer = ["Keep"]

    informed: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        informed.append(box.informativeText())
        (button,) = [b for b in box.buttons() if b.text() == answer[0]]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    w.sidebar.select_key(f"root:{card_id}")
    qtbot.waitUntil(lambda: len(w.store) == 2, timeout=5000)
    _trigger(w, _row(w, card_id), "Remove from the Catalogue…")
    assert asked == [
        "“card” and its 2 items leave the catalogue, with their ratings, captions, tags and "
        "sessions. The files themselves are not touched. This cannot be undone."
    ]
    assert [r.id for r in w.catalog.roots(counts=False)] == [archive_id, card_id]  # kept
    assert informed == [""]  # on one person's catalogue, nothing about a team

    answer[0] = "Remove"
    _trigger(w, _row(w, card_id), "Remove from the Catalogue…")
    qtbot.waitUntil(lambda: _row(w, card_id) is None, timeout=5000)
    assert [r.id for r in w.catalog.roots(counts=False)] == [archive_id]
    assert w.sidebar.current_key() == "all"  # not an empty, vanished folder
    qtbot.waitUntil(lambda: len(w.store) == 3, timeout=5000)
    assert _snapshot(card) == before  # every file there, byte for byte, same times


def test_an_offline_folder_is_found_again_where_the_person_says(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui import filedialogs

    w = two_folders
    archive, card, (_archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    moved = card.parent / "card (copy on the NAS)"
    card.rename(moved)
    _trigger(w, _row(w, card_id), "Rescan This Folder")
    qtbot.waitUntil(lambda: not w.catalog.root(card_id).online, timeout=30000)
    qtbot.waitUntil(lambda: not _row(w, card_id).online, timeout=5000)
    row = _row(w, card_id)
    assert row.icon == "ui/offline"
    assert "Not connected" in row.tooltip
    assert _menu_texts(w, row) == [
        "Rescan This Folder",
        "Find Missing Folder…",
        "Remove from the Catalogue…",
    ]
    errors: list[str] = []
    monkeypatch.setattr(w, "show_error", errors.append)
    picked = [str(archive)]  # first a folder that does not hold the card's files
    monkeypatch.setattr(filedialogs, "existing_directory", lambda *_a: picked[0])
    _trigger(w, row, "Find Missing Folder…")
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert "does not hold this folder's files" in errors[0]
    assert not errors[0].startswith("Using a folder here")  # said once, as the reason
    assert not w.catalog.root(card_id).online

    picked[0] = str(moved)
    _trigger(w, _row(w, card_id), "Find Missing Folder…")
    qtbot.waitUntil(lambda: w.catalog.root(card_id).online, timeout=30000)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    assert w.catalog.root(card_id).path == str(moved)
    statuses = {w.catalog.item(i).status for i in _ids_of(w, card_id)}
    assert statuses == {"ok"}
    qtbot.waitUntil(lambda: _row(w, card_id).online, timeout=5000)


def _ids_of(w: Any, root_id: int) -> list[int]:
    from smparchive.core.catalog.filters import ItemFilter

    return list(w.catalog.query_ids(ItemFilter(root_id=root_id)))


def test_a_scan_that_finds_a_folder_offline_offers_to_find_it(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary said "Offline: …/card" and offered nothing to do about it."""
    from smparchive.gui import filedialogs
    from smparchive.gui.dialogs.ingest import IngestDialog

    w = two_folders
    _archive, card, (_archive_id, card_id) = w.folders_for_test
    moved = card.parent / "card on the NAS"
    card.rename(moved)
    monkeypatch.setattr(filedialogs, "existing_directory", lambda *_a: str(moved))
    w.rescan()  # F5

    def step() -> Any:
        dlg = w.findChild(IngestDialog)
        return None if dlg is None else dlg.step_buttons.get("locate")

    qtbot.waitUntil(lambda: step() is not None, timeout=30000)
    assert step().text() == "Find Missing Folder…"
    step().click()
    qtbot.waitUntil(lambda: w.catalog.root(card_id).online, timeout=30000)
    assert w.catalog.root(card_id).path == str(moved)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)


def test_a_team_folder_this_computer_cannot_reach_is_not_said_offline(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a team catalogue a folder this computer cannot see stays online for the others:
    the summary's head said "Offline: …/card" above the sentence saying it was not."""
    from smparchive.gui.dialogs.ingest import IngestDialog

    w = two_folders
    _archive, card, _ids = w.folders_for_test
    monkeypatch.setattr(type(w.catalog), "shared", property(lambda _self: True))
    card.rename(card.parent / "card elsewhere")
    w.rescan()  # F5

    def summary() -> str:
        dlg = w.findChild(IngestDialog)
        return "" if dlg is None or not dlg.summary.isVisible() else dlg.summary.text()

    qtbot.waitUntil(lambda: bool(summary()), timeout=30000)
    assert f"Not reachable from this computer: {card}" in summary()
    assert "Offline:" not in summary()
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)


def test_removing_a_folder_from_a_team_catalogue_says_it_is_for_everyone(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a team catalogue the folder and everything said about its items leave it for
    every teammate: the question said only "leave the catalogue"."""
    from PySide6.QtWidgets import QMessageBox

    w = two_folders
    _archive, _card, (_archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    monkeypatch.setattr(type(w.catalog), "shared", property(lambda _self: True))
    informed: list[str] = []

    def exec_(box: QMessageBox) -> int:
        informed.append(box.informativeText())
        (keep,) = [b for b in box.buttons() if b.text() == "Keep"]
        keep.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _trigger(w, _row(w, card_id), "Remove from the Catalogue…")
    assert informed == ["This is the team catalogue: the folder leaves it for everyone."]


def test_a_team_folder_this_computer_does_not_see_is_shown_offline_here(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A teammate whose computer mounts the share elsewhere opened the team catalogue: the
    folder looked connected (the team's flag), its photos grey without a reason, and its
    menu offered "Open in the File Manager" instead of "Find Missing Folder…". The
    sidebar now shows what this computer sees, without marking anything for the team."""
    w = two_folders
    _archive, card, (_archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    monkeypatch.setattr(type(w.catalog), "shared", property(lambda _self: True))
    away = card.with_name("card-elsewhere")
    card.rename(away)  # not mounted at this path on this computer
    w.refresh_sidebar()
    qtbot.waitUntil(lambda: not _row(w, card_id).online, timeout=20000)
    assert "Find Missing Folder…" in _menu_texts(w, _row(w, card_id))
    assert "Not connected" in _row(w, card_id).tooltip
    assert w.catalog.root(card_id).online  # the team's flag is left as it was
    # Problems > Offline counts the card's 2 photos: it stayed at 0, the stored status
    qtbot.waitUntil(lambda: w.sidebar_model.by_key["status:offline"].count == 2, timeout=5000)
    away.rename(card)
    w.refresh_sidebar()
    qtbot.waitUntil(lambda: _row(w, card_id).online, timeout=20000)
    assert "Open in the File Manager" in _menu_texts(w, _row(w, card_id))
    qtbot.waitUntil(lambda: w.sidebar_model.by_key["status:offline"].count == 0, timeout=5000)


def test_two_folders_with_one_label_are_told_apart(
    qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    """Two demos added to one team catalogue were two rows both reading "SMP demo"."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.tasks import TaskRunner

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    for where in ("laptop/demo", "nas/pgdemo", "other"):
        (tmp_path / where).mkdir(parents=True)
    cat.add_root(tmp_path / "laptop" / "demo", label="SMP demo")
    cat.add_root(tmp_path / "nas" / "pgdemo", label="SMP demo")
    cat.add_root(tmp_path / "other", label="Card")
    w = shown_window(qtbot, cat, TaskRunner(), settings)
    qtbot.waitUntil(lambda: "sec:folders" in w.sidebar_model.by_key, timeout=5000)
    rows = [n.label for n in w.sidebar_model.by_key["sec:folders"].children]
    assert rows == ["Card", "SMP demo (demo)", "SMP demo (pgdemo)"]
    w.runner.shutdown()
    w.thumbs.shutdown()


def test_the_steps_of_a_removed_folder_leave_the_edit_menu_with_it(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a folder is removed, Edit > Undo names the step before its photos' ratings at
    once. Before, it still offered the card photo's rating: Ctrl+Z said 'Nothing was
    undone' and only then went on (and before that, it 'undid' it silently for ever)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    w = two_folders
    _archive, _card, (archive_id, card_id) = w.folders_for_test
    qtbot.waitUntil(
        lambda: _row(w, card_id) is not None and bool(_row(w, card_id).count), timeout=5000
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: next(b for b in box.buttons() if b.text() == "Remove").click(),
    )

    def rate_first_of(root_id: int, key: Qt.Key) -> int:
        w.sidebar.select_key(f"root:{root_id}")
        qtbot.waitUntil(lambda: {w.catalog.item(i).root_id for i in w.store.ids} == {root_id})
        w.activateWindow()
        w.focus_results()
        w.select_ids(w.store.ids[:1], current_row=0)
        item = w.store.ids[0]
        qtbot.keyClick(w.grid, key)
        qtbot.waitUntil(lambda: w.catalog.item(item).rating > 0, timeout=5000)
        return item

    kept = rate_first_of(archive_id, Qt.Key.Key_3)
    rate_first_of(card_id, Qt.Key.Key_4)
    # the step is pushed when the write's answer comes back, after the rating is stored
    qtbot.waitUntil(lambda: w.undo_stack.count() == 2, timeout=5000)
    _trigger(w, _row(w, card_id), "Remove from the Catalogue…")
    qtbot.waitUntil(lambda: _row(w, card_id) is None, timeout=5000)

    qtbot.waitUntil(lambda: w.undo_stack.count() == 1, timeout=5000)  # the dead step left
    assert w.undo_stack.undoText() == "Rate 3" and not w.undo_stack.canRedo()  # the archive's
    assert w.catalog.item(kept).rating == 3
    qtbot.keyClick(w.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.catalog.item(kept).rating == 0, timeout=5000)
    assert warned == []


def test_the_chips_recount_when_a_removed_folder_takes_its_items(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walked in the demo: a search for a card photo, then its folder removed: the grid said
    '0 items' under chips still reading 'Photos 1', 'Unflagged 1'."""
    w = two_folders
    _archive, _card, (_archive_id, card_id) = w.folders_for_test
    _answer_remove(monkeypatch)
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    w.search.edit.setText("c0")
    qtbot.waitUntil(lambda: len(w.store) == 1, timeout=5000)
    photos = w.search.chips[0][0]
    qtbot.waitUntil(lambda: photos.text() == "Photos  1", timeout=5000)
    _trigger(w, _row(w, card_id), "Remove from the Catalogue…")
    qtbot.waitUntil(lambda: len(w.store) == 0, timeout=5000)
    qtbot.waitUntil(lambda: photos.text() == "Photos  0", timeout=5000)


def test_a_selected_item_whose_folder_is_removed_hands_on_to_one_that_stays(
    two_folders: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The selected card photo leaves with its folder: an item that stays is selected and
    shown in the inspector (nothing was selected while the inspector showed the item
    gone), the one after it in the view, else the one before."""
    w = two_folders
    _archive, _card, (_archive_id, card_id) = w.folders_for_test
    _answer_remove(monkeypatch)
    qtbot.waitUntil(lambda: _row(w, card_id) is not None, timeout=5000)
    shown = list(w.store.ids)
    names = {r.id: r.name for r in w.catalog.items(shown)}
    card_rows = [row for row, i in enumerate(shown) if names[i].startswith("c")]
    row = card_rows[0]
    w.select_ids([shown[row]], current_row=row)
    staying = [i for i in shown if not names[i].startswith("c")]
    after = [i for i in shown[row:] if i in staying]
    heir = after[0] if after else staying[-1]
    _trigger(w, _row(w, card_id), "Remove from the Catalogue…")
    qtbot.waitUntil(lambda: len(w.store) == 3, timeout=5000)
    qtbot.waitUntil(lambda: w.selected_ids() == [heir], timeout=5000)
    assert w.selection.count() == 1
    qtbot.waitUntil(lambda: w.inspector.ids() == [heir], timeout=5000)
