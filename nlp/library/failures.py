"""What a batch could not compare, kept in the library beside what it could (``batch_failures``).

One row per pair (the files as the batch named them) with a one-line reason; a file that could not
be read at all has an empty ``new``. Comparing the pair later removes its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from nlp.library.store import Library


@dataclass(frozen=True, slots=True)
class Failure:
    old: str
    new: str  # '' for a file that could not be read
    reason: str
    engine: str
    at: str


def record(library: Library, old: str, new: str, reason: str, engine: str) -> None:
    """Remember that the pair (``old``, ``new``) failed and why (replacing an earlier reason)."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    with library.writing() as db:
        db.execute(
            "INSERT INTO batch_failures (old, new, reason, engine, at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (old, new) DO UPDATE SET reason = excluded.reason, engine = excluded.engine, at = excluded.at",
            [old, new, reason, engine, at],
        )


def forget(library: Library, old: str, new: str) -> None:
    """The pair was compared after all: its failure is history."""
    forget_all(library, [(old, new)])


def forget_all(library: Library, pairs: list[tuple[str, str]]) -> None:
    """:func:`forget` of each (old, new) pair, in one transaction."""
    with library.writing() as db:
        db.conn.executemany("DELETE FROM batch_failures WHERE old = ? AND new = ?", pairs)


def failures(library: Library) -> list[Failure]:
    """Every recorded failure, the most recent first."""
    with library.reading() as db:
        rows = db.execute("SELECT old, new, reason, engine, at FROM batch_failures ORDER BY at DESC, id DESC").fetchall()
    return [Failure(*row) for row in rows]
