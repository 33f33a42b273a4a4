"""How quickly the window answers: prints figures (run: .venv/bin/python benchmarks/window.py).

- window: from QApplication to the main window shown (the spaCy model not yet loaded: it loads
  behind the window, in the engine's process);
- stall: the longest event-loop gap from start to the 72/1 → 76/7 comparison on screen (model load,
  comparison, rows drawn), with the model in its own process (as the application runs it; goal
  ≤ 100 ms) beside this run's baseline, the model on a thread of the window's process — on a quiet
  machine and with a CPU burner per core beside it (busy, the burners niced);
- long: the same for a long comparison (the declaration pair repeated into about 2,000 rows), made
  beforehand and sent to the window by an engine process, until every row is measured;
- with ``--memory N`` (10000 for issue 16's goal): a synthetic pair of N paragraphs (benchmarks/synthetic.py,
  as benchmarks/compare.py makes it) opened in the window through the engine process: peak memory of
  the window's process and of the engine's (goal: both together ≤ 900 MB at 10,000), the longest gap
  and the seconds to the first rows, beside the same figures for the declaration pair;
- with ``--why``: for each gap over 50 ms, the GUI thread's Python stacks sampled in it (benchmarks/gaps.py);
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gaps import GapMeter, StackSampler  # noqa: E402

OLD = ROOT / "resources" / "samples" / "A_RES_72_1.fr.md"
NEW = ROOT / "resources" / "samples" / "A_RES_76_7.fr.txt"
LONG_COPIES = 50  # the 41-row declaration pair repeated: about 2,000 rows


def _burners(count: int) -> list[subprocess.Popen]:
    """Processes that keep every core busy, as other programs on a loaded computer would."""
    # niced, so the burners slow the window the way a busy computer does without starving the other
    # programs on a shared machine (the window still competes with them for every core)
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"], preexec_fn=lambda: os.nice(19))
            for _ in range(count)]


def _fresh(root: Path, call: str, busy: bool, count: int = 3) -> tuple[list[float], list[str]]:
    """Run ``window.<call>`` in a fresh process on the code under ``root``: the ``count`` figures of
    its last line, and the lines it printed before (what ran in the long gaps, with ``--why``)."""
    here = Path(__file__).resolve().parent
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); sys.path.insert(0, {str(here)!r}); "
            f"import window; window.{call}")
    burners = _burners(os.cpu_count() or 1) if busy else []
    try:
        lines = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=root,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.splitlines()
    finally:
        for b in burners:
            b.kill()
    return [float(x) for x in lines[-1].split()[-count:]], lines[:-1]


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
    """Every row's height measured (the measuring starts on a timer once the rows are in the model)."""
    view = window.view
    heights = getattr(view, "heights", None)  # versions before the rows were measured in slices had none
    relayout = getattr(view, "_relayout", None)
    return heights is None or not (heights.pending() or (relayout is not None and relayout.isActive()))


def _comparison_on_screen(app, window, old: str, new: str, meter: GapMeter, every_row: bool = True) -> tuple[float, float]:
    """Open the pair, wait for it: (seconds to its first rows drawn, seconds to every row measured or,
    not ``every_row``, to every row's rich text made and a few seconds of measuring)."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    window.comparisonShown.connect(loop.quit)
    failed = getattr(window, "workFailed", None)
    if failed is not None:  # a failure is the figure's end too, said on stderr
        failed.connect(lambda message: (print(f"failed: {message}", file=sys.stderr), loop.quit()))
    QTimer.singleShot(900000, loop.quit)
    window.open_pair(old, new)
    loop.exec()
    _until(app, lambda: window.view.rowHeight(0) > 0, 5)  # the first turn after: the rows drawn
    first = time.perf_counter() - start
    if every_row:
        _until(app, lambda: _rows_measured(window), 600)
    else:  # thousands of rows are measured for minutes, holding no more memory than the first ones
        _until(app, lambda: getattr(window.model, "rich_ready", lambda i: True)(window.model.rowCount() - 1), 600)
        _until(app, lambda: False, 3.0)
    _until(app, lambda: False, 0.2)  # the rows drawn and a little idle time
    return first, time.perf_counter() - start


def _report(meter: GapMeter, sampler: StackSampler | None, since: float) -> None:
    if sampler is not None:
        sampler.stop()
        print("\n".join(sampler.explain(meter, since=since)))


def measure_stall(engine_kind: str, why: bool = False) -> None:
    """In a fresh process: the longest gap and the GUI thread's busiest stretch (ms) from the window
    shown to the comparison on screen with its rows measured, and the seconds that took."""
    from nlp.engine.remote import EngineProcess, LocalEngine

    start = time.perf_counter()
    app, window = _window(EngineProcess() if engine_kind == "process" else LocalEngine())
    meter = GapMeter(5)
    window.show()
    app.processEvents()  # the window is on screen: from here on, every gap is one the person sees
    sampler = StackSampler() if why else None
    if sampler is not None:
        sampler.start()
    meter.restart()
    _comparison_on_screen(app, window, str(OLD), str(NEW), meter)
    shown = time.perf_counter() - start
    meter.stop()
    _report(meter, sampler, start)
    window.close()
    print(f"{meter.longest_ms():.0f} {meter.busiest_ms():.0f} {shown:.2f}")


def replayed(path: str):
    """In the engine's process: the long comparison made beforehand, instead of computing one."""
    import pickle

    with open(path, "rb") as f:
        return pickle.load(f)


