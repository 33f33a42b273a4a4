"""CSV and XLSX: one row per link, added or removed paragraph; reopened; formula injection neutralised."""

from __future__ import annotations

import csv
import io

import openpyxl

from nlp.export import render
from nlp.export.rows import COLUMNS, neutral, rows
from tests.test_export_common import ADDED, HOSTILE, sample_comparison


def test_neutral_prefixes_what_a_spreadsheet_would_evaluate():
    for bad in ("=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutral(bad) == "'" + bad
    assert neutral("Réaffirmant") == "Réaffirmant"


def test_rows_cover_every_link_added_and_removed():
    c = sample_comparison()
    table = rows(c)
    assert len(table) == len(c.links) + len(c.added) + len(c.removed)
    assert [r.change for r in table].count("removed") == 1 and [r.change for r in table].count("added") == 1
    split = table[1]
    assert (split.old_ids, split.new_ids, split.change, split.moved) == ("1", "1+2", "strengthened", "no")
    assert split.signals.startswith("verb:stronger: « encourageons » → « nous engageons »: from encouraging others")
    assert table[-1].moved == "yes"


def test_csv_has_a_bom_the_columns_and_neutralised_cells():
    data = render(sample_comparison(), "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(lines[0]) == COLUMNS
    assert len(lines) == 1 + 7
    by_change = {line[2]: line for line in lines[1:]}
    assert by_change["removed"][7] == "'" + HOSTILE  # =CMD… prefixed
    assert by_change["added"][8] == "'" + ADDED  # +Exhorte… prefixed
    assert by_change["added"][4] == "yes"
    assert "États" in text and "« objectifs »" in text
    assert "\r\n" in text


def test_xlsx_reopens_with_frozen_header_filter_and_no_formula():
    data = render(sample_comparison(), "xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["Changes"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I8"
    assert tuple(c.value for c in ws[1]) == COLUMNS
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(values) == 7
    cells = [c for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert not any(isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@")) for c in cells)
    removed = next(v for v in values if v[2] == "removed")
    assert removed[7] == "'" + HOSTILE
    assert ws["H2"].alignment.wrap_text and ws.column_dimensions["H"].width >= 40
    assert isinstance(values[1][5], float)
    about = wb["About"]
    assert any("A/RES/2/2" in str(c.value) for row in about.iter_rows() for c in row)
