"""Build DOCX, PDF, ODT and HTML versions of a sample text, in code, for the format readers' tests.

``items_from_sample(path)`` reads a bundled sample (Source: United Nations) into the list of what a
typesetter would lay out: the front matter as it stands, then each paragraph with its number or letter,
its footnotes and its italic lead. The builders lay that list out in each format the way the UN and
Word/LibreOffice users do: Word's automatic numbering and real footnotes, a PDF with running headers,
job numbers, page numbers, footnotes in small type and paragraphs that run over page breaks, an ODT
with list styles, a web page with menus and scripts around the text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from nlp.readers import read_document
from nlp.readers.markup import strip_markup

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"


@dataclass(frozen=True)
class Item:
    text: str
    label: str | None = None  # "7.", "a)" — the number or letter shown
    level: int = 0  # 0 a paragraph, 1 a sub-item, 2 a sub-sub-item
    heading: int = 0  # 1-6 for a heading
    notes: tuple[str, ...] = ()
    lead: str | None = None  # set in italics when the text opens with it
    auto: bool = False  # numbered by the format's own list numbering rather than typed


_ITEM_ID = re.compile(r"^(?:PP)?(\d+)?((?:\([a-z]+\))*)$")


def items_from_sample(path: Path) -> tuple[object, list[Item]]:
    """The sample's parsed Document and the items that lay it out again."""
    doc = read_document(path)
    raw = path.read_text(encoding="utf-8")
    first = _clean(doc.paragraphs[0].text)[:40]
    lines = raw.splitlines()
    start = next(i for i, line in enumerate(lines) if _clean(re.sub(r"^\s*\d+\.\s+", "", line)).startswith(first))
    items: list[Item] = []
    for line in lines[:start]:
        if not line.strip() or line.strip().startswith(("<sup>", "¹", "---")) or re.match(r"^\s*[¹²³⁴-⁹\d]+\s", line):
            continue
        heading = len(line) - len(line.lstrip("#")) if line.startswith("#") else 0
        text = _clean(line.lstrip("#"))
        if text:
            items.append(Item(text=text, heading=min(heading, 6)))
    operative = [p for p in doc.paragraphs if p.kind == "operative"]
    auto = _sequential(operative)
    for p in doc.paragraphs:
        m = _ITEM_ID.match(p.id)
        letters = re.findall(r"\(([a-z]+)\)", m.group(2)) if m else []
        if p.kind == "operative" and m and m.group(1):
            label = f"{letters[-1]})" if letters else f"{m.group(1)}."
            items.append(Item(p.text, label, len(letters), notes=p.footnotes, lead=p.lead, auto=auto))
        elif letters:
            items.append(Item(p.text, f"{letters[-1]})", len(letters), notes=p.footnotes, lead=p.lead))
        else:
            items.append(Item(p.text, notes=p.footnotes, lead=p.lead))
    return doc, items


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", strip_markup(line)[0]).strip()


def _sequential(paragraphs) -> bool:
    """Whether Word could number these ids itself: 1, 2, 3… with a), b)… restarting under each."""
    expected_top, expected_sub = 1, 0
    for p in paragraphs:
        m = re.fullmatch(r"(\d+)(?:\(([a-z])\))?", p.id)
        if not m:
            return False
        if m.group(2) is None:
            if int(m.group(1)) != expected_top:
                return False
            expected_top += 1
            expected_sub = 0
        else:
            if ord(m.group(2)) - 96 != expected_sub + 1:
                return False
            expected_sub += 1
    return True


def paragraphs_of(doc) -> list[tuple]:
    """What the format readers must give back identically: ids, kinds, texts and footnotes."""
    return [(p.id, p.kind, p.text, p.footnotes, p.parent) for p in doc.paragraphs]


# ---------------------------------------------------------------- DOCX


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NSDECL = f'xmlns:w="{W_NS}"'
NUM_ID = "90"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, *, italic: bool = False, deleted: bool = False) -> str:
    rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


_REV = 'w:author="Delegate" w:date="2026-11-20T10:00:00Z"'


@dataclass(frozen=True)
class Edit:
    """A tracked change: ``replace`` a word in item ``index``, ``insert`` a new item after it, ``delete`` it."""

    kind: str
    index: int
    old: str = ""
    new: str = ""
    item: Item | None = None


