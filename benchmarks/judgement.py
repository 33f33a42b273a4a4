"""Judgement on generated negotiation edits, per category and language (see tests/judgement_cases.py and
tests/judgement_negotiation_cases.py).

    .venv/bin/python benchmarks/judgement.py [--language fr|en] [--limit N] [--failures K]

Prints, per language and category: cases, right (the expected label), wrong direction (stronger for
weaker or the reverse), false alarms (stronger or weaker where the edit must stay unchanged or merely
modified), and for the editorial categories the share left ``unchanged``. Goals (issue 13): right
direction ≥ 99 %, 0 wrong direction, ≥ 95 % of equivalent swaps unchanged, 0 false alarm.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.judgement_cases import MODIFIED, STRONGER, UNCHANGED, WEAKER, all_cases, judge  # noqa: E402
from tests.judgement_negotiation_cases import negotiation_cases  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--language", choices=("fr", "en"), action="append")
    ap.add_argument("--limit", type=int, default=0, help="at most N cases per category (0: all)")
    ap.add_argument("--failures", type=int, default=3, help="failures shown per category")
    args = ap.parse_args(argv)
    languages = args.language or ["fr", "en"]
    started = time.perf_counter()
    total = Counter()
    print(f"{'lang':4} {'category':20} {'cases':>6} {'right':>7} {'wrong dir':>9} {'false alarm':>11}")
    for language in languages:
        by: dict[str, list] = defaultdict(list)
        for c in all_cases(language) + negotiation_cases(language):
            if not args.limit or len(by[c.category]) < args.limit:
                by[c.category].append(c)
        for category in sorted(by):
            results = [(c, judge(c)) for c in by[category]]
            n = len(results)
            right = sum(got == c.expected or (c.expected == MODIFIED and got in (MODIFIED, UNCHANGED)) for c, got in results)
            wrong = sum({c.expected, got} == {STRONGER, WEAKER} for c, got in results)
            alarm = sum(c.expected in (UNCHANGED, MODIFIED) and got in (STRONGER, WEAKER) for c, got in results)
            total.update(cases=n, right=right, wrong=wrong, alarm=alarm)
            print(f"{language:4} {category:20} {n:6d} {100 * right / n:6.1f}% {wrong:9d} {alarm:11d}")
            shown = 0
            for c, got in results:
                if got != c.expected and not (c.expected == MODIFIED and got == UNCHANGED) and shown < args.failures:
                    shown += 1
                    print(f"       ✗ {c.why}: expected {c.expected}, got {got}")
                    print(f"         old: {c.old[:160]}")
                    print(f"         new: {c.new[:160]}")
    n = max(total["cases"], 1)
    print(f"all  {'':20} {total['cases']:6d} {100 * total['right'] / n:6.1f}% {total['wrong']:9d} {total['alarm']:11d}"
          f"   ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
