"""The export preflight's counts follow the ticks: with only a held-back photo ticked the
summary said "To export: 0 items as 0 files (about 0 bytes)" above "… is ticked and goes out
as well" (French: "environ 0 octets")."""

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
    """Three JPEGs: one cleared, two marked do-not-publish."""
    return consent_photos(
        add_items,
        tmp_path / "media",
        ("cleared", "do_not_publish", "do_not_publish"),
        size=(640, 480),
    )


def _what_goes_out(dlg: Any, catalog: Any) -> tuple[int, int, int]:
    """(items, files, estimated bytes) of the export Export runs now: the dialog's settings
    with the ticked overrides, planned again."""
    from smparchive.core.export.catalog_export import preflight

    dlg.decided_by.setText("Press office")
    dlg.reason.setText("Cleared by phone")
    check = preflight(catalog, dlg.source, dlg.settings(need_folder=False), dlg.overrides())
    plan = check.plan
    return len(plan.items), len(plan.outputs), plan.estimated_bytes


@pytest.mark.parametrize("which", [[1], [1, 2]])
def test_the_counts_said_are_those_of_the_ticked_export(
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    photos: list[int],
    tmp_path: Path,
    which: list[int],
    english: None,
) -> None:
    from smparchive.gui import formatting as fmt

    dlg = preflighted(qtbot, catalog, sync_runner, photos[:1] + photos[1:], tmp_path / "out")
    assert dlg.held.rowCount() == 2
    before = dlg.preflight_label.text().split("\n")[0]
    assert before.startswith("To export: 1 item as 1 file")
    for row in range(len(which)):
        index = dlg.held.index(row, 0)
        assert dlg.held.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    items, files, size = _what_goes_out(dlg, catalog)
    assert items == 1 + len(which)
    first = dlg.preflight_label.text().split("\n")[0]
    assert first.startswith(f"To export: {items} items as {files} files (about {fmt.size(size)})")


def test_only_held_back_items_ticked_are_counted(
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    photos: list[int],
    tmp_path: Path,
    english: None,
) -> None:
    from smparchive.gui import formatting as fmt

    dlg = preflighted(qtbot, catalog, sync_runner, photos[1:2], tmp_path / "out")
    assert dlg.preflight_label.text().startswith("To export: nothing.")  # not "0 items …"
    index = dlg.held.index(0, 0)
    assert dlg.held.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    items, files, size = _what_goes_out(dlg, catalog)
    assert (items, files) == (1, 1) and size > 1000
    text = dlg.preflight_label.text()
    assert text.startswith(f"To export: 1 item as 1 file (about {fmt.size(size)})")
    assert "goes out as well" in text


@pytest.mark.parametrize(
    ("language", "sizes"),
    [
        ("english", ["0 bytes", "1 byte", "2 bytes", "999 bytes"]),
        ("french", ["0 octet", "1 octet", "2 octets", "999 octets"]),
        ("dutch", ["0 bytes", "1 byte", "2 bytes", "999 bytes"]),
    ],
)
def test_sizes_under_a_kilobyte_have_their_plural(
    request: pytest.FixtureRequest, language: str, sizes: list[str]
) -> None:
    from smparchive.gui import formatting as fmt

    request.getfixturevalue(language)
    assert [fmt.size(n) for n in (0, 1, 2, 999)] == sizes
