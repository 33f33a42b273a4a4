"""PDF files as the UN prints them: the text layer read line by line with its type sizes.

What is dropped: running headers and footers (the symbol « A/RES/76/7 », the job number
« 21-17344 (F) », bar codes, page numbers, « Merci de recycler ») — by their pattern in the page's top
and bottom margins, or because the same line recurs in the margins of several pages. What goes to
footnotes: the small-type lines under the body text of a page, each starting with its number. Call-outs
(small raised digits in a body line) become ``<sup>n</sup>``. Lines are joined into paragraphs by the
vertical gaps and indents between them; a word hyphenated at a line end is joined back; a paragraph cut
by a page break continues on the next page. The result is laid out in the conventions of
:func:`nlp.readers.textual.parse_text`, which finds the structure.
"""

from __future__ import annotations

import io
import re
import time
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.model.resources import resource

MAX_PAGES = 1000
TIME_BUDGET_S = 20.0  # a user waits half a minute at most; one page more may take a few seconds
TOP_MARGIN = 0.10  # share of the page height where running headers live
BOTTOM_MARGIN = 0.90

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$", re.I)
_SYMBOL = re.compile(r"^(?:[A-Z]{1,10}(?:/[A-Za-z0-9.\-]+)+)(?:\s*\(\d{4}\))?$")
_JOB_NUMBER = re.compile(r"^\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\*?\d{6,}\*?)?$")
_BARCODE = re.compile(r"^\*?\d{6,}\*?$")
_RECYCLE = re.compile(r"^(merci de recycler|please recycle)\b", re.I)
_FURNITURE_LINE = re.compile(
    r"^(?:\s*(?:\d{2}-\d{4,6}(?:\s*\([A-Z]\))?|\*\d{6,}\*|\d{1,4}\s*/\s*\d{1,4}|(?:[A-Z]{1,10}/)+[A-Za-z0-9.\-/]*[A-Za-z0-9](?:\s*\(\d{4}\))?"
    r"|merci de recycler|please recycle|♲))+\s*$",
    re.I,
)
_NOTE_START = re.compile(r"^(?:<sup>(\d{1,3})</sup>|(\d{1,3})(?=\s))\s*")
_NUMBERED = re.compile(r"^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\(?[ivx]{1,6}\))\s")
_TERMINAL = tuple(".:;!?»)”")


@dataclass
class _Line:
    text: str
    x0: float
    top: float
    bottom: float
    size: float  # the line's dominant type size
    fonts: frozenset[str] = field(default_factory=frozenset)
    italic_start: bool = False  # opens in italics, as a UN lead verb does
    bold: bool = False  # set in bold throughout, as UN titles and headings are
    below_rule: bool = False  # under the short rule that separates footnotes from the text
    lead: tuple[int, int] | None = None  # where the italic phrase after any number sits in ``text``


def read(data: bytes, path: str, fmt: str = "pdf") -> Document:
    from nlp.readers.textual import parse_text

    return parse_text(extract_text(data, path), path=path, fmt="pdf")


def extract_text(data: bytes, path: str) -> str:
    _check_streams(data, path)
    pages = _read_pages(data, path)
    if not any(lines for lines, _ in pages):
        raise InputError(path, "no text layer (scanned PDF?); run it through OCR first")
    return _Layout(pages).text()


# pdfminer inflates a stream whole, then interprets a page's operators at about 3 s per MB: a PDF
# bomb (a 150 KB file whose one page inflates to 100 MB) would take gigabytes and minutes.
MAX_CONTENT_STREAM = 2 * 2**20  # a dense page of text is well under 1 MB of operators
MAX_DATA_STREAM = 32 * 2**20  # fonts, object streams, metadata: read, never interpreted
MAX_IMAGE_STREAM = 128 * 2**20  # images are not decoded for the text, only measured here
MAX_INFLATED = 512 * 2**20
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_DATA_KEYS = (b"/ObjStm", b"/XRef", b"/Metadata", b"/EmbeddedFile", b"/Length1", b"/Length2", b"/Type1C", b"/CIDFontType0C", b"/OpenType", b"/N ")


