"""Build a PDF of a known text set in two columns, as the UN sets its Official Records, journals and
some reports: the title and the opening across the page, then the paragraphs down the left column
and on down the right one, page after page; the notes at the foot of the column that calls them,
under a short rule; a running header across the top of every page after the first.

Columns break wherever the text reaches a column's foot: between two paragraphs (the next one opens
at the top of the next column, indented or numbered) or in the middle of a sentence.
"""

from __future__ import annotations

from tests.fixtures_build import FONTS
from tests.fixtures_un import Para

PAGE_W, TOP, BOTTOM = 612, 96, 720
COLUMN_W, GUTTER, MARGIN = 228, 24, 66


def build_two_column_pdf(title: str, opening: str, paras: list[Para], *, symbol: str = "A/80/500",
                         column_h: float = BOTTOM - TOP) -> bytes:
    from fpdf import FPDF

    body, note_size, pitch, note_pitch = 9.5, 7.5, 11.5, 9.5
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    for style, name in (("", "DejaVuSans.ttf"), ("I", "DejaVuSans-Oblique.ttf"), ("B", "DejaVuSans-Bold.ttf")):
        pdf.add_font("DejaVu", style, str(FONTS / name))
    state = {"col": 0, "y": TOP, "top": TOP, "notes": [], "next": 1}

    def x0() -> float:
        return MARGIN + state["col"] * (COLUMN_W + GUTTER)

    def note_lines(text: str) -> list[str]:
        pdf.set_font("DejaVu", "", note_size)
        return pdf.multi_cell(COLUMN_W - 10, note_pitch, text, dry_run=True, output="LINES")

    def notes_height(notes) -> float:
        return sum(note_pitch * len(lines) for _, lines in notes) + (12 if notes else 0)

    def finish_column() -> None:
        y = state["top"] + column_h - notes_height(state["notes"]) + 12
        if state["notes"]:
            pdf.set_line_width(0.5)
            pdf.line(x0(), y - 10, x0() + 72, y - 10)
        for mark, lines in state["notes"]:
            pdf.set_font("DejaVu", "", 5.5)
            pdf.text(x0(), y - 3, mark)
            pdf.set_font("DejaVu", "", note_size)
            for line in lines:
                pdf.text(x0() + 10, y, line)
                y += note_pitch
        state["notes"] = []

    def next_column() -> None:
        finish_column()
        if state["col"] == 0:
            state["col"] = 1
        else:
            new_page()
        state["y"] = state["top"]

    def new_page() -> None:
        pdf.add_page()
        state["col"], state["top"] = 0, TOP
        if pdf.page > 1:
            pdf.set_font("DejaVu", "B", 8)
            pdf.text(MARGIN, 60, symbol)
            pdf.text(PAGE_W - MARGIN - pdf.get_string_width(title[:50]), 60, title[:50])
            pdf.set_font("DejaVu", "", 8)
            pdf.text(PAGE_W / 2 - 6, 760, str(pdf.page))

    new_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(MARGIN, 80, title)
    pdf.set_font("DejaVu", "I", body)
    pdf.text(MARGIN + 24, 110, opening)
    state["top"] = state["y"] = 140
    column_h_first = column_h - (140 - TOP)

    def room() -> float:
        height = column_h_first if pdf.page == 1 else column_h
        return state["top"] + height - notes_height(state["notes"])

    for p in paras:
        indent = 18 + 14 * p.level if p.label else 18
        lead_words = len(p.lead.split()) if p.lead else 0
        words = [[w, "I" if k < lead_words else "", []] for k, w in enumerate(p.text.split())]
        for note in p.notes:  # the call-outs after the paragraph's last word (« persons,10,11 »)
            words[-1][2].append((str(state["next"]), note_lines(note)))
            state["next"] += 1
        if p.label:
            words.insert(0, [p.label, "", []])
        lines: list[list] = [[]]
        used = 0.0
        pdf.set_font("DejaVu", "", body)
        space = pdf.get_string_width(" ")
        for word in words:
            pdf.set_font("DejaVu", "", 5.5)
            w = sum(pdf.get_string_width(("," if n else "") + m) + 0.5 for n, (m, _) in enumerate(word[2]))
            pdf.set_font("DejaVu", word[1], body)
            w += pdf.get_string_width(word[0])
            if lines[-1] and used + space + w > COLUMN_W - (indent if len(lines) == 1 else 0):
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + w
            lines[-1].append(word)
        for k, line in enumerate(lines):
            marks = [mark for word in line for mark in word[2]]
            if state["y"] + pitch + (notes_height(state["notes"] + marks) - notes_height(state["notes"])) > room():
                next_column()
            x = x0() + (indent if k == 0 else 0)
            for word in line:
                pdf.set_font("DejaVu", word[1], body)
                pdf.text(x, state["y"], word[0])
                x += pdf.get_string_width(word[0])
                pdf.set_font("DejaVu", "", 5.5)
                for n, (mark, _) in enumerate(word[2]):
                    text = ("," if n else "") + mark
                    pdf.text(x + 0.5, state["y"] - 3.5, text)
                    x += pdf.get_string_width(text) + 0.5
                x += space
            state["notes"].extend(marks)
            state["y"] += pitch
        state["y"] += 4  # paragraphs set a little apart
    finish_column()
    return bytes(pdf.output())
