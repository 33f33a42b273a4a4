"""How fast the library stores and reopens a comparison, and searches its paragraphs.

    .venv/bin/python benchmarks/library.py

Stores the comparison of A/RES/72/1 with A/RES/76/7 (the bundled samples) in a fresh library,
reopens it the way the window does (open the file, find the stored result for this engine version,
load it), then times searches over a library of the bundled samples plus ``--copies`` synthetic
documents made from them (to see the index at a researcher's scale).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from hashlib import sha256
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.library.store import Library  # noqa: E402
from nlp.model.identity import ComparisonKey  # noqa: E402
from nlp.readers import read_document  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = SAMPLES / "A_RES_72_1.fr.md", SAMPLES / "A_RES_76_7.fr.txt"
QUERIES = ("detresse", "cooperation internationale", "victimes traite", '"États Membres"', "engag*", "prie OR exhorte", "cybercriminalite")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timed(fn, repeat: int = 1):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=300, help="synthetic documents added for the search figures")
    args = parser.parse_args()

    from nlp.engine import compare

    old, new = read_document(OLD), read_document(NEW)
    comparison, t_compare = timed(lambda: compare(old, new))
    print(f"compare A/RES/72/1 → A/RES/76/7 ({len(old)} → {len(new)} paragraphs, engine {comparison.engine}): {ms(t_compare)} (spaCy load included)")
    _, t_again = timed(lambda: compare(old, new), 3)
    print(f"  recompute (model loaded, median of 3):          {ms(t_again)}")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        (library, t_open) = timed(lambda: Library(path))
        print(f"create a library (schema, WAL):                   {ms(t_open)}")
        cid, t_store = timed(lambda: library.save_comparison(comparison))
        print(f"store the comparison (documents, links, result):  {ms(t_store)}")
        _, t_store_again = timed(lambda: library.save_comparison(comparison), 5)
        print(f"  store again (replace, median of 5):             {ms(t_store_again)}")
        library.close()

        def reopen():
            lib = Library(path)
            found = lib.find_comparison(ComparisonKey.of(old, new, comparison.engine, ""))
            loaded = lib.load_comparison(found)
            lib.close()
            return loaded

        (loaded, _), t_reopen = timed(reopen, 5)
        assert loaded == comparison
        print(f"reopen it (open file, find, load; median of 5):   {ms(t_reopen)}  ({t_again / t_reopen:.0f}× faster than recomputing)")
        print(f"  database size: {path.stat().st_size // 1024} KiB")

        library = Library(path)
        samples = []
        for sample in sorted(SAMPLES.iterdir()):
            try:
                samples.append(read_document(sample))
            except Exception as e:  # a reader still being written: benchmark with the others
                print(f"  (skipped {sample.name}: {type(e).__name__}: {e})")
        for doc in samples:
            library.add_document(doc)
        start = time.perf_counter()
        for i in range(args.copies):
            doc = samples[i % len(samples)]
            library.add_document(replace(doc, path=f"copy-{i}-{Path(doc.path).name}", sha256=sha256(f"{i}{doc.sha256}".encode()).hexdigest()))
        t_add = (time.perf_counter() - start) / max(1, args.copies)
        n_docs = len(library.documents())
        n_pars = library._db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        print(f"add a document (about {sum(len(d) for d in samples) // len(samples)} paragraphs): {ms(t_add)} each")
        print(f"search over {n_docs} documents, {n_pars} paragraphs (limit 50, median of 20):")
        for query in QUERIES:
            results, t = timed(lambda query=query: library.search(query), 20)
            print(f"  {query!r:30} {len(results):3} results  {ms(t)}")
        _, t_lists = timed(lambda: (library.documents(), library.comparisons()), 10)
        print(f"list documents and comparisons (panel refresh):   {ms(t_lists)}")
        out = Path(tmp) / "copy.db"
        _, t_export = timed(lambda: library.export(out))
        print(f"export a clean copy ({out.stat().st_size // 1024} KiB):                 {ms(t_export)}")
        library.close()


if __name__ == "__main__":
    main()
