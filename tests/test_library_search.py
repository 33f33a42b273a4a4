"""What a person types into the search box, made into a safe FTS5 query; snippets and their matches."""

from __future__ import annotations

import sqlite3

import pytest

from nlp.library.search import END, START, SearchResult, fts_query, split_snippet


@pytest.mark.parametrize(
    "typed, query",
    [
        ("detresse", '"detresse"'),
        ("  mesures   appropriées ", '"mesures" "appropriées"'),
        ('"Plan d\'action" mondial', '"Plan d\'action" "mondial"'),
        ("engag*", '"engag"*'),
        ("faim OR famine", '"faim" OR "famine"'),
        ("OR faim OR OR", '"faim"'),
        ('AND NOT ( ) - "', '"AND" "NOT"'),
        ("70/1", '"70/1"'),
        ('say "unclosed', '"say" "unclosed"'),
        ("", None),
        ("— « » ...", None),
    ],
)
def test_typed_text_becomes_a_query(typed, query):
    assert fts_query(typed) == query


@pytest.mark.parametrize("typed", ['"', "a\"b", "NEAR(x y)", "col:val", "^start", "x AND", "OR", "(", "*", "l'homme"])
def test_no_typed_text_is_a_syntax_error(typed):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('Les droits de l''homme et la détresse')")
    query = fts_query(typed)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [query]).fetchall()


def test_a_snippet_knows_where_its_matches_are():
    plain, spans = split_snippet(f"…sa {START}détresse{END} & sa {START}faim{END} <b>")
    assert plain == "…sa détresse & sa faim <b>"
    assert [plain[a:b] for a, b in spans] == ["détresse", "faim"]
    result = SearchResult("sha", "A/RES/76/7", "16(a)", "operative", plain, spans, -1.0)
    assert result.marked("«", "»") == "…sa «détresse» & sa «faim» <b>"
    assert result.html() == "…sa <b>détresse</b> &amp; sa <b>faim</b> &lt;b&gt;"
