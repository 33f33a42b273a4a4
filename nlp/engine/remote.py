"""The engine in a process of its own, so that a window never waits on the language model.

spaCy holds Python's global lock for long stretches while it loads (vocabularies and tables are
deserialised) and while it parses; on a thread of the window's process that stalls the event loop
for seconds. :class:`EngineProcess` starts one worker process that loads the models once and runs
engine calls one at a time; the caller's thread only waits on a pipe (which releases the lock).

A call is ``engine.call(fn, *args, progress=..., cancel=..., **kwargs)``: ``fn`` is any importable
function (``nlp.engine.compare``, ``nlp.engine.corrections.steps``...); it is given ``progress`` and
``cancel`` keywords when its signature has them. :class:`LocalEngine` runs the same calls in the
calling thread, for callers that need no second process (tests, scripts).
Progress, cancellation and the result travel as plain pickled data. Errors come back as the same
kinds the engine raises (:class:`InputError`, :class:`Cancelled`) or as :class:`EngineError`; a worker
that dies (a crash, the system's out-of-memory killer) raises :class:`EngineStopped`, and the next call
starts a fresh worker: nothing the caller holds is lost. The worker may start processes of its own
(parallel tagging); it stops when the caller closes it or exits.
"""

from __future__ import annotations

import atexit
import inspect
import multiprocessing
import signal
import threading
from typing import Any, Callable, Protocol

from nlp.model.errors import Cancelled, InputError

Progress = Callable[[float, str], None]

POLL_S = 0.05  # how often the waiting thread looks at the caller's cancel flag and the worker's health
STOP_S = 5.0  # how long a closing worker may take before it is terminated


class EngineError(Exception):
    """The engine failed on this call (the worker is still running); the one-line reason is the message."""


class EngineStopped(EngineError):
    """The worker process died during the call; the next call starts a new one."""


class Engine(Protocol):
    def start(self) -> None: ...

    def close(self) -> None: ...

    def call(self, fn: Callable[..., Any], *args: Any, progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None, **kwargs: Any) -> Any: ...


def _run(fn: Callable[..., Any], args: tuple, kwargs: dict, progress: Progress, cancel: Callable[[], bool]) -> Any:
    """``fn(*args, **kwargs)``, given ``progress`` and ``cancel`` when it takes them."""
    parameters = inspect.signature(fn).parameters
    if "progress" in parameters:
        kwargs = {**kwargs, "progress": progress}
    if "cancel" in parameters:
        kwargs = {**kwargs, "cancel": cancel}
    return fn(*args, **kwargs)


class LocalEngine:
    """Engine calls run in the calling thread (the model loads in this process)."""

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def call(self, fn: Callable[..., Any], *args: Any, progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None, **kwargs: Any) -> Any:
        return _run(fn, args, kwargs, progress or (lambda f, m: None), cancel or (lambda: False))


class EngineProcess:
    """One worker process serving engine calls, started on first use (or by :meth:`start`)."""

    def __init__(self, preload: tuple[str, ...] = ("fr",)):
        self.preload = preload  # languages whose model the worker loads as soon as it starts
        self._context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
        self._process: Any = None
        self._conn: Any = None
        self._cancel: Any = None
        self._lock = threading.Lock()  # one call at a time, whichever thread makes it
        self._exit_hooked = False

    # -- life -------------------------------------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._discard()
        parent, child = self._context.Pipe(duplex=True)
        self._cancel = self._context.Event()
        # not a daemon: the engine forks copies of the pipeline to tag thousands of paragraphs, and a
        # daemonic process may not have children; it is stopped when its caller exits instead
        self._process = self._context.Process(target=_serve, args=(child, self._cancel, self.preload),
                                              name="travaux-engine", daemon=False)
        self._process.start()
        if not self._exit_hooked:
            atexit.register(self._stop_at_exit)
            self._exit_hooked = True
        child.close()
        self._conn = parent

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def close(self) -> None:
        """Stop the worker (politely, then by force)."""
        with self._lock:
            if self._process is not None and self._process.is_alive():
                try:
                    self._conn.send(("stop",))
                except OSError:
                    pass
                self._process.join(STOP_S)
            self._discard()

    def _stop_at_exit(self) -> None:
        """The caller exits without :meth:`close`: the worker goes too (at once: nothing of it is kept)."""
        with self._lock:
            self._discard(wait_s=1.0)

    def _discard(self, wait_s: float = STOP_S) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
                self._process.join(wait_s)
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- calls ------------------------------------------------------------------------------------
    def call(self, fn: Callable[..., Any], *args: Any, progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None, **kwargs: Any) -> Any:
        """Run ``fn(*args, progress=…, cancel=…, **kwargs)`` in the worker and return its result."""
        report = progress or (lambda f, m: None)
        with self._lock:
            self._ensure_started()
            self._cancel.clear()
            try:
                self._conn.send(("call", fn, args, kwargs))
            except OSError as e:
                self._discard()
                raise EngineStopped(f"the engine process stopped ({e})") from None
            return self._wait(report, cancel)

    def _wait(self, report: Progress, cancel: Callable[[], bool] | None) -> Any:
        while True:
            if cancel is not None and cancel():
                self._cancel.set()  # the worker's cancel() says so at its next check
            try:
                ready = self._conn.poll(POLL_S)
                message = self._conn.recv() if ready else None
            except (EOFError, OSError):
                message = None
                ready = True
            if message is None:
                if ready or not self._process.is_alive():
                    self._process.join(STOP_S)  # the pipe closes a moment before the exit status is known
                    code = self._process.exitcode
                    self._discard()
                    raise EngineStopped(f"the engine process stopped (exit status {code}); it will be restarted")
                continue
            kind = message[0]
            if kind == "progress":
                try:
                    report(message[1], message[2])
                except Cancelled:  # the caller's progress callback may stop the work too
                    self._cancel.set()
            elif kind == "result":
                return message[1]
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "input":
                raise InputError(message[1], message[2])
            else:
                raise EngineError(message[1])


def _serve(conn: Any, cancel_event: Any, preload: tuple[str, ...]) -> None:
    """The worker's loop: load the models, then run calls until told to stop or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the caller, which stops us in turn
    from nlp.engine import pipeline

    pipeline.preload(preload)

    def progress(fraction: float, message: str = "") -> None:
        conn.send(("progress", float(fraction), message))

    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request[0] == "stop":
            return
        _, fn, args, kwargs = request
        try:
            result = _run(fn, args, kwargs, progress, cancel_event.is_set)
        except Cancelled:
            conn.send(("cancelled",))
        except InputError as e:
            conn.send(("input", e.path, e.problem))
        except Exception as e:  # the worker survives its callers' failures
            conn.send(("error", f"{type(e).__name__}: {e}"))
        else:
            try:
                conn.send(("result", result))
            except Exception as e:  # a result that cannot travel is the call's failure, not the worker's
                conn.send(("error", f"{type(e).__name__}: {e}"))
