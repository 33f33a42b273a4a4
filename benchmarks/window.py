"""How quickly the window answers: prints figures (run: .venv/bin/python benchmarks/window.py).

- window: from QApplication to the main window shown (the spaCy model not yet loaded: it loads
  behind the window, in the engine's process);
- stall: the longest event-loop gap from start to the 72/1 → 76/7 comparison on screen (model load,
  comparison, a correction), with the model in its own process (as the application runs it; goal
  ≤ 100 ms) beside this run's baseline, the model on a thread of the window's process — on a quiet
  machine and with a CPU burner per core beside it (busy);
- rows: laying out every row (rich text of both sides at the window's width), and one next-change step;
- screenshot: the whole `main.py OLD NEW --screenshot` command in a fresh process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OLD = ROOT / "resources" / "samples" / "A_RES_72_1.fr.md"
NEW = ROOT / "resources" / "samples" / "A_RES_76_7.fr.txt"


class GapMeter:
    """The event loop's gaps: a timer that should fire every ``interval_ms`` notes how long it waited."""

    def __init__(self, interval_ms: int):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(interval=interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def restart(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()

    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    def stop(self) -> None:
        self._timer.stop()


def _burners(count: int) -> list[subprocess.Popen]:
    """Processes that keep every core busy, as other programs on a loaded computer would."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def stall(engine_kind: str, busy: bool) -> tuple[float, float]:
    """(longest event-loop gap in ms, seconds until the comparison was on screen), in a fresh process."""
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); " \
           f"import window; window.measure_stall({engine_kind!r})"
    burners = _burners(os.cpu_count() or 1) if busy else []
    try:
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    finally:
        for b in burners:
            b.kill()
    return float(out[-2]), float(out[-1])


def measure_stall(engine_kind: str) -> None:
    """Run in a fresh process by :func:`stall`: prints the longest gap (ms) once the window is shown, and
    the time from start to the rows on screen."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from nlp.engine.remote import EngineProcess, LocalEngine

    app = QApplication([])
    scratch = tempfile.TemporaryDirectory()
    settings = Settings(QSettings(str(Path(scratch.name) / "s.ini"), QSettings.IniFormat))
    meter = GapMeter(5)
    start = time.perf_counter()
    window = MainWindow(settings, engine=EngineProcess() if engine_kind == "process" else LocalEngine())
    window.show()
    app.processEvents()  # the window is on screen: from here on, every gap is one the person sees
    meter.restart()
    loop = QEventLoop()
    window.comparisonShown.connect(loop.quit)
    QTimer.singleShot(300000, loop.quit)
    window.open_pair(str(OLD), str(NEW))
    loop.exec()
    shown = time.perf_counter() - start
    for _ in range(20):  # the rows drawn and a little idle time
        app.processEvents()
        time.sleep(0.01)
    meter.stop()
    window.close()
    print(f"{meter.longest_ms():.0f} {shown:.2f}")


def main() -> None:
    t0 = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import desktop  # noqa: F401
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    app = QApplication([])
    scratch = tempfile.TemporaryDirectory()
    settings = Settings(QSettings(str(Path(scratch.name) / "s.ini"), QSettings.IniFormat))
    from nlp.engine.remote import EngineProcess

    window = MainWindow(settings, engine=EngineProcess())
    window.resize(1600, 1000)
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
          f"{meter.longest_ms():.0f} ms")

    meter.restart()
    start = time.perf_counter()
    window.open_pair(str(OLD), str(NEW))
    wait(window.comparisonShown)
    app.processEvents()
    print(f"comparison 72/1 → 76/7 on screen: {time.perf_counter() - start:.2f} s "
          f"({window.model.rowCount()} rows); longest event-loop gap {meter.longest_ms():.0f} ms")
    meter.stop()

    window.view._delegate.clear()
    start = time.perf_counter()
    window.view.resizeRowsToContents()
    print(f"rows laid out: {(time.perf_counter() - start) * 1000:.0f} ms for {window.model.rowCount()} rows")
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

    print("longest event-loop stall from start to the comparison on screen (fresh process each):")
    print("                      engine process      baseline: model on a thread    ratio")
    for busy in (False, True):
        proc_gap, proc_s = stall("process", busy)
        thread_gap, thread_s = stall("thread", busy)
        print(f"  {'busy ' if busy else 'quiet'} machine       {proc_gap:6.0f} ms ({proc_s:5.1f} s)     "
              f"{thread_gap:6.0f} ms ({thread_s:5.1f} s)             {proc_gap / thread_gap:5.2f}   (goal ≤ 100 ms)")


if __name__ == "__main__":
    main()
