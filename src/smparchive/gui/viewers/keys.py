"""The keys each viewer handles itself: one table read by the viewers and by F1.

A viewer's ``keyPressEvent`` asks :func:`commands` which of its rows a key press is and
runs the handler of that row's id; the shortcut sheet (F1) lists the same rows under the
viewer's group. A key a viewer handles is therefore in F1, and a row in F1 is a key it
handles (tests/gui/test_viewer_keys_sheet.py). The window's keys (F, Esc, rating and
flags) are the action table's. Light module: no PIL, no pdfium, no VLC.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from smparchive.gui.i18n import QT_TRANSLATE_NOOP

_K = Qt.Key
_NONE = Qt.KeyboardModifier.NoModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
# "+" is Shift+= on many keyboards: the zoom keys work with or without Shift
TYPED = (_NONE, _SHIFT)


@dataclass(frozen=True)
class ViewerKey:
    """One row: ``id`` names the viewer's handler; ``keys`` the keys as shown (a spec for
    ``keynames.key``); ``what`` the sheet's text; ``presses`` the keys it takes, with the
    modifiers they may have."""

    id: str
    keys: str
    what: str
    presses: tuple[Qt.Key, ...]
    mods: tuple[Qt.KeyboardModifier, ...] = (_NONE,)


def commands(rows: tuple[ViewerKey, ...], event: QKeyEvent) -> list[str]:
    """The ids of the rows ``event`` presses, in the table's order (a handler may decline
    and leave the key to the next row: the loupe's arrows pan a zoomed photo, else step)."""
    key = Qt.Key(event.key())
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return [r.id for r in rows if key in r.presses and mods in r.mods]


# Groups of the shortcut sheet these tables fill (after the action table's), in order.
GROUPS: tuple[tuple[str, str], ...] = (
    ("window", QT_TRANSLATE_NOOP("Menus", "Loupe: any item")),
    ("loupe", QT_TRANSLATE_NOOP("Menus", "Loupe: photos")),
    ("player", QT_TRANSLATE_NOOP("Menus", "Loupe: videos and recordings")),
    ("deck", QT_TRANSLATE_NOOP("Menus", "Loupe: slides and PDFs")),
    ("compare", QT_TRANSLATE_NOOP("Menus", "Compare")),
)

_ARROWS = (_K.Key_Left, _K.Key_Right, _K.Key_Up, _K.Key_Down)
_r = ViewerKey

_ALT = Qt.KeyboardModifier.AltModifier

# The viewer window's (and the loupe page's): the keys a viewer leaves to it
WINDOW: tuple[ViewerKey, ...] = (
    _r(
        "next",
        "Ctrl+PgDown",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next item"),
        (_K.Key_PageDown,),
        mods=(_CTRL,),
    ),
    _r(
        "previous",
        "Ctrl+PgUp",
        QT_TRANSLATE_NOOP("ViewerKeys", "Previous item"),
        (_K.Key_PageUp,),
        mods=(_CTRL,),
    ),
    # (alternatives in rows of their own: one keys cell of them all was too wide for the
    # sheet's French action names on a small screen)
    _r(
        "next",
        "Alt+→",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next or previous item"),
        (_K.Key_Right,),
        mods=(_ALT,),
    ),
    _r(
        "previous",
        "Alt+←",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next or previous item"),
        (_K.Key_Left,),
        mods=(_ALT,),
    ),
    # plain Home and End reach the window where the viewer has no use for them (a photo)
    _r(
        "first",
        "Ctrl+Home",
        QT_TRANSLATE_NOOP("ViewerKeys", "First item (Home too, for a photo)"),
        (_K.Key_Home,),
        mods=(_CTRL, _NONE),
    ),
    _r(
        "last",
        "Ctrl+End",
        QT_TRANSLATE_NOOP("ViewerKeys", "Last item (End too, for a photo)"),
        (_K.Key_End,),
        mods=(_CTRL, _NONE),
    ),
)

