"""Key names in hints and tooltips come from Qt, in the interface's language: the French
player said 'PgUp/PgDn précédente/suivante' where the inspector beside it said
'Ctrl+PgSuiv/PgPréc'."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

import smparchive.gui
from smparchive.gui.keynames import as_read

GUI = Path(smparchive.gui.__file__).parent
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
# an English key name spelled out in a text ("Esc back to the grid", "Ctrl+F", "PgUp")
ENGLISH_KEY = re.compile(
    r"\b(Esc|Space|Tab|Backspace|PgUp|PgDn|PgDown|Home/End)\b|\b(Ctrl|Shift|Alt)\+"
    r"|\bEnter\b(?! a\b| the\b| an\b)|^Enter\b"
)


def _texts() -> list[tuple[str, str]]:
    found = []
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TRANSLATING:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((f"{path.relative_to(GUI)}:{node.lineno}", arg.value))
    return found


def test_no_translatable_text_spells_an_english_key_name() -> None:
    assert len(_texts()) > 500  # the scan sees the texts
    spelled = [
        f"{where}: {text}"
        for where, text in _texts()
        # the core's English sentences (the CLI's too) are translated whole, keys included
        if ENGLISH_KEY.search(text)
        and not where.startswith(("problem_texts.py", "problem_counts.py"))
    ]
    assert spelled == []


def test_key_names_follow_qts_catalogue_in_french(french: None) -> None:
    from smparchive.gui.keynames import key, with_keys

    assert key("PgUp/PgDown") == "Page préc/Page suiv"
    assert key("Ctrl+PgUp/PgDown") == "Ctrl+Page préc/Ctrl+Page suiv"
    assert key("Shift+←/→") == "Maj+←/Maj+→"
    assert key("Shift") == "Maj"
    assert with_keys("%1 back, %2 pages", "Esc", "Space") == "Échap back, Espace pages"


def test_player_and_deck_hint_bars_name_keys_in_french(french: None, qtbot: Any) -> None:
    from smparchive.gui.workspace import _Page

    host = QWidget()
    qtbot.addWidget(host)
    page = _Page("loupe", None, host)
    page.show_hints(viewer="player")
    assert "Page préc/Page suiv" in as_read(page.hints.text())
    assert "PgUp" not in as_read(page.hints.text()) and "Échap" in as_read(page.hints.text())
    page.show_hints(viewer="deck")
    assert "Ctrl+Page préc/Ctrl+Page suiv" in as_read(page.hints.text())
    assert "Ctrl+PgUp" not in as_read(page.hints.text())


def test_player_key_line_names_keys_in_french(french: None) -> None:
    from smparchive.gui.i18n import translate
    from smparchive.gui.keynames import with_keys
    from smparchive.gui.player.view import KEY_HELP, KEY_HELP_KEYS

    line = with_keys(translate("viewers", KEY_HELP), *KEY_HELP_KEYS)
    assert line.startswith("Espace") and "Maj+P" in line and "Shift" not in line


def _lines(label: Any) -> list[str]:
    """The lines a word-wrapped label shows at its width, as Qt breaks them."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_key_hint_bars_wrap_between_hints_never_inside_one(french: None, qtbot: Any) -> None:
    """At 1366 px the French loupe said 'F plein' at the end of a line and 'écran' on the
    next; Compare split 'clic dans le bandeau / pour remplacer'. Each hint stays whole."""
    from smparchive.gui.widgets.caption_editor import CaptionEditor
    from smparchive.gui.workspace import _Page

    host = QWidget()
    qtbot.addWidget(host)
    page = _Page("loupe", None, host)
    labels = []
    for mode, viewer in (("loupe", ""), ("compare", ""), ("survey", ""), ("loupe", "player")):
        page.mode = mode
        page.show_hints(extra="2 sur 3 sélectionnés", viewer=viewer)
        labels.append(page.hints.text())
    editor = CaptionEditor(("en", "fr", "nl"), host)
    labels.append(editor.help.text())
    probe = page.hints
    wrapped = 0
    for text in labels:
        hints = [h.strip(" ·") for h in as_read(text).split(" · ")]
        for width in range(240, 900, 20):
            probe.setText(text)
            probe.setFixedWidth(width)
            lines = [as_read(line).strip() for line in _lines(probe)]
            wrapped += len(lines) > 1
            for line in lines:  # every line is whole hints, separators between them
                assert all(p.strip(" ·") in hints for p in line.split(" · ") if p.strip(" ·")), line
    assert wrapped > 20  # the widths tried do wrap


@pytest.mark.parametrize(
    ("language", "said"),
    [("fr", "Flèches\N{NO-BREAK SPACE}: choisir une photo · "), ("nl", "Pijltjes: foto kiezen · ")],
)
def test_the_survey_hint_says_the_arrows_then_what_they_do(
    language: str, said: str, qapp: Any, qtbot: Any, request: Any
) -> None:
    """It read "Flèches choisir une photo" (arrows choose a photo) where the other hints
    start with a key: the arrows are a word, followed by a colon (in French after a
    no-break space)."""
    from smparchive.gui.workspace import _Page

    request.getfixturevalue({"fr": "french", "nl": "dutch"}[language])
    host = QWidget()
    qtbot.addWidget(host)
    page = _Page("survey", None, host)
    page.show_hints()
    assert as_read(page.hints.text()).startswith(as_read(said))
