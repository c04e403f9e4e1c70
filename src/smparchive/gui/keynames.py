"""Key names shown to people, in the interface's language.

Every hint and tooltip names its keys through Qt (``QKeySequence``'s native text), which
says them as Qt's own catalogue (qtbase_<lang>.qm) does: "Page suiv", "Échap", "Maj+P"
in French, as the menus' shortcuts do. A translatable text holds ``%1``, ``%2``… where
its keys go; the arrows (←/→) and letters are the same in every language and stay in it
(tests/gui/test_key_names.py checks that no English key name is spelled out).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

ARROWS = frozenset("←→↑↓")
MODIFIERS = frozenset({"Ctrl", "Shift", "Alt", "Meta"})


def _native(spec: str) -> str:
    return QKeySequence(spec).toString(QKeySequence.SequenceFormat.NativeText)


def _one(spec: str, mods: str = "") -> str:
    *own, last = spec.split("+")
    prefix = "+".join([*filter(None, [mods]), *own])
    if last in MODIFIERS and not own:  # a modifier alone ("Shift extends the selection")
        return _native(f"{last}+A").removesuffix("+A")
    if all(ch in ARROWS for ch in last):  # an arrow: its glyph, after its modifiers
        return (_native(f"{prefix}+A").removesuffix("A") if prefix else "") + last
    return _native(f"{prefix}+{last}" if prefix else last)


def key(spec: str) -> str:
    """The name of a key in the interface's language: 'Ctrl+PgDown' -> 'Ctrl+Page suiv' in
    French; alternatives 'Ctrl+PgUp/PgDown' each with the first one's modifiers ('Ctrl+Page
    préc/Ctrl+Page suiv'); an arrow stays a glyph ('Shift+←/→' -> 'Maj+←/Maj+→')."""
    first, *others = spec.split("/")
    mods = "+".join(first.split("+")[:-1])
    return "/".join([_one(first), *(_one(other, mods) for other in others)])


def with_keys(text: str, *specs: str) -> str:
    """``text`` (translated) with ``%1``, ``%2``… replaced by the names of ``specs``."""
    for n in range(len(specs), 0, -1):  # %10 before %1
        text = text.replace(f"%{n}", key(specs[n - 1]))
    return text


HINT_SEPARATOR = " · "
_NBSP = "\u00a0"
_WORD_JOINER = "\u2060"  # no break after the slash or dash it follows ("←/→", "1–5")


def hint_line(text: str) -> str:
    """A line of key hints ("P pick · X reject · …") that wraps only between hints: each
    hint's spaces become no-break spaces and its '/', '–' and '-' no break opportunities,
    so a narrow window never leaves a key on one line and its meaning on the next."""
    hints = text.split(HINT_SEPARATOR)
    whole = []
    for hint in hints:
        hint = hint.strip(" ").replace(" ", _NBSP)
        for mark in "/–-":
            hint = hint.replace(mark, mark + _WORD_JOINER)
        whole.append(hint)
    return HINT_SEPARATOR.join(whole)


def as_read(text: str) -> str:
    """A hint line as a person reads it: its no-break marks as plain spaces (tests, logs)."""
    return text.replace(_NBSP, " ").replace(_WORD_JOINER, "")
