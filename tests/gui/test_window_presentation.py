"""The window shows what every report shows: the same rows in the same order, the same mark for each
label, and notes in the window's language — and an export from the French window is French throughout."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from desktop.models import BADGE
from nlp.present import MARKS, MOVED_MARK
from tests.test_present_order import VIEWS, generated


@pytest.mark.parametrize("seed", range(3))
def test_the_window_s_rows_are_in_every_export_s_order(window, seed):
    c = generated(seed)
    window.show_comparison(c)
    shown = [(row.old, row.new) for row in window.model.rows()]
    assert len(shown) == window.model.rowCount() == len(c.links) + len(c.added) + len(c.removed)
    for name, view in VIEWS.items():
        assert view(c) == shown, name


def test_the_badge_column_uses_the_reports_marks(window, small_comparison):
    window.show_comparison(small_comparison)
    for i, row in enumerate(window.model.rows()):
        badge = window.model.data(window.model.index(i, BADGE))
        assert badge.startswith(f"{MARKS[row.change]} ")
        assert (f"\n{MOVED_MARK} " in badge) == row.moved


def test_an_export_from_the_french_window_is_french_throughout(window, qtbot, tmp_path, small_comparison):
    window.appearance.set_language("fr")
    window.show_comparison(small_comparison)
    tooltip = window.model.data(window.model.index(0, BADGE), role=3)  # Qt.ToolTipRole
    assert "un engagement plus fort" in tooltip
    out = tmp_path / "rapport.html"
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        window.exports.export_to("html", str(out))
    page = lxml_html.document_fromstring(out.read_text(encoding="utf-8"))
    text = page.text_content()
    assert page.get("lang") == "fr" and "Résumé" in text and "Paragraphe par paragraphe" in text
    notes = " ".join(li.text_content() for li in page.xpath("//ul[@class='signals']/li"))
    assert "verbe (renforce)" in notes and "un engagement plus fort" in notes and "stronger commitment" not in notes
    window.appearance.set_language("en")
    qtbot.waitUntil(lambda: "a stronger commitment" in window.model.data(window.model.index(0, BADGE), role=3), timeout=20000)


def test_signal_words_are_marked_where_the_signal_s_span_says():
    """« États » occurs twice in new ¶2; the signal's span names the second: that one is marked."""
    from desktop import richtext, theme
    from desktop.rows import build_rows
    from nlp.engine.worddiff import word_diff
    from nlp.model.comparison import Change, Comparison, Link, Signal, Span
    from nlp.model.document import Document, Paragraph

    old = Document("o.txt", "text", "fr", (Paragraph("1", "operative", "Nous agissons."), Paragraph("2", "operative", "Les États invitent les États.")))
    new = Document("n.txt", "text", "fr", (Paragraph("1", "operative", "Nous agissons."), Paragraph("2", "operative", "Les États invitent tous les États.")))
    first, second = (i for i, _ in enumerate(new.paragraphs[1].text) if new.paragraphs[1].text.startswith("États", i))
    signal = Signal("scope", "stronger", None, "États", "scope_wider", (), new_span=Span("2", second, second + len("États")))
    link = Link(("1", "2"), ("1", "2"), 0.9, Change.STRENGTHENED, False,
                word_diff("Nous agissons. Les États invitent les États.", "Nous agissons. Les États invitent tous les États."), (signal,))
    row = build_rows(Comparison(old, new, (link,)))[0]
    html = richtext.side_html(row, "new", theme.LIGHT)
    marked = html.split('href="sig:0"', 1)[1]
    assert "États" in marked.split("</a>", 1)[0]
    assert html.count("sig:0") == 1 and html.index("sig:0") > html.index("tous")
    assert first < second
