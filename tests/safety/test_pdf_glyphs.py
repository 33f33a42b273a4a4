"""The PDF report never drops a character silently (issue 20, item 14): scripts the bundled DejaVu
lacks are drawn with a fallback font when the computer has one; what no font has is shown as a
visible mark and named in the report's header. fpdf2's own warnings never reach the user."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import warnings

import pytest

from nlp.export import pdf_fonts
from nlp.export.pdf_export import render
from nlp.model.document import Paragraph
from tests.test_export_common import sample_comparison

CJK = "中华人民共和国代表团"
# a Private Use Area character: no font anywhere has it, on any computer
NO_FONT = "\U000F1234"


def _with_text(extra: str):
    c = sample_comparison()
    paragraphs = tuple(
        dataclasses.replace(p, text=f"{p.text} {extra}") if p.id == "5" else p for p in c.new.paragraphs
    )
    return dataclasses.replace(c, new=dataclasses.replace(c.new, paragraphs=paragraphs))


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


def test_cjk_is_drawn_with_a_fallback_font_or_named_in_the_header(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # fpdf2 warns when it drops a glyph: it must not need to
        data = render(_with_text(CJK), language="en")
    text = _pdf_text(data, tmp_path)
    has_font = any(ord(CJK[0]) in pdf_fonts.coverage(p) for p in pdf_fonts.fallback_fonts())
    if has_font:
        assert CJK in text.replace("\n", "")
        assert "no font on this computer" not in text
    else:
        assert "no font on this computer" in text and f"U+{ord(CJK[0]):04X}" in text
        assert pdf_fonts.MISSING_MARK in text


def test_a_character_no_font_has_is_marked_and_said(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = render(_with_text(f"avant {NO_FONT} après"), language="fr")
    text = _pdf_text(data, tmp_path)
    assert "n’ont pas de police sur cet ordinateur" in text.replace("\n", " ")
    assert "U+F1234" in text
    assert f"avant {pdf_fonts.MISSING_MARK} après" in text


def test_glyphs_replacement_keeps_spaces_and_covered_letters():
    glyphs = pdf_fonts.Glyphs([])
    glyphs.covered = frozenset(map(ord, "abc"))
    assert glyphs.drawable("a b\tc") == "a b\tc"
    assert glyphs.drawable("axb") == f"a{pdf_fonts.MISSING_MARK}b" and glyphs.missing == {"x"}


def test_unchanged_latin_report_embeds_no_fallback(tmp_path):
    c = sample_comparison()
    fonts, missing = pdf_fonts.choose(pdf_fonts.resource("fonts", "DejaVuSans.ttf"), "Déclaration « ancienne » — œuvre")
    assert fonts == () and missing == []
    assert Paragraph  # the model is untouched
    assert render(c)[:4] == b"%PDF"
