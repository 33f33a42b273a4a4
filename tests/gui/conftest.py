"""Fixtures for the window's tests: temporary settings, a comparison computed once per session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop import i18n
from desktop.settings import Settings
from nlp.model.comparison import (
    Added,
    Change,
    Comparison,
    DiffOp,
    Link,
    Op,
    Removed,
    Signal,
    params,
)
from nlp.model.document import Document, Paragraph

OLD_SAMPLE = "A_RES_72_1.fr.md"
NEW_SAMPLE = "A_RES_76_7.fr.txt"


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings in a temporary INI file: tests never touch the user's."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    """The bundled font, as the application registers it at start: tests draw the same on any machine."""
    from desktop.paths import ensure_fonts

    ensure_fonts(qapp)


@pytest.fixture(autouse=True)
def english_interface(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(scope="session")
def sample_pair(samples):
    return str(samples / OLD_SAMPLE), str(samples / NEW_SAMPLE)


@pytest.fixture(scope="session")
def sample_comparison(fr_nlp, sample_pair) -> Comparison:
    """2017 vs 2021 political declarations, compared once for the whole run."""
    from nlp.service import open_comparison

    return open_comparison(*sample_pair).comparison


def _doc(path: str, texts: dict[str, str]) -> Document:
    return Document(path, "text", "fr", tuple(Paragraph(pid, "operative", text) for pid, text in texts.items()))


@pytest.fixture
def small_comparison() -> Comparison:
    """Four old and four new paragraphs: a strengthened link, a moved one, a merge, an added, a removed."""
    old = _doc("old.txt", {
        "1": "Nous encourageons les États à agir.",
        "2": "Nous prenons note du rapport.",
        "3": "Nous demandons un financement durable.",
        "4": "Nous rappelons la Déclaration de 2011.",
        "5": "Nous saluons les travaux du groupe.",
    })
    new = _doc("new.txt", {
        "1": "Nous nous engageons à agir.",
        "2": "Nous demandons un financement durable et prévisible.",
        "3": "Nous saluons le rapport.",
        "4": "Nous rappelons la Déclaration de 2011 et celle de 2016.",
        "5": "Nous décidons de nous réunir de nouveau en 2025.",
    })
    verb = Signal("verb", "stronger", "encourageons", "nous engageons", "verb_stronger", params(old="encourageons", new="nous engageons", old_verb="encourage", new_verb="commit"))
    links = (
        Link(("1",), ("1",), 0.6, Change.STRENGTHENED, False,
             (DiffOp(Op.EQUAL, "Nous "), DiffOp(Op.DELETE, "encourageons les États "), DiffOp(Op.INSERT, "nous engageons "), DiffOp(Op.EQUAL, "à agir.")),
             (verb,)),
        Link(("3",), ("2",), 0.9, Change.MODIFIED, True,
             (DiffOp(Op.EQUAL, "Nous demandons un financement durable"), DiffOp(Op.INSERT, " et prévisible"), DiffOp(Op.EQUAL, ".")), ()),
        Link(("2",), ("3",), 0.7, Change.UNCHANGED, False, (DiffOp(Op.EQUAL, "Nous saluons le rapport."),), ()),
        Link(("4",), ("4",), 0.8, Change.MODIFIED, False,
             (DiffOp(Op.EQUAL, "Nous rappelons la Déclaration de 2011"), DiffOp(Op.INSERT, " et celle de 2016"), DiffOp(Op.EQUAL, ".")), ()),
    )
    return Comparison(old, new, links, added=(Added("5", True),), removed=(Removed("5", False),))


# The offscreen platform has no window manager: it says so when a window with dock widgets is shown
# or a tooltip is raised. That is the test platform talking, not the application.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def settle(qtbot, window, timeout: int = 60000) -> None:
    """Wait until the window's background work (a correction being judged, its saving) is done."""
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=timeout)


@pytest.fixture
def window(qtbot, settings):
    """The main window shown at a usual size, without the language model (a test file that needs the
    model or the engine's process defines its own ``window``)."""
    from desktop.main_window import MainWindow

    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    assert not w.runner.is_running()  # closing the window leaves no work of its own running
