"""Comparisons in the library: each stored whole (as data, so reopening it is one read) and as one
``links`` row per link, added or removed paragraph (so that it can be queried, e.g. in Datasette),
with its manual corrections in the order they were made.

A comparison is found again only under the :class:`~nlp.model.identity.ComparisonKey` that made it:
the same two documents, engine version and fingerprint of the engine's data files. Functions here
run on one connection inside the caller's transaction (nlp.library.store opens both).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from sqlite_utils import Database

from nlp.library import documents
from nlp.model.comparison import SUMMARY_KEYS, Comparison
from nlp.model.correction import Correction
from nlp.model.identity import ComparisonKey


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """A stored comparison, as a list shows it."""

    id: int
    old: str  # sha256
    new: str
    old_label: str
    new_label: str
    engine: str
    created: str
    summary: dict[str, int]
    corrections: int


def save(db: Database, comparison: Comparison, corrections: Iterable[Correction], resources: str) -> int:
    """Store ``comparison`` (and its documents) with its corrections; its id. Saving again under the
    same key replaces the earlier result and corrections, and keeps the id."""
    result = json.dumps(_result_json(comparison), ensure_ascii=False, separators=(",", ":"))
    summary = comparison.summary
    old = documents.add(db, comparison.old)
    new = documents.add(db, comparison.new)
    values = [documents.now(), *(summary[k] for k in SUMMARY_KEYS), result]
    key = [old, new, comparison.engine, resources]
    row = db.execute("SELECT id FROM comparisons WHERE old = ? AND new = ? AND engine = ? AND resources = ?", key).fetchone()
    if row:
        cid = row[0]
        db.execute("DELETE FROM links WHERE comparison = ?", [cid])
        db.execute(
            f"UPDATE comparisons SET created = ?, {', '.join(f'{k} = ?' for k in SUMMARY_KEYS)}, result = ? WHERE id = ?",
            [*values, cid],
        )
    else:
        cid = db.execute(
            f"INSERT INTO comparisons (old, new, engine, resources, created, {', '.join(SUMMARY_KEYS)}, result)"
            f" VALUES (?, ?, ?, ?, ?, {', '.join('?' for _ in SUMMARY_KEYS)}, ?)",
            [*key, *values],
        ).lastrowid
    assert cid is not None
    db.conn.executemany(
        "INSERT INTO links (comparison, position, kind, old, new, change, moved, score, manual, commitment, signals)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(cid, i, *row) for i, row in enumerate(_link_rows(comparison))],
    )
    replace_corrections(db, cid, corrections)
    return cid


def find(db: Database, key: ComparisonKey) -> int | None:
    """The id of the comparison stored under ``key``, if any."""
    row = db.execute(
        "SELECT id FROM comparisons WHERE old = ? AND new = ? AND engine = ? AND resources = ?",
        [key.old, key.new, key.engine, key.resources],
    ).fetchone()
    return row[0] if row else None


def exists(db: Database, cid: int) -> bool:
    return db.execute("SELECT 1 FROM comparisons WHERE id = ?", [cid]).fetchone() is not None


def load(db: Database, cid: int) -> tuple[Comparison, tuple[Correction, ...]] | None:
    """The stored comparison ``cid`` and its corrections, or None."""
    row = db.execute("SELECT result FROM comparisons WHERE id = ?", [cid]).fetchone()
    if row is None:
        return None
    return Comparison.from_json(json.loads(row[0])), corrections_of(db, cid)


def last_corrections(db: Database, old_sha256: str, new_sha256: str) -> tuple[Correction, ...]:
    """The corrections last saved for these two documents, by any engine version or lexicons."""
    row = db.execute(
        "SELECT c.id FROM comparisons c WHERE old = ? AND new = ?"
        " AND EXISTS (SELECT 1 FROM corrections WHERE comparison = c.id)"
        " ORDER BY created DESC, id DESC LIMIT 1",
        [old_sha256, new_sha256],
    ).fetchone()
    return corrections_of(db, row[0]) if row else ()


def replace_corrections(db: Database, cid: int, corrections: Iterable[Correction]) -> None:
    db.execute("DELETE FROM corrections WHERE comparison = ?", [cid])
    db.conn.executemany(
        "INSERT INTO corrections (comparison, position, correction) VALUES (?, ?, ?)",
        [
            (cid, i, json.dumps(c if isinstance(c, dict) else c.to_json(), ensure_ascii=False))
            for i, c in enumerate(corrections)
        ],
    )


def corrections_of(db: Database, cid: int) -> tuple[Correction, ...]:
    rows = db.execute("SELECT correction FROM corrections WHERE comparison = ? ORDER BY position", [cid])
    return tuple(Correction.from_json(json.loads(r[0])) for r in rows)


def listed(db: Database) -> list[ComparisonRow]:
    """Every stored comparison, the most recent first."""
    rows = db.execute(
        f"SELECT c.id, c.old, c.new, o.symbol, o.path, n.symbol, n.path, c.engine, c.created,"
        f" {', '.join('c.' + k for k in SUMMARY_KEYS)},"
        " (SELECT count(*) FROM corrections WHERE comparison = c.id)"
        " FROM comparisons c JOIN documents o ON o.sha256 = c.old JOIN documents n ON n.sha256 = c.new"
        " ORDER BY c.created DESC, c.id DESC"
    ).fetchall()
    return [
        ComparisonRow(
            id=r[0],
            old=r[1],
            new=r[2],
            old_label=documents.label(r[3], r[4]),
            new_label=documents.label(r[5], r[6]),
            engine=r[7],
            created=r[8],
            summary=dict(zip(SUMMARY_KEYS, r[9 : 9 + len(SUMMARY_KEYS)])),
            corrections=r[-1],
        )
        for r in rows
    ]


def delete(db: Database, cid: int) -> None:
    """Forget a stored comparison; its links and corrections go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM comparisons WHERE id = ?", [cid])


def _result_json(comparison: Comparison) -> dict[str, Any]:
    """The contract's JSON, but with each link's exact score (the contract rounds it to 4 places),
    so that the comparison loaded back equals the one saved."""
    data = comparison.to_json()
    for item, link in zip(data["links"], comparison.links):
        item["score"] = link.score
    return data


def _link_rows(comparison: Comparison) -> Iterator[tuple[Any, ...]]:
    """(kind, old, new, change, moved, score, manual, commitment, signals) of every entry, in order."""

    def signals(items) -> str:
        return json.dumps([s.to_json() for s in items], ensure_ascii=False)

    for l in comparison.links:
        yield ("link", "+".join(l.old), "+".join(l.new), l.change.value, l.moved, l.score, l.manual, None, signals(l.signals))
    for a in comparison.added:
        yield ("added", None, a.new, None, None, None, None, a.commitment, signals(a.signals))
    for r in comparison.removed:
        yield ("removed", r.old, None, None, None, None, None, r.commitment, signals(r.signals))
