"""Akoma Ntoso (AKN4UN) XML, as the United Nations publishes its resolutions → a Document.

The XML is parsed safely: no network, no DTD loading, no entity expansion, and a file that declares
entities is refused (the « billion laughs » attack). Malformed XML and XML that is not Akoma Ntoso
are one-line input errors.

Paragraphs get the ids of the contract, by the same rules as the plain-text reader, so that the
Akoma Ntoso file and the text of one resolution read alike:

* preambular paragraphs ``PP1``, ``PP2``… and their items ``PP3(a)``; operative paragraphs by their
  number, their items ``16(a)`` and ``16(a)(i)`` (an item's ``parent`` is the paragraph that
  introduces it, and each is a paragraph of its own);
* a resolution whose own body only adopts a text attached to it (« Adopte la déclaration politique …
  qui se trouve annexée ») reads as that text: the declaration's numbered paragraphs;
* an unnumbered block of text after a numbered paragraph continues it (the text reader joins it too);
  a body with no numbers at all gives ``P1``…: of kind operative after a preamble (a one-paragraph
  resolution), of kind other when there is nothing else;
* text: number removed, authorial notes moved to ``footnotes``, markup removed, whitespace collapsed;
* lead: the italic phrase the paragraph opens with, else :func:`nlp.readers.lead.lead_of`.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from nlp.model.document import Document, Paragraph
from nlp.model.errors import InputError
from nlp.readers.akn_blocks import NUM, SUB, Block, blocks_of
from nlp.readers.akn_inline import NoteIndex, collapse, local
from nlp.readers.akn_meta import read_metadata
from nlp.readers.langdetect import detect_language
from nlp.readers.lead import lead_of
from nlp.readers.numbering import Outline

_TERMINAL = ".;:,!?…"
_CLOSERS = "»”\"')]*_ "
_MAX_LEAD_WORDS = 10


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_comments=True, remove_pis=True
    )


_ENTITY_DECLARATION = tuple("<!ENTITY".encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be"))
_ENTITIES_REFUSED = "XML that declares entities is refused (entity expansion is unsafe)"


def parse_xml(data: bytes, path: str):
    """The root element of safely parsed XML; InputError for malformed XML or declared entities."""
    # refused before parsing, so that libxml2 does no expansion work at all (Akoma Ntoso has no DTD)
    if any(marker in data for marker in _ENTITY_DECLARATION):
        raise InputError(path, _ENTITIES_REFUSED)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"malformed XML: {collapse(str(e.msg or e))}") from None
    except ValueError as e:  # e.g. a str with an encoding declaration, or no document at all
        raise InputError(path, f"malformed XML: {collapse(str(e))}") from None
    if root is None:
        raise InputError(path, "malformed XML: no root element")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(path, _ENTITIES_REFUSED)
    return root


def _document_element(root, path: str):
    if local(root) != "akomaNtoso":
        raise InputError(path, f"not an Akoma Ntoso document (its XML root element is <{local(root) or root.tag}>, not <akomaNtoso>)")
    doc = next((child for child in root if local(child)), None)
    if doc is None:
        raise InputError(path, "an Akoma Ntoso document with no document in it")
    return doc


def _zones(doc, notes: NoteIndex) -> list[Block]:
    preamble = next((c for c in doc if local(c) == "preamble"), None)
    body = next((c for c in doc if local(c) in ("mainBody", "body", "judgmentBody", "debateBody")), None)
    return blocks_of(preamble, "preamble", notes) + blocks_of(body, "main", notes)


def _attached_documents(doc):
    for holder in doc:
        if local(holder) in ("attachments", "components"):
            for attachment in holder:
                for inner in attachment:
                    if local(inner) and local(inner) != "meta":
                        yield inner


def _numbered(blocks: list[Block]) -> bool:
    return any(b.zone == "main" and b.label and b.label[0] == NUM and (b.from_markup or int(b.label[1]) <= 5) for b in blocks)


def read(data: bytes, path: str, fmt: str = "akn") -> Document:
    root = parse_xml(data, path)
    doc = _document_element(root, path)
    notes = NoteIndex(root)
    meta = read_metadata(doc)
    blocks = _zones(doc, notes)
    declaration = False
    if not _numbered(blocks):
        for attached in _attached_documents(doc):
            attached_blocks = _zones(attached, notes)
            if _numbered(attached_blocks):
                blocks, declaration = attached_blocks, True
                break
    language = meta.language or detect_language("\n".join(b.text for b in blocks))
    paragraphs = _Numbering(language, declaration).run(blocks)
    return Document(
        path=path,
        format="akn",
        language=language,
        paragraphs=tuple(paragraphs),
        symbol=meta.symbol,
        title=meta.title,
        body=meta.body,
        adopted=meta.adopted,
        status=meta.status,
    )


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def _valid_number(n: int, last: int | None) -> bool:
    """A number printed in the text is a paragraph number only where the sequence expects one."""
    return (last is None and n <= 5) or n == 1 or (last is not None and last < n <= last + 3)


class _Numbering(Outline):
    """Blocks → paragraphs: ids, kinds, parents, continuations, in reading order."""

    def __init__(self, language: str, declaration: bool):
        super().__init__()
        self.language = language
        self.declaration = declaration
        self.out: list[dict] = []
        self.pp = 0
        self.unnumbered = 0
        self.last_number: int | None = None
        self.previous: Block | None = None

    # -- building ------------------------------------------------------------------------------

    def _add(self, pid: str, kind: str, block: Block, parent: dict | None, label: str = "") -> dict:
        para = {"id": self.new_id(pid), "kind": kind, "blocks": [block], "parent": parent, "label": label, "children": 0}
        if parent is not None:
            parent["children"] += 1
        self.out.append(para)
        return para

    def _top(self, pid: str, kind: str, block: Block) -> None:
        self.start_top(pid, kind, block)

    def _sub_item(self, block: Block, value: str) -> bool:
        return self.add_sub_item(block, value, deeper=block.depth >= 2 if block.from_markup and block.depth else None)

    def _continue(self, block: Block) -> bool:
        target = self.current()
        if target is None:
            return False
        target["blocks"].append(block)
        return True

    # -- reading ---------------------------------------------------------------------------------

    def run(self, blocks: list[Block]) -> list[Paragraph]:
        numbered_ahead = [False] * (len(blocks) + 1)
        for i in range(len(blocks) - 1, -1, -1):
            b = blocks[i]
            numbered_ahead[i] = numbered_ahead[i + 1] or (b.zone == "main" and b.label is not None and b.label[0] == NUM)
        numbered_seen = False
        for i, block in enumerate(blocks):
            if block.heading:
                continue
            if block.zone == "main":
                numbered_seen = self._main(block, numbered_seen, numbered_ahead[i]) or numbered_seen
            else:
                self._preamble(block)
            self.previous = block
        return [p for p in (self._paragraph(d) for d in self.out) if p is not None]

    def _same_element(self, block: Block) -> bool:
        return self.previous is not None and self.previous.owner == block.owner and self.previous.zone == block.zone

    def _preamble(self, block: Block) -> None:
        if block.label and block.label[0] == SUB and self._sub_item(block, block.label[1]):
            return
        if block.label is None and self._same_element(block) and self._continue(block):
            return
        self.pp += 1
        self._top(f"PP{self.pp}", "preambular", self._unlabelled(block))

    def _main(self, block: Block, numbered_seen: bool, numbered_ahead: bool) -> bool:
        """Place one block of the body; True when it is a numbered paragraph."""
        label = block.label
        if label and label[0] == NUM:
            n = int(label[1])
            if block.from_markup or _valid_number(n, self.last_number):
                self.last_number = n
                self._top(str(n), "operative", block)
                return True
            block = self._unlabelled(block)
            label = None
        if label and label[0] == SUB and self._sub_item(block, label[1]):
            return False
        block = self._unlabelled(block)
        current = self.current()
        if current is not None and not any(b.text for b in current["blocks"]):
            current["blocks"].append(block)  # a number printed alone, its text in the next block
            return False
        if (numbered_seen or self._same_element(block)) and self._continue(block):
            return False
        if self.declaration and not _ends_sentence(block.text):
            return False  # the declaration's title or a heading before its paragraphs
        if numbered_ahead:
            self.pp += 1
            self._top(f"PP{self.pp}", "preambular", block)
        else:
            # after a preamble, an unnumbered body is what the resolution does; alone, it is just text
            self.unnumbered += 1
            self._top(f"P{self.unnumbered}", "operative" if self.pp else "other", block)
        return False

    @staticmethod
    def _unlabelled(block: Block) -> Block:
        """The block with a label that turned out not to be one given back to its text."""
        if block.label is None or block.from_markup:
            return block
        return replace(block, label=None, text=collapse(block.marker_text + " " + block.text), italic_lead=None)

    def _paragraph(self, para: dict) -> Paragraph | None:
        blocks: list[Block] = para["blocks"]
        text = " ".join(b.text for b in blocks if b.text)
        if not text and not para["children"]:
            return None
        footnotes: list[str] = []
        for block in blocks:
            for note in block.notes:
                if note and note not in footnotes:
                    footnotes.append(note)
        first = next((b for b in blocks if b.text), None)
        italic = first.italic_lead if first is not None else None
        kind = para["kind"]
        if italic and text.startswith(italic) and len(italic.split()) <= _MAX_LEAD_WORDS and kind != "other":
            lead = italic
        else:
            lead = lead_of(text, kind, self.language) if text else None
        parent = para["parent"]["id"] if para["parent"] else None
        return Paragraph(id=para["id"], kind=kind, text=text, lead=lead, footnotes=tuple(footnotes), parent=parent)
