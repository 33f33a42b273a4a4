"""The library on a temporary database: identity, round trips, engine versions, search, schema, threads, errors."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations

from nlp.library import comparisons, schema, store
from nlp.library.store import Library
from nlp.model.comparison import (
    Added,
    Change,
    Comparison,
    DiffOp,
    Link,
    Op,
    Removed,
    Signal,
    Span,
    params,
)
from nlp.model.correction import Correction
from nlp.model.document import Document, Paragraph
from nlp.model.errors import InputError
from nlp.model.identity import ComparisonKey


def make_doc(symbol: str, texts: list[str], sha: str | None = None, path: str | None = None) -> Document:
    paragraphs = tuple(
        Paragraph(id=str(i), kind="operative", text=t, lead=t.split()[0], footnotes=("Résolution 70/1.",) if i == 1 else ())
        for i, t in enumerate(texts, 1)
    )
    return Document(
        path=path or f"{symbol.replace('/', '_')}.md",
        format="markdown",
        language="fr",
        paragraphs=paragraphs,
        symbol=symbol,
        title="Déclaration politique",
        body="Assemblée générale",
        adopted="2021-11-22",
        sha256=sha or hashlib.sha256(symbol.encode()).hexdigest(),
    )


OLD = make_doc("A/RES/72/1", ["Exprime sa profonde détresse face à la situation.", "Encourage les États à agir.", "Décide de rester saisi."])
NEW = make_doc("A/RES/76/7", ["Exprime sa détresse face à la situation.", "Nous nous engageons à agir.", "Prie le Secrétaire général de faire rapport."])


def make_comparison(engine: str = "1.0") -> Comparison:
    return Comparison(
        old=OLD,
        new=NEW,
        links=(
            Link(("1",), ("1",), 0.91, Change.WEAKENED, diff=(DiffOp(Op.EQUAL, "Exprime sa "), DiffOp(Op.DELETE, "profonde "), DiffOp(Op.EQUAL, "détresse")),
                 signals=(Signal("intensifier", "weaker", "profonde", None, "intensifier_removed", params(old="profonde", intensifier="fully"), 0.75, Span("1", 3, 11)),)),
            Link(("2",), ("2",), 0.5212345678901234, Change.STRENGTHENED, moved=True, signals=(Signal("verb", "stronger", "Encourage", "Nous nous engageons", "verb_stronger", params(old_verb="encourage", new_verb="commit"), 1.0, Span("2", 0, 9), Span("2", 0, 19)),)),
        ),
        added=(Added("3", True),),
        removed=(Removed("3", False),),
        engine=engine,
        meta=(("created", "2026-11-25T12:00:00+00:00"),),
    )


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


def count(lib: Library, table: str) -> int:
    return lib._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_same_document_added_twice_is_stored_once(library):
    first = library.add_document(OLD)
    again = library.add_document(OLD)
    assert first == again == OLD.sha256
    assert count(library, "documents") == 1
    assert count(library, "paragraphs") == len(OLD)
    assert [d.label for d in library.documents()] == ["A/RES/72/1"]


def test_a_document_comes_back_exactly(library):
    library.add_document(OLD)
    assert library.document(OLD.sha256) == OLD
    with pytest.raises(InputError, match="no document"):
        library.document("f" * 64)


def test_a_comparison_comes_back_equal_to_the_original(library, tmp_path):
    comparison = make_comparison()
    cid = library.save_comparison(comparison)
    library.close()
    reopened = Library(tmp_path / "library.sqlite")
    loaded, corrections = reopened.load_comparison(cid)
    assert loaded == comparison
    assert loaded.to_json() == comparison.to_json()
    assert corrections == ()
    # its documents are in the library, and each link, addition and removal is one row
    assert {d.sha256 for d in reopened.documents()} == {OLD.sha256, NEW.sha256}
    rows = reopened._db.execute("SELECT kind, old, new, change, moved FROM links WHERE comparison = ? ORDER BY position", [cid]).fetchall()
    assert rows == [("link", "1", "1", "weakened", 0), ("link", "2", "2", "strengthened", 1), ("added", None, "3", None, None), ("removed", "3", None, None, None)]
    reopened.close()


def test_corrections_come_back_in_order(library):
    corrections = (
        Correction("unlink", ("2",), ("2",)),
        Correction("link", ("2", "3"), ("2",)),
        Correction("relabel", ("1",), ("1",), "modified"),
    )
    cid = library.save_comparison(make_comparison(), corrections)
    assert library.load_comparison(cid)[1] == corrections
    library.save_corrections(cid, corrections[:1])
    assert library.load_comparison(cid)[1] == corrections[:1]
    library.save_corrections(cid, [c.to_json() for c in corrections])  # plain JSON dicts are accepted too
    assert library.load_comparison(cid)[1] == corrections
    assert library.comparisons()[0].corrections == 3
    with pytest.raises(InputError, match="no comparison 99"):
        library.save_corrections(99, corrections)


def test_saving_the_same_comparison_again_replaces_it(library):
    cid = library.save_comparison(make_comparison(), [Correction("relabel", ("1",), ("1",), "modified")])
    changed = make_comparison().replace(links=make_comparison().links[:1], added=(Added("2", True), Added("3", True)))
    assert library.save_comparison(changed) == cid
    assert library.load_comparison(cid) == (changed, ())
    assert count(library, "comparisons") == 1
    assert count(library, "links") == 1 + 2 + 1


def key(engine: str = "1.0", resources: str = "lex-a", old: Document = OLD, new: Document = NEW) -> ComparisonKey:
    return ComparisonKey(old.sha256 or "", new.sha256 or "", engine, resources)


def test_a_stored_result_is_found_only_under_its_key(library):
    cid = library.save_comparison(make_comparison("1.0"), [Correction("relabel", ("1",), ("1",), "modified")], resources="lex-a")
    assert library.find_comparison(key("1.0", "lex-a")) == cid
    assert library.find_comparison(key("1.1", "lex-a")) is None  # another engine version
    assert library.find_comparison(key("1.0", "lex-b")) is None  # other lexicons
    assert library.find_comparison(key("1.0", "lex-a", NEW, OLD)) is None  # the reverse comparison
    # the recomputed result is stored beside it, and the person's corrections can be replayed on it
    assert library.last_corrections(OLD.sha256, NEW.sha256) == (Correction("relabel", ("1",), ("1",), "modified"),)
    newer = library.save_comparison(make_comparison("1.1"), resources="lex-a")
    relexed = library.save_comparison(make_comparison("1.0"), resources="lex-b")
    assert len({cid, newer, relexed}) == 3
    assert library.find_comparison(key("1.1", "lex-a")) == newer and library.find_comparison(key("1.0", "lex-b")) == relexed
    assert sorted(c.engine for c in library.comparisons()) == ["1.0", "1.0", "1.1"]
    assert library.last_corrections(NEW.sha256, OLD.sha256) == ()


def test_the_library_does_not_compute():
    assert not hasattr(Library, "reopen_or_compare")


def test_deleting_a_comparison_deletes_its_links_and_corrections(library):
    cid = library.save_comparison(make_comparison(), [Correction("relabel", ("1",), ("1",), "modified")])
    library.delete_comparison(cid)
    assert (count(library, "comparisons"), count(library, "links"), count(library, "corrections")) == (0, 0, 0)
    assert count(library, "documents") == 2


def test_foreign_keys_are_enforced(library):
    with pytest.raises(sqlite3.IntegrityError):
        with library._write(library._db):
            library._db.execute("INSERT INTO corrections (comparison, position, correction) VALUES (42, 0, '{}')")


def test_a_failed_write_leaves_nothing_behind(library):
    with pytest.raises(AttributeError):
        library.save_comparison(make_comparison(), [object()])
    assert (count(library, "documents"), count(library, "paragraphs"), count(library, "comparisons"), count(library, "links")) == (0, 0, 0, 0)


def test_search_ignores_accents_and_case(library):
    library.add_document(OLD)
    library.add_document(NEW)
    results = library.search("detresse")
    assert sorted((r.label, r.paragraph) for r in results) == [("A/RES/72/1", "1"), ("A/RES/76/7", "1")]
    assert all(r.snippet[a:b] == "détresse" for r in results for a, b in r.highlights)
    assert {r.marked("[", "]") for r in results} >= {"Exprime sa [détresse] face à la situation."}
    assert [r.label for r in library.search("DÉTRESSE profonde")] == ["A/RES/72/1"]
    assert [r.paragraph for r in library.search('"nous engageons"')] == ["2"]
    assert [r.paragraph for r in library.search("secretaire*")] == ["3"]
    assert {r.label for r in library.search("profonde OR engageons")} == {"A/RES/72/1", "A/RES/76/7"}
    assert library.search("famine") == []
    assert library.search('"') == [] and library.search("AND ( -") == []
    assert len(library.search("détresse", limit=1)) == 1


def test_a_new_library_is_at_the_latest_schema_in_wal_mode(library):
    db = library._db
    assert schema.applied(db) == schema.known()
    assert schema.known()[:4] == ["0001_initial", "0002_fingerprints", "0003_comparison_resources", "0004_fingerprints_by_word"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(schema.known())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"documents", "paragraphs", "paragraphs_fts", "comparisons", "links", "corrections"} <= set(db.table_names())


def release(*extra) -> Migrations:
    """The migrations of a later release: this one's, then ``extra`` (name, function) pairs."""
    later = Migrations(schema.MIGRATION_SET)
    for migration in schema.MIGRATIONS._migrations:
        later(name=migration.name)(migration.fn)
    for name, fn in extra:
        later(name=name)(fn)
    return later


