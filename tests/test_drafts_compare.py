"""Real drafts compared (tests/data/real, source: United Nations): the draft with the adopted text shows
exactly the edits made at adoption, last year's resolution with the draft what changed in the
negotiation.

The truth was found by a word diff of the PDFs' own text layers (``pdftotext``), not by Travaux:
A/80/L.9 was adopted as A/RES/80/6 word for word; A/80/L.18 as A/RES/80/112 word for word, except
that five « non-governmental » / « non-punishment » were set with a non-breaking hyphen (typography).
From 2024 to the 2025 drafts, the paragraphs whose wording changed are listed below with the words
that changed; every other difference is capitalisation (« States parties » → « States Parties »),
typography or punctuation, or the dropped « also » of a repeated lead.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from nlp.engine.core import compare
from nlp.readers import read_document

REAL = Path(__file__).parent / "data" / "real"


@cache
def doc(name: str):
    return read_document(REAL / f"{name}.pdf")


@cache
def comparison(old: str, new: str):
    return compare(doc(old), doc(new))


def one_to_one(c) -> None:
    assert not c.added and not c.removed
    assert all(link.old == link.new and len(link.old) == 1 for link in c.links)
    assert len(c.links) == len(c.old.paragraphs) == len(c.new.paragraphs)
    assert not any(link.moved for link in c.links)


@pytest.mark.parametrize("draft,adopted", [("A_80_L.9", "A_RES_80_6"), ("A_80_L.18", "A_RES_80_112")])
def test_draft_to_adopted_shows_no_edit_where_none_was_made(draft, adopted):
    c = comparison(draft, adopted)
    assert (c.old.status, c.new.status) == ("draft", "adopted")
    assert c.old.sponsors and not c.new.sponsors
    one_to_one(c)
    assert {link.change for link in c.links} == {"unchanged"}


# paragraph: words that left, words that came (each found in the link's word diff)
ICC_2024_TO_DRAFT = {
    "PP1": ("78", "79"),  # « resolution 78/6 of 1 November 2023 » → « 79/6 of 29 October 2024 »
    "1": ("2023/24", "2024/25"),
    "13": ("eightieth", "eighty-first"),
    "20": ("eightieth", "eighty-first"),
    "30": ("twenty-fourth", "twenty-fifth"),
    "32": ("2024/25", "2025/26"),
}
HUMANITARIAN_2024_TO_DRAFT = {
    "PP2": ("78/118", "79/138"),
    "PP14": ("", "for two consecutive years"),
    "PP15": ("2023", "2024"),
    "PP18": ("", "for two consecutive years"),
    "PP27": ("915", "622"),  # « 1,915 persons » → « 1,622 »
    "PP28": ("595", "816"),
    "PP41": ("", "Marrakech"),
    "4": ("", "the two consecutive years"),
    "52": ("eightieth", "eighty-first"),
}


@pytest.mark.parametrize("old,new,edits", [
    ("A_RES_79_6", "A_80_L.9", ICC_2024_TO_DRAFT),
    ("A_RES_79_138", "A_80_L.18", HUMANITARIAN_2024_TO_DRAFT),
])
def test_last_year_to_draft_shows_what_changed(old, new, edits):
    c = comparison(old, new)
    assert (c.old.status, c.new.status) == ("adopted", "draft")
    one_to_one(c)
    changed = {link.old[0]: link for link in c.links if link.change != "unchanged"}
    assert set(changed) == set(edits)
    for pid, (left, came) in edits.items():
        deleted = " ".join(op.text for op in changed[pid].diff if op.op == "delete")
        inserted = " ".join(op.text for op in changed[pid].diff if op.op == "insert")
        assert left in deleted and came in inserted, (pid, deleted, inserted)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_reports_say_which_is_the_draft_with_its_sponsors_session_and_agenda_item(language):
    """The HTML report's header and the text summary: A/80/L.18 a draft of the eightieth session under
    agenda item 72 (a) (as its cover prints), with its 49 sponsors; A/RES/80/112 adopted, no sponsors."""
    import html as html_module

    from nlp.export.html_export import render_html
    from nlp.export.text_export import render_text
    from nlp.present.wording import wording

    w = wording(language)
    c = comparison("A_80_L.18", "A_RES_80_112")
    page = html_module.unescape(render_html(c, language=language))
    draft, adopted = w("facts.status_draft"), w("facts.status_adopted")
    assert f"<dd>{draft}</dd>" in page and f"<dd>{adopted}</dd>" in page
    assert w("facts.sponsors_value", count=49, names=", ".join(c.old.sponsors)) in page
    assert "Armenia, Austria, Belgium" in page
    assert f"Eightieth session, {w('facts.agenda_item_value', item=c.old.agenda_item)}" in page
    summary = render_text(c, language=language).splitlines()
    assert f"A/80/L.18, {draft}, {w('text.sponsors', count=49)}" in summary[0]
    assert f"A/RES/80/112, {adopted}" in summary[1]
