"""The changes table: one row per link, added or removed paragraph of every pair of a batch.

Written as CSV (UTF-8, with a header) or Parquet (needs pyarrow) by the output's extension, atomically.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Sequence

from nlp.model.atomic import atomic_path, write_bytes
from nlp.model.comparison import Comparison, Signal
from nlp.model.errors import InputError

COLUMNS = (
    "series", "old_symbol", "old_date", "new_symbol", "new_date", "old_file", "new_file",
    "entry", "old_ids", "new_ids", "change", "moved", "score", "commitment", "signals",
)
FORMATS = (".csv", ".parquet")

Row = tuple[Any, ...]


def check(path: str | None) -> None:
    """Refuse an output of another kind before any work."""
    if path is not None and Path(path).suffix.lower() not in FORMATS:
        raise InputError(path, f"the changes table is written as {' or '.join(FORMATS)}: name the file so")


def _signals(signals: Sequence[Signal]) -> str:
    return "; ".join(f"{s.type}:{s.direction}" for s in signals)


def rows(series: str, old_file: str, new_file: str, comparison: Comparison) -> list[Row]:
    """The rows of one comparison, links first (in the new text's order), then added, then removed."""
    old, new = comparison.old, comparison.new
    head = (series, old.symbol, old.adopted, new.symbol, new.adopted, old_file, new_file)
    out: list[Row] = [
        (*head, "link", "+".join(l.old), "+".join(l.new), l.change.value, l.moved, l.score, None, _signals(l.signals))
        for l in comparison.links
    ]
    out += [(*head, "added", None, a.new, "added", None, None, a.commitment, _signals(a.signals)) for a in comparison.added]
    out += [(*head, "removed", r.old, None, "removed", None, None, r.commitment, _signals(r.signals)) for r in comparison.removed]
    return out


def write(path: str, table: Sequence[Row]) -> None:
    if Path(path).suffix.lower() == ".parquet":
        _write_parquet(path, table)
        return
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)
    write_bytes(path, buffer.getvalue().encode("utf-8"))


def _write_parquet(path: str, table: Sequence[Row]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(path, "Parquet needs pyarrow: .venv/bin/pip install -r requirements-batch.txt") from None
    columns = {name: [row[i] for row in table] for i, name in enumerate(COLUMNS)}
    with atomic_path(path) as tmp:
        pq.write_table(pa.table(columns), str(tmp))
