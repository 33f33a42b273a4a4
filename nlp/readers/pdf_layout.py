"""PDF lines → the text of a resolution, laid out for :func:`nlp.readers.textual.parse_text`.

What is dropped: running headers and footers (:mod:`nlp.readers.pdf_furniture`), by their look in the
page's top and bottom margins or because the same line recurs in the margins of several pages; the
cover's notes, marked with asterisks (« * Any changes to the list of sponsors… »). What goes to
footnotes: the lines under the footnote rule or in small type under the body text of a page, each
starting with its number. Lines are joined into paragraphs unless a paragraph opens: a wider space
than between lines, a first-line indent after a finished clause, a number; a word hyphenated at a
line end is joined back; a paragraph cut by a page break continues on the next page.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from nlp.model.resources import resource
from nlp.readers.markup import glue_after
from nlp.readers.pdf_furniture import is_furniture, is_running_title, note_marker, shape
from nlp.readers.pdf_lines import _NUMBERED, _Line

TOP_MARGIN = 0.10  # share of the page height where running headers live
BOTTOM_MARGIN = 0.90
_TERMINAL = tuple(".:;!?»)”")
_TRAILING_CALLS = re.compile(r"(?:\s*<sup>[^<]{1,6}</sup>)+\s*$")
_COVER_NOTE = "*"  # notes marked with asterisks belong to the cover (sponsors, reissue), not the text


def finished(text: str) -> bool:
    """Whether a paragraph so far ends a clause (« …; », « …, »), a call-out after it set aside
    (« …in persons.<sup>8</sup> »)."""
    t = _TRAILING_CALLS.sub("", text).rstrip()
    return t.endswith(_TERMINAL) or t.endswith(",")


def ends_sentence(text: str) -> bool:
    return _TRAILING_CALLS.sub("", text).rstrip().endswith(_TERMINAL)


def _notes_last(lines: list[_Line], small: float) -> list[_Line]:
    """On a page in two columns, each column's notes (what follows its last line in body type, or
    stands under its rule) moved after the text of both columns, in their order: the page then reads
    as a page in one column, its text first and its notes under it."""
    if not any(ln.column for ln in lines):
        return lines
    last = {ln.column: i for i, ln in enumerate(lines) if ln.size >= small and not ln.below_rule}
    tail = [i for i, ln in enumerate(lines) if ln.column and i > last.get(ln.column, -1)]
    rest = [ln for i, ln in enumerate(lines) if i not in set(tail)]
    return rest + [lines[i] for i in tail]


@lru_cache(maxsize=1)
def _hyphen_keep() -> frozenset[str]:
    path = resource("lexicons", "hyphen_keep.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


class _Layout:
    def __init__(self, pages: list[tuple[list[_Line], float]]):
        self.pages = pages
        sizes: Counter[float] = Counter()
        for lines, _ in pages:
            for line in lines:
                sizes[line.size] += len(line.text)
        self.body_size = sizes.most_common(1)[0][0]
        # lines that recur in the margins of several pages are running headers or footers
        margin_shapes: Counter[str] = Counter()
        for lines, height in pages:
            margin_shapes.update({shape(ln.text) for ln in lines if self._may_run(ln, height)})
        threshold = max(2, int(0.3 * len(pages)))
        self.running = {s for s, n in margin_shapes.items() if n >= threshold} if len(pages) > 1 else set()
        words: Counter[str] = Counter()
        for lines, _ in pages:
            for line in lines:
                words.update(w.lower() for w in re.findall(r"[^\W\d_][\w-]*", line.text))
        self.vocabulary = words
        self.left = self._left_margin([ln for lines, _ in pages for ln in lines])
        self.pitch = self._line_pitch()
        self.indents_first_lines = self._indents_first_lines()
        self.next_call = 1  # the number the next call-out should have
        self.note_x: float | None = None  # where the last note's number stood

    @staticmethod
    def _in_margin(line: _Line, height: float) -> bool:
        return line.top < TOP_MARGIN * height or line.bottom > BOTTOM_MARGIN * height

    def _may_run(self, line: _Line, height: float) -> bool:
        """Whether a margin line may be a running header or footer: footnotes at the foot of a page
        look alike once their numbers are set aside (« 1 Résolution 70/1. », « 2 Résolution 72/1. »)."""
        if not self._in_margin(line, height):
            return False
        return line.top < TOP_MARGIN * height or not (line.below_rule or note_marker(line.text))

    def _is_page_furniture(self, ln: _Line, height: float) -> bool:
        if not self._in_margin(ln, height):
            return False
        in_header = ln.top < TOP_MARGIN * height
        return (
            is_furniture(ln)
            or (in_header and is_running_title(ln, self.body_size))
            # small type at the top of a page is its running header, even the line of a long title
            # that wraps above the line with the symbol (« Safety and security of humanitarian personnel »)
            or (in_header and ln.size < 0.9 * self.body_size)
            or (self._may_run(ln, height) and shape(ln.text) in self.running)
        )

    def _split_page(self, lines: list[_Line], height: float) -> tuple[list[_Line], list[str], list[_Line]]:
        """The page's body lines, its footnotes, and the small-type lines that open its footnote area
        without a number: the end of a note that the previous page could not hold."""
        kept = [ln for ln in lines if not self._is_page_furniture(ln, height)]
        called: set[int] = set()
        for ln in kept:
            if not note_marker(ln.text):
                ln.text = self._callouts(ln.text, called)
        small = 0.9 * self.body_size
        kept = _notes_last(kept, small)
        last_body = max((i for i, ln in enumerate(kept) if ln.size >= small), default=-1)
        first_below = next((i for i, ln in enumerate(kept) if ln.below_rule), len(kept))
        last_body = min(last_body, first_below - 1, self._notes_in_body_type(kept, called) - 1)
        body, notes_lines = kept[: last_body + 1], kept[last_body + 1 :]
        notes: list[str] = []
        carried: list[_Line] = []
        # where this page sets its notes' numbers (left and right pages differ), else the last page's
        raised = [ln.x0 for ln in notes_lines if ln.text.startswith("<sup>")]
        self.note_x = max(raised) if raised else self.note_x  # right-aligned: « 9 » stands right of « 10 »
        for ln in notes_lines:
            found = note_marker(ln.text)
            if found and self._opens_note(ln, found[0], called, notes, small):
                marker, m = found
                notes.append(f"<sup>{marker}</sup> {ln.text[m.end():].strip()}")
            elif notes:
                notes[-1] = self._join(notes[-1], ln.text)
            elif ln.size < small or ln.below_rule:
                carried.append(ln)
            else:
                body.append(ln)
        return body, [n for n in notes if not n.startswith(f"<sup>{_COVER_NOTE}")], carried

    def _opens_note(self, ln: _Line, marker: str, called: set[int], notes: list[str], small: float) -> bool:
        """Whether a footnote-area line that opens with a number starts a note: a raised number or
        asterisk does; a plain one only if a note of that number is called (or comes next) and the line
        is not indented under the text of the note before (« 13 February 1946, … » goes on a note)."""
        if ln.text.startswith("<sup>") or not marker.isdigit():
            return True
        if self.note_x is not None and ln.x0 > self.note_x + 2:
            return False
        if notes:
            last = re.match(r"<sup>(\d+)</sup>", notes[-1])
            return int(marker) in called or bool(last and int(marker) == int(last.group(1)) + 1)
        return ln.size < small or ln.below_rule or int(marker) in called

    def _callouts(self, text: str, called: set[int]) -> str:
        """Split call-outs set one against the other (« <sup>2345</sup> » → 2, 3, 4, 5) by the
        numbering of the notes so far, and note which numbers this page calls."""

        def split(m: re.Match) -> str:
            digits = m.group(1)
            numbers = [int(digits)]
            if len(digits) > 1 and int(digits) != self.next_call:
                run, rest, n = [], digits, self.next_call
                while rest.startswith(str(n)):
                    run.append(n)
                    rest = rest[len(str(n)) :]
                    n += 1
                if not rest and len(run) > 1:
                    numbers = run
            if numbers[0] > 999:
                return digits  # not a call-out after all: a raised number
            self.next_call = numbers[-1] + 1
            called.update(numbers)
            return "".join(f"<sup>{n}</sup>" for n in numbers)

        return re.sub(r"<sup>(\d+)</sup>", split, text)

    def _notes_in_body_type(self, lines: list[_Line], called: set[int]) -> int:
        """Where footnotes set in the body's own type start (an index into ``lines``), else past the end:
        a line after a wide gap that opens with the number of a note the page calls."""
        for i in range(1, len(lines)):
            found = note_marker(lines[i].text)
            if found and found[0].isdigit() and int(found[0]) in called and not lines[i].text.startswith(f"{found[0]}."):
                if lines[i].top - lines[i - 1].bottom > 1.5 * lines[i].size:
                    return i
        return len(lines)

    def text(self) -> str:
        self.next_call, self.note_x = 1, None
        blocks: list[str] = []
        current: str | None = None
        pending_notes: list[str] = []
        prev: _Line | None = None
        para_x: list[float] = []  # where each line of the paragraph so far starts
        previous_notes = 0  # footnotes of the previous page, still pending until its paragraph ends
        for lines, height in self.pages:
            body, notes, carried = self._split_page(lines, height)
            for ln in carried:
                if previous_notes and pending_notes:  # a note the previous page could not hold
                    pending_notes[-1] = self._join(pending_notes[-1], ln.text)
                else:  # small type that is no footnote (a note to the title, a table): body text
                    body.append(ln)
            left = self._left_margin(body, self.left)
            # a page in two columns: each column has its own margin, and its top is read as a page's
            lefts = {c: self._left_margin([b for b in body if b.column == c], left) for c in {b.column for b in body}}
            page_start = True
            for ln in body:
                if prev is not None and ln.column != prev.column and ln.column and prev.column:
                    page_start = True
                if current is None:
                    current, para_x = self._heading(ln), [ln.x0]
                elif self._continues(current, prev, ln, lefts.get(ln.column, left), page_start, para_x):
                    current = self._join(current, ln.text)
                    para_x.append(ln.x0)
                else:
                    blocks.append(current)
                    blocks.extend(pending_notes)
                    pending_notes = []
                    current, para_x = self._heading(ln), [ln.x0]
                prev = ln
                page_start = False
            pending_notes.extend(notes)
            previous_notes = len(notes)
        if current is not None:
            blocks.append(current)
        blocks.extend(pending_notes)
        return "\n\n".join(blocks) + "\n"

    def _heading(self, ln: _Line) -> str:
        """How a paragraph opens: « # » for a line in larger type than the body or all in bold (a
        heading), an opening italic phrase (the lead verb of UN texts) kept as ``*…*``."""
        if ln.size > 1.15 * self.body_size or (ln.bold and ln.size >= 0.95 * self.body_size and not _NUMBERED.match(ln.text)):
            return f"# {ln.text}"
        if ln.lead:
            a, b = ln.lead
            phrase = ln.text[a:b].rstrip(" ,;:")
            if phrase and "*" not in phrase and b < len(ln.text.rstrip()):
                return f"{ln.text[:a]}*{phrase}*{ln.text[a + len(phrase):]}"
        return ln.text

    def _left_margin(self, lines: list[_Line], default: float = 0.0) -> float:
        """Where the body's lines start: the most common left edge of lines in body type (per page, as
        left and right pages may differ; the document's when a page has too few lines to say)."""
        xs = Counter(round(ln.x0) for ln in lines if ln.size >= 0.9 * self.body_size)
        if not xs:
            return default
        x, n = xs.most_common(1)[0]
        return float(x) if n >= 3 or not default else default

    def _indents_first_lines(self) -> bool:
        """Whether this document opens its paragraphs with a first-line indent: most lines that open
        with an italic lead (the UN's preambular paragraphs) stand right of their page's left margin."""
        indented = at_margin = 0
        for lines, _ in self.pages:
            lefts = {c: self._left_margin([ln for ln in lines if ln.column == c], self.left) for c in {ln.column for ln in lines}}
            for ln in lines:
                left = lefts[ln.column]
                if ln.italic_start and abs(ln.size - self.body_size) < 0.5 and not _NUMBERED.match(ln.text):
                    if ln.x0 > left + 0.8 * ln.size:
                        indented += 1
                    elif abs(ln.x0 - left) < 2:
                        at_margin += 1
        return indented >= 2 and indented > 2 * at_margin

    def _line_pitch(self) -> float:
        """The usual distance from one baseline to the next inside a paragraph (the most common one
        between consecutive lines in body type); paragraphs are often set further apart."""
        pitches: Counter[float] = Counter()
        for lines, _ in self.pages:
            for a, b in zip(lines, lines[1:]):
                if abs(a.size - self.body_size) < 0.5 and abs(b.size - self.body_size) < 0.5 and b.bottom > a.bottom:
                    pitches[round(b.bottom - a.bottom, 0)] += 1
        return pitches.most_common(1)[0][0] if pitches else 1.2 * self.body_size

    def _continues(
        self, current: str, prev: _Line | None, ln: _Line, left: float, page_start: bool, para_x: list[float] = ()  # type: ignore[assignment]
    ) -> bool:
        """Whether ``ln`` goes on with the paragraph so far rather than starting a new one (``para_x``:
        where the paragraph's lines so far start)."""
        numbered = bool(_NUMBERED.match(ln.text))
        starts_low = ln.text[:1].islower() and not numbered
        indented = ln.x0 > left + 0.8 * ln.size
        if prev is not None and ln.bold != prev.bold:
            return False  # a bold title, then the text it heads
        if page_start:
            # a page break: the paragraph goes on when it was left in mid-sentence
            if starts_low:
                return True
            if ends_sentence(current) or numbered or ln.italic_start:
                return False
            if finished(current) and not self.indents_first_lines:
                return False  # a preambular paragraph ends with a comma; the next opens with its lead
            # after a comma, where paragraphs open indented, a line at the margin goes on with the
            # sentence (« …held in Kyoto, » / « Japan, from 7 to 12 March 2021, »)
            return abs(ln.x0 - left) < 2
        assert prev is not None
        if abs(ln.size - prev.size) > 1.5:
            return False
        if ln.bottom - prev.bottom > self.pitch + 0.3 * ln.size or ln.top - prev.bottom > 0.9 * max(ln.size, prev.size):
            return False  # more space than between the lines of a paragraph
        if numbered and (finished(current) or ln.x0 > left + 2):
            return False
        hanging = len(para_x) >= 2 and abs(para_x[-1] - ln.x0) < 2  # a block indented throughout
        if finished(current) and indented and not starts_low and not hanging:
            return False  # a first-line indent after a finished clause
        if indented and ln.italic_start and not hanging:
            return False  # a first-line indent opening on a lead in italics, whatever the line before lacks
        return True

    def _join(self, text: str, more: str) -> str:
        """Two lines of one paragraph: a line-end hyphen is a typesetter's break unless the word is
        written with it elsewhere in the document or the break is a known compound
        (resources/lexicons/hyphen_keep.txt)."""
        m = re.search(r"([^\W\d_][\w']*)-$", text)
        n = re.match(r"([^\W\d_]+)", more)
        if m and n and glue_after(text, more):
            return f"{text} {more}"  # a suspended hyphen: « troop- » + « and police-contributing »
        if m and n and not more[:1].islower():
            return text + more  # « États- / Unis »
        if m and n:
            left, right = m.group(1), n.group(1)
            joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
            seen_joined, seen_hyphenated = self.vocabulary.get(joined, 0), self.vocabulary.get(hyphenated, 0)
            keep = _hyphen_keep()
            if seen_hyphenated > seen_joined or (not seen_joined and (f"{left.lower()}-" in keep or f"-{right.lower()}" in keep)):
                return text + more
            return text[:-1] + more
        return f"{text} {more}"
