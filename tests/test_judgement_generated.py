"""Generated negotiation edits on real paragraphs (tests/judgement_cases.py), a deterministic sample:
every sampled case must get the label its edit implies. ``benchmarks/judgement.py`` runs them all."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.judgement_cases import MODIFIED, STRONGER, UNCHANGED, WEAKER, all_cases, judge, sample

PER_CATEGORY = 6


@pytest.mark.parametrize("language", ["fr", "en"])
def test_there_are_thousands_of_cases_in_every_category(language):
    cases = all_cases(language)
    counts = Counter(c.category for c in cases)
    assert len(cases) >= 2000, len(cases)
    for category in ("rung_up", "rung_down", "equivalent_verb", "equivalent_hedge", "hedge_added", "hedge_removed",
                     "intensifier_added", "intensifier_removed", "scope_widened", "scope_narrowed", "deadline_added",
                     "negation", "punctuation", "typography", "word_order", "function_words", "hyphenation"):
        assert counts[category] >= 5, (category, counts)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_sampled_case_gets_the_label_its_edit_implies(language):
    wrong = []
    for case in sample(language, PER_CATEGORY):
        got = judge(case)
        ok = got == case.expected or (case.expected == MODIFIED and got == UNCHANGED)
        if not ok:
            wrong.append((case.category, case.why, case.expected, got))
    assert not wrong, wrong


def test_a_wrong_direction_is_never_given_on_rung_changes():
    for language in ("fr", "en"):
        for case in sample(language, 20):
            if case.category.startswith("rung"):
                assert {case.expected, judge(case)} != {STRONGER, WEAKER}, case
