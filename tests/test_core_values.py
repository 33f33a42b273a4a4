"""The value objects of the contract and the helpers every part relies on."""

from nlp.engine.worddiff import word_diff
from nlp.model.comparison import (
    Added,
    Change,
    Comparison,
    DiffOp,
    Link,
    Op,
    Removed,
    Signal,
    accounted_once,
    params,
)
from nlp.model.document import Document, Paragraph


def _doc(*ids: str) -> Document:
    return Document(path="x.txt", format="text", language="fr", paragraphs=tuple(Paragraph(i, "operative", f"texte {i}") for i in ids))


def test_comparison_round_trips_through_json_and_counts_summary():
    old, new = _doc("1", "2", "3"), _doc("1", "2", "3", "4")
    sig = Signal("verb", "stronger", "encourageons", "nous engageons", "verb_stronger", params(old="encourageons", new="nous engageons", old_verb="encourage", new_verb="commit"))
    c = Comparison(
        old,
        new,
        links=(
            Link(("1",), ("1",), 1.0, Change.UNCHANGED),
            Link(("2", "3"), ("2",), 0.8, Change.STRENGTHENED, moved=True, diff=(DiffOp(Op.EQUAL, "a"),), signals=(sig,)),
        ),
        added=(Added("3", False), Added("4", True)),
        removed=(),
    )
    assert c.summary == {"unchanged": 1, "modified": 0, "strengthened": 1, "weakened": 0, "moved": 1, "added": 2, "removed": 0}
    assert Comparison.from_json(c.to_json()) == c
    assert accounted_once(c) == []


def test_accounted_once_reports_a_paragraph_missing_or_twice():
    old, new = _doc("1", "2"), _doc("1")
    c = Comparison(old, new, links=(Link(("1",), ("1",), 1.0, Change.UNCHANGED),), removed=(Removed("1", False),))
    problems = accounted_once(c)
    assert "old 1 appears 2 times" in problems and "old 2 appears 0 times" in problems


def test_word_diff_ignores_typography_and_keeps_reading_order():
    diff = word_diff("Nous encourageons l’action « concertée »", "Nous nous engageons à l'action «concertée»")
    words = [d for d in diff if not d.text.isspace()]  # spacing around « » is not a difference of words
    assert [d.op for d in words] == [Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL, Op.EQUAL, Op.EQUAL]
    assert words[1].text.strip() == "encourageons"
    assert words[2].text.strip() == "nous engageons à"
    assert "".join(d.text for d in diff if d.op is not Op.DELETE) == "Nous nous engageons à l'action «concertée»"


def test_word_diff_gives_back_both_texts_with_their_spaces():
    old = "sustainable development and we note that measures protect the child. We stress"
    new = "sustainable development, and we note that measures, protect the child.We stress"
    diff = word_diff(old, new)
    assert "".join(d.text for d in diff if d.op is not Op.INSERT) == old
    assert "".join(d.text for d in diff if d.op is not Op.DELETE) == new
    assert [d.text for d in diff if d.op is not Op.EQUAL and not d.text.isspace()] == [", ", ", "]


def test_identical_texts_diff_to_one_equal_run():
    assert word_diff("Prie le Secrétaire général.", "Prie le Secrétaire général.") == (DiffOp(Op.EQUAL, "Prie le Secrétaire général."),)
