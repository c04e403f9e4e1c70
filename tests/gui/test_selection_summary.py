"""The inspector of a selection larger than the records it loads (issue 19): its totals,
shared values and tags are the whole selection's, added up by the catalogue in the
background; until they arrive it shows a placeholder, never the loaded part's sums."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from smparchive.gui.tasks import SyncTaskRunner, TaskHandle, _execute

LOADED = 5  # the inspector loads the records of the first 5 selected items in these tests


class HeldSummaries(SyncTaskRunner):
    """Runs every task at once except the selection's summary, held until released."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Callable[..., Any], TaskHandle]] = []

    def submit(self, work: Any, **kw: Any) -> TaskHandle:
        if kw.get("label") != "Summing up the selection":
            return super().submit(work, **kw)
        handle = self._make_handle(kw["label"], False, False, kw.get("on_done"), kw.get("on_error"))
        self.held.append((work, handle))
        return handle

    def release(self) -> None:
        """Run the held summaries (one cancelled meanwhile ends as cancelled, not run)."""
        held, self.held = self.held, []
        for work, handle in held:
            handle._on_done(*_execute(work, handle))


@pytest.fixture
def big_window(qtbot: Any, gui_catalog: Any, settings: Any, monkeypatch: Any) -> Any:
    from smparchive.gui import main_window as mw

    monkeypatch.setattr(mw, "INSPECTOR_RECORDS", LOADED)
    ids = gui_catalog.query_ids()
    # the loaded part all agree; the rest does not
    gui_catalog.set_fields(ids, rating=3, creator="Ana")
    gui_catalog.set_fields(ids[-1:], rating=1)
    gui_catalog.tag_items(ids[:LOADED], ["Stage"])
    gui_catalog.tag_items(ids, ["Conference"])
    gui_catalog.set_text(ids[:LOADED], "caption", "en", "Opening talk")
    w = mw.MainWindow(gui_catalog, HeldSummaries(), settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.shutdown()
    w.thumbs.shutdown()


def _chips(layout: Any) -> list[str]:
    return [layout.itemAt(i).widget().text() for i in range(layout.count())]


def test_big_selection_shows_whole_totals_after_a_placeholder(
    big_window: Any, english: None
) -> None:
    from smparchive.gui import formatting as fmt

    w, cat = big_window, big_window.catalog
    ids = cat.query_ids()
    records = cat.items(ids)
    w.select_all()
    w._selection_changed()
    inspector = w.inspector
    assert inspector.title_label.text() == f"{len(ids)} items selected"
    # the first 5 are loaded and all rated 3 by Ana: nothing of that is shown as the whole's
    assert inspector.summary.text() == "Adding up the selection…"
    assert inspector.file_labels["size"].text() == "…"
    assert not inspector.widget().isEnabled()
    assert inspector.editor("creator").text() == ""
    assert "(Stage)  ✕" not in _chips(inspector.keyword_chips)
    assert "Stage  ✕" not in _chips(inspector.keyword_chips)

    w.runner.release()
    total = sum(r.size for r in records)
    assert inspector.widget().isEnabled()
    assert inspector.file_labels["size"].text() == fmt.size(total)
    # the whole selection's make-up, counted ('Photo, Slides, Video' said nothing of how
    # many), though the loaded part holds no deck
    assert "slides" not in {r.kind for r in records[:LOADED]}
    assert inspector.summary.text().startswith(
        f"30 photos, 2 videos, 1 slide deck · {fmt.size(total)}"
    )
    assert w.selected_ids() == ids
    rating = inspector.editor("rating")
    assert rating.mixed.isVisibleTo(rating)  # the last one has 1: "mixed", not 3 stars
    assert [b.text() for b in rating.buttons] == ["☆"] * 5
    assert inspector.editor("creator").text() == "Ana"  # shared by all of them
    chips = _chips(inspector.keyword_chips)
    assert "Conference  ✕" in chips  # on all of them
    assert "(Stage)  ✕" in chips  # on the first 5 only: partial
    assert inspector.caption_edit.toPlainText() == ""  # only 5 have it: mixed
    assert inspector.caption_edit.placeholderText() == "Mixed"


def test_an_edit_adds_the_selection_up_again(big_window: Any) -> None:
    w, cat = big_window, big_window.catalog
    ids = cat.query_ids()
    w.select_all()
    w._selection_changed()
    w.runner.release()
    assert w.inspector.editor("creator").text() == "Ana"
    w.inspector.edits.set_fields(ids, "Set creator", creator="Bo")
    assert w.inspector.summary.text() == "Adding up the selection…"  # not the old sums
    w.runner.release()
    assert w.inspector.editor("creator").text() == "Bo"


def test_the_sums_of_a_selection_left_are_stopped(big_window: Any, monkeypatch: Any) -> None:
    """Select all, then one item before the sums came: the sums (four scans of the
    catalogue at a million items) are cancelled, never shown; select all again adds up."""
    w, cat = big_window, big_window.catalog
    ids = cat.query_ids()
    summed: list[int] = []
    real = cat.selection_summary
    monkeypatch.setattr(
        cat, "selection_summary", lambda key, *a: summed.append(len(key)) or real(key, *a)
    )
    w.select_all()
    w._selection_changed()
    assert len(w.runner.held) == 1
    task = w.runner.held[0][1]
    w.select_ids([ids[0]], current_row=0)
    w._selection_changed()
    assert task.cancel_token.cancelled
    w.runner.release()
    assert summed == []  # never run
    assert w.inspector.ids() == [ids[0]]
    w.select_all()
    w._selection_changed()
    assert w.inspector.summary.text() == "Adding up the selection…"
    w.runner.release()
    assert summed == [len(ids)]
    assert w.inspector.editor("creator").text() == "Ana"


def test_a_selection_with_many_tags_shows_the_most_common(
    big_window: Any, monkeypatch: Any
) -> None:
    """Hundreds of tags on most of a million items: the chips are the most common ones and
    the rest is counted (every chip laid out froze the window for seconds)."""
    from smparchive.gui.widgets import inspector as inspector_mod

    monkeypatch.setattr(inspector_mod, "CHIPS_SHOWN", 1)
    w = big_window
    w.select_all()
    w._selection_changed()
    w.runner.release()
    chips = _chips(w.inspector.keyword_chips)
    assert chips == ["Conference  ✕", "and 1 more"]  # on all of them; Stage on 5


def test_a_selections_make_up_is_counted_in_the_interfaces_language(french: None) -> None:
    """'Photo, Vidéo · 810,2 ko' for two photos and a video: the kinds present, in the
    singular; now how many of each, the most numerous first."""
    from smparchive.gui import formatting as fmt

    assert fmt.kind_counts({"video": 1, "photo": 2}) == "2 photos, 1 vidéo"
    assert fmt.kind_counts({"slides": 1, "document": 0}) == "1 diaporama"
    assert fmt.kind_counts({"audio": 3}) == "3 enregistrements audio"
