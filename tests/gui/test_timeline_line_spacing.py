"""The clock dialog's lanes: a lane showing its name above its counts has room for two lines
at the font's line spacing (the name's descenders touched the counts, "Z 6_2" over
"éléments", when lanes shrank at 1366x768 in French)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("points", [9, 10, 14])
def test_a_two_line_lane_is_two_line_spacings_tall_at_least(qtbot: Any, points: int) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from smparchive.gui.views.timeline import TimelineWidget

    widget = TimelineWidget()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)
    spacing = QFontMetrics(font).lineSpacing()
    two_line_heights = [h for h in range(10, 120) if widget.two_lines(h)]
    # the smallest lane drawn on two lines: both lines whole, a little room around them
    assert min(two_line_heights) >= 2 * spacing + 4
    # a lane shrunk to one line still has the whole line and some room
    assert widget.min_lane_height() >= spacing + 4