def first_release() -> Migrations:
    first = Migrations(schema.MIGRATION_SET)
    first(name="0001_initial")(schema.initial)
    return first


def test_opening_a_library_of_an_older_version_migrates_it(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    with Library(path) as old:  # made by this release
        cid = old.save_comparison(make_comparison())

    def notes(db):
        db.execute("ALTER TABLE documents ADD COLUMN notes TEXT")

    monkeypatch.setattr(schema, "MIGRATIONS", release(("0099_document_notes", notes)))
    with Library(path) as upgraded:
        db = upgraded._db
        assert schema.applied(db) == [*schema.known()[:-1], "0099_document_notes"]
        assert "notes" in db["documents"].columns_dict
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(schema.known())
        assert upgraded.load_comparison(cid)[0] == make_comparison()
        assert [r.paragraph for r in upgraded.search("detresse")] == ["1", "1"]


def test_a_library_of_the_first_release_keeps_its_comparisons_links_and_corrections(tmp_path, monkeypatch):
    """The rebuild of the comparisons table (for the lexicons' fingerprint) cascades no delete."""
    path = tmp_path / "first.sqlite"
    mine = (Correction("relabel", ("1",), ("1",), "modified"),)
    monkeypatch.setattr(schema, "MIGRATIONS", first_release())
    with Library(path) as old:
        db = old._db
        with old._write(db):  # what the first release's save_comparison wrote
            for doc in (OLD, NEW):
                db.execute(
                    "INSERT INTO documents (sha256, language, format, path, paragraph_count, added)"
                    " VALUES (?, 'fr', 'markdown', ?, 0, 'x')",
                    [doc.sha256, doc.path],
                )
            cid = db.execute(
                "INSERT INTO comparisons (old, new, engine, created, unchanged, modified, strengthened, weakened,"
                " moved, added, removed, result) VALUES (?, ?, '1.0', 'x', 0, 0, 1, 1, 1, 1, 1, ?)",
                [OLD.sha256, NEW.sha256, json.dumps(make_comparison().to_json())],
            ).lastrowid
            db.execute("INSERT INTO links (comparison, position, kind, signals) VALUES (?, 0, 'added', '[]')", [cid])
            comparisons.replace_corrections(db, cid, mine)
    monkeypatch.undo()
    with Library(path) as upgraded:
        assert schema.applied(upgraded._db) == schema.known()
        assert (count(upgraded, "comparisons"), count(upgraded, "links"), count(upgraded, "corrections")) == (1, 1, 1)
        comparison, corrections = upgraded.load_comparison(cid)
        assert (comparison.to_json(), corrections) == (make_comparison().to_json(), mine)
        # made before lexicons were fingerprinted: found under no current key, its corrections replayable
        assert upgraded.find_comparison(key("1.0", "lex-a")) is None
        assert upgraded.last_corrections(OLD.sha256, NEW.sha256) == mine
        assert upgraded._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        upgraded.delete_comparison(cid)  # the rebuilt table still cascades to links and corrections
        assert (count(upgraded, "links"), count(upgraded, "corrections")) == (0, 0)


def test_a_failed_upgrade_leaves_the_library_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    with Library(path) as old:
        old.add_document(OLD)

    def tags(db):
        db.execute("CREATE TABLE tags (name TEXT)")
        raise RuntimeError("a bug in a migration")

    monkeypatch.setattr(schema, "MIGRATIONS", release(("0099_tags", tags)))
    with pytest.raises(RuntimeError):
        Library(path)
    monkeypatch.undo()
    with Library(path) as library:
        assert schema.applied(library._db) == schema.known()
        assert "tags" not in library._db.table_names()
        assert library._db.execute("PRAGMA user_version").fetchone()[0] == len(schema.known())
        assert library.document(OLD.sha256) == OLD


def test_a_library_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    Library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('travaux', '0099_future', 'x')")
    with pytest.raises(InputError, match="newer version of Travaux"):
        Library(path)


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda p: p.write_bytes(b"this is not a database at all, just some text" * 100), "damaged, or not a library"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "not a Travaux library"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
)
def test_a_bad_library_file_is_one_line_naming_it(tmp_path, make, problem):
    path = tmp_path / "bad.sqlite"
    make(path)
    with pytest.raises(InputError) as info:
        Library(path)
    assert str(info.value).startswith("bad.sqlite: ") and problem in str(info.value)
    assert "\n" not in str(info.value)


