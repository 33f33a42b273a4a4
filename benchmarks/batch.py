"""Batch speed on Dask: the same pairs on one worker, then on two, beside each other.

    .venv/bin/python benchmarks/batch.py [--corpus ../shared/corpus/akn] [--pairs 40]

Pairs come from the corpus series (each version with the next, then with the one after, until there
are enough). For 1 and 2 workers it prints: the cluster's start (each worker loads the models and the
engine's data once: not counted in the pairs' time), pairs per second and the speed-up (goal ≥ 1.7 on
a 2-core machine), the workers' CPU seconds per pair (the same work whatever their number: on a shared
machine, CPU says what wall-clock cannot), the peak memory of each worker (its maximum resident set),
and the client's own cost per pair: CPU of storing in SQLite and of the changes rows, and CPU of the
whole client process (with a LocalCluster the scheduler runs there too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.batch import cluster, run  # noqa: E402
from nlp.batch.plan import Pair, consecutive_pairs  # noqa: E402
from nlp.library.store import Library  # noqa: E402
from nlp.readers import read_document  # noqa: E402


def pairs_of(corpus: Path, wanted: int) -> list[Pair]:
    files = sorted(str(p) for p in corpus.rglob("*.xml"))
    documents = {name: read_document(name) for name in files}
    steps = consecutive_pairs(documents)
    series: dict[str, list[str]] = {}
    for p in steps:
        series.setdefault(p.series, [p.old]).append(p.new)
    pairs = list(steps)
    gap = 2
    while len(pairs) < wanted and any(len(v) > gap for v in series.values()):
        pairs += [Pair(s, v[k], v[k + gap]) for s, v in series.items() for k in range(len(v) - gap)]
        gap += 1
    return pairs[:wanted]


def worker_usage() -> tuple[float, float]:
    """(CPU seconds so far, peak resident MB) of this worker process."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


@dataclass
class Figures:
    start: float  # s, cluster up and every worker's models loaded
    wall: float  # s, the batch
    pairs: int
    worker_cpu: float  # s, all workers together, during the batch
    peaks: list[float]  # MB, each worker
    store_cpu: float  # s, the client storing (SQLite) and tabulating
    client_cpu: float  # s, the client process during the batch (with a LocalCluster's scheduler)


def measure(manifest: Path, workers: int) -> Figures:
    store_cpu = [0.0]
    originals = run.keep_all, run.changes.rows

    def timed(fn):
        def wrapper(*args, **kwargs):
            t = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                store_cpu[0] += time.thread_time() - t
        return wrapper

    run.keep_all, run.changes.rows = timed(run.keep_all), timed(run.changes.rows)
    try:
        with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "library.sqlite") as library:
            t0 = time.perf_counter()
            client = cluster.connect(None, workers, ("fr", "en"))  # returns once every worker has run the plugin
            client.wait_for_workers(workers)
            started = time.perf_counter() - t0
            try:
                before = client.run(worker_usage)
                t1, c1 = time.perf_counter(), time.process_time()
                outcome = run.run_batch(manifest, library, client, say=lambda line: print(line, file=sys.stderr))
                wall, client_cpu = time.perf_counter() - t1, time.process_time() - c1
                after = client.run(worker_usage)
            finally:
                cluster.close(client)
    finally:
        run.keep_all, run.changes.rows = originals
    return Figures(started, wall, outcome.computed, sum(after[w][0] - before[w][0] for w in after),
                   sorted(after[w][1] for w in after), store_cpu[0], client_cpu)


def default_corpus() -> Path:
    """The shared corpus's Akoma Ntoso series, beside the repository (a worktree is one level deeper)."""
    for folder in (ROOT, *ROOT.parents):
        candidate = folder / "shared" / "corpus" / "akn"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "corpus" / "akn"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="a folder of series (default: ../shared/corpus/akn)")
    parser.add_argument("--pairs", type=int, default=40)
    args = parser.parse_args()
    corpus = args.corpus or default_corpus()
    pairs = pairs_of(corpus, args.pairs)
    print(f"load average when starting: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores "
          "(pairs/s and the speed-up are wall-clock: run on a quiet machine; CPU figures hold on a busy one)")
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "pairs.csv"
        manifest.write_text("old,new\n" + "".join(f"{p.old},{p.new}\n" for p in pairs), encoding="utf-8")
        print(f"{len(pairs)} pairs from {corpus}")
        rates = {}
        for workers in (1, 2):
            f = measure(manifest, workers)
            done = max(1, f.pairs)
            rates[workers] = f.pairs / f.wall
            print(f"{workers} worker{'s' if workers > 1 else ' '}: start {f.start:5.1f} s (models loaded), {f.pairs} pairs in "
                  f"{f.wall:6.1f} s = {rates[workers]:.2f} pairs/s; workers' CPU {f.worker_cpu / done:.2f} s per pair; "
                  f"peak memory per worker {', '.join(f'{p:.0f} MB' for p in f.peaks)}")
            print(f"           client per pair: storing and tabulating {f.store_cpu / done * 1000:.0f} ms CPU, whole client "
                  f"process {f.client_cpu / done * 1000:.0f} ms CPU (scheduler included)")
        print(f"speed-up 2 workers / 1 worker: {rates[2] / rates[1]:.2f} (goal ≥ 1.7 on a 2-core machine)")


if __name__ == "__main__":
    main()
