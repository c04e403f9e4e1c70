"""Every sentence the status bar says is read whole, in French, at 1366x768.

The team-undo line "Laissé tel quel : bob a fait la même modification …" lost its end: the
status bar drew one line, cut with "…" where the orange server notice begins, and nothing
let the person read the rest. Now a long message wraps onto a second line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

TS = Path(__file__).parents[2] / "src/smparchive/resources/translations/smparchive_fr.ts"
# a file name and field of the length a conference's photos have
FILLS = {"%1": "bob", "%2": "légende", "%3": "EMN-2024-J2-salle-Europa-0042.jpg", "%4": "8 déc."}


def _longest_sentences(n: int) -> list[str]:
    """The French status sentences of the window and its edits, longest first, filled."""
    root = ET.parse(TS).getroot()
    texts = [
        m.findtext("translation") or ""
        for c in root.iter("context")
        if c.findtext("name") in ("MainWindow", "OpRunner")
        for m in c.iter("message")
    ]
    out = []
    for text in sorted(texts, key=len, reverse=True)[:n]:
        for mark, fill in FILLS.items():
            text = text.replace(mark, fill)
        out.append(text.replace("%5", "4").replace("%n", "12"))
    return out


def test_the_longest_french_status_sentences_are_shown_whole_beside_the_notice(
    french: None, qtbot: Any, window: Any
) -> None:
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    bar = window.statusBar()
    height = bar.height()
    window.live.reachable.emit(False)  # the orange notice takes the bar's right
    notice = window.offline_label
    assert notice.isVisible()
    undo = "Laissé tel quel\u00a0: " + FILLS["%1"] + " a fait la même modification"
    for sentence in [undo + " du champ «\u00a0note\u00a0» de 12 éléments", *_longest_sentences(6)]:
        window.say(sentence, 8000)
        label = bar.message
        assert bar.shown() == sentence  # every word of it, not cut with "…"
        assert label.geometry().right() < notice.geometry().left()  # never under the notice
        lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
        assert lines <= 2 and label.heightForWidth(label.width()) <= label.height(), sentence
        assert bar.height() == height  # the grid above does not move
    bar.clearMessage()
    assert bar.shown() == ""
