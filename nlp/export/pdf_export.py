"""The report as an A4 PDF: header, summary, legend, then the redline stacked paragraph by paragraph.

A4 portrait is too narrow for two readable columns, so each entry is one redline (as a legal officer
reads a marked-up draft): deleted words red and struck through, inserted words green and underlined,
under a label line with the ids, the badge and the similarity, followed by its signal notes. The bundled
DejaVu Sans carries every French letter, « » and the marks. Pages are numbered "page X / Y".
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from nlp import present
from nlp.export import pdf_fonts, report
from nlp.model.comparison import Comparison, Op
from nlp.model.version import __version__
from nlp.present import Entry
from nlp.present.redline import padding
from nlp.present.wording import Wording, wording

FAMILY = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}

INK = (26, 26, 26)
GREY = (85, 85, 85)
DELETED = (155, 0, 0)
INSERTED = (0, 100, 20)
CHANGE_INK = {
    "strengthened": (11, 90, 30),
    "weakened": (138, 16, 16),
    "modified": (107, 74, 0),
    "unchanged": (60, 60, 60),
    "added": (11, 79, 138),
    "removed": (106, 42, 122),
}
LINE = 4.6  # mm per line of body text
BODY_INDENT = 6.0  # mm


class _Pdf(FPDF):
    def __init__(self, running_title: str, w: Wording, fallbacks: tuple[Path, ...] = ()) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.running_title, self.wording = running_title, w
        fonts = report.resource_dir("fonts")
        for style, name in FONT_FILES.items():
            self.add_font(FAMILY, style, str(fonts / name))
        for k, path in enumerate(fallbacks):  # scripts DejaVu lacks (CJK…): see nlp.export.pdf_fonts
            self.add_font(f"Fallback{k}", "", str(path))
        if fallbacks:
            self.set_fallback_fonts([f"Fallback{k}" for k in range(len(fallbacks))], exact_match=False)
        self.glyphs = pdf_fonts.Glyphs([fonts / FONT_FILES[""], *fallbacks])
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages()

    def normalize_text(self, text: str) -> str:
        """Every text drawn passes here: a character no font has becomes a visible mark, never nothing."""
        return super().normalize_text(self.glyphs.drawable(text))

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.epw / 2, 5, report.xml_safe(self.running_title), align="L")
        self.cell(self.epw / 2, 5, self.wording("report.page", page=self.page_no(), pages="{nb}"), align="R")


def _color(pdf: FPDF, rgb) -> None:
    pdf.set_text_color(*rgb)


def _heading(pdf: FPDF, text: str) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 30:
        pdf.add_page()
    pdf.ln(3)
    pdf.start_section(text, level=0)  # the PDF's outline (bookmarks) for a reader to jump
    pdf.set_font(FAMILY, "B", 12)
    _color(pdf, INK)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(170, 170, 170)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)


def _header(pdf: _Pdf, comparison: Comparison, w: Wording) -> None:
    pdf.set_font(FAMILY, "B", 16)
    _color(pdf, INK)
    pdf.multi_cell(0, 8, report.xml_safe(w("report.title", title=report.title(comparison))), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 8.5)
    _color(pdf, GREY)
    pdf.multi_cell(0, 5, report.provenance(comparison, w), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _color(pdf, INK)
    pdf.set_font(FAMILY, "", 8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(col_widths=(22, 76, 76), text_align="LEFT", headings_style=heading, line_height=4.4, padding=1.2) as table:
        row = table.row()
        old = w("report.version_label", version=w("report.old_version"), label=comparison.old.label)
        new = w("report.version_label", version=w("report.new_version"), label=comparison.new.label)
        for text in ("", old, new):
            row.cell(report.xml_safe(text))
        for (key, a), (_, b) in zip(report.document_facts(comparison.old, w), report.document_facts(comparison.new, w)):
            row = table.row()
            for text in (key, a, b):
                row.cell(report.xml_safe(text))


def _summary(pdf: FPDF, comparison: Comparison, w: Wording) -> None:
    _heading(pdf, w("report.summary"))
    pdf.set_font(FAMILY, "", 9)
    heading = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(
        width=80, col_widths=(56, 24), text_align=("LEFT", "RIGHT"), align="LEFT", headings_style=heading, line_height=5, padding=1.2
    ) as table:
        row = table.row()
        row.cell(w("report.summary_paragraphs"))
        row.cell(w("report.summary_count"))
        for mark, word, n in report.summary_rows(comparison, w):
            row = table.row()
            row.cell(f"{mark} {word}")
            row.cell(str(n))


def _legend(pdf: FPDF, w: Wording) -> None:
    _heading(pdf, w("report.legend"))
    for change, mark, word, meaning in report.legend(w):
        pdf.set_font(FAMILY, "B", 8.5)
        _color(pdf, CHANGE_INK.get(change, INK))
        pdf.write(LINE, f"{mark} {word}  ")
        pdf.set_font(FAMILY, "", 8.5)
        _color(pdf, INK)
        pdf.write(LINE, meaning)
        pdf.ln(LINE)
    pdf.set_font(FAMILY, "S", 8.5)
    _color(pdf, DELETED)
    pdf.write(LINE, w("legend.deleted_sample"))
    pdf.set_font(FAMILY, "", 8.5)
    _color(pdf, INK)
    pdf.write(LINE, f"{w('legend.separator')}{w('legend.deleted_meaning')}{w('legend.next')}")
    pdf.set_font(FAMILY, "U", 8.5)
    _color(pdf, INSERTED)
    pdf.write(LINE, w("legend.inserted_sample"))
    pdf.set_font(FAMILY, "", 8.5)
    _color(pdf, INK)
    pdf.write(LINE, f"{w('legend.separator')}{w('legend.inserted_meaning')}{w('legend.end')}")
    pdf.ln(LINE)


def _flow(pdf: FPDF, text: str) -> None:
    """Write ``text`` on from the current position. A redline is written a run at a time, and fpdf cuts
    a word that does not fit at the end of a line when it is the first of a call: such a first word
    goes to the next line whole."""
    words = text.split(None, 1)
    if words and pdf.get_x() > pdf.l_margin + 0.5:
        head = text[: text.index(words[0]) + len(words[0])]  # the first word and the spaces before it
        if pdf.get_string_width(head) > pdf.w - pdf.r_margin - pdf.get_x() - 2 * pdf.c_margin:  # as fpdf measures
            pdf.ln(LINE)
            text = text.lstrip()
    pdf.write(LINE, text)


def _plain(pdf: FPDF, text: str) -> None:
    if text:
        pdf.set_font(FAMILY, "", 9.5)
        _color(pdf, INK)
        _flow(pdf, report.xml_safe(text))


def _entry(pdf: FPDF, e: Entry, w: Wording) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 3 * LINE - 6:
        pdf.add_page()  # keep a label with the start of its paragraph
    pdf.ln(1.8)
    label, badge = e.label_in(w), e.badge_in(w)
    pdf.start_section(f"{label}  {badge}", level=1)
    pdf.set_font(FAMILY, "B", 9)
    _color(pdf, INK)
    pdf.write(LINE, report.xml_safe(label) + "   ")
    _color(pdf, CHANGE_INK[e.change])
    pdf.write(LINE, badge)
    pdf.set_font(FAMILY, "", 8.5)
    _color(pdf, GREY)
    extras = e.tags_in(w)
    similarity = e.similarity_in(w)
    if similarity:
        extras.append(similarity)
    if extras:
        pdf.write(LINE, "   " + "  ·  ".join(report.xml_safe(t) for t in extras))
    pdf.ln(LINE + 0.6)

    pdf.set_left_margin(pdf.l_margin + BODY_INDENT)
    parts = e.unified_parts()
    for part in parts:
        pdf.set_x(pdf.l_margin)
        if len(parts) > 1:
            pdf.set_font(FAMILY, "B", 7.5)
            _color(pdf, GREY)
            pdf.write(LINE, f"[{report.xml_safe(part.id)}]  ")
        written = " "  # what was last put on the line: marks must not glue words together
        before = {"old": " ", "new": " "}  # what each version has just before the next run
        for r in part.runs:
            if r.op is Op.EQUAL:
                _plain(pdf, r.new)
                written = r.new[-1:] or written
            else:
                side = "old" if r.op is Op.DELETE else "new"
                lead, core, trail = padding(getattr(r, side))
                if (lead or before[side].isspace()) and not written.isspace():
                    lead = lead or " "
                _plain(pdf, lead)
                pdf.set_font(FAMILY, "S" if r.op is Op.DELETE else "U", 9.5)
                _color(pdf, DELETED if r.op is Op.DELETE else INSERTED)
                _flow(pdf, report.xml_safe(core))
                _plain(pdf, trail)
                written = (trail or core)[-1:] or written
            for side in ("old", "new"):
                text = getattr(r, side)
                before[side] = text[-1:] if text else before[side]
        pdf.ln(LINE + 0.8)
    if e.signals:
        pdf.set_left_margin(pdf.l_margin + BODY_INDENT)
        pdf.set_font(FAMILY, "I", 8)
        for sig, note in e.signal_notes():
            pdf.set_x(pdf.l_margin)
            _color(pdf, CHANGE_INK["strengthened"] if sig.direction == "stronger" else CHANGE_INK["weakened"] if sig.direction == "weaker" else GREY)
            pdf.write(4, report.xml_safe(report.signal_line(sig, note, w)))
            pdf.ln(4.2)
        pdf.set_left_margin(pdf.l_margin - BODY_INDENT)
    pdf.set_left_margin(pdf.l_margin - BODY_INDENT)
    pdf.set_font(FAMILY, "", 9.5)
    pdf.set_draw_color(220, 220, 220)
    pdf.line(pdf.l_margin, pdf.get_y() + 0.8, pdf.w - pdf.r_margin, pdf.get_y() + 0.8)
    pdf.ln(1.2)


def render_pdf(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    w = wording(language)
    entries = present.entries(comparison, w.language)
    tick = report.Progress(progress, len(entries) + 1, w("progress.pdf"))
    heading = w("report.title", title=report.title(comparison))
    fallbacks, missing = pdf_fonts.choose(report.resource_dir("fonts") / FONT_FILES[""], _all_text(comparison))
    pdf = _Pdf(heading, w, fallbacks)
    pdf.set_title(report.xml_safe(heading))
    pdf.set_author(report.APP)
    pdf.set_creator(f"{report.APP} {__version__}")
    pdf.set_lang(comparison.new.language or "fr")
    pdf.set_creation_date(report.made_at(comparison))
    pdf.add_page()
    _header(pdf, comparison, w)
    if missing:  # said where the reader looks first, not only in a warning nobody sees
        pdf.glyphs.missing.update(missing)
        pdf.set_font(FAMILY, "B", 9)
        _color(pdf, DELETED)
        pdf.ln(2)
        note = w("report.missing_glyphs", count=len(missing), mark=pdf_fonts.MISSING_MARK, sample=pdf.glyphs.sample())
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
    _summary(pdf, comparison, w)
    _legend(pdf, w)
    _heading(pdf, w("report.paragraphs"))
    for k, e in enumerate(entries):
        _entry(pdf, e, w)
        tick.step(k + 1)
    data = bytes(pdf.output())
    tick.finish(w("progress.pdf"))
    return data


def _all_text(comparison: Comparison) -> str:
    """Every character of the documents that the report may draw (texts, notes, titles, labels)."""
    parts: list[str] = []
    for doc in (comparison.old, comparison.new):
        parts += [doc.label, doc.title or "", doc.body or "", doc.path]
        for p in doc.paragraphs:
            parts += [p.text, p.lead or "", *p.footnotes]
    return "".join(parts)


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    return render_pdf(comparison, progress, language)
