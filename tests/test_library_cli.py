"""``main.py library …`` in process, always on a temporary database (--db)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from nlp.cli import run
from nlp.library.store import Library
from tests.test_library_store import NEW, OLD, make_comparison

DECLARATION = """# Déclaration d'essai

*L'Assemblée générale*

1. Nous exprimons notre profonde détresse face à la traite des personnes.
2. Nous nous engageons à renforcer la coopération internationale.
"""


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "library.sqlite")


def test_add_stores_each_file_once_and_reports_bad_ones(db, tmp_path, capsys):
    good = tmp_path / "declaration.md"
    good.write_text(DECLARATION, encoding="utf-8")
    copy = tmp_path / "same-bytes.md"
    copy.write_text(DECLARATION, encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")

    assert run(["library", "add", str(good), str(empty), str(copy), "--db", db]) == 2
    out, err = capsys.readouterr()
    assert err == "error: empty.md: file is empty\n"
    assert out.splitlines()[0].startswith("added: declaration.md (")
    assert out.splitlines()[1].startswith("already in the library: same-bytes.md (2 paragraphs, fr, ")
    with Library(db) as library:
        assert len(library.documents()) == 1
        assert [r.paragraph for r in library.search("detresse")] == ["1"]

    assert run(["library", "search", "DETRESSE", "traite", "--db", db]) == 0
    assert capsys.readouterr().out == "declaration.md ¶1: Nous exprimons notre profonde [détresse] face à la [traite] des personnes.\n"


def test_add_a_folder_adds_its_supported_files(db, tmp_path, capsys):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "a.md").write_text(DECLARATION, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(DECLARATION.replace("profonde", "vive"), encoding="utf-8")
    (folder / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (folder / ".hidden" / "c.md").write_text(DECLARATION.replace("profonde", "grande"), encoding="utf-8")
    assert run(["library", "add", str(folder), "--db", db]) == 0
    out = capsys.readouterr().out
    assert [line.split(" from ")[1] for line in out.splitlines()] == [str(folder / "a.md"), str(folder / "sub" / "b.txt")]


def test_list_search_and_export(db, tmp_path, capsys):
    with Library(db) as library:
        library.save_comparison(make_comparison("1.0"))

    assert run(["library", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Documents (2)" in out and "A/RES/72/1  [fr, markdown, 3 paragraphs, adopted 2021-11-22]" in out
    assert "#1  A/RES/72/1 → A/RES/76/7  [engine 1.0, " in out and "1 strengthened, 1 weakened, 1 moved, 1 added, 1 removed" in out

    assert run(["library", "list", "--format", "json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["sha256"] for d in data["documents"]} == {OLD.sha256, NEW.sha256}
    assert data["comparisons"][0]["summary"]["weakened"] == 1

    assert run(["library", "search", "engageons", "--format", "json", "--db", db]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["label"], h["paragraph"]) for h in hits] == [("A/RES/76/7", "2")]

    assert run(["library", "search", "famine", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no paragraph contains famine" in err

    copy = tmp_path / "copy.db"
    assert run(["library", "export", str(copy), "--db", db]) == 0
    assert capsys.readouterr().out == f"wrote {copy} (2 documents, 1 comparisons)\n"
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'detresse'").fetchone() == (2,)
    conn.close()


@pytest.mark.parametrize("args", [["list"], ["search", "x"], ["add", "whatever.md"], ["export", "out.db"]])
def test_a_damaged_library_is_one_line_and_exit_2(tmp_path, capsys, args):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"\x00garbage, not SQLite" * 200)
    assert run(["library", *args, "--db", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "error: broken.sqlite: damaged, or not a library (not an SQLite database)\n"
    assert not (tmp_path / "out.db").exists()


def test_bad_options_exit_2(db, capsys):
    with pytest.raises(SystemExit) as info:
        run(["library", "--db", db])  # --db belongs to the action
    assert info.value.code == 2
    assert run(["library"]) == 2
    with pytest.raises(SystemExit) as info:  # refused by argparse, as every bad option is
        run(["library", "search", "x", "--limit", "0", "--db", db])
    assert info.value.code == 2
    assert "--limit: expected a whole number from 1 to" in capsys.readouterr().err


def test_compare_with_a_library_stores_then_reuses_the_result(tmp_path, capsys, monkeypatch):
    import json

    from nlp.cli import run
    from nlp.library.store import Library

    old, new, db = tmp_path / "old.txt", tmp_path / "new.txt", tmp_path / "lib.sqlite"
    old.write_text("1. Encourage les États Membres à coopérer.\n\n2. Décide de rester saisi de la question.\n", encoding="utf-8")
    new.write_text("1. Prie instamment les États Membres de coopérer.\n\n2. Décide de rester saisi de la question.\n", encoding="utf-8")
    assert run(["compare", str(old), str(new), "--db", str(db)]) == 0
    first = json.loads(capsys.readouterr().out)
    library = Library(db)
    try:
        assert len(library.comparisons()) == 1
    finally:
        library.close()
    import nlp.engine

    def must_not_recompute(*args, **kwargs):
        raise AssertionError("the stored comparison should have been reused")

    monkeypatch.setattr(nlp.engine, "compare", must_not_recompute)
    assert run(["compare", str(old), str(new), "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["links"] == first["links"]
    library = Library(db)
    try:
        assert len(library.comparisons()) == 1  # reused, not stored twice
    finally:
        library.close()
