"""Interface translations: complete, compiled, found by lupdate, and shown by the app."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "src" / "smparchive" / "gui"
FOLDER = REPO / "src" / "smparchive" / "resources" / "translations"
LANGS = ("fr", "nl", "en")
PLACEHOLDER = re.compile(r"%L?n|%\d")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(FOLDER / f"smparchive_{lang}.ts").getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


# --- the catalogues --------------------------------------------------------------------

# The French interface's words for what English calls a session and a keyword: the sidebar,
# inspector and search keys say "séance" and "mot-clé"; a translation saying "session" or
# "tag" beside them reads as another thing. ({session} and session: are the language's own.)
FRENCH_ELSEWHERE = re.compile(r"(?<![{\w-])(sessions?|tags?)(?![}:\w])", re.IGNORECASE)


def test_french_uses_the_interfaces_words() -> None:
    found = []
    for context, m in _messages("fr"):
        for text in _forms(m):
            # the search field's help names the English keys on purpose; Sessionize is a name
            words = FRENCH_ELSEWHERE.findall(text.replace("Sessionize", ""))
            if words and "session:" not in text:
                found.append(f"{context}: {text!r}")
    assert found == []


def test_french_held_back_is_not_the_pick_flag() -> None:
    """French calls a pick "Retenu" (the flag, its chip, drapeau:retenu), so an export's
    held-back items must not be "retenus" too: "2 éléments sont retenus" read as "two picks"."""
    picks = [_forms(m)[0] for _, m in _messages("fr") if m.findtext("source") == "Pick"]
    assert "Retenu" in picks  # the flag's word, which the held-back texts must leave alone
    found = []
    for context, m in _messages("fr"):
        if "held back" in (m.findtext("source") or "").lower().replace("-", " "):
            found += [f"{context}: {t!r}" for t in _forms(m) if re.search(r"retenu", t, re.I)]
    assert found == []


def test_dutch_quotes_names_one_way() -> None:
    """The Dutch interface quotes a name with ‘…’ (the page, the alt texts and 88 messages);
    fourteen said “…” or „…”, so the History read 'Segment ‘A’ toegevoegd' above
    '“B” toegevoegd'."""
    found = [
        f"{context}: {text!r}"
        for context, m in _messages("nl")
        for text in _forms(m)
        if re.search("[“”„]", text)
    ]
    assert found == []


def test_french_punctuation_is_typeset_the_french_way() -> None:
    """French puts a no-break space before : ; ? ! (an ordinary one let "?" wrap onto a line
    of its own: "Sont-ils minutés depuis le début de l'enregistrement complet ?" ended a
    dialog's line with "complet" and began the next with "?") and elides with ’, as the 420
    other messages do: 119 had a plain space and 19 a typewriter apostrophe."""
    found = [
        f"{context}: {text!r}"
        for context, m in _messages("fr")
        for text in _forms(m)
        if re.search(r"[ \t\n][:;?!](?!//)", text) or re.search(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]", text)
    ]
    assert found == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    messages = _messages(lang)
    assert messages
    problems = []
    for context, m in messages:
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None
        where = f"{context}: {source!r}"
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {tr.get('type')}")
            continue
        forms = _forms(m)
        if m.get("numerus") == "yes":
            assert len(forms) == 2, where  # fr, nl, en: one and other
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in forms:
            if not text.strip() and source.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{where}: placeholders differ in {text!r}")
            if source.count("&") != text.count("&"):
                problems.append(f"{where}: accelerator (&) lost or added in {text!r}")
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_committed_qm_is_what_lrelease_makes_of_the_ts(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / f"smparchive_{lang}.qm"
    ts = FOLDER / f"smparchive_{lang}.ts"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    committed = FOLDER / qm.name
    assert committed.read_bytes() == qm.read_bytes(), (
        f"{committed.name} is stale: run scripts/update_translations.py --release"
    )


# --- nothing escapes lupdate -----------------------------------------------------------


def _lupdate(tmp_path: Path) -> set[tuple[str, str]]:
    ts = tmp_path / "extracted.ts"
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-silent", "-locations", "none", "-ts", str(ts)],
        check=True,
    )
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


TR_NAMES = {"tr": 0, "_t": 0, "_tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}


def _literal_texts() -> dict[str, list[str]]:
    """Every string literal handed to a translation call in the gui package (by the AST)."""
    found: dict[str, list[str]] = {}
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            index = TR_NAMES.get(name or "")
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                where = f"{path.relative_to(REPO)}:{node.lineno}"
                found.setdefault(arg.value, []).append(where)
    return found


def test_lupdate_finds_every_text_and_the_catalogues_have_them(tmp_path: Path) -> None:
    """A text in the code that lupdate cannot see, or that no .ts has, fails here."""
    extracted = _lupdate(tmp_path)
    assert len(extracted) > 500
    seen = {source for _context, source in extracted}
    hidden = {t: w for t, w in _literal_texts().items() if t not in seen}
    assert hidden == {}, (
        "lupdate does not see these texts: use self.tr(...) in QObject classes, else "
        'translate("Context", ...) from smparchive.gui.i18n (no one-argument helpers)'
    )
    for lang in ("fr", "nl"):
        committed = {(c, m.findtext("source") or "") for c, m in _messages(lang)}
        missing = sorted(extracted - committed)
        assert missing == [], (
            f"not in smparchive_{lang}.ts: run scripts/update_translations.py and translate"
        )


def test_no_module_hides_texts_behind_a_one_argument_helper() -> None:
    """def _t(text): return translate("Ctx", text) hides every call site from lupdate."""
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and getattr(inner.func, "attr", getattr(inner.func, "id", "")) == "translate"
                    and len(inner.args) >= 2
                    and isinstance(inner.args[1], ast.Name)
                    and inner.args[1].id == node.args.args[0].arg
                ):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}")
    assert offenders == []


# --- the app in French and Dutch -------------------------------------------------------


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """Install the app's translations for a language; removed again afterwards."""
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import install_translations

    before = QLocale()
    installed: list[Any] = []

    def use(lang: str) -> None:
        installed.extend(install_translations(qapp, lang))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _accelerators_unique(menu: Any, where: str) -> list[str]:
    problems = []
    keys: dict[str, str] = {}
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            key = text[text.index("&") + 1].lower()
            if key in keys:
                problems.append(f"{where}: {keys[key]!r} and {text!r} share &{key}")
            keys[key] = text
        if action.menu() is not None:
            problems += _accelerators_unique(action.menu(), f"{where} > {text}")
    return problems


@pytest.mark.parametrize(
    ("lang", "file_menu", "words"),
    [
        ("fr", "&Fichier", {"É&dition", "Afficha&ge", "&Aide"}),
        ("nl", "&Bestand", {"Be&werken", "Beel&d", "&Help"}),
    ],
)
def test_main_window_and_preferences_speak_the_language(
    language: Any,
    qtbot: Any,
    gui_catalog: Any,
    sync_runner: Any,
    settings: Any,
    lang: str,
    file_menu: str,
    words: set[str],
) -> None:
    from smparchive.gui.dialogs.preferences import PreferencesDialog
    from smparchive.gui.main_window import MainWindow

    language(lang)
    w = MainWindow(gui_catalog, sync_runner, settings)
    qtbot.addWidget(w)
    try:
        titles = _menu_titles(w)
        assert titles[0] == file_menu
        assert words <= set(titles)
        assert _accelerators_unique(w.menuBar(), "menu bar") == []
        file_actions = [a.text() for a in w.menuBar().actions()[0].menu().actions()]
        assert any(t.startswith(("&Nouveau catalogue", "&Nieuwe catalogus")) for t in file_actions)

        dialog = PreferencesDialog(settings, gui_catalog, w.ops, w)
        qtbot.addWidget(dialog)
        expected = {"fr": ("Préférences", "Général"), "nl": ("Voorkeuren", "Algemeen")}[lang]
        assert dialog.windowTitle() == expected[0]
        from PySide6.QtWidgets import QTabWidget

        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None and tabs.tabText(0) == expected[1]
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()
        w.close()


def test_plural_forms_follow_the_count(language: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    def text(n: int) -> str:
        return QCoreApplication.translate("Inspector", "%Ln items selected", None, n)

    language("en")
    assert text(1) == "1 item selected"
    assert text(3) == "3 items selected"
    language("fr")
    assert text(1) == "1 élément sélectionné"
    assert text(0) == "0 élément sélectionné"  # French: 0 and 1 take the singular
    assert text(2) == "2 éléments sélectionnés"


def test_language_preference_is_saved_and_chosen_locale_is_used(
    qtbot: Any, settings: Any, gui_catalog: Any, sync_runner: Any
) -> None:
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import ui_locale
    from smparchive.gui.dialogs.preferences import PreferencesDialog
    from smparchive.gui.ops import OpRunner

    assert settings.ui_language == "system"
    # the dialog reads the catalogue's settings through the runner
    dialog = PreferencesDialog(settings, gui_catalog, OpRunner(gui_catalog, sync_runner))
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "system",
        "en",
        "fr",
        "nl",
    ]
    assert dialog.language.itemText(2) == "Français"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert settings.ui_language == "fr"
    assert ui_locale("fr").language() == QLocale.Language.French
    assert ui_locale("nl").language() == QLocale.Language.Dutch
    assert ui_locale("system") == QLocale.system()


@pytest.mark.parametrize(
    ("lang", "expected", "source"),
    [
        ("fr", "la séance «\u00a0Closed meeting\u00a0» n’est pas destinée à la publication",
         "Exporter la sélection (1 élément)"),
        ("nl", "sessie ‘Closed meeting’ is niet bestemd voor publicatie",
         "De selectie exporteren (1 item)"),
        ("en", "session “Closed meeting” is not for publication", "Export the selection (1 item)"),
    ],
)  # fmt: skip
def test_export_preflight_says_why_an_item_is_held_back_in_the_language(
    language: Any, qtbot: Any, catalog: Any, add_items: Any, sync_runner: Any,
    tmp_path: Path, lang: str, expected: str, source: str,
) -> None:  # fmt: skip
    import hashlib
    import io
    from datetime import UTC, datetime

    from PIL import Image

    from smparchive.gui.dialogs.export_dialog import ExportDialog

    language(lang)
    media = tmp_path / "media"
    media.mkdir()
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buf, "JPEG")
    data = buf.getvalue()
    (media / "IMG_1.jpg").write_bytes(data)
    spec = {"name": "IMG_1.jpg", "mime": "image/jpeg", "size": len(data), "consent": "cleared",
            "sha256": hashlib.sha256(data).hexdigest(), "width": 64, "height": 48}  # fmt: skip
    (item,) = add_items([spec], media)
    catalog.create_event("Test Conference", time_zone="Europe/Brussels")
    start = datetime(2022, 6, 1, 8, tzinfo=UTC)
    closed = catalog.add_session("Closed meeting", start, start.replace(hour=9)).value
    catalog.update_session(closed, do_not_publish=True)
    catalog.assign_items([item], closed)

    dlg = ExportDialog(catalog, sync_runner, [item])
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path))
    dlg.preflight_btn.click()
    assert dlg.source_label.text() == source
    assert dlg.held.rowCount() == 1
    assert dlg.held.data(dlg.held.index(0, 2)) == expected


