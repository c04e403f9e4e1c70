"""The export preflight's held-back items in one sentence per state, with its plural: after
a held-back item was ticked the summary said "1 item is held back; tick it to publish it
anyway." and then "1 ticked item goes out as well." (French: "1 élément coché sort aussi"
under "À exporter : 3 éléments …")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.gui.conftest import consent_photos
from tests.gui.test_export_dialog import _no_last_choices, preflighted

pytestmark = pytest.mark.gui
__all__ = ["_no_last_choices"]  # each test starts from the dialog's defaults


@pytest.fixture
def photos(catalog: Any, add_items: Any, tmp_path: Path) -> list[int]:
    """Four JPEGs: two cleared, two marked do-not-publish."""
    return consent_photos(
        add_items,
        tmp_path / "media",
        ("cleared", "cleared", "do_not_publish", "do_not_publish"),
        size=(64, 48),
    )


EXPECTED = {
    "english": (
        "2 items are held back; tick those to publish anyway.",
        "1 of the held-back items is ticked and goes out as well.",
        "All 2 held-back items are ticked and go out as well.",
    ),
    "french": (
        "2 éléments sont bloqués\u00a0; cochez ceux à publier quand même.",
        "1 des éléments bloqués est coché et sort aussi.",
        "Les 2 éléments bloqués sont cochés et sortent aussi.",
    ),
}


@pytest.mark.parametrize("language", ["english", "french"])
def test_held_back_items_are_one_sentence_per_state(
    request: pytest.FixtureRequest,
    language: str,
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    photos: list[int],
    tmp_path: Path,
) -> None:
    request.getfixturevalue(language)
    dlg = preflighted(qtbot, catalog, sync_runner, photos, tmp_path)
    assert dlg.held.rowCount() == 2

    def lines() -> list[str]:
        return dlg.preflight_label.text().split("\n")

    def tick(row: int) -> None:
        index = dlg.held.index(row, 0)
        assert dlg.held.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    none, some, every = EXPECTED[language]
    before = lines()
    assert none in before
    tick(0)
    # the same summary, its held-back sentence said for the ticks (and its counts, first
    # line, with the ticked item): no line added after it
    assert lines()[1:] == [some if line == none else line for line in before][1:]
    tick(1)
    assert lines()[1:] == [every if line == none else line for line in before][1:]


@pytest.mark.parametrize(
    ("language", "nothing"), [("english", "To export: nothing."), ("french", "À exporter : rien.")]
)
def test_nothing_to_export_is_said_so(
    request: pytest.FixtureRequest,
    language: str,
    nothing: str,
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    photos: list[int],
    tmp_path: Path,
) -> None:
    """With every item held back the preflight read "To export: 0 items as 0 files (about
    16.4 kB)", the size of a page with nothing on it: it says nothing goes out, until an
    item is ticked."""
    request.getfixturevalue(language)
    dlg = preflighted(qtbot, catalog, sync_runner, photos[2:], tmp_path)
    assert dlg.held.rowCount() == 2
    nothing = nothing.replace(" :", "\u00a0:")  # French spacing

    def first_line() -> str:
        return dlg.preflight_label.text().split("\n")[0]

    assert first_line() == nothing
    assert dlg.held.setData(
        dlg.held.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    # one ticked: it goes out, counted as before
    assert first_line().startswith(nothing.rsplit(" ", 1)[0] + " 1 ")
