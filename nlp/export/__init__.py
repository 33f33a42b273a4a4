"""Every way a comparison leaves the program: one code path for the CLI and the window.

``render(comparison, fmt)`` returns the bytes of one format; ``export(comparison, fmt, path)`` writes
them atomically (temporary name, then rename), so an export is whole or absent. ``language`` ("en",
"fr"; see :mod:`nlp.export.wording`) picks the reports' own wording; the documents' text keeps its
language and the JSON keeps the contract's words.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from nlp.model.atomic import write_bytes
from nlp.model.comparison import Comparison

# format -> (module, file extension, binary?)
FORMATS: dict[str, tuple[str, str, bool]] = {
    "json": ("nlp.export.json_export", ".json", False),
    "text": ("nlp.export.text_export", ".txt", False),
    "html": ("nlp.export.html_export", ".html", False),
    "docx": ("nlp.export.docx_export", ".docx", True),
    "pdf": ("nlp.export.pdf_export", ".pdf", True),
    "csv": ("nlp.export.csv_export", ".csv", False),
    "xlsx": ("nlp.export.xlsx_export", ".xlsx", True),
}

Progress = Callable[[float, str], None]


def available() -> list[str]:
    return list(FORMATS)


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt][2]


def extension(fmt: str) -> str:
    return FORMATS[fmt][1]


def render(comparison: Comparison, fmt: str, progress: Progress | None = None, language: str = "en") -> bytes:
    module = importlib.import_module(FORMATS[fmt][0])
    return module.render(comparison, progress=progress, language=language)


def export(
    comparison: Comparison, fmt: str, path: str | Path, progress: Progress | None = None, language: str = "en"
) -> Path:
    data = render(comparison, fmt, progress, language)
    write_bytes(path, data)
    return Path(path)
