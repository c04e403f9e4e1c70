"""Small editors used by the inspector, each aware of 'mixed' values across a selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from smparchive.core.catalog.textquery import fold

MIXED = object()
POPUP_MAX_WIDTH = 640  # a choice list may be wider than its box, up to this


def common(values: Sequence[Any]) -> Any:
    """The one value all share, or MIXED (None for an empty selection)."""
    if not values:
        return None
    first = values[0]
    return first if all(v == first for v in values[1:]) else MIXED


def colour_icon(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)


class TextField(QLineEdit):
    """Commits on Enter or leaving the field, only when the user changed it."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.placeholder = placeholder  # what the empty field says (a field with no label)
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self._finish)

    unsaved = False  # a commit failed (the server was away): kept until saved or forgotten
    # The value shown when the person began typing (MIXED: the items differed), and the one
    # the last commit was typed over: a teammate may have changed it since (see based_on).
    _shown: Any = None
    based_on: Any = None

    def show_value(self, value: Any) -> None:
        if self.unsaved or (self.hasFocus() and self.isModified()):
            return  # never clobber what the user is typing, nor what could not be saved
        self._shown = value
        at_end = self.hasFocus() and self.cursorPosition() == len(self.text())
        self.setText("" if value in (None, MIXED) else str(value))
        # a long value shows its start ("© 2022 ..."), not its end; where the person has
        # the cursor at the end (about to type on), it stays there when a teammate's
        # value comes in, and what they type goes after it
        self.setCursorPosition(len(self.text()) if at_end else 0)
        self.setPlaceholderText(self.tr("Mixed") if value is MIXED else self.placeholder)
        self.setModified(False)

    def _finish(self) -> None:
        if self.isModified():
            self.setModified(False)
            self.unsaved = False
            text = self.text().strip()
            self.based_on, self._shown = self._shown, text
            self.committed.emit(text)

    def flush(self) -> None:
        """Save what is being typed here now (the field is about to show other items)."""
        if self.hasFocus():
            self._finish()

    def mark_unsaved(self) -> None:
        """The last commit was not saved (the server was away): the text stays, also when
        the item is shown again, and leaving the field (or Enter) saves it again."""
        self.setModified(True)
        self.unsaved = True
        self._shown = self.based_on  # the next try is typed over the same value

    def retry_unsaved(self) -> None:
        """Save again a text whose last commit was not saved (the server is back, or the
        field is about to show other items)."""
        if self.unsaved:
            self.setModified(True)
            self._finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.window() is not None:
            # back to the results with what was typed saved, as the caption and alt text
            # do (and as leaving with Tab): it was dropped from the catalogue yet left on
            # screen, a title that looked stored and was not
            self._finish()
            self.window().setFocus()
            focus_results(self)
            return
        super().keyPressEvent(event)


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of ``edit`` as typed. ``toPlainText()`` turns no-break spaces into spaces:
    a French caption ('séance « … »', '10 h 30') was rewritten just by tabbing through it."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


