"""One link builder for the engine and for a person's corrections; a link's joined texts in the model,
computed once, and the very texts its diff describes (no view diffs again)."""

from __future__ import annotations

import pytest

from nlp.engine import compare
from nlp.engine.corrections import Correction, apply
from nlp.model.comparison import Comparison, Link, Op, joined
from nlp.model.document import Document, Paragraph
from nlp.model.textnorm import typographic


def _doc(path: str, texts: dict[str, str]) -> Document:
    return Document(path, "text", "fr", tuple(Paragraph(pid, "operative", text) for pid, text in texts.items()))


OLD = _doc("old.txt", {
    "1": "Nous encourageons les États à coopérer pour prévenir la traite des personnes.",
    "2": "Nous prenons note du rapport du Secrétaire général sur la traite.",
    "3": "Nous demandons un financement durable des services d’aide aux victimes.",
    "4": "Nous rappelons la Déclaration de 2011 sur les droits des victimes.",
})
NEW = _doc("new.txt", {
    "1": "Nous nous engageons à coopérer pour prévenir la traite des personnes.",
    "2": "Nous demandons un financement durable et prévisible des services d'aide aux victimes.",
    "3": "Nous saluons le rapport du Secrétaire général sur la traite.",
    "4": "Nous rappelons la Déclaration de 2011 sur les droits des victimes et celle de 2016.",
})


@pytest.fixture(scope="module")
def engine_result() -> Comparison:
    return compare(OLD, NEW)


def _same_but_manual(a: Link, b: Link) -> bool:
    keys = ("old", "new", "score", "change", "moved", "diff", "signals", "old_text", "new_text")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def test_a_link_drawn_by_hand_is_the_engine_s_link(engine_result):
    """Unlink each link the engine made and draw it again by hand: the same value (score, diff, label,
    signals, texts, moved or not), only marked manual — one builder, one score, one rule for moves."""
    for link in engine_result.links:
        gone = apply(engine_result, [Correction("unlink", link.old, link.new)])
        assert engine_result.link_for_old(link.old[0]) == link and gone.link_for_old(link.old[0]) is None
        again = apply(gone, [Correction("link", link.old, link.new)]).link_for_old(link.old[0])
        assert again is not None and again.manual and not link.manual
        assert _same_but_manual(again, link), (again, link)


def test_the_score_is_the_alignment_similarity_not_a_share_of_characters(engine_result):
    """A hand-made link between unrelated paragraphs scores low by the same measure the engine uses."""
    odd = apply(engine_result, [Correction("link", ("2",), ("2",))]).link_for_old("2")
    assert odd is not None and odd.manual and 0.0 <= odd.score < 0.3


def test_every_link_carries_its_joined_texts_which_its_diff_describes(engine_result):
    for link in engine_result.links:
        assert link.old_text == joined(OLD.paragraph(p).text for p in link.old)
        assert link.new_text == joined(NEW.paragraph(p).text for p in link.new)
        old_side = "".join(d.text for d in link.diff if d.op is not Op.INSERT)
        new_side = "".join(d.text for d in link.diff if d.op is not Op.DELETE)
        assert typographic(old_side).split() == typographic(link.old_text).split()
        assert typographic(new_side).split() == typographic(link.new_text).split()


def test_joined_texts_come_back_from_json_without_being_stored(engine_result):
    data = engine_result.to_json()
    assert all("old_text" not in l and "new_text" not in l for l in data["links"])  # the contract's fields only
    back = Comparison.from_json(data)
    assert [(l.old_text, l.new_text) for l in back.links] == [(l.old_text, l.new_text) for l in engine_result.links]


def test_no_view_diffs_a_link_again(engine_result, monkeypatch):
    """The reports and the window take the link's own diff: the fallback re-diff is never needed."""
    from desktop.rows import build_rows
    from nlp import present
    from nlp.export import FORMATS, render
    from nlp.present import redline

    def refuse(*_):
        raise AssertionError("a view diffed a link again")

    monkeypatch.setattr(redline, "word_diff", refuse)
    assert present.entries(engine_result) and build_rows(engine_result)
    for fmt in FORMATS:
        assert render(engine_result, fmt)