def build_docx(items: list[Item], edits: tuple[Edit, ...] = ()) -> bytes:
    """A Word file: automatic numbering for ``auto`` items, real footnotes, tracked changes from ``edits``."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {_NSDECL} w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {_NSDECL} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))
    body = document.element.body
    sect = body[-1]
    notes: list[str] = []
    inserted_after = {e.index: e.item for e in edits if e.kind == "insert"}
    deleted = {e.index for e in edits if e.kind == "delete"}
    replaced = {e.index: e for e in edits if e.kind == "replace"}
    for i, item in enumerate(items):
        sect.addprevious(parse_xml(_docx_paragraph(item, notes, "delete" if i in deleted else None, replaced.get(i))))
        if i in inserted_after:
            sect.addprevious(parse_xml(_docx_paragraph(inserted_after[i], notes, "insert", None)))
    footnotes = (
        f'<w:footnotes {_NSDECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>'
            for n, text in enumerate(notes, 1)
        )
        + "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_paragraph(item: Item, notes: list[str], change: str | None, edit: Edit | None) -> str:
    ppr = ""
    if item.heading:
        ppr += f'<w:pStyle w:val="Heading{item.heading}"/>'
    if item.auto and item.label:
        ppr += f'<w:numPr><w:ilvl w:val="{item.level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
    mark = {"insert": f'<w:rPr><w:ins w:id="1" {_REV}/></w:rPr>', "delete": f'<w:rPr><w:del w:id="2" {_REV}/></w:rPr>'}.get(change or "", "")
    text = item.text
    prefix = "" if item.auto or not item.label else f"{item.label} "
    runs = [_run(prefix)] if prefix else []
    if item.lead and text.startswith(item.lead) and edit is None:
        runs.append(_run(item.lead, italic=True))
        text = text[len(item.lead) :]
    if edit is not None and edit.old in text:
        before, after = text.split(edit.old, 1)
        runs += [
            _run(before),
            f'<w:del w:id="3" {_REV}>{_run(edit.old, deleted=True)}</w:del>',
            f'<w:ins w:id="4" {_REV}>{_run(edit.new)}</w:ins>',
            _run(after),
        ]
    else:
        runs.append(_run(text))
    for note in item.notes:
        notes.append(note)
        runs.append(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{len(notes)}"/></w:r>')
    if change == "insert":
        runs = [f'<w:ins w:id="5" {_REV}>{"".join(runs)}</w:ins>']
    elif change == "delete":
        runs = [f'<w:del w:id="6" {_REV}>{"".join(runs).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")}</w:del>']
    return f'<w:p {_NSDECL}><w:pPr>{ppr}{mark}</w:pPr>{"".join(runs)}</w:p>'


def apply_edits(items: list[Item], edits: tuple[Edit, ...]) -> list[Item]:
    """The items as they read once every tracked change is accepted."""
    out: list[Item] = []
    for i, item in enumerate(items):
        edit = next((e for e in edits if e.index == i and e.kind == "replace"), None)
        if not any(e.index == i and e.kind == "delete" for e in edits):
            out.append(replace(item, text=item.text.replace(edit.old, edit.new, 1)) if edit else item)
        for e in edits:
            if e.index == i and e.kind == "insert":
                out.append(e.item)
    return out


# ---------------------------------------------------------------- PDF


def font_path(style: str = "") -> Path | None:
    name = {"": "DejaVuSans.ttf", "I": "DejaVuSans-Oblique.ttf"}[style]
    for candidate in (FONTS / name, Path("/usr/share/fonts/truetype/dejavu") / name):
        if candidate.exists():
            return candidate
    return None


def build_pdf(
    items: list[Item],
    *,
    symbol: str = "A/RES/76/7",
    job: str = "21-17344 (F)",
    hyphenate: bool = True,
    password: str | None = None,
) -> bytes:
    """A PDF laid out like the UN's: headers, job numbers, page numbers, small-type footnotes, page breaks."""
    from fpdf import FPDF

    body_size, note_size, line_h, note_h = 11, 8, 14, 10
    left, width, top, bottom = 72, 451, 90, 740
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(font_path("")))
    pdf.add_font("DejaVu", "I", str(font_path("I")))
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    state = {"y": top, "notes": [], "page": 0}

    def new_page() -> None:
        if state["page"]:
            finish_page()
        pdf.add_page()
        state["page"] += 1
        state["y"] = top
        state["notes"] = []
        pdf.set_font("DejaVu", "", 9)
        if state["page"] > 1:
            pdf.text(left + width - pdf.get_string_width(symbol), 50, symbol)
        else:  # the UN's first-page banner: its name on the left, the symbol on the right, one baseline
            pdf.text(left, 50, "Nations Unies")
            pdf.set_font("DejaVu", "", 14)
            pdf.text(left + width - pdf.get_string_width(symbol), 50, symbol)

    def notes_height() -> float:
        return sum(note_h * len(lines) for _, lines in state["notes"]) + (12 if state["notes"] else 0)

    def finish_page() -> None:
        y = bottom - notes_height() + 12
        if state["notes"]:
            pdf.line(left, y - 8, left + 100, y - 8)
        for number, lines in state["notes"]:
            pdf.set_font("DejaVu", "", note_size - 2)
            pdf.text(left, y - 3, str(number))
            pdf.set_font("DejaVu", "", note_size)
            for line in lines:
                pdf.text(left + 10, y, line)
                y += note_h

    new_page()
    number = 0
    for item in items:
        size = 14 if item.heading else body_size
        indent = 24 * item.level
        pdf.set_font("DejaVu", "", size)
        text = f"{item.label}\u00a0{item.text}" if item.label else item.text
        # the UN indents each paragraph's first line: wrap the first line narrower, the rest full width
        first_indent = 0 if item.heading else 28
        first = pdf.multi_cell(width - indent - first_indent, line_h, text, dry_run=True, output="LINES")[0]
        rest = text[len(first) :].lstrip()
        lines = [first] + (pdf.multi_cell(width - indent, line_h, rest, dry_run=True, output="LINES") if rest else [])
        if hyphenate:
            lines = _hyphenate(lines)
        pending = []
        for note in item.notes:
            number += 1
            pdf.set_font("DejaVu", "", note_size)
            pending.append((number, pdf.multi_cell(width - 10, note_h, note, dry_run=True, output="LINES")))
        for k, line in enumerate(lines):
            last = k == len(lines) - 1
            extra = sum(note_h * len(ls) for _, ls in pending) + (12 if pending and not state["notes"] else 0) if last else 0
            if state["y"] + line_h > bottom - notes_height() - extra:
                new_page()
            pdf.set_font("DejaVu", "", size)
            x = left + indent + (first_indent if k == 0 else 0)
            prefix = f"{item.label} " if item.label else ""
            line = line.replace("\u00a0", " ")
            if k == 0 and item.lead and item.text.startswith(item.lead) and line.startswith(prefix + item.lead):
                for piece, style in ((prefix, ""), (item.lead, "I"), (line[len(prefix) + len(item.lead) :], "")):
                    pdf.set_font("DejaVu", style, size)
                    pdf.text(x, state["y"], piece)
                    x += pdf.get_string_width(piece)
            else:
                pdf.text(x, state["y"], line)
                x += pdf.get_string_width(line)
            if last:
                for n, _ in pending:
                    pdf.set_font("DejaVu", "", 7)
                    pdf.text(x + 0.5, state["y"] - 4, str(n))
                    x += pdf.get_string_width(str(n)) + 4
                state["notes"].extend(pending)
            state["y"] += line_h
        state["y"] += 14 if item.heading else 8
    finish_page()
    total = pdf.page
    for n in range(1, total + 1):  # footers last, once the number of pages is known
        pdf.page = n
        pdf.set_font("DejaVu", "", 8)
        pdf.text(left, 800, job)
        pdf.text(left + width - 20, 800, f"{n}/{total}")
        if n == 1:
            pdf.text(left + 150, 800, "*" + re.sub(r"\D", "", job) + "*")
    return bytes(pdf.output())


