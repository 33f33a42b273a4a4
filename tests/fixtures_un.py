"""Build a PDF and a Word file of a known text laid out as the United Nations issues its documents.

The text comes from an Akoma Ntoso file read by Travaux (its ids, texts and footnotes are the truth the
PDF and Word readings must give back); the layout is the UN's: a cover (« United Nations  A/80/L.9 »,
« Distr.: Limited », session, agenda item, the list of sponsors « …: draft resolution » with its
asterisk note, or « Resolution adopted by the General Assembly »), running headers with the symbol and
the title (alternating sides, in small bold type), job numbers, bar codes, page numbers, « Please
recycle », first-line indents, call-outs at the end of a paragraph's last line with their notes under
a typed rule at the foot of the page, paragraphs that run over page breaks. ``spacing=0`` sets the
paragraphs without space between them, ``indent_numbers=False`` puts the numbers at the left margin:
then only the numbering and the sentence ends say where a paragraph starts. ``drawn_rule`` draws the
footnote separator (as Word does) rather than typing it; ``end_rule`` draws the short centred line the
UN sets under the end of a text, which is no footnote separator.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from tests.fixtures_build import FONTS, _esc

SPONSORS = ("Andorra", "Bosnia and Herzegovina", "Netherlands (Kingdom of the)",
            "United Kingdom of Great Britain and Northern Ireland", "Zambia", "State of Palestine")
SPONSOR_NOTE = "Any changes to the list of sponsors will be reflected in the official record of the meeting."


@dataclass(frozen=True)
class Cover:
    symbol: str
    title: str
    draft: bool = True
    sponsors: tuple[str, ...] = ()
    session: str = "Eightieth session"
    agenda_item: str = "74"
    agenda_title: str = "Crime prevention and criminal justice"
    body: str = "General Assembly"
    opening: str = "The General Assembly,"
    number: str = ""  # « 80/9 » for an adopted resolution
    adopted_on: str = "24 November 2025"
    adopts: str = ""  # a resolution that only adopts an annexed declaration: its one paragraph
    closing: str = "41st plenary meeting"
    extra_cover_lines: tuple[str, ...] = field(default=())
    # a commission's draft that holds the draft it recommends: « The Commission … recommends … the
    # following draft resolution …: », then « Draft resolution », then the title
    recommends: str = ""


@dataclass(frozen=True)
class Para:
    text: str
    label: str = ""  # « 7. », « (a) », « (i) »
    level: int = 0  # 0 a paragraph, 1 a sub-item, 2 a sub-sub-item
    lead: str = ""  # italic opening words
    notes: tuple[str, ...] = ()


def paras_of(doc) -> list[Para]:
    """The paragraphs of a Document as a typesetter would set them: number or letter, italic lead."""
    out = []
    for p in doc.paragraphs:
        letters = re.findall(r"\(([a-z]+)\)", p.id)
        top = re.match(r"^(\d+)", p.id)
        if letters:
            label, level = f"({letters[-1]})", len(letters)
        elif top:
            label, level = f"{top.group(1)}.", 0
        else:
            label, level = "", 0
        lead = p.lead if p.lead and p.text.startswith(p.lead) and p.kind == "preambular" else ""
        out.append(Para(p.text, label, level, lead, tuple(p.footnotes)))
    return out


def cover_of(doc, draft: bool) -> Cover:
    """The cover a document read from Akoma Ntoso would have as a draft (« A/80/L.5 », sponsors) or
    as the adopted resolution (its own symbol and number)."""
    council = (doc.symbol or "").startswith("S/")
    declaration = not any(p.kind == "preambular" for p in doc.paragraphs)
    return Cover(
        symbol="S/2026/50" if draft and council else "A/80/L.5" if draft else doc.symbol,
        title=doc.title or "The situation in Cyprus",
        draft=draft,
        sponsors=SPONSORS,
        body="Security Council" if council else "General Assembly",
        opening="Le Conseil de sécurité," if council and doc.language == "fr" else
                "The Security Council," if council else
                "L’Assemblée générale," if doc.language == "fr" else "The General Assembly,",
        number=(doc.symbol or "").replace("A/RES/", "").replace("S/RES/", ""),
        adopts="Adopts the political declaration annexed to the present resolution." if declaration else "",
    )


def same_reading(built, truth) -> None:
    """Ids in the same order, and each paragraph's kind, text, footnotes and parent the same."""
    assert [p.id for p in built.paragraphs] == [p.id for p in truth.paragraphs]
    for b, t in zip(built.paragraphs, truth.paragraphs):
        assert (b.id, b.kind, b.text, b.footnotes, b.parent) == (t.id, t.kind, t.text, t.footnotes, t.parent)


