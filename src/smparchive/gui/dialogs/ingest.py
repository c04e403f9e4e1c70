"""Ingest progress (files/s, current file, time left, cancel) and the summary of problems."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.pathnames import in_root
from smparchive.core.progress import ProgressEvent
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, translate
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, fit_to_screen
from smparchive.gui.tasks import TaskHandle
from smparchive.gui.views.tables import tidy

Index = QModelIndex | QPersistentModelIndex

# Progress stages: self.tr(stage.capitalize()) in IngestDialog.
_STAGE_TEXTS = (
    QT_TRANSLATE_NOOP("IngestDialog", "Walk"),
    QT_TRANSLATE_NOOP("IngestDialog", "Catalogue"),
    QT_TRANSLATE_NOOP("IngestDialog", "Fingerprints"),
    QT_TRANSLATE_NOOP("IngestDialog", "Thumbnails"),
    QT_TRANSLATE_NOOP("IngestDialog", "Previews"),
    QT_TRANSLATE_NOOP("IngestDialog", "Verify"),
)


# a time left under a second reads "0:00": the end of the stage is in sight without it
SHOWN_LEFT_S = 1.0


class ProblemsModel(ListTableModel):
    """Rows of FileProblem-like records (kind, path, reason); a file is named by its path
    in its folder (``roots``: the scanned folders), as the catalogue names it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemsModel", "Problem"),
        QT_TRANSLATE_NOOP("ProblemsModel", "File"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Reason"),
    )

    def __init__(self, problems: list[Any] | None = None, roots: Sequence[str] = ()) -> None:
        super().__init__(problems or [])
        self.roots = list(roots)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = problem_texts.sentences(p.reason)  # in the interface language
            # its path in its folder: the name alone made two cards of one camera collide
            # ('DSCF1015.JPG'); cut in the middle, so the name shows; the whole path in the
            # tooltip
            name = p.path if role == Qt.ItemDataRole.ToolTipRole else in_root(p.path, self.roots)
            return (translate("format", p.kind.capitalize()), name, reason)[index.column()]
        return None


# the next steps Enter may take: they show items and change nothing
SAFE_STEPS = ("show:", "review")


