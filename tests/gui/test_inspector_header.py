"""The inspector's line under an item's name: when, corrected by how much, which camera."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_the_camera_name_is_never_cut_in_two_at_a_line_end(qtbot: Any, window: Any) -> None:
    """'1 juin 2022 09:37 · corrigée de +1 h · NIKON Z' then '6_2' on the next line: the
    line wrapped inside the camera's name. It wraps at a separator only."""
    window.select_ids([window.store.id_at(0)], 0)
    qtbot.waitUntil(lambda: window.inspector.title_label.text() == "IMG_0000.JPG")
    text = window.inspector.summary.text()
    assert "Canon\u00a0EOS\u00a0R6" in text, text
    assert text.split(" · ")[-1] == "Canon\u00a0EOS\u00a0R6"