class NoteField(QPlainTextEdit):
    """Multi-line text committed when focus leaves (or Ctrl+Enter)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self._initial = ""
        self._before = ""  # the value before the last commit
        # The value shown (MIXED: the items differed) and the one the last commit was typed
        # over: a teammate may have changed it since (see TextField.based_on).
        self._shown: Any = None
        self.based_on: Any = None

    unsaved = False  # a commit failed (the server was away): kept until saved or forgotten

    def show_value(self, value: Any) -> None:
        if self.unsaved or (self.hasFocus() and plain_text(self) != self._initial):
            return
        self._shown = value
        new = "" if value in (None, MIXED) else str(value)
        if self.hasFocus() and new == self._initial:
            return  # the same text again: the cursor stays where the person put it
        at_end = self.hasFocus() and self.textCursor().atEnd()
        self._initial = new
        self.setPlainText(self._initial)
        if at_end:  # about to type on: a teammate's new text comes in before the cursor
            self.moveCursor(QTextCursor.MoveOperation.End)
        self.setPlaceholderText(self.tr("Mixed") if value is MIXED else "")

    def _commit(self) -> None:
        text = plain_text(self).strip()
        if text != self._initial.strip():
            self._before, self._initial = self._initial, text
            self.based_on, self._shown = self._shown, text
            self.unsaved = False
            self.committed.emit(text)

    def flush(self) -> None:
        """Save what is being typed here now (the field is about to show other items)."""
        if self.hasFocus():
            self._commit()

    def mark_unsaved(self) -> None:
        """The last commit was not saved (the server was away): the text stays, also when
        the item is shown again, and leaving the field (or Ctrl+Enter) saves it again."""
        self._initial = self._before
        self._shown = self.based_on  # the next try is typed over the same value
        self.unsaved = True

    def retry_unsaved(self) -> None:
        """Save again a text whose last commit was not saved (the server is back, or the
        field is about to show other items)."""
        if self.unsaved:
            self._commit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            focus_results(self)
            return
        super().keyPressEvent(event)


class ChoiceField(QComboBox):
    """A fixed list of (value, label); shows 'Mixed' for differing values."""

    committed = Signal(object)

    def __init__(
        self, choices: Sequence[tuple[Any, str, QIcon | None]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._updating = False
        # Never as wide as the longest choice (a session title): that width came back on
        # every style change and pushed the inspector's right edge out of view.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # the wheel scrolls the inspector past it, never picks a value on the way (a flag
        # or label changed, for the whole team, by scrolling down to the caption)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fill(False)
        self.activated.connect(self._activated)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # to the scroll area around it
            return
        super().wheelEvent(event)

    def _fill(self, mixed: bool) -> None:
        self._updating = True
        self.clear()
        if mixed:
            self.addItem(self.tr("Mixed"), MIXED)
        for value, label, icon in self._choices:
            if icon is not None:
                self.addItem(icon, label, value)
            else:
                self.addItem(label, value)
        self._updating = False

    def show_value(self, value: Any) -> None:
        self._fill(value is MIXED)
        self._updating = True
        if value is MIXED:
            self.setCurrentIndex(0)
        else:
            idx = next((i for i in range(self.count()) if self.itemData(i) == value), -1)
            self.setCurrentIndex(idx)
        self._updating = False

    def _activated(self, index: int) -> None:
        value = self.itemData(index)
        if not self._updating and value is not MIXED:
            self.committed.emit(value)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The current choice shortened with … to the box (a long session title was cut
        off mid-word); the whole of it is in the tooltip."""
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - (opt.iconSize.width() + 4 if not opt.currentIcon.isNull() else 0)
        full = opt.currentText
        opt.currentText = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(full if opt.currentText != full else "")
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def showPopup(self) -> None:
        """The list as wide as its longest choice (within reason), not only the box."""
        view = self.view()
        fm = view.fontMetrics()
        longest = max(
            (fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        icon = (
            self.iconSize().width() + 8
            if any(not self.itemIcon(i).isNull() for i in range(self.count()))
            else 0
        )
        wanted = longest + icon + view.verticalScrollBar().sizeHint().width() + 24
        view.setMinimumWidth(min(max(wanted, self.width()), POPUP_MAX_WIDTH))
        super().showPopup()


class StarsField(QWidget):
    """Five clickable stars; clicking the lit last star clears the rating."""

    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for n in range(1, 6):
            b = QToolButton(self)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(self.tr("%n stars (key %1)", None, n).replace("%1", str(n)))
            b.clicked.connect(lambda _c=False, n=n: self._clicked(n))
            layout.addWidget(b)
            self.buttons.append(b)
        self.mixed = QLabel(self.tr("mixed"), self)
        self.mixed.setEnabled(False)
        layout.addWidget(self.mixed)
        layout.addStretch(1)
        self.value: Any = 0
        self.show_value(0)

    def show_value(self, value: Any) -> None:
        self.value = value
        for n, b in enumerate(self.buttons, start=1):
            lit = value is not MIXED and value is not None and n <= value
            b.setText("★" if lit else "☆")
            b.setStyleSheet("color: #f2b600; font-size: 16px;" if lit else "font-size: 16px;")
        self.mixed.setVisible(value is MIXED)
        self.setToolTip(self.tr("Mixed ratings") if value is MIXED else "")

    def _clicked(self, n: int) -> None:
        self.committed.emit(0 if self.value == n else n)


FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1  # a name without accents, lower case


class FoldingCompleter(QCompleter):
    """Offers a name whatever the accents and case typed: 'mobilite' offers 'Mobilité',
    which is the keyword Enter gives (the catalogue takes a name spelt without its
    accents as that one); it was offered only to 'mobilité'."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class TagEntry(QLineEdit):
    """Type a tag and press Enter; completes from existing tags ('Parent|Child' paths)."""

    entered = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self._names = QStandardItemModel(self)
        self._names_set: tuple[str, ...] = ()
        completer = FoldingCompleter(self._names, self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.returnPressed.connect(self._enter)
        # A name chosen in the list with the arrows and Enter was added, then the list put
        # it back in the entry (its choice comes after Enter): it sat there as if not
        # added, and Enter on the next photo tagged that one too.
        self._entered: str | None = None
        completer.activated.connect(self._chosen)
        self.textEdited.connect(self._typing)

    def set_names(self, names: Sequence[str]) -> None:
        """The names to complete from; the same ones again change nothing (the sidebar
        reads them after every edit: 720 keywords at a million items, ~5 ms each time)."""
        if tuple(names) == self._names_set:
            return
        self._names_set = tuple(names)
        self._names.clear()
        items = []
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), FOLDED_ROLE)
            item.setEditable(False)
            items.append(item)
        # in one insertion: a row at a time told the completer 720 times (44 ms)
        self._names.invisibleRootItem().appendRows(items)

    def names(self) -> list[str]:
        model = self._names
        return [str(model.item(row).text()) for row in range(model.rowCount())]

    def _enter(self) -> None:
        text = self.text().strip()
        if text:
            self.entered.emit(text)
        self._entered = text or None
        self.clear()

    def _chosen(self, chosen: object) -> None:
        name = str(chosen.data() if isinstance(chosen, QModelIndex) else chosen).strip()
        if self._entered is not None and name == self._entered:
            self._entered = None
            # the entry is given the name after this signal: cleared once it has it
            QTimer.singleShot(0, self, lambda: self._clear_if(name))

    def _clear_if(self, name: str) -> None:
        if self.text().strip() == name:
            self.clear()

    def _typing(self, _text: str) -> None:
        self._entered = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        if event.key() == Qt.Key.Key_Escape and not (popup and popup.isVisible()):
            self.clear()
            focus_results(self)
            return
        super().keyPressEvent(event)


def focus_results(widget: QWidget) -> None:
    """Give focus back to the browser (grid or table) of the widget's window."""
    win = widget.window()
    target = getattr(win, "focus_results", None)
    if callable(target):
        target()


def grey_until(button: QWidget, focus_to: QWidget | None = None) -> Callable[[], None]:
    """Grey ``button`` while what it asked for is read on a worker; call the function
    returned once it has come (the button enabled again as its owner sees fit).

    Qt moves the keyboard off a greyed widget: it then goes to ``focus_to`` (by default
    back to ``button``, if it had it), unless the person moved it meanwhile."""
    had = button.hasFocus()
    button.setEnabled(False)
    moved_to = QApplication.focusWidget()

    def arrived() -> None:
        target = focus_to if focus_to is not None else (button if had else None)
        if target is None or not shiboken6.isValid(target) or not target.isEnabled():
            return
        if QApplication.focusWidget() in (moved_to, None):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    return arrived


class WrappedLabel(QLabel):
    """A read-only value that is a sentence ("corrected by +1 h · camera EXIF without
    offset"): it wraps to the width it gets instead of being cut, and never widens its
    panel. Same reading interface as :class:`ElidedLabel`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        return self.text()

    def minimumSizeHint(self) -> QSize:
        return QSize(20, super().minimumSizeHint().height())


class ElidedLabel(QLabel):
    """One line of text shortened with … to the width it gets; the whole text in the tooltip.

    Its minimum width is small, so a 200-character file name never widens its panel.
    """

    def __init__(
        self, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:
        self._full = text or ""
        self.setToolTip(self._full if self._full else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(20, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(60, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        lines = self._full.splitlines() or [""]
        width = max(10, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(lines[0], self._mode, width)
        if len(lines) > 1 and not shown.endswith("…"):
            shown = self.fontMetrics().elidedText(lines[0] + " …", self._mode, width)
        super().setText(shown)


class LineLabel(ElidedLabel):
    """A line of a strip (the status bar's count, a job's progress, a notice): whole when
    there is room, shortened with … (whole in its tooltip) when the window is small. A plain
    label asked for its whole text's width: a job's line made the smallest window wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        # shrinks to its minimum, but asks for its whole text (Ignored asks for nothing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        """The whole line (:meth:`shown` is what fits)."""
        return self.full_text()

    def shown(self) -> str:
        return super().text()

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        line = self._full.splitlines()[0] if self._full else ""
        width = self.fontMetrics().horizontalAdvance(line)
        return QSize(width + m.left() + m.right() + 2, QLabel.sizeHint(self).height())
