"""How provenance holds up on a large library: import throughput, database size, time to trace a draft.

    .venv/bin/python benchmarks/provenance.py            # 1,000 documents (about 50,000 paragraphs)
    .venv/bin/python benchmarks/provenance.py --full     # 10,000 documents (about 500,000 paragraphs)

Documents are generated from the bundled French samples' paragraphs with variation (words replaced,
dropped or added, paragraphs mixed from several texts, a symbol and an adoption date each), and
stored in batches as ``library import`` stores them. At each checkpoint (100, 1,000 and, with
``--full``, 10,000 documents) the benchmark traces a 100-paragraph draft (40 paragraphs copied from
library documents, 40 edited, 20 new) and prints:

- the index part alone (candidates from the wording index, and scoring them), beside the same run's
  baseline: scoring every paragraph of the library (a scan), timed on a few draft paragraphs and
  scaled to 100;
- the whole trace (index, scoring, and the engine's diff and label of each source), the model
  loaded, first for a draft never seen, then again (warm: the engine's parses are cached).

Each time is given as wall-clock and as CPU seconds of this process (the machine may be shared).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from hashlib import sha256
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.library.store import Library  # noqa: E402
from nlp.model.document import Document, Paragraph  # noqa: E402
from nlp.provenance import trace  # noqa: E402
from nlp.provenance.score import Wording  # noqa: E402
from nlp.readers import read_document  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
PARAGRAPHS_PER_DOCUMENT = 50
BATCH = 100


def paragraph_pool() -> list[str]:
    pool: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".md", ".txt", ".xml"):
            continue
        try:
            doc = read_document(path)
        except Exception:  # a file the readers do not take: benchmark with the others
            continue
        if doc.language == "fr":
            pool += [p.text for p in doc if len(p.text.split()) >= 6]
    return list(dict.fromkeys(pool))


def vary(text: str, rng: random.Random, vocabulary: list[str], rate: float) -> str:
    """The text with about ``rate`` of its words replaced, dropped or doubled by another word."""
    out = []
    for word in text.split():
        r = rng.random()
        if r < rate / 3:
            out.append(rng.choice(vocabulary))
        elif r < 2 * rate / 3:
            continue
        elif r < rate:
            out += [word, rng.choice(vocabulary)]
        else:
            out.append(word)
    return " ".join(out) or text


def generated(n: int, pool: list[str], vocabulary: list[str], seed: int, start: int = 0):
    """Documents start..start+n-1: a run of paragraphs from the pool, each varied a little."""
    for i in range(start, start + n):
        rng = random.Random(seed * 1_000_003 + i)
        first = rng.randrange(len(pool))
        texts = [vary(pool[(first + k * rng.choice((1, 1, 1, 7))) % len(pool)], rng, vocabulary, rng.choice((0.0, 0.05, 0.15)))
                 for k in range(PARAGRAPHS_PER_DOCUMENT)]
        year = 2000 + i % 26
        symbol = f"A/RES/{year - 1945}/{1000 + i}"
        yield Document(
            path=f"generated-{i}.txt", format="text", language="fr", symbol=symbol,
            adopted=f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            sha256=sha256(f"{seed}:{i}".encode()).hexdigest(),
            paragraphs=tuple(Paragraph(str(k + 1), "operative", t) for k, t in enumerate(texts)),
        )


def draft_of(library: Library, n_docs: int, pool: list[str], vocabulary: list[str], seed: int) -> Document:
    rng = random.Random(seed)
    texts = []
    for kind in ["copied"] * 40 + ["edited"] * 40 + ["new"] * 20:
        if kind == "new":
            words = rng.sample(vocabulary, 30)
            texts.append(" ".join(words).capitalize() + ".")
            continue
        doc_index = rng.randrange(n_docs)
        row = library._db.execute(
            "SELECT p.text FROM paragraphs p JOIN documents d ON d.sha256 = p.document WHERE d.path = ? AND p.pid = ?",
            [f"generated-{doc_index}.txt", str(1 + rng.randrange(PARAGRAPHS_PER_DOCUMENT))],
        ).fetchone()
        texts.append(row[0] if kind == "copied" else vary(row[0], rng, vocabulary, 0.2))
    return Document(path=f"draft-{seed}.txt", format="text", language="fr", symbol=f"A/80/L.{seed}", status="draft",
                    paragraphs=tuple(Paragraph(str(k + 1), "operative", t) for k, t in enumerate(texts)))


def index_only(library: Library, draft: Document) -> tuple[float, float]:
    """What trace does before the engine judges: candidates from the index, scored, best per document
    (wall and CPU seconds)."""
    from nlp.library.store import document_key
    from nlp.provenance.trace import _best_per_document

    start, cpu = time.perf_counter(), time.process_time()
    own = document_key(draft)
    texts = [p.text for p in draft]
    for p, found in zip(draft, library.candidates_of_many(texts, exclude=(own,))):
        _best_per_document(draft, found, Wording(p.text))
    return time.perf_counter() - start, time.process_time() - cpu


def timed(work) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result) of ``work()``."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - start, time.process_time() - cpu, result


def scan(library: Library, draft: Document, sample: int = 3) -> float:
    """The baseline: every paragraph of the library read and scored, for ``sample`` draft paragraphs,
    scaled to the whole draft (CPU seconds)."""
    start = time.process_time()
    mine = [Wording(p.text) for p in draft.paragraphs[:sample]]
    for (text,) in library._db.execute("SELECT text FROM paragraphs"):
        theirs = Wording(text)
        for m in mine:
            m.similarity(theirs)
    return (time.process_time() - start) * len(draft) / sample


def size_mib(path: Path) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="go on to 10,000 documents (about 500,000 paragraphs)")
    parser.add_argument("--docs", type=int, default=None, help="the largest library (default 1,000; 10,000 with --full)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--folder", help="where to build the library (default: a temporary folder)")
    args = parser.parse_args()
    largest = args.docs or (10_000 if args.full else 1_000)
    checkpoints = [n for n in (100, 1_000, 10_000) if n < largest] + [largest]

    pool = paragraph_pool()
    vocabulary = sorted({w for t in pool for w in t.split() if w.isalpha() and len(w) > 3})
    print(f"load average when starting: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores "
          "(wall-clock figures stretch on a busy machine; CPU seconds of this process hold)")
    print(f"pool: {len(pool)} sample paragraphs, {len(vocabulary)} words; {PARAGRAPHS_PER_DOCUMENT} paragraphs a document")

    from nlp.engine import pipeline

    start = time.perf_counter()
    pipeline.load("fr")
    print(f"spaCy model loaded in {time.perf_counter() - start:.1f} s (once per process, not counted below)")

    with tempfile.TemporaryDirectory(dir=args.folder) as tmp:
        path = Path(tmp) / "library.sqlite"
        library = Library(path)
        done, import_seconds, import_cpu, rows = 0, 0.0, 0.0, []
        for target in checkpoints:
            while done < target:
                batch = list(generated(min(BATCH, target - done), pool, vocabulary, args.seed, done))
                start, cpu = time.perf_counter(), time.process_time()  # generating documents is not importing
                library.add_documents(batch)
                import_seconds += time.perf_counter() - start
                import_cpu += time.process_time() - cpu
                done += len(batch)
            n_pars = library._db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
            n_prints = library._db.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
            mib = size_mib(path)
            draft = draft_of(library, done, pool, vocabulary, args.seed + done)
            indexed = [index_only(library, draft) for _ in range(3)]
            t_index, c_index = statistics.median(w for w, _ in indexed), statistics.median(c for _, c in indexed)
            c_scan = scan(library, draft)
            t_first, c_first, result = timed(lambda: trace(draft, library))  # noqa: B023 (called at once)
            t_warm, c_warm, _ = timed(lambda: trace(draft, library))  # noqa: B023
            counts = result.counts()
            print(f"\n{done:,} documents, {n_pars:,} paragraphs, {n_prints:,} fingerprints")
            print(f"  import:            {done / import_seconds:,.0f} documents/s wall, {done / import_cpu:,.0f} documents/s "
                  f"of CPU ({n_pars / import_cpu:,.0f} paragraphs/s of CPU) so far")
            print(f"  database:          {mib:,.1f} MiB ({mib * 2**20 / n_pars:,.0f} bytes a paragraph)")
            print(f"  index + score:     {t_index:.2f} s wall, {c_index:.2f} s CPU for 100 paragraphs (median of 3)")
            print(f"  baseline scan:     {c_scan:.1f} s CPU for 100 paragraphs (scaled from 3)  → index {c_scan / c_index:,.0f}× less CPU")
            print(f"  whole trace:       first time {t_first:.2f} s wall ({c_first:.2f} s CPU); warm {t_warm:.2f} s wall "
                  f"({c_warm:.2f} s CPU)  (goal: under 2 s warm)")
            print(f"  statuses:          {counts['verbatim']} verbatim, {counts['edited']} edited, {counts['new']} new "
                  f"(drafted as 40 copied, 40 edited, 20 new)")
            rows.append((done, c_index, c_warm, mib))
        library.close()
    if len(rows) > 1:
        print("\ngrowth (documents ×, index CPU ×, warm trace CPU ×, size ×):")
        for (n0, i0, w0, m0), (n1, i1, w1, m1) in zip(rows, rows[1:]):
            print(f"  {n0:,} → {n1:,}: ×{n1 / n0:.0f} documents, index ×{i1 / i0:.1f}, trace ×{w1 / w0:.1f}, size ×{m1 / m0:.1f}")


if __name__ == "__main__":
    main()
