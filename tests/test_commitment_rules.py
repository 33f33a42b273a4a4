"""Unit tests of the commitment analysis on small texts written here."""

from __future__ import annotations

import pytest

from nlp.comparison import Change
from nlp.commitment import assess_link, assess_paragraph
from nlp.document import Paragraph
from nlp.worddiff import word_diff


def _p(text: str, pid: str = "1", kind: str = "operative", parent: str | None = None) -> Paragraph:
    return Paragraph(pid, kind, text, parent=parent)


def _assess(old: str, new: str, language: str = "fr", notes_language: str = "en"):
    return assess_link([_p(old)], [_p(new)], language, word_diff(old, new), notes_language=notes_language)


def test_verb_up_the_scale_is_stronger_with_a_note_naming_both_verbs():
    a = _assess("Encourage les États Membres à coopérer avec l'Office ;",
                "Prie instamment les États Membres de coopérer avec l'Office ;")
    assert a.change is Change.STRENGTHENED
    (s,) = [s for s in a.signals if s.type == "verb"]
    assert (s.direction, s.old, s.new) == ("stronger", "Encourage", "Prie instamment")
    assert "Encourage" in s.note and "Prie instamment" in s.note


def test_from_encouraging_others_to_a_commitment_of_ones_own():
    a = _assess("Nous encourageons les États à renforcer la coopération.",
                "Nous nous engageons à renforcer la coopération.", notes_language="en")
    assert a.change is Change.STRENGTHENED
    s = next(s for s in a.signals if s.type == "verb")
    assert (s.old, s.new) == ("encourageons", "Nous nous engageons")
    assert "commitment of one's own" in s.note


def test_notes_follow_the_interface_language():
    a = _assess("Exhorte les États Membres à ratifier la Convention ;", "Invite les États Membres à ratifier la Convention ;",
                notes_language="fr")
    assert a.change is Change.WEAKENED
    assert "engagement plus faible" in a.signals[0].note


@pytest.mark.parametrize("old,new", [
    ("Nous réaffirmons le Plan et les engagements qui y sont énoncés.",
     "Nous réaffirmons le Plan ainsi que les engagements qui y sont énoncés."),
    ("Nous constatons l'importance des partenariats à cet égard et soulignons que le Programme 2030 compte.",
     "Nous constatons l'importance des partenariats à cet égard, et soulignons que le Programme 2030 compte."),
    ("Réaffirmons notre appui résolu au fonds et invitons toutes les parties prenantes à y participer ;",
     "Nous réaffirmons notre appui résolu au fonds et nous invitons toutes les parties prenantes à y participer ;"),
    ("en étroite coopération avec les États Membres.", "en étroite coopération et collaboration avec les États Membres."),
    ("l\u2019Office des Nations Unies contre la drogue et le crime", "l'Office des Nations Unies contre la drogue et le crime"),
])
def test_editorial_edits_are_unchanged(old, new):
    a = _assess(old, new)
    assert a.change is Change.UNCHANGED and a.signals == ()


def test_added_paragraph_that_commits_and_one_that_only_recalls():
    commits, signals = assess_paragraph(_p("Nous nous engageons à protéger la vie privée des victimes."), "fr")
    assert commits and signals[0].new == "Nous nous engageons"
    commits, _ = assess_paragraph(_p("Nous rappelons le Pacte mondial sur les réfugiés."), "fr")
    assert not commits
