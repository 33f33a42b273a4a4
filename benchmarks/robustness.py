"""Hostile input, measured: the worst time and memory of ``main.py parse`` over a large seeded fuzz.

Run: .venv/bin/python benchmarks/robustness.py [--cases 2000] [--seed 20]

Every case is a valid seed file (one per reader, built in code) mutated by a generator seeded with
the case's number (tests/safety/fuzz.py), plus named hostile files (huge list starts, a billion
spaces, two parts of one name, an unnumbered annex). They run one after another in one worker
process under an address-space limit, each under a time limit; per case the peak resident memory is
reset and read (VmHWM). Printed: outcomes, the worst cases by time and by memory, and the same
figures for the unmutated seeds (the baseline of this run) with their ratios.
Goal (issue 20): every case under 30 s and 1.5 GB, each exit 0 or exit 2 with one line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.safety.fuzz import Result, run_cases, seeds, write_cases  # noqa: E402

GOAL_S = 30.0
GOAL_MB = 1536.0
MEMORY_LIMIT_MB = 6144  # the worker's address space: a runaway case fails rather than swap


def named_cases(folder: Path) -> list[Path]:
    from tests.safety.builders import PARA, docx_list, odt, odt_list, with_duplicate

    files = {
        "huge-start.html": f'<html><body><ol type="i" start="999999999999"><li>{PARA}.</li></ol></body></html>'.encode(),
        "huge-start.docx": docx_list(3, start="999999999999", fmt="lowerRoman"),
        "huge-start.odt": odt_list(3, start="999999999999", fmt="i"),
        "huge-levels.odt": odt_list(3, display="999999999"),
        "billion-spaces.odt": odt(f'<text:p>1. {PARA}<text:s text:c="999999999"/>.</text:p>'),
        "twice.docx": with_duplicate(docx_list(2), "word/document.xml", b"<x/>", first=True),
        "unnumbered-annex.txt": _unnumbered_annex(),
    }
    paths = []
    for name, data in files.items():
        path = folder / f"named-{name}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def _unnumbered_annex() -> bytes:
    import re

    text = (ROOT / "resources" / "samples" / "A_RES_76_7.fr.txt").read_text(encoding="utf-8")
    return re.sub(r"(?m)^\d{1,2}\. ", "", text).encode()


def _row(r: Result) -> str:
    return f"  {r.name:<40} exit {r.rc}  {r.seconds:7.2f} s  {r.peak_mb:7.0f} MB  {r.stderr.strip()[:70]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--case-timeout", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base_dir = folder / "baseline"
        base_dir.mkdir()
        baseline_paths = []
        for name, data in seeds().items():
            (base_dir / name).write_bytes(data)
            baseline_paths.append(base_dir / name)
        fuzz_dir = folder / "fuzz"
        fuzz_dir.mkdir()
        paths = write_cases(fuzz_dir, args.cases, seed=args.seed) + named_cases(fuzz_dir)
        start = time.monotonic()
        baseline = run_cases(baseline_paths, case_timeout=args.case_timeout, memory_limit_mb=MEMORY_LIMIT_MB, total_timeout=600)
        results = run_cases(paths, case_timeout=args.case_timeout, memory_limit_mb=MEMORY_LIMIT_MB, total_timeout=24 * 3600)
        wall = time.monotonic() - start
    bad = [r for r in results if not r.ok]
    worst_t = max(results, key=lambda r: r.seconds)
    worst_m = max(results, key=lambda r: r.peak_mb)
    base_t = max(r.seconds for r in baseline)
    base_m = max(r.peak_mb for r in baseline)
    outcomes = Counter(r.rc for r in results)
    print(f"robustness: {len(results)} hostile cases ({args.cases} mutations, seed {args.seed}, + {len(results) - args.cases} named) in {wall:.0f} s")
    print(f"  outcomes: {outcomes[0]} read (exit 0), {outcomes[2]} refused in one line (exit 2), {len(bad)} breaking the contract")
    ratio = worst_t.seconds / max(base_t, 1e-3)
    print(f"  worst time:   {worst_t.seconds:7.2f} s   (baseline, unmutated seeds: {base_t:.2f} s; ratio {ratio:.1f}x; goal < {GOAL_S:.0f} s)")
    print(f"  worst memory: {worst_m.peak_mb:7.0f} MB  (baseline: {base_m:.0f} MB; ratio {worst_m.peak_mb / max(base_m, 1):.2f}x; goal < {GOAL_MB:.0f} MB)")
    by_format: dict[str, list[Result]] = {}
    for r in results:
        by_format.setdefault(r.name.rsplit(".", 1)[-1], []).append(r)
    print("  by format (cases, worst s, worst MB):")
    for fmt, rs in sorted(by_format.items()):
        print(f"    {fmt:<5} {len(rs):5d} {max(r.seconds for r in rs):8.2f} {max(r.peak_mb for r in rs):8.0f}")
    print("  slowest:")
    for r in sorted(results, key=lambda r: -r.seconds)[:5]:
        print(_row(r))
    print("  named hostile files:")
    for r in results:
        if r.name.startswith("named-"):
            print(_row(r))
    if bad:
        print("  contract broken by:")
        for r in bad[:20]:
            print(_row(r))
    met = not bad and worst_t.seconds < GOAL_S and worst_m.peak_mb < GOAL_MB
    print(f"  goal {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
