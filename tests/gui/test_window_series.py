"""The window on a series (the 2017, 2021 and 2025 declarations) and on agreed language."""

from __future__ import annotations

import shutil

import pytest

from desktop.main_window import MainWindow
from nlp.library.store import Library

pytestmark = pytest.mark.slow

FILES = ("A_RES_80_9.fr.akn.xml", "A_RES_72_1.fr.md", "A_RES_76_7.fr.akn.xml")  # not in order: the series orders them


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, settings, library):
    w = MainWindow(settings, load_model=False, library=library)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _select_new(window, pid: str) -> None:
    row = window.model.find_row(new=(pid,))
    assert row >= 0, pid
    window.go_to_row(row)


def test_a_series_opens_on_its_last_step_and_the_strip_picks_any_two(qtbot, window, samples, fr_nlp, monkeypatch):
    with qtbot.waitSignal(window.comparisonShown, timeout=300000):
        window.series.open_series([str(samples / f) for f in FILES])

    def refused(*args, **kwargs):
        raise AssertionError("rows built on the GUI thread")

    monkeypatch.setattr("desktop.models.build_rows", refused)  # every step and pair comes prepared by the worker
    strip = window.series.strip
    assert strip.isVisible() and [b.text() for b in strip.buttons] == ["A/RES/72/1 · 2017", "A/RES/76/7 · 2021", "A/RES/80/9 · 2025"]
    assert strip.pair() == (1, 2)
    assert (window.session.current.old.symbol, window.session.current.new.symbol) == ("A/RES/76/7", "A/RES/80/9")

    # the history of 2025 §11: 2017 §19 → 2021 §10 → 2025 §11 (read by hand, tests/data/series_declarations.json)
    _select_new(window, "11")
    history = window.series.history.toPlainText()
    assert "A/RES/72/1 · 2017" in history and "¶19" in history and "¶10" in history and "¶11" in history
    assert window.series.history_dock.isVisible() or not window.series.history_dock.isHidden()

    # pressing 2017 releases 2021 (pressed longest ago): 2017 and 2025 compared directly
    with qtbot.waitSignal(window.comparisonShown, timeout=300000):
        strip.buttons[0].click()
    assert strip.pair() == (0, 2)
    assert (window.session.current.old.symbol, window.session.current.new.symbol) == ("A/RES/72/1", "A/RES/80/9")

    # the whole series' changes, filtered: every listed history was weakened at some step
    changes = window.series.changes
    changes.filter.setCurrentIndex(changes.filter.findData("weakened"))
    listed = changes.shown_lineages()
    series = window.series.series
    assert listed and all("weakened" in series.lineages[i].changes for i in listed)
    chosen = series.lineages[listed[0]]
    k = changes.step_of(chosen)
    changes.lineageChosen.emit(listed[0])  # a neighbour step: shown at once
    assert window.series.strip.pair() == (k, k + 1)
    row = window.model.row(window.view.current_row())
    assert set(row.new) & set(chosen.ids[k + 1]) or set(row.old) & set(chosen.ids[k])


def test_agreed_language_badges_after_a_folder_import(qtbot, window, samples, tmp_path, fr_nlp):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("A_RES_72_1.fr.md", "A_RES_76_7.fr.akn.xml", "CTOC_COP_11_5.fr.md"):
        shutil.copy(samples / name, folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    with qtbot.waitSignal(window.provenance.imported, timeout=60000):
        window.provenance.import_folder(str(folder))
    assert len(window.library.documents()) == 3
    assert "could not be read" in window.banner_text() and "broken.pdf" in window.banner_text()

    with qtbot.waitSignal(window.comparisonShown, timeout=300000):
        window.open_pair(str(samples / "A_RES_76_7.fr.akn.xml"), str(samples / "A_RES_80_9.fr.akn.xml"))
    with qtbot.waitSignal(window.provenance.traced, timeout=300000):
        window.provenance.trace_current()
    badges = window.provenance.panel.badges()
    assert badges["6"] == "agreed language: A/RES/76/7 ¶7"
    assert badges["3"] == "new"
    assert badges["11"] == "edited from A/RES/76/7 ¶10"

    # each paragraph row of the new version carries its badge, as the panel lists it
    from desktop.models import NEW_TEXT, HtmlRole

    model = window.model
    for pid in ("6", "3", "11"):
        assert badges[pid] in model.data(model.index(model.find_row(new=(pid,)), NEW_TEXT), HtmlRole), pid
    assert "agreed language" not in model.data(model.index(model.find_row(new=("6",)), 1), HtmlRole)  # not the old side

    _select_new(window, "6")  # the view's row selects the paragraph's sources
    assert window.provenance.panel.list.currentItem().data(0x0100) == "6"
    assert "A/RES/76/7 ¶7" in window.provenance.panel.sources.toPlainText()
