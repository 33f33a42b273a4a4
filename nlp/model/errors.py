"""The one error type that reaches the user as a single line (exit status 2)."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input: an unreadable, empty, unsupported or malformed file, or a bad option.

    ``str(error)`` is the one line shown to the user: the file's name and what is wrong with it.
    """

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{Path(self.path).name}: {problem}" if self.path else problem)


class Cancelled(Exception):
    """Raised inside long work when the caller's cancel callback says stop."""
