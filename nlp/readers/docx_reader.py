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
from typing import TYPE_CHECKING, cast

from lxml import etree

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.archive import SafeZip, parse_xml
from nlp.readers.docx_numbering import Numbering, w_val
from nlp.readers.layout import opening_italic
from nlp.readers.plaintext import literal, restore

if TYPE_CHECKING:
    from docx.oxml.document import CT_Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_URI = W[1:-1]
REVISIONS = ("accepted", "rejected")

_INSERTED = {W + "ins", W + "moveTo"}
_DELETED = {W + "del", W + "moveFrom"}
# elements that merely wrap runs: their content is read in place
_WRAPPERS = {W + "hyperlink", W + "smartTag", W + "customXml", W + "fldSimple", W + "sdt", W + "sdtContent", W + "dir", W + "bdo"}


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


class _Extractor:
    def __init__(self, package: dict, path: str, revisions: str):
        self.path = path
        self.keep_inserted = revisions == "accepted"
        self.numbering = Numbering(package["numbering"], package["styles"])
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
        superscript = rpr is not None and w_val(rpr.find(W + "vertAlign")) == "superscript"
        italic_el = rpr.find(W + "i") if rpr is not None else None
        italic = italic_el is not None and w_val(italic_el) not in ("0", "false", "off")
        hidden = rpr.find(W + "vanish") if rpr is not None else None
        if hidden is not None and w_val(hidden) not in ("0", "false", "off"):
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
