"""The library's tables, created and upgraded by numbered migrations.

Every release that changes the schema adds a migration at the end of :data:`MIGRATIONS` and never
edits an earlier one: a library made by any earlier release is brought up to date when it is opened.
Migrations are plain SQL run inside one transaction (none may need to run outside one, as VACUUM
does). The applied migrations are recorded in sqlite-utils' ``_sqlite_migrations`` table; ``PRAGMA
user_version`` mirrors their count so that other tools can read the schema version cheaply.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "travaux"

MIGRATIONS = Migrations(MIGRATION_SET)

# The full-text index of the paragraphs and the triggers that keep it in step (also what
# nlp.library.health recreates when a library lost them).
# content="paragraphs" is the form Datasette and sqlite-utils recognise as a table's search index
SEARCH_INDEX = """
        CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (
            text,
            tokenize='unicode61 remove_diacritics 2',
            content="paragraphs",
            content_rowid="id"
        )
        """
SEARCH_TRIGGERS = {
    "paragraphs_ai": """
        CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
            INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
        END
        """,
    "paragraphs_ad": """
        CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
            INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END
        """,
    "paragraphs_au": """
        CREATE TRIGGER paragraphs_au AFTER UPDATE ON paragraphs BEGIN
            INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
        END
        """,
}


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    """Documents, their paragraphs (with an accent-insensitive full-text index), comparisons, links, corrections."""
    statements = [
        """
        CREATE TABLE documents (
            sha256 TEXT PRIMARY KEY,          -- of the file's bytes: the same file is stored once
            symbol TEXT,
            title TEXT,
            body TEXT,
            adopted TEXT,                     -- ISO date, when the text says
            language TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL,               -- where it was read from when first added
            paragraph_count INTEGER NOT NULL,
            added TEXT NOT NULL               -- ISO timestamp (UTC)
        )
        """,
        """
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,           -- explicit, so VACUUM keeps the full-text index's rowids
            document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
            position INTEGER NOT NULL,        -- reading order in the document
            pid TEXT NOT NULL,                -- the contract's paragraph id: "7", "16(a)", "PP3"
            kind TEXT NOT NULL,
            lead TEXT,
            text TEXT NOT NULL,
            footnotes TEXT NOT NULL,          -- JSON list of strings
            parent TEXT,
            UNIQUE (document, position),
            UNIQUE (document, pid)
        )
        """,
        SEARCH_INDEX,
        *SEARCH_TRIGGERS.values(),
        """
        CREATE TABLE comparisons (
            id INTEGER PRIMARY KEY,
            old TEXT NOT NULL REFERENCES documents(sha256),
            new TEXT NOT NULL REFERENCES documents(sha256),
            engine TEXT NOT NULL,             -- a stored result is valid only for the engine that made it
            created TEXT NOT NULL,            -- ISO timestamp (UTC) of the last save
            unchanged INTEGER NOT NULL,
            modified INTEGER NOT NULL,
            strengthened INTEGER NOT NULL,
            weakened INTEGER NOT NULL,
            moved INTEGER NOT NULL,
            added INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            result TEXT NOT NULL,             -- the contract's comparison JSON: reopening is one read
            UNIQUE (old, new, engine)
        )
        """,
        "CREATE INDEX comparisons_new ON comparisons (new)",
        """
        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            comparison INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'added', 'removed')),
            old TEXT,                         -- paragraph ids joined with '+': "3", "8+9"
            new TEXT,
            change TEXT,                      -- for a link: unchanged, modified, strengthened, weakened
            moved INTEGER,
            score REAL,
            manual INTEGER,
            commitment INTEGER,               -- for an added or removed paragraph
            signals TEXT NOT NULL,            -- JSON list of the contract's signals
            UNIQUE (comparison, position)
        )
        """,
        "CREATE INDEX links_change ON links (change)",
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            comparison INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,        -- corrections are replayed in this order
            correction TEXT NOT NULL,         -- JSON of nlp.engine.corrections.Correction
            UNIQUE (comparison, position)
        )
        """,
    ]
    for sql in statements:
        db.execute(sql)


@MIGRATIONS(name="0002_fingerprints")
def fingerprints(db: Database) -> None:
    """An index of the paragraphs' wording (nlp.library.fingerprint), to find a draft's sources fast.

    One row per (fingerprint, paragraph), clustered by fingerprint (WITHOUT ROWID): the candidates
    for a paragraph are a few range reads. Paragraphs already in the library are fingerprinted here.
    There is deliberately no index by paragraph (it would double the table): a row left behind by a
    deleted paragraph only proposes a candidate that is then scored on its real text, or none at all.
    """
    from nlp.library.fingerprint import fingerprints as of_text

    db.execute(
        """
        CREATE TABLE fingerprints (
            hash INTEGER NOT NULL,            -- nlp.library.fingerprint: a winnowed hash of 3 words
            paragraph INTEGER NOT NULL,       -- paragraphs.id
            PRIMARY KEY (hash, paragraph)
        ) WITHOUT ROWID
        """
    )
    rows = db.execute("SELECT id, text FROM paragraphs").fetchall()
    db.conn.executemany(
        "INSERT INTO fingerprints (hash, paragraph) VALUES (?, ?)",
        [(h, pid) for pid, text in rows for h in of_text(text)],
    )