class IngestDialog(FittedDialog):
    """Follows one scan job, then its pictures (:meth:`follow`); becomes its summary once,
    when both have ended, with the next steps.

    The summary is shown whole or not at all: a truncated JPEG shows only when its picture
    is decoded, and a summary shown before that grew a table and a "Show Them" button a
    second later, every button moving (and the default with them) under a key press.

    ``next_step`` names what the user chose: ``show:<sidebar key>`` (the problem view of the
    worst problem found), ``review`` (the items the scan added; when it added none, those
    it changed or found moved), ``clocks`` or
    ``proposals`` (the camera clock and assignment dialogs).
    """

    next_step = Signal(str)

    def __init__(self, handle: TaskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] | None = None  # the summary's counts, once the scan ends
        self.handle = handle
        self.setObjectName("ingestDialog")  # found by name (scripts): the title is translated
        self.setWindowTitle(self.tr("Adding to the catalogue"))
        self.setMinimumWidth(640)
        self.stage = QLabel(self.tr("Starting…"))
        self.stage.setStyleSheet("font-weight: bold;")
        self.bar = QProgressBar()
        self.bar.setFormat(fmt.progress_format())  # "49 %" in French
        self.bar.setRange(0, 0)
        self.rate = QLabel()
        self.current = QLabel()
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.problems = ProblemsModel()
        self.table = QTableView()
        self.table.setModel(self.problems)
        # the kind and the file's name whole when there is room; the reason takes the rest,
        # wrapped: the sentence to read, whole (it was cut at "(the file is cut sho…")
        tidy(self.table, stretch=2, wrap=True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long path keeps its name
        self.table.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_btn = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_btn.clicked.connect(self._cancel)
        self.hide_btn = self.buttons.addButton(
            self.tr("Run in Background"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.hide_btn.clicked.connect(self.hide)
        # Return while it runs sends the scan to the background; it never cancels it (the
        # folder chooser's Enter, pressed once too often, cancelled the scan just started)
        self.cancel_btn.setAutoDefault(False)
        self.hide_btn.setAutoDefault(True)
        self.hide_btn.setDefault(True)
        self.step_buttons: dict[str, QPushButton] = {}
        # next steps after the summary: their own row, wrapping, never squeezed into the
        # button box (French labels were cut off there)
        self.steps_row = QWidget(self)
        self.steps_layout = QGridLayout(self.steps_row)  # two per row: a real minimum size
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_row.hide()
        self.column = layout = QVBoxLayout(self)
        for w in (self.stage, self.bar, self.rate, self.current, self.summary, self.table):
            layout.addWidget(w)
        layout.addWidget(self.steps_row)
        layout.addWidget(self.buttons)
        handle.progressed.connect(self.show_progress)
        self._started = time.monotonic()

    def show_progress(self, e: ProgressEvent) -> None:
        elapsed = max(1e-3, time.monotonic() - self._started)
        self.stage.setText(self.tr(e.stage.capitalize() or "Working"))
        if e.total:
            self.bar.setRange(0, e.total)
            self.bar.setValue(min(e.done, e.total))
        else:
            self.bar.setRange(0, 0)
        rate = e.done / elapsed
        parts = [self.tr("%Ln files", None, e.done)]
        if e.total:
            parts[0] = self.tr("%Ln of %2 files", None, e.done).replace("%2", fmt.number(e.total))
        if e.done:  # '0.0 files/s' before the first file said nothing
            parts.append(self.tr("%1 files/s").replace("%1", fmt.decimal(rate)))
        if e.bytes_done:
            parts.append(fmt.size(e.bytes_done))
        left = (e.total - e.done) / rate if e.total and rate > 0 else 0.0
        if left >= SHOWN_LEFT_S:  # 'about 0:00 left' while the last files go by
            parts.append(self.tr("about %1 left").replace("%1", fmt.duration(left)))
        self.rate.setText(" · ".join(parts))
        self.current.setText(e.current)

    def _cancel(self) -> None:
        if self.handle.running:
            self.handle.cancel()
            self.cancel_btn.setEnabled(False)
            self.stage.setText(self.tr("Cancelling… (work done so far is kept)"))
        else:
            self.accept()

    def _finish(self, title: str, text: str) -> None:
        self.setWindowTitle(title)
        self.stage.setText(title)  # not the last stage ("Starting…") any more
        # the progress lines go: the rate, left empty, kept a blank line under the title
        for progress in (self.bar, self.rate, self.current):
            progress.hide()
        self.summary.setText(text)
        self.summary.show()
        self.hide_btn.hide()
        self.cancel_btn.setText(self.tr("Close"))
        self.cancel_btn.setEnabled(True)
        self.cancel_btn.setDefault(True)  # a next step, when offered, takes it over
        self.show()
        self.raise_()

    def follow(self, handle: TaskHandle) -> None:
        """The scan is done; its pictures are made now (a truncated JPEG shows only then):
        their progress here, Cancel stops them, and the summary waits for them."""
        self.handle = handle
        handle.progressed.connect(self.show_progress)
        self._started = time.monotonic()
        self.stage.setText(self.tr("Thumbnails"))
        self.bar.setRange(0, 0)
        self.current.setText("")

    def show_report(self, report: Any, picture_problems: Sequence[Any] = ()) -> None:
        """The summary, with the problems the pictures stage found (``picture_problems``)."""
        more = list(picture_problems)
        errors = report.errors + sum(1 for p in more if p.kind == "error")
        warnings = report.warnings + sum(1 for p in more if p.kind != "error")
        title = self._title(report, bool(more))
        self._finish(title, self._summary(report, errors, warnings, len(more)))
        problems = [*report.problems, *more]
        self.problems.roots = list(report.roots)
        self.problems.set_rows(problems)
        self.table.setVisible(bool(problems))
        self._offer_next_steps(report, errors, warnings)

    def _title(self, report: Any, more: bool = False) -> str:
        if report.cancelled:
            return self.tr("Scan cancelled")
        if report.has_problems or more:
            return self.tr("Scan finished with problems")
        return self.tr("Scan finished")

    def _summary(self, report: Any, errors: int, warnings: int, more: int = 0) -> str:
        """The summary's sentences; ``errors``/``warnings`` count the thumbnail stage's too
        (a truncated JPEG shows only then), so the counts never contradict the list."""
        # each count agrees with its number ("1 file seen, 1 new", "1 fichier vu : 1 nouveau");
        # every file seen is in one category, so they add up (the rarer ones when there are)
        parts = [self.tr("%Ln new", None, report.new)]
        if report.completed:
            done = self.tr(
                "%Ln completed (left unfinished by an earlier scan)", None, report.completed
            )
            parts.append(done)
        parts += [
            self.tr("%Ln changed", None, report.changed),
            self.tr("%Ln moved", None, report.moved),
            self.tr("%Ln unchanged", None, report.unchanged),
        ]
        if report.not_read:
            parts.append(
                self.tr("%Ln not read this time (read by the next scan)", None, report.not_read)
            )
        lines = [
            filled(
                self.tr("%1: %2."),
                self.tr("%Ln files seen", None, report.files_seen),
                ", ".join(parts),
            ),
        ]
        if report.reread:  # unchanged, but their record was an older reader's
            lines.append(self._reread(report))
        if report.returned:  # the drive plugged back in: counted as unchanged above
            lines.append(
                self.tr(
                    "%Ln files are back online (they were offline or missing).",
                    None,
                    report.returned,
                )
            )
        if errors or warnings:
            lines.append(
                filled(
                    self.tr(
                        "%1 and %2 (listed below; the files are catalogued as problems, "
                        "nothing was dropped)."
                    ),
                    self.tr("%Ln errors", None, errors),
                    self.tr("%Ln warnings", None, warnings),
                )
            )
        if more:  # counted above already: say where they came from, not "more"
            lines.append(
                self.tr(
                    "%Ln of these problems were found while making thumbnails (damage inside "
                    "a picture shows only when it is decoded).",
                    None,
                    more,
                )
            )
        if report.missing:
            lines.append(
                self.tr(
                    "%Ln catalogued files are not where they were (see Problems > Missing).",
                    None,
                    report.missing,
                )
            )
        if report.offline_roots:
            said = (
                self.tr("Not reachable from this computer: %1")
                if report.offline_here  # a team's folder: not offline for the others
                else self.tr("Offline: %1")
            )
            lines.append(said.replace("%1", ", ".join(report.offline_roots)))
        if report.duplicate_groups:
            lines.append(
                self.tr(
                    "%Ln groups of duplicates (see Problems > Duplicates).",
                    None,
                    report.duplicate_groups,
                )
            )
        if report.seconds < 1:  # '0:00' read as if nothing had been timed
            lines.append(self.tr("Took less than a second."))
        else:
            lines.append(self.tr("Took %1.").replace("%1", fmt.duration(report.seconds)))
        return "\n".join(lines)

    def _reread(self, report: Any) -> str:
        """'1 unchanged document was re-read with the current reader.' (the CLI's words)."""
        if report.reread_documents:
            return self.tr(
                "%Ln unchanged documents were re-read with the current reader.",
                None,
                report.reread,
            )
        return self.tr(
            "%Ln unchanged files were re-read with the current reader.", None, report.reread
        )

    def _offer_next_steps(self, report: Any, errors: int, warnings: int) -> None:
        """Buttons for what usually comes after a scan; each closes the summary."""
        self._counts = {
            "error": errors,
            "warning": warnings,
            "missing": report.missing,
            "new": report.new + report.completed,  # both read in full by this scan only
            "touched": report.new + report.completed + report.changed + report.moved,
            "offline": len(report.offline_roots),  # folders not reachable: say where they are
        }
        self._show_steps()

    def _show_steps(self) -> None:
        c = self._counts
        if c is None:
            return
        for b in self.step_buttons.values():
            b.hide()
            b.deleteLater()
        self.step_buttons = {}
        steps: list[tuple[str, str]] = []
        worst = next(
            (
                key
                for key, n in (
                    ("status:error", c["error"]),
                    ("warnings", c["warning"]),
                    ("status:missing", c["missing"]),
                )
                if n
            ),
            "",
        )
        if worst:
            steps.append((f"show:{worst}", self.tr("Show Them")))
        if c["new"]:  # what the label says: the items this scan added
            steps.append(("review", self.tr("Review New Items")))
        elif c["touched"]:
            steps.append(("review", self.tr("Review Changed Items")))
        if c["new"]:
            steps.append(("clocks", self.tr("Fix Camera Clocks…")))
            steps.append(("proposals", self.tr("Assign to Sessions…")))
        if c.get("offline"):
            steps.append(("locate", self.tr("Find Missing Folder…")))
        for key, label in steps:
            b = QPushButton(label, self.steps_row)
            n = len(self.step_buttons)
            self.steps_layout.addWidget(b, n // 2, n % 2)
            b.setObjectName(f"ingestStep_{key.split(':')[0]}")
            b.clicked.connect(lambda _c=False, key=key: self._step(key))
            self.step_buttons[key] = b
        self.steps_row.setVisible(bool(steps))
        self.adjustSize()
        # adjustSize sizes the wrapped summary for a width of its own guess: at the
        # dialog's width it needed fewer lines, and its text sat in the middle of blank
        # room under the title
        fitted = self.column.totalHeightForWidth(self.width())
        if 0 < fitted < self.height():
            self.resize(self.width(), fitted)
        fit_to_screen(self)  # grown to the summary: still within the screen
        # Enter takes a step that only shows something (the problems, the new items); one
        # that opens a window of its own ("Find Missing Folder…" was Enter's after a scan
        # with the folder offline, a folder chooser instead of the summary read) is a
        # click or a Tab away, and Enter closes
        safe = [key for key, _label in steps if key.startswith(SAFE_STEPS)]
        if safe:
            self.step_buttons[safe[0]].setDefault(True)
            self.step_buttons[safe[0]].setFocus()
        else:
            self.cancel_btn.setDefault(True)
            self.cancel_btn.setFocus()

    def _step(self, key: str) -> None:
        self.next_step.emit(key)
        self.accept()

    def show_failure(self, message: str) -> None:
        self._finish(self.tr("Scan failed"), message)

    def show_cancelled(self) -> None:
        self._finish(
            self.tr("Scan cancelled"),
            self.tr("The scan was cancelled; everything catalogued so far is kept."),
        )
