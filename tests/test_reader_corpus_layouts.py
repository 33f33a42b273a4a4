"""Every resolution of the Akoma Ntoso corpus (40 files, French and English: four series of the
General Assembly and the Security Council; tests/data/akn and resources/samples, source: United
Nations) laid out again as a PDF and as a Word file, and read back: the same ids, kinds, texts,
footnotes and parents as the Akoma Ntoso reading, the cover's symbol, status and sponsors.

The layouts rotate over the files so that each file is set once in PDF and once in Word, and each
layout meets every series and both languages: a draft with its cover and sponsors, paragraphs
indented and spaced, the notes under a typed rule, the short centred line under the end of the
text (and between a resolution and the declaration it annexes); a draft set solid, numbers at the
margin, the notes under a rule typed close under the last line; the adopted resolution set solid,
the notes under a drawn rule; the text in two columns, the notes at each
column's foot. All of them with running headers (symbol and title), call-outs at line ends and in
mid-line, paragraphs and lists cut by page and column breaks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from nlp.readers import read_bytes, read_document
from tests.fixtures_build import font_path
from tests.fixtures_columns import build_two_column_pdf
from tests.fixtures_un import SPONSORS, build_un_docx, build_un_pdf, cover_of, paras_of, same_reading

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted(
    [*(ROOT / "tests" / "data" / "akn").glob("*.akn.xml"), *(ROOT / "resources" / "samples").glob("*.akn.xml")],
    key=lambda p: p.name,
)
PDF_LAYOUTS = ("draft", "adopted-solid", "two-columns", "draft-solid")

needs_font = pytest.mark.skipif(font_path("") is None, reason="DejaVu font not available")


@cache
def akn(name: str):
    return read_document(next(p for p in CORPUS if p.name == name))


def test_the_corpus_is_all_here():
    """The four series of the shared corpus, French and English, each file a resolution with paragraphs."""
    assert len(CORPUS) == 40
    assert sum(".fr." in p.name for p in CORPUS) == sum(".en." in p.name for p in CORPUS) == 20


@needs_font
@pytest.mark.parametrize("k, name", list(enumerate(p.name for p in CORPUS)), ids=[p.name for p in CORPUS])
def test_pdf_reads_as_its_akoma_ntoso(k, name):
    truth = akn(name)
    layout = PDF_LAYOUTS[(2 * k + k // 2) % len(PDF_LAYOUTS)]  # every layout meets each series, each language
    if layout == "two-columns":
        title = cover_of(truth, draft=False).title
        doc = read_bytes(build_two_column_pdf(title, cover_of(truth, False).opening, paras_of(truth)), "columns.pdf")
        same_reading(doc, truth)
        return
    draft = layout.startswith("draft")
    cover = cover_of(truth, draft=draft)
    if layout == "draft":
        data = build_un_pdf(cover, paras_of(truth), end_rule=True)
    else:  # set solid: the typed rule close under the last line (a draft), or drawn (adopted)
        data = build_un_pdf(cover, paras_of(truth), spacing=0, indent_numbers=False, drawn_rule=not draft)
    doc = read_bytes(data, f"{layout}.pdf")
    same_reading(doc, truth)
    expected = (cover.symbol, "draft", SPONSORS) if draft else (truth.symbol, "adopted", ())
    assert (doc.symbol, doc.status, doc.sponsors) == expected


@pytest.mark.parametrize("k, name", list(enumerate(p.name for p in CORPUS)), ids=[p.name for p in CORPUS])
def test_word_file_reads_as_its_akoma_ntoso(k, name):
    truth = akn(name)
    draft = (k + k // 2) % 2 == 0  # drafts and adopted texts in both languages
    cover = cover_of(truth, draft=draft)
    doc = read_bytes(build_un_docx(cover, paras_of(truth)), "resolution.docx")
    same_reading(doc, truth)
    expected = (cover.symbol, "draft", SPONSORS) if draft else (truth.symbol, "adopted", ())
    assert (doc.symbol, doc.status, doc.sponsors) == expected
