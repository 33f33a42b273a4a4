"""The library: one SQLite database of documents, their paragraphs, comparisons and manual corrections.

The library stores and finds; it never computes (``nlp.service.open_comparison`` decides whether to
reopen or to compare). A document is identified by the SHA-256 of its file
(:func:`nlp.model.identity.document_key`), so adding the same file twice stores it once. A comparison
is stored whole (as data, so reopening it is one read) and as one ``links`` row per link, added or
removed paragraph (so that it can be queried, e.g. in Datasette). It is found again only under the
:class:`~nlp.model.identity.ComparisonKey` that made it: the same two documents, engine version and
fingerprint of the engine's data files.

Each thread gets its own connection (SQLite connections must not be shared between threads); the
database is in WAL mode so that the window's reads never wait for a worker's write. Every write is
one transaction. Any problem with the database file itself (missing folder, damaged file, locked,
read-only) is an :class:`~nlp.model.errors.InputError` naming the file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlite_utils import Database

from nlp.library import health, schema, sources
from nlp.library.search import END, START, SearchResult, fts_query, split_snippet
from nlp.model.atomic import atomic_path
from nlp.model.comparison import SUMMARY_KEYS, Comparison
from nlp.model.correction import Correction
from nlp.model.document import Document, Paragraph
from nlp.model.errors import InputError
from nlp.model.identity import ComparisonKey, document_key

__all__ = ["ComparisonRow", "DocumentRow", "Library", "default_path", "document_key"]

APP_NAME = "Travaux"
FILE_NAME = "library.sqlite"


ENV_VAR = "TRAVAUX_LIBRARY"  # a library file to use instead of the default (tests, portable setups)


def default_path() -> Path:
    """``$TRAVAUX_LIBRARY``, else ``library.sqlite`` in the user's data folder (~/.local/share/Travaux on Linux)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _label(symbol: str | None, path: str) -> str:
    return symbol or Path(path).name


def _problem(error: sqlite3.Error) -> str:
    """What a user is told about a database error."""
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