def _check_streams(data: bytes, path: str) -> None:
    """Measure every Flate stream by inflating it in small pieces, keeping nothing, before pdfminer
    sees the file; a stream that would expand past its kind's limit refuses the file."""
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 1024) : m.start()]
        head = head[head.rfind(b"obj") + 3 :] if b"obj" in head else head
        if b"Fl" not in head:  # /FlateDecode or its abbreviation /Fl
            continue
        if b"/Image" in head:
            limit, what = MAX_IMAGE_STREAM, "an image"
        elif any(key in head for key in _DATA_KEYS):
            limit, what = MAX_DATA_STREAM, "a data stream"
        else:
            limit, what = MAX_CONTENT_STREAM, "a page's content"
        inflater = zlib.decompressobj()
        raw = memoryview(data)[m.end() :]
        pos, size, buf = 0, 0, b""
        try:
            while not inflater.eof:
                if not buf:
                    if pos >= len(raw):
                        break
                    buf, pos = raw[pos : pos + 2**16], pos + 2**16
                size += len(inflater.decompress(buf, 2**20))
                buf = inflater.unconsumed_tail
                if size > limit:
                    raise InputError(path, f"refused: {what} would expand beyond {limit // 2**20} MB (a PDF bomb?)")
        except zlib.error:
            continue  # encrypted or damaged: pdfminer will say what it makes of it
        total += size
        if total > MAX_INFLATED:
            raise InputError(path, f"refused: its streams would expand beyond {MAX_INFLATED // 2**20} MB (a PDF bomb?)")


def _read_pages(data: bytes, path: str) -> list[tuple[list[_Line], float]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    encrypted = (PDFPasswordIncorrect, PDFEncryptionError)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfminer raises many types for broken files; all mean the same to a user
        raise _open_error(path, e, encrypted) from None
    pages: list[tuple[list[_Line], float]] = []
    try:
        with pdf:
            if not pdf.pages:
                raise InputError(path, "PDF without pages")
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(path, f"refused: {len(pdf.pages)} pages (the limit is {MAX_PAGES})")
            started = time.monotonic()
            for n, page in enumerate(pdf.pages, 1):
                pages.append((_lines(page), float(page.height or 1)))
                page.flush_cache()
                if time.monotonic() - started > TIME_BUDGET_S and n < len(pdf.pages):
                    raise InputError(path, f"refused: PDF too slow to read (stopped after {n} of {len(pdf.pages)} pages in {TIME_BUDGET_S:.0f} s)")
    except InputError:
        raise
    except RecursionError:
        raise InputError(path, "malformed PDF (structure nested too deeply)") from None
    except Exception as e:
        raise _open_error(path, e, encrypted) from None
    return pages


def _open_error(path: str, e: Exception, encrypted: tuple) -> InputError:
    """« file is encrypted » when a password stopped pdfminer (pdfplumber wraps its errors), else « malformed »."""
    cause: object = e
    for _ in range(10):  # the chain of causes, a few links at most
        if not isinstance(cause, BaseException):
            break
        if isinstance(cause, encrypted) or "password" in str(cause).lower() or "encrypt" in str(cause).lower():
            return InputError(path, "file is encrypted")
        cause = cause.__cause__ or cause.__context__ or (cause.args[0] if cause.args else None)
    message = (str(e).splitlines() or [""])[0][:120]
    return InputError(path, f"malformed or truncated PDF ({message or type(e).__name__})")


def _chars(layout):
    """The characters of a page as pdfminer lays them out (inside form XObjects too), in stream order."""
    from pdfminer.layout import LTChar, LTContainer

    stack = [iter(layout)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                yield obj
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj))
                break
        else:
            stack.pop()


