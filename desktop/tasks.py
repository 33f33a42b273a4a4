"""The one background worker: long work (model load, comparison, library, exports) off the GUI thread.

Tasks run one at a time, in the order given, on a single QThread (spaCy and the library are used
from that one thread). A task is a plain function ``fn(progress, cancel) -> result``: it calls
``progress(fraction, message)`` now and then and checks ``cancel()`` between steps, raising
:class:`nlp.model.errors.Cancelled` when told to stop. Results, failures and progress come back to the GUI
thread as signals, so widgets are only touched there.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from nlp.model.errors import Cancelled, InputError

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]
SWITCH_S = 0.001  # how long a thread may keep Python's global lock while another waits for it


@dataclass(eq=False)
class Task:
    id: int
    name: str
    work: Work
    cancel_event: threading.Event = field(default_factory=threading.Event)
    result: Any = None  # set by the worker before it reports the task finished

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Worker(QObject):
    started = Signal(object)
    progress = Signal(object, float, str)
    # Only the Task crosses threads: a None result sent through a queued signal upsets PySide's
    # reference counting of None, so the result travels as an attribute of the task
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal(object)

    @Slot(object)
    def run(self, task: Task) -> None:
        if task.cancelled():
            self.cancelled.emit(task)
            return
        self.started.emit(task)

        def progress(fraction: float, message: str = "") -> None:
            if task.cancelled():  # stop at the next report even if the work forgets to ask
                raise Cancelled()
            self.progress.emit(task, float(fraction), message)

        try:
            result = task.work(progress, task.cancelled)
        except Cancelled:
            self.cancelled.emit(task)
        except InputError as error:
            self.failed.emit(task, str(error))
        except Exception as error:  # shown in the window, which stays usable
            log.exception("task %s failed", task.name)
            self.failed.emit(task, f"{type(error).__name__}: {error}")
        else:
            if task.cancelled():
                self.cancelled.emit(task)
            else:
                task.result = result
                self.finished.emit(task)


class TaskRunner(QObject):
    """Queue of tasks for the worker thread; its signals arrive on the thread that made it."""

    taskStarted = Signal(object)  # Task
    progress = Signal(object, float, str)  # Task, fraction, message
    finished = Signal(object, object)  # Task, result
    failed = Signal(object, str)  # Task, one-line message
    cancelled = Signal(object)  # Task
    busyChanged = Signal(bool)

    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # The worker's Python shares the global lock with the GUI thread, which takes it again for each
        # slot, paint or model call: each time it may wait a whole switch interval (5 ms by default),
        # so a frame of a hundred such calls stretched to half a second while the worker built rows
        sys.setswitchinterval(SWITCH_S)
        self._ids = itertools.count(1)
        self._pending: list[Task] = []
        self._thread = QThread()
        self._thread.setObjectName("travaux-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.started.connect(self.taskStarted)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._thread.start()

    # --- the GUI side ------------------------------------------------------------------------

    def submit(self, name: str, work: Work) -> Task:
        task = Task(next(self._ids), name, work)
        was_busy = self.busy
        self._pending.append(task)
        self._submit.emit(task)
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def pending(self) -> list[Task]:
        return list(self._pending)

    def cancel(self, name: str | None = None) -> None:
        """Ask the running and queued tasks (those called ``name``, or all) to stop."""
        for task in self._pending:
            if name is None or task.name == name:
                task.cancel_event.set()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything and stop the thread; True when it stopped in time."""
        self.cancel()
        self._thread.quit()
        stopped = self._thread.wait(timeout_ms)
        return bool(stopped)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    # --- results -----------------------------------------------------------------------------

    def _done(self, task: Task) -> None:
        if task in self._pending:
            self._pending.remove(task)
        if not self._pending:
            self.busyChanged.emit(False)

    def _on_finished(self, task: Task) -> None:
        self._done(task)
        self.finished.emit(task, task.result)

    def _on_failed(self, task: Task, message: str) -> None:
        self._done(task)
        self.failed.emit(task, message)

    def _on_cancelled(self, task: Task) -> None:
        self._done(task)
        self.cancelled.emit(task)
