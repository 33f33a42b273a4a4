"""Whether a library may be opened and written, checked before anything is written to it.

A library is refused (one line, and nothing written to it, not even its journal mode) when it comes
from a newer version of Travaux (its schema version is beyond what this version knows), or when
SQLite's quick check finds damaged pages. The line says how to save what can still be read:
``library export`` opens a library read-only, without these checks, copies it whole when it can and
otherwise row by row, skipping what cannot be read (:func:`salvage`).

A library whose full-text search index (or one of the triggers that keep it up to date) is missing
gets it rebuilt from its paragraphs when it is opened.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from nlp.library import schema
from nlp.model.errors import InputError

# tables in the order a copy fills them (each after the tables it refers to)
TABLES = ("documents", "paragraphs", "comparisons", "links", "corrections")
_CHUNK = 200  # rows read at once by a salvage; a damaged page loses at most this many rows


def recover_hint(path: Path) -> str:
    return f"save what can be read with 'main.py library export COPY.sqlite --db {path}'"


def check(db: Database, path: Path) -> None:
    """Refuse a library from a newer schema or with damaged pages (InputError); reads only."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(schema.known()):
        raise InputError(
            path,
            f"made by a newer version of Travaux (schema {version}; this version knows {len(schema.known())}); "
            "update Travaux to open it, nothing was written to it",
        )
    problems = [row[0] for row in db.execute("PRAGMA quick_check(3)").fetchall()]
    if problems != ["ok"]:
        first = " ".join(str(problems[0]).split())[:120]
        raise InputError(path, f"damaged library (integrity check: {first}); nothing was written to it; {recover_hint(path)}")


def repair_search_index(db: Database) -> bool:
    """Recreate a missing full-text index or trigger, the index filled again from the paragraphs;
    whether anything was repaired. Runs in one write transaction."""
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    if "paragraphs" not in names:
        return False
    missing = [name for name in schema.SEARCH_TRIGGERS if name not in names]
    if "paragraphs_fts" in names and not missing:
        return False
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        if "paragraphs_fts" not in names:
            db.execute(schema.SEARCH_INDEX)
        for name in missing:
            db.execute(schema.SEARCH_TRIGGERS[name])
        db.execute("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')")
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
    return True


def salvage(source: sqlite3.Connection, target: Path) -> dict[str, int]:
    """Copy every row of ``source`` that can be read into a new library at ``target``; rows that
    refer to what was lost are left out. The rows copied, by table."""
    out = Database(sqlite3.connect(target), execute_plugins=False)
    try:
        schema.migrate(out)
        out.conn.execute("PRAGMA foreign_keys = OFF")
        copied = {}
        for table in TABLES:
            copied[table] = _copy_table(source, out.conn, table)
        with out.conn:
            out.conn.execute("DELETE FROM paragraphs WHERE document NOT IN (SELECT sha256 FROM documents)")
            out.conn.execute(
                "DELETE FROM comparisons WHERE old NOT IN (SELECT sha256 FROM documents) OR new NOT IN (SELECT sha256 FROM documents)"
            )
            for table in ("links", "corrections"):
                out.conn.execute(f"DELETE FROM {table} WHERE comparison NOT IN (SELECT id FROM comparisons)")
        for table in TABLES:
            copied[table] = out.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        out.conn.execute("PRAGMA journal_mode = DELETE")
        return copied
    finally:
        out.close()


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> int:
    try:
        columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
        wanted = [row[1] for row in target.execute(f"PRAGMA table_info({table})")]
        last = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return 0
    shared = [c for c in wanted if c in columns]
    if not shared:
        return 0
    select = f"SELECT rowid, {', '.join(shared)} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT {_CHUNK}"
    insert = f"INSERT OR IGNORE INTO {table} ({', '.join(shared)}) VALUES ({', '.join('?' * len(shared))})"
    done, after = 0, 0
    while after < last:
        try:
            rows = source.execute(select, [after]).fetchall()
        except sqlite3.DatabaseError:
            after += _CHUNK  # a damaged page: skip past it
            continue
        if not rows:
            break
        with target:
            target.executemany(insert, [row[1:] for row in rows])
        done += len(rows)
        after = rows[-1][0]
    return done
