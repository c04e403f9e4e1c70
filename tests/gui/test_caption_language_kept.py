"""The Description's language tabs open on the language last written in, else on the
interface's: a French comms officer found the EN tab again after every restart and typed
a French caption into the English one (h50's walk)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.gui.conftest import shown_window

from smparchive.gui.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui


def _restart(qtbot: Any, gui_catalog: Any, settings: Any) -> Any:
    return shown_window(qtbot, gui_catalog, SyncTaskRunner(), settings)


def test_the_language_written_in_is_the_one_shown_after_a_restart(
    qtbot: Any, window: Any, gui_catalog: Any, settings: Any
) -> None:
    texts = window.inspector.texts
    assert settings.caption_languages[:2] == ["en", "fr"]
    assert texts.lang() == "en"  # the English interface's, with no choice made yet
    texts.tabs.setCurrentIndex(texts.languages.index("fr"))  # the FR tab
    window.close()
    again = _restart(qtbot, gui_catalog, settings)
    assert again.inspector.texts.lang() == "fr"
    assert again.inspector.lang_tabs.tabText(again.inspector.lang_tabs.currentIndex()) == "FR"


def test_a_french_interface_opens_on_the_french_tab(
    qtbot: Any, french: None, gui_catalog: Any, settings: Any
) -> None:
    w = _restart(qtbot, gui_catalog, settings)
    assert w.inspector.texts.lang() == "fr"
