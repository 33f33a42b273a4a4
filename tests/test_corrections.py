"""Manual corrections replayed on a comparison: pure, and every paragraph still in exactly one place."""

from __future__ import annotations

import pytest

from nlp.engine.corrections import Correction, applicable, apply
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Added, Change, Comparison, Link, accounted_once
from nlp.model.document import Document, Paragraph


def _doc(path: str, texts: dict[str, str]) -> Document:
    return Document(path, "text", "fr", tuple(Paragraph(pid, "operative", text) for pid, text in texts.items()))


OLD = _doc("old.txt", {
    "1": "Nous encourageons les États à agir.",
    "2": "Nous prenons note du rapport.",
    "3": "Nous demandons un financement durable.",
    "4": "Nous rappelons la Déclaration de 2011.",
})
NEW = _doc("new.txt", {
    "1": "Nous nous engageons à agir.",
    "2": "Nous demandons un financement durable et prévisible.",
    "3": "Nous saluons le rapport.",
    "4": "Nous rappelons la Déclaration de 2011 et celle de 2016.",
})


def _link(old, new, change=Change.MODIFIED, moved=False) -> Link:
    o = " ".join(OLD.paragraph(p).text for p in old)
    n = " ".join(NEW.paragraph(p).text for p in new)
    return Link(tuple(old), tuple(new), 0.8, change, moved, word_diff(o, n))


@pytest.fixture
def comparison() -> Comparison:
    c = Comparison(
        OLD,
        NEW,
        links=(_link(["1"], ["1"]), _link(["3"], ["2"], moved=True), _link(["2", "4"], ["4"])),
        added=(Added("3", False),),
        removed=(),
    )
    assert accounted_once(c) == []
    return c


def test_json_round_trip():
    c = Correction("relabel", ("1",), ("1",), "strengthened")
    assert Correction.from_json(c.to_json()) == c
    link = Correction("link", ("2",), ("3",))
    assert link.to_json() == {"action": "link", "old": ["2"], "new": ["3"]}
    assert Correction.from_json(link.to_json()) == link


def test_bad_corrections_are_refused():
    with pytest.raises(ValueError):
        Correction("merge", ("1",), ("1",))
    with pytest.raises(ValueError):
        Correction("relabel", ("1",), ("1",), "much better")
    with pytest.raises(ValueError):
        Correction("link", ("1",), ())


def test_link_takes_paragraphs_from_other_links_and_added(comparison):
    result = apply(comparison, [Correction("link", ("2",), ("3",))])
    assert accounted_once(result) == []
    made = result.link_for_new("3")
    assert made.old == ("2",) and made.manual
    assert made.diff and any(d.op.value == "delete" for d in made.diff)
    assert 0 < made.score < 1
    # what was left of the 2+4 → 4 merge stays linked, recomputed
    rest = result.link_for_new("4")
    assert rest.old == ("4",)
    assert "3" not in [a.new for a in result.added]
    # links stay in the new text's reading order
    assert [l.new[0] for l in result.links] == ["1", "2", "3", "4"]
    # the input was not touched
    assert comparison.link_for_new("4").old == ("2", "4")


def test_link_that_empties_a_side_frees_the_rest(comparison):
    result = apply(comparison, [Correction("link", ("1",), ("3",))])
    assert accounted_once(result) == []
    assert "1" in [a.new for a in result.added]  # new 1 lost its only old paragraph
    assert result.link_for_new("3").old == ("1",)


def test_unlink_makes_added_and_removed(comparison):
    result = apply(comparison, [Correction("unlink", ("2", "4"), ("4",))])
    assert accounted_once(result) == []
    assert [r.old for r in result.removed] == ["2", "4"]
    assert [a.new for a in result.added] == ["3", "4"]
    assert result.summary["removed"] == 2


def test_relabel_overrides_the_change(comparison):
    result = apply(comparison, [Correction("relabel", ("1",), ("1",), "strengthened")])
    link = result.link_for_new("1")
    assert link.change is Change.STRENGTHENED and link.manual
    assert result.summary["strengthened"] == 1
    assert accounted_once(result) == []


def test_undo_is_applying_one_correction_fewer(comparison):
    steps = [Correction("unlink", ("1",), ("1",)), Correction("link", ("1",), ("3",))]
    assert apply(comparison, steps[:0]) == comparison
    once = apply(comparison, steps[:1])
    twice = apply(comparison, steps)
    assert once != twice
    assert apply(comparison, steps[:1]) == once


def test_a_correction_that_no_longer_fits_is_skipped(comparison):
    gone = Correction("unlink", ("3",), ("3",))  # no such link
    unknown = Correction("link", ("99",), ("1",))  # no such paragraph
    assert not applicable(comparison, gone)
    assert not applicable(comparison, unknown)
    assert apply(comparison, [gone, unknown]) == comparison


def test_linking_the_same_pair_twice_is_not_applicable(comparison):
    assert not applicable(comparison, Correction("link", ("1",), ("1",)))


def test_a_manual_link_out_of_the_old_order_is_marked_moved(comparison):
    # old 4 linked to new 1, before the links of old 1 and old 3: it left its relative place
    steps = [Correction("unlink", ("1",), ("1",)), Correction("unlink", ("2", "4"), ("4",)), Correction("link", ("4",), ("1",))]
    result = apply(comparison, steps)
    assert accounted_once(result) == []
    assert result.link_for_new("1").moved
    # old 1 linked back to new 1 keeps the order
    back = apply(comparison, [Correction("unlink", ("1",), ("1",)), Correction("link", ("1",), ("1",))])
    assert not back.link_for_new("1").moved
