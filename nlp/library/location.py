"""Where the library lives, and what a person is told when its file cannot be used."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

APP_NAME = "Travaux"
FILE_NAME = "library.sqlite"
ENV_VAR = "TRAVAUX_LIBRARY"  # a library file to use instead of the default (tests, portable setups)


def default_path() -> Path:
    """``$TRAVAUX_LIBRARY``, else ``library.sqlite`` in the user's data folder (~/.local/share/Travaux on Linux)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def problem(error: sqlite3.Error) -> str:
    """What a user is told about a database error ('' when it is not about the file: a bug to raise)."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "the library is in use by another program (database is locked); try again"
    if "readonly" in text or "read-only" in text:
        return "the library cannot be written (read-only file or folder)"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "damaged, or not a library (not an SQLite database)"
    if "no such table" in text or "no such column" in text:
        return f"not a Travaux library, or one that lost part of its tables ({error})"
    if "disk is full" in text or "disk i/o" in text:
        return f"cannot be written ({error})"
    if "unable to open" in text:
        return "cannot be opened (check the folder exists and is writable)"
    return ""