LOUPE: tuple[ViewerKey, ...] = (
    _r(
        "zoom_in",
        "+/=",
        QT_TRANSLATE_NOOP("ViewerKeys", "Zoom in"),
        (_K.Key_Plus, _K.Key_Equal),
        mods=TYPED,
    ),
    _r("zoom_out", "-", QT_TRANSLATE_NOOP("ViewerKeys", "Zoom out"), (_K.Key_Minus,), mods=TYPED),
    _r(
        "fit",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("ViewerKeys", "Fit the photo in the window"),
        (_K.Key_0,),
        mods=(_CTRL,),
    ),
    # (no Ctrl+1 for the actual size: the window's Grid key, Ctrl+1 from every mode, took
    # it, and F1 promised what the loupe never did; Z goes to the actual size and back)
    _r(
        "zoom_toggle",
        "Z",
        QT_TRANSLATE_NOOP("ViewerKeys", "Actual size or fit, in turn"),
        (_K.Key_Z,),
    ),
    _r(
        "info",
        "I",
        QT_TRANSLATE_NOOP("ViewerKeys", "Show or hide the photo's details"),
        (_K.Key_I,),
    ),
    _r("pan", "←/→/↑/↓", QT_TRANSLATE_NOOP("ViewerKeys", "Move around a zoomed photo"), _ARROWS),
    _r(
        "next",
        "→/PgDown",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next item"),
        (_K.Key_Right, _K.Key_PageDown),
    ),
    _r(
        "previous",
        "←/PgUp",
        QT_TRANSLATE_NOOP("ViewerKeys", "Previous item"),
        (_K.Key_Left, _K.Key_PageUp),
    ),
    # (not Space: in the loupe it leaves for the grid, the window's Loupe key; Backspace in a
    # row of its own: beside "←/PgUp" the keys column cut the French sheet's longest action)
    _r(
        "previous",
        "Backspace",
        QT_TRANSLATE_NOOP("ViewerKeys", "Back one item"),
        (_K.Key_Backspace,),
    ),
)

PLAYER: tuple[ViewerKey, ...] = (
    _r(
        "play",
        "Space/K",
        QT_TRANSLATE_NOOP("ViewerKeys", "Play or pause"),
        (_K.Key_Space, _K.Key_K),
    ),
    _r("back_5", "←", QT_TRANSLATE_NOOP("ViewerKeys", "Back 5 seconds"), (_K.Key_Left,)),
    _r("forward_5", "→", QT_TRANSLATE_NOOP("ViewerKeys", "Forward 5 seconds"), (_K.Key_Right,)),
    _r(
        "back_30",
        "Shift+←",
        QT_TRANSLATE_NOOP("ViewerKeys", "Back 30 seconds"),
        (_K.Key_Left,),
        mods=(_SHIFT,),
    ),
    _r(
        "forward_30",
        "Shift+→",
        QT_TRANSLATE_NOOP("ViewerKeys", "Forward 30 seconds"),
        (_K.Key_Right,),
        mods=(_SHIFT,),
    ),
    _r("frame_back", ",", QT_TRANSLATE_NOOP("ViewerKeys", "Previous frame"), (_K.Key_Comma,)),
    _r("frame_forward", ".", QT_TRANSLATE_NOOP("ViewerKeys", "Next frame"), (_K.Key_Period,)),
    _r("slower", "[", QT_TRANSLATE_NOOP("ViewerKeys", "Slower"), (_K.Key_BracketLeft,)),
    _r("faster", "]", QT_TRANSLATE_NOOP("ViewerKeys", "Faster"), (_K.Key_BracketRight,)),
    _r(
        "shuttle_back",
        "J",
        QT_TRANSLATE_NOOP("ViewerKeys", "Play backwards, faster with each press"),
        (_K.Key_J,),
    ),
    _r(
        "shuttle_forward",
        "L",
        QT_TRANSLATE_NOOP("ViewerKeys", "Play forwards, faster with each press"),
        (_K.Key_L,),
    ),
    _r("louder", "↑", QT_TRANSLATE_NOOP("ViewerKeys", "Louder"), (_K.Key_Up,)),
    _r("quieter", "↓", QT_TRANSLATE_NOOP("ViewerKeys", "Quieter"), (_K.Key_Down,)),
    _r("mute", "M", QT_TRANSLATE_NOOP("ViewerKeys", "Mute or unmute"), (_K.Key_M,)),
    _r("start", "Home", QT_TRANSLATE_NOOP("ViewerKeys", "To the start"), (_K.Key_Home,)),
    _r(
        "mark_in",
        "I",
        QT_TRANSLATE_NOOP("ViewerKeys", "Set the in point (a segment's start)"),
        (_K.Key_I,),
    ),
    _r(
        "mark_out",
        "O",
        QT_TRANSLATE_NOOP("ViewerKeys", "Set the out point (a segment's end)"),
        (_K.Key_O,),
    ),
    _r(
        "chapter",
        "C",
        QT_TRANSLATE_NOOP("ViewerKeys", "Add a chapter here (a segment)"),
        (_K.Key_C,),
    ),
    _r(
        "poster",
        "Shift+P",
        QT_TRANSLATE_NOOP("ViewerKeys", "Use this frame as poster frame"),
        (_K.Key_P,),
        mods=(_SHIFT,),
    ),
    _r(
        "cut",
        "Shift+S",
        QT_TRANSLATE_NOOP("ViewerKeys", "Cut the recording into sessions"),
        (_K.Key_S,),
        mods=(_SHIFT,),
    ),
    _r(
        "captions",
        "Shift+V",
        QT_TRANSLATE_NOOP("ViewerKeys", "Add captions to a segment"),
        (_K.Key_V,),
        mods=(_SHIFT,),
    ),
    _r(
        "confirm",
        "Shift+C",
        QT_TRANSLATE_NOOP("ViewerKeys", "Confirm the draft chapters"),
        (_K.Key_C,),
        mods=(_SHIFT,),
    ),
    _r("next", "PgDown", QT_TRANSLATE_NOOP("ViewerKeys", "Next item"), (_K.Key_PageDown,)),
    _r("previous", "PgUp", QT_TRANSLATE_NOOP("ViewerKeys", "Previous item"), (_K.Key_PageUp,)),
)

