"""Import every readable file under a folder into the library: for the command line and the window.

Files are read one by one; one that cannot be read is reported (``on_error``) and the import goes
on. Documents are stored in batches, each one transaction, so an import stopped half way (cancel,
or the program closed) keeps every batch already written and never half a document.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from nlp.model.errors import Cancelled, InputError

if TYPE_CHECKING:
    from nlp.library.store import Library

BATCH = 50  # documents per transaction


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: int
    added: int
    known: int  # already in the library
    unreadable: tuple[str, ...]  # one line per file that could not be read: "name: problem"
    paragraphs: int  # of the documents added
    seconds: float


def files_under(folder: str | Path) -> list[str]:
    """Every file of a supported type under ``folder`` (recursively), hidden folders and files left out."""
    from nlp.readers import EXTENSIONS

    root = Path(folder)
    if not root.is_dir():
        raise InputError(root, "is not a folder" if root.exists() else "no such folder")
    return sorted(
        str(p) for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in EXTENSIONS and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def import_files(
    library: "Library",
    files: list[str],
    progress: Callable[[int, int, str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Read and store ``files``; ``progress(done, total, name)`` before each file."""
    from nlp.readers import read_document

    started = time.monotonic()
    added = known = paragraphs = 0
    unreadable: list[str] = []
    pending: list = []

    def flush() -> None:
        nonlocal added, known, paragraphs
        for (_, was_there), doc in zip(library.add_documents(pending), pending):
            known += was_there
            added += not was_there
            paragraphs += 0 if was_there else len(doc)
        pending.clear()

    for i, name in enumerate(files):
        if cancel is not None and cancel():
            flush()
            raise Cancelled()
        if progress is not None:
            progress(i, len(files), name)
        try:
            pending.append(read_document(name))
        except InputError as e:
            unreadable.append(str(e))
            if on_error is not None:
                on_error(str(e))
            continue
        if len(pending) >= BATCH:
            flush()
    flush()
    if progress is not None:
        progress(len(files), len(files), "")
    return ImportReport(len(files), added, known, tuple(unreadable), paragraphs, time.monotonic() - started)
