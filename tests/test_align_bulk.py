"""The alignment's bulk computations (issue 16) give, bit for bit, what the one-pair rules give.

Generated cases: random paragraphs over a small vocabulary (sentences reused across paragraphs, so
that sentences are carried), random bands and gains. Each bulk result is compared with the rule as it
reads for one pair, written here in plain Python: similarities, containments, the sentences carried,
the candidate pairs (and the order in which they are visited), the in-order dynamic programming.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict

import numpy as np
import pytest

from nlp.engine.align import candidates as cand
from nlp.engine.align import monotone, moves, terms
from nlp.engine.align.carried import carried_shares
from nlp.engine.align.features import ParagraphFeatures
from nlp.engine.align.similarity import VECTOR_WEIGHT, Space, containment, cosine, dot

WORDS = [f"w{k}" for k in range(40)]


def sentence(rng: random.Random) -> Counter:
    # a few frequent words and a tail of rare ones, some repeated within the sentence
    return Counter(WORDS[min(int(rng.expovariate(0.12)), len(WORDS) - 1)] for _ in range(rng.randint(0, 9)))


def features(rng: random.Random, count: int, pool: list[Counter], vectors: bool) -> list[ParagraphFeatures]:
    out = []
    for _ in range(count):
        sentences = tuple(rng.choice(pool) if rng.random() < 0.4 else sentence(rng) for _ in range(rng.randint(1, 3)))
        terms_: Counter = Counter()
        for s in sentences:
            terms_.update(s)
        vector = np.array([rng.gauss(0, 1) for _ in range(8)], dtype=np.float32) if vectors else None
        key = " ".join(sorted(terms_.elements())) if rng.random() < 0.9 else "same"
        out.append(ParagraphFeatures(terms_, tuple(s for s in sentences if s) or (Counter(),), vector, key))
    return out


def space_of(seed: int, n: int, m: int, vectors: bool = True, pool_size: int = 12) -> Space:
    rng = random.Random(seed)
    pool = [sentence(rng) for _ in range(pool_size)]
    background = (50, {w: rng.randint(0, 20) for w in WORDS[:10]})
    return Space(features(rng, n, pool, vectors), features(rng, m, pool, vectors), background)


def one_sim(space: Space, i: int, j: int) -> float:
    """Space.sim as it was written for one pair: dicts, Python sums, one vector product."""
    if space._old_key[i] == space._new_key[j]:
        return 1.0
    a, b = space.weights("old", i), space.weights("new", j)
    na, nb = math.sqrt(sum(v * v for v in a.values())), math.sqrt(sum(v * v for v in b.values()))
    lex = dot(a, b) / (na * nb) if na and nb else 0.0
    if space.old_vec is None or space.new_vec is None:
        return lex
    sem = float(space.old_vec[i] @ space.new_vec[j])
    return (1 - VECTOR_WEIGHT) * lex + VECTOR_WEIGHT * max(0.0, sem) * min(1.0, 2 * lex)


@pytest.mark.parametrize("seed", range(6))
def test_bulk_similarities_and_containments_are_the_one_pair_ones(seed, monkeypatch):
    if seed % 2:  # many small chunks of entries instead of one
        monkeypatch.setattr(terms, "CHUNK", 7)
    space = space_of(seed, 23, 19, vectors=seed % 3 != 0)
    i, j = (a.ravel() for a in np.meshgrid(np.arange(space.n), np.arange(space.m), indexing="ij"))
    bulk = space.sims(i, j).tolist()
    assert bulk == [one_sim(space, a, b) for a, b in zip(i.tolist(), j.tolist())]
    assert [space.sim(a, b) for a, b in zip(i.tolist(), j.tolist())] == bulk
    # with a floor, pairs that reach it are exact and the others stay below it
    floored = space.sims(i, j, floor=0.2)
    assert all(f == b if b >= 0.2 else f < 0.2 for f, b in zip(floored.tolist(), bulk))
    inside = terms.contained(space.old, space.new, i, j).tolist()
    assert inside == [containment(space.weights("old", a), space.weights("new", b)) for a, b in zip(i.tolist(), j.tolist())]
    # a group of one is the pair; a wider group is the cosine of the merged weights
    assert space.group_sim([0], [1]) == bulk[1]
    merged_old = Counter(space.weights("old", 0)) + Counter(space.weights("old", 1))
    assert space.group_sim([0, 1], [2]) == pytest.approx(
        space._combine(cosine(dict(merged_old), space.weights("new", 2)), space._group_semantic([0, 1], [2])))


def one_carried(space: Space, side: str, p: int, q: int, rivals_of_q, rivals_of_p, min_contained: float) -> float:
    """The carried-sentence share of paragraph p in q, sentence by sentence (the rule as first written)."""
    other = "new" if side == "old" else "old"
    total = sum(sum(s.values()) for s in space.sentences(side, p))
    if not total:
        return 0.0
    found = 0.0
    for s in space.sentences(side, p):
        if len(s) < moves.MIN_SENTENCE_TERMS:
            continue
        twins = [t for t in space.sentences(other, q) if containment(s, t) >= min_contained]
        if not twins:
            continue
        elsewhere = any(containment(s, t) >= min_contained for r in rivals_of_q if r != q for t in space.sentences(other, r)) or any(
            containment(t, u) >= min_contained for t in twins for r in rivals_of_p if r != p for u in space.sentences(side, r))
        if not elsewhere:
            found += sum(s.values())
    return found / total


def revised(seed: int, n: int) -> Space:
    """An old text and a revision: paragraphs kept, cut, extended, or merged with their neighbour."""
    rng = random.Random(seed)
    old = features(rng, n, [sentence(rng) for _ in range(40)], True)
    new = []
    for k, f in enumerate(old):
        sentences = list(f.sentences)
        if rng.random() < 0.3 and k + 1 < n:
            sentences += old[k + 1].sentences
        if rng.random() < 0.3:
            sentences.append(sentence(rng))
        if len(sentences) > 1 and rng.random() < 0.3:
            sentences.pop(rng.randrange(len(sentences)))
        terms_: Counter = Counter()
        for s in sentences:
            terms_.update(s)
        new.append(ParagraphFeatures(terms_, tuple(sentences), f.vector, f.key + "'"))
    return Space(old, new)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("min_contained", [0.5, 0.7, 0.9])
def test_carried_sentences_in_bulk_are_the_sentence_by_sentence_rule(seed, min_contained):
    space = revised(100 + seed, 30)
    rng = random.Random(seed)
    pairs = list({(i, min(space.m - 1, max(0, i + rng.randint(-2, 2)))) for i in range(space.n) for _ in range(2)})
    old_partners: dict[int, list[int]] = defaultdict(list)
    new_partners: dict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        old_partners[i].append(j)
        new_partners[j].append(i)
    expected = [max(one_carried(space, "old", i, j, old_partners[i], new_partners[j], min_contained),
                    one_carried(space, "new", j, i, new_partners[j], old_partners[i], min_contained)) for i, j in pairs]
    old = np.array([p[0] for p in pairs])
    new = np.array([p[1] for p in pairs])
    shares = carried_shares(space, old, new, min_contained, moves.MIN_SENTENCE_TERMS).tolist()
    assert shares == expected
    assert 0 < sum(s > 0 for s in expected) < len(pairs)  # the generated cases carry sentences, not all


def one_candidates(space: Space, k: int, small: int) -> list[tuple[int, int]]:
    """candidate_pairs with dicts and a set, as first written: the set's own iteration order."""
    n, m = space.n, space.m
    if n * m <= small:
        scores = {(i, j): one_sim(space, i, j) for i in range(n) for j in range(m)}
    else:
        index: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for j in range(m):
            for t, v in space.weights("new", j).items():
                if space.df[t] <= cand.DF_CAP:
                    index[t].append((j, v))
        acc: dict[tuple[int, int], float] = defaultdict(float)
        for i in range(n):
            for t, v in space.weights("old", i).items():
                for j, u in index.get(t, ()):
                    acc[(i, j)] += v * u
        per_old, per_new = defaultdict(list), defaultdict(list)
        for (i, j), s in acc.items():
            per_old[i].append((s, j))
            per_new[j].append((s, i))
        scores = {}
        for i, lst in per_old.items():
            for _, j in sorted(lst, reverse=True)[: 3 * cand.TOP_K]:
                scores[(i, j)] = one_sim(space, i, j)
        for j, lst in per_new.items():
            for _, i in sorted(lst, reverse=True)[: 3 * cand.TOP_K]:
                scores[(i, j)] = one_sim(space, i, j)
    by_old, by_new = defaultdict(list), defaultdict(list)
    for (i, j), s in scores.items():
        if s > 0:
            by_old[i].append((s, j))
            by_new[j].append((s, i))
    pairs: set[tuple[int, int]] = set()
    for i, lst in by_old.items():
        pairs.update((i, j) for _, j in sorted(lst, reverse=True)[:k])
    for j, lst in by_new.items():
        pairs.update((i, j) for _, i in sorted(lst, reverse=True)[:k])
    return list(pairs)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("small", [0, cand.SMALL])
