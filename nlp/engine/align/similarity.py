"""How alike two paragraphs (or two groups of paragraphs) are: lexical and semantic similarity.

Lexical: cosine of TF-IDF vectors over content-word lemmas, the IDF taken over the paragraphs of the
two documents being compared, so that what every paragraph says (« traite des personnes », « États
Membres ») weighs almost nothing and what only two paragraphs share weighs most. Semantic: cosine of
mean word vectors, centred on the pair's mean vector (the model's vectors are weak and all UN prose
points the same way; centring keeps only what sets a paragraph apart); it is weighted modestly.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Sequence

import numpy as np

from nlp.engine.align.features import ParagraphFeatures

# Share of the semantic (vector) similarity in the combined score; set once from the annotated pairs.
VECTOR_WEIGHT = 0.2

Weights = dict[str, float]


def _norm(w: Weights) -> float:
    return math.sqrt(sum(v * v for v in w.values()))


def dot(a: Weights, b: Weights) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def cosine(a: Weights, b: Weights) -> float:
    na, nb = _norm(a), _norm(b)
    return dot(a, b) / (na * nb) if na and nb else 0.0


def containment(part: Weights, whole: Weights) -> float:
    """Share of ``part``'s weight that ``whole`` also carries (1.0: every term of part is in whole)."""
    total = sum(part.values())
    if not total:
        return 0.0
    return sum(min(v, whole.get(t, 0.0)) for t, v in part.items()) / total


def merged(weights: Iterable[Weights]) -> Weights:
    out: Weights = {}
    for w in weights:
        for t, v in w.items():
            out[t] = out.get(t, 0.0) + v
    return out


class Space:
    """The two documents' paragraphs as weighted term vectors and centred word vectors."""

    def __init__(self, old: Sequence[ParagraphFeatures], new: Sequence[ParagraphFeatures],
                 background: tuple[int, dict[str, int]] = (0, {})):
        self.n, self.m = len(old), len(new)
        df: Counter = Counter()
        for f in (*old, *new):
            df.update(f.terms.keys())
        # the pair's own frequencies pooled with a background of UN texts (nlp.engine.align.background):
        # idf ~ 0 for a term in every paragraph, log(N) for a term in one
        bg_total, bg_df = background
        total = self.n + self.m + bg_total
        self.idf = {t: math.log((total + 1) / (c + bg_df.get(t, 0))) for t, c in df.items()}
        self.df = df
        self.old = [self._weigh(f.terms) for f in old]
        self.new = [self._weigh(f.terms) for f in new]
        self.old_sentences = [[self._weigh(s) for s in f.sentences] for f in old]
        self.new_sentences = [[self._weigh(s) for s in f.sentences] for f in new]
        self._old_norm = [_norm(w) for w in self.old]
        self._new_norm = [_norm(w) for w in self.new]
        self.old_vec, self.new_vec = self._vectors(old, new)
        self._old_key = [f.key for f in old]
        self._new_key = [f.key for f in new]
        self._cache: dict[tuple[int, int], float] = {}

    def _weigh(self, terms: Counter) -> Weights:
        return {t: (1.0 + math.log(c)) * self.idf[t] for t, c in terms.items()}

    @staticmethod
    def _vectors(old, new) -> tuple[np.ndarray | None, np.ndarray | None]:
        rows = [f.vector for f in (*old, *new)]
        present = [r for r in rows if r is not None]
        if not present:
            return None, None
        dim = present[0].shape[0]
        mat = np.zeros((len(rows), dim), dtype=np.float32)
        has = np.zeros(len(rows), dtype=bool)
        for k, r in enumerate(rows):
            if r is not None:
                mat[k], has[k] = r, True
        mat[has] -= mat[has].mean(axis=0)
        norms = np.linalg.norm(mat, axis=1, keepdims=True)
        mat = np.divide(mat, norms, out=np.zeros_like(mat), where=norms > 0)
        n = len(old)
        return mat[:n], mat[n:]

    # -- one paragraph against one ------------------------------------------------------------------
    def lexical(self, i: int, j: int) -> float:
        na, nb = self._old_norm[i], self._new_norm[j]
        return dot(self.old[i], self.new[j]) / (na * nb) if na and nb else 0.0

    def semantic(self, i: int, j: int) -> float:
        if self.old_vec is None or self.new_vec is None:
            return 0.0
        return float(self.old_vec[i] @ self.new_vec[j])

    def sim(self, i: int, j: int) -> float:
        key = (i, j)
        s = self._cache.get(key)
        if s is None:
            if self._old_key[i] == self._new_key[j]:  # the same text, even one without content words
                s = 1.0
            else:
                s = self._combine(self.lexical(i, j), self.semantic(i, j))
            self._cache[key] = s
        return s

    def _combine(self, lex: float, sem: float) -> float:
        if self.old_vec is None:
            return lex
        # vectors only confirm or temper lexical evidence: never make two unrelated texts alike
        return (1 - VECTOR_WEIGHT) * lex + VECTOR_WEIGHT * max(0.0, sem) * min(1.0, 2 * lex)

    # -- groups (splits and merges) -----------------------------------------------------------------
    def group_sim(self, old_ids: Sequence[int], new_ids: Sequence[int]) -> float:
        if len(old_ids) == 1 and len(new_ids) == 1:
            return self.sim(old_ids[0], new_ids[0])
        a = merged(self.old[i] for i in old_ids)
        b = merged(self.new[j] for j in new_ids)
        return self._combine(cosine(a, b), self._group_semantic(old_ids, new_ids))

    def _group_semantic(self, old_ids: Sequence[int], new_ids: Sequence[int]) -> float:
        if self.old_vec is None or self.new_vec is None:
            return 0.0
        a = self.old_vec[list(old_ids)].sum(axis=0)
        b = self.new_vec[list(new_ids)].sum(axis=0)
        na, nb = np.linalg.norm(a), np.linalg.norm(b)
        return float(a @ b / (na * nb)) if na and nb else 0.0

    def old_in_new(self, i: int, new_ids: Sequence[int]) -> float:
        """How much of old paragraph i the new paragraph(s) carry."""
        return containment(self.old[i], merged(self.new[j] for j in new_ids))

    def new_in_old(self, j: int, old_ids: Sequence[int]) -> float:
        return containment(self.new[j], merged(self.old[i] for i in old_ids))

    def mass_old(self, i: int) -> float:
        return sum(self.old[i].values())

    def mass_new(self, j: int) -> float:
        return sum(self.new[j].values())
