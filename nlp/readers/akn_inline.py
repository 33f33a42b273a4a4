"""The running text of one Akoma Ntoso block element, as a reader sees it.

Markup goes (``span``, ``a``, ``inline``…), line breaks (``eol``, ``br``) become spaces, authorial
notes leave the text and become footnotes in reading order, and a superscript number is a footnote
call-out: it is removed, and when it repeats the marker of a note printed earlier (« …culturels<sup>5</sup> »)
that note is counted again. Other superscripts are ordinal endings and stay as letters (« 37<sup>e</sup> »
→ « 37e »), as in the text reader; « n<sup>o</sup> » is the numéro sign « n° ».

What is italic and what is bold is kept per run of text: UN texts set the lead verb in italics, and
a heading is a block set entirely in bold.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Runs of whitespace, no-break spaces included, become one space, exactly as every other reader
# collapses its text: the same resolution reads the same from Akoma Ntoso, Word and PDF (a PDF's text
# layer has no no-break spaces; French typography's « à : » is one space either way).
_WHITESPACE = re.compile(r"\s+")
_CALLOUT = re.compile(r"^\s*(\d{1,3})\s*$")


def collapse(text: str) -> str:
    """Whitespace collapsed, and accents composed (NFC) as every other reader gives them: some AKN
    files write « é » as « e » and a combining accent."""
    return unicodedata.normalize("NFC", _WHITESPACE.sub(" ", text).strip())


def local(node) -> str:
    """The element's name without its namespace ('' for comments and processing instructions)."""
    tag = node.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    italic: bool
    bold: bool


@dataclass(frozen=True, slots=True)
class Inline:
    runs: tuple[Run, ...]
    notes: tuple[str, ...]  # footnote texts, in the order they are called

    @property
    def raw(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def all_bold(self) -> bool:
        visible = [r for r in self.runs if r.text.strip()]
        return bool(visible) and all(r.bold for r in visible)

    def italic_opening(self, skip: int) -> str | None:
        """The italic phrase that opens the text after its first ``skip`` characters (its label)."""
        pieces: list[str] = []
        seen = 0
        started = False
        for run in self.runs:
            text = run.text
            if seen + len(text) <= skip:
                seen += len(text)
                continue
            text = text[max(0, skip - seen) :]
            seen = skip
            if not started:
                if not text.strip():
                    continue
                if not run.italic:
                    return None
                started = True
            if run.italic or not text.strip():
                pieces.append(text)
                continue
            break
        lead = collapse("".join(pieces)).rstrip(" ,;:")
        return lead or None


def _styles(node) -> tuple[bool, bool]:
    name = local(node)
    classes = (node.get("class") or "").split()
    style = (node.get("style") or "").replace(" ", "").lower()
    italic = name in ("i", "em") or "italic" in classes or "font-style:italic" in style
    bold = name in ("b", "strong") or "bold" in classes or "font-weight:bold" in style
    return italic, bold


class NoteIndex:
    """The document's notes, by marker (for repeated call-outs) and by id (for ``noteRef``)."""

    def __init__(self, root):
        self.by_marker: dict[str, str] = {}
        self.by_id: dict[str, str] = {}
        for note in root.iter("{*}authorialNote", "{*}note"):
            text = note_text(note, self)
            marker = (note.get("marker") or "").strip()
            if marker and marker not in self.by_marker:
                self.by_marker[marker] = text
            for key in ("eId", "id", "GUID"):
                if note.get(key):
                    self.by_id[note.get(key)] = text


def note_text(note, index: NoteIndex | None) -> str:
    inline = extract(note, index, inside_note=True)
    return collapse(inline.raw)


def extract(element, index: NoteIndex | None, inside_note: bool = False) -> Inline:
    """The runs and footnotes of an element's content (its own tail excluded)."""
    runs: list[Run] = []
    notes: list[str] = []

    def add(text: str | None, italic: bool, bold: bool) -> None:
        if text:
            runs.append(Run(text, italic, bold))

    def visit(node, italic: bool, bold: bool) -> None:
        name = local(node)
        if name == "authorialNote" and not inside_note:
            notes.append(note_text(node, index))
            return
        if name == "noteRef":
            href = (node.get("href") or "").lstrip("#")
            if index is not None and href in index.by_id:
                notes.append(index.by_id[href])
            return
        if name in ("eol", "br", "eop"):
            add(" ", italic, bold)
            return
        if name in ("img", "marker", "authorialNote", ""):
            return
        if name == "sup":
            content = "".join(node.itertext())
            if content.strip() in ("o", "os") and runs and runs[-1].text.endswith(("n", "N")):
                add("°" + content.strip()[1:], italic, bold)  # « n<sup>o</sup> » is the numéro sign « n° »
                return
            call = _CALLOUT.match(content)
            if call:
                if index is not None and not inside_note and call.group(1) in index.by_marker:
                    notes.append(index.by_marker[call.group(1)])
                return
        own_italic, own_bold = _styles(node)
        italic, bold = italic or own_italic, bold or own_bold
        add(node.text, italic, bold)
        for child in node:
            visit(child, italic, bold)
            add(child.tail, italic, bold)

    italic, bold = _styles(element)
    add(element.text, italic, bold)
    for child in element:
        visit(child, italic, bold)
        add(child.tail, italic, bold)
    return Inline(tuple(runs), tuple(notes))
