"""File > Verify Files: the fixity check archivists run on a schedule was only in the
command line (`smparchive verify`); a silently damaged file's reason was stored in English
and shown so in every language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import noise_jpeg, window_over_folders

pytestmark = pytest.mark.gui


def _rot(path: Path) -> None:
    """Bit rot: one byte flipped, size and modification time unchanged."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.fixture
def archive_window(qtbot: Any, tmp_path: Path, settings: Any) -> Iterator[Any]:
    folder = tmp_path / "archive"
    for i in range(4):
        noise_jpeg(folder / f"p{i}.jpg", 10 + i)
    with window_over_folders(qtbot, settings, tmp_path / "c.smpcat", [folder]) as (w, _roots):
        qtbot.waitUntil(lambda: len(w.store) == 4, timeout=5000)
        w.archive_for_test = folder
        yield w


def _summary(w: Any) -> Any:
    from smparchive.gui.dialogs.verify_summary import VerifySummaryDialog

    return w.findChild(VerifySummaryDialog)


def test_verify_files_names_the_damaged_file_and_shows_it(archive_window: Any, qtbot: Any) -> None:
    w = archive_window
    folder = w.archive_for_test
    _rot(folder / "p1.jpg")
    (folder / "p3.jpg").unlink()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    rotten = next(i for i in w.store.ids if w.catalog.item(i).name == "p1.jpg")
    qtbot.waitUntil(lambda: w.store.cached(rotten) is not None, timeout=5000)
    assert w.store.cached(rotten).status == "ok"  # as the grid and inspector show it
    w.actions_by_name["verify"].trigger()
    qtbot.waitUntil(lambda: _summary(w) is not None, timeout=30000)
    # the views read it again: the grid's badge and the inspector say it is in error
    qtbot.waitUntil(lambda: w.store.cached(rotten).status == "error", timeout=5000)
    dialog = _summary(w)
    text = dialog.summary.text()
    assert text.startswith("4 files checked")
    # (its singular form, "its bytes", comes from the English catalogue when one is loaded)
    assert "1 damaged: " in text and "bytes changed although size and date did not" in text
    assert "1 no longer there." in text
    rows = [
        [dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())
    ]
    assert [r[:2] for r in rows] == [
        ["Damaged", str(folder / "p1.jpg")],
        ["Missing", str(folder / "p3.jpg")],
    ]
    assert rows[0][2].startswith("Fixity check failed: the bytes changed")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: len(w.store) == 2, timeout=5000)
    shown = {w.catalog.item(i).name for i in w.store.ids}
    assert shown == {"p1.jpg", "p3.jpg"}
    assert "Not confirmed by the fixity check" in w.scope_bar.removable()[0].label()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # nothing written
    qtbot.waitUntil(lambda: w.sidebar_model.by_key["status:error"].count == 1, timeout=5000)


def test_an_intact_archive_is_said_to_be_intact(archive_window: Any, qtbot: Any) -> None:
    w = archive_window
    w.actions_by_name["verify"].trigger()
    qtbot.waitUntil(lambda: _summary(w) is not None, timeout=30000)
    dialog = _summary(w)
    assert "every file has the bytes it had when catalogued" in dialog.summary.text()
    assert dialog.show_button is None and not dialog.view.isVisibleTo(dialog)


def test_a_damaged_files_reason_is_said_in_the_interface_language(
    qapp: Any, tmp_path: Path
) -> None:
    """The reason stored on the item (Problems > Errors, the inspector) is a coded
    sentence: French and Dutch say it in their words, with the two fingerprints."""
    from PySide6.QtCore import QLocale

    from smparchive.core.messages import problem
    from smparchive.gui import problem_texts
    from smparchive.gui.app import install_translations

    stored = str(problem("verify.changed", value="a" * 64, other="b" * 64))
    said = {}
    before = QLocale()
    for lang in ("fr", "nl"):
        installed = install_translations(qapp, lang)
        try:
            said[lang] = problem_texts.sentence(stored)
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
            QLocale.setDefault(before)
    for lang, text in said.items():
        assert text != stored and "a" * 64 in text and "b" * 64 in text, (lang, text)