def test_candidate_pairs_are_the_dict_rule_in_the_same_order(seed, small, monkeypatch):
    space = space_of(200 + seed, 60, 55)
    monkeypatch.setattr(cand, "SMALL", small)
    monkeypatch.setattr(cand, "DF_CAP", 30)
    found = cand.candidate_pairs(space, k=3)
    assert found.pairs() == one_candidates(space, 3, small)
    assert found.sim.tolist() == [one_sim(space, i, j) for i, j in found.pairs()]


def one_dp(n, m, gain, rows):
    """The in-order dynamic programming cell by cell, as first written."""
    neg = float("-inf")
    score, back = [], []
    for i in range(n + 1):
        lo, hi = rows[i]
        srow, brow = [neg] * (hi - lo + 1), [(0, 0, False)] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                srow[0] = 0.0
                continue
            best, how = neg, (0, 0, False)

            def get(a, b):
                return score[a][b - rows[a][0]] if rows[a][0] <= b <= rows[a][1] else neg

            if i > 0 and (v := get(i - 1, j)) > best:
                best, how = v, (1, 0, False)
            if j > lo and (v := srow[j - 1 - lo]) > best:
                best, how = v, (0, 1, False)
            for k, l in monotone.BEADS:
                if k > i or l > j:
                    continue
                v = get(i - k, j - l)
                if v == neg:
                    continue
                g = gain(i - k, k, j - l, l)
                if g is not None and v + g > best:
                    best, how = v + g, (k, l, True)
            srow[j - lo], brow[j - lo] = best, how
        score.append(srow)
        back.append(brow)
    beads, i, j = [], n, m
    while i > 0 or j > 0:
        di, dj, is_bead = back[i][j - rows[i][0]]
        if di == 0 and dj == 0:
            break
        if is_bead:
            beads.append((i - di, di, j - dj, dj))
        i, j = i - di, j - dj
    return beads[::-1]


@pytest.mark.parametrize("seed", range(12))
def test_dynamic_programming_by_rows_is_the_cell_by_cell_one(seed):
    rng = random.Random(seed)
    n, m = rng.randint(1, 60), rng.randint(1, 60)
    anchors = sorted({(i, min(m - 1, i + rng.randint(-3, 3))) for i in rng.sample(range(n), min(n, 5)) if i + 3 >= 0})
    anchors = monotone.increasing_anchors((i, j, 1.0) for i, j in anchors if j >= 0)
    rows = monotone.band(n, m, anchors, width=rng.randint(1, 6)) if seed % 2 else [(0, m)] * (n + 1)
    table = {}
    for k, l in monotone.BEADS:
        for i in range(n):
            for j in range(m):
                # coarse values, so that ties between options happen and must be broken the same way
                table[i, k, j, l] = rng.choice([None, None, 0.0, 0.25, 0.5, rng.random()])

    def gain(i0, k, j0, l):
        return table.get((i0, k, j0, l))

    assert monotone.align(n, m, gain, rows) == one_dp(n, m, gain, rows)
    assert monotone.align_beads(n, m, monotone.scalar_gains(gain), rows, block=7) == one_dp(n, m, gain, rows)
