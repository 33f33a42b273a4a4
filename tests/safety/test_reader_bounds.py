"""Small files that asked for unbounded work (issue 20, items 5, 6 and 12): huge list starts and levels,
forged space counts, zips with two parts of one name. Each is read within a small memory bound, with
its numbers kept sane, or refused in one line."""

from __future__ import annotations

import tracemalloc

import pytest

from nlp.model.errors import InputError
from nlp.readers import read_bytes
from nlp.readers.layout import MAX_LIST_NUMBER, letters, roman
from tests.safety.builders import PARA, docx_list, odt, odt_list, with_duplicate

MB = 2**20


def _all_there(doc, n: int) -> bool:
    """Every item's text is in the document (an absurd number may join items: none is lost)."""
    text = " ".join(p.text for p in doc.paragraphs)
    return all(f"alinéa {i}." in text for i in range(1, n + 1)) and PARA in text


def _read_bounded(data: bytes, name: str, limit_mb: int = 64):
    tracemalloc.start()
    try:
        doc = read_bytes(data, name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit_mb * MB, f"{name}: {peak / MB:.0f} MB"
    return doc


def test_roman_numerals_and_letters_are_arithmetic_and_bounded():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1999, 2024)] == ["i", "iv", "ix", "xiv", "xl", "xc", "cd", "mcmxcix", "mmxxiv"]
    assert [letters(n) for n in (1, 26, 27, 52, 53)] == ["a", "z", "aa", "az", "ba"]
    assert len(roman(999_999_999_999)) == len(roman(MAX_LIST_NUMBER)) < 200
    assert letters(10**30) == letters(MAX_LIST_NUMBER)
    assert roman(-3) == "" and letters(0) == "a"


@pytest.mark.parametrize("kind", ["i", "I", "a", "1"])
def test_html_list_with_a_huge_start(kind):
    page = f'<html><body><ol type="{kind}" start="999999999999"><li>{PARA}.</li><li>{PARA}, bis.</li></ol></body></html>'
    doc = _read_bounded(page.encode(), "huge-start.html")
    assert PARA in " ".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("fmt", ["lowerRoman", "upperLetter", "decimal", "decimalZero"])
def test_word_list_with_a_huge_start(fmt):
    doc = _read_bounded(docx_list(3, start="999999999999", fmt=fmt), "huge-start.docx")
    assert _all_there(doc, 3)


def test_word_list_with_a_start_of_thousands_of_digits():
    doc = _read_bounded(docx_list(2, start="9" * 20000, fmt="lowerRoman"), "digits.docx")
    assert _all_there(doc, 2)


@pytest.mark.parametrize(
    ("start", "level_start", "fmt", "display"),
    [("999999999999", 1, "i", 1), (1, "999999999999", "I", 1), (1, 1, "1", "999999999"), (1, 1, "a", "-5"), ("-7", 1, "i", 1)],
)
def test_odt_list_with_huge_start_or_display_levels(start, level_start, fmt, display):
    doc = _read_bounded(odt_list(3, start=start, level_start=level_start, fmt=fmt, display=display), "huge.odt")
    assert _all_there(doc, 3)


def test_odt_normal_list_still_numbers_its_paragraphs():
    doc = read_bytes(odt_list(3, display=1), "normal.odt")
    assert [p.id for p in doc.paragraphs] == ["1", "2", "3"]


def test_odt_forged_space_count_costs_nothing():
    body = f'<text:p>1. {PARA}<text:s text:c="999999999"/>fin.</text:p><text:p>2. Décide<text:s text:c="3"/>de rester saisie.</text:p>'
    doc = _read_bounded(odt(body), "spaces.odt", limit_mb=32)
    assert doc.paragraphs[0].text == f"{PARA} fin."
    assert doc.paragraphs[1].text == "Décide de rester saisie."


@pytest.mark.parametrize("first", [True, False])
def test_word_file_with_two_parts_of_one_name_is_refused(first):
    data = docx_list(2)
    forged = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>1. Autre texte.</w:t></w:r></w:p></w:body></w:document>'
    with pytest.raises(InputError, match="two parts named 'word/document.xml'"):
        read_bytes(with_duplicate(data, "word/document.xml", forged, first=first), "twice.docx")


def test_odt_with_two_content_parts_is_refused():
    data = odt(f"<text:p>1. {PARA}.</text:p>")
    with pytest.raises(InputError, match="two parts named"):
        read_bytes(with_duplicate(data, "content.xml", b"<x/>", first=False), "twice.odt")


def test_part_names_differing_only_in_case_are_the_same_part():
    data = docx_list(2)
    with pytest.raises(InputError, match="two parts named"):
        read_bytes(with_duplicate(data, "word/document.xml", b"<x/>", first=False).replace(b"word/document.xml", b"WORD/document.xml", 1), "case.docx")
