"""``main.py library import FOLDER``: every readable file under a folder into the library.

A progress bar on the terminal (standard error), one line per file that cannot be read (and on with
the rest), a summary at the end; the work is :func:`nlp.library.importing.import_files`, which the
window's library uses too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nlp.cli.main import EXIT_BAD_INPUT, EXIT_OK, emit

BAR = 30  # characters of the progress bar


def add_import_parser(commands, db_parent) -> None:
    p = commands.add_parser(
        "import",
        parents=[db_parent],
        help="add every readable file under a folder",
        description=(
            "Read every supported file under FOLDER (recursively) and store it in the library, with a "
            "progress bar; a file that cannot be read gets one error line and the import goes on."
        ),
    )
    p.add_argument("folder", metavar="FOLDER", help="the folder to import")
    p.set_defaults(handler=run_import)


class _Bar:
    """A one-line progress bar on standard error, drawn only on a terminal."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()

    def draw(self, done: int, total: int, name: str) -> None:
        if not self.shown:
            return
        filled = BAR * done // max(total, 1)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (BAR - filled)}] {done}/{total} {Path(name).name[:40]:<40}")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * (BAR + 60) + "\r")
            sys.stderr.flush()


def run_import(args) -> int:
    from nlp.cli.library import _open
    from nlp.library.importing import files_under, import_files

    files = files_under(args.folder)
    bar = _Bar()

    def error(line: str) -> None:
        bar.clear()
        sys.stderr.write(f"error: {line}\n")

    with _open(args) as library:
        report = import_files(library, files, progress=bar.draw, on_error=error)
    bar.clear()
    n = report.files
    emit(
        f"imported {report.added} document{'s' if report.added != 1 else ''} ({report.paragraphs} paragraphs) "
        f"from {n} file{'s' if n != 1 else ''} in {report.seconds:.1f} s; {report.known} already in the library; "
        f"{len(report.unreadable)} unreadable\n"
    )
    return EXIT_BAD_INPUT if report.unreadable else EXIT_OK
