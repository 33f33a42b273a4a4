"""How fast the comparison is: prints figures (run: .venv/bin/python benchmarks/compare.py).

- cold: the command line on 72/1 → 76/7, a fresh process (spaCy model load included);
- warm: compare() in process once the model is loaded and the paragraphs parsed (goal ≤ 0.3 s);
- memory: peak resident size of the process, and the peak Python allocation of one warm comparison;
- long: synthetic pairs of 500 … 10,000 paragraphs compared by the command line in a fresh process
  (CPU seconds and peak resident memory, goal ≤ 25 s and ≤ 600 MB at 10,000), beside this run's
  baseline: the same command on a two-paragraph pair (start-up and model load), so growth and memory
  per paragraph are read net of it;
- scale: synthetic pairs of 100 … 800 paragraphs made from the bundled samples' sentences, with known
  edits (deletions, insertions, moves, rewording): time per paragraph should stay about flat (the
  alignment fills a band and scores candidates, never every pair), and the edits should be found.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py runs the model, set before NumPy loads

from nlp.engine import compare, pipeline  # noqa: E402
from nlp.model.comparison import accounted_once  # noqa: E402
from nlp.readers import read_document  # noqa: E402

from synthetic import real_long_pair, sentence_pool, synthetic, write_text  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = SAMPLES / "A_RES_72_1.fr.md", SAMPLES / "A_RES_76_7.fr.txt"


def cold_cli() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "compare", str(OLD), str(NEW), "--format", "json",
                        "-o", str(Path(tmp) / "out.json")], check=True, cwd=ROOT)
        return time.perf_counter() - t


def warm() -> tuple[float, float, float, float]:
    old, new = read_document(OLD), read_document(NEW)
    t = time.perf_counter()
    compare(old, new)  # loads the model and parses the paragraphs
    first = time.perf_counter() - t
    runs = []
    for _ in range(9):
        t = time.perf_counter()
        compare(old, new)
        runs.append(time.perf_counter() - t)
    tracemalloc.start()
    compare(old, new)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return first, statistics.median(runs), min(runs), peak / 2**20


# A process started from this one would report this one's resident size as its own peak when that is
# larger (Linux keeps the high-water mark of the memory a child was forked with across exec): the
# command line is started by a small launcher, which reports its child's figures.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(proc.pid, 0)
err = proc.stderr.read().decode() if proc.stderr else ''
print(os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, err.replace(chr(10), ' '))
"""


def _cli_run(args: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak resident MiB of one command-line run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _LAUNCHER, sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    code, cpu, rss, err = (out.split(" ", 3) + [""])[:4]
    if int(code) != 0:
        raise SystemExit(f"compare failed: {err}")
    return float(cpu), float(rss)


def long_pairs(pool: list[str], sizes: tuple[int, ...]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def run(old, new) -> tuple[float, float]:
            a, b = write_text(old, folder / "old.txt"), write_text(new, folder / "new.txt")
            return _cli_run(["compare", str(a), str(b), "--format", "json", "-o", str(folder / "out.json")])

        base_old, base_new, _ = synthetic(2, pool, seed=3)
        base_cpu, base_rss = run(base_old, base_new)
        print(f"baseline (2 paragraphs: start-up and model load): {base_cpu:.1f} s CPU, {base_rss:.0f} MiB peak")
        print("  paragraphs   CPU s   × baseline   net ms/paragraph   peak MiB   net KiB/paragraph")
        first_rate = None
        for n in sizes:
            old, new, _ = synthetic(n, pool)
            cpu, rss = run(old, new)
            rate = 1000 * (cpu - base_cpu) / n
            first_rate = first_rate or rate
            print(f"  {n:>10}   {cpu:5.1f}   {cpu / base_cpu:10.2f}   {rate:16.2f}   {rss:8.0f}   "
                  f"{1024 * (rss - base_rss) / n:17.1f}")
        print(f"  growth of the net cost per paragraph from {sizes[0]} to {sizes[-1]}: × {rate / first_rate:.2f} "
              "(≤ 1: linear or better)")


def model_floor(n: int, pool: list[str], sample: int = 150) -> None:
    """What the model's reading alone costs in the n-paragraph pair: the texts it must read with the whole
    pipeline (those not found word for word in the other version: changed, added, removed), times the
    CPU per text measured here on some of them. No comparison that parses what changed costs less."""
    from nlp.engine.align.features import shared_keys
    from nlp.model.textnorm import fold

    old, new, _ = synthetic(n, pool)
    shared = shared_keys((old, new))
    read = list(dict.fromkeys(p.text for d in (old, new) for p in d if fold(p.text) not in shared))
    pipeline.load("fr")
    chosen = read[:: max(1, len(read) // sample)][:sample]
    list(pipeline.read(chosen[:8], "fr"))  # warm
    t = time.process_time()
    list(pipeline.read(chosen, "fr"))
    per_text = (time.process_time() - t) / len(chosen)
    tokens = sum(len(t.split()) for t in chosen) / len(chosen)
    print(f"  the model reads {len(read):,} of the {len(old) + len(new):,} paragraphs at {n:,} (those that changed), "
          f"{per_text * 1000:.1f} ms CPU each (about {tokens:.0f} words; measured on {len(chosen)}): "
          f"{per_text * len(read):.1f} s CPU for the model's reading alone")


def main() -> None:
    print(f"cold CLI 72/1 → 76/7: {cold_cli():.2f} s (new process, model load included)")
    first, median, best, peak = warm()
    print(f"in process 72/1 → 76/7: first {first:.2f} s (model load + parse), "
          f"warm {median * 1000:.0f} ms median of 9 (best {best * 1000:.0f} ms)")
    print(f"warm comparison peak Python allocation: {peak:.1f} MiB")
    old, new = real_long_pair()
    base = time.process_time()
    compare(read_document(OLD), read_document(NEW))
    base = time.process_time() - base
    t = time.process_time()
    compare(old, new)
    first = time.process_time() - t
    t = time.process_time()
    compare(old, new)
    again = time.process_time() - t
    print(f"real revisions end to end, {len(old)} → {len(new)} paragraphs (five UN series): first {first:.2f} s CPU "
          f"(× {first / base:.1f} the warm 72/1 → 76/7 baseline of this run, {base * 1000:.0f} ms), again {again:.2f} s")
    pool = sentence_pool()
    sizes = tuple(int(x) for x in os.environ.get("TRAVAUX_BENCH_SIZES", "500,2000,10000").split(","))
    print(f"long pairs from {len(pool)} sample sentences (command line, fresh process each):")
    long_pairs(pool, sizes)
    model_floor(sizes[-1], pool)
    print(f"synthetic pairs from {len(pool)} sample sentences:")
    print("  paragraphs   parse s   align s   ms/paragraph   precision   recall")
    for n in (100, 200, 400, 800):
        old, new, truth = synthetic(n, pool)
        t = time.perf_counter()
        list(pipeline.tag([p.text for p in (*old, *new)], "fr"))
        parse_s = time.perf_counter() - t
        t = time.perf_counter()
        c = compare(old, new)
        align_s = time.perf_counter() - t
        assert accounted_once(c) == []
        got = {(o, w) for l in c.links for o in l.old for w in l.new}
        precision = len(got & truth) / len(got) if got else 0.0
        recall = len(got & truth) / len(truth)
        print(f"  {n:>10}   {parse_s:7.2f}   {align_s:7.2f}   {1000 * align_s / n:12.2f}   {precision:9.3f}   {recall:6.3f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {rss:.0f} MiB (spaCy model included)")


if __name__ == "__main__":
    main()
