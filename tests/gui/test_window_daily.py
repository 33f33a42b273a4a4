"""The window as a legal officer uses it all day (issue 14): find, screens, themes, files, focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.models import NEW_TEXT, OLD_TEXT


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_find_keeps_the_focus_and_every_letter(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    window.actions["find"].trigger()
    edit = window.find_bar.edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClicks(edit, "nous")  # in every row: a pause in typing searches and shows a row
    qtbot.waitUntil(lambda: window.find_bar.matches() != [])
    assert edit.text() == "nous"
    assert QApplication.focusWidget() is edit
    hits = window.find_bar.matches()
    assert len(hits) == window.model.rowCount()
    assert window.view.current_row() == hits[0]
    qtbot.keyClick(edit, Qt.Key_Return)
    assert window.view.current_row() == hits[1] and QApplication.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.keyClick(edit, Qt.Key_Return, Qt.ShiftModifier)
    assert window.view.current_row() == hits[1]
    qtbot.keyClick(edit, Qt.Key_Escape)
    assert window.find_bar.isHidden()
    assert QApplication.focusWidget() is window.view
    from desktop import theme
    from desktop.models import HtmlRole

    assert theme.colors().find_bg not in window.model.data(window.model.index(0, NEW_TEXT), HtmlRole)


LONG_OLD = "/a/very/long/folder/Projet de résolution révisé de la Troisième Commission, version finale après consultations officieuses (2017) A_RES_72_1.fr.md"
LONG_NEW = "/another/long/folder/Déclaration politique de la réunion de haut niveau, texte définitif tel qu'adopté par l'Assemblée générale A_RES_76_7.fr.txt"


def test_the_window_fits_1280_by_720_whatever_the_file_names(qtbot, settings, small_comparison, tmp_path):
    from desktop import i18n
    from nlp.library.store import Library

    i18n.install("fr")  # the longer labels
    library = Library(tmp_path / "library.db")
    w = MainWindow(settings, load_model=False, library=library)
    qtbot.addWidget(w)
    w.show()
    w.show_comparison(small_comparison)
    w.files.set_paths(LONG_OLD, LONG_NEW)
    w.find_bar.show()
    hint = w.minimumSizeHint()
    # 1280 × 720 at 100 %, and 1920 × 1080 at 150 % (the same 1280 × 720 logical pixels), less a title bar
    assert hint.width() <= 1280 and hint.height() <= 680, hint
    w.resize(1280, 680)
    qtbot.wait(50)
    assert w.width() <= 1280
    right = w.view.columnViewportPosition(NEW_TEXT) + w.view.columnWidth(NEW_TEXT)
    assert right <= w.view.viewport().width()  # the new column is on screen, whole
    assert w.view.columnWidth(NEW_TEXT) >= 250  # and wide enough to read
    assert w.document_bar.labels["old"].width() < w.document_bar.labels["old"].sizeHint().width()  # elided
    w.close()
    library.close()


def _pixel(widget, point) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def test_a_theme_switch_repaints_the_table(window, qtbot, small_comparison):
    from desktop import theme

    window.show_comparison(small_comparison)
    added = next(i for i, r in enumerate(window.model.rows()) if r.kind == "added")
    window.view.go_to_row(0)
    window.view.clearSelection()
    qtbot.wait(20)

    def added_side_color():
        rect = window.view.visualRect(window.model.index(added, NEW_TEXT))
        return _pixel(window.view.viewport(), rect.topRight() + QPoint(-3, 3)).name()

    window.appearance.set_theme("dark")
    qtbot.wait(20)
    assert added_side_color() == theme.DARK.added_tint
    window.appearance.set_theme("light")
    qtbot.wait(20)
    assert added_side_color() == theme.LIGHT.added_tint
    assert window.view.palette().color(window.view.palette().ColorRole.Base) == QColor("#ffffff")
    assert theme.LIGHT.delete_fg in window.model.data(window.model.index(0, OLD_TEXT), 258)


def test_focus_is_drawn_in_the_table_and_the_panels(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    window.view.go_to_row(1)
    for widget in (window.view, window.navigator.list, window.details):
        window.document_bar.buttons["old"].setFocus()
        qtbot.wait(10)
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.wait(10)
        assert widget.grab().toImage() != before, f"{widget.objectName()}: focus changes no pixel"


def test_tab_goes_from_the_files_to_the_comparison_before_the_filters(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    window.document_bar.buttons["old"].setFocus()
    qtbot.waitUntil(window.document_bar.buttons["old"].hasFocus)
    order = [QApplication.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        order.append(QApplication.focusWidget())
    bar = window.document_bar
    assert order[:5] == [bar.buttons["old"], bar.swap_button, bar.buttons["new"], window.view, window.navigator.list]
    for widget in order:
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget.objectName()


def test_only_the_differences_folds_unchanged_rows_in_the_main_view(window, small_comparison):
    window.show_comparison(small_comparison)
    rows = window.model.rows()
    assert window.view.shown_rows() == len(rows)
    window.actions["only_changes"].trigger()
    assert window.view.shown_rows() == sum(r.is_change for r in rows) < len(rows)
    assert window.settings.only_changes
    unchanged = next(i for i, r in enumerate(rows) if not r.is_change)
    assert window.view.isRowHidden(unchanged) and window.view.gap_above(unchanged + 1) == 1
    window.actions["only_changes"].trigger()
    assert window.view.shown_rows() == len(rows)
    # the change filters, when asked to, act on the main view too
    window.navigator.apply_to_view.setChecked(True)
    window.navigator.boxes["modified"].setChecked(False)
    assert window.view.shown_rows() == window.navigator_model.rowCount()


def test_a_redline_in_one_column(window, small_comparison):
    from desktop import theme
    from desktop.models import HtmlRole

    window.show_comparison(small_comparison)
    window.actions["inline"].trigger()
    assert window.view.isColumnHidden(OLD_TEXT) and not window.view.isColumnHidden(NEW_TEXT)
    both = window.model.data(window.model.index(0, NEW_TEXT), HtmlRole)
    assert "encourageons" in both and "engageons" in both  # the deleted and the inserted words, in place
    assert theme.colors().delete_fg in both and theme.colors().insert_fg in both
    assert window.settings.inline
    window.actions["inline"].trigger()
    assert not window.view.isColumnHidden(OLD_TEXT)


def test_print_preview_renders_the_rows_shown(window, qtbot, small_comparison, tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    window.show_comparison(small_comparison)
    dialog = window.printing.preview()
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() >= 1
    dialog.close()
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    window.printing.render(printer)
    assert out.read_bytes().startswith(b"%PDF")
    document = window.printing.document().toPlainText()
    assert "encourageons" in document and "2016" in document


def test_zoom_steps_and_is_kept(window, qtbot, settings):
    size = window.view.font().pointSizeF()
    window.actions["zoom_in"].trigger()
    assert window.view.font().pointSizeF() > size and settings.zoom == 110
    window.actions["zoom_out"].trigger()
    window.actions["zoom_out"].trigger()
    assert window.view.font().pointSizeF() < size and settings.zoom == 90
    again = MainWindow(settings, load_model=False)
    qtbot.addWidget(again)
    assert again.view.font().pointSizeF() == window.view.font().pointSizeF()
    again.actions["zoom_reset"].trigger()
    assert settings.zoom == 100
    again.close()


def test_the_export_menu_names_formats_in_words_most_used_first(window, small_comparison):
    window.show_comparison(small_comparison)
    menu = window.actions.menu("export")
    window.exports.fill_menu(menu)
    names = [a.text() for a in menu.actions()]
    assert names[:2] == ["Word document with tracked changes…", "PDF report…"]
    assert not any(n.isupper() for n in names)


def test_qt_own_dialogs_speak_the_interface_language(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop import i18n

    i18n.install("fr")
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    assert "Annuler" in [b.text() for b in box.buttons()]
    i18n.install("en")
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    assert box.buttons()[0].text() == "Cancel"


def test_details_have_one_mark_per_signal_and_grow_with_their_text(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    window.go_to_row(0)  # the strengthened row, with one signal
    html = window.details.toHtml()
    assert "<li" not in html and "<ul" not in html
    text = window.details.toPlainText()
    assert text.count("▲") == 2  # the title's badge and the signal's direction, no bullet besides
    wanted = min(window.details.content_height(), window.height() // 3) - 20
    qtbot.waitUntil(lambda: window.details_dock.height() >= wanted, timeout=2000)
