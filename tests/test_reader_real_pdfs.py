"""Six real PDFs of the General Assembly's 2025 session (tests/data/real, source: United Nations):
last year's resolution, this year's draft (an L-document with its cover and sponsors), the adopted
text — for the International Criminal Court (79/6 → A/80/L.9 → 80/6) and the safety of humanitarian
personnel (79/138 → A/80/L.18 → 80/112).

The truth here was read from the PDFs themselves (``pdftotext -layout`` and the page images): the
covers, the paragraphs' first lines (each opens indented: 14 + 32 and 46 + 52), the footnotes, the
sentences that run over page breaks, and — for the comparisons — the words that differ between the
versions, found by a word diff of the PDFs' own text layers.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from nlp.readers import read_document

REAL = Path(__file__).parent / "data" / "real"

ICC = ("A_RES_79_6", "A_80_L.9", "A_RES_80_6")
HUMANITARIAN = ("A_RES_79_138", "A_80_L.18", "A_RES_80_112")

# the cover of A/80/L.9, typed from the PDF
L9_SPONSORS = (
    "Andorra, Armenia, Austria, Barbados, Belgium, Bosnia and Herzegovina, Bulgaria, Cabo Verde, Canada, "
    "Costa Rica, Croatia, Cyprus, Czechia, Democratic Republic of the Congo, Denmark, Estonia, Finland, "
    "France, Gabon, Georgia, Germany, Greece, Honduras, Iceland, Ireland, Italy, Japan, Jordan, Latvia, "
    "Liechtenstein, Lithuania, Luxembourg, Maldives, Malta, Mexico, Netherlands (Kingdom of the), Norway, "
    "Peru, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, San Marino, Senegal, "
    "Sierra Leone, Slovakia, Slovenia, South Africa, Spain, Sweden, Switzerland, Timor-Leste, Tunisia, "
    "Uganda, United Kingdom of Great Britain and Northern Ireland, Uruguay, Vanuatu, Zambia, "
    "State of Palestine"
).split(", ")
# the cover of A/80/L.18
L18_SPONSORS = (
    "Armenia, Austria, Belgium, Bosnia and Herzegovina, Brazil, Bulgaria, Canada, Colombia, Croatia, "
    "Cyprus, Czechia, Denmark, Estonia, Finland, France, Germany, Greece, Honduras, Hungary, Iceland, "
    "Indonesia, Ireland, Italy, Japan, Latvia, Lithuania, Luxembourg, Malta, Montenegro, Morocco, "
    "Netherlands (Kingdom of the), New Zealand, Norway, Philippines, Poland, Portugal, Republic of Korea, "
    "Republic of Moldova, Romania, San Marino, Slovakia, Slovenia, Spain, Sweden, Switzerland, Türkiye, "
    "United Kingdom of Great Britain and Northern Ireland, Uruguay, Viet Nam"
).split(", ")


@cache
def doc(name: str):
    return read_document(REAL / f"{name}.pdf")


def ids(preambular: int, operative: int) -> list[str]:
    return [f"PP{i}" for i in range(1, preambular + 1)] + [str(i) for i in range(1, operative + 1)]


# name: symbol, status, adopted, session, agenda item, title, preambular, operative, footnotes
EXPECTED = {
    "A_RES_79_6": ("A/RES/79/6", "adopted", "2024-10-29", "Seventy-ninth session", "74",
                   "Report of the International Criminal Court", 14, 32, 10),
    "A_80_L.9": ("A/80/L.9", "draft", None, "Eightieth session", "74",
                 "Report of the International Criminal Court", 14, 32, 10),
    "A_RES_80_6": ("A/RES/80/6", "adopted", "2025-11-11", "Eightieth session", "74",
                   "Report of the International Criminal Court", 14, 32, 10),
    "A_RES_79_138": ("A/RES/79/138", "adopted", "2024-12-09", "Seventy-ninth session", "72 (a)",
                     "Safety and security of humanitarian personnel and protection of United Nations personnel", 46, 52, 21),
    "A_80_L.18": ("A/80/L.18", "draft", None, "Eightieth session", "72 (a)",
                  "Safety and security of humanitarian personnel and protection of United Nations personnel", 46, 52, 21),
    "A_RES_80_112": ("A/RES/80/112", "adopted", "2025-12-10", "Eightieth session", "72 (a)",
                     "Safety and security of humanitarian personnel and protection of United Nations personnel", 46, 52, 21),
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_real_pdf_metadata_ids_and_counts(name):
    symbol, status, adopted, session, item, title, pp, op, notes = EXPECTED[name]
    d = doc(name)
    assert (d.symbol, d.status, d.adopted, d.session, d.agenda_item, d.title) == (symbol, status, adopted, session, item, title)
    assert d.body == "General Assembly" and d.language == "en"
    assert [p.id for p in d.paragraphs] == ids(pp, op)
    assert [p.kind for p in d.paragraphs] == ["preambular"] * pp + ["operative"] * op
    assert all(p.parent is None for p in d.paragraphs)
    assert sum(len(p.footnotes) for p in d.paragraphs) == notes
    if status == "adopted":
        assert d.sponsors == ()


def test_draft_covers_give_their_sponsors_as_data():
    assert list(doc("A_80_L.9").sponsors) == L9_SPONSORS and len(L9_SPONSORS) == 60
    assert list(doc("A_80_L.18").sponsors) == L18_SPONSORS and len(L18_SPONSORS) == 49


_FURNITURE = re.compile(
    r"Please recycle|Any changes to the list of sponsors|draft resolution|Agenda item|Distr\.|Original: English|"
    r"A/80/L\.|A/RES/8|A/RES/79/(?:6|138)\b|\d{2}-\d{5}|\*\d{7}\*|\b\d{1,2}/1[45]\b|_{3}|plenary meeting|Eightieth session"
)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_no_cover_header_or_footer_in_any_paragraph(name):
    for p in doc(name).paragraphs:
        assert not _FURNITURE.search(p.text), (p.id, p.text)
        for note in p.footnotes:
            assert not re.search(r"Any changes to the list|\d{2}-\d{5}|_{3}", note), (p.id, note)
        # the running header « A/RES/80/6 Report of the International Criminal Court » is no paragraph
        assert p.text != doc(name).title


@pytest.mark.parametrize("name", ICC)
def test_icc_texts_read_from_the_pdf(name):
    d = doc(name)
    # two one-line preambular paragraphs, one under the other, each opening indented
    assert d.paragraph("PP4").text == "Reiterating the historic significance of the adoption of the Rome Statute,"
    assert d.paragraph("PP5").text == (
        "Emphasizing that justice, especially transitional justice in conflict and post-conflict societies, "
        "is a fundamental building block of sustainable peace,"
    )
    # a call-out in mid-sentence, its note at the foot of the page
    assert d.paragraph("PP2").footnotes == ("United Nations, Treaty Series, vol. 2187, No. 38544.",)
    assert d.paragraph("PP2").text.startswith("Recalling also that the Rome Statute of the International Criminal Court reaffirms")
    assert d.paragraph("PP10").footnotes == ("Articles 10 and 13 of the Relationship Agreement.",)
    assert "Relationship Agreement, which provides a framework" in d.paragraph("PP10").text
    # the paragraph that runs over the first page break (in the draft, over the sponsors' note);
    # 2024 wrote « States parties », 2025 « States Parties »
    parties = "parties" if name == "A_RES_79_6" else "Parties"
    assert d.paragraph("PP7").text == (
        "Acknowledging the fact that the International Criminal Court has achieved considerable progress in "
        "its investigations and judicial proceedings in various situations and cases which were referred to it "
        f"by States {parties} to the Rome Statute and by the Security Council, and which the Prosecutor of the "
        "Court has initiated proprio motu, in accordance with the Rome Statute,"
    )
    assert d.paragraph("PP14").text.endswith("the mandate of the International Criminal Court towards victims,")
    assert d.paragraph("1").lead == "Welcomes"
    assert d.paragraph("22").footnotes == (
        "S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013 (S/INF/68).",
    )
    assert d.paragraph("28").footnotes[0].startswith("Official Records of the General Assembly,")
    assert d.paragraph("32").text.startswith("Invites the International Criminal Court to submit, if it deems it appropriate,")
    assert d.paragraph("32").text.endswith("for consideration by the General Assembly at its eighty-first session.") or name == "A_RES_79_6"


def test_draft_paragraph_over_a_page_break_and_the_sponsors_note():
    d = doc("A_80_L.9")
    assert d.paragraph("13").text.endswith(
        "to continue to include information relevant to the implementation of article 3 of the Relationship "
        "Agreement in a report to be submitted to the General Assembly at its eighty-first session;"
    )
    assert d.paragraph("13").footnotes == ("Article 2, paragraph 3, of the Relationship Agreement.",)
    assert d.paragraph("14").footnotes == ("A/67/828-S/2013/210, annex.", "A/80/344.")


@pytest.mark.parametrize("name", HUMANITARIAN)
def test_humanitarian_texts_read_from_the_pdf(name):
    d = doc(name)
    assert d.paragraph("PP1").text == (
        "Reaffirming its resolution 46/182 of 19 December 1991 on the strengthening of the coordination of "
        "humanitarian emergency assistance of the United Nations,"
    )
    # two call-outs set side by side at the end of the paragraph (« conflict,¹⁰,¹¹ »)
    pp27 = d.paragraph("PP27")
    assert pp27.text.startswith("Noting with deep concern the evolving threats that United Nations personnel face")
    assert pp27.text.endswith("the highest number of United Nations fatalities ever recorded in a single conflict,")
    assert len(pp27.footnotes) == 4 and pp27.footnotes[-1] == "See relevant Secretary-General statements and notices."
    assert d.paragraph("PP4").footnotes[0].startswith("These include, notably, the Convention on the Privileges and Immunities")
    assert d.paragraph("PP4").footnotes[0].endswith("of 10 October 1980, as applicable.")
    assert d.paragraph("1").lead == "Takes note with appreciation"
    assert d.paragraph("24").footnotes == ("Resolution 22 A (I).", "Resolution 179 (II).")
    assert d.paragraph("51").footnotes == ("United Nations, Treaty Series, vol. 2296, No. 40906.",)
    assert d.paragraph("52").text.startswith("Requests the Secretary-General to submit to the General Assembly at its")
