"""The library: one SQLite database of documents, their paragraphs, comparisons and manual corrections.

The library stores and finds; it never computes (``nlp.service.open_comparison`` decides whether to
reopen or to compare). This module holds the connections and transactions; what is stored and how is
in :mod:`~nlp.library.documents`, :mod:`~nlp.library.comparisons`, :mod:`~nlp.library.sources` (the
wording index), :mod:`~nlp.library.search` (full text) and :mod:`~nlp.library.copy` (export).

Each thread gets its own connection (SQLite connections must not be shared between threads); the
database is in WAL mode so that the window's reads never wait for a worker's write. Every write is
one transaction. Any problem with the database file itself (missing folder, damaged file, locked,
read-only) is an :class:`~nlp.model.errors.InputError` naming the file.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from sqlite_utils import Database

from nlp.library import comparisons, copy, documents, health, schema, search, sources
from nlp.library.comparisons import ComparisonRow
from nlp.library.documents import DocumentRow
from nlp.library.location import ENV_VAR, default_path, problem
from nlp.library.search import SearchResult
from nlp.model.comparison import Comparison
from nlp.model.correction import Correction
from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.model.identity import ComparisonKey, document_key

__all__ = ["ComparisonRow", "DocumentRow", "ENV_VAR", "Library", "default_path", "document_key"]

CACHE_KIB = 64 * 1024  # the page cache of each connection, at most


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

    # --- connections and transactions -------------------------------------------------------------

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
                # SQLite's default page cache (2 MiB) is far smaller than the wording index of a real
                # library, whose inserts and reads land on pages all over it; up to this much is kept
                # (allocated only as pages are read): an import of thousands of documents takes a
                # fifth less CPU, and tracing a draft rereads fewer pages
                conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
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
    def reading(self) -> Iterator[Database]:
        """This thread's connection, any problem with the file reported as one line naming it."""
        with self._guard():
            yield self._db

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """:meth:`reading`, in one write transaction (all of it is written, or nothing)."""
        db = self._db
        with self._guard(), self._write(db):
            yield db

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a problem with the database file into one line naming it."""
        try:
            yield
        except sqlite3.Error as e:
            said = problem(e)
            if not said:
                raise
            raise InputError(self.path, said) from None

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
        with self.writing() as db:
            return documents.add(db, doc)

    def add_documents(self, docs: Iterable[Document]) -> list[tuple[str, bool]]:
        """Store many documents in one transaction (an import); (id, already there?) of each."""
        with self.writing() as db:
            out = []
            for doc in docs:
                known = documents.exists(db, document_key(doc))
                out.append((documents.add(db, doc), known))
            return out

    def has_document(self, sha256: str) -> bool:
        with self.reading() as db:
            return documents.exists(db, sha256)

    def document(self, sha256: str) -> Document:
        """A stored document, rebuilt exactly as it was added."""
        with self.reading() as db:
            doc = documents.read(db, sha256)
        if doc is None:
            raise InputError(self.path, f"no document {sha256[:12]} in the library")
        return doc

    def documents(self) -> list[DocumentRow]:
        """Every stored document, the most recently added first."""
        with self.reading() as db:
            return documents.listed(db)

    # --- comparisons ------------------------------------------------------------------------------

    def save_comparison(self, comparison: Comparison, corrections: Iterable[Correction] = (), *, resources: str = "") -> int:
        """Store ``comparison`` (and its documents) with its manual corrections; its id.

        ``resources``: the fingerprint of the engine's data files that computed it (see
        :class:`~nlp.model.identity.ComparisonKey`). Saving again under the same key replaces the
        earlier result and corrections, and keeps the id.
        """
        with self.writing() as db:
            return comparisons.save(db, comparison, corrections, resources)

    def save_comparisons(self, items: Sequence[tuple[Comparison, Iterable[Correction], str]]) -> list[int]:
        """:meth:`save_comparison` of each (comparison, corrections, resources), all in one transaction
        (a batch stores the results that arrived together: one commit, not one each)."""
        with self.writing() as db:
            return [comparisons.save(db, comparison, corrections, resources) for comparison, corrections, resources in items]

    def find_comparison(self, key: ComparisonKey) -> int | None:
        """The id of the comparison stored under ``key``, if any."""
        with self.reading() as db:
            return comparisons.find(db, key)

    def load_comparison(self, cid: int) -> tuple[Comparison, tuple[Correction, ...]]:
        """The stored comparison and its manual corrections, in the order they were made."""
        with self.reading() as db:
            found = comparisons.load(db, cid)
        if found is None:
            raise InputError(self.path, f"no comparison {cid} in the library")
        return found

    def save_corrections(self, cid: int, corrections: Iterable[Correction]) -> None:
        """Make ``corrections`` (in order) the manual corrections of comparison ``cid``."""
        with self.writing() as db:
            if not comparisons.exists(db, cid):
                raise InputError(self.path, f"no comparison {cid} in the library")
            comparisons.replace_corrections(db, cid, corrections)

    def last_corrections(self, old_sha256: str, new_sha256: str) -> tuple[Correction, ...]:
        """The corrections last saved for these two documents, by any engine version or lexicons.

        When the engine or its lexicons change, a comparison is recomputed; these are the corrections
        to replay on it (``nlp.engine.corrections.apply`` skips any that no longer fit).
        """
        with self.reading() as db:
            return comparisons.last_corrections(db, old_sha256, new_sha256)

    def comparisons(self) -> list[ComparisonRow]:
        """Every stored comparison, the most recent first."""
        with self.reading() as db:
            return comparisons.listed(db)

    def delete_comparison(self, cid: int) -> None:
        """Forget a stored comparison, its links and its corrections (the documents stay)."""
        with self.writing() as db:
            comparisons.delete(db, cid)

    # --- finding: sources of a draft's wording, full-text search ----------------------------------

    def candidates(self, text: str, exclude: Iterable[str] = (), limit: int = sources.CANDIDATES) -> list[sources.Candidate]:
        """Stored paragraphs that share wording with ``text`` (see nlp.library.sources), most first."""
        with self.reading() as db:
            return sources.candidates(db.conn, text, exclude, limit)

    def candidates_of_many(self, texts: Sequence[str], exclude: Iterable[str] = (),
                           limit: int = sources.CANDIDATES) -> list[list[sources.Candidate]]:
        """:meth:`candidates` of each of ``texts``, found together (each fingerprint read once)."""
        with self.reading() as db:
            return sources.candidates_of_many(db.conn, texts, exclude, limit)

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        """Paragraphs that contain every word of ``query``, accents and case ignored; best first."""
        if search.fts_query(query) is None:
            return []
        with self.reading() as db:
            return search.run(db.conn, query, limit)

    # --- export -----------------------------------------------------------------------------------

    def export(self, out_path: str | os.PathLike[str]) -> None:
        """Write a clean, compact copy of the library (for Datasette, or to share) to ``out_path``;
        from a damaged library, what can be read (:attr:`salvaged` says how many rows of each table)."""
        out = Path(out_path)
        copy.check_target(out, self.path)
        with self.reading() as db:
            self.salvaged = copy.write(db.conn, out)