def _sponsor_line(cover: Cover) -> str:
    names = list(cover.sponsors)
    listed = ", ".join(names[:-1]) + (" and " + names[-1] if len(names) > 1 else names[0])
    return f"{listed}:*"


# ---------------------------------------------------------------- PDF


def build_un_pdf(cover: Cover, paras: list[Para], *, spacing: float = 6, indent_numbers: bool = True,
                 job: str = "25-17846 (E)", drawn_rule: bool = False, end_rule: bool = False) -> bytes:
    from fpdf import FPDF

    body, note_size, pitch, note_pitch = 10, 8.5, 12, 10.5
    width, top, bottom = 360, 76, 700
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    for style, name in (("", "DejaVuSans.ttf"), ("I", "DejaVuSans-Oblique.ttf"), ("B", "DejaVuSans-Bold.ttf")):
        pdf.add_font("DejaVu", style, str(FONTS / name))
    state = {"y": top, "notes": [], "page": 0, "next_note": 1}

    def left() -> float:  # left and right pages set their text block apart differently
        return 123 if state["page"] % 2 else 135

    def footnote_lines(text: str) -> list[str]:
        pdf.set_font("DejaVu", "", note_size)
        return pdf.multi_cell(width - 12, note_pitch, text, dry_run=True, output="LINES")

    def notes_height(notes) -> float:
        return sum(note_pitch * len(lines) for _, lines in notes) + (14 if notes else 0)

    def finish_page() -> None:
        y = bottom + 40 - notes_height(state["notes"])
        if state["notes"] and drawn_rule:  # the separator Word draws
            pdf.set_line_width(0.5)
            pdf.line(left() - 24, y - 9, left() + 66, y - 9)
        elif state["notes"]:  # the one the UN types
            pdf.set_font("DejaVu", "B", 8)
            pdf.text(left() - 24, y - 6, "_" * 18)
        for mark, lines in state["notes"]:
            pdf.set_font("DejaVu", "", 6)
            pdf.text(left() - 6, y + 3, mark)  # raised, as the UN sets note numbers
            pdf.set_font("DejaVu", "", note_size)
            for line in lines:
                pdf.text(left() + 6, y + 8, line)
                y += note_pitch

    def new_page() -> None:
        if state["page"]:
            finish_page()
        pdf.add_page()
        state["page"] += 1
        state["notes"] = []
        state["y"] = top
        if state["page"] > 1:  # running header: the symbol and the title, alternating sides
            pdf.set_font("DejaVu", "B", 8.5)
            title = cover.title if len(cover.title) < 70 else cover.title[:60].rsplit(" ", 1)[0] + "…"
            line = f"{cover.symbol}      {title}" if state["page"] % 2 == 0 else f"{title}      {cover.symbol}"
            pdf.text(60, 56, line)

    def write_line(x: float, text: str, font: tuple[str, float]) -> None:
        pdf.set_font("DejaVu", *font)
        pdf.text(x, state["y"], text)

    new_page()
    # ---- cover
    pdf.set_font("DejaVu", "", 10)
    pdf.text(123, 50, "United Nations")
    pdf.set_font("DejaVu", "", 14)
    pdf.text(540 - pdf.get_string_width(cover.symbol), 50, cover.symbol)
    pdf.set_font("DejaVu", "B", 18)
    pdf.text(123, 84, cover.body)
    pdf.set_font("DejaVu", "", 10)
    pdf.text(400, 78, "Distr.: Limited" if cover.draft else "Distr.: General")
    pdf.text(400, 90, "5 November 2025")
    pdf.text(400, 112, "Original: English")
    state["y"] = 200
    for text, style in ((cover.session, "B"), (f"Agenda item {cover.agenda_item}", ""), (cover.agenda_title, "B")):
        write_line(60, text, (style, 10))
        state["y"] += pitch
    state["y"] += 18
    if cover.draft:
        pdf.set_font("DejaVu", "B", 10)
        lines = pdf.multi_cell(width, pitch, _sponsor_line(cover), dry_run=True, output="LINES")
        for k, line in enumerate(lines):
            write_line(123, line, ("B", 10))
            if k == len(lines) - 1:
                pdf.set_font("DejaVu", "", 10)
                pdf.text(123 + pdf.get_string_width(line) + 3, state["y"], "draft resolution")
            state["y"] += pitch
        state["notes"].append(("*", footnote_lines(SPONSOR_NOTE)))
        state["y"] += 14
        if cover.recommends:
            pdf.set_font("DejaVu", "", 10)
            for line in pdf.multi_cell(width, pitch, cover.recommends, dry_run=True, output="LINES"):
                write_line(123 + 24 * (line == cover.recommends[: len(line)]), line, ("", 10))
                state["y"] += pitch
            state["y"] += 14
            write_line(123, "Draft resolution", ("B", 10))
            state["y"] += 20
        write_line(123, cover.title, ("B", 12))
    elif cover.body == "Security Council":
        write_line(123, f"Resolution {cover.number}", ("B", 13))
        state["y"] += 18
        write_line(123, f"Adopted by the Security Council at its 9850th meeting, on {cover.adopted_on}", ("B", 10))
    else:
        for line in ("Resolution adopted by the General Assembly", f"on {cover.adopted_on}"):
            write_line(123, line, ("B", 13))
            state["y"] += 15
        write_line(123, "[without reference to a Main Committee (A/80/L.5)]", ("", 10))
        state["y"] += 30
        write_line(85, f"{cover.number}.   {cover.title}", ("B", 12))
    state["y"] += 26
    write_line(147, cover.opening, ("I", 10))
    state["y"] += pitch + spacing

    def set_paragraph(p: Para) -> None:
        """Words set greedily line by line; the lead in italics; each call-out raised after its word:
        the last note after the paragraph's last word (at the end of its last line), any others
        after the first commas (in mid-line)."""
        number_indent = 24 if indent_numbers or not p.label or p.level else 0
        first_x = 24 + 24 * p.level if p.label and p.level else number_indent
        lead_words = len(p.lead.split()) if p.lead and p.text.startswith(p.lead) else 0
        words = [[w, "I" if k < lead_words else "", []] for k, w in enumerate(p.text.split())]
        marks = []
        for note in p.notes:
            marks.append((str(state["next_note"]), footnote_lines(note)))
            state["next_note"] += 1
        commas = [k for k, (w, _, _) in enumerate(words[:-1]) if w.endswith(",")]
        for n, mark in enumerate(marks):
            at = commas[n] if n < len(marks) - 1 and n < len(commas) else len(words) - 1
            words[at][2].append(mark)
        if p.label:
            words.insert(0, [p.label, "", []])

        def span(word) -> float:
            pdf.set_font("DejaVu", word[1], body)
            w = pdf.get_string_width(word[0])
            pdf.set_font("DejaVu", "", 6.5)
            return w + sum(pdf.get_string_width(m) + 1.5 for m, _ in word[2])

        pdf.set_font("DejaVu", "", body)
        space = pdf.get_string_width(" ")
        lines: list[list] = [[]]
        used = 0.0
        for word in words:
            room = width - (first_x if len(lines) == 1 else 0)
            wspan = span(word)
            if lines[-1] and used + space + wspan > room:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + wspan
            lines[-1].append(word)
        for k, line in enumerate(lines):
            line_marks = [m for word in line for m in word[2]]
            need = notes_height(state["notes"] + line_marks)
            if state["y"] + pitch > bottom + 40 - need:
                new_page()
            x = left() + (first_x if k == 0 else 0)
            for word in line:
                pdf.set_font("DejaVu", word[1], body)
                pdf.text(x, state["y"], word[0])
                x += pdf.get_string_width(word[0])
                for mark, _ in word[2]:
                    pdf.set_font("DejaVu", "", 6.5)
                    pdf.text(x + 0.5, state["y"] - 4, mark)
                    x += pdf.get_string_width(mark) + 1.5
                x += space
            state["notes"].extend(line_marks)
            state["y"] += pitch
        state["y"] += spacing

    if cover.adopts:
        set_paragraph(Para(cover.adopts))
        state["y"] += 10
        write_line(left() + 200, cover.closing, ("", 10))
        if end_rule:  # the resolution ends here; its annex follows on the same page
            pdf.set_line_width(0.5)
            pdf.line(270, state["y"] + 14, 342, state["y"] + 14)
        state["y"] += pitch + 20
        for text in ("Annex", cover.title):
            write_line(left(), text, ("B", 12))
            state["y"] += 20
    for p in paras:
        set_paragraph(p)
    if not cover.adopts:
        state["y"] += 10
        if state["y"] + pitch > bottom + 40 - notes_height(state["notes"]):
            new_page()
        write_line(left() + 200, cover.closing, ("", 10))
    if end_rule:  # the short centred line the UN draws under the end of a text
        pdf.set_line_width(0.5)
        pdf.line(270, state["y"] + 14, 342, state["y"] + 14)
    finish_page()
    total = pdf.page
    digits = re.sub(r"\D", "", job)
    for n in range(1, total + 1):  # footers once the number of pages is known
        pdf.page = n
        pdf.set_font("DejaVu", "", 7)
        if n == 1:
            pdf.text(65, 748, f"{job}    051125")
            pdf.set_font("DejaVu", "", 10)
            pdf.text(65, 760, f"*{digits}*")
            pdf.text(460, 760, "Please recycle")
        else:
            pdf.text(60 if n % 2 == 0 else 520, 755, f"{n}/{total}")
            pdf.text(520 if n % 2 == 0 else 60, 755, job.split()[0])
    return bytes(pdf.output())


