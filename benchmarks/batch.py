"""Batch speed on Dask: the same pairs on one worker, then on two, beside each other.

    .venv/bin/python benchmarks/batch.py [--corpus ../shared/corpus/akn] [--pairs 40]

Pairs come from the corpus series (each version with the next, then with the one after, until there
are enough). Prints, for 1 and 2 workers: the cluster's start (each worker loads the model once),
pairs per second, the speed-up (goal ≥ 1.7 on a 2-core machine), the peak memory of each worker
(its maximum resident set) and the client's own time per pair (storing in SQLite, the changes rows).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
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


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(manifest: Path, workers: int) -> tuple[float, float, list[float], float, int]:
    """(start s, batch s, peak MB per worker, client s per pair, pairs)."""
    client_time = [0.0]
    keep = run.keep

    def timed_keep(*args, **kwargs):
        t = time.perf_counter()
        try:
            return keep(*args, **kwargs)
        finally:
            client_time[0] += time.perf_counter() - t

    run.keep = timed_keep
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "library.sqlite") as library:
        t0 = time.perf_counter()
        client = cluster.connect(None, workers, ("fr", "en"))
        client.wait_for_workers(workers)
        client.run(lambda: None)  # every worker up, its plugin run (the model loaded)
        started = time.perf_counter() - t0
        try:
            t1 = time.perf_counter()
            outcome = run.run_batch(manifest, library, client, say=lambda line: print(line, file=sys.stderr))
            elapsed = time.perf_counter() - t1
            peaks = sorted(client.run(peak_rss_mb).values())
        finally:
            cluster.close(client)
    run.keep = keep
    return started, elapsed, peaks, client_time[0] / max(1, outcome.computed), outcome.computed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "akn")
    parser.add_argument("--pairs", type=int, default=40)
    args = parser.parse_args()
    pairs = pairs_of(args.corpus, args.pairs)
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "pairs.csv"
        manifest.write_text("old,new\n" + "".join(f"{p.old},{p.new}\n" for p in pairs), encoding="utf-8")
        print(f"{len(pairs)} pairs from {args.corpus}")
        rates = {}
        for workers in (1, 2):
            started, elapsed, peaks, overhead, done = measure(manifest, workers)
            rates[workers] = done / elapsed
            print(f"{workers} worker{'s' if workers > 1 else ' '}: start {started:5.1f} s, {done} pairs in {elapsed:6.1f} s "
                  f"= {rates[workers]:.2f} pairs/s; peak memory per worker {', '.join(f'{p:.0f} MB' for p in peaks)}; "
                  f"client {overhead * 1000:.0f} ms per pair")
        print(f"speed-up 2 workers / 1 worker: {rates[2] / rates[1]:.2f} (goal ≥ 1.7 on a 2-core machine)")


if __name__ == "__main__":
    main()
