"""How quickly the window answers: prints figures (run: .venv/bin/python benchmarks/window.py).

- window: from QApplication to the main window shown (the spaCy model not yet loaded: it loads
  behind the window, on the worker);
- model: the French model loaded on the worker, while the event loop keeps turning (longest gap);
- comparison: 72/1 → 76/7 opened until its rows are on screen, and the longest event-loop gap meanwhile;
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
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    print(f"window shown: {time.perf_counter() - t0:.2f} s after start (imports included)")

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()

    def wait(signal, timeout_ms: int = 120000) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        start = time.perf_counter()
        loop.exec()
        signal.disconnect(loop.quit)
        return time.perf_counter() - start

    gaps.clear()
    last[0] = time.perf_counter()
    took = wait(window.runner.finished)
    print(f"model loaded on the worker: {took:.2f} s; longest event-loop gap meanwhile {max(gaps, default=0) * 1000:.0f} ms")

    gaps.clear()
    last[0] = time.perf_counter()
    start = time.perf_counter()
    window.open_pair(str(OLD), str(NEW))
    wait(window.comparisonShown)
    app.processEvents()
    print(f"comparison 72/1 → 76/7 on screen: {time.perf_counter() - start:.2f} s "
          f"({window.model.rowCount()} rows); longest event-loop gap {max(gaps, default=0) * 1000:.0f} ms")
    timer.stop()

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


if __name__ == "__main__":
    main()
