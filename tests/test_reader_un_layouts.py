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
