"""Every way a series leaves the program: JSON (the contract), text, HTML and XLSX.

``render(series, fmt, language)`` returns the bytes; ``export(series, fmt, path, language)`` writes
them atomically. The HTML and XLSX reports reuse the two-version exports' pieces (entries, badges,
wording), so a step of a series reads exactly like a comparison of two files.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from nlp.model.atomic import write_bytes
from nlp.present.marks import MARKS
from nlp.present.wording import Wording, wording
from nlp.series.model import Lineage, Series

# format -> (module that renders it, binary?)
FORMATS: dict[str, tuple[str, bool]] = {
    "json": ("nlp.series.reports", False),
    "text": ("nlp.series.reports", False),
    "html": ("nlp.series.html_report", False),
    "xlsx": ("nlp.series.xlsx_report", True),
}


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt][1]


def render(series: Series, fmt: str, language: str = "en") -> bytes:
    if fmt == "json":
        from nlp.engine.commitment.notes import renderer
        from nlp.export.json_export import dumps

        return dumps(series.to_json(note=renderer(language))).encode("utf-8")
    if fmt == "text":
        return render_text(series, language).encode("utf-8")
    return importlib.import_module(FORMATS[fmt][0]).render(series, language=language)


def export(series: Series, fmt: str, path: str | Path, language: str = "en") -> Path:
    write_bytes(path, render(series, fmt, language))
    return Path(path)


def title(series: Series) -> str:
    return " · ".join(v.label for v in series.versions)


def version_heading(series: Series, k: int) -> str:
    """'A/RES/76/7 (2021-11-22)': a version as a column or a strip names it."""
    v = series.versions[k]
    return f"{v.label} ({v.adopted})" if v.adopted else v.label


def step_counts(series: Series, k: int, w: Wording) -> str:
    return ", ".join(f"{w.change(key)} {n}" for key, n in series.steps[k].summary.items() if n) or w.change("unchanged") + " 0"


def change_word(change: str, w: Wording) -> str:
    """'▲ strengthened': a step's mark and word."""
    return f"{MARKS.get(change, '')} {w.change(change)}".strip()


def lineage_cells(lineage: Lineage, w: Wording) -> list[str]:
    """ids, change, ids, change, … ids: a lineage as one line of cells (a dash where it is absent)."""
    cells: list[str] = []
    absent = w("series.absent")
    for k, ids in enumerate(lineage.ids):
        cells.append("+".join(ids) or absent)
        if k < len(lineage.changes):
            quiet = not ids and not lineage.ids[k + 1]  # before its birth or after its removal
            cells.append("" if quiet else change_word(lineage.changes[k], w))
    return cells


def render_text(series: Series, language: str = "en") -> str:
    w = wording(language)
    lines = [w("series.title", title=title(series)), ""]
    for k, v in enumerate(series.versions):
        lines.append(f"  {w('series.version', number=k + 1)}: {version_heading(series, k)}, "
                     f"{w('text.paragraphs', count=len(v.paragraphs))}")
    lines.append("")
    for k in range(len(series.steps)):
        label = w("series.step", number=k + 1, old=series.versions[k].label, new=series.versions[k + 1].label)
        lines.append(w("series.step_summary", label=label, counts=step_counts(series, k, w)))
    lines += ["", w("series.lineages") + f" ({w('series.lineage_count', count=len(series.lineages))})"]
    widths = [max(len(c) for c in col) for col in zip(*(lineage_cells(lineage, w) for lineage in series.lineages))] if series.lineages else []
    for lineage in series.lineages:
        cells = lineage_cells(lineage, w)
        lines.append("  " + "  ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip())
    return "\n".join(lines) + "\n"
