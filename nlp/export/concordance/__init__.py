"""Every way a concordance leaves the program (``concordance A B --format json|html|csv|text``): one code
path for the command line and the window. ``render`` gives the bytes of one format, ``export`` writes them
atomically; ``language`` picks the reports' own wording (resources/concordance/notes.<lang>.toml)."""

from __future__ import annotations

from pathlib import Path

from nlp.export.concordance import csv_format, html_format, json_format, text_format
from nlp.model.atomic import write_bytes
from nlp.model.concordance import Concordance

# format -> (render(concordance, language) -> bytes, file extension)
FORMATS = {
    "json": (json_format.render, ".json"),
    "html": (html_format.render, ".html"),
    "csv": (csv_format.render, ".csv"),
    "text": (text_format.render, ".txt"),
}


def render(concordance: Concordance, fmt: str, language: str = "en") -> bytes:
    return FORMATS[fmt][0](concordance, language)


def export(concordance: Concordance, fmt: str, path: str | Path, language: str = "en") -> Path:
    write_bytes(path, render(concordance, fmt, language))
    return Path(path)
