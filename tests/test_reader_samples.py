"""End to end on the bundled UN texts (Source: United Nations, see resources/samples/SOURCES.md):
counts and ids a careful reader finds, metadata, page-break joins and footnote removals."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from nlp.readers import read_document
from nlp.readers.lead import lead_of

SAMPLES = ("A_RES_72_195.fr.md", "A_RES_72_1.fr.md", "A_RES_76_7.fr.txt", "CTOC_COP_11_5.fr.md", "S_RES_2388_2017.fr.txt")


@pytest.fixture(scope="module")
def docs(samples):
    return {name: read_document(samples / name) for name in SAMPLES}


def kinds(doc) -> Counter:
    return Counter(p.kind for p in doc)


def test_a_res_72_195_counts(docs):
    doc = docs["A_RES_72_195.fr.md"]
    assert kinds(doc) == {"preambular": 40, "operative": 22}
    assert sum(1 for p in doc if p.kind == "preambular" and p.parent is None) == 34
    assert [p.id for p in doc if p.parent] == [f"PP8({c})" for c in "abcdef"]
    assert [p.id for p in doc if p.kind == "operative"] == [str(n) for n in range(1, 23)]


def test_a_res_72_1_is_its_declaration(docs):
    doc = docs["A_RES_72_1.fr.md"]
    assert [p.id for p in doc] == [str(n) for n in range(1, 12)] + ["11(a)", "11(b)"] + [str(n) for n in range(12, 27)]
    assert all(p.kind == "operative" for p in doc)
    assert doc.paragraph("11(b)").parent == "11"


def test_a_res_76_7_is_its_declaration(docs):
    doc = docs["A_RES_76_7.fr.txt"]
    assert len(doc) == 40 and all(p.kind == "operative" for p in doc)
    subs = [p.id for p in doc if p.parent]
    assert subs == [f"16({c})" for c in "abcde"] + [f"24({c})" for c in "abc"] + [f"26({c})" for c in "abc"]
    assert sum(1 for p in doc if p.parent is None) == 29


def test_ctoc_cop_11_5_counts(docs):
    doc = docs["CTOC_COP_11_5.fr.md"]
    assert kinds(doc) == {"preambular": 32, "operative": 30}
    assert [p.id for p in doc if p.parent] == [f"4({c})" for c in "abcde"] + [f"9({c})" for c in "abcd"]
    assert sum(1 for p in doc if p.kind == "operative" and p.parent is None) == 21


def test_s_res_2388_counts(docs):
    doc = docs["S_RES_2388_2017.fr.txt"]
    assert kinds(doc) == {"preambular": 24, "operative": 35}
    assert [p.id for p in doc][:2] == ["PP1", "PP2"] and doc.paragraphs[-1].id == "35"


@pytest.mark.parametrize(
    "name, symbol, title_start, body, adopted",
    [
        ("A_RES_72_195.fr.md", "A/RES/72/195", "Amélioration de la coordination de l'action", "General Assembly", "2017-12-19"),
        ("A_RES_72_1.fr.md", "A/RES/72/1", "Déclaration politique sur l'application du Plan", "General Assembly", "2017-09-27"),
        ("A_RES_76_7.fr.txt", "A/RES/76/7", "Déclaration politique de 2021 sur l'application", "General Assembly", "2021-11-22"),
        (
            "CTOC_COP_11_5.fr.md",
            "11/5",
            "Application du Protocole additionnel",
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
            None,
        ),
        ("S_RES_2388_2017.fr.txt", "S/RES/2388 (2017)", None, "Security Council", "2017-11-21"),
    ],
)
def test_metadata(docs, name, symbol, title_start, body, adopted):
    doc = docs[name]
    assert doc.symbol == symbol
    assert (doc.title or None) == title_start or doc.title.startswith(title_start)
    assert doc.body == body
    assert doc.adopted == adopted
    assert doc.language == "fr"


@pytest.mark.parametrize(
    "name, pid, ending",
    [
        # « … l'application du Plan d'action » | footnotes 7–10 | « mondial, accueillant … »
        ("A_RES_72_195.fr.md", "PP16", "dans l'application du Plan d'action mondial, accueillant avec satisfaction les activités menées par"),
        # « … et, tout en » | footnotes 12–14 | « se félicitant des manifestations … »
        ("A_RES_72_195.fr.md", "5", "qui sera célébrée chaque année et, tout en se félicitant des manifestations qu'organisent"),
        # « … des campagnes d'éducation » | footnotes 1–2 | « et de sensibilisation … »
        ("A_RES_72_1.fr.md", "3", "Nous nous engageons de nouveau à lancer des campagnes d'éducation et de sensibilisation pour prévenir la traite des personnes."),
        # « sous- » | --- footnote 6 | « régionaux » : a hyphenated word keeps its hyphen and no space
        ("A_RES_72_1.fr.md", "24", "par l'intermédiaire de mécanismes régionaux, sous-régionaux et interrégionaux et dans le cadre"),
        # « … contre la traite » | footnotes 3–9 | « d'êtres humains¹⁰. Nous nous engageons … »
        ("A_RES_76_7.fr.txt", "8", "Journée mondiale de la lutte contre la traite d'êtres humains. Nous nous engageons à honorer nos obligations"),
        # « Nous nous » | page break | « engageons … »
        ("A_RES_76_7.fr.txt", "15", "toutes les formes de criminalité organisée. Nous nous engageons à renforcer les moyens"),
        # « … et, » | footnote 10 | « conscients de leur rôle … »
        ("A_RES_76_7.fr.txt", "12", "demandons le plein respect de leurs droits humains, et, conscients de leur rôle d'agents de changement"),
        # « … la publication du *Rapport mondial…*, » | --- footnote 2 | « qui contribue … »
        ("CTOC_COP_11_5.fr.md", "PP16", "de la publication du Rapport mondial sur la traite des personnes, qui contribue à mieux faire comprendre"),
        # « … en ayant à l'esprit les » | page break | « dispositions du paragraphe 1 … »
        ("CTOC_COP_11_5.fr.md", "9(c)", "en ayant à l'esprit les dispositions du paragraphe 1 de l'article 6 du Protocole"),
        # « … toutes les parties concernées, » | page break | « notamment au moyen … »
        ("S_RES_2388_2017.fr.txt", "PP13", "associant toutes les parties concernées, notamment au moyen d'initiatives et de mécanismes bilatéraux"),
        ("S_RES_2388_2017.fr.txt", "10", "notamment de Yézidis et de membres d'autres minorités religieuses ou ethniques"),
    ],
)
def test_page_break_joins(docs, name, pid, ending):
    assert ending in docs[name].paragraph(pid).text


def test_exact_joined_paragraphs(docs):
    assert docs["S_RES_2388_2017.fr.txt"].paragraph("PP13").text == (
        "Conscient qu'il faut continuer de promouvoir l'établissement d'un partenariat mondial contre la traite "
        "des êtres humains associant toutes les parties concernées, notamment au moyen d'initiatives et de "
        "mécanismes bilatéraux, multilatéraux et régionaux,"
    )
    assert docs["A_RES_76_7.fr.txt"].paragraph("25").text == (
        "Nous nous déclarons profondément inquiets du fait que de plus en plus de liens existent entre les groupes "
        "armés, notamment terroristes, et la traite des personnes, impliquant l'exercice de la contrainte sur les "
        "victimes, notamment sur les femmes et les filles qui subissent mariage forcé, esclavage sexuel, grossesses "
        "forcées, travail forcé, servitude domestique et exploitation sexuelle, et sur les hommes et les garçons qui "
        "sont contraints au travail forcé ou à la participation aux combats."
    )
    assert docs["A_RES_76_7.fr.txt"].paragraph("2").text == (
        "Nous rappelons et réaffirmons notre attachement au Programme de développement durable à l'horizon 2030, "
        "prenant note de sa nature intégrée et indivisible et sachant qu'il comprend des engagements relatifs à la "
        "lutte contre toutes les formes de traite des personnes, constatons l'importance des partenariats à cet "
        "égard, et soulignons que le Programme 2030 et le Plan d'action mondial se renforcent mutuellement."
    )


@pytest.mark.parametrize(
    "name, pid, notes",
    [
        ("A_RES_72_195.fr.md", "PP4", ("Résolution 70/1.",)),
        (
            "A_RES_72_195.fr.md",
            "PP5",
            (
                "Nations Unies, Recueil des Traités, vol. 2225, n° 39574.",
                "Ibid., vol. 2237, n° 39574.",
                "Ibid., vol. 2171, n° 27531.",
                "Ibid., vol. 266, n° 3822.",
            ),
        ),
        # call-outs repeated in the operative part point back to notes printed pages earlier
        ("A_RES_72_195.fr.md", "1", ("Nations Unies, Recueil des Traités, vol. 2225, n° 39574.", "Ibid., vol. 2237, n° 39574.")),
        ("A_RES_72_195.fr.md", "PP32", ("A/71/119.",)),
        ("A_RES_72_195.fr.md", "PP33", ("A/72/164.",)),
        ("A_RES_72_1.fr.md", "3", ("Voir résolution 68/192.",)),
        ("A_RES_72_1.fr.md", "24", ("Résolution 48/134, annexe.",)),
        ("A_RES_76_7.fr.txt", "2", ("Résolution 70/1.",)),
        ("A_RES_76_7.fr.txt", "8", ("Voir résolution 68/192.",)),
        ("A_RES_76_7.fr.txt", "7", ("Résolution 73/195, annexe.", "Documents officiels de l'Assemblée générale, soixante-treizième session, Supplément n° 12 [A/73/12 (Part I) et A/73/12 (Part II)], deuxième partie.", "CEDAW/C/GC/38.")),
        ("CTOC_COP_11_5.fr.md", "PP1", ("Nations Unies, Recueil des Traités, vol. 2225, 2237, 2241 et 2326, n° 39574.",)),
        ("CTOC_COP_11_5.fr.md", "PP17", ("E/2022/27, par. 1.",)),
    ],
)
def test_footnotes(docs, name, pid, notes):
    assert docs[name].paragraph(pid).footnotes == notes


def test_no_markup_call_out_or_furniture_left_in_any_text(docs):
    leftovers = re.compile(r"<sup>|</?[a-z]+>|\*|\^|\]\(#\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]|^\s|\s$|\s\s|^\d+\.\s|^\(?[a-z]\)\s")
    for name, doc in docs.items():
        for p in doc:
            assert not leftovers.search(p.text), (name, p.id, p.text[:80])
            assert p.text[-1] in ".;,:", (name, p.id, p.text[-40:])  # final punctuation kept as is
            for note in p.footnotes:
                assert not re.search(r"<sup>|\*|\]\(#\)", note), (name, p.id, note)


def test_leads(docs):
    d = docs
    assert d["A_RES_72_195.fr.md"].paragraph("PP1").lead == "Condamnant de nouveau énergiquement"
    assert d["A_RES_72_195.fr.md"].paragraph("PP8(a)").lead is None
    assert d["A_RES_72_195.fr.md"].paragraph("21").lead == "Accueille avec satisfaction"
    assert d["A_RES_76_7.fr.txt"].paragraph("1").lead == "Nous réaffirmons"
    assert d["A_RES_76_7.fr.txt"].paragraph("8").lead == "Nous nous engageons de nouveau"
    assert d["A_RES_72_1.fr.md"].paragraph("11(a)").lead == "Réaffirmons"
    assert d["CTOC_COP_11_5.fr.md"].paragraph("1").lead == "Prie instamment"
    assert d["S_RES_2388_2017.fr.txt"].paragraph("18").lead == "Condamne énergiquement"
    assert d["S_RES_2388_2017.fr.txt"].paragraph("PP8").lead == "Se déclarant à nouveau profondément préoccupé"


def test_rule_based_leads_agree_with_the_italics_of_the_texts(docs):
    """Where the UN set the lead in italics, the rules alone find the same words (AKN has no italics)."""
    checked = 0
    for name, doc in docs.items():
        for p in doc:
            assert lead_of(p.text, p.kind, doc.language) == p.lead, (name, p.id)
            checked += 1
    assert checked == 62 + 28 + 40 + 62 + 59
