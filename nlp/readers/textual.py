"""Markdown and plain-text UN resolutions and declarations, as they come, into a Document.

``read(data, path, fmt)`` decodes the bytes; ``parse_text(text, path=..., fmt=...)`` does the work and
is what the PDF, DOCX, ODT and HTML readers call once they have turned their format into text.

Input conventions that ``parse_text`` accepts (any mixture of them):

* Blocks are separated by blank lines. A line that starts a numbered paragraph (``12.``, ``12\\.``),
  a sub-item (``a)``, ``(a)``, ``i)``, ``(ii)``), a footnote or a heading starts a new block even
  without a blank line before it; other lines of a block are joined with a space (a line ending in a
  hyphen, « sous- », goes on without one, unless a conjunction follows: « pré- et post- »). A text
  laid out one paragraph a line also works: a line that opens like a preambular paragraph
  (« Rappelant », « Deeply concerned ») after a line ending with ``, ; . :`` starts a new block, and
  so do the opening clause (« L'Assemblée générale, »), a closing formula (« 73e séance plénière »)
  and « Annexe ».
* Headings: Markdown ``#``…``######`` and ``===`` underlines. Page rules: ``---``, ``***``, ``___`` and
  form feeds (``\\f``); they only mark page breaks.
* Emphasis and markup are removed: ``*italic*``, ``_italic_``, ``**bold**``, HTML tags, Markdown
  escapes (``\\(``), links ``[76/7](#)`` → ``76/7``, images. The lead verb comes from the rules of
  :mod:`nlp.readers.lead`, the same for every format; an italic phrase that opens a paragraph
  (``*Réaffirmant*``) is its lead only when the rules find none.
* Footnote call-outs: ``<sup>1</sup>``, Unicode superscript digits ``¹ ²³``, ``[^1]``, ``^1``. They are
  removed from the text and the note's text goes into the paragraph's ``footnotes``, in call order.
  Non-numeric superscripts are ordinal endings and are kept as letters: ``73<sup>e</sup>``,
  ``8111^e``, ``1<sup>er</sup>`` → ``73e``, ``8111e``, ``1er``.
* Footnote blocks, wherever a page break put them: a block that starts with ``<sup>1</sup>``, ``¹``,
  ``[^1]:`` or ``^1``, or with a plain number and a space (``1 Résolution 64/293.``) when that
  number was called and not yet defined.
* Page furniture is dropped wherever it stands: lines made only of job numbers (« 21-17344 (F) »,
  ``*2117344*``), document symbols as running headers (« A/RES/76/7 », « S/RES/2388 (2017) ») and
  page numbers (``2/10``, « Page 3 », « - 3 - »); and page headers that repeat the symbol with the
  title or its beginning (« A/RES/72/195 Amélioration de la coordination… », « 2/8 … A/RES/72/195 »).
* Page-break continuations: a block that starts in lower case, or that follows a paragraph stopped
  without final punctuation, is joined to the paragraph it continues.
* Structure: see :mod:`nlp.readers.structure` (opening clause, preambular and operative paragraphs,
  sub-items, closing formula, annexed declarations, fallback to ``P1``… paragraphs of kind
  ``other``). Metadata: see :mod:`nlp.readers.metadata`.
"""

from __future__ import annotations

import re
import unicodedata

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.blocks import split_blocks
from nlp.readers.decode import decode
from nlp.readers.langdetect import detect_language
from nlp.readers.markup import strip_markup
from nlp.readers.metadata import extract
from nlp.readers.plaintext import is_markdown, protect, restore
from nlp.readers.structure import build


def read(data: bytes, path: str, fmt: str) -> Document:
    text = decode(data, path)
    if fmt == "text" and not is_markdown(text):  # plain text: its characters are all text
        protected = protect(text)
        doc = parse_text(protected, path=path, fmt=fmt)
        return doc if protected is text else restore(doc)
    return parse_text(text, path=path, fmt=fmt)


def parse_text(text: str, *, path: str, fmt: str) -> Document:
    """Read the text of a resolution or declaration; InputError when there is no readable text."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    plain = strip_markup(text)[0]
    if not plain.strip():
        raise InputError(path, "no readable text")
    language = detect_language(plain)
    structure = build(split_blocks(text, language), language)
    if not structure.paragraphs:
        raise InputError(path, "no readable text")
    meta = extract(
        structure.header, structure.opening, structure.closings, structure.furniture, structure.body_text, language
    )
    cleaned = _without_running_titles(text, meta.symbol, meta.title)
    if cleaned is not None:  # page headers that repeat the symbol with the title: read again without them
        structure = build(split_blocks(cleaned, language), language)
    return Document(
        path=path,
        format=fmt,
        language=meta.language or language,
        paragraphs=tuple(structure.paragraphs),
        symbol=meta.symbol,
        title=meta.title,
        body=meta.body,
        adopted=meta.adopted,
        status=meta.status,
        sponsors=meta.sponsors,
        agenda_item=meta.agenda_item,
        session=meta.session,
    )


def _without_running_titles(text: str, symbol: str | None, title: str | None) -> str | None:
    """The text without page headers such as « A/RES/76/7 Déclaration politique de 2021 sur… »
    (the symbol, then the title or its beginning, or the other way round), or None if it has none."""
    if not symbol or not title or symbol not in text:
        return None
    folded_title = " ".join(title.split())
    kept, dropped = [], 0
    for line in text.split("\n"):
        words = " ".join(line.replace("*", "").split())
        rest = None
        if words.startswith(symbol):
            rest = words[len(symbol) :].strip()
        elif words.endswith(symbol):
            rest = words[: -len(symbol)].strip()
        if rest and len(rest) >= _MIN_RUNNING_TITLE and folded_title.startswith(_PAGE_NUMBER.sub("", rest).strip()):
            dropped += 1
            continue
        kept.append(line)
    return "\n".join(kept) if dropped else None


_MIN_RUNNING_TITLE = 12  # characters of the title a running header repeats, at least
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}\s+|\s+\d{1,3}\s*/\s*\d{1,3}$")
