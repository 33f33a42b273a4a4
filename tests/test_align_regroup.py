"""Several old paragraphs that became several new ones are cut into the pairs a reader can follow,
when each part clearly is a link of its own (issue 13, item 5)."""

from __future__ import annotations

import itertools

import pytest

from nlp.engine.align.aligner import LINK, REGROUP_SHARE, _sub_pairs
from nlp.model.document import Paragraph
from tests.test_align import TEXTS, checked, doc


class Sims:
    """A stand-in for the similarity space: given pair similarities, groups as their mean."""

    def __init__(self, sims: dict[tuple[int, int], float]):
        self.sims = sims

    def sim(self, i: int, j: int) -> float:
        return self.sims.get((i, j), 0.0)

    def group_sim(self, olds, news) -> float:
        values = [self.sim(i, j) for i in olds for j in news if self.sim(i, j) > 0]
        return sum(values) / len(values) if values else 0.0


OPERATIVE = [Paragraph(str(k), "operative", "x") for k in range(4)]


def cut(sims: dict[tuple[int, int], float], olds=(0, 1), news=(0, 1)):
    return _sub_pairs(Sims(sims), OPERATIVE, OPERATIVE, (tuple(olds), tuple(news)))


def test_two_pairs_joined_by_a_carried_sentence_are_cut():
    # the shape of 2017 §3 + §9 → 2021 §9 + §8 (measured similarities)
    assert cut({(0, 1): 0.54, (0, 0): 0.24, (1, 0): 0.71, (1, 1): 0.01}) == [((1,), (0,)), ((0,), (1,))]


def test_a_true_regrouping_stays_one_link():
    # every paragraph is as much in one new paragraph as in the other: no pair a reader could follow
    assert cut({(0, 0): 0.5, (0, 1): 0.45, (1, 0): 0.45, (1, 1): 0.5}) == [((0, 1), (0, 1))]


def test_a_part_that_is_no_link_on_its_own_keeps_the_group():
    # new 1 is only held by weak pairs: cutting would leave it alone
    assert cut({(0, 0): 0.8, (1, 0): 0.6, (0, 1): 0.2, (1, 1): 0.1}) == [((0, 1), (0, 1))]


def test_a_split_inside_a_regrouping_is_kept_as_a_split():
    sims = {(0, 0): 0.7, (0, 1): 0.5, (1, 2): 0.8, (1, 0): 0.1, (0, 2): 0.05}
    assert cut(sims, news=(0, 1, 2)) == [((0,), (0, 1)), ((1,), (2,))]


def test_splits_and_merges_are_left_alone():
    assert cut({(0, 0): 0.9, (0, 1): 0.2}, olds=(0,)) == [((0,), (0, 1))]
    assert cut({(0, 0): 0.9, (1, 0): 0.2}, news=(0,)) == [((0, 1), (0,))]


@pytest.mark.parametrize("main, cross", list(itertools.product((0.35, 0.5, 0.8), (0.05, 0.2, 0.3, 0.45))))
def test_generated_regroupings_are_cut_exactly_when_each_pair_clearly_matches(main, cross):
    """Two diagonal pairs of similarity ``main`` and two crossed ones of ``cross``: cut into the two
    diagonal pairs exactly when the crossed pairs are under REGROUP_SHARE of them (or no links)."""
    parts = cut({(0, 0): main, (1, 1): main, (0, 1): cross, (1, 0): cross})
    clear = cross < LINK or cross < REGROUP_SHARE * main
    assert parts == ([((0,), (0,)), ((1,), (1,))] if clear else [((0, 1), (0, 1))])


def test_the_engine_shows_two_moved_pairs_not_one_block():
    """Old 2 (covid + armed groups + campaigns) and old 5 (supply chains) became new 4 (covid + armed
    groups) and new 3 (campaigns + supply chains), in another order: two links, each its own diff."""
    a = " ".join((TEXTS["covid"], TEXTS["armed"], TEXTS["campaign"]))
    b = TEXTS["supply"]
    old = doc(("1", TEXTS["fund"]), ("2", a), ("3", TEXTS["data"]), ("4", TEXTS["organs"]), ("5", b), ("6", TEXTS["report"]))
    a2 = TEXTS["covid"].replace("a exacerbé", "a considérablement exacerbé") + " " + TEXTS["armed"]
    b2 = TEXTS["campaign"] + " " + b.replace("Nous encourageons", "Nous nous engageons à encourager")
    new = doc(("1", TEXTS["fund"]), ("2", TEXTS["data"]), ("3", b2), ("4", a2), ("5", TEXTS["organs"]), ("6", TEXTS["report"]))
    c = checked(old, new)
    assert c.link_for_old("2").new == ("4",) and c.link_for_old("5").new == ("3",)
    assert not any(len(link.old) > 1 and len(link.new) > 1 for link in c.links)
    # supply chains came up before the covid paragraph: out of the old order
    assert c.link_for_old("5").moved
