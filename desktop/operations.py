"""Background work with its own outcome: an :class:`Operation` carries what to run and what to do
with the result, the failure or the cancellation (in the manner of Anki's ``QueryOp``).

The window never asks "which task was that?": each operation brings its callbacks, called on the
GUI thread. Operations of the same ``group`` replace each other: a new comparison cancels the one
still running, and a replaced operation's late result is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from desktop.tasks import Task, TaskRunner, Work


@dataclass(frozen=True)
class Operation:
    work: Work  # fn(progress, cancel) -> result, run on the worker thread
    on_success: Callable[[Any], None] = lambda result: None
    on_failure: Callable[[str], None] | None = None  # None: the controller's default (the banner)
    on_cancel: Callable[[], None] | None = None
    label: str = ""  # shown beside the progress bar while it runs; "" runs quietly
    group: str = ""  # operations of one group replace each other
    indeterminate: bool = False  # no fractions to report: a busy bar until it ends


class OperationController(QObject):
    """Submits operations to the one worker and calls back the one that finished."""

    started = Signal(str, bool)  # label, indeterminate
    progress = Signal(float)
    busyChanged = Signal(bool)
    failed = Signal(str)  # every failure's one-line message, after its callback

    def __init__(self, runner: TaskRunner, on_failure: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self._default_failure = on_failure
        self._operations: dict[int, Operation] = {}
        self._latest: dict[str, int] = {}  # group -> the task id that counts
        runner.taskStarted.connect(self._started)
        runner.progress.connect(self._progress)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(self._cancelled)
        runner.busyChanged.connect(self.busyChanged)

    def submit(self, operation: Operation) -> Task:
        if operation.group and operation.group in self._latest:
            self.runner.cancel(operation.group)
        task = self.runner.submit(operation.group or "work", operation.work)
        self._operations[task.id] = operation
        if operation.group:
            self._latest[operation.group] = task.id
        return task

    def running(self, group: str) -> bool:
        return group in self._latest

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    # --- the worker's answers ------------------------------------------------------------------

    def _take(self, task: Task) -> Operation | None:
        """The operation behind ``task``, or None when it was replaced by a newer one of its group."""
        operation = self._operations.pop(task.id, None)
        if operation is None or not operation.group:
            return operation
        if self._latest.get(operation.group) != task.id:
            return None
        del self._latest[operation.group]
        return operation

    def _started(self, task: Task) -> None:
        operation = self._operations.get(task.id)
        if operation is not None:  # a quiet one too: the label of the work before must not stay beside its bar
            self.started.emit(operation.label, operation.indeterminate)

    def _progress(self, task: Task, fraction: float, message: str) -> None:
        if task.id in self._operations:
            self.progress.emit(fraction)

    def _finished(self, task: Task, result: Any) -> None:
        operation = self._take(task)
        if operation is not None:
            operation.on_success(result)

    def _failed(self, task: Task, message: str) -> None:
        operation = self._take(task)
        if operation is None:
            return
        (operation.on_failure or self._default_failure)(message)
        self.failed.emit(message)

    def _cancelled(self, task: Task) -> None:
        operation = self._take(task)
        if operation is not None and operation.on_cancel is not None:
            operation.on_cancel()
