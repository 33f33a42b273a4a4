"""Lines of a UN text → blocks: headings, page rules, footnotes, page furniture and text.

A block of text is a run of non-blank lines; a line that starts a numbered paragraph (``12.``), a
sub-item (``a)``, ``(a)``, ``(i)``), a footnote or a heading starts a new block even without a blank
line before it. Page furniture (running headers such as ``A/RES/76/7``, job numbers such as
``21-17344 (F)`` or ``*2117344*``, page numbers such as ``2/10``, and the cover's fixed lines such as
« Please recycle » or the sponsors' note, :mod:`nlp.readers.covers`) is set aside wherever it stands,
so that a paragraph that a page break interrupted reads on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.readers.covers import is_cover_furniture
from nlp.readers.lead import opens_preambular
from nlp.readers.markup import SUPERSCRIPT_DIGITS, glue_after, strip_markup
from nlp.readers.metadata import organ_named

HEADING, RULE, FOOTNOTE, FURNITURE, TEXT = "heading", "rule", "footnote", "furniture", "text"

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$|^\f+$")
_SETEXT_H1 = re.compile(r"^\s{0,3}=+\s*$")
_FOOTNOTE_START = re.compile(
    rf"^\s{{0,3}}(?:<sup>\s*(?P<sup>\d{{1,3}})\s*</sup>|(?P<uni>[{SUPERSCRIPT_DIGITS}]{{1,3}})|\[\^(?P<md>\d{{1,3}})\]:|\^(?P<caret>\d{{1,3}})\^?)\s*(?P<rest>\S.*)$",
    re.I,
)
PARAGRAPH_MARKER = re.compile(
    r"^\s{0,6}(?:\*\*)?(?:(?P<num>\d{1,4})\\?\.(?:\*\*)?\s+|\((?P<pletter>[a-z]|[ivxl]{2,5})\)\s+|(?P<letter>[a-z]|[ivxl]{2,5})\)\s+)(?=\S)"
)

_FURNITURE_TOKEN = re.compile(
    r"""\s*(?:
        (?:[A-Z]{1,8}/)+(?:[A-Za-z0-9.\-]+/)*[A-Za-z0-9\-]*[A-Za-z0-9](?:\s*\(\d{4}\))?  # symbol A/RES/76/7
      | \d{2}-\d{5}(?:\s*\([A-Z]\))?                                                    # job number 21-17344 (F)
      | \*{1,2}\d{6,8}\*{0,2}                                                            # bar-code number
      | \d{1,3}\s*/\s*\d{1,3}                                                           # page 2/10
      | (?:Page|page)\s+\d{1,3}(?:\s*(?:of|sur|/)\s*\d{1,3})?
      | [-–—]\s*\d{1,3}\s*[-–—]
      | \([A-Z]\)
    )\s*""",
    re.X,
)
# « 73e séance plénière », « 8111th meeting »: where a resolution ends
CLOSING_FORMULA = re.compile(
    r"^\d{1,4}\s*(?:e|ᵉ|re|ère|er|st|nd|rd|th)\s+(?:séance(?:\s+plénière)?|plenary\s+meeting|meeting)\b", re.I
)
ANNEX_LINE = re.compile(r"^(?:Annexe|Annex|ANNEXE|ANNEX)(?:\s+[IVX\d]{1,5})?\.?$")


@dataclass(slots=True)
class Block:
    kind: str
    lines: list[str] = field(default_factory=list)
    level: int = 0  # heading level
    number: int | None = None  # footnote number

    @property
    def raw(self) -> str:
        # a line that ends with a hyphen (« sous- ») goes on without a space
        out = ""
        for line in self.lines:
            line = line.strip()
            if not line:
                continue
            if out:
                out += glue_after(out, line) and "\n"
            out += line
        return out


def is_furniture(line: str) -> bool:
    """A line made only of symbols, job numbers and page numbers (a running header or footer)."""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    pos, found_symbolic = 0, False
    while pos < len(s):
        m = _FURNITURE_TOKEN.match(s, pos)
        if not m or m.end() == pos:
            return False
        token = m.group().strip()
        found_symbolic = found_symbolic or "/" in token or "-" in token or token.startswith("*")
        pos = m.end()
    return found_symbolic


def footnote_start(line: str) -> tuple[int, str] | None:
    m = _FOOTNOTE_START.match(line)
    if not m:
        return None
    digits = m.group("sup") or m.group("md") or m.group("caret") or m.group("uni")
    number = int(digits.translate(str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")))
    return number, m.group("rest")


def split_blocks(text: str, language: str = "fr") -> list[Block]:
    """Blocks in reading order. ``language`` helps find where a paragraph starts in a text laid out one
    paragraph a line, without blank lines (« …, » then « Rappelant … » on the next line)."""
    blocks: list[Block] = []
    current: Block | None = None

    def flush() -> None:
        nonlocal current
        if current is not None and any(line.strip() for line in current.lines):
            blocks.append(current)
        current = None

    for line in _strip_comments(text).split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if _RULE.match(line):
            flush()
            blocks.append(Block(RULE, [stripped]))
            continue
        if _SETEXT_H1.match(line) and current is not None and current.kind == TEXT:
            current.kind, current.level = HEADING, 1
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            blocks.append(Block(HEADING, [heading.group(2)], level=len(heading.group(1))))
            continue
        if is_furniture(stripped) or (len(stripped) < 200 and is_cover_furniture(strip_markup(stripped)[0], language)):
            blocks.append(Block(FURNITURE, [stripped]))
            continue
        note = footnote_start(line)
        if note is not None:
            flush()
            current = Block(FOOTNOTE, [note[1]], number=note[0])
            continue
        if _is_opening_clause(stripped) or ANNEX_LINE.match(stripped):  # « L'Assemblée générale, », « Annexe »
            flush()
            blocks.append(Block(TEXT, [line]))
            continue
        if CLOSING_FORMULA.match(stripped.strip("*_")):
            flush()
        if PARAGRAPH_MARKER.match(line) or (
            current is not None
            and current.kind in (TEXT, FOOTNOTE)
            and _ends_paragraph(current.lines[-1])
            and opens_preambular(strip_markup(stripped)[0], language)
        ):
            flush()
        if current is None:
            current = Block(TEXT)
        current.lines.append(line)
    flush()
    return blocks


_OPENING_SHAPE = re.compile(r"^(?:L['’]|Le |La |Les |The )[A-ZÀ-Ý][^.;]{2,250}$")


def _is_opening_clause(line: str) -> bool:
    text = strip_markup(line)[0].strip() if ("*" in line or "_" in line) else line
    return bool(_OPENING_SHAPE.match(text)) and organ_named(text) is not None


_TRAILING_CALLOUTS = re.compile(
    rf"(?:\s*(?:<sup>\s*\w{{1,3}}\s*</sup>|[{SUPERSCRIPT_DIGITS}]+|\[\^\d{{1,3}}\]|\^\d{{1,3}}\^?))+\s*$", re.I
)


def _ends_paragraph(line: str) -> bool:
    """Whether a line ends a clause, a call-out after it set aside (« …in persons.⁸ »)."""
    line = _TRAILING_CALLOUTS.sub("", line)
    return line.rstrip().rstrip("*_»”\"') ")[-1:] in (",", ";", ".", ":")


def _strip_comments(text: str) -> str:
    return re.sub(r"<!--.*?-->", "", text, flags=re.S) if "<!--" in text else text