def test_french_texts_from_the_system_come_with_french_dates(tmp_path: Path) -> None:
    """LANGUAGE=fr with LANG=en_US (a common Linux set-up): the app speaks French, so the
    sidebar's days read 'mer. 1 juin', not 'Wed 1 Jun' beside French words."""
    import os

    script = (
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from smparchive.gui.app import install_translations\n"
        "app = QApplication([])\n"
        "install_translations(app, 'system')\n"
        "from PySide6.QtCore import QLocale, QDate\n"
        "print(QLocale().toString(QDate(2022, 6, 1), 'ddd d MMMM'))\n"
    )
    env = {**os.environ, "LANGUAGE": "fr", "LANG": "en_US.UTF-8", "LC_ALL": "",
           "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "mer. 1 juin"


@pytest.mark.parametrize(
    ("lang", "labels", "folder", "cancel"),
    [
        ("fr", ["Voir dans\xa0:", "Fichiers de type\xa0:"], "Dossier", "Annuler"),
        ("nl", ["Zoeken in:", "Bestanden van type:"], "Map", "Annuleren"),
    ],
)
def test_qts_own_file_dialog_and_buttons_speak_the_language(
    language: Any,
    qtbot: Any,
    tmp_path: Path,
    lang: str,
    labels: list[str],
    folder: str,
    cancel: str,
) -> None:
    """Qt's own file dialog (shown where the system has no native one) and standard
    buttons: Qt's catalogue for the chosen language, with the gaps ours fills (the Type
    column said "Folder" in a French dialog)."""
    from PySide6.QtWidgets import (
        QDialogButtonBox,
        QFileDialog,
        QFileSystemModel,
        QLabel,
        QPushButton,
    )

    from smparchive.gui.app import qt_translation_folders

    assert any((Path(f) / f"qtbase_{lang}.qm").is_file() for f in qt_translation_folders())
    language(lang)
    (tmp_path / "Day 1").mkdir()
    dialog = QFileDialog(None, "t", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.findChild(QLabel, name) for name in ("lookInLabel", "fileTypeLabel")]
    assert [label.text().replace("&", "") for label in shown if label is not None] == labels
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    index = model.index(str(tmp_path / "Day 1"))
    qtbot.waitUntil(lambda: model.type(index) != "")
    assert model.type(index) == folder
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.findChild(QPushButton)
    assert button is not None and button.text().replace("&", "") == cancel


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_search_field_shows_its_keys_in_the_language(
    language: Any, qtbot: Any, lang: str
) -> None:
    """The search field said "day:1 session:roundtable kind:photo" in French: its
    placeholder and help now show the keys of the interface language, and every key they
    show is one the query language accepts (in any interface language)."""
    from smparchive.core.domain.query import ALIASES, facet_keys, tokenize
    from smparchive.gui.widgets.search_bar import SearchBar

    language(lang)
    bar = SearchBar()
    qtbot.addWidget(bar)
    placeholder = bar.edit.placeholderText()
    example = placeholder.split(":", 1)[1]  # after "Rechercher (Ctrl+F) :"
    shown = re.findall(r"([^\W\d][\w-]*)(?::|>=)", example)
    assert len(shown) == 4, placeholder
    assert not {"day", "session", "kind", "rating"} & set(shown), placeholder
    help_keys = re.findall(r"<b>([^\W\d]\w*)(?::|&gt;=)</b>", bar.edit.toolTip())
    assert len(help_keys) >= 10 and "day" not in help_keys
    for key in shown + help_keys:
        assert ALIASES.get(key.lower(), key.lower()) in facet_keys(), key
    words = " ".join(example.replace("…", "").split()[1:])  # the example query itself
    assert [t.key for t in tokenize(words)] == ["day", "session", "kind", "rating"]


@pytest.mark.parametrize(
    ("lang", "typed", "offered"), [("fr", "jo", "jour:"), ("nl", "ses", "sessie:")]
)
def test_the_search_field_offers_the_keys_of_the_language_as_one_types(
    language: Any, qtbot: Any, lang: str, typed: str, offered: str
) -> None:
    from PySide6.QtCore import Qt

    from smparchive.gui.widgets.search_bar import SearchBar

    language(lang)
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    bar.edit.setFocus()
    qtbot.keyClicks(bar.edit, "reunion -" + typed)
    popup = bar.completer.popup()
    assert popup.isVisible()
    assert bar.completer.currentCompletion() == offered
    left: list[bool] = []
    bar.leave_requested.connect(lambda: left.append(True))
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the first key offered, then Enter takes it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert bar.edit.text() == "reunion -" + offered
    assert left == []  # the Enter that chose the key does not leave for the results
    qtbot.keyClicks(bar.edit, "EMN")
    assert not popup.isVisible()  # a value: nothing offered
    assert bar.edit.text() == "reunion -" + offered + "EMN"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # Enter goes to the results again
    assert left == [True]
