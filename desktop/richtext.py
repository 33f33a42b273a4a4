"""The rich text of one side of a row: the diff's words highlighted, the signal words marked.

Each side is built character by character — which redline run a character belongs to, which signal
covers it, where one paragraph of a split or merge ends — then written as HTML runs, so the three
layers never break each other's markup. Signal words are anchors ``sig:N`` so the view can show
the signal's note as a tooltip.
"""

from __future__ import annotations

import html
import re
from typing import Sequence

from desktop.rows import Row
from nlp.model.comparison import Op, Signal


def side_html(row: Row, side: str, colors, prefix: str = "", find: str = "") -> str:
    """HTML of the ``side`` ('old' or 'new') of ``row``; empty when the row has nothing there.

    The words and their marks are the row's redline runs (:mod:`nlp.present.redline`), cut at its
    paragraphs, exactly as the reports show them. ``find``: words searched for (Ctrl+F), outlined
    wherever they occur.
    """
    parts = row.entry.old_parts() if side == "old" else row.entry.new_parts()
    if not parts:
        return ""
    chars: list[str] = []
    styles: list[str] = []
    breaks: dict[int, str] = {}
    starts: dict[str, int] = {}  # paragraph id -> where its text starts in this side
    for k, part in enumerate(parts):
        if k:
            chars.append(" ")
            styles.append("equal")
            breaks[len(chars)] = part.id
        starts[part.id] = len(chars)
        for run in part.runs:
            text = getattr(run, side)
            if not text:
                continue
            # a space that only one version has (« development and » / « development, and ») is spacing
            style = "equal" if run.op is Op.EQUAL or text.isspace() else run.op.value
            chars.extend(text)
            styles.extend([style] * len(text))
    text = "".join(chars)
    marks = _signal_marks(text, styles, row.signals, side, starts)
    found = _found(text, find)
    return prefix + _render(chars, styles, marks, breaks, colors, found)


def inline_html(row: Row, colors, find: str = "") -> str:
    """The row as one redline, as Word shows tracked changes: deleted words struck through in place,
    inserted words underlined, the rest once (the new text's, or the old one's for a removed row)."""
    chars: list[str] = []
    styles: list[str] = []
    breaks: dict[int, str] = {}
    for k, part in enumerate(row.entry.unified_parts()):
        if k:
            chars.append(" ")
            styles.append("equal")
            breaks[len(chars)] = part.id
        for run in part.runs:
            text = run.old if run.op is Op.DELETE else run.new or run.old
            style = "equal" if run.op is Op.EQUAL or text.isspace() else run.op.value
            chars.extend(text)
            styles.extend([style] * len(text))
    text = "".join(chars)
    side = "new" if row.new else "old"
    marks = _signal_marks(text, styles, row.signals, side, {})  # spans hold in one side only
    return _render(chars, styles, marks, breaks, colors, _found(text, find))


def _signal_marks(text: str, styles: Sequence[str], signals: Sequence[Signal], side: str,
                  starts: dict[str, int]) -> list[int | None]:
    """For each character, the index of the signal whose words it is part of (None for most).

    A signal's span (paragraph and characters) says exactly which words; a signal without one (made
    by an older engine) is placed by finding its words."""
    marks: list[int | None] = [None] * len(text)
    folded = text.casefold()
    for n, signal in enumerate(signals):
        words = signal.old if side == "old" else signal.new
        if not words:
            continue
        span = _from_span(text, words, signal.old_span if side == "old" else signal.new_span, starts)
        span = span or _best_occurrence(folded, words.casefold(), styles)
        if span is None:
            continue
        for i in range(*span):
            if marks[i] is None:
                marks[i] = n
    return marks


def _from_span(text: str, words: str, span, starts: dict[str, int]) -> tuple[int, int] | None:
    """The signal's span as offsets in this side's text, when it still holds the signal's words."""
    if span is None or span.paragraph not in starts:
        return None
    start, end = starts[span.paragraph] + span.start, starts[span.paragraph] + span.end
    return (start, end) if text[start:end].casefold() == words.casefold() else None


def _best_occurrence(folded: str, needle: str, styles: Sequence[str]) -> tuple[int, int] | None:
    """Where the signal's words are: preferably where the text changed, else the first match."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", folded)]
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), folded)]
    if not spans:
        return None
    for start, end in spans:
        if any(s != "equal" for s in styles[start:end]):
            return start, end
    return spans[0]


def _found(text: str, needle: str) -> list[bool]:
    found = [False] * len(text)
    needle = needle.strip().casefold()
    if needle:
        folded = text.casefold()
        start = folded.find(needle)
        while start >= 0:
            found[start : start + len(needle)] = [True] * len(needle)
            start = folded.find(needle, start + 1)
    return found


def _render(chars, styles, marks, breaks: dict[int, str], colors, found: Sequence[bool]) -> str:
    out: list[str] = []
    i, n = 0, len(chars)
    while i < n:
        if i in breaks:
            out.append(f'<br/><span style="color:{colors.muted}; font-size:small">¶ {html.escape(breaks[i])}</span>&nbsp; ')
        j = i + 1
        while j < n and styles[j] == styles[i] and marks[j] == marks[i] and found[j] == found[i] and j not in breaks:
            j += 1
        out.append(_run("".join(chars[i:j]), styles[i], marks[i], colors, found[i]))
        i = j
    return "".join(out)


def _run(text: str, style: str, mark: int | None, colors, found: bool = False) -> str:
    body = html.escape(text)
    if found:  # a search hit: a strong background whatever else the words carry
        body = f'<span style="background-color:{colors.find_bg}; color:{colors.find_fg}">{body}</span>'
    css: list[str] = []
    if style == "delete":
        css += [f"color:{colors.delete_fg}", f"background-color:{colors.delete_bg}", "text-decoration:line-through"]
    elif style == "insert":
        css += [f"color:{colors.insert_fg}", f"background-color:{colors.insert_bg}", "text-decoration:underline"]
    if mark is not None:
        css.append("font-weight:bold")
        if style == "equal":
            css += [f"color:{colors.text}", f"background-color:{colors.signal_bg}", "text-decoration:none"]
        body = f'<span style="{";".join(css)}">{body}</span>'
        return f'<a href="sig:{mark}" style="text-decoration:none">{body}</a>'
    return f'<span style="{";".join(css)}">{body}</span>' if css else body
