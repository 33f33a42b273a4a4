"""The readers, one per format: a typed table rather than module names looked up at run time.

Each reader module is imported only when a file of its format is read (PDF, Word and XML readers
pull in libraries that take time to load), through a small function that a type checker follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from nlp.model.document import Document


class ReadFunction(Protocol):
    """A reader: the file's bytes, the name it came from and its format -> the document."""

    def __call__(self, data: bytes, path: str, fmt: str, /) -> Document: ...


@dataclass(frozen=True, slots=True)
class Reader:
    format: str  # the contract's `format` of the documents it reads
    load: Callable[[], ReadFunction]  # imports the reader module and gives its `read`

    def read(self, data: bytes, path: str) -> Document:
        return self.load()(data, path, self.format)


def _textual() -> ReadFunction:
    from nlp.readers import textual

    return textual.read


def _akn() -> ReadFunction:
    from nlp.readers import akn

    return akn.read


def _pdf() -> ReadFunction:
    from nlp.readers import pdf

    return pdf.read


def _docx() -> ReadFunction:
    from nlp.readers import docx_reader

    return docx_reader.read


def _odt() -> ReadFunction:
    from nlp.readers import odt

    return odt.read


def _html() -> ReadFunction:
    from nlp.readers import html_reader

    return html_reader.read


READERS: dict[str, Reader] = {
    reader.format: reader
    for reader in (
        Reader("markdown", _textual),
        Reader("text", _textual),
        Reader("akn", _akn),
        Reader("pdf", _pdf),
        Reader("docx", _docx),
        Reader("odt", _odt),
        Reader("html", _html),
    )
}
