"""Consistent look for the app's small data tables."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def tidy(
    view: QTableView,
    *,
    stretch: int | None = None,
    widths: Iterable[tuple[int, int]] = (),
    single: bool = False,
) -> QTableView:
    """One line per row, no row numbers, alternating colours, whole-row selection.

    ``stretch``: the column that takes the spare width; ``widths``: (column, width)
    pairs; ``single``: at most one row selected.
    """
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vh = view.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in widths:
        view.setColumnWidth(col, width)
    return view
