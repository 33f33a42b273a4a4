"""A Word redline with real tracked changes, for a legal officer to accept or reject one by one.

The report opens with the two documents and the summary table; then, per entry in the new text's order,
a label line (ids, badge, similarity) and the paragraph itself, where every deleted word is a ``w:del``
and every inserted word a ``w:ins`` by « Travaux ». Accepting every change gives the new version's
paragraphs, rejecting every change the old version's words (in this report's order); typographic
differences (’ and ') are tracked too, so that holds letter for letter. An added paragraph is one
insertion, paragraph mark included, a removed one a deletion; signals follow as plain, untracked notes.
"""

from __future__ import annotations

import io
from datetime import UTC
from typing import cast

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor

from nlp import present
from nlp.export import report
from nlp.model.comparison import Comparison, Op
from nlp.present import Entry
from nlp.present.redline import Part
from nlp.present.wording import Wording, wording

AUTHOR = "Travaux"
LANG_TAGS = {"fr": "fr-FR", "en": "en-GB", "es": "es-ES", "ar": "ar-SA", "ru": "ru-RU", "zh": "zh-CN"}

REDLINE_STYLE = "Redline"  # the paragraphs whose text is the documents' text (and only those)
ENTRY_STYLE = "Entry label"
SIGNAL_STYLE = "Signal note"


class _Tracker:
    """Makes w:ins / w:del elements with a unique id, the author and one date."""

    def __init__(self, when: str) -> None:
        self.when, self.next_id = when, 1

    def mark(self, tag: str) -> BaseOxmlElement:
        el = _element(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.when)
        self.next_id += 1
        return el


def _element(tag: str) -> BaseOxmlElement:
    """A new WordprocessingML element (python-docx makes its own element class for a known tag)."""
    return cast(BaseOxmlElement, OxmlElement(tag))


def _text_run(text: str, deleted: bool = False) -> BaseOxmlElement:
    r = _element("w:r")
    t = _element("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = report.xml_safe(text)
    r.append(t)
    return r


def _lang(style, language: str) -> None:
    tag = LANG_TAGS.get(language, language)
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    rpr.append(lang)


def _styles(doc, language: str, report_language: str) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    _lang(normal, report_language)  # the report's own words; the redline style carries the documents' language

    red = styles.add_style(REDLINE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    red.base_style = normal
    red.paragraph_format.space_after = Pt(4)
    red.paragraph_format.left_indent = Cm(0.5)
    _lang(red, language)

    entry = styles.add_style(ENTRY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    entry.base_style = normal
    entry.font.bold = True
    entry.paragraph_format.space_before = Pt(10)
    entry.paragraph_format.space_after = Pt(2)
    entry.paragraph_format.keep_with_next = True

    note = styles.add_style(SIGNAL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.italic = True
    note.font.size = Pt(9)
    note.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    note.paragraph_format.left_indent = Cm(1.0)
    note.paragraph_format.space_after = Pt(1)


def _table(doc, header: list[str], body: list[list[str]]):
    table = doc.add_table(rows=1 + len(body), cols=len(header))
    table.style = "Table Grid"
    for i, text in enumerate(header):
        cell = table.rows[0].cells[i]
        cell.text = report.xml_safe(text)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r, values in enumerate(body, 1):
        for i, text in enumerate(values):
            table.rows[r].cells[i].text = report.xml_safe(text)
    # the header row repeats on each page
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header_flag = OxmlElement("w:tblHeader")
    tr_pr.append(header_flag)
    return table


def _widths(table, cm: tuple[float, ...]) -> None:
    """Column widths that Word and LibreOffice both honour (the grid and every cell)."""
    table.autofit = False
    for column, width in zip(table.columns, cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


def _redline_paragraph(doc, part: Part, track: _Tracker, whole: Op | None = None) -> None:
    """One paragraph of the redline; ``whole`` marks its paragraph mark as inserted or deleted too."""
    p = doc.add_paragraph(style=REDLINE_STYLE)
    for r in part.runs:
        if r.op is Op.EQUAL:
            p._p.append(_text_run(r.new))
        elif r.op is Op.DELETE:
            d = track.mark("w:del")
            d.append(_text_run(r.old, deleted=True))
            p._p.append(d)
        else:
            i = track.mark("w:ins")
            i.append(_text_run(r.new))
            p._p.append(i)
    if whole is not None:
        ppr = p._p.get_or_add_pPr()
        rpr = _element("w:rPr")
        rpr.append(track.mark("w:ins" if whole is Op.INSERT else "w:del"))
        ppr.append(rpr)


def _entry_label(e: Entry, w: Wording) -> str:
    bits = [e.label_in(w), e.badge_in(w)] + e.tags_in(w)
    similarity = e.similarity_in(w)
    if similarity:
        bits.append(similarity)
    return "   ·   ".join(bits)


def render_docx(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    w = wording(language)
    old, new = comparison.old, comparison.new
    when = report.made_at(comparison).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    track = _Tracker(when)
    entries = present.entries(comparison, w.language)
    tick = report.Progress(progress, len(entries), w("progress.docx"))

    doc = new_docx()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    _styles(doc, new.language, w.language)
    heading = report.xml_safe(w("report.title", title=report.title(comparison)))
    doc.core_properties.title = heading
    doc.core_properties.author = AUTHOR
    doc.core_properties.language = LANG_TAGS.get(w.language, w.language)

    doc.add_heading(heading, level=0)
    doc.add_paragraph(report.provenance(comparison, w))
    facts_old, facts_new = report.document_facts(old, w), report.document_facts(new, w)
    facts = _table(
        doc,
        ["", w("report.old_version"), w("report.new_version")],
        [[k, a, b] for (k, a), (_, b) in zip(facts_old, facts_new)],
    )
    _widths(facts, (2.6, 7.2, 7.2))

    doc.add_heading(w("report.summary"), level=1)
    summary = report.summary_rows(comparison, w)
    table = _table(doc, [w("report.summary_paragraphs"), w("report.summary_count")], [[f"{mark} {word}", str(n)] for mark, word, n in summary])
    _widths(table, (5.0, 2.0))
    for row in table.rows:
        row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading(w("word.how_to_read"), level=1)
    doc.add_paragraph(report.xml_safe(w("word.explanation", author=AUTHOR, new=new.label, old=old.label)))
    for _, mark, word, meaning in report.legend(w):
        doc.add_paragraph(f"{mark} {word}{w('legend.separator')}{meaning}", style="List Bullet")

    doc.add_heading(w("report.paragraphs"), level=1)
    for k, e in enumerate(entries):
        doc.add_paragraph(report.xml_safe(_entry_label(e, w)), style=ENTRY_STYLE)
        whole = Op.INSERT if e.kind == "added" else Op.DELETE if e.kind == "removed" else None
        for part in e.unified_parts(letter_exact=True):
            _redline_paragraph(doc, part, track, whole)
        for sig, note in e.signal_notes():
            doc.add_paragraph(report.xml_safe(report.signal_line(sig, note, w)), style=SIGNAL_STYLE)
        tick.step(k + 1)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return render_docx(comparison, progress, language)
