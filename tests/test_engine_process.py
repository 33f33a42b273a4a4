"""The engine's worker process: results, progress, cancellation, errors and crashes as plain data."""

from __future__ import annotations

import os
import threading
import time

import pytest

from nlp.engine.remote import EngineError, EngineProcess, EngineStopped
from nlp.model.document import Document, Paragraph
from nlp.model.errors import Cancelled, InputError


# -- functions the worker runs (importable by name, as every call's function must be) ----------------
def counting(n: int, *, progress, cancel) -> list[int]:
    out = []
    for k in range(n):
        if cancel():
            raise Cancelled()
        progress(k / n, f"step {k}")
        out.append(k * k)
        time.sleep(0.01)
    return out


def refusing(path: str, *, progress, cancel):
    raise InputError(path, "is not a resolution")


def failing(*, progress, cancel):
    raise ValueError("something inside went wrong")


def dying(*, progress, cancel):
    os._exit(7)


def whose_pid(*, progress, cancel) -> int:
    return os.getpid()


def squares_in_processes(n: int) -> list[int]:
    """Work shared among processes of the worker's own, as the engine's parallel tagging does."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return pool.map(abs, [-(i * i) for i in range(n)])


def unpicklable(*, progress, cancel):
    return threading.Lock()


@pytest.fixture(scope="module")
def engine():
    e = EngineProcess(preload=())
    yield e
    e.close()


def test_a_call_returns_its_result_and_reports_progress(engine):
    seen = []
    assert engine.call(counting, 5, progress=lambda f, m: seen.append((f, m))) == [0, 1, 4, 9, 16]
    assert seen == [(k / 5, f"step {k}") for k in range(5)]
    assert engine.pid != os.getpid()


def test_the_worker_is_reused_between_calls(engine):
    assert engine.call(whose_pid) == engine.call(whose_pid)


def test_cancel_stops_the_call_and_the_worker_serves_the_next(engine):
    asked = threading.Event()
    with pytest.raises(Cancelled):
        engine.call(counting, 10_000, progress=lambda f, m: asked.set(), cancel=asked.is_set)
    assert engine.call(counting, 2) == [0, 1]


def test_a_progress_callback_that_raises_cancelled_stops_the_work(engine):
    def progress(fraction, message):
        raise Cancelled()

    with pytest.raises(Cancelled):
        engine.call(counting, 10_000, progress=progress)


def test_bad_input_comes_back_as_the_same_one_line_error(engine):
    with pytest.raises(InputError) as e:
        engine.call(refusing, "/tmp/draft.pdf")
    assert str(e.value) == "draft.pdf: is not a resolution"


def test_other_failures_come_back_as_one_line_and_the_worker_lives_on(engine):
    pid = engine.pid
    with pytest.raises(EngineError, match="ValueError: something inside went wrong"):
        engine.call(failing)
    with pytest.raises(EngineError, match="TypeError"):
        engine.call(unpicklable)
    assert engine.call(whose_pid) == pid


def test_a_crashed_worker_is_reported_and_replaced():
    engine = EngineProcess(preload=())
    try:
        first = engine.call(whose_pid)
        with pytest.raises(EngineStopped, match="exit status 7"):
            engine.call(dying)
        assert not engine.running
        second = engine.call(whose_pid)
        assert second != first and engine.running
    finally:
        engine.close()
    assert not engine.running


@pytest.mark.slow
def test_a_comparison_runs_in_the_worker():
    from nlp.engine import compare

    old = Document("old.txt", "text", "fr", (Paragraph("1", "operative", "Prie le Secrétaire général de faire rapport."),))
    new = Document("new.txt", "text", "fr", (Paragraph("1", "operative", "Prie instamment le Secrétaire général de faire rapport."),))
    engine = EngineProcess(preload=("fr",))
    try:
        remote = engine.call(compare, old, new)
    finally:
        engine.close()
    assert remote == compare(old, new)


def test_the_worker_may_share_its_work_among_processes_of_its_own(engine):
    assert engine.call(squares_in_processes, 5) == [0, 1, 4, 9, 16]
