"""Blocks → the paragraphs of a resolution or declaration, with ids, kinds, parents and footnotes.

The shape of a UN resolution, as rules:

* a header (organ, distribution, session, « Résolution adoptée par… », symbol and title), then the
  opening clause naming the organ (« L'Assemblée générale, », « Le Conseil de sécurité, »,
  « The General Assembly, »);
* unnumbered preambular paragraphs (``PP1``…), then numbered operative paragraphs (``1``…); sub-items
  ``a)``/``(a)`` and ``i)``/``(i)`` belong to the paragraph before them (``16(a)``, ``16(a)(i)``,
  ``PP3(a)``);
* a closing formula (« 73e séance plénière », « 73rd plenary meeting »), and possibly an annex.

When the resolution itself only adopts a text (« Adopte la déclaration … ci-après : » or « … qui se
trouve annexée ») and the numbered paragraphs come after a heading, a closing formula or « Annexe »,
the document's paragraphs are those of the adopted declaration; its title is left out.

A block that a page break split off (it starts in lower case, or the block before it stops
mid-sentence) is joined back to the one before it. A text with no opening clause and no numbering
falls back to one paragraph per block: ``P1``, ``P2``… of kind ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.model.document import Paragraph
from nlp.readers.blocks import (
    HEADING,
    TEXT,
    Block,
)
from nlp.readers.coverage import unread_tail, words_of
from nlp.readers.lead import lead_of
from nlp.readers.markup import collapse, strip_markup
from nlp.readers.metadata import organ_named
from nlp.readers.numbering import Outline
from nlp.readers.units import (
    ANNEX,
    CLOSERS,
    CLOSING,
    PARAGRAPH_OPENING,
    Footnote,
    Unit,
    ends_sentence,
    join_page_breaks,
    read_units,
    starts_lowercase,
)

_OPENING = re.compile(r"^(?:L['’]|Le |La |Les |The )(?P<name>[A-ZÀ-Ý][^.;]{2,250}?)\s*[,:]?$")
_SECTION_NUMBER = re.compile(r"^(?:[IVXL]{1,6}|[A-Z])(?:\.|\s*$|\s+[A-ZÀ-Ý])")
_MAX_HEADING_WORDS = 12
_MAX_ITALIC_LEAD_WORDS = 6
_MAX_ADOPTING_PARAGRAPHS = 3  # a resolution that only adopts a declaration says little before it


@dataclass(slots=True)
class Structure:
    paragraphs: list[Paragraph]
    header: list[str]  # texts before the opening clause (organ, dates, symbol, title)
    headings: list[str]
    opening: str | None  # the opening clause, e.g. « L'Assemblée générale, »
    closings: list[str]  # « 73e séance plénière 19 décembre 2017 »
    furniture: list[str]  # running headers and footers that were dropped
    body_text: str  # all paragraph text, for language detection


def _opening_index(units: list[Unit]) -> int | None:
    """Where the opening clause stands: the first that names a known organ, else the first that ends
    with a comma, else the first of the shape (« The situation in the Middle East », an agenda item in
    the header, has the shape too)."""
    first_numbered = next((i for i, u in enumerate(units) if u.marker and u.marker[0] == "num"), len(units))
    candidates = [
        i
        for i, unit in enumerate(units[:first_numbered])
        if unit.kind == TEXT and unit.marker is None and len(unit.text.split()) <= 30 and _OPENING.match(unit.text)
    ]
    for test in (lambda u: organ_named(u.text) is not None, lambda u: u.text.endswith(","), lambda u: True):
        found = next((i for i in candidates if test(units[i])), None)
        if found is not None:
            return found
    return None


def _valid_number(n: int, last: int | None) -> bool:
    """The first number (an extract may start anywhere), then each next one (allowing a gap of two)."""
    return last is None or n == 1 or last < n <= last + 3


class _Builder(Outline):
    """Numbering state: assigns ids, parents and kinds as paragraphs come in reading order."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[dict] = []
        self.pp = 0
        self.last_number: int | None = None
        self.absorbed: set[int] = set()

    def _add(self, pid: str, kind: str, unit: Unit, parent: dict | None, label: str = "") -> dict:
        para = {"id": self.new_id(pid), "kind": kind, "units": [unit], "parent": parent, "label": label}
        self.paragraphs.append(para)
        return para

    def preambular(self, unit: Unit) -> None:
        self.pp += 1
        self.start_top(f"PP{self.pp}", "preambular", unit)

    def other(self, unit: Unit, n: int) -> None:
        self._add(f"P{n}", "other", unit, None)

    def numbered(self, unit: Unit, n: int) -> None:
        self.last_number = n
        self.start_top(str(n), "operative", unit)

    def sub_item(self, unit: Unit, value: str) -> bool:
        return self.add_sub_item(unit, value)

    def continuation(self, unit: Unit) -> bool:
        target = self.current()
        if target is None:
            return False
        target["units"][-1].absorb(unit)
        self.absorbed.add(id(unit))
        return True

    def used(self) -> set[int]:
        """Ids of the blocks that became or joined a paragraph (see nlp.readers.coverage)."""
        return self.absorbed | {id(u) for p in self.paragraphs for u in p["units"]}


