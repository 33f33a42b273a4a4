"""Series without the engine: ordering rules and lineages built from hand-made steps."""

from __future__ import annotations

import itertools

import pytest

from nlp.model.comparison import Added, Change, Comparison, Link, Removed
from nlp.model.document import Document, Paragraph
from nlp.model.errors import InputError
from nlp.series import Series, compare_series, order_versions
from nlp.series.lineage import lineages, net_change


def doc(name: str, ids: list[str], adopted: str | None = None) -> Document:
    return Document(path=f"{name}.txt", format="text", language="fr", adopted=adopted, sha256=name,
                    paragraphs=tuple(Paragraph(id=i, kind="operative", text=f"{name} {i}") for i in ids))


def step(old: Document, new: Document, links, added=(), removed=()) -> Comparison:
    return Comparison(
        old=old, new=new,
        links=tuple(Link(tuple(o), tuple(n), 1.0, Change(c)) for o, n, c in links),
        added=tuple(Added(a, False) for a in added),
        removed=tuple(Removed(r, False) for r in removed),
    )


@pytest.mark.parametrize("given", list(itertools.permutations(range(3))))
def test_dated_versions_are_ordered_by_adoption_whatever_the_order_given(given):
    docs = [doc("a", ["1"], "2017-09-27"), doc("b", ["1"], "2021-11-22"), doc("c", ["1"], "2025-11-24")]
    ordered = order_versions([docs[i] for i in given])
    assert [d.sha256 for d in ordered] == ["a", "b", "c"]
    assert [d.sha256 for d in order_versions([docs[i] for i in given], keep_order=True)] == [docs[i].sha256 for i in given]


def test_an_undated_version_keeps_its_place_and_the_dated_ones_sort_around_it():
    late, undated, early = doc("late", ["1"], "2025-01-01"), doc("undated", ["1"]), doc("early", ["1"], "2017-01-01")
    assert [d.sha256 for d in order_versions([late, undated, early])] == ["early", "undated", "late"]
    assert [d.sha256 for d in order_versions([undated, late, early])] == ["undated", "early", "late"]


def test_same_date_keeps_the_order_given():
    a, b = doc("a", ["1"], "2020-01-01"), doc("b", ["1"], "2020-01-01")
    assert [d.sha256 for d in order_versions([b, a])] == ["b", "a"]


def test_lineages_follow_splits_births_and_deaths():
    v0, v1, v2 = doc("v0", ["1", "2", "3"]), doc("v1", ["1", "2a", "2b", "4"]), doc("v2", ["1", "2", "4"])
    s0 = step(v0, v1, [(["1"], ["1"], "unchanged"), (["2"], ["2a", "2b"], "strengthened")], added=["4"], removed=["3"])
    s1 = step(v1, v2, [(["1"], ["1"], "weakened"), (["2a", "2b"], ["2"], "unchanged"), (["4"], ["4"], "modified")])
    found = {lineage.ids: lineage.changes for lineage in lineages([v0, v1, v2], [s0, s1])}
    assert found == {
        (("1",), ("1",), ("1",)): ("unchanged", "weakened"),
        (("2",), ("2a", "2b"), ("2",)): ("strengthened", "unchanged"),
        (("3",), (), ()): ("removed", "removed"),
        ((), ("4",), ("4",)): ("added", "modified"),
    }


def test_a_paragraph_born_late_is_added_at_every_step_before_it():
    v0, v1, v2 = doc("v0", ["1"]), doc("v1", ["1"]), doc("v2", ["1", "9"])
    s0 = step(v0, v1, [(["1"], ["1"], "unchanged")])
    s1 = step(v1, v2, [(["1"], ["1"], "unchanged")], added=["9"])
    born = next(lineage for lineage in lineages([v0, v1, v2], [s0, s1]) if lineage.ids[2] == ("9",))
    assert born.changes == ("added", "added") and born.born == 2


def test_lineages_read_in_the_last_versions_order_with_removed_paragraphs_beside_their_neighbours():
    v0, v1 = doc("v0", ["1", "2", "3"]), doc("v1", ["B", "A"])
    s0 = step(v0, v1, [(["1"], ["A"], "unchanged"), (["3"], ["B"], "unchanged")], removed=["2"])
    order = [lineage.ids for lineage in lineages([v0, v1], [s0])]
    assert order == [(("3",), ("B",)), (("1",), ("A",)), (("2",), ())]


def test_every_paragraph_is_in_exactly_one_lineage_and_changes_agree_with_presence():
    v0, v1, v2 = doc("v0", ["1", "2", "3", "4"]), doc("v1", ["1", "2", "5"]), doc("v2", ["1", "6"])
    s0 = step(v0, v1, [(["1", "2"], ["1"], "modified"), (["3"], ["2"], "weakened")], added=["5"], removed=["4"])
    s1 = step(v1, v2, [(["1"], ["1"], "strengthened")], added=["6"], removed=["2", "5"])
    found = lineages([v0, v1, v2], [s0, s1])
    for k, v in enumerate([v0, v1, v2]):
        ids = [pid for lineage in found for pid in lineage.ids[k]]
        assert sorted(ids) == sorted(p.id for p in v)
    for lineage in found:
        for k, change in enumerate(lineage.changes):
            if lineage.ids[k] and not lineage.ids[k + 1]:
                assert change == "removed"
            if not lineage.ids[k] and lineage.ids[k + 1]:
                assert change == "added"


def test_a_piece_removed_beside_an_unchanged_link_makes_the_step_modified():
    v0, v1, v2 = doc("v0", ["1"]), doc("v1", ["1a", "1b"]), doc("v2", ["1"])
    s0 = step(v0, v1, [(["1"], ["1a", "1b"], "unchanged")])
    s1 = step(v1, v2, [(["1a"], ["1"], "unchanged")], removed=["1b"])
    (only,) = lineages([v0, v1, v2], [s0, s1])
    assert only.changes == ("unchanged", "modified")


@pytest.mark.parametrize(
    ("labels", "net"),
    [
        (["unchanged"], "unchanged"),
        (["unchanged", "modified"], "modified"),
        (["strengthened", "unchanged"], "strengthened"),
        (["weakened", "modified"], "weakened"),
        (["strengthened", "weakened"], "modified"),
    ],
)
def test_several_links_of_one_lineage_in_one_step_net_to_one_label(labels, net):
    assert net_change(labels) == net


def test_series_json_round_trips_and_keeps_the_contracts_fields():
    v0, v1, v2 = doc("v0", ["1"], "2017-01-01"), doc("v1", ["1"], "2021-01-01"), doc("v2", ["1", "2"], "2025-01-01")

    def compute(old, new):
        return step(old, new, [(["1"], ["1"], "unchanged")], added=[p.id for p in new if p.id not in old])

    series = compare_series([v2, v0, v1], compute=compute)
    data = series.to_json()
    assert set(data) >= {"schema", "versions", "steps", "lineages"}
    assert [v["sha256"] for v in data["versions"]] == ["v0", "v1", "v2"]
    assert data["lineages"] == [{"ids": [["1"], ["1"], ["1"]], "changes": ["unchanged", "unchanged"]},
                                {"ids": [[], [], ["2"]], "changes": ["added", "added"]}]
    assert Series.from_json(data) == series


def test_a_series_needs_two_distinct_versions():
    with pytest.raises(InputError):
        compare_series([doc("a", ["1"])], compute=lambda o, n: step(o, n, []))
    with pytest.raises(InputError, match="same file"):
        compare_series([doc("a", ["1"]), doc("b", ["1"]), doc("a", ["1"])], compute=lambda o, n: step(o, n, []))