def _words(page) -> list[dict]:
    """Words from the page's characters: a new word at a space, a gap, a jump or a change of type.

    pdfplumber's own ``extract_words`` gives the same words but turns every character into a dict
    first, which takes three quarters of the reading time; pdfminer's characters are read directly.
    """
    layout = page.layout
    height = layout.y1
    words: list[dict] = []
    cur: dict | None = None
    for c in _chars(layout):
        text = c.get_text()
        if not c.upright:
            continue
        top, bottom = height - c.y1, height - c.y0
        if not text.strip():
            cur = None
            continue
        if (
            cur is not None
            and c.fontname == cur["fontname"]
            and abs(c.size - cur["size"]) < 0.05
            and -0.5 <= c.x0 - cur["x1"] < 1.5
            and abs(bottom - cur["bottom"]) < 2
        ):
            cur["text"] += text
            cur["x1"] = c.x1
            cur["top"] = min(cur["top"], top)
            continue
        cur = {"text": text, "x0": c.x0, "x1": c.x1, "top": top, "bottom": bottom, "size": c.size, "fontname": c.fontname}
        words.append(cur)
    return words


def _footnote_rule(layout) -> float | None:
    """How far down the page the footnote separator is: the lowest short horizontal rule drawn in
    the lower part of the page (Word, LibreOffice and the UN all draw one above the notes)."""
    from pdfminer.layout import LTCurve

    height, width = layout.y1 - layout.y0, layout.x1 - layout.x0
    tops = [
        layout.y1 - obj.y1
        for obj in layout
        if isinstance(obj, LTCurve) and obj.y1 - obj.y0 < 2 and 0.05 * width < obj.x1 - obj.x0 < 0.45 * width
        and layout.y1 - obj.y1 > 0.3 * height
    ]
    return max(tops) if tops else None


def _lines(page) -> list[_Line]:
    """The page's words grouped into lines (by vertical overlap), each word keeping its size."""
    words = _words(page)
    rule = _footnote_rule(page.layout)
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        for row in reversed(rows[-3:]):
            top, bottom = min(x["top"] for x in row), max(x["bottom"] for x in row)
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            if overlap > 0.3 * min(w["bottom"] - w["top"], bottom - top):
                row.append(w)
                break
        else:
            rows.append([w])
    lines = [_line(sorted(row, key=lambda w: w["x0"])) for row in rows]
    if rule is not None:
        for ln in lines:
            ln.below_rule = ln.top > rule
    return lines


def _line(words: list[dict]) -> _Line:
    sizes = Counter()
    for w in words:
        sizes[round(w["size"], 1)] += len(w["text"])
    size = sizes.most_common(1)[0][0]
    baseline = max(w["bottom"] for w in words if round(w["size"], 1) == size)
    parts: list[str] = []
    prev = None
    lead_start = lead_end = None
    for k, w in enumerate(words):
        text = _clean(w["text"])
        raised = w["size"] < 0.85 * size and w["bottom"] < baseline - 0.15 * size
        if raised and re.fullmatch(r"\d{1,12}", text):  # several call-outs may run together: « 2345 »
            text = f"<sup>{text}</sup>"
        glued = prev is not None and w["x0"] - prev["x1"] < 0.12 * size
        if parts and not glued:
            parts.append(" ")
        if _italic(w.get("fontname", "")) and not raised and lead_end is None:
            if lead_start is None and (k == 0 or (k == 1 and _NUMBERED.match(_clean(words[0]["text"]) + " "))):
                lead_start = len("".join(parts))
        elif lead_start is not None and lead_end is None:
            lead_end = len("".join(parts)) - (0 if glued else 1)
        parts.append(text)
        prev = w
    if lead_start is not None and lead_end is None:
        lead_end = len("".join(parts))
    return _Line(
        text="".join(parts).strip(),
        x0=min(w["x0"] for w in words),
        top=min(w["top"] for w in words),
        bottom=baseline,
        size=size,
        fonts=frozenset(w.get("fontname", "") for w in words),
        italic_start=_italic(words[0].get("fontname", "")),
        bold=all("bold" in w.get("fontname", "").lower() or "black" in w.get("fontname", "").lower() for w in words),
        lead=(lead_start, lead_end) if lead_start is not None and lead_end > lead_start else None,
    )


