"""Smoke test of the built application: it must answer exactly as the source tree does.

    python packaging/smoke_test.py dist/travaux/travaux

Runs the built executable's `parse` and `compare --format json` on the bundled samples and
`--screenshot` headless, and checks each output equals the source run's (and the PNG is not blank).
Prints the build's size and its cold start times. Exit 0 when all hold.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = SAMPLES / "A_RES_72_1.fr.md", SAMPLES / "A_RES_76_7.fr.txt"


def run(cmd: list[str], timeout: int = 300) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, cwd=ROOT)
    return p, time.perf_counter() - t


def comparable(raw: bytes) -> object:
    data = json.loads(raw)
    data.get("meta", {}).pop("created", None)  # a timestamp, if any, differs between two runs
    return data


def size_of(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def not_blank(png: Path) -> bool:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull() or image.width() < 200:
        return False
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    return len(colours) > 20


def time_to_window(cmd: list[str]) -> float | None:
    """Seconds from launch to the main window mapped on a real X display (needs DISPLAY and xdotool)."""
    import shutil

    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        return None
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    t = time.perf_counter()
    app = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Travaux"],
                               capture_output=True, timeout=60)
        return time.perf_counter() - t if found.returncode == 0 else None
    except subprocess.TimeoutExpired:
        return None
    finally:
        app.terminate()
        app.wait(10)


def main(exe: str) -> int:
    exe_path = Path(exe).resolve()
    source = [sys.executable, str(ROOT / "main.py")]
    built = [str(exe_path)]
    failures: list[str] = []
    print(f"build: {exe_path.parent} — {size_of(exe_path.parent) / 2**20:.0f} MiB")

    for sample in sorted(SAMPLES.glob("*.*")):
        if sample.suffix not in (".md", ".txt", ".xml") or sample.name == "SOURCES.md":
            continue
        a, _ = run(source + ["parse", str(sample), "--format", "json"])
        b, t = run(built + ["parse", str(sample), "--format", "json"])
        same = a.returncode == b.returncode == 0 and comparable(a.stdout) == comparable(b.stdout)
        print(f"parse {sample.name}: {'same' if same else 'DIFFERENT'} ({t:.2f} s)")
        if not same:
            failures.append(f"parse {sample.name}: {b.stderr.decode(errors='replace')[-300:]}")

    a, ta = run(source + ["compare", str(OLD), str(NEW), "--format", "json"])
    b, tb = run(built + ["compare", str(OLD), str(NEW), "--format", "json"])
    same = a.returncode == b.returncode == 0 and comparable(a.stdout) == comparable(b.stdout)
    print(f"compare 72/1 vs 76/7: {'same' if same else 'DIFFERENT'} (source {ta:.2f} s, built {tb:.2f} s cold)")
    if not same:
        failures.append(f"compare: {b.stderr.decode(errors='replace')[-300:]}")

    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "shot.png"
        p, t = run(built + [str(OLD), str(NEW), "--screenshot", str(png)])
        ok = p.returncode == 0 and png.exists() and not_blank(png)
        print(f"screenshot: {'ok' if ok else 'FAILED'} ({t:.2f} s from start to a rendered window with the comparison)")
        if not ok:
            failures.append(f"screenshot: rc={p.returncode} {p.stderr.decode(errors='replace')[-300:]}")

    visible = time_to_window(built)
    if visible is not None:
        print(f"cold start to a visible window (X display {os.environ['DISPLAY']}): {visible:.2f} s")

    p, t = run(built + ["parse", str(ROOT / "missing.txt")])
    one_line = p.returncode == 2 and len(p.stderr.decode().strip().splitlines()) == 1
    print(f"bad input: {'one line, exit 2' if one_line else 'WRONG'}")
    if not one_line:
        failures.append("bad input handling differs in the build")

    for f in failures:
        print("FAIL:", f)
    print("smoke test:", "passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
