"""The window with a library: comparisons stored after computing, reopened with their corrections."""

from __future__ import annotations

import pytest

from desktop.main_window import MainWindow
from nlp.library.store import Library
from tests.gui.conftest import settle


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


def _window(qtbot, settings, library):
    window = MainWindow(settings, load_model=False, library=library)
    qtbot.addWidget(window)
    window.show()
    return window


def test_stored_after_computing_and_reopened_with_corrections(qtbot, settings, library, sample_pair, fr_nlp):
    window = _window(qtbot, settings, library)
    assert window.library_dock is not None
    with qtbot.waitSignal(window.comparisonShown, timeout=120000):
        window.open_pair(*sample_pair)
    cid = window.session.library_id
    assert cid is not None
    assert [c.id for c in library.comparisons()] == [cid]
    assert window.library_panel.comparison_rows()  # the panel was refreshed

    row = next(i for i, r in enumerate(window.model.rows()) if r.kind == "link" and r.change != "weakened")
    pair = (window.model.row(row).old, window.model.row(row).new)
    window.view.go_to_row(row)
    window.view.selectRow(row)
    window.actions["label_weakened"].trigger()
    settle(qtbot, window)
    stored = library.load_comparison(cid)[1]
    assert [(c.action, c.old, c.new, c.change) for c in stored] == [("relabel", *pair, "weakened")]

    # undo is saved too
    with qtbot.waitSignal(window.runner.finished, timeout=10000):
        window.actions["undo"].trigger()
    assert library.load_comparison(cid)[1] == ()
    with qtbot.waitSignal(window.runner.finished, timeout=10000):
        window.actions["redo"].trigger()
    window.close()

    # reopened from the library panel's signal: instant, corrections replayed
    again = _window(qtbot, settings, library)
    with qtbot.waitSignal(again.comparisonShown, timeout=10000):
        again.library_panel.comparisonRequested.emit(cid)
    fixed = again.model.row(again.model.find_row(*pair))
    assert fixed.change == "weakened" and fixed.manual
    assert again.session.undo_stack.count() == 0 and len(again.session.corrections) == 1

    # opening the same files again finds the stored result instead of recomputing
    with qtbot.waitSignal(again.comparisonShown, timeout=10000):
        again.open_pair(*sample_pair)
    assert again.session.library_id == cid
    assert again.model.row(again.model.find_row(*pair)).change == "weakened"

    # a search result in the library panel goes to its paragraph
    new_doc = again.session.current.new
    pid = new_doc.paragraphs[-1].id
    again.library_panel.paragraphRequested.emit(new_doc.sha256, pid)
    assert pid in again.model.row(again.view.current_row()).new
    again.close()

    # from an empty window, it reopens the comparison that holds the document first
    third = _window(qtbot, settings, library)
    with qtbot.waitSignal(third.comparisonShown, timeout=10000):
        third.library_panel.paragraphRequested.emit(new_doc.sha256, pid)
    assert pid in third.model.row(third.view.current_row()).new
    third.close()