@MIGRATIONS(name="0003_comparison_resources")
def comparison_resources(db: Database) -> None:
    """A stored comparison is also keyed by the fingerprint of the engine's data files (lexicons,
    alignment tables): ``UNIQUE (old, new, engine, resources)``. SQLite cannot change a constraint,
    so the table is rebuilt (``migrate`` turns foreign keys off meanwhile, so that dropping the old
    table does not cascade to links and corrections). Earlier rows get an empty fingerprint, which no
    engine has: they are recomputed when next opened, their corrections replayed."""
    keys = "unchanged INTEGER NOT NULL, modified INTEGER NOT NULL, strengthened INTEGER NOT NULL, " \
        "weakened INTEGER NOT NULL, moved INTEGER NOT NULL, added INTEGER NOT NULL, removed INTEGER NOT NULL"
    columns = "id, old, new, engine, created, unchanged, modified, strengthened, weakened, moved, added, removed, result"
    for sql in (
        f"""
        CREATE TABLE comparisons_rebuilt (
            id INTEGER PRIMARY KEY,
            old TEXT NOT NULL REFERENCES documents(sha256),
            new TEXT NOT NULL REFERENCES documents(sha256),
            engine TEXT NOT NULL,             -- a stored result is valid only for the engine that made it
            resources TEXT NOT NULL DEFAULT '',  -- and for the lexicons and tables it read (fingerprint)
            created TEXT NOT NULL,            -- ISO timestamp (UTC) of the last save
            {keys},
            result TEXT NOT NULL,             -- the comparison as data: reopening is one read
            UNIQUE (old, new, engine, resources)
        )
        """,
        f"INSERT INTO comparisons_rebuilt ({columns}) SELECT {columns} FROM comparisons",
        "DROP TABLE comparisons",
        "ALTER TABLE comparisons_rebuilt RENAME TO comparisons",
        "CREATE INDEX comparisons_new ON comparisons (new)",
    ):
        db.execute(sql)


@MIGRATIONS(name="0004_fingerprints_by_word")
def fingerprints_by_word(db: Database) -> None:
    """Fingerprints recomputed: a run's hash is now mixed from its words' hashes (faster to make);
    the index made by 0002 would no longer match a draft's fingerprints."""
    db.execute("DELETE FROM fingerprints")
    _fingerprint_all(db)


@MIGRATIONS(name="0005_sentence_vectors")
def sentence_vectors(db: Database) -> None:
    """Paragraphs' sentence vectors (nlp.engine.across.encoder), keyed by the SHA-256 of the model and the
    text: a paragraph compared across languages is encoded once, whatever comparisons it takes part in."""
    db.execute("CREATE TABLE vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID")


def _fingerprint_all(db: Database) -> None:
    from nlp.library.fingerprint import fingerprints as of_text

    rows = db.execute("SELECT id, text FROM paragraphs").fetchall()
    db.conn.executemany(
        "INSERT OR IGNORE INTO fingerprints (hash, paragraph) VALUES (?, ?)",
        [(h, pid) for pid, text in rows for h in of_text(text)],
    )



@MIGRATIONS(name="0004_batch_failures")
def batch_failures(db: Database) -> None:
    """The pairs a batch could not compare, with the reason (``main.py batch``): kept so that a
    researcher sees what is missing; the pair's row goes when a later batch compares it."""
    db.execute(
        """
        CREATE TABLE batch_failures (
            id INTEGER PRIMARY KEY,
            old TEXT NOT NULL,                -- the file as the batch named it
            new TEXT NOT NULL,                -- '' when a file could not be read at all (no pair)
            reason TEXT NOT NULL,             -- one line
            engine TEXT NOT NULL,
            at TEXT NOT NULL,                 -- ISO timestamp (UTC)
            UNIQUE (old, new)
        )
        """
    )


def applied(db: Database) -> list[str]:
    """Names of the migrations already applied to ``db`` (of this application's set)."""
    return [m.name for m in MIGRATIONS.applied(db)]


def known() -> list[str]:
    """Names of the migrations this version of the application knows, in order."""
    return [m.name for m in MIGRATIONS._migrations]


def migrate(db: Database) -> None:
    """Apply every pending migration, all in one transaction, and record the schema version.

    The transaction holds the write lock from its start and looks for pending migrations again
    under it, so two programs opening the same old library at once do not both upgrade it; and an
    upgrade that fails leaves the library exactly as it was.
    """
    if not MIGRATIONS.pending(db):
        return
    # a table rebuild must not cascade deletes (this pragma is a no-op inside a transaction)
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS.ensure_migrations_table(db)
            for migration in MIGRATIONS.pending(db):
                migration.fn(db)
                db.table(MIGRATIONS.migrations_table).insert(
                    {"migration_set": MIGRATIONS.name, "name": migration.name, "applied_at": str(datetime.now(UTC))}
                )
            db.execute(f"PRAGMA user_version = {len(applied(db))}")
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise sqlite3.IntegrityError(f"the upgrade would break {len(problems)} references")
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()
    finally:
        if foreign_keys:
            db.execute("PRAGMA foreign_keys = ON")
