"""The export formats: a typed table rather than module names looked up at run time.

Each format's module is imported only when that format is asked for (Word, PDF and spreadsheet
writers load libraries that take time), through a small function that a type checker follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Protocol

from nlp.model.comparison import Comparison

Progress = Callable[[float, str], None]


class RenderFunction(Protocol):
    """An exporter: a comparison -> the file's bytes, its own wording in ``language``."""

    def __call__(self, comparison: Comparison, *, progress: Progress | None = None, language: str = "en") -> bytes: ...


class StreamFunction(Protocol):
    """An exporter that hands the file's bytes over in pieces, so that a long comparison's file is never
    held whole in memory (the pieces joined are what its `render` returns)."""

    def __call__(self, comparison: Comparison, *, progress: Progress | None = None,
                 language: str = "en") -> Iterator[bytes]: ...


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # as --format and the window's export menu name it
    extension: str  # of the file it writes, with its dot
    binary: bool  # not printable on a terminal
    load: Callable[[], RenderFunction]  # imports the exporter and gives its `render`
    stream: Callable[[], StreamFunction] | None = None  # the same, in pieces, where the format can


def _json_stream() -> StreamFunction:
    from nlp.export import json_export

    return json_export.stream


def _json() -> RenderFunction:
    from nlp.export import json_export

    return json_export.render


def _text() -> RenderFunction:
    from nlp.export import text_export

    return text_export.render


def _html() -> RenderFunction:
    from nlp.export import html_export

    return html_export.render


def _docx() -> RenderFunction:
    from nlp.export import docx_export

    return docx_export.render


def _pdf() -> RenderFunction:
    from nlp.export import pdf_export

    return pdf_export.render


def _csv() -> RenderFunction:
    from nlp.export import csv_export

    return csv_export.render


def _xlsx() -> RenderFunction:
    from nlp.export import xlsx_export

    return xlsx_export.render


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", ".json", False, _json, _json_stream),
        Format("text", ".txt", False, _text),
        Format("html", ".html", False, _html),
        Format("docx", ".docx", True, _docx),
        Format("pdf", ".pdf", True, _pdf),
        Format("csv", ".csv", False, _csv),
        Format("xlsx", ".xlsx", True, _xlsx),
    )
}