def _replaying_engine(pickled: str):
    """An engine process that answers a comparison with the long one made beforehand: the result
    travels to the window and is received there as in the application; no model is loaded."""
    from nlp.engine import compare
    from nlp.engine.remote import EngineProcess

    class Replaying(EngineProcess):
        def call(self, fn, *args, progress=None, cancel=None, **kwargs):
            if fn is compare:
                return super().call(replayed, pickled, progress=progress, cancel=cancel)
            return None if fn.__name__ == "preload" else super().call(fn, *args, progress=progress, cancel=cancel, **kwargs)

    return Replaying(preload=())


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


def measure_long(pickled: str, why: bool = False) -> None:
    """In a fresh process: the long comparison (pickled beforehand) sent to the window by an engine
    process; longest gap and busiest stretch (ms) until its rows are all measured, and the seconds."""
    app, window = _window(_replaying_engine(pickled))
    window.show()
    app.processEvents()
    meter = GapMeter(5)
    sampler = StackSampler() if why else None
    if sampler is not None:
        sampler.start()
    start = time.perf_counter()
    _, took = _comparison_on_screen(app, window, str(OLD), str(NEW), meter)
    meter.stop()
    _report(meter, sampler, start)
    window.close()
    print(f"{meter.longest_ms():.0f} {meter.busiest_ms():.0f} {took:.2f}")


def measure_memory(old: str, new: str) -> None:
    """In a fresh process: ``old`` → ``new`` opened in the window through the engine process. Peak
    resident memory (MB) of the window's process and of the engine's, the longest gap (ms) from the
    window shown to every row's rich text made (and the first rows measured), and the seconds to the
    first rows drawn."""
    import resource

    from nlp.engine.remote import EngineProcess

    engine = EngineProcess()
    app, window = _window(engine)
    window.show()
    app.processEvents()
    meter = GapMeter(5)
    first, _ = _comparison_on_screen(app, window, old, new, meter, every_row=False)
    meter.stop()
    engine_mb = _peak_mb(engine.pid)
    window.close()
    gui_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{gui_mb:.0f} {engine_mb:.0f} {meter.longest_ms():.0f} {first:.1f}")


