"""How fast the comparison is: prints figures (run: .venv/bin/python benchmarks/compare.py).

- cold: the command line on 72/1 → 76/7, a fresh process (spaCy model load included);
- warm: compare() in process once the model is loaded and the paragraphs parsed (goal ≤ 0.3 s);
- memory: peak resident size of the process, and the peak Python allocation of one warm comparison;
- scale: synthetic pairs of 100 … 800 paragraphs made from the bundled samples' sentences, with known
  edits (deletions, insertions, moves, rewording): time per paragraph should stay about flat (the
  alignment fills a band and scores candidates, never every pair), and the edits should be found.
"""

from __future__ import annotations

import random
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

from nlp.engine import pipeline  # noqa: E402
from nlp.engine import compare  # noqa: E402
from nlp.engine.align.features import sentence_starts  # noqa: E402
from nlp.model.comparison import accounted_once  # noqa: E402
from nlp.model.document import Document, Paragraph  # noqa: E402
from nlp.readers import read_document  # noqa: E402

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


def sentence_pool() -> list[str]:
    pool: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".md", ".txt", ".xml"):
            continue
        try:
            doc = read_document(path)
        except Exception:  # a reader still missing for this format: use the others
            continue
        if doc.language != "fr":
            continue
        for p in doc:
            starts = sentence_starts(p.text) + [len(p.text)]
            pool += [p.text[a:b].strip() for a, b in zip(starts, starts[1:]) if len(p.text[a:b].split()) >= 8]
    return list(dict.fromkeys(pool))


def synthetic(n: int, pool: list[str], seed: int = 7):
    """An old text of n paragraphs and a revised new text, with the truth of what became what."""
    rng = random.Random(seed)
    texts = []
    seen = set()
    while len(texts) < n + n // 10:
        a, b = rng.sample(range(len(pool)), 2)
        if (a, b) not in seen:
            seen.add((a, b))
            texts.append(pool[a] + " " + pool[b])
    old_texts, spare = texts[:n], texts[n:]
    new: list[tuple[str, int | None]] = [(t, i) for i, t in enumerate(old_texts)]  # (text, old index)
    deleted = set(rng.sample(range(n), n // 30))
    new = [x for x in new if x[1] not in deleted]
    for t in spare[: n // 30]:  # insertions
        new.insert(rng.randrange(len(new)), (t, None))
    for _ in range(max(1, n // 100)):  # moves far away
        item = new.pop(rng.randrange(len(new)))
        new.insert(rng.randrange(len(new)), item)
    reworded = 0
    for k in rng.sample(range(len(new)), n // 10):
        text, src = new[k]
        words = text.split()
        for _ in range(3):
            words.pop(rng.randrange(len(words)))
        new[k] = (" ".join(words), src)
        reworded += 1
    old_doc = Document("old.txt", "text", "fr", tuple(Paragraph(str(i + 1), "operative", t) for i, t in enumerate(old_texts)))
    new_doc = Document("new.txt", "text", "fr", tuple(Paragraph(str(k + 1), "operative", t) for k, (t, _) in enumerate(new)))
    truth = {(str(src + 1), str(k + 1)) for k, (_, src) in enumerate(new) if src is not None}
    return old_doc, new_doc, truth


def main() -> None:
    print(f"cold CLI 72/1 → 76/7: {cold_cli():.2f} s (new process, model load included)")
    first, median, best, peak = warm()
    print(f"in process 72/1 → 76/7: first {first:.2f} s (model load + parse), "
          f"warm {median * 1000:.0f} ms median of 9 (best {best * 1000:.0f} ms)")
    print(f"warm comparison peak Python allocation: {peak:.1f} MiB")
    pool = sentence_pool()
    print(f"synthetic pairs from {len(pool)} sample sentences:")
    print("  paragraphs   parse s   align s   ms/paragraph   precision   recall")
    for n in (100, 200, 400, 800):
        old, new, truth = synthetic(n, pool)
        t = time.perf_counter()
        pipeline.parse([p.text for p in (*old, *new)], "fr")
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
