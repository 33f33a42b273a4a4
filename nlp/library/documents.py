"""Documents in the library: stored once per file content (the SHA-256 of the file), with their
paragraphs and the wording index of those paragraphs, and rebuilt exactly as they were added.

Functions here run on one connection inside the caller's transaction (nlp.library.store opens both).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from nlp.library import sources
from nlp.model.document import Document, Paragraph
from nlp.model.identity import document_key


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A stored document, as a list shows it."""

    sha256: str
    label: str
    symbol: str | None
    title: str | None
    body: str | None
    adopted: str | None
    language: str
    format: str
    path: str
    paragraphs: int
    added: str


def now() -> str:
    """The timestamp rows are stamped with: ISO, UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def label(symbol: str | None, path: str) -> str:
    """How a list names a document: its symbol, else its file name."""
    return symbol or Path(path).name


def exists(db: Database, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone() is not None


def add(db: Database, doc: Document) -> str:
    """Store ``doc`` unless a document with the same content is already there; its id either way."""
    key = document_key(doc)
    if exists(db, key):
        return key
    db.execute(
        "INSERT INTO documents (sha256, symbol, title, body, adopted, language, format, path, paragraph_count, added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [key, doc.symbol, doc.title, doc.body, doc.adopted, doc.language, doc.format, doc.path, len(doc), now()],
    )
    db.conn.executemany(
        "INSERT INTO paragraphs (document, position, pid, kind, lead, text, footnotes, parent)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (key, i, p.id, p.kind, p.lead, p.text, json.dumps(list(p.footnotes), ensure_ascii=False), p.parent)
            for i, p in enumerate(doc.paragraphs)
        ],
    )
    sources.insert_fingerprints(db.conn, key)
    return key


def read(db: Database, sha256: str) -> Document | None:
    """The stored document ``sha256`` as it was added, or None."""
    row = db.execute(
        "SELECT path, format, language, symbol, title, body, adopted FROM documents WHERE sha256 = ?", [sha256]
    ).fetchone()
    if row is None:
        return None
    paragraphs = db.execute(
        "SELECT pid, kind, text, lead, footnotes, parent FROM paragraphs WHERE document = ? ORDER BY position",
        [sha256],
    ).fetchall()
    path, fmt, language, symbol, title, body, adopted = row
    return Document(
        path=path,
        format=fmt,
        language=language,
        paragraphs=tuple(
            Paragraph(id=pid, kind=kind, text=text, lead=lead, footnotes=tuple(json.loads(notes)), parent=parent)
            for pid, kind, text, lead, notes, parent in paragraphs
        ),
        symbol=symbol,
        title=title,
        body=body,
        adopted=adopted,
        sha256=sha256,
    )


def listed(db: Database) -> list[DocumentRow]:
    """Every stored document, the most recently added first."""
    rows = db.execute(
        "SELECT sha256, symbol, title, body, adopted, language, format, path, paragraph_count, added"
        " FROM documents ORDER BY added DESC, symbol, path"
    ).fetchall()
    return [DocumentRow(r[0], label(r[1], r[7]), *r[1:]) for r in rows]
