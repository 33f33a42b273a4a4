"""Libraries that must not be written (issue 20, items 8 and 11): a newer schema, damaged pages; a lost
search index is rebuilt; a damaged library's readable rows can still be exported; long searches are
bounded."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from nlp.cli import main as cli
from nlp.library import schema
from nlp.library.search import MAX_TERMS, fts_query
from nlp.library.store import Library
from nlp.model.document import Document, Paragraph
from nlp.model.errors import InputError

WORDS = "coopération traite personnes victimes protection enfants femmes migrants frontières justice".split()


def _doc(n: int) -> Document:
    paragraphs = tuple(
        Paragraph(str(i), "operative", f"Prie instamment les États Membres {WORDS[(n + i) % len(WORDS)]} alinéa {i} " + "texte " * 60)
        for i in range(1, 31)
    )
    return Document(path=f"doc{n}.txt", format="text", language="fr", paragraphs=paragraphs, symbol=f"A/RES/{n}", sha256=hashlib.sha256(str(n).encode()).hexdigest())


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for n in range(40):
            library.add_document(_doc(n))
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    return path


def _run(capsys, *argv):
    rc = cli.run(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def _damage(path, page_size=4096):
    """Overwrite pages in the middle of the file (the paragraphs' b-tree) with garbage."""
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    for page in range(pages // 3, pages // 3 + 4):
        data[page * page_size : page * page_size + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def test_a_library_from_a_newer_version_is_refused_and_left_alone(filled, capsys):
    con = sqlite3.connect(filled)
    con.execute(f"PRAGMA user_version = {len(schema.known()) + 5}")
    con.commit()
    con.close()
    before = filled.read_bytes()
    rc, out, err = _run(capsys, "library", "add", str(filled.parent / "absent.txt"), "--db", str(filled))
    assert rc == 2 and len(err.splitlines()) == 1 and "newer version of Travaux" in err
    assert filled.read_bytes() == before
    assert not (filled.parent / "lib.sqlite-wal").exists()


def test_a_damaged_library_is_refused_with_how_to_recover(filled, capsys, tmp_path):
    _damage(filled)
    before = filled.read_bytes()
    rc, out, err = _run(capsys, "library", "list", "--db", str(filled))
    assert rc == 2 and len(err.splitlines()) == 1, err
    assert "damaged" in err and "library export" in err
    with pytest.raises(InputError, match="damaged"):
        Library(filled)
    assert filled.read_bytes() == before  # nothing written, not even the journal mode

    rc, out, err = _run(capsys, "library", "export", str(tmp_path / "saved.sqlite"), "--db", str(filled))
    assert rc == 0, err
    assert "only what could be read" in out
    with Library(tmp_path / "saved.sqlite") as saved:  # the copy is a sound library
        kept = saved.documents()
        assert 0 < len(kept) <= 40
        assert saved.search("coopération")
        for row in kept:
            assert len(saved.document(row.sha256).paragraphs) == row.paragraphs or row.paragraphs == 30
    assert filled.read_bytes() == before


def test_a_lost_search_index_is_rebuilt(filled, capsys):
    con = sqlite3.connect(filled)
    con.execute("DROP TABLE paragraphs_fts")
    con.execute("DROP TRIGGER paragraphs_ai")
    con.commit()
    con.close()
    rc, out, err = _run(capsys, "library", "search", "coopération", "--db", str(filled))
    assert rc == 0, err
    assert "coopération" in out
    with Library(filled) as library:
        library.add_document(_doc(99))
        assert any(r.label == "A/RES/99" for r in library.search("alinéa 30", limit=100))


def test_long_queries_are_bounded_or_refused(filled, capsys):
    assert fts_query(" ".join(["de", "la"] * 1000)) == '"de" "la"'
    assert fts_query("traite OR traite OR personnes") == '"traite" OR "personnes"'
    with pytest.raises(InputError, match="too many"):
        fts_query(" ".join(f"mot{i}" for i in range(MAX_TERMS + 1)))
    with pytest.raises(InputError, match="prefix"):
        fts_query("d*")
    with pytest.raises(InputError, match="phrase"):
        fts_query('"' + " ".join(["de"] * 500) + '"')
    rc, out, err = _run(capsys, "library", "search", *(["pr*", "me*", "al*"] * 200), "--db", str(filled))
    assert rc == 0 and err == "" and out.count("\n") == 50
    rc, out, err = _run(capsys, "library", "search", *[f"mot{i}" for i in range(2000)], "--db", str(filled))
    assert rc == 2 and len(err.splitlines()) == 1 and "too many" in err
