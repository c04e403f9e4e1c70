"""F1 lists the keys the loupe's viewers handle themselves (the zoom keys, the player's
J/K/L and Shift+arrows, a deck's pages, Ctrl+F in a PDF): they were only in each mode's
hint line, and a user looking for them in the keyboard help did not find them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from tests.core.media.test_pages import text_pdf

from smparchive.gui.tasks import SyncTaskRunner
from smparchive.gui.viewers import open_viewer

pytestmark = pytest.mark.gui

_ARROWS = {
    Qt.Key.Key_Left: "←",
    Qt.Key.Key_Right: "→",
    Qt.Key.Key_Up: "↑",
    Qt.Key.Key_Down: "↓",
}
_LETTERS = [getattr(Qt.Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]
_OTHERS = [  # not Tab: it moves the focus between controls, as everywhere
    *_ARROWS,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Space,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Comma,
    Qt.Key.Key_Period,
    Qt.Key.Key_BracketLeft,
    Qt.Key.Key_BracketRight,
    Qt.Key.Key_Slash,
    *(getattr(Qt.Key, f"Key_F{n}") for n in range(2, 13)),  # F1 is the sheet itself
]
_MODS = {
    "": Qt.KeyboardModifier.NoModifier,
    "Shift+": Qt.KeyboardModifier.ShiftModifier,
    "Ctrl+": Qt.KeyboardModifier.ControlModifier,
}


def _name(key: Qt.Key, prefix: str) -> str:
    """A key as the sheet names it: arrows as glyphs; a symbol typed with Shift ("+" is
    Shift+= on many keyboards) by the symbol alone."""
    bare = _ARROWS.get(key) or QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    if prefix == "Shift+" and not bare.isalnum() and key not in _ARROWS and len(bare) == 1:
        return bare
    return prefix + bare


def _sheet_keys(window: Any) -> dict[str, set[str]]:
    """Each key name in F1 -> the group titles it is in."""
    from smparchive.gui.menus import shortcut_rows

    found: dict[str, set[str]] = {}
    for group, rows in shortcut_rows(window.actions_by_name):
        for keys, _what in rows:
            for alternative in keys.split(", "):
                # "Shift+←/→" is one key with its alternatives after the slash
                first, *others = alternative.split("/") if alternative != "/" else ["/"]
                mods = first.rpartition("+")[0] if len(first) > 1 else ""
                for part in [first, *(f"{mods}+{o}" if mods else o for o in others)]:
                    found.setdefault(part, set()).add(group)
    return found


def _taken(viewer: Any) -> list[str]:
    """The keys ``viewer`` takes (accepts) rather than leaving to its window."""
    taken = []
    for key in [*_LETTERS, *_OTHERS]:
        for prefix, mods in _MODS.items():
            event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
            QApplication.sendEvent(viewer, event)
            if event.isAccepted():
                taken.append(_name(key, prefix))
            viewer.setFocus()  # Ctrl+F gave it to the find field
    return taken


def _open(qtbot: Any, catalog: Any, add_items: Any, specs: list[dict[str, Any]]) -> Any:
    window = open_viewer(None, catalog, add_items(specs), 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    return window


def test_every_key_the_loupe_and_the_deck_viewer_take_is_in_f1(
    window: Any, qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    media = tmp_path / "media"
    media.mkdir(exist_ok=True)
    Image.new("RGB", (1600, 1200), (90, 120, 150)).save(media / "a.jpg")
    text_pdf(media / "notes.pdf")
    sheet = _sheet_keys(window)
    photo_window = _open(qtbot, catalog, add_items, [{"name": "a.jpg", "sha256": "a" * 64}])
    photo = photo_window.viewer
    photo.view.actual_size()  # zoomed in: the arrows pan
    pdf = {"name": "notes.pdf", "kind": "document", "format": "PDF", "sha256": "b" * 64}
    deck_window = _open(qtbot, catalog, add_items, [pdf])
    deck = deck_window.viewer
    assert deck.content is not None
    for viewer, group in ((photo, "Loupe: photos"), (deck, "Loupe: slides and PDFs")):
        taken = _taken(viewer)
        assert {"+", "Ctrl+0"} <= set(taken)  # the sweep reached the viewer's own keys
        missing = [k for k in taken if k not in sheet]
        assert missing == [], f"{type(viewer).__name__} takes {missing}, not in F1"
        own = [k for k in taken if group in sheet[k]]
        assert len(own) > 5  # under the viewer's group, not only the window's
    assert "Ctrl+F" in _taken(deck) and "Loupe: slides and PDFs" in sheet["Ctrl+F"]


def test_f1_has_the_players_keys_under_their_mode(window: Any) -> None:
    """J/K/L and Shift+arrows, named only in the player's hint line before."""
    from smparchive.gui.menus import shortcut_rows

    groups = dict(shortcut_rows(window.actions_by_name))
    player = groups["Loupe: videos and recordings"]
    assert ("J", "Play backwards, faster with each press") in player
    assert ("Space/K", "Play or pause") in player
    assert ("Shift+←", "Back 30 seconds") in player
    assert ("Shift+S", "Cut the recording into sessions") in player
    assert ("+/=", "Zoom in") in groups["Loupe: photos"]
    assert ("Ctrl+F", "Find words in the slides or pages") in groups["Loupe: slides and PDFs"]


