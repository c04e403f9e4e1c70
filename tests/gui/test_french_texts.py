"""French texts that read as French: never translated twice, quoted the French way.

A French sentence with its ' : ' was read as the core's '{name}: {why}': a deck opened
without LibreOffice said 'fichier LibreOffice n’est pas installé  : …'. The status bar
quoted the search “so” while the filter bar said « so ».
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import run_as_worker

pytestmark = pytest.mark.gui


def test_a_deck_without_libreoffice_says_why_in_plain_french(
    french: None, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.core.demo.content import DECKS
    from smparchive.core.demo.documents import write_pptx
    from smparchive.gui.viewers.deck_source import open_deck

    media = tmp_path / "media"
    media.mkdir()
    write_pptx(DECKS[0], media / "deck.pptx", datetime(2022, 6, 1, tzinfo=UTC))
    [item] = add_items([{"name": "deck.pptx", "kind": "slides", "format": "PPTX"}])
    monkeypatch.setattr("smparchive.gui.viewers.deck_source.find_soffice", lambda: None)

    content = run_as_worker(open_deck, catalog.item(item), None)  # a worker's

    assert content.notice is not None
    assert content.notice.startswith("LibreOffice n’est pas installé")
    assert "fichier" not in content.notice and "  " not in content.notice


def test_the_status_bar_quotes_the_search_the_french_way(
    french: None, qtbot: Any, window: Any
) -> None:
    window.search.set_text("talk")
    qtbot.waitUntil(lambda: "talk" in window.count_label.text())
    # the quotation marks never part from the words they quote at a line's end
    assert "«\u00a0talk\u00a0»" in window.count_label.text()


def test_scan_progress_writes_its_rate_with_a_french_decimal_comma(
    french: None, qtbot: Any, sync_runner: Any
) -> None:
    """'82.9 fichiers/s' beside '67,1 Mo': the rate kept the English decimal point."""
    import re

    from smparchive.core.progress import ProgressEvent
    from smparchive.gui.dialogs.ingest import IngestDialog

    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    dialog = IngestDialog(handle)
    qtbot.addWidget(dialog)
    dialog._started -= 2.0  # two seconds in
    dialog.show_progress(ProgressEvent("hashing", 165, 300, 70_000_000, None, "P0165.JPG"))
    assert re.search(r"\d+,\d fichiers/s", dialog.rate.text()), dialog.rate.text()


def test_the_edit_menu_names_the_text_undone_in_french(
    french: None, qtbot: Any, window: Any
) -> None:
    """The French Edit menu offered 'Rétablir Modifier caption (FR)': the undo step of a
    typed text named its field by its key ('caption', 'alt')."""
    item = window.store.record(0).id
    window.ops.set_text([item], "caption", "fr", "Une légende")
    assert window.ops.stack.undoText() == (
        "Remplacement de légende (FR) par «\u00a0Une légende\u00a0»"
    )
    window.ops.set_text([item], "alt", "en", "A speaker at a lectern")
    assert window.ops.stack.undoText() == (
        "Remplacement de texte alternatif (EN) par «\u00a0A speaker at a lectern\u00a0»"
    )
    window.ops.set_text([item], "alt", "en", None)
    assert window.ops.stack.undoText() == "Effacement de texte alternatif (EN)"