def build(blocks: list[Block], language: str) -> Structure:
    units, notes, furniture = read_units(blocks)
    opening_at = _opening_index(units)
    if opening_at is not None:  # the header's lines are not paragraphs: no page-break joins there
        units = units[: opening_at + 1] + join_page_breaks(units[opening_at + 1 :])
    else:
        units = join_page_breaks(units)
    headings = [collapse(strip_markup(u.raw)[0]) for u in units if u.kind == HEADING]
    closings = [u.text for u in units if u.kind == CLOSING]
    builder = _Builder()
    body: list[Unit] = []
    if opening_at is not None:
        header = [u.text for u in units[:opening_at] if u.text]
        body = units[opening_at + 1 :]
        opening = units[opening_at].text
    elif any(u.marker and u.marker[0] == "num" for u in units):
        # no opening clause: the header is what comes before the first numbered paragraph or the
        # first block that ends like a paragraph
        lead_in = 0
        while lead_in < len(units) and not (
            units[lead_in].kind == TEXT and (units[lead_in].marker is not None or ends_sentence(units[lead_in].text))
        ):
            lead_in += 1
        header = [u.text for u in units[:lead_in] if u.text]
        opening = None
        body = units[lead_in:]
    else:
        header, opening = [], None
    if body:
        words = words_of(body, TEXT)
        _read_resolution(body, builder)
        tail, whole = unread_tail(body, words, builder.used(), ends_sentence)
        if whole:  # the rules kept almost nothing: the contract's fallback for the whole text
            builder = _Builder()
        for n, unit in enumerate(tail, 1):
            builder.other(unit, n)
    if not builder.paragraphs:
        texts = [u for u in units if u.kind in (TEXT, CLOSING, ANNEX) and u.text] or [u for u in units if u.text]
        for n, unit in enumerate(texts, 1):
            builder.other(unit, n)
    paragraphs = [_paragraph(p, notes, language) for p in builder.paragraphs]
    paragraphs = [p for p in paragraphs if p.text]
    return Structure(
        paragraphs=paragraphs,
        header=header,
        headings=headings,
        opening=opening,
        closings=closings,
        furniture=furniture,
        body_text="\n".join(p.text for p in paragraphs),
    )


def _read_resolution(body: list[Unit], builder: _Builder) -> None:
    first_numbered = next((i for i, u in enumerate(body) if u.marker and u.marker[0] == "num"), None)
    start, declaration = 0, False
    if first_numbered is not None:
        # « Adopte la déclaration … ci-après : » / « … annexée à la présente résolution. », then a
        # heading, a closing formula or « Annexe » before the numbered paragraphs: a declaration
        boundary = None
        for i in range(first_numbered):
            unit = body[i]
            if unit.kind != TEXT:
                continue
            if unit.marker is None and unit.text.rstrip(CLOSERS)[-1:] in ".:" and any(
                b.kind in (HEADING, CLOSING, ANNEX) for b in body[i + 1 : first_numbered]
            ):
                boundary = i
        adopting = [u for u in body[: (boundary or 0) + 1] if u.kind == TEXT]
        if (
            boundary is not None
            and len(adopting) <= _MAX_ADOPTING_PARAGRAPHS
            and not PARAGRAPH_OPENING.match(body[boundary].text)  # « Adopte … », not « Prenant note … »
        ):
            declaration = True
            start = max(j for j in range(boundary, first_numbered) if body[j].kind in (HEADING, CLOSING, ANNEX) or j == boundary) + 1
    numbered_seen = after_heading = False
    for unit in body[start:]:
        if unit.kind in (CLOSING, ANNEX):
            if numbered_seen or not declaration:
                break  # the end of the resolution (what is annexed to it is not its text)
            continue
        if unit.kind == HEADING:
            after_heading = True
            continue
        marker = unit.marker
        if marker and marker[0] == "num" and _valid_number(int(marker[1]), builder.last_number):
            builder.numbered(unit, int(marker[1]))
            numbered_seen = True
            continue
        if marker and marker[0] == "sub" and builder.sub_item(unit, marker[1]):
            continue
        if marker:  # a number out of sequence: text that happens to start with one
            unit.unmark()
        if _is_section_heading(unit, numbered_seen or after_heading):
            after_heading = True
            continue
        after_heading = False
        if numbered_seen:
            builder.continuation(unit)
        elif declaration and not ends_sentence(unit.text):
            continue  # the declaration's title
        else:
            builder.preambular(unit)


def _is_section_heading(unit: Unit, after_numbering: bool) -> bool:
    """« II. Prévention », « A », « Protection des victimes » between numbered paragraphs: a heading."""
    text = unit.text
    if ends_sentence(text) or len(text.split()) > _MAX_HEADING_WORDS or starts_lowercase(text):
        return False
    return after_numbering or bool(_SECTION_NUMBER.match(text))


def _paragraph(p: dict, notes: list[Footnote], language: str) -> Paragraph:
    unit: Unit = p["units"][0]
    text = unit.text
    lead = _lead(unit, p["kind"], language)
    footnotes: list[str] = []
    for number in unit.inline.calls:
        note = _find_note(notes, number, unit.position)
        if note is not None and note.text not in footnotes:
            footnotes.append(note.text)
    parent = p["parent"]["id"] if p["parent"] else None
    return Paragraph(id=p["id"], kind=p["kind"], text=text, lead=lead, footnotes=tuple(footnotes), parent=parent)


def _lead(unit: Unit, kind: str, language: str) -> str | None:
    """The rules first, for every format alike (an AKN or PDF version of the same text gets the same
    lead; the italics of UN texts are not applied consistently); the opening italics when the rules
    find nothing."""
    lead = lead_of(unit.text, kind, language)
    if lead is None and kind != "other":
        italic = unit.inline.italic_lead
        if italic and unit.text.startswith(italic) and len(italic.split()) <= _MAX_ITALIC_LEAD_WORDS:
            return italic
    return lead


def _find_note(notes: list[Footnote], number: int, position: int) -> Footnote | None:
    """The note of that number printed next after the call-out, else the last one before it."""
    after = [n for n in notes if n.number == number and n.position >= position]
    if after:
        return after[0]
    before = [n for n in notes if n.number == number]
    return before[-1] if before else None
