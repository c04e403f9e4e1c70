"""The sidebar's rows: the label left, the count right in the locale's digits, a chosen
row's highlight across both; each row's values asked of the model once per paint."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from smparchive.gui.models.sidebar_model import Node, SidebarModel
from smparchive.gui.widgets.sidebar import SidebarView


class _Counting(SidebarModel):
    def __init__(self) -> None:
        super().__init__()
        self.asked: Counter[tuple[str, int]] = Counter()

    def data(self, index: Any, role: int = 0) -> Any:
        node = self.node(index)
        if node is not None:
            self.asked[(node.key, int(role))] += 1
        return super().data(index, role)


def _dark(image: Any, x0: int, x1: int, y0: int, y1: int) -> int:
    return sum(
        1 for x in range(x0, x1) for y in range(y0, y1) if image.pixelColor(x, y).lightness() < 140
    )


def test_a_rows_label_count_and_highlight_are_painted_from_one_reading(
    qtbot: Any, french: None
) -> None:
    model = _Counting()
    section = Node("days", "Jours")
    section.add(Node("day:1", "Mer. 1 juin", count=12_345))
    section.add(Node("day:2", "Jeu. 2 juin", count=7))
    model.set_sections([section])
    view = SidebarView(model)
    qtbot.addWidget(view)
    view.resize(320, 200)
    view.expandAll()
    view.show()
    qtbot.waitExposed(view)
    first = model.index_of("day:1")
    view.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model.asked.clear()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(first)
    # each role of a row asked once per paint (twice before: the count's delegate styled
    # the row a second time)
    assert model.asked and max(model.asked.values()) == 1
    # the highlight spans the whole row, under the count too
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    right_edge = image.pixelColor(rect.right() - 3, rect.top() + 2)
    assert abs(right_edge.hue() - highlight.hue()) <= 10 or right_edge == highlight
    # the label at the left, the count ("12 345") at the right, in each row
    second = view.visualRect(model.index_of("day:2"))
    mid = second.left() + second.width() // 2
    assert _dark(image, second.left() + 30, mid, second.top(), second.bottom()) > 20
    assert _dark(image, second.right() - 30, second.right(), second.top(), second.bottom()) > 5
