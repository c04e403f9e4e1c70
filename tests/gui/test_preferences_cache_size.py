"""Preferences says how large the cache is, counted as its size limit counts it: decks'
renditions and rendered pages with the pictures (it named the folder only)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_the_cache_size_shown_counts_kept_renditions(
    qtbot: Any, threaded_window: Any, settings: Any
) -> None:
    from smparchive.core.cache_folder import folder_stats
    from smparchive.core.media.pages import PageStore
    from smparchive.gui import formatting
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    w = threaded_window
    cache = w.catalog.cache_dir
    w.runner.wait_idle()  # the window's thumbnails written
    PageStore(cache).put_rendition("ab" * 32, b"%PDF" + b"r" * 3_000_000)
    expected = formatting.size(folder_stats(cache).total_bytes)
    dlg = PreferencesDialog(settings, w.catalog, w.ops, w)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: "(" in dlg.cache_info.text())  # counted on a worker
    assert dlg.cache_info.text() == f"Current cache: {cache} ({expected})"
    assert expected == formatting.size(3_000_004 + w.catalog.thumbnails.size_bytes())
