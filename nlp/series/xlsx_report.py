"""A series as an Excel workbook: "Lineages" (one row per paragraph history, one column per version
holding its ids and text there, and a column per step with the change), "Steps" (one row per step
with its summary), and one sheet per step with the two-version rows."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from nlp.export.rows import FIELDS, columns, rows
from nlp.export.xlsx_export import FILLS, WIDTHS, _put
from nlp.present.wording import Wording, wording
from nlp.series.model import Series
from nlp.series.reports import step_counts, version_heading

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
WRAP = Alignment(wrap_text=True, vertical="top")


def _header(ws, names: list[str], widths: list[int]) -> None:
    for col, (name, width) in enumerate(zip(names, widths), 1):
        cell = _put(ws, 1, col, name)
        cell.font, cell.fill = BOLD, HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"


def _lineage_sheet(ws, series: Series, w: Wording) -> None:
    """Per version: its ids, then its text; between versions, the change of the step."""
    names, widths = [], []
    for k in range(len(series.versions)):
        names += [version_heading(series, k), w("series.text", label=series.versions[k].label)]
        widths += [12, 60]
        if k < len(series.steps):
            names.append(w("series.step", number=k + 1, old=series.versions[k].label, new=series.versions[k + 1].label))
            widths.append(16)
    _header(ws, names, widths)
    for r, lineage in enumerate(series.lineages, 2):
        col = 1
        for k, ids in enumerate(lineage.ids):
            doc = series.versions[k]
            _put(ws, r, col, "+".join(ids) or w("series.absent")).alignment = WRAP
            _put(ws, r, col + 1, "\n".join(doc.paragraph(p).text for p in ids)).alignment = WRAP
            col += 2
            if k < len(lineage.changes):
                change = lineage.changes[k]
                quiet = not ids and not lineage.ids[k + 1]
                cell = _put(ws, r, col, "" if quiet else w.change(change))
                cell.alignment = WRAP
                if not quiet and change in FILLS:
                    cell.fill = PatternFill("solid", fgColor=FILLS[change])
                col += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(series.lineages) + 1}"


def _steps_sheet(ws, series: Series, w: Wording) -> None:
    _header(ws, [w("series.step_column"), w("series.changes")], [40, 90])
    for k in range(len(series.steps)):
        label = w("series.step", number=k + 1, old=series.versions[k].label, new=series.versions[k + 1].label)
        _put(ws, k + 2, 1, label)
        _put(ws, k + 2, 2, step_counts(series, k, w))


def _step_sheet(ws, series: Series, k: int, w: Wording) -> None:
    _header(ws, list(columns(w.language)), [WIDTHS[f] for f in FIELDS])
    for r, row in enumerate(rows(series.steps[k], w.language), 2):
        for col, value in enumerate(row.cells(), 1):
            cell = _put(ws, r, col, value)
            cell.alignment = WRAP
            if FIELDS[col - 1] == "change" and row.change_key in FILLS:
                cell.fill = PatternFill("solid", fgColor=FILLS[row.change_key])


def render(series: Series, language: str = "en") -> bytes:
    w = wording(language)
    wb = Workbook()
    sheet = wb.worksheets[0]
    sheet.title = w("series.lineage_sheet")
    _lineage_sheet(sheet, series, w)
    _steps_sheet(wb.create_sheet(w("series.steps_sheet")), series, w)
    for k in range(len(series.steps)):
        _step_sheet(wb.create_sheet(f"{k + 1}. {series.versions[k + 1].label}"[:31].replace("/", "-")), series, k, w)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
