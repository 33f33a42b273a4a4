"""A long comparison in the window: rows kept light (no redline runs held for thousands of rows), the
first screens' rich text with the rows, the rest made on the worker while the first rows are read."""

from __future__ import annotations

import pytest

from desktop import collector, presentation
from desktop.comparing import FIRST_ROWS, presenter
from desktop.models import NEW_TEXT, OLD_TEXT, HtmlRole
from nlp import present
from tests.gui.test_window_responsive import long_comparison
from tests.test_present_order import generated


@pytest.mark.parametrize("seed", range(6))
def test_light_entries_make_exactly_the_redline_of_full_ones(seed):
    c = generated(seed) if seed else long_comparison(40)
    full = present.entries(c, "en")
    light = present.entries(c, "en", runs=False)
    assert all(not e.token_runs for e in light)
    assert [present.with_runs(c, e) for e in light] == list(full)


def test_the_first_rows_come_with_their_rich_text_and_the_rest_follows_from_the_worker(window, qtbot, monkeypatch):
    qtbot.wait(20)  # a language installed before the window was made restyles it: not in the middle of this
    c = long_comparison(300)
    prepared = presenter(window, FIRST_ROWS)(c)
    assert set(prepared[0].html) == {(i, col) for i in range(FIRST_ROWS) for col in (OLD_TEXT, NEW_TEXT)}
    window.model.offer(*prepared)

    def refused(*args, **kwargs):
        raise AssertionError("rich text built on the GUI thread")

    monkeypatch.setattr("desktop.models.row_html", refused)  # the first rows drawn from what came, the rest waits
    window.show_comparison(c)
    window.comparer._present_rest(prepared)
    window.view.viewport().repaint()
    assert not window.model.rich_ready(FIRST_ROWS)
    qtbot.waitUntil(lambda: window.model.rich_ready(FIRST_ROWS), timeout=60000)  # the rest came from the worker
    row = window.model.find_row(new=("299",))
    assert "durable 299" in window.model.data(window.model.index(row, NEW_TEXT), HtmlRole)  # made on the worker
    monkeypatch.undo()
    qtbot.waitUntil(lambda: not (window.view._relayout.isActive() or window.view.heights.pending()), timeout=60000)
    whole = presentation.prepare(c, "en", window.model.style())
    for i in range(0, window.model.rowCount(), 7):
        for col in (OLD_TEXT, NEW_TEXT):
            assert window.model.data(window.model.index(i, col), HtmlRole) == whole.html[(i, col)], (i, col)
        if not window.view.isRowHidden(i):
            assert window.view.rowHeight(i) == window.view.sizeHintForRow(i), i


def test_another_comparison_stops_the_rest_and_what_is_missing_is_made_when_asked(window, qtbot, small_comparison):
    c = long_comparison(300)
    prepared = presenter(window, FIRST_ROWS)(c)
    window.model.offer(*prepared)
    window.show_comparison(c)
    window.model.expect_rest()
    assert not window.model.rich_ready(FIRST_ROWS + 5)
    window.show_comparison(small_comparison)  # another comparison: nothing more is expected
    assert window.model.rich_ready(3)
    window.show_comparison(c)
    window.model.expect_rest()
    window.model.give_up_rest(c)  # the worker's part cancelled: the view makes the rest as it measures
    qtbot.waitUntil(lambda: not (window.view._relayout.isActive() or window.view.heights.pending()), timeout=60000)
    assert "durable 299" in window.model.data(window.model.index(window.model.find_row(new=("299",)), NEW_TEXT), HtmlRole)


def test_nothing_is_collected_while_a_comparison_is_built_and_it_is_kept_out_of_later_collections():
    import gc

    with collector.bulk():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
        with collector.bulk():  # nested: still off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)


def test_a_repeated_palette_or_language_event_keeps_the_rich_text(window, qtbot):
    """Qt repeats palette and language events (a language installed before the window was made, a theme
    applied twice): the rows' rich text, minutes of work on a long comparison, is kept when nothing it
    depends on changed, and made again when the style did."""
    from PySide6.QtCore import QCoreApplication, QEvent

    c = long_comparison(80)
    window.show_comparison(c)
    window.model.data(window.model.index(3, NEW_TEXT), HtmlRole)
    made = dict(window.model._html)
    assert made
    QCoreApplication.sendEvent(window, QEvent(QEvent.LanguageChange))
    window.repaint_views()
    assert window.model._html == made
    window.model.set_find("durable")  # the style changed: the outline must be drawn
    assert (3, NEW_TEXT) not in window.model._html
    assert "durable" in window.model.data(window.model.index(3, NEW_TEXT), HtmlRole)
