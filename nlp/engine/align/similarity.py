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

from nlp.engine.align import terms
from nlp.engine.align.features import ParagraphFeatures
from nlp.engine.align.terms import Rows

# Share of the semantic (vector) similarity in the combined score; set once from the annotated pairs.
VECTOR_WEIGHT = 0.2

Weights = dict  # term -> weight (term ids in the Space, any hashable term for the formulas)


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
    """The two documents' paragraphs as weighted term vectors and centred word vectors.

    Weights are kept as arrays of term ids (:mod:`nlp.engine.align.terms`), so that the similarities of
    thousands of pairs are computed at once (:meth:`sims`); the one-pair formulas above read a
    paragraph as a dict built when asked (:meth:`weights`), in the same order and with the same values.
    """

    def __init__(self, old: Sequence[ParagraphFeatures], new: Sequence[ParagraphFeatures],
                 background: tuple[int, dict[str, int]] = (0, {})):
        self.n, self.m = len(old), len(new)
        vocabulary: dict[str, int] = {}
        df: list[int] = []
        for f in (*old, *new):
            for t in f.terms:
                k = vocabulary.setdefault(t, len(df))
                if k == len(df):
                    df.append(0)
                df[k] += 1
        # the pair's own frequencies pooled with a background of UN texts (nlp.engine.align.background):
        # idf ~ 0 for a term in every paragraph, log(N) for a term in one
        bg_total, bg_df = background
        total = self.n + self.m + bg_total
        self.idf = np.array([math.log((total + 1) / (c + bg_df.get(t, 0))) for t, c in zip(vocabulary, df)])
        self.df = np.array(df, dtype=np.int64)  # by term id: paragraphs of the pair with the term
        self._vocabulary = vocabulary
        self.old, self.new = self._rows(f.terms for f in old), self._rows(f.terms for f in new)
        self._old_sentences, self._new_sentences = self._sentence_rows(old), self._sentence_rows(new)
        self.old_vec, self.new_vec = self._vectors(old, new)
        keys: dict[str, int] = {}
        self._old_key = np.array([keys.setdefault(f.key, len(keys)) for f in old], dtype=np.int64)
        self._new_key = np.array([keys.setdefault(f.key, len(keys)) for f in new], dtype=np.int64)
        self._cache: dict[int, float] = {}  # i * m + j -> sim, for the pairs asked one by one or remembered

    def _rows(self, counters: Iterable[Counter]) -> Rows:
        ids: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        vocabulary = self._vocabulary
        for counter in counters:
            ids += map(vocabulary.__getitem__, counter)
            counts += counter.values()
            lengths.append(len(counter))
        # (1 + log c) * idf, term by term, the log of a count as math.log gives it (np.log may differ in
        # the last bit)
        log = np.array([0.0] + [math.log(c) for c in range(1, max(counts, default=1) + 1)])
        weights = (1.0 + log[np.array(counts, dtype=np.int64)]) * self.idf[np.array(ids, dtype=np.int64)]
        return Rows(np.array(ids, dtype=np.int64), weights, np.array(lengths, dtype=np.int64), len(vocabulary))

    def _sentence_rows(self, features: Sequence[ParagraphFeatures]) -> tuple[Rows, np.ndarray]:
        """Every sentence as a row, and where each paragraph's sentences start among them."""
        first = np.zeros(len(features) + 1, dtype=np.int64)
        np.cumsum([len(f.sentences) for f in features], out=first[1:])
        return self._rows(s for f in features for s in f.sentences), first

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

    # -- paragraphs and sentences as the one-pair formulas read them ---------------------------------
    def rows(self, side: str) -> Rows:
        return self.old if side == "old" else self.new

    def weights(self, side: str, p: int) -> Weights:
        return self.rows(side).as_dict(p)

    def sentences(self, side: str, p: int) -> list[Weights]:
        rows, first = self._old_sentences if side == "old" else self._new_sentences
        return [rows.as_dict(s) for s in range(first[p], first[p + 1])]

    def sentence_rows(self, side: str) -> tuple[Rows, np.ndarray]:
        """The sentences as rows, and the index of each paragraph's first sentence (one more at the end)."""
        return self._old_sentences if side == "old" else self._new_sentences

    # -- one paragraph against one, for many pairs at once --------------------------------------------
    def sims(self, old_ids: np.ndarray, new_ids: np.ndarray, floor: float | None = None) -> np.ndarray:
        """Similarities of the pairs (old_ids[k], new_ids[k]), each as :meth:`sim` gives it.

        With a ``floor``, a pair whose lexical score alone shows it cannot reach the floor gets a lower
        bound of its similarity instead (the vector products, the costly part, are skipped): for callers
        that only compare it with thresholds at or above the floor."""
        i = np.asarray(old_ids, dtype=np.int64)
        j = np.asarray(new_ids, dtype=np.int64)
        na, nb = self.old.norm[i], self.new.norm[j]
        den = na * nb
        lex = np.divide(terms.dot(self.old, self.new, i, j), den, out=np.zeros(len(i)), where=den != 0)
        if self.old_vec is None or self.new_vec is None:
            out = lex
        else:
            out = (1 - VECTOR_WEIGHT) * lex
            need = np.ones(len(i), dtype=bool)
            if floor is not None:  # the vector term is at most VECTOR_WEIGHT * min(1, 2 lex) (|sem| <= 1)
                reach = out + VECTOR_WEIGHT * 1.001 * np.minimum(1.0, 2 * lex)
                need = reach >= floor - 1e-9
            k = np.flatnonzero(need)
            sem = _paired_dots(self.old_vec, self.new_vec, i[k], j[k])
            out[k] = out[k] + VECTOR_WEIGHT * np.maximum(0.0, sem) * np.minimum(1.0, 2 * lex[k])
        return np.where(self._old_key[i] == self._new_key[j], 1.0, out)  # the same text, even one without terms

    def remember(self, old_ids: np.ndarray, new_ids: np.ndarray, values: np.ndarray | None = None) -> np.ndarray:
        """:meth:`sims` of these pairs, kept for :meth:`sim` (the pairs the alignment will ask again)."""
        if values is None:
            values = self.sims(old_ids, new_ids)
        m = self.m
        self._cache.update(zip((np.asarray(old_ids, dtype=np.int64) * m + new_ids).tolist(), values.tolist()))
        return values

    # -- one paragraph against one --------------------------------------------------------------------
    def sim(self, i: int, j: int) -> float:
        key = i * self.m + j
        s = self._cache.get(key)
        if s is None:
            s = float(self.sims(np.array([i]), np.array([j]))[0])
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
        a = merged(self.weights("old", i) for i in old_ids)
        b = merged(self.weights("new", j) for j in new_ids)
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
        return containment(self.weights("old", i), merged(self.weights("new", j) for j in new_ids))

    def new_in_old(self, j: int, old_ids: Sequence[int]) -> float:
        return containment(self.weights("new", j), merged(self.weights("old", i) for i in old_ids))


def _paired_dots(a: np.ndarray, b: np.ndarray, i: np.ndarray, j: np.ndarray, chunk: int = 4096) -> np.ndarray:
    """``float(a[i[k]] @ b[j[k]])`` for every k. A stack of (1 x d) @ (d x 1) products goes through the
    same BLAS dot as one pair's ``@`` (a plain row-wise sum would round differently); in chunks, so
    that the gathered rows stay small."""
    out = np.empty(len(i))
    for s in range(0, len(i), chunk):
        ii, jj = i[s : s + chunk], j[s : s + chunk]
        out[s : s + chunk] = np.matmul(a[ii][:, None, :], b[jj][:, :, None])[:, 0, 0]
    return out