def _italic(fontname: str) -> bool:
    name = fontname.lower()
    return "italic" in name or "oblique" in name or name.endswith(("-it", ",italic"))


def _clean(text: str) -> str:
    # ligatures (ﬁ, ﬂ) and other compatibility forms that PDF fonts use; soft hyphens vanish
    text = text.replace("\u00ad", "")
    if any(0xFB00 <= ord(c) <= 0xFB4F for c in text):
        text = unicodedata.normalize("NFKC", text)
    return text


def _is_furniture(line: _Line) -> bool:
    """A header or footer line by its look alone: page number, symbol, job number, bar code."""
    text = line.text.replace("<sup>", "").replace("</sup>", "").strip()
    if any("barcode" in f.lower() or "c39" in f.lower() or "code39" in f.lower() for f in line.fonts):
        return True
    if _PAGE_NUMBER.match(text) or _SYMBOL.match(text) or _JOB_NUMBER.match(text) or _BARCODE.match(text) or _RECYCLE.match(text):
        return True
    # a footer that sets several of them on one baseline: « 21-17344 (F)   *2117344*   1/11 »
    return bool(_FURNITURE_LINE.match(text))


@lru_cache(maxsize=1)
def _hyphen_keep() -> frozenset[str]:
    path = resource("lexicons", "hyphen_keep.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


class _Layout:
    def __init__(self, pages: list[tuple[list[_Line], float]]):
        self.pages = pages
        sizes = Counter()
        for lines, _ in pages:
            for line in lines:
                sizes[line.size] += len(line.text)
        self.body_size = sizes.most_common(1)[0][0]
        # lines that recur in the margins of several pages are running headers or footers
        margin_shapes = Counter()
        for lines, height in pages:
            margin_shapes.update({_shape(ln.text) for ln in lines if self._may_run(ln, height)})
        threshold = max(2, int(0.3 * len(pages)))
        self.running = {s for s, n in margin_shapes.items() if n >= threshold} if len(pages) > 1 else set()
        words = Counter()
        for lines, _ in pages:
            for line in lines:
                words.update(w.lower() for w in re.findall(r"[^\W\d_][\w-]*", line.text))
        self.vocabulary = words

    @staticmethod
    def _in_margin(line: _Line, height: float) -> bool:
        return line.top < TOP_MARGIN * height or line.bottom > BOTTOM_MARGIN * height

    def _may_run(self, line: _Line, height: float) -> bool:
        """Whether a margin line may be a running header or footer: footnotes at the foot of a page
        look alike once their numbers are set aside (« 1 Résolution 70/1. », « 2 Résolution 72/1. »)."""
        if not self._in_margin(line, height):
            return False
        return line.top < TOP_MARGIN * height or not (line.below_rule or _NOTE_START.match(line.text))

    def _split_page(self, lines: list[_Line], height: float) -> tuple[list[_Line], list[str], list[_Line]]:
        """The page's body lines, its footnotes, and the small-type lines that open its footnote area
        without a number: the end of a note that the previous page could not hold."""
        kept = [
            ln for ln in lines
            if not (self._in_margin(ln, height) and (_is_furniture(ln) or (self._may_run(ln, height) and _shape(ln.text) in self.running)))
        ]
        called: set[int] = set()
        for ln in kept:
            if not _NOTE_START.match(ln.text):
                ln.text = self._callouts(ln.text, called)
        small = 0.9 * self.body_size
        last_body = max((i for i, ln in enumerate(kept) if ln.size >= small), default=-1)
        first_below = next((i for i, ln in enumerate(kept) if ln.below_rule), len(kept))
        last_body = min(last_body, first_below - 1, self._notes_in_body_type(kept, called) - 1)
        body, notes_lines = kept[: last_body + 1], kept[last_body + 1 :]
        notes: list[str] = []
        carried: list[_Line] = []
        for ln in notes_lines:
            m = _NOTE_START.match(ln.text)
            if m and (ln.size < small or ln.below_rule or int(m.group(1) or m.group(2)) in called or notes):
                notes.append(f"<sup>{m.group(1) or m.group(2)}</sup> {ln.text[m.end():].strip()}")
            elif notes:
                notes[-1] = self._join(notes[-1], ln.text)
            elif ln.size < small or ln.below_rule:
                carried.append(ln)
            else:
                body.append(ln)
        return body, notes, carried

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
            m = _NOTE_START.match(lines[i].text)
            if m and int(m.group(1) or m.group(2)) in called and not lines[i].text.startswith(f"{m.group(1) or m.group(2)}."):
                if lines[i].top - lines[i - 1].bottom > 1.5 * lines[i].size:
                    return i
        return len(lines)

    def text(self) -> str:
        self.next_call = 1
        blocks: list[str] = []
        current: str | None = None
        pending_notes: list[str] = []
        prev: _Line | None = None
        left = self._left_margin()
        previous_notes = 0  # footnotes of the previous page, still pending until its paragraph ends
        for lines, height in self.pages:
            body, notes, carried = self._split_page(lines, height)
            for ln in carried:
                if previous_notes and pending_notes:  # a note the previous page could not hold
                    pending_notes[-1] = self._join(pending_notes[-1], ln.text)
                else:  # small type that is no footnote (a note to the title, a table): body text
                    body.append(ln)
            page_start = True
            for ln in body:
                if current is None:
                    current = self._heading(ln)
                elif self._continues(current, prev, ln, left, page_start):
                    current = self._join(current, ln.text)
                else:
                    blocks.append(current)
                    blocks.extend(pending_notes)
                    pending_notes = []
                    current = self._heading(ln)
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

    def _left_margin(self) -> float:
        xs = Counter(round(ln.x0) for lines, _ in self.pages for ln in lines if ln.size >= 0.9 * self.body_size)
        return xs.most_common(1)[0][0] if xs else 0.0

    def _continues(self, current: str, prev: _Line | None, ln: _Line, left: float, page_start: bool) -> bool:
        """Whether ``ln`` goes on with the paragraph so far rather than starting a new one."""
        numbered = bool(_NUMBERED.match(ln.text))
        starts_low = ln.text[:1].islower() and not numbered
        finished = current.rstrip().endswith(_TERMINAL)
        if prev is not None and ln.bold != prev.bold:
            return False  # a bold title, then the text it heads
        if page_start:
            # a page break: the paragraph goes on when it was left in mid-sentence
            if starts_low or (current.endswith("-") and starts_low):
                return True
            if finished or numbered or ln.italic_start or current.rstrip().endswith(","):
                return False  # a preambular paragraph ends with a comma; the next opens with its lead
            return abs(ln.x0 - left) < 2
        assert prev is not None
        gap = ln.top - prev.bottom
        if gap > 0.9 * max(ln.size, prev.size) or abs(ln.size - prev.size) > 1.5:
            return False
        if numbered and (finished or ln.x0 > left + 2):
            return False
        if (finished or current.rstrip().endswith(",")) and ln.x0 > left + 0.8 * ln.size and prev.x0 <= left + 2:
            return False  # a first-line indent after a finished clause
        return True

    def _join(self, text: str, more: str) -> str:
        """Two lines of one paragraph: a line-end hyphen is a typesetter's break unless the word is
        written with it elsewhere in the document or the break is a known compound
        (resources/lexicons/hyphen_keep.txt)."""
        m = re.search(r"([^\W\d_][\w']*)-$", text)
        n = re.match(r"([^\W\d_]+)", more)
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
