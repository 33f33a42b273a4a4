"""The Library panel on a temporary library: lists, search with snippets, reopening, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.library_panel import HtmlRole, ItemRole, LibraryPanel
from nlp.library.store import Library
from tests.test_library_store import NEW, OLD, make_comparison


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def panel(qtbot, library):
    widget = LibraryPanel(library)
    qtbot.addWidget(widget)
    for model in (widget.comparisons_model, widget.documents_model, widget.results_model):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, widget)
    return widget


def test_an_empty_library_shows_empty_lists(panel):
    assert panel.comparisons_model.rowCount() == panel.documents_model.rowCount() == 0
    assert panel.tabs.tabText(0) == "Comparisons (0)"
    assert panel.search_box.accessibleName() == "Search the library"


def test_refresh_shows_what_was_saved_and_a_comparison_can_be_reopened(panel, library, qtbot):
    cid = library.save_comparison(make_comparison("1.0"))
    panel.refresh()
    assert [(r.old_label, r.new_label) for r in panel.comparison_rows()] == [("A/RES/72/1", "A/RES/76/7")]
    assert {d.label for d in panel.document_rows()} == {"A/RES/72/1", "A/RES/76/7"}
    assert panel.tabs.tabText(0) == "Comparisons (1)" and panel.tabs.tabText(1) == "Documents (2)"
    model = panel.comparisons_model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown[0] == "A/RES/72/1 → A/RES/76/7" and shown[3] == "1.0"
    assert shown[1] == "▲1  ▼1  ↕1  +1  −1"
    assert model.index(0, 1).data(Qt.ToolTipRole) == "1 strengthened, 1 weakened, 1 moved, 1 added, 1 removed"
    assert model.headerData(0, Qt.Horizontal) == "Comparison"
    # in the first column, the one a narrow dock always shows: the date saved and the language
    first = model.index(0, 0).data(HtmlRole)
    saved = panel.comparison_rows()[0].created[:10]
    assert saved in first and "· fr" in first
    document = panel.documents_model.index(0, 0).data(HtmlRole)
    assert "fr" in document and "¶" in document

    with qtbot.waitSignal(panel.comparisonRequested) as signal:
        panel.comparisons_view.activated.emit(model.index(0, 0))
    assert signal.args == [cid]


def test_typing_searches_accent_insensitively_with_highlighted_snippets(panel, library, qtbot, monkeypatch):
    library.add_document(OLD)
    library.add_document(NEW)
    panel.refresh()
    qtbot.keyClicks(panel.search_box, "detresse")
    qtbot.waitUntil(lambda: panel.results_model.rowCount() == 2, timeout=2000)
    assert panel.tabs.currentWidget() is panel.results_view
    assert panel.tabs.tabText(2) == "Search results (2)"
    index = panel.results_model.index(0, 0)
    assert "détresse</b>" in index.data(HtmlRole)
    assert "détresse" in index.data(Qt.DisplayRole)
    painted = []
    delegate = panel.results_view.itemDelegateForColumn(0)
    original = type(delegate).paint
    monkeypatch.setattr(type(delegate), "paint", lambda self, *a: painted.append(a[2].row()) or original(self, *a))
    panel.resize(800, 400)
    panel.results_view.resizeRowsToContents()  # the snippet delegate measures …
    assert not panel.grab().isNull() and sorted(set(painted)) == [0, 1]  # … and paints

    result = index.data(ItemRole)
    with qtbot.waitSignal(panel.paragraphRequested) as signal:
        panel.results_view.activated.emit(index)
    assert signal.args == [result.document, "1"]

    panel.search_box.clear()
    panel.search()
    assert panel.results_model.rowCount() == 0


def test_a_library_given_by_path_is_opened_and_its_problems_shown(qtbot, tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.add_document(OLD)
    widget = LibraryPanel(path)
    qtbot.addWidget(widget)
    assert [d.label for d in widget.document_rows()] == ["A/RES/72/1"]
    widget.library.close()
    path.unlink()
    for extra in ("-wal", "-shm"):
        (tmp_path / f"library.sqlite{extra}").unlink(missing_ok=True)
    path.write_bytes(b"garbage, not SQLite" * 300)
    widget.refresh()
    assert not widget.message.isHidden()
    assert widget.message.text() == "library.sqlite: damaged, or not a library (not an SQLite database)"
    assert [d.label for d in widget.document_rows()] == ["A/RES/72/1"]  # what was shown stays


def test_a_snippet_starts_near_its_match_so_the_match_is_in_view():
    from desktop.library_panel import _result_html
    from nlp.library.search import SearchResult

    text = "Lorem ipsum " * 20 + "migrants en détresse" + " dolor sit amet" * 5
    start = text.index("migrants")
    result = SearchResult("sha", "A/RES/1", "12", "operative", text, ((start, start + 8),), 0.0)
    import re

    shown = re.sub("<[^>]+>", "", _result_html(result))
    assert shown.index("migrants") < len("A/RES/1 ¶ 12…") + 45  # some 40 characters before it, not 240
    assert "…" in shown and shown.startswith("A/RES/1 ¶ 12")
