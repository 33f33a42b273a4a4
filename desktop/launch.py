"""Start the window: ``main.py [OLD NEW] [--screenshot PNG] [--lang fr|en]``.

With ``--screenshot`` the window is rendered off screen (no display needed), the comparison is
awaited, the PNG written and the program exits: 0 when written, 2 on bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_MS = 300_000


class _Usage(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise _Usage(message)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(prog="main.py", description="Travaux: the window, optionally on a comparison.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="OLD NEW: the two versions to compare")
    parser.add_argument("--screenshot", metavar="PNG", help="render the window into PNG and exit")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language (default: preferences, else the system's)")
    args = parser.parse_args(argv)
    if len(args.files) not in (0, 2):
        raise _Usage("give two files (OLD NEW) or none")
    if args.screenshot is not None and not args.files:
        raise _Usage("--screenshot needs OLD and NEW")
    return args


def launch(argv: list[str]) -> int:
    try:
        args = parse_args(argv)
    except _Usage as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.screenshot is not None and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in args.files:
        if not Path(path).is_file():
            print(f"error: {Path(path).name}: no such file", file=sys.stderr)
            return 2
    if args.screenshot is not None:
        from nlp.model.errors import InputError
        from nlp.model.outpath import protected

        # the PNG is an output like any -o OUT of the commands (nlp.model.outpath): checked before any
        # work, never over one of the two files it shows, written whole or not at all
        try:
            with protected((path, "an input") for path in args.files):
                return _launch(args)
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    return _launch(args)


def _launch(args: argparse.Namespace) -> int:
    if args.screenshot is not None:
        from nlp.model.outpath import check_target

        check_target(args.screenshot)  # a bad path costs nothing: refused before the window starts

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop import i18n, theme
    from desktop.main_window import MainWindow
    from desktop.paths import app_icon, ensure_fonts
    from desktop.settings import Settings
    from nlp.engine.remote import EngineProcess
    from nlp.model.version import __version__

    app = QApplication.instance()
    if app is None:
        # fractional scale factors as the screen asks (sharp at 125 %, 150 %), not rounded to 1× or 2×
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0]])
    app.setOrganizationName("Travaux")
    app.setApplicationName("Travaux")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("travaux")
    app.setWindowIcon(app_icon())
    ensure_fonts(app)

    if args.screenshot is not None:
        # a screenshot must not add to the person's recent files or library, and looks the same everywhere
        scratch = tempfile.TemporaryDirectory(prefix="travaux-shot-")
        settings = Settings(QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.IniFormat))
        settings.theme = "light"
        library = None
    else:
        settings = Settings()
        library = _open_library()
    i18n.install(args.lang or i18n.resolve(settings.language))
    theme.apply(app, settings.theme)

    # the language model in a process of its own, so the window never waits on it (a one-off screenshot
    # has no window to keep answering, and loads it where it is)
    engine = None if args.screenshot is not None else EngineProcess()
    window = MainWindow(settings, library=library if not isinstance(library, str) else None, engine=engine)
    if isinstance(library, str):
        window.show_message(library, "error")
    if args.screenshot is not None:
        return _screenshot(window, args.files, args.screenshot)
    window.show()
    if args.files:
        window.open_pair(*args.files)
    return app.exec()


def _open_library():
    """The library, or the one line saying why it cannot be opened (the window works without it)."""
    from nlp.library.store import Library
    from nlp.model.errors import InputError

    try:
        return Library()
    except InputError as error:
        return f"library: {error}"


def _screenshot(window, files: list[str], out: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    # A loop of its own rather than app.exec(): leaving it does not mark the application as quitting
    loop = QEventLoop()
    outcome = {"code": 1}

    def shoot() -> None:
        from nlp.model.atomic import atomic_path
        from nlp.model.errors import InputError

        pixmap = window.grab()
        try:
            with atomic_path(out) as tmp:  # the output's rules checked again as it is written
                if not pixmap.save(str(tmp), "PNG"):
                    raise InputError(out, "cannot be written (the image could not be encoded)")
            outcome["code"] = 0
        except InputError as error:  # an unwritable folder, a full disk: nothing half-written is left
            print(f"error: {error}", file=sys.stderr)
            outcome["code"] = 2
        except OSError as error:
            print(f"error: {Path(out).name}: cannot be written ({error.strerror or error})", file=sys.stderr)
            outcome["code"] = 2
        window.close()
        loop.exit(outcome["code"])

    def shown() -> None:
        window.navigation.show_first_change()
        QTimer.singleShot(300, shoot)

    def failed(message: str) -> None:
        print(f"error: {message}", file=sys.stderr)
        outcome["code"] = 2
        window.close()
        loop.exit(2)

    def too_long() -> None:
        print("error: the comparison took too long for a screenshot", file=sys.stderr)
        window.close()
        loop.exit(1)

    window.comparisonShown.connect(shown)
    window.workFailed.connect(failed)
    guard = QTimer(singleShot=True, interval=SCREENSHOT_TIMEOUT_MS)
    guard.timeout.connect(too_long)
    guard.start()
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.open_pair(*files)
    loop.exec()
    guard.stop()
    # the window's own timers (rows still being measured) must not outlive the screenshot: a caller
    # that goes on (the tests) would otherwise share the event loop with a window nobody sees
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    return outcome["code"]
