"""Word (.docx) files: paragraphs with Word's automatic numbering, footnotes, and tracked changes.

A draft circulated with tracked changes holds two versions at once. ``revisions="accepted"`` (the
default) reads it as if every change were accepted: insertions (``w:ins``, ``w:moveTo``) kept,
deletions (``w:del``, ``w:moveFrom``) dropped; ``"rejected"`` reads the version before the changes.
A paragraph mark that was inserted or deleted joins two paragraphs in one of the versions, and a
changed paragraph property (``w:pPrChange``) gives the old numbering, so each version is numbered
as Word would show it.

The text is laid out in the conventions of :func:`nlp.readers.textual.parse_text` (numbers as typed
text, footnote call-outs ``<sup>n</sup>``, footnote blocks, ``#`` headings), which finds the structure.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any, TypeVar, cast

from lxml import etree

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.archive import SafeZip, parse_xml
from nlp.readers.layout import bounded, letters, opening_italic, roman
from nlp.readers.plaintext import literal, restore

if TYPE_CHECKING:
    from docx.oxml.document import CT_Document

T = TypeVar("T")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_URI = W[1:-1]
REVISIONS = ("accepted", "rejected")

_INSERTED = {W + "ins", W + "moveTo"}
_DELETED = {W + "del", W + "moveFrom"}
# elements that merely wrap runs: their content is read in place
_WRAPPERS = {W + "hyperlink", W + "smartTag", W + "customXml", W + "fldSimple", W + "sdt", W + "sdtContent", W + "dir", W + "bdo"}
_HEADING_STYLE = re.compile(r"^(heading|titre|title|überschrift)\s*(\d?)", re.I)


def read(data: bytes, path: str, fmt: str = "docx", revisions: str = "accepted") -> Document:
    from nlp.readers.textual import parse_text

    # the runs' own characters are text (« ${7*7} », « <b> »), not markup: see nlp.readers.plaintext
    return restore(parse_text(extract_text(data, path, revisions), path=path, fmt="docx"))


def extract_text(data: bytes, path: str, revisions: str = "accepted") -> str:
    """The document's text, one paragraph per block, as seen with the changes accepted or rejected."""
    if revisions not in REVISIONS:
        raise InputError(path, f"unknown revisions view '{revisions}' (use accepted or rejected)")
    package = _open(data, path)
    return _Extractor(package, path, revisions).text()


def has_revisions(data: bytes, path: str) -> bool:
    """Whether the file holds tracked changes at all."""
    package = _open(data, path)
    body = package["document"]
    if body is None:
        return False
    return any(True for tag in (*_INSERTED, *_DELETED) for _ in body.iter(tag))


def _open(data: bytes, path: str) -> dict[str, etree._Element | None]:
    """The main document, numbering, styles and notes parts, after the zip was proven safe."""
    archive = SafeZip(data, path, "Word file")
    archive.verify()
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
        main = word.part
        body = cast("CT_Document", word.element).body
    except PackageNotFoundError:
        raise InputError(path, "not a Word document (no main document part)") from None
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"malformed XML in the Word document ({_short(e)})") from None
    except Exception:  # python-docx meets a broken package in many ways; all mean the same to a user
        raise InputError(path, "not a Word document that can be read (its parts are missing or damaged)") from None
    if body is None:
        raise InputError(path, "Word document without a body")

    def related(reltype: str, what: str) -> etree._Element | None:
        for rel in main.rels.values():
            if rel.reltype == reltype and not rel.is_external:
                part = rel.target_part
                element = getattr(part, "element", None)
                return element if element is not None else parse_xml(part.blob, path, what)
        return None

    return {
        "document": body,
        "numbering": related(RT.NUMBERING, "the numbering part"),
        "styles": related(RT.STYLES, "the styles part"),
        "footnotes": related(RT.FOOTNOTES, "the footnotes part"),
        "endnotes": related(RT.ENDNOTES, "the endnotes part"),
    }


