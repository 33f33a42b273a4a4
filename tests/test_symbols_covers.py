"""Document symbols of every UN series, and what a draft's cover says (status, session, agenda item,
sponsors), in French and English; cover lines are never text, in any format."""

from __future__ import annotations

import pytest

from nlp.readers import read_bytes
from nlp.readers.covers import is_cover_furniture, read_cover
from nlp.readers.symbols import find_symbols, status_of

SYMBOLS = [
    # symbol, status it says by itself
    ("A/RES/80/6", "adopted"),
    ("S/RES/2388 (2017)", "adopted"),
    ("E/RES/2024/5", "adopted"),
    ("A/HRC/RES/58/3", "adopted"),
    ("A/DEC/79/555", "adopted"),
    ("A/80/L.9", "draft"),
    ("A/80/L.18/Rev.1", "draft"),
    ("A/C.3/80/L.12/Rev.1", "draft"),
    ("A/HRC/58/L.5", "draft"),
    ("E/CN.15/2025/L.3", "draft"),
    ("E/CN.15/2025/L.3/Rev.1", "draft"),
    ("E/CN.7/2025/L.2/Rev.1/Corr.1", "draft"),
    ("A/80/L.9/Add.1", "draft"),
    ("A/HRC/58/L.5/Corr.1", "draft"),
    ("A/C.3/80/L.12/Rev.2/Add.1", "draft"),
    ("CTOC/COP/2024/L.3", "draft"),
    ("E/2025/L.20", "draft"),
    ("S/2024/400", None),
    ("A/80/342/Add.1", None),
    ("A/79/PV.12/Corr.1", None),
    ("S/PRST/2013/2", "adopted"),
]


@pytest.mark.parametrize("symbol,status", SYMBOLS)
def test_every_series_is_recognised_in_running_text(symbol, status):
    for text in (symbol, f"United Nations {symbol}", f"[without reference to a Main Committee ({symbol})]",
                 f"{symbol}      Report of the International Criminal Court", f"see {symbol}; and"):
        assert find_symbols(text) == [symbol], text
    assert status_of(symbol) == status


def test_not_symbols():
    for text in ("for 2024/25;", "resolution 79/6 of 29 October 2024", "Distr.: General", "page 2/5", "and/or",
                 "A/B testing", "Rev.1"):
        assert find_symbols(text) == [], text


def test_joint_symbols_and_year_spacing():
    assert find_symbols("A/67/828-S/2013/210, annex.") == ["A/67/828", "S/2013/210"]
    assert find_symbols("S/RES/2388(2017)") == ["S/RES/2388 (2017)"]


def test_english_cover():
    cover = read_cover([
        "United Nations A/80/L.9", "General Assembly Distr.: Limited", "5 November 2025", "Eightieth session",
        "Agenda item 74", "Report of the International Criminal Court",
        "Andorra, Antigua and Barbuda, Bosnia and Herzegovina, Netherlands (Kingdom of the),",
        "Saint Vincent and the Grenadines, United Kingdom of Great Britain and Northern Ireland, Zambia and State of Palestine:* draft resolution",
        "Report of the International Criminal Court",
    ], "en")
    assert cover.status == "draft" and cover.session == "Eightieth session" and cover.agenda_item == "74"
    assert cover.sponsors == ("Andorra", "Antigua and Barbuda", "Bosnia and Herzegovina", "Netherlands (Kingdom of the)",
                              "Saint Vincent and the Grenadines", "United Kingdom of Great Britain and Northern Ireland",
                              "Zambia", "State of Palestine")
    assert cover.title == "Report of the International Criminal Court"


