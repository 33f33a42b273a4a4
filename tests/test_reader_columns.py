"""PDFs set in two columns (tests/fixtures_columns.py): paragraph and sub-item boundaries are right
wherever a column breaks — between two paragraphs (the next one opens at the top of the next column)
or in the middle of a sentence (the sentence goes on there, even after a comma and a capital).

The text is a short resolution written for the test (the ids, texts and notes are the truth); the
column height is varied so that the breaks fall, one after the other, at every line of it.
"""

from __future__ import annotations

import pytest

from nlp.readers import read_bytes
from nlp.readers.pdf_columns import LEFT, RIGHT, SPAN, gutter, reading_order
from tests.fixtures_build import font_path
from tests.fixtures_columns import build_two_column_pdf
from tests.fixtures_un import Para

PARAS = [
    Para("Recalling its resolution 79/138 of 4 December 2024 on the safety and security of humanitarian "
         "personnel and protection of United Nations personnel,", lead="Recalling"),
    Para("Noting with concern the growing number of attacks against humanitarian personnel in Geneva, "
         "Nairobi, New York and Vienna, and the threats they face in the field,", lead="Noting with concern",
         notes=("See A/80/300.",)),
    Para("Welcoming the work of the Secretary-General on the matter as reported to the Assembly at its "
         "eightieth session", lead="Welcoming"),  # a paragraph that the UN left without its comma
    Para("Reaffirming the obligation of all States to respect international humanitarian law, "
         "including the Geneva Conventions of 12 August 1949,", lead="Reaffirming",
         notes=("United Nations, Treaty Series, vol. 75, Nos. 970–973.", "Ibid., vol. 1125, No. 17512.")),
    Para("Calls upon all States to ensure that crimes against humanitarian personnel do not go unpunished;",
         label="1."),
    Para("Requests the Secretary-General:", label="2."),
    Para("To report to the General Assembly at its eighty-first session on the implementation of the "
         "present resolution;", label="(a)", level=1),
    Para("To continue to improve the security management system of the United Nations, Nairobi and "
         "Geneva included, and to keep the Assembly informed;", label="(b)", level=1),
    Para("Decides to include in the provisional agenda of its eighty-first session the item entitled "
         "“Safety and security of humanitarian personnel”.", label="3."),
]
IDS = ["PP1", "PP2", "PP3", "PP4", "1", "2", "2(a)", "2(b)", "3"]

needs_font = pytest.mark.skipif(font_path("") is None, reason="DejaVu font not available")


@needs_font
@pytest.mark.parametrize("column_h", range(96, 372, 12))
def test_column_breaks_anywhere_keep_paragraphs_whole(column_h):
    data = build_two_column_pdf("Safety and security of humanitarian personnel", "The General Assembly,", PARAS,
                                column_h=column_h)
    doc = read_bytes(data, "columns.pdf")
    assert [p.id for p in doc] == IDS
    assert [p.text for p in doc] == [p.text for p in PARAS]
    assert [p.footnotes for p in doc] == [p.notes for p in PARAS]
    assert [p.parent for p in doc] == [None] * 6 + ["2", "2"] + [None]


def _word(x0: float, x1: float, bottom: float, size: float = 10) -> dict:
    return {"x0": x0, "x1": x1, "top": bottom - size, "bottom": bottom, "size": size}


def test_a_page_in_one_column_has_no_gutter():
    """Justified lines cross the middle of the page at varying places: no band stays empty."""
    words = []
    for row in range(30):
        x, k = 72.0, 0
        while x < 520:
            width = 20 + (row * 7 + k * 13) % 40
            words.append(_word(x, min(x + width, 540), 100 + 12 * row))
            x += width + 3
            k += 1
    assert gutter(words, 612, 792) is None


def test_two_columns_and_a_title_across_them():
    """Two columns of 20 rows and a title across both: the gutter is found, the title spans it."""
    words = [_word(72, 540, 80, 14)]  # the title
    for row in range(20):
        words += [_word(72, 150, 110 + 12 * row), _word(153, 290, 110 + 12 * row)]
        words += [_word(322, 400, 110 + 12 * row), _word(403, 540, 110 + 12 * row)]
    band = gutter(words, 612, 792)
    assert band is not None and 290 <= band[0] < band[1] <= 322
    order = reading_order([(SPAN, 70, "title"), (LEFT, 100, "left 1"), (RIGHT, 100, "right 1"),
                           (LEFT, 112, "left 2"), (RIGHT, 112, "right 2"), (SPAN, 700, "notes")])
    assert order == ["title", "left 1", "left 2", "right 1", "right 2", "notes"]
