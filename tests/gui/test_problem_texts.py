"""Why a file is in error, and its warnings, in the interface's language: the core's stored
sentence is recognised by its code (core/messages.py) and translated with its values."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

FOLDER = Path(__file__).resolve().parents[2] / "src" / "smparchive" / "resources" / "translations"
TRUNCATED = (
    "The image data is truncated or damaged (the file is cut short (an incomplete copy or "
    "download?))."
)


@pytest.fixture(params=["fr", "nl"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_gui_table_is_the_cores() -> None:
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    assert problem_texts.SENTENCES == messages.PROBLEMS
    assert problem_texts.PHRASES == messages.PHRASES
    assert problem_texts.WORDS == messages.WORDS


def test_every_code_is_said_in_french_and_dutch(language: str) -> None:
    """Each sentence, phrase and word of core/messages.py has a real translation (not the
    English again) that keeps its values, in both languages."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts
    from smparchive.gui.i18n import translate

    untranslated = []
    for table in (problem_texts.SENTENCES, problem_texts.PHRASES, problem_texts.WORDS):
        for code, english in table.items():
            said = translate("Problems", english)
            if said == english or not said.strip():
                untranslated.append(code)
            names = sorted(re.findall(r"\{(\w+)\}", english))
            assert sorted(re.findall(r"\{(\w+)\}", said)) == names, (code, said)
    assert untranslated == []
    assert len(problem_texts.SENTENCES) == len(messages.PROBLEMS) > 100


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_translations_keep_the_named_values(lang: str) -> None:
    root = ET.parse(FOLDER / f"smparchive_{lang}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Problems":
            continue
        for m in context.iter("message"):
            source, text = m.findtext("source") or "", m.findtext("translation") or ""
            names = sorted(re.findall(r"\{(\w+)\}", source))
            assert sorted(re.findall(r"\{(\w+)\}", text)) == names, (source, text)


WANTED = {
    "fr": ("Les données de l’image sont tronquées", "le fichier est tronqué", "son accès"),
    "nl": ("De beeldgegevens zijn afgekapt", "het bestand is afgekapt", "de toegang"),
}


def test_reasons_and_warnings_in_the_interface_language(
    language: str, qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any
) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest.report import FileProblem
    from smparchive.gui.dialogs.ingest import ProblemsModel
    from smparchive.gui.main_window import MainWindow

    truncated, phrase, denied = WANTED[language]
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    unreadable = "The file cannot be read (access to it is denied)."
    ids = insert_items(
        cat,
        tmp_path / "media",
        [
            {"name": "trunc.jpg", "status": "warning", "warnings": TRUNCATED},
            {"name": "locked.jpg", "status": "error", "status_reason": unreadable},
            {"name": "odd.jpg", "status": "warning", "warnings": "A sentence nobody coded."},
        ],
    )
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    status = w.inspector.problem_text
    w.inspector.show_records([cat.item(ids[0])], [ids[0]])
    assert truncated in status.text() and phrase in status.text()
    assert "truncated" not in status.text()
    assert status.isVisibleTo(w.inspector)
    w.inspector.show_records([cat.item(ids[1])], [ids[1]])
    assert denied in status.text() and "denied" not in status.text()
    w.inspector.show_records([cat.item(ids[2])], [ids[2]])
    assert "A sentence nobody coded." in status.text()  # unknown: shown as stored

    model = ProblemsModel([FileProblem("/card/trunc.jpg", "warning", TRUNCATED, ids[0])])
    assert truncated in model.data(model.index(0, 2))
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()
