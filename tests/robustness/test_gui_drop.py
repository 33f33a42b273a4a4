"""Bad files dropped on the window: a one-line message in its banner, and the window stays usable.

Each case of tests/robustness/cases.py that must be refused is dropped (with a good file beside it)
as a user drops files from a file manager: a QDropEvent carrying their URLs.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.robustness.cases import CASES, OK  # noqa: E402

# The offscreen platform cannot pass size hints to a window manager and says so for dock widgets.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

# a representative subset: each drop starts a background task, so not all sixty
DROPPED = [
    "empty", "binary garbage", "a directory", "broken symlink", "zip bomb that lies about its size",
    "Word file with an XML entity bomb", "encrypted PDF", "scanned PDF (image only)", "deeply nested HTML",
    "truncated Word file", "unknown extension", "HTML with only a script", "PDF bomb (a page whose content inflates to 100 MB)",
]


@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    w = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)), load_model=False)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _drop(window, *paths: str) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    # as Qt delivers a real drop: the drag enters first (it makes the window the drop's target), then
    # the drop, each through the window's event filters
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


@pytest.mark.parametrize("name", DROPPED)
def test_bad_file_dropped_shows_a_message_and_the_window_stays_usable(window, qtbot, tmp_path, name):
    argv, expected = CASES[name].build(tmp_path)
    assert expected is not OK
    bad = argv[1]
    good = tmp_path / "good.txt"
    good.write_text("1. Nous décidons d'agir.\n", encoding="utf-8")
    with qtbot.waitSignal(window.workFailed, timeout=30000) as failed:
        _drop(window, bad, str(good))
    message = failed.args[0]
    assert "\n" not in message and "Traceback" not in message
    assert expected in message
    from pathlib import Path

    assert Path(bad).name in window.banner_text()
    window.banner.close_button.click()
    assert window.banner.isHidden()
    # still usable: a second drop of two good files compares them
    other = tmp_path / "other.txt"
    other.write_text("1. Nous décidons d'agir sans délai.\n", encoding="utf-8")
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        _drop(window, str(good), str(other))
    assert window.model.rowCount() >= 1
