"""The PDF report: text extracted again (pdfplumber), A4, numbered pages, accents and « »."""

from __future__ import annotations

import io

import pdfplumber

from nlp.export import render
from tests.test_export_common import sample_comparison


def _pdf(comparison=None):
    return pdfplumber.open(io.BytesIO(render(comparison or sample_comparison(), "pdf")))


def test_text_symbols_accents_and_guillemets_survive():
    with _pdf() as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    flat = " ".join(text.split())
    for needle in ("A/RES/1/1", "A/RES/2/2", "Déclaration d’essai « ancienne »", "« objectifs »", "États", "Nous protégerons", "▲ strengthened", "▼ weakened", "<script>alert(1)</script>"):
        assert needle in flat, needle


def test_a4_pages_numbered_x_of_y():
    with _pdf() as pdf:
        n = len(pdf.pages)
        for i, page in enumerate(pdf.pages, 1):
            assert round(page.width) == 595 and round(page.height) == 842  # A4 in points
            assert f"page {i} / {n}" in page.extract_text()


def test_marks_are_coloured_and_drawn_not_only_coloured():
    with _pdf() as pdf:
        page = pdf.pages[0]
        words = page.extract_words(extra_attrs=["non_stroking_color"])
        red = [w["text"] for w in words if w["non_stroking_color"] and tuple(round(c, 2) for c in w["non_stroking_color"]) == (0.61, 0.0, 0.0)]
        assert "encourageons" in red
        strokes = page.rects + page.lines

        def struck(word, low, high):  # a stroke across the word, between low and high of its height
            w = next(w for w in words if w["text"] == word)
            h = w["bottom"] - w["top"]
            return any(
                s["x0"] <= w["x0"] + 1 and s["x1"] >= w["x1"] - 1 and w["top"] + low * h <= s["top"] <= w["top"] + high * h
                for s in strokes
            )

        assert struck("encourageons", 0.3, 0.62)  # struck through
        assert struck("protégerons", 0.66, 1.3)  # underlined
        assert not struck("coopérer", 0.3, 1.3)


def test_font_is_embedded():
    data = render(sample_comparison(), "pdf")
    assert b"DejaVu" in data and b"/FontFile2" in data


def test_outline_has_a_bookmark_per_entry():
    with _pdf() as pdf:
        outline = [(level, title) for level, title, *_ in pdf.doc.get_outlines()]
    assert [t for level, t in outline if level == 1] == ["Summary", "Legend", "Paragraph by paragraph"]
    entries = [t for level, t in outline if level == 2]
    assert len(entries) == 7 and entries[1] == "1 → 1+2  ▲ strengthened"


def test_no_word_is_cut_at_a_line_end():
    """A redline is written run by run: a word that starts a run and does not fit at the end of a line
    goes whole to the next one (fpdf alone cuts it when it nearly fits: « préve / nir »). Tried at
    every place on a line, as the runs of a paragraph fall."""
    import io

    import pdfplumber

    from nlp.export import pdf_export
    from nlp.present.wording import wording

    pdf = pdf_export._Pdf("test", wording())
    pdf.add_page()
    for lead in range(60, 130):
        pdf.set_x(pdf.l_margin)
        pdf_export._plain(pdf, "a" * lead)
        pdf_export._plain(pdf, " ")  # the space after a marked run is written on its own
        pdf_export._plain(pdf, "prévenir la revictimisation")
        pdf.ln(8)
    with pdfplumber.open(io.BytesIO(bytes(pdf.output()))) as done:
        lines = [line for page in done.pages for line in (page.extract_text() or "").splitlines()]
    assert not [line for line in lines if "nir" in line and "prévenir" not in line]
