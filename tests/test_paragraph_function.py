"""``function``: what a paragraph does (preambular or operative), whatever its numbering; the commitment
of an added or removed paragraph follows from it. Cases written here, annotated by reading them."""

from __future__ import annotations

import json

import pytest

from nlp.engine.commitment.function import function_of, with_functions
from nlp.model.document import Document, Paragraph


@pytest.mark.parametrize("language,kind,text,function", [
    ("fr", "operative", "Rappelant sa résolution 70/1 du 25 septembre 2015,", "preambular"),  # a numbered preamble
    ("en", "operative", "Recalling its resolution 70/1 of 25 September 2015,", "preambular"),
    ("fr", "preambular", "Exhortant les États à ratifier la Convention,", "preambular"),  # a participle asks nothing
    ("en", "operative", "Reaffirms its resolution 72/1;", "preambular"),
    ("fr", "operative", "Nous rappelons le Pacte mondial sur les réfugiés.", "preambular"),
    ("en", "operative", "We note with concern the misuse of information technologies.", "preambular"),
    ("fr", "operative", "Exhorte les États Membres à ratifier la Convention ;", "operative"),
    ("en", "operative", "Urges Member States to ratify the Convention;", "operative"),
    ("en", "operative", "Firmly calls upon all parties to respect the ceasefire;", "operative"),
    ("fr", "operative", "Nous nous engageons à protéger les victimes.", "operative"),
    ("en", "operative", "We commit to protecting victims and to prosecuting traffickers.", "operative"),
    ("en", "operative", "We affirm our commitment to protect the privacy of victims.", "operative"),
    ("fr", "operative", "Décide de rester saisie de la question.", "operative"),
    ("fr", "operative", "Note la tenue de la réunion et prie l'Office de faire rapport ;", "operative"),
])
def test_function_follows_what_the_paragraph_does(language, kind, text, function):
    assert function_of(Paragraph("1", kind, text), language) == function


def test_a_list_item_does_what_its_introduction_does():
    doc = Document("x.txt", "text", "fr", (
        Paragraph("5", "operative", "Demande aux parties :"),
        Paragraph("5(a)", "operative", "De réaffirmer leur appui aux comités techniques ;", parent="5"),
        Paragraph("6", "operative", "Nous rappelons que :"),
        Paragraph("6(a)", "operative", "La traite est un crime ;", parent="6"),
    ))
    assert [p.function for p in with_functions(doc)] == ["operative", "operative", "preambular", "preambular"]


def test_added_and_removed_commitment_follows_the_function():
    from nlp.engine import compare

    old = Document("a.txt", "text", "en", (
        Paragraph("1", "operative", "Urges Member States to ratify the Convention;"),
        Paragraph("2", "operative", "Reaffirms its resolution 72/1;"),
    ))
    new = Document("b.txt", "text", "en", (
        Paragraph("1", "operative", "Urges Member States to ratify the Convention;"),
        Paragraph("2", "operative", "Recalling the Global Plan of Action to Combat Trafficking in Persons,"),
        Paragraph("3", "operative", "Requests the Secretary-General to report at its next session;"),
    ))
    c = compare(old, new)
    got = {(a.new, a.commitment) for a in c.added} | {(r.old, r.commitment) for r in c.removed}
    for pid, commits in got:
        side = c.new if any(a.new == pid for a in c.added) else c.old
        assert commits == (side.paragraph(pid).function == "operative")
    assert ("3", True) in got
    assert c.new.paragraph("2").function == "preambular" and c.to_json()["new"]["paragraphs"][1]["function"] == "preambular"


def test_parse_prints_the_function(tmp_path, capsys):
    from nlp.cli import main as cli

    path = tmp_path / "d.txt"
    path.write_text("1. Rappelant sa résolution 70/1,\n\n2. Exhorte les États à agir ;\n", encoding="utf-8")
    assert cli.run(["parse", str(path), "--format", "json"]) == 0
    paragraphs = json.loads(capsys.readouterr().out)["paragraphs"]
    assert [p["function"] for p in paragraphs] == ["preambular", "operative"]


@pytest.mark.parametrize("language,text", [
    ("fr", "Exhorte vivement tous les États à ratifier sans délai la Convention, le cas échéant, d'ici à 2030, "
           "afin de protéger les victimes ; prie le Secrétaire général de faire rapport chaque année ;"),
    ("en", "Firmly urges all States to ratify without delay the Convention, as appropriate, by 2030, in order to "
           "protect victims; requests the Secretary-General to report annually;"),
])
def test_the_commitment_structure_is_the_same_in_both_languages(language, text):
    from nlp.engine.commitment.structure import structure_of

    first, second = structure_of(text, language).clauses
    assert (first.verb.key, first.actor, first.commits) == ("urge", "others", True)
    assert [p.key for p in first.hedges] == ["as_appropriate"] and [p.key for p in first.scope] == ["wide"]
    assert {p.key for p in first.intensifiers} == {"strongly", "urgently"}
    assert [p.key for p in first.deadlines] == ["deadline"] and first.purpose is not None
    assert text[first.purpose.start:first.purpose.end] == first.purpose.text and "victim" in first.purpose.text
    assert (second.verb.key, [p.key for p in second.deadlines]) == ("request", ["frequency"])
    for part in first.hedges + first.scope + first.intensifiers + second.deadlines:
        assert text[part.start:part.end] == part.text  # each part carries its span
