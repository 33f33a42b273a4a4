"""Migrations already released never change, and a library made by any earlier release upgrades.

A migration applied in a user's library is recorded by name only: if its code changed afterwards,
libraries upgraded before and after the change would differ without anyone knowing. So the code of
every released migration is pinned here; a change of schema is a new migration at the end.
"""

from __future__ import annotations

import hashlib
import inspect
import json

from sqlite_utils.migrations import Migrations

from nlp.library import schema
from nlp.library.fingerprint import fingerprints
from nlp.library.store import Library
from tests.test_library_store import NEW, OLD, make_comparison

# SHA-256 (first 16 hex digits) of each released migration's source, as released. 0001 also runs the
# full-text index's SQL, which lives in module constants (nlp.library.health recreates it from them).
RELEASED = {
    "0001_initial": "28d9b4dd43978a65",
    "0002_fingerprints": "2d1308f9533b1304",  # as released on main at 15:35 (restored: it had been edited)
    "0003_comparison_resources": "f8e1250f8003387a",
    "0004_fingerprints_by_word": "ba6316f986040891",
    "0005_sentence_vectors": "be3f40c0d14948b7",
    "0004_batch_failures": "ee839e120bcbf92a",  # numbered 0004 when released; names are the keys
}
SEARCH_SQL = "a15b7057e54eeabe"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def test_released_migrations_are_unchanged_and_come_first_in_their_order():
    migrations = {m.name: m.fn for m in schema.MIGRATIONS._migrations}
    assert schema.known()[: len(RELEASED)] == list(RELEASED), "a released migration was removed, renamed or moved"
    changed = [name for name, digest in RELEASED.items() if _digest(inspect.getsource(migrations[name])) != digest]
    assert not changed, f"released migrations edited (add a new migration instead): {changed}"
    assert _digest(schema.SEARCH_INDEX + "".join(schema.SEARCH_TRIGGERS.values())) == SEARCH_SQL


def test_migration_names_are_unique():
    assert len(set(schema.known())) == len(schema.known())


def _upto(name: str) -> Migrations:
    """The migrations of the release whose last migration was ``name``."""
    release = Migrations(schema.MIGRATION_SET)
    for migration in schema.MIGRATIONS._migrations:
        release(name=migration.name)(migration.fn)
        if migration.name == name:
            return release
    raise AssertionError(name)


def test_a_library_made_with_the_released_0002_upgrades_to_the_current_schema(tmp_path, monkeypatch):
    """0001 + 0002 as released: the wording index filled by the fingerprints of that time (another
    hash of the runs than today's), comparisons keyed without the lexicons' fingerprint."""
    path = tmp_path / "release-0002.sqlite"
    monkeypatch.setattr(schema, "MIGRATIONS", _upto("0002_fingerprints"))
    with Library(path) as old:
        assert schema.applied(old._db) == ["0001_initial", "0002_fingerprints"]
        with old.writing() as db:
            for doc in (OLD, NEW):
                db.execute(
                    "INSERT INTO documents (sha256, symbol, language, format, path, paragraph_count, added)"
                    " VALUES (?, ?, 'fr', 'markdown', ?, ?, 'x')",
                    [doc.sha256, doc.symbol, doc.path, len(doc)],
                )
                db.conn.executemany(
                    "INSERT INTO paragraphs (document, position, pid, kind, text, footnotes) VALUES (?, ?, ?, ?, ?, '[]')",
                    [(doc.sha256, i, p.id, p.kind, p.text) for i, p in enumerate(doc)],
                )
            # that release's hashes: none of them is a hash of today's fingerprint function
            stale = [(h ^ 0x5A5A5A5A, row) for row, text in db.execute("SELECT id, text FROM paragraphs")
                     for h in fingerprints(text)]
            db.conn.executemany("INSERT INTO fingerprints (hash, paragraph) VALUES (?, ?)", stale)
            cid = db.execute(
                "INSERT INTO comparisons (old, new, engine, created, unchanged, modified, strengthened, weakened,"
                " moved, added, removed, result) VALUES (?, ?, '1.0', 'x', 0, 0, 1, 1, 1, 1, 1, ?)",
                [OLD.sha256, NEW.sha256, json.dumps(make_comparison().to_json())],
            ).lastrowid
    monkeypatch.undo()
    with Library(path) as upgraded:
        db = upgraded._db
        assert schema.applied(db) == schema.known()
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(schema.known())
        # the index holds exactly today's fingerprints of every paragraph, nothing stale
        expected = {(h, row) for row, text in db.execute("SELECT id, text FROM paragraphs") for h in fingerprints(text)}
        assert set(db.execute("SELECT hash, paragraph FROM fingerprints").fetchall()) == expected
        assert [(c.document, c.pid) for c in upgraded.candidates(OLD.paragraphs[1].text)][:1] == [(OLD.sha256, "2")]
        # the comparison is kept, under an empty lexicon fingerprint (recomputed when next opened)
        assert db.execute("SELECT resources FROM comparisons WHERE id = ?", [cid]).fetchone()[0] == ""
        assert upgraded.load_comparison(cid)[0].to_json() == make_comparison().to_json()
        assert {"vectors", "batch_failures"} <= set(db.table_names())
        assert upgraded.document(OLD.sha256).paragraphs == tuple(
            p.__class__(p.id, p.kind, p.text) for p in OLD.paragraphs
        )
