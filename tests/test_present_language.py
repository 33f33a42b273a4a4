"""Headings and reasons in one language, the one asked for: every report and the window's rows render
the signals' notes in the language of whoever shows them (the bug: an export from the French window
had English headings with French reasons)."""

from __future__ import annotations

import csv
import io

import docx
import openpyxl
import pdfplumber
import pytest
from lxml import html as lxml_html

from desktop.rows import build_rows
from nlp import present
from nlp.export import render
from tests.test_export_common import sample_comparison

# per language: words of the report's own headings, and of the notes of the sample's signals
HEADINGS = {"fr": ("Résumé", "renforcé"), "en": ("Summary", "strengthened")}
NOTES = {"fr": ("un engagement plus fort", "n'a plus d'échéance"), "en": ("a stronger commitment", "no longer has a deadline")}
TABLE_HEADINGS = {"fr": ("anciens numéros", "signaux"), "en": ("old ids", "signals")}
TEXT_HEADINGS = {"fr": ("résumé", "ordre de lecture"), "en": ("summary", "reading order")}


def _html(data: bytes) -> str:
    return lxml_html.document_fromstring(data.decode()).text_content()


def _docx(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    body = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(body + cells)


def _pdf(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def _csv(data: bytes) -> str:
    return "\n".join(",".join(r) for r in csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _xlsx(data: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def _text(data: bytes) -> str:
    return data.decode()


READERS = {"html": _html, "docx": _docx, "pdf": _pdf, "csv": _csv, "xlsx": _xlsx, "text": _text}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("fmt", list(READERS))
def test_every_report_has_headings_and_reasons_in_the_language_asked_for(fmt, language):
    text = READERS[fmt](render(sample_comparison(), fmt, language=language))
    other = "en" if language == "fr" else "fr"
    headings = TABLE_HEADINGS[language] if fmt in ("csv", "xlsx") else TEXT_HEADINGS[language] if fmt == "text" else HEADINGS[language]
    for word in headings:
        assert word in text, (fmt, language, word)
    for note in NOTES[language]:
        assert note in text, (fmt, language, note)
    for note in NOTES[other]:
        assert note not in text, (fmt, language, note)


def test_the_window_rows_and_the_entries_render_notes_in_the_language_shown():
    c = sample_comparison()
    for language in ("fr", "en"):
        notes = " ".join(n for row in build_rows(c, language) for n in row.notes)
        assert all(n in notes for n in NOTES[language]) and not any(n in notes for n in NOTES["en" if language == "fr" else "fr"])
        assert [e.notes for e in present.entries(c, language)] == [row.notes for row in build_rows(c, language)]