def _peak_mb(pid: int | None) -> float:
    """A running process's peak resident memory (Linux's VmHWM), MB; 0 where it cannot be read."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration, ValueError):
        return 0.0


def _long_pickle(folder: str) -> str:
    import pickle

    sys.path.insert(0, str(ROOT))
    from nlp.engine import compare
    from nlp.readers import read_document

    path = str(Path(folder) / "long.pickle")
    with open(path, "wb") as f:
        pickle.dump(replicated(compare(read_document(OLD), read_document(NEW)), LONG_COPIES), f)
    return path


def _synthetic_pair(folder: str, paragraphs: int) -> tuple[str, str]:
    """The synthetic revision pair of ``paragraphs`` paragraphs that benchmarks/compare.py measures too."""
    from synthetic import sentence_pool, synthetic, write_text

    old, new, _ = synthetic(paragraphs, sentence_pool())
    return str(write_text(old, Path(folder) / "old.txt")), str(write_text(new, Path(folder) / "new.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="a checkout of an earlier version, measured beside this one")
    parser.add_argument("--quick", action="store_true", help="the stall and long figures only")
    parser.add_argument("--why", action="store_true", help="what the GUI thread ran in each gap over 50 ms")
    parser.add_argument("--memory", type=int, default=0, metavar="N",
                        help="also open a synthetic pair of N paragraphs (10000 for the goal) in the window")
    parser.add_argument("--only-memory", action="store_true", help="the --memory figures only")
    args = parser.parse_args()
    if not (args.quick or args.only_memory):
        _start_up()
    trees = [("this version", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    if not args.only_memory:
        _stalls(trees, args.why)
    if args.memory:
        _memory(args.memory)


def _stalls(trees: list[tuple[str, Path]], why: bool) -> None:
    print(f"longest event-loop gap, wall ms / GUI-thread CPU ms (seconds to the rows measured); fresh process each; "
          f"load average {_load()}:")
    figures: dict[tuple[str, str, bool], list[float]] = {}

    def run(name: str, root: Path, kind: str, call: str, busy: bool, label: str) -> None:
        f, lines = _fresh(root, call, busy)
        figures[(name, kind, busy)] = f
        print(f"  {'busy ' if busy else 'quiet'}  {name:13} {label:22} {f[0]:6.0f} ms / {f[1]:4.0f} ms ({f[2]:5.1f} s)"
              f"  load {_load()}", flush=True)
        if why and lines:
            print("\n".join(lines))

    for busy in (False, True):
        for name, root in trees:
            for kind in ("process", "thread"):
                run(name, root, kind, f"measure_stall({kind!r}, why={why and kind == 'process'})", busy, f"engine {kind}")
    with tempfile.TemporaryDirectory() as tmp:
        pickled = _long_pickle(tmp)
        for busy in (False, True):
            for name, root in trees:
                run(name, root, "long", f"measure_long({pickled!r}, why={why})", busy, f"long, {LONG_COPIES * 41} rows")
    print("ratios (goal: the engine-process gap ≤ 100 ms, quiet and busy):")
    for busy in (False, True):
        machine = "busy " if busy else "quiet"
        p, t = figures[("this version", "process", busy)], figures[("this version", "thread", busy)]
        print(f"  {machine}  engine process / model on a thread: {p[0] / max(t[0], 1):5.2f}")
        if len(trees) > 1:
            for kind in ("process", "long"):
                now, then = figures[("this version", kind, busy)], figures[("before", kind, busy)]
                print(f"  {machine}  {kind:7} this version / before: gap {now[0] / max(then[0], 1):5.2f}, "
                      f"GUI CPU {now[1] / max(then[1], 1):5.2f}")


def _memory(paragraphs: int) -> None:
    """The pair of ``paragraphs`` paragraphs in the window, beside the declaration pair (the baseline)."""
    print("opened in the window through the engine process (peak memory; goal: both together ≤ 900 MB at 10,000):")
    with tempfile.TemporaryDirectory() as tmp:
        pairs = [("72/1 → 76/7", str(OLD), str(NEW)), (f"{paragraphs:,} paragraphs", *_synthetic_pair(tmp, paragraphs))]
        rows = []
        for name, old, new in pairs:
            f, _ = _fresh(ROOT, f"measure_memory({old!r}, {new!r})", False, count=4)
            rows.append(f)
            print(f"  {name:18} window {f[0]:5.0f} MB + engine {f[1]:5.0f} MB = {f[0] + f[1]:5.0f} MB; longest gap "
                  f"{f[2]:4.0f} ms; first rows after {f[3]:5.1f} s  load {_load()}", flush=True)
    (base, big) = rows
    print(f"  ratios {pairs[1][0]} / declaration: window memory {big[0] / base[0]:.2f}, engine {big[1] / base[1]:.2f}, "
          f"longest gap {big[2] / max(base[2], 1):.2f}, first rows {big[3] / max(base[3], 0.1):.1f}")


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


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
