"""The "Changed by someone else" box: a change of the person's that a teammate's newer
value refused, with Keep theirs / Use mine. Not modal, so it may stay open for minutes:
meanwhile it follows the catalogue's changes (the teammate may take theirs back, or change
it again) and says what stands now, not what stood when it opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from smparchive.core.catalog.changes import ChangeSummary
from smparchive.gui.problem_texts import conflict_title

if TYPE_CHECKING:
    from smparchive.gui.ops import ConflictNotice, OpRunner


class ConflictBox(QMessageBox):
    """Keep theirs / Use mine about ``notice``; "Cancel" / "Apply mine" once the teammate's
    change no longer stands."""

    answered = Signal()  # a button was pressed (the box closes)

    def __init__(self, notice: ConflictNotice, ops: OpRunner, parent: QWidget | None) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            conflict_title(),
            notice.text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.notice = notice
        self._ops = ops
        self.theirs = self.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.mine = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self._show_notice()
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.buttonClicked.connect(self._clicked)
        ops.changes.connect(self._changed)
        self._looking = False  # a look at the catalogue is on its way
        self._again = False  # and another change came meanwhile: look once more after it

    def _show_notice(self) -> None:
        self.setText(self.notice.text)
        gone = self.notice.gone
        self.theirs.setText(self.tr("Cancel") if gone else self.tr("Keep theirs"))
        self.mine.setText(self.tr("Apply mine") if gone else self.tr("Use mine"))
        # the safe way by default: nothing of theirs replaced unasked
        self.setDefaultButton(self.mine if gone else self.theirs)

    def _changed(self, changes: ChangeSummary) -> None:
        if self.isVisible() and changes.items & self.notice.items:
            self.look_again()

    def look_again(self) -> None:
        """Read what stands in the way now and say it (one read at a time)."""
        if self._looking:
            self._again = True
            return
        self._looking = True

        # the box as owner: closed and deleted meanwhile, the runner calls neither
        self._ops.look_again(self.notice, self._show_notice, self._looked, owner=self)

    def _looked(self) -> None:
        self._looking = False
        if self._again:
            self._again = False
            self.look_again()

    def _clicked(self, button: object) -> None:
        self._ops.changes.disconnect(self._changed)
        self.answered.emit()
        if button is self.mine:
            self._ops.use_mine(self.notice)
        else:
            self.notice.keep_theirs()
