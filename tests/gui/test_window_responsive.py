"""The window never lays out a long comparison all at once: rows and rich text come prepared from the
worker, the rows on screen are measured first, every other row a slice at a time — and what the person
sees is exactly what a full layout gives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import presentation, theme
from desktop.comparing import presenter
from desktop.models import NEW_TEXT, OLD_TEXT, AlignedModel, HtmlRole
from nlp.model.comparison import Added, Change, Comparison, DiffOp, Link, Op
from nlp.model.document import Document, Paragraph
from tests.test_present_order import generated

SENTENCE = "Nous demandons aux États de renforcer la coopération internationale en matière de prévention. "


def long_comparison(n: int) -> Comparison:
    """n linked paragraphs of 1 to 9 sentences (rows of very different heights), each new one with a
    few words inserted, and an added paragraph every tenth row."""
    old, new, links, added = [], [], [], []
    for i in range(n):
        text = SENTENCE * (1 + i * 7 % 9)
        extra = f"et durable {i} "
        old.append(Paragraph(str(i), "operative", text.strip()))
        new.append(Paragraph(str(i), "operative", (extra + text).strip()))
        links.append(Link((str(i),), (str(i),), 0.9, Change.MODIFIED, False, (DiffOp(Op.INSERT, extra), DiffOp(Op.EQUAL, text.strip()))))
        if i % 10 == 9:
            new.append(Paragraph(f"{i}a", "operative", f"Nous décidons de nous réunir en {i}."))
            added.append(Added(f"{i}a", True))
    return Comparison(Document("old.txt", "text", "fr", tuple(old)), Document("new.txt", "text", "fr", tuple(new)), tuple(links), tuple(added))


@pytest.mark.parametrize("seed", range(4))
def test_prepared_rows_and_rich_text_are_what_the_model_builds_itself(qapp, seed, small_comparison):
    c = small_comparison if seed == 0 else generated(seed)
    built = AlignedModel()
    built.set_comparison(c, "en")
    prepared = presentation.prepare(c, "en", built.style())
    assert [r.entry for r in prepared.rows] == [r.entry for r in built.rows()]
    for i in range(built.rowCount()):
        for col in (OLD_TEXT, NEW_TEXT):
            assert prepared.html[(i, col)] == built.data(built.index(i, col), HtmlRole)


def test_a_prepared_comparison_is_shown_without_building_anything_on_the_gui_thread(window, qtbot, monkeypatch):
    c = long_comparison(300)
    window.model.offer(*presenter(window)(c))  # as the worker hands it over

    def refused(*args, **kwargs):
        raise AssertionError("rows or rich text built on the GUI thread")

    monkeypatch.setattr("desktop.models.build_rows", refused)
    monkeypatch.setattr("desktop.models.row_html", refused)
    window.show_comparison(c)
    assert window.model.rowCount() == 330
    window.view.viewport().repaint()  # the rows on screen drawn from the prepared text
    qtbot.waitUntil(lambda: not window.view.heights.pending(), timeout=60000)  # and every row measured from it
    monkeypatch.undo()  # before the fixtures' teardown restyles the window (another language installed)


def test_a_prepared_comparison_in_another_theme_or_language_is_built_again(window, small_comparison):
    window.model.offer(*presenter(window)(small_comparison))  # light, English
    with theme.using(theme.DARK):
        window.show_comparison(small_comparison)
        html = window.model.data(window.model.index(0, OLD_TEXT), HtmlRole)
    assert theme.DARK.delete_fg in html and theme.LIGHT.delete_fg not in html
    english = window.model.row(0).notes
    window.model.set_comparison(small_comparison, "fr")
    assert window.model.row(0).notes != english and "un engagement plus fort" in window.model.row(0).notes[0]


def test_long_comparison_rows_on_screen_are_exact_at_once_and_the_rest_follow(window, qtbot):
    c = long_comparison(600)
    window.model.offer(*presenter(window)(c))
    window.show_comparison(c)
    view = window.view
    qtbot.waitUntil(lambda: not view._relayout.isActive(), timeout=5000)
    assert view.heights.pending()  # hundreds of rows: not all measured in one turn of the event loop
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    bottom = bottom if bottom >= 0 else window.model.rowCount() - 1
    for i in range(top, bottom + 1):
        if not view.isRowHidden(i):
            assert view.rowHeight(i) == view.sizeHintForRow(i), i
    qtbot.waitUntil(lambda: not view.heights.pending(), timeout=60000)
    for i in range(0, window.model.rowCount(), 37):
        if not view.isRowHidden(i):
            assert view.rowHeight(i) == view.sizeHintForRow(i), i


def test_the_row_gone_to_stays_at_the_top_while_the_rows_above_are_measured(window, qtbot):
    c = long_comparison(600)
    window.model.offer(*presenter(window)(c))
    window.show_comparison(c)
    target = window.model.find_row(new=("450",))
    window.go_to_row(target)
    qtbot.waitUntil(lambda: not window.view.heights.pending(), timeout=60000)
    assert window.view.rowAt(0) == target
    assert window.view.rowViewportPosition(target) == 0


def test_scrolling_to_rows_not_yet_measured_measures_them_before_they_are_drawn(window, qtbot):
    c = long_comparison(600)
    window.model.offer(*presenter(window)(c))
    window.show_comparison(c)
    view = window.view
    qtbot.waitUntil(lambda: not view._relayout.isActive(), timeout=5000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = view.rowAt(0)
    assert view.rowHeight(top) == view.sizeHintForRow(top)


def test_provenance_badges_sit_on_the_new_rows_and_leave_with_their_text(window, small_comparison):
    window.show_comparison(small_comparison)
    model = window.model
    model.set_provenance({"1": ("verbatim", "agreed language: A/RES/76/7 ¶12"), "5": ("new", "new")})
    first = model.data(model.index(0, NEW_TEXT), HtmlRole)
    assert "agreed language: A/RES/76/7 ¶12" in first
    assert "agreed language" not in model.data(model.index(0, OLD_TEXT), HtmlRole)  # the new version's rows only
    added = model.find_row(new=("5",))
    assert ">&nbsp;new&nbsp;<" in model.data(model.index(added, NEW_TEXT), HtmlRole)
    assert model.data(model.index(0, NEW_TEXT), Qt.AccessibleTextRole).startswith("agreed language: A/RES/76/7 ¶12 · ")  # read out first
    # a prepared comparison of the same new version keeps them; another text drops them
    window.model.offer(*presenter(window)(small_comparison))
    window.show_comparison(small_comparison)
    assert "agreed language" in model.data(model.index(0, NEW_TEXT), HtmlRole)
    window.show_comparison(generated(2))
    assert not model.provenance()
    assert all("agreed language" not in (model.data(model.index(i, NEW_TEXT), HtmlRole) or "") for i in range(model.rowCount()))


def test_another_interface_language_makes_the_rows_again_on_the_worker(window, qtbot, small_comparison, monkeypatch):
    window.show_comparison(small_comparison)
    english = window.model.row(0).notes

    def refused(*args, **kwargs):
        raise AssertionError("rows built on the GUI thread")

    monkeypatch.setattr("desktop.models.build_rows", refused)
    window.appearance.set_language("fr")
    assert window.actions.menu("file").title() == "&Fichier"  # the menus at once
    qtbot.waitUntil(lambda: window.model.row(0).notes != english, timeout=20000)
    assert "un engagement plus fort" in window.model.row(0).notes[0]
    assert window.session.current is small_comparison  # nothing recomputed


def test_badges_and_the_agreed_language_list_follow_the_theme(window, small_comparison):
    from nlp.provenance import Provenance, TracedParagraph

    window.show_comparison(small_comparison)
    traced = Provenance(small_comparison.new, tuple(TracedParagraph(p.id, "new", ()) for p in small_comparison.new))
    window.provenance.panel.show_provenance(traced)
    window.provenance._badge_rows()
    light = theme.LIGHT.provenance["new"][0]
    assert light in window.model.data(window.model.index(0, NEW_TEXT), HtmlRole)
    window.appearance.set_theme("dark")
    try:
        dark = theme.DARK.provenance["new"][0]
        assert dark in window.model.data(window.model.index(0, NEW_TEXT), HtmlRole)
        assert window.provenance.panel.list.item(0).background().color().name() == dark
    finally:
        window.appearance.set_theme("light")


def test_going_to_a_row_in_the_one_column_redline_scrolls_to_it(window, qtbot):
    c = long_comparison(120)
    window.show_comparison(c)
    window.actions["inline"].setChecked(True)
    window.apply_view_options()  # the old side's columns hidden
    for target in (90, 3):
        window.go_to_row(target)
        qtbot.waitUntil(lambda: not window.view.heights.pending(), timeout=30000)
        assert window.view.rowAt(0) == target and window.view.row_visible(target)
    window.actions["inline"].setChecked(False)
    window.apply_view_options()
