"""OpenDocument text (.odt): paragraphs, headings, automatic list numbering and footnotes.

The zip is opened with the checks of :mod:`nlp.readers.archive`; ``content.xml`` (and the list styles of
``styles.xml``) are parsed without entity expansion. Lists are numbered as LibreOffice shows them (the
level style's format, prefix and suffix; a new list restarts unless it continues the previous one);
footnotes (``text:note``) become ``<sup>n</sup>`` call-outs and footnote blocks. Tracked changes are
read accepted: the deleted text lives apart, in ``text:tracked-changes``, which is skipped.
The result is laid out in the conventions of :func:`nlp.readers.textual.parse_text`.
"""

from __future__ import annotations

import re

from lxml import etree

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.archive import SafeZip, parse_xml
from nlp.readers.layout import bounded, letters, opening_italic, roman
from nlp.readers.plaintext import literal, restore

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

MAX_LEVELS = 10  # OpenDocument lists have ten levels
MAX_SPACES = 64
# elements whose children are read in turn (their own text is not a paragraph of its own)
_CONTAINERS = (
    TEXT + "section", TABLE + "table", TABLE + "table-row", TABLE + "table-cell", TABLE + "table-rows",
    TABLE + "table-header-rows", TEXT + "index-body", OFFICE + "text",
)

_SKIP = {TEXT + "tracked-changes", OFFICE + "annotation", TEXT + "note-citation", TEXT + "sequence-decls", OFFICE + "forms"}


def read(data: bytes, path: str, fmt: str = "odt") -> Document:
    from nlp.readers.textual import parse_text

    # the spans' own characters are text (« ${7*7} », « <b> »), not markup: see nlp.readers.plaintext
    return restore(parse_text(extract_text(data, path), path=path, fmt="odt"))


def extract_text(data: bytes, path: str) -> str:
    archive = SafeZip(data, path, "OpenDocument file")
    archive.verify()
    if "content.xml" not in archive:
        raise InputError(path, "not an OpenDocument text (no content.xml)")
    content = parse_xml(archive.read("content.xml"), path, "content.xml")
    styles = parse_xml(archive.read("styles.xml"), path, "styles.xml") if "styles.xml" in archive else None
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError(path, "not an OpenDocument text (no text body)")
    return _Extractor(content, styles).text(body)


class _ListStyles:
    def __init__(self, *roots: etree._Element | None):
        self.levels: dict[str, dict[int, dict]] = {}
        self.italic: set[str] = set()
        for root in roots:
            if root is None:
                continue
            for ls in root.iter(TEXT + "list-style"):
                levels = {}
                for lvl in ls:
                    level = _int(lvl.get(TEXT + "level"), 1)
                    if lvl.tag == TEXT + "list-level-style-number":
                        levels[level] = {
                            "format": lvl.get(STYLE + "num-format", "1"),
                            "prefix": lvl.get(STYLE + "num-prefix", ""),
                            "suffix": lvl.get(STYLE + "num-suffix", ""),
                            "display": _int(lvl.get(TEXT + "display-levels"), 1),
                            "start": _int(lvl.get(TEXT + "start-value"), 1),
                        }
                self.levels[ls.get(STYLE + "name", "")] = levels
            for st in root.iter(STYLE + "style"):
                props = st.find(STYLE + "text-properties")
                if props is not None and props.get(FO + "font-style") in ("italic", "oblique"):
                    self.italic.add(st.get(STYLE + "name", ""))


def _int(s: str | None, default: int) -> int:
    try:
        return int(s) if s else default
    except ValueError:
        return default


def _format(n: int, fmt: str) -> str:
    if fmt in ("a", "A"):
        return letters(n) if fmt == "a" else letters(n).upper()
    if fmt in ("i", "I"):
        return roman(n) if fmt == "i" else roman(n).upper()
    if fmt == "":
        return ""
    return str(bounded(n))


