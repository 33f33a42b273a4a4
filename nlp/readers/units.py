"""Blocks → units: the texts of a resolution on their way to becoming paragraphs, each with its
number or letter set apart, the footnotes printed after them, the running headers and footers set
aside; blocks that a page break split joined back (a block that starts in lower case, or follows one
that stops mid-sentence and does not open like a paragraph). Used by :mod:`nlp.readers.structure`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.readers.blocks import ANNEX_LINE as _ANNEX
from nlp.readers.blocks import CLOSING_FORMULA as _CLOSING
from nlp.readers.blocks import FOOTNOTE, FURNITURE, HEADING, PARAGRAPH_MARKER, TEXT, Block
from nlp.readers.markup import Inline, clean_inline, collapse, glue_after, strip_markup

CLOSING, ANNEX = "closing", "annex"

_PLAIN_FOOTNOTE = re.compile(r"^(?P<num>\d{1,3})\s+(?P<rest>\S.*)$", re.S)
_TERMINAL = ".;:,!?…"
CLOSERS = "»”\"')]*_ "
_MIN_WORDS_STOPPED_MIDWAY = 12  # an unnumbered block this long without final punctuation is cut by a page
PARAGRAPH_OPENING = re.compile(r"^(?:(?:Se |S['’])?[A-ZÀ-Ý][^\W\d_]*(?:ant|ing)\b|Nous\b|We\b)")


class Unit:
    """A block of text on its way to becoming a paragraph (its markup still in, its marker apart)."""

    __slots__ = ("kind", "position", "marker", "marker_text", "_pieces", "_inline", "_tail")

    def __init__(self, kind: str, raw: str, position: int, marker: tuple[str, str] | None = None, marker_text: str = ""):
        self.kind = kind  # TEXT, HEADING, CLOSING or ANNEX
        self.position = position  # order among all blocks (to find the footnotes printed after it)
        self.marker = marker  # ("num", "12") or ("sub", "a") / ("sub", "ii")
        self.marker_text = marker_text
        self._pieces = [raw]  # blocks joined across page breaks, glue included
        self._inline: Inline | None = None
        self._tail: Inline | None = None

    @property
    def raw(self) -> str:
        return "".join(self._pieces)

    @property
    def inline(self) -> Inline:
        if self._inline is None:
            self._inline = clean_inline(self.raw)
        return self._inline

    @property
    def text(self) -> str:
        return self.inline.text

    @property
    def tail_text(self) -> str:
        """The text of the last block joined in (where a page break may have cut the paragraph)."""
        if len(self._pieces) == 1:
            return self.text
        if self._tail is None:
            self._tail = clean_inline(self._pieces[-1])
        return self._tail.text

    def word_count(self) -> int:
        return sum(len(piece.split()) for piece in self._pieces)

    def absorb(self, other: "Unit") -> None:
        """Join a block that a page break split off (« sous- » + « régionaux » keeps no space)."""
        left, right = self._pieces[-1].rstrip(), other.marker_text + other.raw.lstrip()
        self._pieces[-1] = left
        self._pieces.append(glue_after(left, clean_inline(right).text) + right)
        self._inline = self._tail = None

    def unmark(self) -> None:
        """A number out of sequence is text after all: put it back."""
        self._pieces[0] = self.marker_text + self._pieces[0]
        self.marker, self.marker_text = None, ""
        self._inline = self._tail = None


@dataclass(slots=True)
class Footnote:
    number: int
    text: str
    position: int


def ends_sentence(text: str) -> bool:
    t = text.rstrip(CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def starts_lowercase(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def read_units(blocks: list[Block]) -> tuple[list[Unit], list[Footnote], list[str]]:
    units: list[Unit] = []
    notes: list[Footnote] = []
    furniture: list[str] = []
    called: set[int] = set()
    for position, block in enumerate(blocks):
        if block.kind == FURNITURE:
            furniture.append(block.raw)
        elif block.kind == FOOTNOTE:
            notes.append(Footnote(block.number or 0, _note_text(block.raw), position))
        elif block.kind == HEADING:
            units.append(Unit(HEADING, block.raw, position))
        elif block.kind == TEXT:
            raw = block.raw
            plain = _PLAIN_FOOTNOTE.match(raw)
            if plain and int(plain.group("num")) in called - {n.number for n in notes}:
                # « 3 Nations Unies, Recueil des Traités… » printed after the page that called note 3
                notes.append(Footnote(int(plain.group("num")), _note_text(plain.group("rest")), position))
                continue
            unit = _text_unit(raw, position)
            called.update(unit.inline.calls)
            units.append(unit)
    return units, notes, furniture


def _note_text(raw: str) -> str:
    return collapse(strip_markup(raw)[0])


def _text_unit(raw: str, position: int) -> Unit:
    m = PARAGRAPH_MARKER.match(raw)
    if m:
        if m.group("num"):
            marker = ("num", m.group("num"))
        else:
            marker = ("sub", m.group("pletter") or m.group("letter"))
        return Unit(TEXT, raw[m.end() :], position, marker=marker, marker_text=m.group())
    unit = Unit(TEXT, raw, position)
    if _CLOSING.match(unit.text):
        unit.kind = CLOSING
    elif _ANNEX.match(unit.text):
        unit.kind = ANNEX
    return unit


def join_page_breaks(units: list[Unit]) -> list[Unit]:
    """Join blocks split by a page break (footnotes and furniture between them are already gone)."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == TEXT
            and unit.kind == TEXT
            and unit.marker is None
            and not (len(out) > 1 and out[-2].kind == ANNEX)  # the annex's title, not a paragraph cut short
            and (
                starts_lowercase(unit.text)
                or (
                    not ends_sentence(prev.tail_text)
                    and not opens_like_a_paragraph(unit)  # « …en 2024 et 2025 » then « Rappelant… »
                    and (
                        prev.marker is not None
                        or prev.word_count() >= _MIN_WORDS_STOPPED_MIDWAY
                        or opens_like_a_paragraph(prev)
                    )
                )
            )
        ):
            prev.absorb(unit)
            continue
        out.append(unit)
    return out


def opens_like_a_paragraph(unit: Unit) -> bool:
    """« Rappelant … », « Noting … », « Nous … », or an italic lead: not a heading, whatever its length."""
    return bool(unit.inline.italic_lead) or bool(PARAGRAPH_OPENING.match(unit.text))