def test_a_missing_folder_is_one_line(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        Library(tmp_path / "nowhere" / "library.sqlite")


def test_a_locked_library_is_one_line(tmp_path):
    path = tmp_path / "library.sqlite"
    Library(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        library = Library(path, timeout=0.05)
        with pytest.raises(InputError, match="locked"):
            library.add_document(OLD)
        library.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_each_thread_has_its_own_connection(library):
    docs = [make_doc(f"A/RES/{n}", [f"Texte numéro {n} sur la détresse."]) for n in range(20)]
    connections, errors = [], []

    def work(part):
        try:
            for doc in part:
                library.add_document(doc)
                assert library.search(f"numero {doc.symbol.rsplit('/', 1)[1]}")
            connections.append(library._db)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(docs[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert connections[0] is not connections[1] and library._db not in connections
    assert len(library.documents()) == 20
    assert len(library.search("detresse")) == 20


def test_export_writes_a_clean_copy_with_its_search_index(library, tmp_path):
    library.save_comparison(make_comparison(), [Correction("relabel", ("1",), ("1",), "modified")])
    out = tmp_path / "copy.db"
    out.write_bytes(b"an older copy")
    library.export(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.db", "library.sqlite", "library.sqlite-shm", "library.sqlite-wal"]
    copy = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    hits = copy.execute("SELECT p.pid FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH 'detresse'").fetchall()
    assert len(hits) == 2
    assert copy.execute("SELECT count(*) FROM corrections").fetchone() == (1,)
    copy.close()
    # found as the paragraphs' search index the way Datasette finds it (content="paragraphs")
    assert sqlite_utils.Database(out)["paragraphs"].detect_fts() == "paragraphs_fts"
    with pytest.raises(InputError, match="is the library itself"):
        library.export(library.path)
    with pytest.raises(InputError, match="does not exist"):
        library.export(tmp_path / "nowhere" / "copy.db")


def test_the_default_library_is_in_the_user_data_folder_unless_the_environment_says(tmp_path, monkeypatch):
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    assert store.default_path().parts[-2:] == ("Travaux", "library.sqlite")
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path / "elsewhere.sqlite"))
    with Library() as library:
        assert library.path == tmp_path / "elsewhere.sqlite"
    assert (tmp_path / "elsewhere.sqlite").is_file()