class Library:
    """Documents and comparisons kept between sessions, in one SQLite file."""

    def __init__(self, path: str | os.PathLike[str] | None = None, timeout: float = 5.0, read_only: bool = False):
        """Open (creating if needed) the library at ``path`` and bring its schema up to date.

        ``timeout``: seconds a write waits for another program's write to finish before giving up.
        ``read_only``: open an existing library only to read it, without the checks that refuse a
        damaged or newer one (what ``library export`` does to save what can be read).
        """
        self.read_only = read_only
        self.salvaged: dict[str, int] | None = None  # rows copied by the last export of a damaged library
        if path is None:
            path = default_path()
            if not os.environ.get(ENV_VAR):
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise InputError(path.parent, f"the library's folder cannot be made ({e.strerror or e})") from None
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()
        self._connections: list[Database] = []
        self._lock = threading.Lock()
        if self.path.is_dir():
            raise InputError(self.path, "is a folder, not a library file")
        if not self.path.parent.is_dir():
            raise InputError(self.path, f"the folder {self.path.parent} does not exist")
        try:
            with self._guard():
                self._open_schema(self._db)
        except BaseException:
            self.close()
            raise

    # --- connections ------------------------------------------------------------------------------

    @property
    def _db(self) -> Database:
        """This thread's connection, opened on first use."""
        db = getattr(self._local, "db", None)
        if db is None:
            with self._guard():
                if self.read_only:
                    uri = f"{self.path.resolve().as_uri()}?mode=ro"
                    conn = sqlite3.connect(uri, uri=True, timeout=self.timeout, check_same_thread=False)
                else:
                    conn = sqlite3.connect(self.path, timeout=self.timeout, check_same_thread=False)
                conn.execute("PRAGMA foreign_keys = ON")
                db = Database(conn, execute_plugins=False)
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    def close(self) -> None:
        """Close every thread's connection (the library reopens one if it is used again)."""
        with self._lock:
            connections, self._connections = self._connections, []
        for db in connections:
            db.close()
        self._local = threading.local()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a problem with the database file into one line naming it."""
        try:
            yield
        except sqlite3.Error as e:
            problem = _problem(e)
            if not problem:
                raise
            raise InputError(self.path, problem) from None

    @staticmethod
    @contextmanager
    def _write(db: Database) -> Iterator[None]:
        """One write transaction, holding the write lock from its start.

        A plain BEGIN would read first and ask for the lock on its first write, and in WAL mode
        SQLite fails that at once (no waiting) when another connection wrote in between.
        """
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()

    def _open_schema(self, db: Database) -> None:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a damaged file fails here
        if self.read_only:
            if not self.path.is_file():
                raise InputError(self.path, "no such library")
            return
        health.check(db, self.path)  # before anything is written, even the journal mode
        applied = schema.applied(db)
        if not applied and set(db.table_names()) - {schema.MIGRATIONS.migrations_table}:
            raise InputError(self.path, "an SQLite database, but not a Travaux library")
        newer = [name for name in applied if name not in schema.known()]
        if newer:
            raise InputError(self.path, "made by a newer version of Travaux; update Travaux to open it")
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        schema.migrate(db)
        health.repair_search_index(db)

    # --- documents --------------------------------------------------------------------------------

    def add_document(self, doc: Document) -> str:
        """Store ``doc`` unless a document with the same content is already there; its id either way."""
        db = self._db
        with self._guard(), self._write(db):
            return self._add_document(db, doc)

    def add_documents(self, docs: Iterable[Document]) -> list[tuple[str, bool]]:
        """Store many documents in one transaction (an import); (id, already there?) of each."""
        db = self._db
        out = []
        with self._guard(), self._write(db):
            for doc in docs:
                known = db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [document_key(doc)]).fetchone() is not None
                out.append((self._add_document(db, doc), known))
        return out

    def has_document(self, sha256: str) -> bool:
        with self._guard():
            return self._db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone() is not None

    def _add_document(self, db: Database, doc: Document) -> str:
        key = document_key(doc)
        if db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [key]).fetchone():
            return key
        db.execute(
            "INSERT INTO documents (sha256, symbol, title, body, adopted, language, format, path, paragraph_count, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [key, doc.symbol, doc.title, doc.body, doc.adopted, doc.language, doc.format, doc.path, len(doc), _now()],
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

    def document(self, sha256: str) -> Document:
        """A stored document, rebuilt exactly as it was added."""
        db = self._db
        with self._guard():
            row = db.execute(
                "SELECT path, format, language, symbol, title, body, adopted FROM documents WHERE sha256 = ?", [sha256]
            ).fetchone()
            if row is None:
                raise InputError(self.path, f"no document {sha256[:12]} in the library")
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

    def documents(self) -> list[DocumentRow]:
        """Every stored document, the most recently added first."""
        with self._guard():
            rows = self._db.execute(
                "SELECT sha256, symbol, title, body, adopted, language, format, path, paragraph_count, added"
                " FROM documents ORDER BY added DESC, symbol, path"
            ).fetchall()
        return [DocumentRow(r[0], _label(r[1], r[7]), *r[1:]) for r in rows]

    # --- comparisons ------------------------------------------------------------------------------

    def save_comparison(self, comparison: Comparison, corrections: Iterable[Correction] = (), *, resources: str = "") -> int:
        """Store ``comparison`` (and its documents) with its manual corrections; its id.

        ``resources``: the fingerprint of the engine's data files that computed it (see
        :class:`~nlp.model.identity.ComparisonKey`). Saving again under the same key replaces the
        earlier result and corrections, and keeps the id.
        """
        result = json.dumps(_result_json(comparison), ensure_ascii=False, separators=(",", ":"))
        summary = comparison.summary
        db = self._db
        with self._guard(), self._write(db):
            old = self._add_document(db, comparison.old)
            new = self._add_document(db, comparison.new)
            values = [_now(), *(summary[k] for k in SUMMARY_KEYS), result]
            key = [old, new, comparison.engine, resources]
            row = db.execute(
                "SELECT id FROM comparisons WHERE old = ? AND new = ? AND engine = ? AND resources = ?", key
            ).fetchone()
            if row:
                cid = row[0]
                db.execute("DELETE FROM links WHERE comparison = ?", [cid])
                db.execute(
                    f"UPDATE comparisons SET created = ?, {', '.join(f'{k} = ?' for k in SUMMARY_KEYS)},"
                    " result = ? WHERE id = ?",
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
            self._replace_corrections(db, cid, corrections)
        return cid

    def find_comparison(self, key: ComparisonKey) -> int | None:
        """The id of the comparison stored under ``key``, if any."""
        with self._guard():
            row = self._db.execute(
                "SELECT id FROM comparisons WHERE old = ? AND new = ? AND engine = ? AND resources = ?",
                [key.old, key.new, key.engine, key.resources],
            ).fetchone()
        return row[0] if row else None

    def load_comparison(self, cid: int) -> tuple[Comparison, tuple[Correction, ...]]:
        """The stored comparison and its manual corrections, in the order they were made."""
        db = self._db
        with self._guard():
            row = db.execute("SELECT result FROM comparisons WHERE id = ?", [cid]).fetchone()
            if row is None:
                raise InputError(self.path, f"no comparison {cid} in the library")
            corrections = self._corrections(db, cid)
        return Comparison.from_json(json.loads(row[0])), corrections

    def save_corrections(self, cid: int, corrections: Iterable[Correction]) -> None:
        """Make ``corrections`` (in order) the manual corrections of comparison ``cid``."""
        db = self._db
        with self._guard(), self._write(db):
            if db.execute("SELECT 1 FROM comparisons WHERE id = ?", [cid]).fetchone() is None:
                raise InputError(self.path, f"no comparison {cid} in the library")
            self._replace_corrections(db, cid, corrections)

    def last_corrections(self, old_sha256: str, new_sha256: str) -> tuple[Correction, ...]:
        """The corrections last saved for these two documents, by any engine version or lexicons.

        When the engine or its lexicons change, a comparison is recomputed; these are the corrections
        to replay on it (``nlp.engine.corrections.apply`` skips any that no longer fit).
        """
        db = self._db
        with self._guard():
            row = db.execute(
                "SELECT c.id FROM comparisons c WHERE old = ? AND new = ?"
                " AND EXISTS (SELECT 1 FROM corrections WHERE comparison = c.id)"
                " ORDER BY created DESC, id DESC LIMIT 1",
                [old_sha256, new_sha256],
            ).fetchone()
            return self._corrections(db, row[0]) if row else ()

    def _replace_corrections(self, db: Database, cid: int, corrections: Iterable[Correction]) -> None:
        db.execute("DELETE FROM corrections WHERE comparison = ?", [cid])
        db.conn.executemany(
            "INSERT INTO corrections (comparison, position, correction) VALUES (?, ?, ?)",
            [
                (cid, i, json.dumps(c if isinstance(c, dict) else c.to_json(), ensure_ascii=False))
                for i, c in enumerate(corrections)
            ],
        )

    def _corrections(self, db: Database, cid: int) -> tuple[Correction, ...]:
        rows = db.execute("SELECT correction FROM corrections WHERE comparison = ? ORDER BY position", [cid])
        return tuple(Correction.from_json(json.loads(r[0])) for r in rows)

    def comparisons(self) -> list[ComparisonRow]:
        """Every stored comparison, the most recent first."""
        with self._guard():
            rows = self._db.execute(
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
                old_label=_label(r[3], r[4]),
                new_label=_label(r[5], r[6]),
                engine=r[7],
                created=r[8],
                summary=dict(zip(SUMMARY_KEYS, r[9 : 9 + len(SUMMARY_KEYS)])),
                corrections=r[-1],
            )
            for r in rows
        ]

    def delete_comparison(self, cid: int) -> None:
        """Forget a stored comparison, its links and its corrections (the documents stay)."""
        db = self._db
        with self._guard(), self._write(db):
            db.execute("DELETE FROM comparisons WHERE id = ?", [cid])

    def candidates(self, text: str, exclude: Iterable[str] = (), limit: int = sources.CANDIDATES) -> list[sources.Candidate]:
        """Stored paragraphs that share wording with ``text`` (see nlp.library.sources), most first."""
        with self._guard():
            return sources.candidates(self._db.conn, text, exclude, limit)

    # --- search and export ------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        """Paragraphs that contain every word of ``query``, accents and case ignored; best first."""
        match = fts_query(query)
        if match is None:
            return []
        with self._guard():
            rows = self._db.execute(
                "SELECT p.document, d.symbol, d.path, p.pid, p.kind,"
                f" snippet(paragraphs_fts, 0, '{START}', '{END}', '…', 24), paragraphs_fts.rank"
                " FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
                " JOIN documents d ON d.sha256 = p.document"
                " WHERE paragraphs_fts MATCH ? ORDER BY paragraphs_fts.rank, d.added DESC, p.position LIMIT ?",
                [match, limit],
            ).fetchall()
        results = []
        for sha, symbol, path, pid, kind, raw, rank in rows:
            snippet, spans = split_snippet(raw)
            results.append(SearchResult(sha, _label(symbol, path), pid, kind, snippet, spans, rank))
        return results

    def export(self, out_path: str | os.PathLike[str]) -> None:
        """Write a clean, compact copy of the library (for Datasette, or to share) to ``out_path``."""
        out = Path(out_path)
        if out.is_dir():
            raise InputError(out, "is a folder; give a file name for the copy")
        if not out.parent.is_dir():
            raise InputError(out, f"the folder {out.parent} does not exist")
        if out.exists() and out.resolve() == self.path.resolve():
            raise InputError(out, "is the library itself; give another file name for the copy")
        with self._guard(), atomic_path(out) as tmp:
            tmp.unlink()  # VACUUM INTO wants a new file
            try:
                self._db.execute("VACUUM INTO ?", [str(tmp)])
            except sqlite3.DatabaseError as e:
                if "malformed" not in str(e).lower() and "corrupt" not in str(e).lower():
                    raise
                tmp.unlink(missing_ok=True)  # a damaged library: copy what can be read, row by row
                self.salvaged = health.salvage(self._db.conn, tmp)
                return
            # the copy is one self-contained file: no WAL beside it when it is opened read-only
            copy = sqlite3.connect(tmp)
            try:
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()


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
