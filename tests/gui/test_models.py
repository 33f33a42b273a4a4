"""The thin models over a comparison: sound for Qt's model tester, and showing every paragraph once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop import richtext, theme
from desktop.models import (
    BADGE,
    NEW_TEXT,
    OLD_TEXT,
    AlignedModel,
    HtmlRole,
    NavigatorModel,
)
from desktop.rows import Filters, build_rows, counts, moved_from
from nlp.model.comparison import accounted_once


def _tested(model):
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_models_pass_the_model_tester(qapp, small_comparison):
    aligned = AlignedModel()
    _tested(aligned)
    navigator = NavigatorModel(aligned)
    _tested(navigator)
    aligned.set_comparison(small_comparison)
    navigator.set_filters(Filters(frozenset({"strengthened"})))
    navigator.set_filters(Filters(hide_unchanged=False))
    aligned.restyle()
    aligned.set_comparison(None)
    assert aligned.rowCount() == navigator.rowCount() == 0


def test_rows_follow_the_new_text_and_removed_paragraphs_stay_where_they_were(small_comparison):
    rows = build_rows(small_comparison)
    assert [(r.old, r.new) for r in rows] == [
        (("1",), ("1",)),
        (("3",), ("2",)),
        (("2",), ("3",)),
        (("4",), ("4",)),
        (("5",), ()),  # removed: after the row of old 4, the paragraph that preceded it
        ((), ("5",)),
    ]
    assert [r.kind for r in rows][-2:] == ["removed", "added"]
    assert moved_from(small_comparison, rows[1]) == ("2", "3")  # old 3 followed old 2, now new 3
    assert moved_from(small_comparison, rows[0]) is None


def test_sample_rows_equal_links_added_and_removed(qapp, sample_comparison):
    assert accounted_once(sample_comparison) == []
    model = AlignedModel()
    _tested(model)
    model.set_comparison(sample_comparison)
    c = sample_comparison
    assert model.rowCount() == len(c.links) + len(c.added) + len(c.removed)
    shown_old = sorted(p for r in model.rows() for p in r.old)
    shown_new = sorted(p for r in model.rows() for p in r.new)
    assert shown_old == sorted(p.id for p in c.old)
    assert shown_new == sorted(p.id for p in c.new)
    navigator = NavigatorModel(model)
    _tested(navigator)
    for i in range(model.rowCount()):
        for col in (OLD_TEXT, NEW_TEXT):
            model.data(model.index(i, col), HtmlRole)


def test_filters_change_the_navigator_counts(qapp, small_comparison):
    aligned = AlignedModel()
    aligned.set_comparison(small_comparison)
    navigator = NavigatorModel(aligned)
    everything = navigator.rowCount()
    assert everything == 5  # all but the unchanged link
    navigator.set_filters(Filters(frozenset({"strengthened"})))
    assert navigator.rowCount() == 1
    navigator.set_filters(Filters(frozenset({"moved", "added"})))
    assert navigator.rowCount() == 2
    navigator.set_filters(Filters(commitments_only=True))
    assert navigator.rowCount() == 2  # the strengthened link and the added commitment
    navigator.set_filters(Filters(hide_unchanged=False))
    assert navigator.rowCount() == 6
    assert counts(aligned.rows())["modified"] == 2


def test_badge_says_it_in_words_and_tooltips_carry_the_notes(qapp, small_comparison):
    model = AlignedModel()
    model.set_comparison(small_comparison)
    assert "▲" in model.data(model.index(0, BADGE)) and "strengthened" in model.data(model.index(0, BADGE))
    assert "a commitment of one's own" in model.data(model.index(0, BADGE), Qt.ToolTipRole)
    assert "moved" in model.data(model.index(1, BADGE))
    assert model.data(model.index(4, NEW_TEXT), Qt.AccessibleTextRole)


def test_highlights_never_rely_on_colour_alone(small_comparison):
    row = build_rows(small_comparison)[0]
    old = richtext.side_html(row, "old", theme.LIGHT)
    new = richtext.side_html(row, "new", theme.LIGHT)
    assert "line-through" in old and "encourageons" in old and "engageons" not in old
    assert "underline" in new and "engageons" in new and "encourageons" not in new
    assert 'href="sig:0"' in old and 'href="sig:0"' in new  # the signal's words, with its note on hover
    assert richtext.side_html(build_rows(small_comparison)[-1], "old", theme.LIGHT) == ""


def test_split_shows_where_the_second_paragraph_starts(small_comparison):
    from nlp.engine.corrections import Correction, apply

    merged = apply(small_comparison, [Correction("unlink", ("4",), ("4",)), Correction("link", ("4",), ("4", "5"))])
    row = next(r for r in build_rows(merged) if r.new == ("4", "5"))
    html = richtext.side_html(row, "new", theme.LIGHT)
    assert "¶ 5" in html
