"""Unit tests of the commitment analysis on small texts written here."""

from __future__ import annotations

import pytest

from nlp.engine.commitment import assess_link, assess_paragraph
from nlp.engine.commitment.notes import render_note
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Change
from nlp.model.document import Paragraph


def _p(text: str, pid: str = "1", kind: str = "operative", parent: str | None = None) -> Paragraph:
    return Paragraph(pid, kind, text, parent=parent)


def _assess(old: str, new: str, language: str = "fr"):
    return assess_link([_p(old)], [_p(new)], language, word_diff(old, new))


def test_verb_up_the_scale_is_stronger_with_a_note_naming_both_verbs():
    a = _assess("Encourage les États Membres à coopérer avec l'Office ;",
                "Prie instamment les États Membres de coopérer avec l'Office ;")
    assert a.change is Change.STRENGTHENED
    (s,) = [s for s in a.signals if s.type == "verb"]
    assert (s.direction, s.old, s.new) == ("stronger", "Encourage", "Prie instamment")
    note = render_note(s, "en")
    assert "Encourage" in note and "Prie instamment" in note
    assert (s.old_span.start, s.old_span.end) == (0, len("Encourage")) and s.new_span.end == len("Prie instamment")


def test_from_encouraging_others_to_a_commitment_of_ones_own():
    a = _assess("Nous encourageons les États à renforcer la coopération.",
                "Nous nous engageons à renforcer la coopération.")
    assert a.change is Change.STRENGTHENED
    s = next(s for s in a.signals if s.type == "verb")
    assert (s.old, s.new) == ("encourageons", "Nous nous engageons")
    assert "commitment of one's own" in render_note(s, "en")


def test_notes_follow_the_interface_language():
    a = _assess("Exhorte les États Membres à ratifier la Convention ;", "Invite les États Membres à ratifier la Convention ;")
    assert a.change is Change.WEAKENED
    assert "engagement plus faible" in render_note(a.signals[0], "fr")
    assert "weaker commitment" in render_note(a.signals[0], "en")


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


def test_the_commitment_is_the_verb_that_governs_not_the_first_word():
    old = "Nous réaffirmons notre appui au Plan et nous nous engageons à renforcer la coopération."
    new = "Nous réaffirmons notre appui au Plan et nous encourageons les États à renforcer la coopération."
    a = _assess(old, new)
    assert a.change is Change.WEAKENED
    s = next(s for s in a.signals if s.type == "verb")
    assert (s.old, s.new) == ("nous nous engageons", "encourageons")


def test_a_split_is_judged_on_the_joined_text():
    old = [_p("Nous nous engageons à prévenir la traite et à protéger les victimes, le cas échéant.", "3")]
    new = [_p("Nous nous engageons à prévenir la traite.", "8"), _p("Nous nous engageons à protéger les victimes.", "9")]
    diff = word_diff(" ".join(p.text for p in old), " ".join(p.text for p in new))
    a = assess_link(old, new, "fr", diff)
    assert a.change is Change.STRENGTHENED  # the hedge went; splitting one commitment in two adds none
    assert [s.type for s in a.signals if s.direction != "neutral"] == ["hedge"]


def test_a_verb_changed_in_a_subordinate_clause_weighs_less_than_the_lead():
    lead = _assess("Encourage les États Membres à coopérer ;", "Exhorte les États Membres à coopérer ;")
    sub = _assess("Prie le Secrétaire général de présenter un rapport sur les États qui encourage la coopération ;",
                  "Prie le Secrétaire général de présenter un rapport sur les États qui exhorte la coopération ;")
    weight = lambda a: max((s.weight for s in a.signals if s.type == "verb"), default=0.0)  # noqa: E731
    assert weight(sub) < weight(lead)


def test_english_works_without_a_parser():
    a = _assess("We encourage States to adopt ethical practices.", "We commit to adopting ethical practices.", "en")
    assert a.change is Change.STRENGTHENED
    a = _assess("Calls upon States to take measures to protect victims;",
                "Calls upon States to take measures, as appropriate, to protect victims;", "en")
    assert a.change is Change.WEAKENED and a.signals[0].new == "as appropriate"


def test_registered_component_on_a_blank_pipeline():
    import spacy

    from nlp.engine.commitment.components import EXTENSION

    nlp = spacy.blank("fr")
    nlp.add_pipe("travaux_commitment_markers")
    doc = nlp("Exhorte les États Membres à ratifier, le cas échéant, la Convention d'ici à 2030.")
    found = {(m.kind, m.key, m.text) for m in doc._.get(EXTENSION)}
    assert ("verb", "urge", "Exhorte") in found
    assert ("hedge", "as_appropriate", "le cas échéant") in found
    assert ("deadline", "deadline", "d'ici à 2030") in found


def test_a_language_without_lexicon_still_tells_editorial_from_substantive():
    assert _assess("Texto uno.", "Texto uno", "es").change is Change.UNCHANGED
    assert _assess("Texto uno.", "Texto dos.", "es").change is Change.MODIFIED


def test_every_note_and_gloss_exists_in_both_interface_languages():
    import re
    import tomllib
    from pathlib import Path

    from nlp.engine.commitment import lexicon

    root = Path(lexicon.__file__).parent
    used = set()
    for module in ("judge.py", "__init__.py"):
        source = (root / module).read_text(encoding="utf-8")
        # message keys are the string literals a signal is built with
        used |= set(re.findall(r'"((?:verb|stance|actions|scope|obligation|deadline|negation|quantity)_[a-z_]+'
                               r'|commitment|hedged|listed_action)"', source))
        for family in re.findall(r'f"\{kind\}_(added|removed)"', source):
            used |= {f"hedge_{family}", f"intensifier_{family}"}
        for family in re.findall(r'f"\{[ab]\.key\}_(added|removed)"', source):
            used |= {f"deadline_{family}", f"frequency_{family}"}
    used |= {f"{k}_{d}" for k in ("verb", "stance", "obligation") for d in ("stronger", "weaker")}
    tables = {lang: tomllib.loads((lexicon.LEXICONS / f"notes.{lang}.toml").read_text(encoding="utf-8"))
              for lang in ("en", "fr")}
    for lang, table in tables.items():
        assert used <= set(table["note"]), (lang, used - set(table["note"]))
        for language in ("en", "fr"):
            lex = lexicon.load(language)
            assert set(lex.levels) <= set(table["gloss"]), (lang, set(lex.levels) - set(table["gloss"]))
            hedges = {e.key for es in lex.entries.values() for e in es if e.kind == "hedge"}
            assert hedges <= set(table["hedge"]), (lang, hedges - set(table["hedge"]))
    assert set(tables["en"]["note"]) == set(tables["fr"]["note"])


def test_a_changed_figure_is_said_but_not_judged():
    a = _assess("Nous nous engageons à consacrer 0,7 % du revenu national à l'aide.",
                "Nous nous engageons à consacrer 0,5 % du revenu national à l'aide.")
    assert a.change is Change.MODIFIED
    assert [(s.type, s.direction, s.old, s.new) for s in a.signals] == [("quantity", "neutral", "0,7 %", "0,5 %")]
