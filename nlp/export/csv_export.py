"""The rows as CSV: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends."""

from __future__ import annotations

import csv
import io

from nlp.export.rows import columns, rows
from nlp.model.comparison import Comparison


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns(language))
    for row in rows(comparison, language):
        cells = row.cells()
        writer.writerow(["" if c is None else f"{c:g}" if isinstance(c, float) else c for c in cells])
    return buffer.getvalue().encode("utf-8-sig")