def test_f1_names_the_viewer_keys_in_french(window: Any, french: Any) -> None:
    from smparchive.gui.menus import shortcut_rows

    groups = dict(shortcut_rows(window.actions_by_name))
    titles = [t for t in groups if t.startswith("Loupe")]
    assert len(titles) == 4
    player = dict(groups[titles[2]])
    assert player["Maj+←"].startswith("Reculer")


def test_typing_a_groups_name_in_f1_shows_its_keys(window: Any, qtbot: Any) -> None:
    """ "loupe" in the sheet's field showed the four Loupe headings and none of their keys."""
    from smparchive.gui.dialogs.shortcuts import ShortcutSheet
    from smparchive.gui.menus import shortcut_rows

    sheet = ShortcutSheet(shortcut_rows(window.actions_by_name), window)
    qtbot.addWidget(sheet)
    sheet.search.setText("videos and rec")
    assert ("Play backwards, faster with each press", "J") in sheet.shown_rows()
    sheet.search.setText("J")  # a key still finds its row alone
    assert ("Play backwards, faster with each press", "J") in sheet.shown_rows()


# A key the window's action hands on to the viewer shown (Find: a deck's or a PDF's own find)
_HANDED_ON = {("deck", "find")}


def test_no_viewer_key_is_one_the_window_takes_first() -> None:
    """In the loupe the window's shortcuts fire before the viewer sees a key, so a viewer
    row on a window key promised in F1 what the loupe never did: Ctrl+1 "Actual size"
    went to the grid (the window's Grid key), Space "Next item" back to the grid, and C
    "Add a chapter here" to Compare when the loupe walked a selection. A viewer shares a
    key with the window only where it claims it (``own_keys``) or the window hands it on."""
    from PySide6.QtGui import QKeySequence

    from smparchive.gui.action_table import ACTIONS
    from smparchive.gui.player.view import PlayerView
    from smparchive.gui.viewers.deck import DeckViewer
    from smparchive.gui.viewers.keys import TABLES
    from smparchive.gui.viewers.loupe import PhotoLoupe

    window_keys: dict[tuple[Qt.Key, Qt.KeyboardModifier], str] = {}
    for spec in ACTIONS:
        for spec_key in (*spec.shortcuts, *spec.anywhere):
            if isinstance(spec_key, QKeySequence.StandardKey):
                sequences = QKeySequence.keyBindings(spec_key)
            else:
                sequences = [QKeySequence(spec_key)]
            for sequence in sequences:
                if sequence.count():
                    combo = sequence[0]
                    window_keys[(combo.key(), combo.keyboardModifiers())] = spec.id
    claimed = {"loupe": PhotoLoupe.own_keys, "player": PlayerView.own_keys}
    claimed["deck"] = DeckViewer.own_keys
    clashes = [
        f"{group}: {row.keys} ({row.id}) is the window's {window_keys[(key, mods)]}"
        for group, rows in TABLES.items()
        for row in rows
        for key in row.presses
        for mods in row.mods
        if (key, mods) in window_keys
        and (group, row.id) not in _HANDED_ON
        and not (mods == Qt.KeyboardModifier.NoModifier and key in claimed.get(group, ()))
    ]
    assert clashes == []


def test_f1_names_the_loupes_actual_size_and_previous_keys_as_they_work(window: Any) -> None:
    from smparchive.gui.menus import shortcut_rows

    groups = dict(shortcut_rows(window.actions_by_name))
    photos = dict((what, keys) for keys, what in groups["Loupe: photos"])
    assert photos["Actual size or fit, in turn"] == "Z"
    assert photos["Previous item"] == "←/PgUp" and photos["Back one item"] == "Backspace"
    assert all("Space" not in keys and "Ctrl+1" not in keys for keys in photos.values())