def _short(e: Exception) -> str:
    return (str(e).splitlines() or [type(e).__name__])[0][:160]


class _Numbering:
    """Word's list numbering: w:num -> w:abstractNum levels, counted as Word counts them."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None):
        self.abstract: dict[str, dict[int, dict[str, Any]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.style_names: dict[str, str] = {}
        self.style_outline: dict[str, int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.level_overrides: dict[str, dict[int, dict[str, Any]]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum -> the numbering style it takes its levels from
        if numbering is not None:
            for a in numbering.iter(W + "abstractNum"):
                aid = a.get(W + "abstractNumId") or ""
                self.abstract[aid] = {_int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in a.iter(W + "lvl")}
                link = _val(a.find(W + "numStyleLink"))
                if link:
                    self.style_links[aid] = link
            for n in numbering.iter(W + "num"):
                num_id = n.get(W + "numId") or ""
                overrides, levels = {}, {}
                for o in n.iter(W + "lvlOverride"):
                    ilvl = _int(o.get(W + "ilvl"), 0)
                    start = o.find(W + "startOverride")
                    if start is not None:
                        overrides[ilvl] = _int(_val(start), 1)
                    lvl = o.find(W + "lvl")
                    if lvl is not None:  # a level redefined for this list only
                        levels[ilvl] = _level(lvl)
                self.nums[num_id] = (_val(n.find(W + "abstractNumId")) or "", overrides)
                self.level_overrides[num_id] = levels
        if styles is not None:
            based: dict[str, str] = {}
            for s in styles.iter(W + "style"):
                sid = s.get(W + "styleId") or ""
                self.style_names[sid] = _val(s.find(W + "name")) or sid
                parent = _val(s.find(W + "basedOn"))
                if parent:
                    based[sid] = parent
                ppr = s.find(W + "pPr")
                if ppr is not None:
                    numpr = ppr.find(W + "numPr")
                    if numpr is not None:
                        self.style_numpr[sid] = (_val(numpr.find(W + "numId")), _int(_val(numpr.find(W + "ilvl")), None))
                    outline = ppr.find(W + "outlineLvl")
                    if outline is not None:
                        self.style_outline[sid] = _int(_val(outline), 9)
            for sid in list(self.style_names):  # numbering inherited through basedOn, a few levels at most
                seen, cur = set(), sid
                while cur in based and cur not in self.style_numpr and cur not in seen:
                    seen.add(cur)
                    cur = based[cur]
                if cur in self.style_numpr and sid not in self.style_numpr:
                    self.style_numpr[sid] = self.style_numpr[cur]

    def _linked(self, abstract_id: str) -> str:
        """An abstractNum that only points to a numbering style (w:numStyleLink) takes that style's list."""
        seen = set()
        while abstract_id in self.style_links and abstract_id not in seen:
            seen.add(abstract_id)
            num_id = self.style_numpr.get(self.style_links[abstract_id], (None, None))[0]
            if not num_id or num_id not in self.nums:
                break
            abstract_id = self.nums[num_id][0]
        return abstract_id

    def heading_level(self, ppr: etree._Element | None) -> int | None:
        style = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        if outline is not None and _int(_val(outline), 9) < 9:
            return _int(_val(outline), 0) + 1
        if style:
            m = _HEADING_STYLE.match(self.style_names.get(style, style))
            if m:
                return int(m.group(2) or 1)
            if self.style_outline.get(style, 9) < 9:
                return self.style_outline[style] + 1
        return None

    def label(self, ppr: etree._Element | None) -> str:
        """The number Word shows before this paragraph ('' when none), counting it."""
        if ppr is None:
            return ""
        style = _val(ppr.find(W + "pStyle"))
        num_id, ilvl = self.style_numpr.get(style or "", (None, None))
        numpr = ppr.find(W + "numPr")
        if numpr is not None:
            num_id = _val(numpr.find(W + "numId")) or num_id
            ilvl = _int(_val(numpr.find(W + "ilvl")), ilvl)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = ilvl or 0
        abstract_id, overrides = self.nums[num_id]
        abstract_id = self._linked(abstract_id)
        levels = {**self.abstract.get(abstract_id, {}), **self.level_overrides.get(num_id, {})}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
                for deeper in [k for k in counters if k > lv]:
                    del counters[deeper]
        first: int = level["start"]
        counters[ilvl] = counters.get(ilvl, first - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level["fmt"] in ("bullet", "none") or level["text"] is None:
            return ""

        def number(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            spec = levels.get(lv, {"fmt": "decimal", "start": 1})
            count = counters.get(lv)
            return _format(int(spec["start"]) if count is None else count, spec["fmt"])

        return re.sub(r"%(\d)", number, level["text"]).strip()


def _level(lvl: etree._Element) -> dict[str, Any]:
    return {
        "start": _int(_val(lvl.find(W + "start")), 1),
        "fmt": _val(lvl.find(W + "numFmt")) or "decimal",
        "text": _val(lvl.find(W + "lvlText")),
    }


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        return letters(n) if fmt == "lowerLetter" else letters(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return roman(n) if fmt == "lowerRoman" else roman(n).upper()
    if fmt == "decimalZero":
        return f"{bounded(n):02d}"
    return str(bounded(n))


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(W + "val")


def _int(s: str | None, default: T) -> int | T:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default


class _Extractor:
    def __init__(self, package: dict, path: str, revisions: str):
        self.path = path
        self.keep_inserted = revisions == "accepted"
        self.numbering = _Numbering(package["numbering"], package["styles"])
        self.body = package["document"]
        self.notes = {**self._notes(package["endnotes"], "endnote"), **self._notes(package["footnotes"], "footnote")}
        self.note_numbers: dict[str, int] = {}

    def _notes(self, part: etree._Element | None, tag: str) -> dict[str, etree._Element]:
        if part is None:
            return {}
        return {f"{tag}:{n.get(W + 'id')}": n for n in part.iter(W + tag) if n.get(W + "type") in (None, "normal")}

    def _visible(self, changed: str | None) -> bool:
        if changed == "ins":
            return self.keep_inserted
        if changed == "del":
            return not self.keep_inserted
        return True

    def _mark_visible(self, ppr: etree._Element | None) -> bool:
        """Whether the paragraph mark exists in this view (else the paragraph runs into the next)."""
        rpr = ppr.find(W + "rPr") if ppr is not None else None
        if rpr is None:
            return True
        if rpr.find(W + "ins") is not None or rpr.find(W + "moveTo") is not None:
            return self.keep_inserted
        if rpr.find(W + "del") is not None or rpr.find(W + "moveFrom") is not None:
            return not self.keep_inserted
        return True

    def _ppr(self, p: etree._Element) -> etree._Element | None:
        ppr = p.find(W + "pPr")
        if ppr is not None and not self.keep_inserted:
            change = ppr.find(W + "pPrChange")
            old = change.find(W + "pPr") if change is not None else None
            if old is not None:
                merged = etree.Element(W + "pPr")
                for child in old:
                    merged.append(etree.fromstring(etree.tostring(child)))
                if merged.find(W + "numPr") is None and old.find(W + "numPr") is None and ppr.find(W + "numPr") is not None:
                    # the old properties said nothing of numbering but the new ones set it: it was added
                    merged.append(etree.fromstring(f'<w:numPr xmlns:w="{_W_URI}"><w:numId w:val="0"/></w:numPr>'))
                rpr = ppr.find(W + "rPr")
                if rpr is not None:
                    merged.append(etree.fromstring(etree.tostring(rpr)))
                return merged
        return ppr

    def text(self) -> str:
        blocks: list[str] = []
        pending: tuple[list[tuple[str, bool]], list[str], etree._Element | None] | None = None  # runs so far, notes, pPr
        for p in self._paragraphs():
            ppr = self._ppr(p)
            notes: list[str] = []
            runs = self._runs(p, None, notes)
            if pending is not None:
                prev_runs, prev_notes, prev_ppr = pending
                runs = prev_runs + [(" ", False)] + runs
                notes = prev_notes + notes
                if "".join(t for t, _ in prev_runs).strip():
                    ppr = prev_ppr
                pending = None
            if not self._mark_visible(p.find(W + "pPr")):
                pending = (runs, notes, ppr)
                continue
            self._emit(blocks, runs, notes, ppr)
        if pending is not None:
            self._emit(blocks, *pending)
        return "\n\n".join(blocks) + "\n"

    def _paragraphs(self):
        for p in self.body.iter(W + "p"):
            parent = p.getparent()
            # paragraphs inside text boxes and other drawings are not part of the text flow
            if parent is not None and parent.tag == W + "txbxContent":
                continue
            yield p

    def _emit(self, blocks: list[str], runs: list[tuple[str, bool]], notes: list[str], ppr) -> None:
        runs = [(t.replace("\u00a0", " "), italic) for t, italic in runs]
        if not "".join(t for t, _ in runs).strip():
            # an empty numbered paragraph still takes its number in Word: count it, show nothing
            self.numbering.label(ppr)
            return
        content = opening_italic(runs)
        label = self.numbering.label(ppr)
        heading = self.numbering.heading_level(ppr)
        if label:
            content = f"{label} {content}"
        if heading and not label:
            content = "#" * min(heading, 6) + " " + content
        blocks.append(content)
        blocks.extend(notes)

    def _runs(self, el: etree._Element, changed: str | None, notes: list[str]) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = []
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _INSERTED:
                if self._visible("ins"):
                    out += self._runs(child, "ins", notes)
            elif tag in _DELETED:
                if self._visible("del"):
                    out += self._runs(child, "del", notes)
            elif tag == W + "r":
                out.append(self._run(child, notes))
            elif tag in _WRAPPERS:
                out += self._runs(child, changed, notes)
        return out

    def _run(self, r: etree._Element, notes: list[str]) -> tuple[str, bool]:
        rpr = r.find(W + "rPr")
        superscript = rpr is not None and _val(rpr.find(W + "vertAlign")) == "superscript"
        italic_el = rpr.find(W + "i") if rpr is not None else None
        italic = italic_el is not None and _val(italic_el) not in ("0", "false", "off")
        hidden = rpr.find(W + "vanish") if rpr is not None else None
        if hidden is not None and _val(hidden) not in ("0", "false", "off"):
            return "", False  # hidden text (w:vanish) is not part of what the reader sees
        out: list[str] = []
        for child in r:
            tag = child.tag
            if tag in (W + "t", W + "delText"):
                out.append(literal(child.text or ""))
            elif tag in (W + "tab", W + "br", W + "cr"):
                out.append(" ")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                if child.get(W + "customMarkFollows") in ("1", "true", "on"):
                    continue  # a note marked « * » (a draft's sponsors' note): cover, not text
                kind = "footnote" if tag == W + "footnoteReference" else "endnote"
                out.append(self._callout(f"{kind}:{child.get(W + 'id')}", notes))
                italic = False
        text = "".join(out)
        if superscript and text.strip().isdigit():
            return f"<sup>{text.strip()}</sup>", False
        return text, italic

    def _callout(self, key: str, notes: list[str]) -> str:
        note = self.notes.get(key)
        if note is None:
            return ""
        number = self.note_numbers.setdefault(key, len(self.note_numbers) + 1)
        parts = []
        for p in note.iter(W + "p"):
            parts.append("".join(t for t, _ in self._runs(p, None, [])))
        body = re.sub(r"\s+", " ", " ".join(parts)).strip()
        if body:
            notes.append(f"<sup>{number}</sup> {body}")
        return f"<sup>{number}</sup>"
