"""Every way a comparison leaves the program: one code path for the CLI and the window.

``render(comparison, fmt)`` returns the bytes of one format; ``export(comparison, fmt, path)`` writes
them atomically (temporary name, then rename), so an export is whole or absent. ``language`` ("en",
"fr"; see :mod:`nlp.export.wording`) picks the reports' own wording; the documents' text keeps its
language and the JSON keeps the contract's words. The formats are listed in :mod:`nlp.export.formats`.
"""

from __future__ import annotations

from pathlib import Path

from nlp.export.formats import FORMATS, Format, Progress
from nlp.model.atomic import write_bytes
from nlp.model.comparison import Comparison

__all__ = ["FORMATS", "Format", "Progress", "available", "export", "extension", "is_binary", "render"]


def available() -> list[str]:
    return list(FORMATS)


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt].binary


def extension(fmt: str) -> str:
    return FORMATS[fmt].extension


def render(comparison: Comparison, fmt: str, progress: Progress | None = None, language: str = "en") -> bytes:
    return FORMATS[fmt].load()(comparison, progress=progress, language=language)


def export(
    comparison: Comparison, fmt: str, path: str | Path, progress: Progress | None = None, language: str = "en"
) -> Path:
    data = render(comparison, fmt, progress, language)
    write_bytes(path, data)
    return Path(path)
