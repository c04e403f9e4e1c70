"""Background jobs in the status bar: what runs, how far, time left, and a cancel button."""

from __future__ import annotations

import time
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from smparchive.core.progress import ProgressEvent
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import translate
from smparchive.gui.tasks import TaskHandle, TaskRunner
from smparchive.gui.widgets.fields import LineLabel

# How long the last job's line stays after it ends: jobs that follow one another (the
# thumbnails of each screenful while scrolling) showed and hid it several times a second,
# the status bar laid out and the window repainted each time.
LINGER_MS = 600
# How often a job's progress is shown at most: each showing lays the status bar out again
# (the text's width changes) and a progress bar repaints the window's dirty regions at once;
# a 1M scroll's repairs reported ~60 times a second (~0.4 ms of the UI thread each).
PROGRESS_SHOWN_MS = 250


def describe(handle: TaskHandle, event: ProgressEvent | None) -> tuple[str, int, int]:
    """Label text, value and maximum (0 = unknown) for a job's progress."""
    if event is None:
        return handle.label, 0, 0
    elapsed = max(1e-3, time.monotonic() - handle.started_at)
    rate = event.done / elapsed
    parts = [handle.label]
    if event.total:
        parts.append(f"{fmt.number(event.done)}/{fmt.number(event.total)}")
        left = (event.total - event.done) / rate if rate > 0 and event.done else 0.0
        if left >= 1.0:  # '0:00 left' while the last files go by said nothing
            parts.append(translate("format", "%1 left").replace("%1", fmt.duration(left)))
    elif event.done:
        parts.append(fmt.number(event.done))
    if rate >= 0.1 and event.done:
        parts.append(translate("format", "%1/s").replace("%1", fmt.decimal(rate)))
    return " · ".join(parts), event.done, event.total or 0


class JobsWidget(QWidget):
    """Shows the oldest running job (and how many others); hidden when idle."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = LineLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFormat(fmt.progress_format())
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop this job (work done so far is kept)"))
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(self._hide_if_idle)
        self._pace = QTimer(self)
        self._pace.setSingleShot(True)
        self._pace.setInterval(PROGRESS_SHOWN_MS)
        self._pace.timeout.connect(self._update)
        self._shown: weakref.ref[TaskHandle] | None = None  # the job the line is about
        runner.job_started.connect(self._started)
        runner.job_finished.connect(self._finished)  # bound: dropped with the widget
        self.hide()

    def _finished(self, handle: TaskHandle) -> None:
        shown = self._shown() if self._shown is not None else None
        if handle is shown and self.current() is None:
            self._show(handle)  # its last progress, not one a pace behind, while it lingers
        self._update()

    def _progressed(self, _event: object) -> None:
        if not self._pace.isActive():  # shown when the pace's time comes, with what is new
            self._pace.start()

    def _started(self, handle: TaskHandle) -> None:
        handle.progressed.connect(self._progressed)
        self._update()

    def current(self) -> TaskHandle | None:
        jobs = [j for j in self.runner.jobs() if j.running]
        return jobs[0] if jobs else None

    def _hide_if_idle(self) -> None:
        if self.current() is None:
            self.hide()

    def make_room(self) -> None:
        """A message is about to be said in the status bar: the line of a job that has
        ended goes now rather than cut the message short."""
        self._linger.stop()
        self._hide_if_idle()

    def _update(self) -> None:
        self._pace.stop()
        job = self.current()
        if job is None:
            # not hidden, rather than visible: a job that ends while the status bar is out
            # of sight (full screen, the window minimised) must not stay on the line when it
            # is back, above the summaries said since ("Making thumbnails" after the scan's)
            if not self.isHidden() and not self._linger.isActive():
                self.cancel.setEnabled(False)  # nothing left to stop
                if self.bar.maximum() == 0:  # a busy bar read as still at work: ended, full
                    self.bar.setRange(0, 1)
                    self.bar.setValue(1)
                self._linger.start()
            return
        self._linger.stop()
        self.show()
        self._show(job)

    def _show(self, job: TaskHandle) -> None:
        self._shown = weakref.ref(job)
        text, value, maximum = describe(job, job.last_progress)
        others = len(self.runner.jobs()) - 1
        if others > 0:
            text += "  " + self.tr("(+%1 more)").replace("%1", str(others))
        if job.cancel_token.cancelled:
            text += " · " + self.tr("cancelling…")
        current = job.last_progress.current if job.last_progress else ""
        # set only what changed: a job reports many times a second, and a progress bar
        # repaints at once when its value is set (with the window's other dirty regions)
        if self.label.text() != text:
            self.label.setText(text)
        tip = current or text  # the file at work, else the line (shortened when small)
        if self.label.toolTip() != tip:
            self.label.setToolTip(tip)
        if self.bar.maximum() != maximum:
            self.bar.setMaximum(maximum)
        shown = min(value, maximum) if maximum else 0
        if self.bar.value() != shown:
            # (setValue repaints at once, and with it every dirty region of the window, the
            # grid's included: painted with the next frame instead)
            self.bar.setUpdatesEnabled(False)
            self.bar.setValue(shown)
            self.bar.setUpdatesEnabled(True)
        self.cancel.setEnabled(job.running and not job.cancel_token.cancelled)

    def _cancel(self) -> None:
        job = self.current()
        if job is not None:
            job.cancel()
            self._update()
