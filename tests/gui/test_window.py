"""The main window on a comparison: navigation, corrections with undo, find, language, messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.main_window import MainWindow
from desktop.models import OLD_TEXT
from tests.gui.conftest import settle


def _select(window, rows):
    window.view.clearSelection()
    model = window.view.selectionModel()
    for r in rows:
        model.select(window.model.index(r, OLD_TEXT), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    window.view.setCurrentIndex(window.model.index(rows[0], OLD_TEXT)) if rows else None
    model.select(window.model.index(rows[0], OLD_TEXT), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    for r in rows:
        model.select(window.model.index(r, OLD_TEXT), QItemSelectionModel.Select | QItemSelectionModel.Rows)


def test_starts_empty_and_usable(window):
    assert window.stack.currentWidget() is window.empty_page
    assert not window.actions["link"].isEnabled()
    assert window.windowTitle() == "Travaux"


def test_shows_every_row_and_the_summary(window, small_comparison):
    window.show_comparison(small_comparison)
    assert window.stack.currentWidget() is window.view
    assert window.model.rowCount() == 6
    assert "1 strengthened" in window.status.summary.text()
    assert window.navigator.boxes["strengthened"].text().endswith("(1)")


def test_next_change_scrolls_to_the_right_row(window, sample_comparison):
    window.show_comparison(sample_comparison)
    rows = window.navigator_model.source_rows()
    assert len(rows) > 3
    window.view.setCurrentIndex(window.model.index(0, OLD_TEXT))
    window.view.scrollToTop()
    window.actions["next_change"].trigger()
    first = rows[0] if rows[0] > 0 else rows[1]
    assert window.view.current_row() == first
    for _ in range(3):
        window.actions["next_change"].trigger()
    target = [r for r in rows if r > first][2]
    assert window.view.current_row() == target
    assert window.view.row_visible(target)
    window.actions["previous_change"].trigger()
    assert window.view.current_row() == [r for r in rows if r < target][-1]
    # the details pane follows the selection
    assert window.model.row(window.view.current_row()).label.split(" → ")[0].split("+")[0] in window.details.toPlainText()


def test_choosing_a_change_in_the_navigator_goes_to_its_row(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    window.navigator.boxes["modified"].setChecked(False)
    window.navigator.boxes["moved"].setChecked(False)
    window.navigator.boxes["added"].setChecked(False)
    window.navigator.boxes["removed"].setChecked(False)
    assert window.navigator_model.rowCount() == 1
    assert "(1)" in window.navigator.shown.text() or "1 shown" in window.navigator.shown.text()
    index = window.navigator_model.index(0)
    window.navigator.list.clicked.emit(index)
    assert window.view.current_row() == 0


def test_link_unlink_undo_redo(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    removed_row = next(i for i, r in enumerate(window.model.rows()) if r.kind == "removed")
    added_row = next(i for i, r in enumerate(window.model.rows()) if r.kind == "added")
    before = window.model.rowCount()
    _select(window, [removed_row, added_row])
    assert window.actions["link"].isEnabled()
    window.actions["link"].trigger()
    settle(qtbot, window)
    assert window.model.rowCount() == before - 1
    made = window.model.find_row(("5",), ("5",))
    assert window.model.row(made).manual and window.model.row(made).kind == "link"
    assert window.session.corrections[-1].action == "link"
    window.actions["undo"].trigger()
    assert window.model.rowCount() == before
    assert window.session.current == small_comparison
    window.actions["redo"].trigger()
    assert window.model.rowCount() == before - 1
    # unlink the first link: its paragraphs become removed and added
    _select(window, [0])
    window.actions["unlink"].trigger()
    settle(qtbot, window)
    kinds = [r.kind for r in window.model.rows()]
    assert kinds.count("removed") == 1 and kinds.count("added") == 1
    assert window.model.rowCount() == before
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert window.session.current == small_comparison


def test_relabel_overrides_and_undoes(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    _select(window, [2])
    window.actions["label_weakened"].trigger()
    settle(qtbot, window)
    assert window.model.row(window.model.find_row(("2",), ("3",))).change == "weakened"
    assert "1 weakened" in window.status.summary.text()
    assert window.session.undo_stack.undoText()
    window.session.undo_stack.undo()
    assert window.model.row(window.model.find_row(("2",), ("3",))).change == "unchanged"


def test_find_across_both_sides(window, qtbot, small_comparison):
    window.show_comparison(small_comparison)
    window.actions["find"].trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "encourageons")  # only in the old text
    qtbot.waitUntil(lambda: window.find_bar.matches() == [0])
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "2016")  # only in the new text
    qtbot.waitUntil(lambda: window.find_bar.matches() == [3])
    assert window.view.current_row() == 3
    from desktop import theme
    from desktop.models import NEW_TEXT, HtmlRole

    def new_side(row):
        return window.model.data(window.model.index(row, NEW_TEXT), HtmlRole)

    assert theme.colors().find_bg in new_side(3) and theme.colors().find_bg not in new_side(0)
    qtbot.keyClick(window.find_bar.edit, Qt.Key_Escape)
    assert not window.find_bar.isVisible()
    assert theme.colors().find_bg not in new_side(3)


def test_language_switch_retranslates_the_menus(window):
    assert window.actions.menu("file").title() == "&File"
    window.appearance.set_language("fr")
    assert window.actions.menu("file").title() == "&Fichier"
    assert window.actions["next_change"].text() == "Changement &suivant"
    window.appearance.set_language("en")
    assert window.actions.menu("file").title() == "&File"
    assert window.settings.language == "en"


def test_unreadable_file_shows_a_message_and_the_window_stays_usable(window, qtbot, tmp_path, small_comparison):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    other = tmp_path / "other.txt"
    other.write_text("1. Nous décidons.\n", encoding="utf-8")
    with qtbot.waitSignal(window.workFailed, timeout=20000) as blocker:
        window.open_pair(str(bad), str(other))
    assert "empty.txt" in blocker.args[0]
    assert "empty.txt" in window.banner_text()
    window.banner.close_button.click()
    assert window.banner.isHidden()
    window.show_comparison(small_comparison)
    assert window.model.rowCount() == 6


def test_theme_switch_redraws_the_highlights(window, small_comparison):
    from desktop import theme

    window.show_comparison(small_comparison)
    window.appearance.set_theme("dark")
    assert theme.colors() is theme.DARK
    assert theme.DARK.delete_fg in window.model.data(window.model.index(0, OLD_TEXT), window.model.HtmlRole if hasattr(window.model, "HtmlRole") else 258)
    window.appearance.set_theme("light")
    assert theme.colors() is theme.LIGHT


def test_export_menu_lists_the_registered_formats(window, qtbot, tmp_path, small_comparison):
    from nlp import export

    window.show_comparison(small_comparison)
    window.exports.fill_menu(window.actions.menu("export"))
    names = {a.objectName() for a in window.actions.menu("export").actions()}
    assert {f"actExport_{fmt}" for fmt in export.available()} == names
    out = tmp_path / "out.json"
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        window.exports.export_to("json", str(out))
    assert out.exists() and '"links"' in out.read_text(encoding="utf-8")
    assert "out.json" in window.banner_text()


def test_recent_comparisons_are_kept(settings):
    settings.add_recent("/a/old.md", "/a/new.txt")
    settings.add_recent("/b/old.md", "/b/new.txt")
    settings.add_recent("/a/old.md", "/a/new.txt")
    assert settings.recent == [("/a/old.md", "/a/new.txt"), ("/b/old.md", "/b/new.txt")]
    for i in range(20):
        settings.add_recent(f"/{i}.md", f"/{i}.txt")
    assert len(settings.recent) == 8


def test_settings_fall_back_to_defaults_on_bad_values(settings):
    settings.qsettings.setValue("ui/theme", "purple")
    settings.qsettings.setValue("ui/language", "de")
    assert settings.theme == "system" and settings.language == ""
    settings.theme = "dark"
    assert settings.theme == "dark"


@pytest.mark.slow
def test_the_engine_process_serves_the_window_and_a_crash_is_survived(qtbot, settings, sample_pair):
    """The model in its own process: the comparison and a correction come from it; a dead worker is
    reported in one line, the comparison and its corrections stay on screen, the next call restarts it."""
    import os
    import signal

    from nlp.engine.remote import EngineProcess

    engine = EngineProcess()
    w = MainWindow(settings, engine=engine)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.comparisonShown, timeout=180000):
        w.open_pair(*sample_pair)
    assert engine.running
    row = next(i for i, r in enumerate(w.model.rows()) if r.kind == "link" and r.change != "weakened")
    _select(w, [row])
    w.actions["label_weakened"].trigger()
    settle(qtbot, w)
    assert w.model.row(row).change == "weakened" and len(w.session.corrections) == 1

    # killed while idle: the next call starts a new worker, unnoticed
    os.kill(engine.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not engine.running, timeout=10000)
    with qtbot.waitSignal(w.comparisonShown, timeout=180000):
        w.files.compareRequested.emit(True, True)
    assert engine.running and len(w.session.corrections) == 1

    # killed in the middle of a comparison: one line in the window, what is on screen stays
    shown = w.session.current
    killed: list[int] = []
    call = engine.call

    def call_then_kill(fn, *args, progress=None, **kwargs):
        def report(fraction, message):  # runs while the worker is inside the call
            if fraction >= 0.1 and not killed:
                killed.append(engine.pid)
                os.kill(engine.pid, signal.SIGKILL)
            if progress is not None:
                progress(fraction, message)

        return call(fn, *args, progress=report, **kwargs)

    engine.call = call_then_kill
    with qtbot.waitSignal(w.workFailed, timeout=180000):
        w.files.compareRequested.emit(True, True)
    engine.call = call
    assert killed and "engine process stopped" in w.banner_text()
    assert w.session.current is shown and len(w.session.corrections) == 1  # nothing the person did is lost
    with qtbot.waitSignal(w.comparisonShown, timeout=180000):
        w.files.compareRequested.emit(True, True)
    assert engine.running and engine.pid != killed[0] and len(w.session.corrections) == 1
    w.close()
    assert not engine.running
