"""The filter bar above the results: where they come from, the search, the facet chips.

The rule for a sidebar click (also in the README): it replaces the *source* only. The search
text and the facet chips stay and are shown here, each with its own remove button, so a view
that shows nothing always says which filter hides what.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QToolButton,
    QWidget,
)

from smparchive.gui.icons import icon
from smparchive.gui.theme import quiet
from smparchive.gui.widgets.flow import FlowLayout

REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


@dataclass(frozen=True)
class Source:
    """What the sidebar row chosen shows: ``path`` is the breadcrumb (section first)."""

    key: str
    path: tuple[str, ...]
    icon: str = ""

    @property
    def label(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def kind(self) -> str:
        """``all``, ``kind``, ``day``, ``session``, ``unassigned``, ``tag``, ``coll``, ..."""
        return self.key.split(":", 1)[0]

    @property
    def is_library(self) -> bool:
        return self.key == "all"


LIBRARY = Source("all", ())


SEPARATOR = " › "  # between the parts of a breadcrumb

# The fewest characters a shortened chip or breadcrumb keeps before its "…".
MIN_CHARS = "MMMMMM…"


class _PathLabel(QLabel):
    """The breadcrumb: whole when there is room, shortened with … when there is not, so a
    long day or event name never pushes the window wider than the screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        short = min(fm.horizontalAdvance(self._full), fm.horizontalAdvance(MIN_CHARS))
        return QSize(short + 4, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(10, self.contentsRect().width())
        fm = self.fontMetrics()
        text, parts = self._full, self._full.split(SEPARATOR)
        # Short of room, the farthest parents go first (the event, then the day), whole: the
        # nearest says most ("… › Jour 1 · mer. 1 juin ›", not "smp202…juin ›").
        while fm.horizontalAdvance(text) > room and len(parts) > 1:
            parts = parts[1:]
            text = "…" + SEPARATOR + SEPARATOR.join(parts)
        super().setText(fm.elidedText(text, Qt.TextElideMode.ElideRight, room))

    def shown(self) -> str:
        """What the label shows now (shortened or whole)."""
        return super().text()


def _escape(label: str) -> str:
    """A label as button text: "&" would make a mnemonic of the next letter ("Q&A" -> "QA")."""
    return label.replace("&", "&&")


class _Chip(QToolButton):
    """A removable part of the scope: click, Space, Enter, Delete or Backspace removes it.

    Its label is shortened with … when the bar is short of room (a session's whole title is
    in the tooltip): the bar never widens the window past the screen."""

    removed = Signal()
    MARK = "  ✕"

    def __init__(self, text: str, tip: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scopeChip")
        self._label = text
        self._show(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.setAutoRaise(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self.removed.emit)

    def label(self) -> str:
        """The chip's whole label (its text may be shortened)."""
        return self._label

    def _measure(self, label: str) -> int:
        """How wide ``label`` and the ✕ are drawn."""
        return self.fontMetrics().horizontalAdvance(label + self.MARK)

    def _padding(self) -> int:
        """What the button adds around its text (frame, margins: as QToolButton's size
        hint adds them), whatever text it shows now; +1 for rounding."""
        opt = QStyleOptionToolButton()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        inner = QSize(2 * fm.horizontalAdvance(" "), fm.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, opt, inner, self)
        return size.width() + 1

    def sizeHint(self) -> QSize:
        return QSize(self._padding() + self._measure(self._label), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        short = min(self._measure(self._label), self._measure(MIN_CHARS))
        return QSize(self._padding() + short, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.width() - self._padding()
        if self._measure(self._label) <= room:
            self._show(self._label)
        else:
            fm = self.fontMetrics()
            rest = max(10, room - self._measure(""))
            self._show(fm.elidedText(self._label, Qt.TextElideMode.ElideRight, rest))

    def _show(self, label: str) -> None:
        text = _escape(label) + self.MARK
        if text != self.text():
            self.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in REMOVE_KEYS:
            self.removed.emit()
            return
        super().keyPressEvent(event)


class ScopeBar(QWidget):
    """Source breadcrumb + search text + active chips, each removable, and the result count."""

    source_removed = Signal()  # back to the whole library
    search_removed = Signal()  # clear the search text
    chip_removed = Signal(int)  # index of the facet chip to turn off
    clear_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopeBar")
        self.source = LIBRARY
        self.query = ""
        self.chips: list[tuple[int, str]] = []
        self.count: int | None = None
        self.partial = False
        # the row wraps rather than widen the window: a source, a search and every chip
        # asked for 300 px more than the results had at the window's smallest
        self._row = FlowLayout(self, spacing=4)
        self._row.setContentsMargins(6, 2, 6, 4)
        self.icon_label = QLabel(self)
        self.path_label = _PathLabel(self)
        self.path_label.setObjectName("scopePath")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("scopeCount")
        quiet(self.count_label)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("scopeClear")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear_all.emit)
        self._removable: list[_Chip] = []
        self.setToolTip(
            self.tr(
                "A sidebar click changes the source; the search and the chips stay until you "
                "remove them here."
            )
        )
        self._rebuild()

    # -- state ------------------------------------------------------------------------------
    def set_source(self, source: Source) -> None:
        self.source = source
        self._rebuild()

    def set_query(self, text: str) -> None:
        self.query = text.strip()
        self._rebuild()

    def set_chips(self, chips: list[tuple[int, str]]) -> None:
        """Active facet chips as (index in the search bar, label)."""
        self.chips = list(chips)
        self._rebuild()

    def set_count(self, count: int | None, partial: bool = False) -> None:
        self.count, self.partial = count, partial
        self._show_count()

    @property
    def filtered(self) -> bool:
        """A search or a chip narrows the source."""
        return bool(self.query or self.chips)

    def describe_filters(self) -> str:
        """The search and chips in one line, as the empty state quotes them."""
        parts = [self.tr("“%1”").replace("%1", self.query)] if self.query else []
        parts += [label for _i, label in self.chips]
        return " + ".join(parts)

    def removable(self) -> list[_Chip]:
        return list(self._removable)

    # -- drawing ----------------------------------------------------------------------------
    def _rebuild(self) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None and w not in (
                self.icon_label,
                self.path_label,
                self.count_label,
                self.clear_button,
            ):
                # off screen at once: deleteLater waits for the event loop, which a nested
                # loop (a modal dialog, a script) may not reach for a while
                w.hide()
                w.deleteLater()
        self._removable = []
        src = self.source
        pix = icon(src.icon or "library").pixmap(16, 16)
        self.icon_label.setPixmap(pix)
        self._row.addWidget(self.icon_label)
        if src.is_library:
            self.path_label.setText(self.tr("All items"))
            self.path_label.setToolTip("")
            self._row.addWidget(self.path_label)
        else:
            crumbs = SEPARATOR.join(src.path)
            self.path_label.setText(
                SEPARATOR.join(src.path[:-1]) + (" ›" if len(src.path) > 1 else "")
            )
            self.path_label.setToolTip(crumbs)
            self.path_label.setVisible(len(src.path) > 1)
            self._row.addWidget(self.path_label)
            chip = _Chip(
                src.label,
                self.tr("Source: %1 (remove to show all items)").replace("%1", crumbs),
                self,
            )
            chip.setObjectName("scopeSource")
            chip.removed.connect(self.source_removed.emit)
            self._add_chip(chip)
        if src.is_library:
            self.path_label.setVisible(True)
        if self.query:
            chip = _Chip(
                self.tr("“%1”").replace("%1", fmt_elide(self.query)),
                self.tr("Search: %1 (remove to clear the search)").replace("%1", self.query),
                self,
            )
            chip.setObjectName("scopeSearch")
            chip.removed.connect(self.search_removed.emit)
            self._add_chip(chip)
        for index, label in self.chips:
            chip = _Chip(label, self.tr("Filter: %1 (remove it)").replace("%1", label), self)
            chip.removed.connect(lambda i=index: self.chip_removed.emit(i))
            self._add_chip(chip)
        self._row.right_from = self._row.count()  # the count and "Show everything"
        self._row.addWidget(self.count_label)
        several = (not src.is_library) + bool(self.query) + len(self.chips)
        self.clear_button.setText(self.tr("Show everything"))
        self.clear_button.setToolTip(self.tr("Back to all items, with no search and no chips"))
        self.clear_button.setVisible(several > 1)
        self._row.addWidget(self.clear_button)
        self._row.invalidate()
        self._show_count()

    def _add_chip(self, chip: _Chip) -> None:
        chip.installEventFilter(self)
        self._removable.append(chip)
        self._row.addWidget(chip)

    def _show_count(self) -> None:
        if self.count is None:
            self.count_label.setText("")
            return
        n = self.count  # "1 élément", "2 éléments"
        text = self.tr("%Ln+ items", None, n) if self.partial else self.tr("%Ln items", None, n)
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Left/Right move between the chips, as in a toolbar
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in self._removable
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            i = self._removable.index(watched)
            j = i + (1 if event.key() == Qt.Key.Key_Right else -1)
            if 0 <= j < len(self._removable):
                self._removable[j].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)


def fmt_elide(text: str, limit: int = 40) -> str:
    """Long search texts shortened in the chip (the tooltip has them whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
