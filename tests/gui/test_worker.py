"""The one background worker: results come back as signals, Cancel stops it, the interface keeps going."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from desktop.comparing import COMPARE
from desktop.main_window import MainWindow
from desktop.operations import Operation
from desktop.tasks import TaskRunner
from nlp.model.errors import Cancelled, InputError


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    assert r.shutdown(10000)
    assert not r.is_running()


def _slow(seconds: float):
    def work(progress, cancel):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if cancel():
                raise Cancelled()
            progress(1 - (end - time.monotonic()) / seconds, "working")
            time.sleep(0.01)
        return "done"

    return work


def test_result_progress_and_order(qtbot, runner):
    seen = []
    runner.progress.connect(lambda task, f, m: seen.append(f))
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        first = runner.submit("one", _slow(0.1))
    assert blocker.args == [first, "done"]
    assert seen and all(0 <= f <= 1 for f in seen)
    assert not runner.busy


def test_errors_come_back_as_one_line(qtbot, runner):
    def bad(progress, cancel):
        raise InputError("/tmp/x.pdf", "file is encrypted")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit("bad", bad)
    assert blocker.args[1] == "x.pdf: file is encrypted"


def test_the_interface_keeps_running_while_the_worker_works(qtbot, runner):
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(runner.finished, timeout=10000):
        runner.submit("slow", _slow(0.6))
    timer.stop()
    assert len(ticks) > 20  # the event loop turned all along (a blocked loop gives one or two)
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 0.25


def test_cancel_stops_the_work_and_leaves_no_thread(qtbot, runner):
    before = threading.active_count()
    with qtbot.waitSignal(runner.taskStarted, timeout=5000):
        task = runner.submit("long", _slow(30))
    started = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=5000) as blocker:
        runner.cancel()
    assert blocker.args == [task]
    assert time.monotonic() - started < 2
    assert not runner.busy
    assert runner.shutdown(5000)
    assert threading.active_count() <= before  # the worker thread is gone


def test_window_cancel_shows_a_message_and_stays_usable(qtbot, settings, sample_pair, small_comparison, fr_nlp):
    window = MainWindow(settings, load_model=False)
    qtbot.addWidget(window)
    window.show()
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    # the real comparison runs on the worker while the event loop keeps turning
    with qtbot.waitSignal(window.comparisonShown, timeout=120000):
        window.open_pair(*sample_pair)
    timer.stop()
    assert window.model.rowCount() > 30
    assert ticks, "the event loop did not turn during the comparison"
    # Cancel: stopped, said so, and the window still shows and accepts a comparison
    gate = threading.Event()

    def blocked(progress, cancel):
        while not cancel():
            gate.wait(0.01)
        raise Cancelled()

    with qtbot.waitSignal(window.runner.taskStarted, timeout=5000):
        window.operations.submit(Operation(blocked, on_cancel=window.comparer._cancelled, label="Comparing…", group=COMPARE))
    assert window.status.cancel_button.isVisible()
    with qtbot.waitSignal(window.runner.cancelled, timeout=5000):
        window.status.cancel_button.click()
    assert "cancelled" in window.banner_text()
    assert not window.status.cancel_button.isVisible()
    window.show_comparison(small_comparison)
    assert window.model.rowCount() == 6
    window.close()
    assert not window.runner.is_running()