# ---------------------------------------------------------------- Word


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def build_un_docx(cover: Cover, paras: list[Para]) -> bytes:
    """The same document as a Word file: the cover as paragraphs, the sponsors' note as a footnote
    marked « * » (a custom mark), numbers typed, real footnotes, a running header in the header part."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = f"{cover.symbol}    {cover.title}"
    document.sections[0].footer.paragraphs[0].text = "25-17846 (E)    Please recycle"
    body = document.element.body
    sect = body[-1]
    notes: list[tuple[str, str]] = []  # (id, text)

    def run(text: str, *, italic: bool = False, bold: bool = False) -> str:
        rpr = ("<w:i/>" if italic else "") + ("<w:b/>" if bold else "")
        return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'

    def add(runs: str) -> None:
        sect.addprevious(parse_xml(f'<w:p xmlns:w="{_W}">{runs}</w:p>'))

    def note_ref(text: str, custom: bool = False) -> str:
        notes.append((str(len(notes) + 1), text))
        if custom:
            return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:customMarkFollows="1" w:id="{len(notes)}"/><w:t>*</w:t></w:r>')
        return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{len(notes)}"/></w:r>'

    for line in ("United Nations", cover.symbol, cover.body, "Distr.: Limited" if cover.draft else "Distr.: General",
                 "5 November 2025", "Original: English", cover.session, f"Agenda item {cover.agenda_item}", cover.agenda_title):
        add(run(line))
    if cover.draft:
        add(run(_sponsor_line(cover).rstrip("*"), bold=True) + note_ref(SPONSOR_NOTE, custom=True) + run(" draft resolution"))
        if cover.recommends:
            add(run(cover.recommends))
            add(run("Draft resolution", bold=True))
        add(run(cover.title, bold=True))
    elif cover.body == "Security Council":
        add(run(f"Resolution {cover.number}", bold=True))
        add(run(f"Adopted by the Security Council at its 9850th meeting, on {cover.adopted_on}", bold=True))
    else:
        add(run("Resolution adopted by the General Assembly on " + cover.adopted_on, bold=True))
        add(run(f"{cover.number}. {cover.title}", bold=True))
    add(run(cover.opening, italic=True))
    if cover.adopts:
        add(run(cover.adopts))
        add(run(cover.closing))
        add(run("Annex", bold=True))
        add(run(cover.title, bold=True))
    for p in paras:
        prefix = f"{p.label}\t" if p.label else ""
        text = p.text
        runs = run(prefix) if prefix else ""
        if p.lead and text.startswith(p.lead):
            runs += run(p.lead, italic=True)
            text = text[len(p.lead):]
        runs += run(text) + "".join(note_ref(n) for n in p.notes)
        add(runs)
    if not cover.adopts:
        add(run(cover.closing))
    footnotes = (
        f'<w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + "".join(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in notes
        )
        + "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