DECK: tuple[ViewerKey, ...] = (
    _r(
        "find",
        "Ctrl+F",
        QT_TRANSLATE_NOOP("ViewerKeys", "Find words in the slides or pages"),
        (_K.Key_F,),
        mods=(_CTRL,),
    ),
    _r("next_hit", "F3", QT_TRANSLATE_NOOP("ViewerKeys", "Next match"), (_K.Key_F3,)),
    _r(
        "fit",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("ViewerKeys", "Fit the page in the window"),
        (_K.Key_0,),
        mods=(_CTRL,),
    ),
    _r(
        "zoom_in",
        "+/=",
        QT_TRANSLATE_NOOP("ViewerKeys", "Zoom in"),
        (_K.Key_Plus, _K.Key_Equal),
        mods=TYPED,
    ),
    _r("zoom_out", "-", QT_TRANSLATE_NOOP("ViewerKeys", "Zoom out"), (_K.Key_Minus,), mods=TYPED),
    _r(
        "next_page",
        "→/↓/PgDown",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next page"),
        (_K.Key_Right, _K.Key_Down, _K.Key_PageDown),
    ),
    _r(
        "previous_page",
        "←/↑/PgUp",
        QT_TRANSLATE_NOOP("ViewerKeys", "Previous page"),
        (_K.Key_Left, _K.Key_Up, _K.Key_PageUp),
    ),
    _r(
        "next_page",
        "Space",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next or previous page"),
        (_K.Key_Space,),
    ),
    _r(
        "previous_page",
        "Backspace",
        QT_TRANSLATE_NOOP("ViewerKeys", "Next or previous page"),
        (_K.Key_Backspace,),
    ),
    _r("first_page", "Home", QT_TRANSLATE_NOOP("ViewerKeys", "First page"), (_K.Key_Home,)),
    _r("last_page", "End", QT_TRANSLATE_NOOP("ViewerKeys", "Last page"), (_K.Key_End,)),
    _r("text", "I", QT_TRANSLATE_NOOP("ViewerKeys", "Show or hide the text panel"), (_K.Key_I,)),
)

# Compare's (the window's rating, flag, F and Esc keys work there too). Not plain S for the
# swap: the window's Assign to Session.
COMPARE: tuple[ViewerKey, ...] = (
    *(r for r in LOUPE if r.id in ("zoom_in", "zoom_out", "fit", "zoom_toggle")),
    _r(
        "next_pane",
        "Tab/→",
        QT_TRANSLATE_NOOP("ViewerKeys", "Choose the next photo"),
        (_K.Key_Tab, _K.Key_Right),
    ),
    _r(
        "previous_pane",
        "Shift+Tab",
        QT_TRANSLATE_NOOP("ViewerKeys", "Choose the previous photo"),
        (_K.Key_Backtab,),
        mods=(_SHIFT, _NONE),
    ),
    _r(
        "previous_pane",
        "←",
        QT_TRANSLATE_NOOP("ViewerKeys", "Choose the previous photo"),
        (_K.Key_Left,),
    ),
    _r(
        "swap",
        "Shift+S",
        QT_TRANSLATE_NOOP("ViewerKeys", "Swap the chosen photo with the next (left and right)"),
        (_K.Key_S,),
        mods=(_SHIFT,),
    ),
)

TABLES: dict[str, tuple[ViewerKey, ...]] = {
    "window": WINDOW,
    "loupe": LOUPE,
    "player": PLAYER,
    "deck": DECK,
    "compare": COMPARE,
}


def key_names(row: ViewerKey) -> str:
    """``row``'s keys as the sheet shows them, in the interface's language."""
    from smparchive.gui.keynames import key

    if row.keys.startswith("+"):  # "+/=": a lone + is no modifier's joint
        return row.keys
    return key(row.keys)
