"""The rows as an Excel workbook: a "Changes" sheet with a frozen header row, filters, wrapped text and
readable column widths; an "About" sheet with the two documents, the summary and the provenance (sheet
names, headers and labels in the report's language)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from nlp.export import report
from nlp.export.rows import FIELDS, columns, neutral, rows
from nlp.model.comparison import Comparison
from nlp.present.wording import Wording, wording

# a light fill per change, beside the word itself (never colour alone)
FILLS = {"strengthened": "E3F4E6", "weakened": "FBE6E6", "modified": "FDF2D0", "added": "E3EEFA", "removed": "F3E6F6"}
WIDTHS = {"old_ids": 10, "new_ids": 10, "change": 13, "moved": 8, "commitment": 12, "score": 8, "signals": 45, "old_text": 70, "new_text": 70}
WRAPPED = {"signals", "old_text", "new_text"}
MAX_CELL = 32767  # Excel's limit on the characters of one cell


def _put(ws, row: int, col: int, value):
    if isinstance(value, str):
        value = neutral(report.xml_safe(value))
        if len(value) > MAX_CELL:
            value = value[: MAX_CELL - 1] + "…"
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # a string is never a formula, whatever it starts with
    return cell


def _changes_sheet(ws, comparison: Comparison, progress, w: Wording) -> None:
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDDDDD")
    for col, (field, name) in enumerate(zip(FIELDS, columns(w.language)), 1):
        cell = _put(ws, 1, col, name)
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = WIDTHS[field]
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    table = rows(comparison, w.language)
    tick = report.Progress(progress, len(table), w("progress.xlsx"))
    for r, row in enumerate(table, 2):
        for col, (field, value) in enumerate(zip(FIELDS, row.cells()), 1):
            cell = _put(ws, r, col, value)
            cell.alignment = wrap if field in WRAPPED else top
            if field == "score" and value is not None:
                cell.number_format = "0.00"
            if field == "change" and row.change_key in FILLS:
                cell.fill = PatternFill("solid", fgColor=FILLS[row.change_key])
        tick.step(r - 1)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(FIELDS))}{len(table) + 1}"


def _about_sheet(ws, comparison: Comparison, w: Wording) -> None:
    bold = Font(bold=True)
    r = 1
    _put(ws, r, 1, w("table.comparison")).font = bold
    _put(ws, r, 2, report.title(comparison))
    r += 1
    _put(ws, r, 2, report.provenance(comparison, w))
    for caption, doc in ((w("report.old_version"), comparison.old), (w("report.new_version"), comparison.new)):
        r += 2
        _put(ws, r, 1, caption).font = bold
        for key, value in report.document_facts(doc, w):
            r += 1
            _put(ws, r, 1, key)
            _put(ws, r, 2, value)
    r += 2
    _put(ws, r, 1, w("report.summary")).font = bold
    for _, word, count in report.summary_rows(comparison, w):
        r += 1
        _put(ws, r, 1, word)
        _put(ws, r, 2, count)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def render(comparison: Comparison, progress=None, language: str = "en") -> bytes:
    w = wording(language)
    wb = Workbook()
    changes = wb.worksheets[0]
    changes.title = w("table.changes_sheet")
    _changes_sheet(changes, comparison, progress, w)
    _about_sheet(wb.create_sheet(w("table.about_sheet")), comparison, w)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
