"""The same resolution read from Akoma Ntoso, from a PDF and from a Word file laid out as the UN issues
them gives the same ids, kinds, texts, footnotes and parents.

The PDFs and Word files are built here (tests/fixtures_un.py) from real Akoma Ntoso files (source:
United Nations): a draft's cover with its sponsors and their asterisk note, or an adopted resolution's
cover; running headers with the symbol and the title; job numbers, bar codes, « Please recycle »;
call-outs at the end of a paragraph's last line and in mid-line, their notes under a typed rule;
paragraphs over page breaks; left and right pages with different margins. Two layouts: paragraphs
indented and set apart by a space, or set solid with their numbers at the margin, where only the
numbers and the sentence ends tell paragraphs apart (« …in persons.⁸ » then « 6. We recall… »).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from nlp.readers import read_bytes, read_document
from tests.fixtures_build import font_path
from tests.fixtures_un import SPONSORS, build_un_docx, build_un_pdf, cover_of, paras_of, same_reading

ROOT = Path(__file__).resolve().parent.parent
AKN = {
    "A_RES_80_9.en": ROOT / "resources" / "samples" / "A_RES_80_9.en.akn.xml",  # a declaration, with sub-items
    "A_RES_80_228.en": ROOT / "tests" / "data" / "akn" / "A_RES_80_228.en.akn.xml",
    "A_RES_80_228.fr": ROOT / "tests" / "data" / "akn" / "A_RES_80_228.fr.akn.xml",
    "A_RES_76_172.en": ROOT / "tests" / "data" / "akn" / "A_RES_76_172.en.akn.xml",  # 35 notes, 43 sub-items
    "S_RES_2618_2022.fr": ROOT / "tests" / "data" / "akn" / "S_RES_2618_2022.fr.akn.xml",
}
needs_font = pytest.mark.skipif(font_path("") is None, reason="DejaVu font not available")


@cache
def akn(name: str):
    return read_document(AKN[name])


@needs_font
@pytest.mark.parametrize("name", list(AKN))
def test_draft_pdf_reads_as_its_akoma_ntoso(name):
    truth = akn(name)
    cover = cover_of(truth, draft=True)
    doc = read_bytes(build_un_pdf(cover, paras_of(truth)), "draft.pdf")
    same_reading(doc, truth)
    assert (doc.symbol, doc.status, doc.sponsors) == (cover.symbol, "draft", SPONSORS)
    if cover.body == "General Assembly":
        assert (doc.session, doc.agenda_item, doc.title) == ("Eightieth session", "74", cover.title)


@needs_font
@pytest.mark.parametrize("name", list(AKN))
def test_adopted_pdf_set_solid_reads_as_its_akoma_ntoso(name):
    truth = akn(name)
    cover = cover_of(truth, draft=False)
    doc = read_bytes(build_un_pdf(cover, paras_of(truth), spacing=0, indent_numbers=False), "adopted.pdf")
    same_reading(doc, truth)
    assert (doc.symbol, doc.status, doc.sponsors) == (truth.symbol, "adopted", ())


@pytest.mark.parametrize("name", list(AKN))
def test_draft_word_file_reads_as_its_akoma_ntoso(name):
    truth = akn(name)
    cover = cover_of(truth, draft=True)
    doc = read_bytes(build_un_docx(cover, paras_of(truth)), "draft.docx")
    same_reading(doc, truth)
    assert (doc.symbol, doc.status, doc.sponsors) == (cover.symbol, "draft", SPONSORS)


@needs_font
def test_the_centred_line_under_a_resolution_is_no_footnote_separator():
    """A/80/L.9 and A/80/L.18 end with a short centred line under the text; when the annexed declaration
    follows on the same page, what stands under that line is text, not notes."""
    import io

    import pdfplumber

    from nlp.readers.pdf_lines import _lines
    from tests.fixtures_un import Cover, Para

    paras = [Para(f"We commit to act on item {k} of the plan of action, with every State and every partner, in good "
                  "faith and without delay, as agreed.", label=f"{k}.") for k in range(1, 12)]
    cover = Cover(symbol="A/RES/80/9", title="2025 Political Declaration", draft=False, number="80/9",
                  adopts="Adopts the political declaration annexed to the present resolution.")
    data = build_un_pdf(cover, paras, end_rule=True)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = _lines(pdf.pages[0])
    annex = next(ln for ln in lines if ln.text == "Annex")
    assert not any(ln.below_rule for ln in lines if ln.top >= annex.top and ln.size >= 9.5)
    assert [p.id for p in read_bytes(data, "adopted.pdf")] == [str(k) for k in range(1, 12)]