def _hyphenate(lines: list[str]) -> list[str]:
    """Cut a long word across each line end the way a typesetter does (« coordi- / nation »)."""
    out = list(lines)
    for k in range(len(out) - 1):
        m = re.match(r"([a-zàâçéèêëîïôûùüÿœ]{10,})(?=[\s,.;:]|$)", out[k + 1])
        if m and not out[k].endswith("-"):
            word = m.group(1)
            out[k] = f"{out[k]} {word[:5]}-"
            out[k + 1] = out[k + 1][5:]
    return out


# ---------------------------------------------------------------- ODT


def build_odt(items: list[Item]) -> bytes:
    """An OpenDocument text: a list style numbers the ``auto`` items, footnotes are text:note."""
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, Style, TextProperties
    from odf.text import (
        H,
        List,
        ListItem,
        ListLevelStyleNumber,
        ListStyle,
        Note,
        NoteBody,
        NoteCitation,
        P,
        Span,
    )

    doc = OpenDocumentText()
    italic = Style(name="Lead", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(italic)
    numbers = ListStyle(name="Numbers")
    for level, fmt, suffix in ((1, "1", "."), (2, "a", ")"), (3, "i", ")")):
        lvl = ListLevelStyleNumber(level=level, numformat=fmt, numsuffix=suffix)
        lvl.addElement(ListLevelProperties(spacebefore=f"{level * 0.5}cm"))
        numbers.addElement(lvl)
    doc.automaticstyles.addElement(numbers)
    note_number = 0
    lists: list = []  # the open list at each level

    def paragraph(item: Item, element):
        nonlocal note_number
        text = item.text
        if item.label and not item.auto:
            element.addText(f"{item.label} ")
        if item.lead and text.startswith(item.lead):
            element.addElement(Span(stylename=italic, text=item.lead))
            text = text[len(item.lead) :]
        element.addText(text)
        for note in item.notes:
            note_number += 1
            n = Note(id=f"ftn{note_number}", noteclass="footnote")
            n.addElement(NoteCitation(text=str(note_number)))
            body = NoteBody()
            body.addElement(P(text=note))
            n.addElement(body)
            element.addElement(n)
        return element

    for item in items:
        if item.auto and item.label:
            while len(lists) > item.level + 1:
                lists.pop()
            if not lists:
                top = List(stylename=numbers)
                doc.text.addElement(top)
                lists.append(top)
            while len(lists) < item.level + 1:
                parent_item = lists[-1].childNodes[-1]
                nested = List()
                parent_item.addElement(nested)
                lists.append(nested)
            li = ListItem()
            li.addElement(paragraph(item, P()))
            lists[item.level].addElement(li)
            continue
        lists.clear()
        doc.text.addElement(paragraph(item, H(outlinelevel=item.heading) if item.heading else P()))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


# ---------------------------------------------------------------- HTML


def build_html(items: list[Item]) -> bytes:
    """A UN-like web page: menus, a breadcrumb, scripts and a footer around the text in <main>."""
    from html import escape

    out = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Résolution</title>",
        "<style>body { font-family: sans-serif } .menu li { display: inline }</style>",
        "<script>window.dataLayer = [{'page': 'résolution'}]; function track() { return 1; }</script></head><body>",
        "<header><a href='/'>Nations Unies</a><form><input name='q'><button>Rechercher</button></form></header>",
        "<nav class='menu'><ul><li><a href='/fr'>Accueil</a></li><li><a href='/fr/docs'>Documents</a></li>",
        "<li><a href='/fr/ga'>Assemblée générale</a></li></ul></nav>",
        "<div class='breadcrumb'>Accueil › Documents › Résolutions</div><main>",
    ]
    notes: list[str] = []
    open_lists: list[str] = []

    def content(item: Item) -> str:
        text = item.text
        html_text = ""
        if item.label and not item.auto:
            html_text += escape(item.label) + " "
        if item.lead and text.startswith(item.lead):
            html_text += f"<em>{escape(item.lead)}</em>"
            text = text[len(item.lead) :]
        html_text += escape(text)
        for note in item.notes:
            notes.append(note)
            html_text += f"<sup><a href='#fn{len(notes)}'>{len(notes)}</a></sup>"
        return html_text

    for item in items:
        if item.auto and item.label:
            while len(open_lists) > item.level + 1:
                out.append("</li></ol>")
                open_lists.pop()
            if len(open_lists) == item.level + 1:
                out.append("</li>")
            while len(open_lists) < item.level + 1:
                kind = ["1", "a", "i"][len(open_lists)]
                out.append(f"<ol type='{kind}'>")
                open_lists.append(kind)
            out.append(f"<li>{content(item)}")
            continue
        while open_lists:
            out.append("</li></ol>")
            open_lists.pop()
        tag = f"h{item.heading}" if item.heading else "p"
        out.append(f"<{tag}>{content(item)}</{tag}>")
    while open_lists:
        out.append("</li></ol>")
        open_lists.pop()
    out.append("<hr><div class='notes'>")
    out += [f"<p id='fn{n}'><sup>{n}</sup> {escape(note)}</p>" for n, note in enumerate(notes, 1)]
    out.append("</div></main><footer><ul><li>Droits d'auteur</li><li>Confidentialité</li></ul></footer>")
    out.append("<script>track(); document.write('<p>injected</p>');</script></body></html>")
    return "\n".join(out).encode("utf-8")
