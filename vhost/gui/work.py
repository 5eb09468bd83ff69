"""Long work off the GUI thread, with progress and Cancel.

A `Job` runs `work(report)` on a worker thread. The work calls `report(fraction, what)` as it
goes; that call raises `Cancelled` once the operator has pressed Cancel, so any loop that
reports also stops. The result, a failure (one sentence) or the cancellation come back as
signals on the GUI thread. `ProgressStrip` is the bar, the words and the Cancel button a
screen shows while its job runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from vhost.errors import VHostError
from vhost.gui.messages import error_text

log = logging.getLogger(__name__)

Report = Callable[[float, str], None]  # (fraction done 0..1, what is being done)


class Cancelled(Exception):
    """Raised inside the work by `report` once Cancel was pressed."""


class Job(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one sentence, in the app's language
    cancelled = Signal()

    def __init__(self, name: str, work: Callable[[Report], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name, self.work = name, work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Job:
        self._thread = threading.Thread(target=self._run, name=f"job-{self.name}", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and shutdown: wait for the worker thread to end."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _report(self, fraction: float, what: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progress.emit(max(0.0, min(1.0, fraction)), what)

    def _run(self) -> None:
        try:
            result = self.work(self._report)
        except Cancelled:
            self.cancelled.emit()
        except VHostError as exc:  # a user's mistake: its own sentence says how to fix it
            self.failed.emit(error_text(exc))  # rendered here: a signal's str would lose the Message
        except Exception as exc:
            log.exception("%s failed", self.name)
            self.failed.emit(self.tr("{0} failed: {1}").format(self.name, error_text(exc)))
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)


class ProgressStrip(QWidget):
    """A progress bar, what is being done, and Cancel; hidden while no job runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.what = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.what, 2)
        row.addWidget(self.bar, 3)
        row.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def follow(self, job: Job) -> Job:
        """Show this job's progress until it ends; returns the job (started)."""
        self.job = job
        self.bar.setRange(0, 0)  # busy until the work says how far it is
        self.bar.setValue(0)
        self.what.setText(job.name)
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._progress)
        for ended in (job.finished, job.failed, job.cancelled):
            ended.connect(self._ended)
        self.show()
        return job.start()

    def _progress(self, fraction: float, what: str) -> None:
        if fraction > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
        if what:
            self.what.setText(what)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.what.setText(self.tr("Cancelling…"))

    def _ended(self, *_: object) -> None:
        self.job = None
        self.hide()
