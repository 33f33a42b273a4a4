"""How fast the reader is: prints the parse time of each bundled sample (run: .venv/bin/python benchmarks/parse.py).

Reading needs no spaCy model: rules and word lists only. Goal: well under 50 ms a document.
Figures: the first parse (cold: word lists loaded, regular expressions compiled), the median of
repeated parses in the same process (warm, wall clock) and the processor time of one warm parse
(cpu: what the parse itself costs when other processes share the machine), per sample, with its
paragraph count; then a synthetic resolution ten times as long, to show that time grows linearly.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.readers import read_bytes  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
REPEAT = 30
GOAL_MS = 50.0


def timed(data: bytes, name: str) -> tuple[float, int]:
    start = time.perf_counter()
    doc = read_bytes(data, name)
    return (time.perf_counter() - start) * 1000, len(doc)


def cpu_ms(data: bytes, name: str) -> float:
    start = time.process_time()
    for _ in range(REPEAT):
        read_bytes(data, name)
    return (time.process_time() - start) * 1000 / REPEAT


def main() -> int:
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".md", ".txt", ".xml") and p.name != "SOURCES.md")  # .xml: Akoma Ntoso
    print(f"{'sample':<28}{'KiB':>6}{'paragraphs':>12}{'cold ms':>10}{'warm ms':>10}{'cpu ms':>10}")
    worst = 0.0
    for path in files:
        data = path.read_bytes()
        cold, count = timed(data, path.name)
        warm = statistics.median(timed(data, path.name)[0] for _ in range(REPEAT))
        worst = max(worst, warm)
        print(f"{path.name:<28}{len(data) / 1024:>6.1f}{count:>12}{cold:>10.1f}{warm:>10.1f}{cpu_ms(data, path.name):>10.1f}")
    # a long resolution: the operative part of the Security Council sample ten times, renumbered
    text = (SAMPLES / "S_RES_2388_2017.fr.txt").read_text(encoding="utf-8")
    head, operative = text[: text.index("\n1. ")], text[text.index("\n1. ") :]
    count = len(re.findall(r"(?m)^\d+\. ", operative))
    copies = [re.sub(r"(?m)^(\d+)\. ", lambda m, k=k: f"{int(m.group(1)) + k * count}. ", operative) for k in range(10)]
    big = (head + "".join(copies)).encode("utf-8")
    ms, paragraphs = timed(big, "long.txt")
    print(f"{'10 x S_RES_2388 operative':<28}{len(big) / 1024:>6.1f}{paragraphs:>12}{ms:>10.1f}{'':>10}{cpu_ms(big, 'long.txt'):>10.1f}")
    print(f"slowest warm parse: {worst:.1f} ms (goal: under {GOAL_MS:.0f} ms)")
    return 0 if worst < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
