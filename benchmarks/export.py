"""How long each export takes: prints figures (run: .venv/bin/python benchmarks/export.py).

The comparison of 72/1 → 76/7 is computed once; then each format is rendered and written atomically
(``nlp.export.export``, the path the command line and the window share) several times, and the best
and median times, the output size and the number of progress reports are printed. A scaled case
repeats the comparison's entries ×10 (about ten times a long resolution) to show how each grows.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.export import export  # noqa: E402
from nlp.model.comparison import Comparison  # noqa: E402
from nlp.model.document import Document, Paragraph  # noqa: E402
from nlp.service import open_comparison  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = SAMPLES / "A_RES_72_1.fr.md", SAMPLES / "A_RES_76_7.fr.txt"
FORMATS = ("json", "html", "docx", "pdf", "csv", "xlsx")


def scaled(c: Comparison, times: int) -> Comparison:
    """The comparison repeated: every paragraph id suffixed per copy, links, added and removed alike."""

    def doc(d: Document) -> Document:
        paras = tuple(
            Paragraph(f"{p.id}~{k}", p.kind, p.text, p.lead, p.footnotes, f"{p.parent}~{k}" if p.parent else None)
            for k in range(times) for p in d.paragraphs
        )
        return Document(d.path, d.format, d.language, paras, d.symbol, d.title, d.body, d.adopted)

    def ids(group, k):
        return tuple(f"{i}~{k}" for i in group)

    links = tuple(l.__class__(ids(l.old, k), ids(l.new, k), l.score, l.change, l.moved, l.diff, l.signals)
                  for k in range(times) for l in c.links)
    added = tuple(a.__class__(f"{a.new}~{k}", a.commitment, a.signals) for k in range(times) for a in c.added)
    removed = tuple(r.__class__(f"{r.old}~{k}", r.commitment, r.signals) for k in range(times) for r in c.removed)
    return Comparison(doc(c.old), doc(c.new), links, added, removed, c.engine)


def measure(c: Comparison, label: str, repeats: int) -> None:
    print(f"\n{label}: {len(c.links)} links, {len(c.added)} added, {len(c.removed)} removed")
    print(f"{'format':<6} {'best s':>8} {'median s':>9} {'size KiB':>9} {'progress':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:
            times, reports = [], 0
            for _ in range(repeats):
                seen: list[float] = []
                out = Path(tmp) / f"report.{fmt}"
                t = time.perf_counter()
                export(c, fmt, out, progress=lambda f, m, seen=seen: seen.append(f))
                times.append(time.perf_counter() - t)
                reports = len(seen)
            size = out.stat().st_size / 1024
            print(f"{fmt:<6} {min(times):>8.3f} {statistics.median(times):>9.3f} {size:>9.1f} {reports:>9}")


def main() -> None:
    t = time.perf_counter()
    c = open_comparison(OLD, NEW).comparison
    print(f"comparison 72/1 → 76/7 computed in {time.perf_counter() - t:.2f} s (model load included)")
    measure(c, "72/1 → 76/7", repeats=5)
    measure(scaled(c, 10), "72/1 → 76/7 ×10", repeats=2)


if __name__ == "__main__":
    main()
