"""The interface in French and in Dutch shows no English: every visible widget of the main
window (menus, sidebar, filter bar, empty states, inspector) and of the dialogs is walked
and its texts are checked against words that are English only. Names from the data (file
names, the test programme's session titles, camera makers) are allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

# Words of interface English that are not also French (checked whole, case-insensitive).
_WORDS = """the and with from show search items item all add folder folders clear select none
    rating flag caption keywords people rights credit creator settings open close cancel
    apply export nothing every this that yet empty errors warnings missing duplicates
    library problems picks rejects unflagged cleared sessions day days untitled
    file files name size kind captured camera length added status path label labels
    consent session title alt text preview loading mixed pick reject
    filter filters remove back everything view grid details inspector sidebar
    help edit item schedule assign clocks timeline smart new recent quit undo
    redo find bigger smaller thumbnails language theme general system light dark
    shortcuts keyboard key keys move enter space delete backspace arrows home end"""
ENGLISH = frozenset(re.split(r"\s+", _WORDS.strip()))
# Words of that list that are Dutch too (and used so in Dutch software).
DUTCH_TOO = frozenset(
    re.split(
        r"\s+",
        "open filter filters status label labels camera details help export item items alt "
        "home end enter recent",
    )
)
WORDS = {"fr": ENGLISH, "nl": ENGLISH - DUTCH_TOO}
# Names from the data and the product (the fixture's programme is in English).
ALLOWED = {
    "smparchive",
    "Opening",
    "Closing",
    "EMN roundtable",
    "Hall A",
    "Hall B",
    "Test Conference",
    "Canon",
    "EOS R6",
    "TC",
}


def _english(text: str, lang: str = "fr") -> list[str]:
    text = text.replace("&", "")
    for name in ALLOWED:
        text = text.replace(name, "")
    text = re.sub(r"\S+\.(jpg|jpeg|mp4|pptx|pdf|png|smpcat)\b", "", text, flags=re.I)
    text = re.sub(r"\{\w+\}", "", text)  # file name tokens: {title} {session} {day}
    text = re.sub(r"(?<!\w)/\S+", "", text)  # paths
    text = re.sub(r"\b\w+(:|>=|<=)\S*", "", text)  # query language: day:1 rating>=3
    words = re.findall(r"[^\W\d_]+", text)
    return [w for w in words if w.lower() in WORDS[lang]]


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a user can read in ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__}({w.objectName()})"
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where, w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        if w.toolTip():
            yield where + ".toolTip", w.toolTip()
    if root.isWindow():
        yield "window title", root.windowTitle()


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for a in menu.actions():
        if a.isSeparator():
            continue
        yield where, a.text()
        if a.menu() is not None:
            yield from _menu_texts(a.menu(), f"{where} > {a.text()}")


def _offenders(pairs: Iterator[tuple[str, str]], lang: str = "fr") -> list[str]:
    out = []
    for where, text in pairs:
        bad = _english(text or "", lang)
        if bad:
            out.append(f"{where}: {text!r} ({', '.join(bad)})")
    return sorted(set(out))


@pytest.fixture(params=["fr", "nl"])
def translated(request: Any, qapp: Any) -> Iterator[str]:
    """The interface in French, then in Dutch."""
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_main_window_and_dialogs_in_french_and_dutch_show_no_english(
    translated: str, qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.assignment import AssignmentDialog
    from smparchive.gui.dialogs.clocks import ClockDialog
    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.dialogs.people import PeopleWindow
    from smparchive.gui.dialogs.preferences import PreferencesDialog
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor
    from smparchive.gui.dialogs.shortcuts import ShortcutSheet
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.menus import shortcut_rows
    from smparchive.gui.models.roles import COUNT_ROLE

    w = MainWindow(gui_catalog, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: "all" in w.sidebar_model.by_key, timeout=5000)  # after the records
    found: list[str] = []
    try:
        # the sidebar's own rows (data rows such as session titles are allowed names)
        model = w.sidebar_model
        rows = []
        for key, node in model.by_key.items():
            if not key.startswith(("session:", "tag:", "coll:")):
                rows.append((f"sidebar {key}", node.label))
                rows.append((f"sidebar {key} tip", node.tooltip))
        assert all(model.data(model.index_of(k), COUNT_ROLE) is not None for k in ("all",))
        found += _offenders(iter(rows), translated)
        found += _offenders(_texts(w), translated)
        for a in w.menuBar().actions():
            found += _offenders(_menu_texts(a.menu(), a.text()), translated)
        # an empty problem view after a search: filter bar and empty state
        w.search.set_text("IMG")
        w.sidebar.select_key("status:error")
        qtbot.waitUntil(lambda: w.empty_state.isVisible(), timeout=2000)
        found += _offenders(_texts(w), translated)
        w.sidebar.select_key("warnings")
        w.search.set_text("")
        qtbot.waitUntil(lambda: w.empty_state.title.text() != "", timeout=2000)
        found += _offenders(_texts(w), translated)

        handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
        ingest = IngestDialog(handle, w)
        ingest.show_report(ScanReport(files_seen=3, new=3, warnings=1, seconds=1.0))
        dialogs: list[QWidget] = [
            PreferencesDialog(settings, gui_catalog, w.ops, w),
            AssignmentDialog(w.deps),
            ClockDialog(w.deps),
            ScheduleEditor(w.deps),
            ExportHistoryDialog(w.deps),
            PeopleWindow(w.deps),
            ingest,
            ShortcutSheet(shortcut_rows(w.actions_by_name), w),
            ExportDialog(gui_catalog, sync_runner, gui_catalog.query_ids()[:3], w, settings),
        ]
        for dlg in dialogs:
            qtbot.addWidget(dlg)
            dlg.show()
            tabs = dlg.findChild(QTabWidget)
            pages = range(tabs.count()) if tabs is not None else [None]
            for page in pages:
                if tabs is not None and page is not None:
                    tabs.setCurrentIndex(page)
                found += _offenders(_texts(dlg), translated)
            dlg.close()
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()
        w.close()
    assert found == [], "\n".join(found)


def test_language_change_offers_restart_and_system_is_named(
    qtbot: Any, window: Any, settings: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QLocale

    from smparchive.gui.dialogs import preferences
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("C")))
    dlg = PreferencesDialog(settings, window.catalog, window.ops, window)
    qtbot.addWidget(dlg)
    names = [dlg.language.itemText(i) for i in range(dlg.language.count())]
    assert "System (English)" in names and not any("(C)" in n for n in names)
    restarted: list[bool] = []
    monkeypatch.setattr("smparchive.gui.restart.restart_app", lambda: restarted.append(True))
    dlg.language.setCurrentIndex(dlg.language.findData("fr"))
    dlg.accept()
    box = dlg.restart_box
    assert box.isVisible() and settings.ui_language == "fr"
    now = next(b for b in box.buttons() if b.text() == "Restart Now")
    now.click()
    assert restarted == [True]
    assert preferences.system_language_name() == "English"


def test_shortcut_sheet_is_grouped_and_searchable(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt

    from smparchive.gui.dialogs.shortcuts import ShortcutSheet
    from smparchive.gui.menus import shortcut_rows

    groups = shortcut_rows(window.actions_by_name)
    assert len(groups) >= 3
    sheet = ShortcutSheet(groups, window)
    qtbot.addWidget(sheet)
    sheet.show()
    every = sheet.shown_rows()
    assert len(every) == sum(len(rows) for _t, rows in groups)
    names = " ".join(name for name, _k in every)
    assert "Loupe" in names and "Compare" in names  # the modes are listed with the rest
    qtbot.keyClicks(sheet.search, "compare")
    shown = sheet.shown_rows()
    # the rows that name it, and every row of the group named so (compare's own keys)
    in_compare = {(w, k) for t, rows in groups if t == "Compare" for k, w in rows}
    assert in_compare and in_compare <= set(shown)
    assert all("compare" in (n + k).lower() or (n, k) in in_compare for n, k in shown)
    assert sheet.proxy.rowCount() >= 1  # its group heading stays
    sheet.search.clear()
    qtbot.keyClicks(sheet.search, "ctrl+e")
    assert any(k.lower().startswith("ctrl+e") for _n, k in sheet.shown_rows())
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_sidecar_summary_names_fields_in_french(french: None) -> None:
    from smparchive.core.organise.sidecars import SidecarOutcome
    from smparchive.gui.dialogs.sidecar_summary import OutcomesModel

    outcome = SidecarOutcome(
        1, "/m/a.jpg", "created", "/m/a.jpg.xmp", fields=("rating", "flag", "creator", "copyright")
    )
    model = OutcomesModel([outcome], {1: "a.jpg"})
    text = model.data(model.index(0, 2))
    assert text == "Note, Drapeau, Auteur, Droits d’auteur"
    assert model.data(model.index(0, 1)) == "Créé"


def test_damaged_catalogue_reasons_in_french(french: None, tmp_path: Any) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui.problem_texts import error_text as explain

    reasons = []
    for name, data in (("empty.smpcat", b""), ("text.smpcat", b"hello, not a database" * 10)):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(CatalogError) as info:
            open_catalog(path)
        reasons.append(explain(info.value))
    assert reasons[0].endswith("est un fichier vide, pas un catalogue smparchive.")
    assert "n’est pas un catalogue smparchive" in reasons[1]
    assert all(str(tmp_path) in r for r in reasons)
    assert explain(CatalogError("Something new.")) == "Something new."


def test_the_shortcut_sheet_shows_every_french_action_whole(
    qtbot: Any, window: Any, french: None
) -> None:
    """At 640 px "Supprimer un mot-clé ou une personne de tous les éléments (dans le panneau
    latéral)" was cut ("… laté…"): the sheet is as wide as its longest action."""
    from smparchive.gui.dialogs.shortcuts import ShortcutSheet
    from smparchive.gui.menus import shortcut_rows

    sheet = ShortcutSheet(shortcut_rows(window.actions_by_name), window)
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    view, fm = sheet.view, sheet.view.fontMetrics()
    texts, cut = [], []
    for g in range(sheet.proxy.rowCount()):
        group = sheet.proxy.index(g, 0)
        for r in range(sheet.proxy.rowCount(group)):
            index = sheet.proxy.index(r, 0, group)
            texts.append(str(index.data()))
            # the room the cell gives its text (less its padding) against the text's width
            if fm.horizontalAdvance(texts[-1]) > view.visualRect(index).width() - 8:
                cut.append(texts[-1])
    assert any("(dans le panneau latéral)" in t for t in texts)
    assert cut == []
