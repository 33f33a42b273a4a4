"""A rewritten paragraph diffed sentence by sentence, then word by word inside each matched sentence.

On a pair that shares few words, a word diff over the whole paragraph finds scattered common words
("the", "of", "States") and a semantic clean-up then folds them into one long deletion followed by one
long insertion: a reader sees a wall of red, then a wall of green, and not what survived. Here both
texts are cut into sentences and clauses (at the punctuation that closes them, in any language), the
clauses are paired in reading order by the words they share, and only paired clauses are diffed word
by word; a clause with no partner is deleted or inserted whole, where it stood.

Everything works on token lists and gives back ``(op, count)`` steps (op -1 delete, 0 equal,
1 insert, as diff-match-patch), so the caller keeps its own tokens and spacing rules.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Sequence

Steps = list[tuple[int, int]]  # (op, number of tokens)
TokenDiff = Callable[[Sequence[str], Sequence[str]], Steps]

# A token made of one of these closes a sentence or a clause (full stop, semicolon, colon, ! and ?).
CLAUSE_END = frozenset(".;:!?")
# Below this share of equal words the whole-paragraph diff is a rewrite, not an edit: go by clauses.
LOW_SIMILARITY = 0.5
# Two clauses are one clause rewritten when this share of their words (Dice) is common to both.
SAME_CLAUSE = 0.3


def share_equal(steps: Steps, old_count: int, new_count: int) -> float:
    """The share of both texts' words that a diff keeps equal (1.0 for two empty texts)."""
    total = old_count + new_count
    equal = sum(n for op, n in steps if op == 0)
    return 2 * equal / total if total else 1.0


def clauses(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence or clause; the closing punctuation belongs to its clause."""
    out, start = [], 0
    for i, token in enumerate(tokens):
        if token.strip() in CLAUSE_END:
            out.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out


def _dice(a: Counter, b: Counter) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def pair_clauses(old: list[Counter], new: list[Counter], threshold: float = SAME_CLAUSE) -> list[tuple[int, int]]:
    """The (old, new) clause pairs, in reading order on both sides, that share the most words overall."""
    n, m = len(old), len(new)
    sim = [[_dice(a, b) for b in new] for a in old]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]  # best[i][j]: the most shared over old[i:], new[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            paired = best[i + 1][j + 1] + sim[i][j] if sim[i][j] >= threshold else -1.0
            best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] >= threshold and best[i][j] == best[i + 1][j + 1] + sim[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


# A lone common word this short between two changes ("à", "la", "of") is chance, not survival.
ISLAND = 3


def fold_islands(steps: Steps, old: Sequence[str], key: Callable[[str], str]) -> Steps:
    """Steps with each one-word equal stretch of at most ISLAND letters that stands between two
    changes made part of them; each stretch of changes then reads as one deletion, one insertion."""
    out: Steps = []
    at = 0  # position in ``old``
    for k, (op, n) in enumerate(steps):
        between = 0 < k < len(steps) - 1 and steps[k - 1][0] != 0 and steps[k + 1][0] != 0
        if op == 0 and n == 1 and between and len(key(old[at]).strip()) <= ISLAND:
            out += [(-1, 1), (1, 1)]
        else:
            out.append((op, n))
        at += n if op != 1 else 0
    merged: Steps = []
    gone = came = 0
    for op, n in out + [(0, 0)]:
        if op == -1:
            gone += n
        elif op == 1:
            came += n
        else:
            merged += ([(-1, gone)] if gone else []) + ([(1, came)] if came else [])
            gone = came = 0
            if n:
                merged.append((0, n))
    return merged


def by_clauses(old: Sequence[str], new: Sequence[str], key: Callable[[str], str], diff: TokenDiff) -> Steps | None:
    """Steps that diff paired clauses word by word and delete or insert the others whole; None when
    either text is a single clause or no clause pairs up (the word diff is then as good as any)."""
    old_spans, new_spans = clauses(old), clauses(new)
    if len(old_spans) < 2 and len(new_spans) < 2:
        return None

    def words(tokens: Sequence[str], span: tuple[int, int]) -> Counter:
        return Counter(key(t).casefold() for t in tokens[span[0] : span[1]] if key(t).strip() not in CLAUSE_END)

    pairs = pair_clauses([words(old, s) for s in old_spans], [words(new, s) for s in new_spans])
    if not pairs:
        return None
    steps: Steps = []
    at_old = at_new = 0  # the next clause not yet written, on each side
    for i, j in pairs + [(len(old_spans), len(new_spans))]:
        # clauses with no partner before this pair: the old ones deleted, then the new ones inserted
        gone = sum(e - s for s, e in old_spans[at_old:i])
        came = sum(e - s for s, e in new_spans[at_new:j])
        steps += [(-1, gone)] if gone else []
        steps += [(1, came)] if came else []
        if i < len(old_spans):
            (a, b), (c, d) = old_spans[i], new_spans[j]
            steps += fold_islands(diff(old[a:b], new[c:d]), old[a:b], key)
        at_old, at_new = i + 1, j + 1
    return steps
