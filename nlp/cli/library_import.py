"""``main.py library import FOLDER``: every readable file under a folder into the library.

A progress bar on the terminal (standard error), one line per file that cannot be read (and on with
the rest), a summary at the end. Documents are stored in batches, each one transaction: an import
stopped half way keeps every batch already written, and never half a document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from nlp.cli.common import EXIT_BAD_INPUT, EXIT_OK, emit
from nlp.model.errors import InputError

BATCH = 50  # documents per transaction
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

    def __init__(self, total: int) -> None:
        self.total, self.shown = max(total, 1), sys.stderr.isatty()

    def draw(self, done: int, name: str) -> None:
        if not self.shown:
            return
        filled = BAR * done // self.total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (BAR - filled)}] {done}/{self.total} {Path(name).name[:40]:<40}")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * (BAR + 60) + "\r")
            sys.stderr.flush()


def run_import(args) -> int:
    from nlp.cli.library import _expand, _open
    from nlp.readers import read_document

    folder = Path(args.folder)
    if not folder.is_dir():
        raise InputError(folder, "is not a folder" if folder.exists() else "no such folder")
    files = _expand([str(folder)])
    bar = _Bar(len(files))
    started = time.monotonic()
    counts = {"added": 0, "known": 0, "paragraphs": 0}
    failed = 0
    with _open(args) as library:
        pending: list = []

        def flush() -> None:
            for (_, was_there), doc in zip(library.add_documents(pending), pending):
                counts["known" if was_there else "added"] += 1
                counts["paragraphs"] += 0 if was_there else len(doc)
            pending.clear()

        for i, name in enumerate(files, 1):
            bar.draw(i - 1, name)
            try:
                doc = read_document(name)
            except InputError as e:
                bar.clear()
                sys.stderr.write(f"error: {e}\n")
                failed += 1
                continue
            pending.append(doc)
            if len(pending) >= BATCH:
                flush()
        flush()
        bar.draw(len(files), "")
        bar.clear()
    seconds = time.monotonic() - started
    added, known, paragraphs = counts["added"], counts["known"], counts["paragraphs"]
    emit(
        f"imported {added} document{'s' if added != 1 else ''} ({paragraphs} paragraphs) from {len(files)} file"
        f"{'s' if len(files) != 1 else ''} in {seconds:.1f} s; {known} already in the library; "
        f"{failed} unreadable\n"
    )
    return EXIT_BAD_INPUT if failed else EXIT_OK