def test_french_cover_with_a_group_and_a_revised_draft():
    cover = read_cover([
        "Quatre-vingtième session", "Point 72 a) de l’ordre du jour",
        "Ouganda (au nom du Groupe des 77 et de la Chine), Royaume-Uni de Grande-Bretagne et d’Irlande du Nord "
        "et Trinité-et-Tobago : projet de résolution révisé",
    ], "fr")
    assert cover.status == "draft" and cover.session == "Quatre-vingtième session" and cover.agenda_item == "72 a)"
    assert cover.sponsors == ("Ouganda (au nom du Groupe des 77 et de la Chine)",
                              "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "Trinité-et-Tobago")


def test_human_rights_council_cover_marks_non_members():
    cover = read_cover(["Human Rights Council", "Fifty-eighth session", "Agenda items 2 and 3",
                        "Albania,* Andorra,* Austria, Chile and Costa Rica: draft resolution"], "en")
    assert cover.sponsors == ("Albania", "Andorra", "Austria", "Chile", "Costa Rica")
    assert cover.agenda_item == "2 and 3" and cover.session == "Fifty-eighth session"


def test_adopted_cover():
    cover = read_cover(["Resolution adopted by the General Assembly on 11 November 2025",
                        "[without reference to a Main Committee (A/80/L.9)]"], "en")
    assert (cover.status, cover.sponsors) == ("adopted", ())
    assert read_cover(["Résolution adoptée par l’Assemblée générale le 27 septembre 2017"], "fr").status == "adopted"
    assert read_cover(["Nothing here"], "en").status is None


@pytest.mark.parametrize("line", [
    "Please recycle", "Please recycle ♲", "Merci de recycler",
    "* Any changes to the list of sponsors will be reflected in the official record of the meeting.",
    "* Toute modification de la liste des auteurs sera consignée dans le compte rendu officiel de la séance.",
    "* State not a member of the Human Rights Council.", "Distr.: General", "Distr. : limitée", "Original: English",
])
def test_cover_furniture(line):
    assert is_cover_furniture(line)


def test_text_that_mentions_sponsors_is_not_furniture():
    assert not is_cover_furniture("Welcomes the list of sponsors, and calls upon States to recycle;")


DRAFT_TEXT = """United Nations A/C.3/80/L.12/Rev.1

General Assembly

Distr.: Limited
12 November 2025

Original: English

Eightieth session
Agenda item 28

Advancement of women

Chile, France, Mexico and Uganda (on behalf of the Group of African States):* revised draft resolution

Violence against women migrant workers

The General Assembly,

Recalling its resolution 78/185 of 19 December 2023,

Deeply concerned by violence against women migrant workers,

Please recycle

* Any changes to the list of sponsors will be reflected in the official record of the meeting.

1. Calls upon States to protect women migrant workers;

2. Decides to continue its consideration of the question at its eighty-second session.
"""


def _check_draft(doc):
    assert doc.symbol == "A/C.3/80/L.12/Rev.1" and doc.status == "draft"
    assert doc.sponsors == ("Chile", "France", "Mexico", "Uganda (on behalf of the Group of African States)")
    assert doc.agenda_item == "28" and doc.session == "Eightieth session"
    assert doc.title == "Violence against women migrant workers"
    assert [p.id for p in doc.paragraphs] == ["PP1", "PP2", "1", "2"]
    assert doc.paragraph("PP2").text == "Deeply concerned by violence against women migrant workers,"


def test_a_draft_as_plain_text():
    _check_draft(read_bytes(DRAFT_TEXT.encode(), "A_C.3_80_L.12_Rev.1.txt"))


def test_a_draft_as_a_web_page():
    blocks = [b for b in DRAFT_TEXT.split("\n\n") if b.strip()]
    html = "<html><body>" + "".join(f"<p>{b}</p>" for b in blocks) + "<footer><p>Please recycle</p></footer></body></html>"
    _check_draft(read_bytes(html.encode(), "draft.html"))


def test_parse_json_carries_status_and_sponsors(tmp_path):
    from nlp.cli.main import run

    src = tmp_path / "draft.txt"
    src.write_text(DRAFT_TEXT, encoding="utf-8")
    out = tmp_path / "draft.json"
    assert run(["parse", str(src), "-o", str(out)]) == 0
    import json

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["symbol"] == "A/C.3/80/L.12/Rev.1" and data["status"] == "draft"
    assert data["sponsors"][-1] == "Uganda (on behalf of the Group of African States)"
    assert data["agenda_item"] == "28" and data["session"] == "Eightieth session"
    assert not list(tmp_path.glob(".*part"))  # written atomically: no temporary file left


def test_call_outs_at_line_ends_do_not_hide_where_a_paragraph_starts():
    """One paragraph a line: « …,¹ » then « Recalling… », « …persons.⁸ » then « 6. We recall… »."""
    text = (
        "The General Assembly,\nRecalling its resolution 70/1,¹\nRecalling also the Convention,<sup>2</sup>\n"
        "Noting with concern trafficking in persons,[^3]\n1. We commit to act in persons.⁴\n2. We recall the Plan;\n\n"
        "¹ Resolution 70/1.\n² The Convention.\n³ Note three.\n⁴ Note four.\n"
    )
    doc = read_bytes(text.encode(), "lines.md")
    assert [(p.id, p.text, p.footnotes) for p in doc.paragraphs] == [
        ("PP1", "Recalling its resolution 70/1,", ("Resolution 70/1.",)),
        ("PP2", "Recalling also the Convention,", ("The Convention.",)),
        ("PP3", "Noting with concern trafficking in persons,", ("Note three.",)),
        ("1", "We commit to act in persons.", ("Note four.",)),
        ("2", "We recall the Plan;", ()),
    ]


# A draft of the Commission on Crime Prevention and Criminal Justice that recommends a draft for adoption
# by the General Assembly (the shape of E/CN.15/2025/L.3/Rev.1): the Commission's sentence and the
# heading of the nested draft are cover, the nested draft's title is the title, its organ the body.
RECOMMENDS = ("The Commission on Crime Prevention and Criminal Justice recommends to the Economic and Social "
              "Council the approval of the following draft resolution for adoption by the General Assembly:")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_commission_draft_that_nests_the_draft_it_recommends(fmt):
    from tests.fixtures_un import Cover, Para, build_un_docx, build_un_pdf

    cover = Cover(symbol="E/CN.15/2025/L.3/Rev.1", title="Improving the coordination of efforts against trafficking in persons",
                  sponsors=("Austria", "Brazil", "Colombia", "Italy"), body="Economic and Social Council",
                  session="Thirty-fourth session", agenda_item="5", recommends=RECOMMENDS)
    paras = [Para("Reaffirming its resolution 64/293 of 30 July 2010,", lead="Reaffirming"),
             Para("Urges Member States to ratify the Protocol;", label="1."),
             Para("Requests the Secretary-General to report to it at its eighty-first session.", label="2.")]
    build = build_un_pdf if fmt == "pdf" else build_un_docx
    doc = read_bytes(build(cover, paras), f"E_CN.15_2025_L.3_Rev.1.{fmt}")
    assert (doc.symbol, doc.status, doc.title, doc.body) == (
        "E/CN.15/2025/L.3/Rev.1", "draft", cover.title, "General Assembly")
    assert (doc.session, doc.agenda_item, doc.sponsors) == ("Thirty-fourth session", "5", cover.sponsors)
    assert [(p.id, p.text) for p in doc] == [("PP1", paras[0].text), ("1", paras[1].text), ("2", paras[2].text)]


def test_a_resolution_of_the_conference_of_the_parties_is_named_by_the_number_it_prints(tmp_path):
    """« Résolution 11/5 », adopted by the Conference of the Parties: the UN cites it as « resolution 11/5 »
    and prints it in the session's report (CTOC/COP/2022/9); no symbol of its own, and nothing taken
    from the file's name (resources/samples/CTOC_COP_11_5.fr.md, source: United Nations)."""
    from pathlib import Path

    from nlp.readers import read_document

    sample = Path(__file__).resolve().parent.parent / "resources" / "samples" / "CTOC_COP_11_5.fr.md"
    renamed = tmp_path / "projet.md"
    renamed.write_bytes(sample.read_bytes())
    for path in (sample, renamed):
        doc = read_document(path)
        assert (doc.symbol, doc.status) == ("11/5", "adopted")
        assert doc.body == "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
