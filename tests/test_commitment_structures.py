"""Two wordings compared as commitment structures (clauses aligned through their verbs), on small texts
written here; the expected label of each pair is read from the texts."""

from __future__ import annotations

import pytest

from nlp.engine.commitment import assess_link
from nlp.engine.commitment.clauses import clauses
from nlp.engine.commitment.lexicon import load
from nlp.engine.commitment.markers import find
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Change
from nlp.model.document import Paragraph

S, W, U, M = Change.STRENGTHENED, Change.WEAKENED, Change.UNCHANGED, Change.MODIFIED


def _assess(old: str, new: str, language: str):
    return assess_link([Paragraph("1", "operative", old)], [Paragraph("1", "operative", new)], language,
                       word_diff(old, new))


@pytest.mark.parametrize("language,old,new,expected", [
    # « nous » as the subject of « engager … à » encourages others; doubled, it is a commitment of one's own
    ("fr", "Nous nous engageons à renforcer la coopération.", "Nous engageons les États à renforcer la coopération.", W),
    ("fr", "Nous nous engageons à renforcer la coopération.", "Nous nous engageons de nouveau à renforcer la coopération.", U),
    # effort in place of a commitment, however intense
    ("en", "We commit to prevent trafficking in persons.", "We will do our utmost to prevent trafficking in persons.", W),
    ("fr", "Nous nous engageons à prévenir la traite.", "Nous redoublerons d'efforts pour prévenir la traite.", W),
    # the same intensifier in both languages, and next to a stance verb
    ("en", "Strongly urges States to ratify the Convention;", "Urges States to ratify the Convention;", W),
    ("fr", "Exhorte les États à ratifier la Convention ;", "Exhorte vivement les États à ratifier la Convention ;", S),
    ("en", "Welcomes the report of the Court;", "Warmly welcomes the report of the Court;", S),
    # a new clause that asks more, even with its own hedge, is more asked
    ("fr", "Prie le Secrétaire général de présenter un rapport.",
     "Prie le Secrétaire général de présenter un rapport et exhorte les États, le cas échéant, à coopérer avec lui.", S),
    # periodicity, deadlines and hedges in forms no list holds
    ("en", "Requests the Secretary-General to submit a report.", "Requests the Secretary-General to submit a report within a year.", S),
    ("en", "Calls upon States to adopt legislation.", "Calls upon States to adopt legislation at regular intervals.", S),
    ("en", "Calls upon States to adopt legislation.", "Calls upon States to adopt legislation, as national circumstances permit.", W),
    ("en", "Calls upon States to adopt legislation.", "Calls upon States to adopt legislation, bearing in mind national specificities.", W),
    ("fr", "Demande aux États d'adopter une législation.",
     "Demande aux États d'adopter une législation, dans le respect de leurs principes constitutionnels.", W),
    ("fr", "Demande aux États d'adopter une législation, conformément à la législation nationale.",
     "Demande aux États d'adopter une législation, conformément à la législation nationale applicable.", U),
    # editorial: a possessive said the other way
    ("en", "Reaffirms Member States’ commitment to address poverty;", "Reaffirms the commitment of Member States to address poverty;", U),
    ("en", "Takes note of the report of the Secretary-General;", "Notes the report of the Secretary-General;", U),
])
def test_pairs_read_by_hand(language, old, new, expected):
    assert _assess(old, new, language).change is expected


def test_a_future_verb_is_its_own_action_so_no_action_is_added():
    a = _assess("Nous renforcerons la coopération.", "Nous nous engageons à renforcer la coopération.", "fr")
    assert a.change is S
    assert [s.key for s in a.signals] == ["verb_stronger"]


def test_a_purpose_said_is_noted_not_judged():
    a = _assess("Nous nous engageons à renforcer la coopération.",
                "Nous nous engageons à renforcer la coopération afin de prévenir la traite.", "fr")
    assert a.change is M
    (s,) = [s for s in a.signals if s.key == "purpose_added"]
    assert s.direction == "neutral" and s.new is not None and s.new.startswith("afin de")
    assert s.new_span is not None and s.old_span is None


def test_qualifiers_belong_to_the_clause_their_verb_opens():
    text = "Prie le Secrétaire général de faire rapport et exhorte les États, le cas échéant, à coopérer."
    found = find(text, load("fr"))
    first, second = clauses(found, len(text))
    assert first.head is not None and first.head.key == "request"
    assert second.head is not None and second.head.key == "urge"
    assert [m.key for m in second.of("hedge")] == ["as_appropriate"] and not first.of("hedge")


def test_a_hedge_swapped_for_one_of_its_class_in_an_aligned_clause_is_unchanged():
    a = _assess("Invite les États, s'il y a lieu, à coopérer et prie le Secrétaire général de faire rapport.",
                "Invite les États, le cas échéant, à coopérer et prie le Secrétaire général de faire rapport.", "fr")
    assert a.change is U
