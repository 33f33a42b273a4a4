"""A clean, compact copy of the library (``library export``): for Datasette, or to share; from a
damaged library, what can still be read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from nlp.library import health
from nlp.model.atomic import atomic_path
from nlp.model.errors import InputError


def check_target(out: Path, library: Path) -> None:
    """Refuse a copy's name that is a folder, in a missing folder, or the library itself."""
    if out.is_dir():
        raise InputError(out, "is a folder; give a file name for the copy")
    if not out.parent.is_dir():
        raise InputError(out, f"the folder {out.parent} does not exist")
    if out.exists() and out.resolve() == library.resolve():
        raise InputError(out, "is the library itself; give another file name for the copy")


def write(conn: sqlite3.Connection, out: Path) -> dict[str, int] | None:
    """Copy the database of ``conn`` whole into ``out`` (atomically); for a damaged database, the rows
    that can be read, and how many of each table (else None)."""
    with atomic_path(out) as tmp:
        tmp.unlink()  # VACUUM INTO wants a new file
        try:
            conn.execute("VACUUM INTO ?", [str(tmp)])
        except sqlite3.DatabaseError as e:
            if "malformed" not in str(e).lower() and "corrupt" not in str(e).lower():
                raise
            tmp.unlink(missing_ok=True)  # a damaged library: copy what can be read, row by row
            return health.salvage(conn, tmp)
        # the copy is one self-contained file: no WAL beside it when it is opened read-only
        copy = sqlite3.connect(tmp)
        try:
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    return None