class _Extractor:
    def __init__(self, content: etree._Element, styles: etree._Element | None):
        self.styles = _ListStyles(styles, content)
        self.blocks: list[str] = []
        self.counters: dict[str, dict[int, int]] = {}
        self.notes = 0

    def text(self, body: etree._Element) -> str:
        self._container(body, None, 0, None)
        return "\n\n".join(self.blocks) + "\n"

    def _container(self, el: etree._Element, list_style: str | None, level: int, label: str | None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == TEXT + "p":
                self._paragraph(child, label)
                label = None  # only the first paragraph of a list item carries its number
            elif tag == TEXT + "h":
                level_h = _int(child.get(TEXT + "outline-level"), 1)
                self._paragraph(child, label, heading=min(level_h, 6))
                label = None
            elif tag == TEXT + "list":
                style = child.get(TEXT + "style-name") or list_style
                if level == 0 and child.get(TEXT + "continue-numbering") != "true" and not child.get(TEXT + "continue-list"):
                    self.counters.pop(style or "", None)
                self._list(child, style, level + 1)
            elif tag in _CONTAINERS:
                self._container(child, list_style, level, None)

    def _list(self, el: etree._Element, style: str | None, level: int) -> None:
        for item in el:
            if item.tag == TEXT + "list-item":
                self._container(item, style, level, self._number(style, level, item.get(TEXT + "start-value")))
            elif item.tag == TEXT + "list-header":
                self._container(item, style, level, None)

    def _number(self, style: str | None, level: int, start_value: str | None) -> str | None:
        spec = self.styles.levels.get(style or "", {}).get(level)
        counters = self.counters.setdefault(style or "", {})
        if start_value:
            counters[level] = _int(start_value, 1) - 1
        first: int = (spec or {}).get("start", 1)
        counters[level] = counters.get(level, first - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if spec is None or not spec["format"]:
            return None
        shown = []
        for lv in range(level - min(spec["display"], level, MAX_LEVELS) + 1, level + 1):  # no more levels than there are
            lv_spec = self.styles.levels.get(style or "", {}).get(lv, spec)
            shown.append(_format(counters.get(lv, 1), lv_spec["format"]))
        return f"{spec['prefix']}{'.'.join(shown)}{spec['suffix']}"

    def _paragraph(self, p: etree._Element, label: str | None, heading: int = 0) -> None:
        notes: list[str] = []
        parts: list[tuple[str, bool]] = []
        self._inline(p, parts, notes, p.get(TEXT + "style-name") in self.styles.italic)
        text = opening_italic(parts)
        if not text:
            return
        if label:
            text = f"{label} {text}"
        elif heading:
            text = "#" * heading + " " + text
        self.blocks.append(text)
        self.blocks.extend(notes)

    def _inline(self, el: etree._Element, parts: list[tuple[str, bool]], notes: list[str], italic: bool) -> None:
        if el.text:
            parts.append((literal(el.text), italic))
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIP:
                if tag == TEXT + "s":
                    # spaces collapse to one in the end: a forged count of a billion costs nothing
                    parts.append((" " * max(1, min(_int(child.get(TEXT + "c"), 1), MAX_SPACES)), italic))
                elif tag in (TEXT + "tab", TEXT + "line-break"):
                    parts.append((" ", italic))
                elif tag == TEXT + "note":
                    parts.append((self._note(child, notes), False))
                elif tag in (TEXT + "span", TEXT + "a", TEXT + "ruby", TEXT + "ruby-base", TEXT + "meta", TEXT + "inserted"):
                    self._inline(child, parts, notes, italic or child.get(TEXT + "style-name") in self.styles.italic)
            if child.tail:
                parts.append((literal(child.tail), italic))

    def _note(self, note: etree._Element, notes: list[str]) -> str:
        self.notes += 1
        citation = (note.findtext(TEXT + "note-citation") or "").strip()
        number = int(citation) if citation.isdigit() else self.notes
        body_parts: list[tuple[str, bool]] = []
        body = note.find(TEXT + "note-body")
        if body is not None:
            for p in body.iter(TEXT + "p"):
                self._inline(p, body_parts, [], False)
                body_parts.append((" ", False))
        text = re.sub(r"\s+", " ", "".join(t for t, _ in body_parts)).strip()
        if text:
            notes.append(f"<sup>{number}</sup> {text}")
        return f"<sup>{number}</sup>"
