"""Every way a comparison leaves the program: one code path for the CLI and the window.

``render(comparison, fmt)`` returns the bytes of one format; ``export(comparison, fmt, path)`` writes
them atomically (temporary name, then rename), so an export is whole or absent. ``language`` ("en",
"fr"; see :mod:`nlp.export.wording`) picks the reports' own wording; the documents' text keeps its
language and the JSON keeps the contract's words. The formats are listed in :mod:`nlp.export.formats`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from nlp.export.formats import FORMATS, Format, Progress
from nlp.model import collector
from nlp.model.atomic import write_chunks
from nlp.model.comparison import Comparison

__all__ = ["FORMATS", "Format", "Progress", "available", "chunks", "export", "extension", "is_binary", "render"]


def available() -> list[str]:
    return list(FORMATS)


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt].binary


def extension(fmt: str) -> str:
    return FORMATS[fmt].extension


def render(comparison: Comparison, fmt: str, progress: Progress | None = None, language: str = "en") -> bytes:
    return FORMATS[fmt].load()(comparison, progress=progress, language=language)


def chunks(comparison: Comparison, fmt: str, progress: Progress | None = None, language: str = "en") -> Iterator[bytes]:
    """The format's bytes in pieces: streamed where the format can, else its whole rendering at once."""
    stream = FORMATS[fmt].stream
    if stream is not None:
        return stream()(comparison, progress=progress, language=language)
    return iter((render(comparison, fmt, progress, language),))


def export(
    comparison: Comparison, fmt: str, path: str | Path, progress: Progress | None = None, language: str = "en"
) -> Path:
    # a long comparison's report is millions of small objects made and dropped: no cycle collection walks
    # them meanwhile (nlp.model.collector)
    with collector.bulk(keep=False):
        write_chunks(path, chunks(comparison, fmt, progress, language))
    return Path(path)
