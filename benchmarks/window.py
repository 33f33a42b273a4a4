"""How quickly the window answers: prints figures (run: .venv/bin/python benchmarks/window.py).

- window: from QApplication to the main window shown (the spaCy model not yet loaded: it loads
  behind the window, in the engine's process);
- stall: the longest event-loop gap from start to the 72/1 → 76/7 comparison on screen (model load,
  comparison, rows drawn), with the model in its own process (as the application runs it; goal
  ≤ 100 ms) beside this run's baseline, the model on a thread of the window's process — on a quiet
  machine and with a CPU burner per core beside it (busy, the burners niced);
- long: the same for a long comparison (the declaration pair repeated into about 2,000 rows), from
  the result handed to the window until every row is measured;
- with ``--before DIR`` (a checkout of an earlier version, e.g. ``git worktree add /tmp/before main~3``):
  the stall and long figures of that version too, run beside these and printed as ratios.

Each gap is given twice: its wall-clock length (what the person sees; on a loaded machine it includes
waiting for a core) and the CPU time the GUI thread itself spent in it (the window's own work, which
the load barely changes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OLD = ROOT / "resources" / "samples" / "A_RES_72_1.fr.md"
NEW = ROOT / "resources" / "samples" / "A_RES_76_7.fr.txt"
LONG_COPIES = 50  # the 41-row declaration pair repeated: about 2,000 rows


class GapMeter:
    """The event loop's gaps: a timer that should fire every ``interval_ms`` notes how long it waited,
    and how much CPU the GUI thread used meanwhile."""

    def __init__(self, interval_ms: int):
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, float]] = []  # (wall s, GUI-thread CPU s)
        self._last = (time.perf_counter(), time.thread_time())
        self._timer = QTimer(interval=interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        self.gaps.append((now[0] - self._last[0], now[1] - self._last[1]))
        self._last = now

    def restart(self) -> None:
        self.gaps.clear()
        self._last = (time.perf_counter(), time.thread_time())

    def longest_ms(self) -> float:
        return max((wall for wall, _ in self.gaps), default=0.0) * 1000

    def busiest_ms(self) -> float:
        """The most CPU the GUI thread spent between two turns of the event loop."""
        return max((cpu for _, cpu in self.gaps), default=0.0) * 1000

    def stop(self) -> None:
        self._timer.stop()


def _burners(count: int) -> list[subprocess.Popen]:
    """Processes that keep every core busy, as other programs on a loaded computer would."""
    # niced, so the burners slow the window the way a busy computer does without starving the other
    # programs on a shared machine (the window still competes with them for every core)
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"], preexec_fn=lambda: os.nice(19))
            for _ in range(count)]


def _fresh(root: Path, call: str, busy: bool) -> list[float]:
    """Run ``window.<call>`` in a fresh process on the code under ``root``; its printed figures."""
    here = Path(__file__).resolve().parent
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); sys.path.insert(0, {str(here)!r}); "
            f"import window; window.{call}")
    burners = _burners(os.cpu_count() or 1) if busy else []
    try:
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=root,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    finally:
        for b in burners:
            b.kill()
    return [float(x) for x in out[-3:]]


def _window(engine):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    app = QApplication.instance() or QApplication([])
    scratch = tempfile.mkdtemp(prefix="travaux-bench-")
    settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.IniFormat))
    window = MainWindow(settings, engine=engine)
    window.resize(1280, 800)
    return app, window


def _until(app, done, limit_s: float) -> None:
    end = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _rows_measured(window) -> bool:
    heights = getattr(window.view, "heights", None)  # versions before the rows were measured in slices had none
    return heights is None or not heights.pending()


def measure_stall(engine_kind: str) -> None:
    """In a fresh process: the longest gap and the GUI thread's busiest stretch (ms) from the window
    shown to the comparison on screen with its rows measured, and the seconds that took."""
    from PySide6.QtCore import QEventLoop, QTimer

    from nlp.engine.remote import EngineProcess, LocalEngine

    start = time.perf_counter()
    app, window = _window(EngineProcess() if engine_kind == "process" else LocalEngine())
    meter = GapMeter(5)
    window.show()
    app.processEvents()  # the window is on screen: from here on, every gap is one the person sees
    meter.restart()
    loop = QEventLoop()
    window.comparisonShown.connect(loop.quit)
    QTimer.singleShot(300000, loop.quit)
    window.open_pair(str(OLD), str(NEW))
    loop.exec()
    shown = time.perf_counter() - start
    _until(app, lambda: _rows_measured(window), 30)
    _until(app, lambda: False, 0.2)  # the rows drawn and a little idle time
    meter.stop()
    window.close()
    print(f"{meter.longest_ms():.0f} {meter.busiest_ms():.0f} {shown:.2f}")


class _Replay:
    """An engine process stand-in whose comparison is the long one made beforehand: nothing of the
    model runs in the window's process (the model's preloading is a no-op, as it happens elsewhere)."""

    def __init__(self, comparison):
        self._comparison = comparison

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def call(self, fn, *args, progress=None, cancel=None, **kwargs):
        from nlp.engine import compare

        return self._comparison if fn is compare else None


def replicated(comparison, copies: int):
    """``comparison`` repeated ``copies`` times, paragraph ids made unique: a long comparison whose
    rows are real ones (texts, redlines, signals)."""
    from dataclasses import replace

    from nlp.model.comparison import Comparison

    def doc(d, k):
        return [replace(p, id=f"{k + 1}.{p.id}", parent=f"{k + 1}.{p.parent}" if p.parent else None) for p in d.paragraphs]

    def span(s, k):
        return replace(s, paragraph=f"{k + 1}.{s.paragraph}") if s is not None else None

    def signals(ss, k):
        return tuple(replace(s, old_span=span(s.old_span, k), new_span=span(s.new_span, k)) for s in ss)

    def ids(t, k):
        return tuple(f"{k + 1}.{p}" for p in t)

    old, new, links, added, removed = [], [], [], [], []
    c = comparison
    for k in range(copies):
        old += doc(c.old, k)
        new += doc(c.new, k)
        links += [replace(x, old=ids(x.old, k), new=ids(x.new, k), signals=signals(x.signals, k)) for x in c.links]
        added += [replace(x, new=f"{k + 1}.{x.new}", signals=signals(x.signals, k)) for x in c.added]
        removed += [replace(x, old=f"{k + 1}.{x.old}", signals=signals(x.signals, k)) for x in c.removed]
    return Comparison(replace(c.old, paragraphs=tuple(old)), replace(c.new, paragraphs=tuple(new)), tuple(links),
                      tuple(added), tuple(removed), c.engine, c.meta)


def measure_long(pickled: str) -> None:
    """In a fresh process: the long comparison (pickled beforehand) handed to the window as the engine
    would; longest gap and busiest stretch (ms) until its rows are all measured, and the seconds."""
    import pickle

    from PySide6.QtCore import QEventLoop, QTimer

    with open(pickled, "rb") as f:
        comparison = pickle.load(f)
    app, window = _window(_Replay(comparison))
    window.show()
    app.processEvents()
    meter = GapMeter(5)
    start = time.perf_counter()
    loop = QEventLoop()
    window.comparisonShown.connect(loop.quit)
    QTimer.singleShot(300000, loop.quit)
    window.open_pair(str(OLD), str(NEW))
    loop.exec()
    _until(app, lambda: _rows_measured(window), 120)
    _until(app, lambda: False, 1.0 if not hasattr(window.view, "heights") else 0.2)
    took = time.perf_counter() - start
    meter.stop()
    window.close()
    print(f"{meter.longest_ms():.0f} {meter.busiest_ms():.0f} {took:.2f}")


def _long_pickle(folder: str) -> str:
    import pickle

    sys.path.insert(0, str(ROOT))
    from nlp.engine import compare
    from nlp.readers import read_document

    path = str(Path(folder) / "long.pickle")
    with open(path, "wb") as f:
        pickle.dump(replicated(compare(read_document(OLD), read_document(NEW)), LONG_COPIES), f)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="a checkout of an earlier version, measured beside this one")
    parser.add_argument("--quick", action="store_true", help="the stall and long figures only")
    args = parser.parse_args()
    if not args.quick:
        _start_up()

    trees = [("this version", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    print("longest event-loop gap, wall ms / GUI-thread CPU ms (seconds to the rows on screen); fresh process each:")
    figures: dict[tuple[str, str, bool], list[float]] = {}
    for busy in (False, True):
        for name, root in trees:
            for kind in ("process", "thread"):
                figures[(name, kind, busy)] = f = _fresh(root, f"measure_stall({kind!r})", busy)
                print(f"  {'busy ' if busy else 'quiet'}  {name:13} engine {kind:8} {f[0]:6.0f} ms / {f[1]:4.0f} ms ({f[2]:5.1f} s)",
                      flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        pickled = _long_pickle(tmp)
        for busy in (False, True):
            for name, root in trees:
                figures[(name, "long", busy)] = f = _fresh(root, f"measure_long({pickled!r})", busy)
                print(f"  {'busy ' if busy else 'quiet'}  {name:13} long, {LONG_COPIES * 41} rows  {f[0]:6.0f} ms / {f[1]:4.0f} ms "
                      f"({f[2]:5.1f} s)", flush=True)
    print("ratios (goal: the engine-process gap ≤ 100 ms, quiet and busy):")
    for busy in (False, True):
        machine = "busy " if busy else "quiet"
        p, t = figures[("this version", "process", busy)], figures[("this version", "thread", busy)]
        print(f"  {machine}  engine process / model on a thread: {p[0] / max(t[0], 1):5.2f}")
        if args.before:
            for kind in ("process", "long"):
                now, then = figures[("this version", kind, busy)], figures[("before", kind, busy)]
                print(f"  {machine}  {kind:7} this version / before: gap {now[0] / max(then[0], 1):5.2f}, "
                      f"GUI CPU {now[1] / max(then[1], 1):5.2f}")


def _start_up() -> None:
    """The window on screen, the model loaded behind it, a comparison, and the screenshot command."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer

    from nlp.engine.remote import EngineProcess

    t0 = time.perf_counter()
    app, window = _window(EngineProcess())
    window.show()
    app.processEvents()
    print(f"window shown: {time.perf_counter() - t0:.2f} s after start (imports included)")
    meter = GapMeter(10)

    def wait(signal, timeout_ms: int = 120000) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        start = time.perf_counter()
        loop.exec()
        signal.disconnect(loop.quit)
        return time.perf_counter() - start

    meter.restart()
    took = wait(window.runner.finished)
    print(f"model loaded in the engine's process: {took:.2f} s; longest event-loop gap meanwhile "
          f"{meter.longest_ms():.0f} ms (GUI-thread CPU {meter.busiest_ms():.0f} ms)")
    meter.restart()
    start = time.perf_counter()
    window.open_pair(str(OLD), str(NEW))
    wait(window.comparisonShown)
    _until(app, lambda: _rows_measured(window), 30)
    print(f"comparison 72/1 → 76/7 on screen, rows measured: {time.perf_counter() - start:.2f} s "
          f"({window.model.rowCount()} rows); longest event-loop gap {meter.longest_ms():.0f} ms "
          f"(GUI-thread CPU {meter.busiest_ms():.0f} ms)")
    meter.stop()
    start = time.perf_counter()
    window.navigation.next_change()
    app.processEvents()
    print(f"next change: {(time.perf_counter() - start) * 1000:.0f} ms")
    window.close()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), str(OLD), str(NEW), "--screenshot", str(Path(tmp) / "s.png")],
                       check=True, capture_output=True)
        print(f"screenshot command (fresh process, model load included): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
