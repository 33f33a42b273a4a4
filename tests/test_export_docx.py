"""The Word redline: reopened, its tracked changes counted and played (accept all, reject all)."""

from __future__ import annotations

import io
import zipfile

import docx
from lxml import etree

from nlp import present
from nlp.export import render
from nlp.export.docx_export import AUTHOR, REDLINE_STYLE
from nlp.model.comparison import Op
from tests.test_export_common import HOSTILE, sample_comparison

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _body(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))  # raises on malformed XML


def _redline_paragraphs(root, style_id: str):
    return [p for p in root.iter(f"{{{W}}}p") if p.find("w:pPr/w:pStyle", NS) is not None and p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == style_id]


def _play(p, accept: bool) -> str | None:
    """The paragraph's text once every change is accepted (or rejected); None when the paragraph itself
    goes away (its mark was inserted and is rejected, or deleted and is accepted)."""
    mark = p.find("w:pPr/w:rPr", NS)
    if mark is not None:
        if (mark.find("w:ins", NS) is not None and not accept) or (mark.find("w:del", NS) is not None and accept):
            return None
    out = []
    for t in p.iter(f"{{{W}}}t", f"{{{W}}}delText"):
        in_ins = any(a.tag == f"{{{W}}}ins" for a in t.iterancestors())
        in_del = t.tag == f"{{{W}}}delText"
        if (accept and not in_del) or (not accept and not in_ins):
            out.append(t.text or "")
    return "".join(out)


def _style_id(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return d.styles[REDLINE_STYLE].style_id


def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old():
    c = sample_comparison()
    data = render(c, "docx")
    root = _body(data)
    paras = _redline_paragraphs(root, _style_id(data))
    accepted = [t for t in (_play(p, True) for p in paras) if t is not None]
    rejected = [t for t in (_play(p, False) for p in paras) if t is not None]
    entries = present.entries(c)
    # accepted: the new version's paragraphs, one Word paragraph each, letter for letter
    assert accepted == [t for e in entries for t in e.new_texts]
    # rejected: the old version's words, entry by entry (a merge's paragraphs share one Word paragraph)
    assert " ".join(rejected).split() == " ".join(e.old_text for e in entries if e.old_ids).split()
    assert "".join(rejected).count("’") == "".join(e.old_text for e in entries).count("’")


def test_tracked_changes_have_author_date_unique_ids_and_deleted_text_in_deltext():
    data = render(sample_comparison(), "docx")
    root = _body(data)
    marks = root.findall(".//w:ins", NS) + root.findall(".//w:del", NS)
    assert marks
    assert all(m.get(f"{{{W}}}author") == AUTHOR for m in marks)
    assert all(m.get(f"{{{W}}}date") == "2026-11-25T12:00:00Z" for m in marks)
    ids = [m.get(f"{{{W}}}id") for m in marks]
    assert len(ids) == len(set(ids))
    assert not root.findall(".//w:del//w:t", NS)  # deleted words live in w:delText only
    assert not root.findall(".//w:ins//w:delText", NS)


def test_insertions_and_deletions_match_the_diff():
    c = sample_comparison()
    data = render(c, "docx")
    root = _body(data)
    inserted = "".join(t.text for t in root.findall(".//w:ins//w:t", NS))
    deleted = "".join(t.text for t in root.findall(".//w:del//w:delText", NS))
    # every inserted / deleted word of the comparison's diffs is tracked, and nothing else but typography
    for link in c.links:
        for d in link.diff:
            for word in d.text.split():
                if d.op is Op.INSERT:
                    assert word in inserted
                elif d.op is Op.DELETE:
                    assert word in deleted
    assert c.new.paragraph("5").text in inserted  # the added paragraph, whole
    assert HOSTILE in deleted  # the removed one, whole, and its markup kept as text
    added_p = [p for p in root.iter(f"{{{W}}}p") if "".join(t.text or "" for t in p.iter(f"{{{W}}}t")) == c.new.paragraph("5").text]
    assert added_p and added_p[0].find("w:pPr/w:rPr/w:ins", NS) is not None  # its paragraph mark too


def test_summary_table_comes_first_and_word_reopens_it():
    c = sample_comparison()
    d = docx.Document(io.BytesIO(render(c, "docx")))
    tables = d.tables
    assert len(tables) == 2
    summary = tables[1]
    assert [cell.text for cell in summary.rows[0].cells] == ["paragraphs", "count"]
    counts = {row.cells[0].text.split()[-1]: int(row.cells[1].text) for row in summary.rows[1:]}
    assert counts == c.summary
    assert "A/RES/1/1" in tables[0].rows[1].cells[1].text and "A/RES/2/2" in tables[0].rows[1].cells[2].text
    notes = [p.text for p in d.paragraphs if p.style.name == "Signal note"]
    assert any("selon qu’il conviendra" in n for n in notes)


def test_progress_is_reported():
    seen = []
    render(sample_comparison(), "docx", progress=lambda f, what: seen.append(f))
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_tracked_words_are_exactly_the_diff_words_plus_typography():
    from collections import Counter

    from nlp.engine.worddiff import changed_words, tokenize

    c = sample_comparison()
    root = _body(render(c, "docx"))

    def words(elements, tag):
        return Counter(t.strip() for el in elements for x in el.iter(f"{{{W}}}{tag}") for t in tokenize(x.text or ""))

    got_ins = words(root.findall(".//w:ins", NS), "t")
    got_del = words(root.findall(".//w:del", NS), "delText")
    want_del, want_ins = Counter(), Counter()
    for link in c.links:
        deleted, inserted = changed_words(link.diff)
        want_del.update(deleted)
        want_ins.update(inserted)
    want_ins.update(t.strip() for a in c.added for t in tokenize(c.new.paragraph(a.new).text))
    want_del.update(t.strip() for r in c.removed for t in tokenize(c.old.paragraph(r.old).text))
    # the only extra changes are the two apostrophes of PP1 (’ → '), tracked so that rejecting is exact
    assert got_ins - want_ins == Counter({"'": 2}) and not want_ins - got_ins
    assert got_del - want_del == Counter({"’": 2}) and not want_del - got_del
