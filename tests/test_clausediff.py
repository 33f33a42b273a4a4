"""Rewritten paragraphs diffed clause by clause (issue 14, item 7): what survived shows in place."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from nlp.engine import clausediff
from nlp.engine.worddiff import _token_steps, tokenize, word_diff
from nlp.model.comparison import Op
from nlp.model.textnorm import typographic
from nlp.readers import read_document

SAMPLES = ("A_RES_72_1.fr.md", "A_RES_76_7.fr.txt")


def _side(diff, keep: Op) -> list[str]:
    return [typographic(t).strip() for d in diff if d.op in (Op.EQUAL, keep) for t in tokenize(d.text)]


def _words(text: str) -> list[str]:
    return [typographic(t).strip() for t in tokenize(text)]


@pytest.fixture(scope="module")
def paragraphs(samples) -> list[str]:
    texts = [p.text for name in SAMPLES for p in read_document(str(samples / name)).paragraphs]
    return [t for t in texts if len(clausediff.clauses(tokenize(t))) >= 2]


def test_every_diff_gives_back_both_texts(paragraphs):
    """Generated pairs: any two paragraphs of the samples, and each with its clauses shuffled."""
    rng = random.Random(7)
    pairs = list(itertools.islice(itertools.combinations(paragraphs, 2), 300))
    for text in paragraphs[:60]:
        tokens = tokenize(text)
        spans = clausediff.clauses(tokens)
        rng.shuffle(spans)
        pairs.append((text, "".join(t for a, b in spans for t in tokens[a:b])))
    assert len(pairs) > 300
    for old, new in pairs:
        diff = word_diff(old, new)
        assert _side(diff, Op.DELETE) == _words(old)
        assert _side(diff, Op.INSERT) == _words(new)


def test_a_rewritten_paragraph_shows_what_survived_inside_each_sentence():
    # read by hand: the second old sentence survives as the new first one, reworded; the last clause
    # survives with "prévisible" added; the first old sentence is gone, a new one about regions came
    old = (
        "Nous encourageons les États Membres à renforcer la coopération internationale. "
        "Nous prenons note du rapport du Secrétaire général sur la question; nous demandons un financement durable."
    )
    new = (
        "Nous prenons acte avec satisfaction du rapport du Secrétaire général. Les États Membres sont invités "
        "à intensifier la coopération régionale et internationale; un financement prévisible et durable est nécessaire."
    )
    diff = word_diff(old, new)
    equal = [d.text.strip() for d in diff if d.op is Op.EQUAL]
    assert "du rapport du Secrétaire général" in equal
    assert "un financement" in equal and "durable" in equal
    inserted = " ".join(d.text for d in diff if d.op is Op.INSERT)
    assert "prévisible" in inserted and "acte avec satisfaction" in inserted
    # the plain word diff of the whole paragraph shows less of it
    steps = _token_steps(tokenize(old), tokenize(new))
    plain_equal = sum(n for op, n in steps if op == 0)
    assert sum(len(tokenize(t)) for t in equal) > plain_equal


def test_an_edited_paragraph_keeps_the_plain_word_diff():
    old = "Nous demandons un financement durable. Nous rappelons la Déclaration de 2011."
    new = "Nous demandons un financement durable et prévisible. Nous rappelons la Déclaration de 2011."
    steps = _token_steps(tokenize(old), tokenize(new))
    assert clausediff.share_equal(steps, len(tokenize(old)), len(tokenize(new))) >= clausediff.LOW_SIMILARITY
    assert [d.op for d in word_diff(old, new)] == [Op.EQUAL, Op.INSERT, Op.EQUAL]


def test_clauses_pair_in_reading_order_by_shared_words():
    def bag(text: str) -> Counter:
        return Counter(text.split())

    old = [bag("a b c d"), bag("e f g h"), bag("i j k l")]
    new = [bag("e f g x"), bag("y z w v"), bag("i j k m")]
    assert clausediff.pair_clauses(old, new) == [(1, 0), (2, 2)]
    # crossing pairs are not allowed: the larger sum in reading order wins
    assert clausediff.pair_clauses([bag("a b"), bag("c d")], [bag("c d"), bag("a b")]) in ([(0, 1)], [(1, 0)])


def test_clauses_end_at_closing_punctuation():
    tokens = tokenize("Un; deux: trois. Quatre")
    spans = clausediff.clauses(tokens)
    assert ["".join(tokens[a:b]).strip() for a, b in spans] == ["Un;", "deux:", "trois.", "Quatre"]


def test_a_lone_short_common_word_between_changes_is_folded_into_them():
    old = tokenize("alpha à beta gamma")
    steps = [(-1, 1), (0, 1), (1, 2), (0, 2)]  # "alpha" deleted, "à" kept, two words inserted, two kept
    assert clausediff.fold_islands(steps, old, typographic) == [(-1, 2), (1, 3), (0, 2)]
    kept = [(-1, 1), (0, 1), (1, 1)]  # a longer word in between is survival: it stays
    assert clausediff.fold_islands(kept, tokenize("alpha gamma beta"), typographic) == kept
