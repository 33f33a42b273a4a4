"""The library's wording index: fingerprints, the migration that adds them, candidate sources."""

from __future__ import annotations

import random

from nlp.library import schema
from nlp.library.fingerprint import SHINGLE, WINDOW, fingerprints, words
from nlp.library.store import Library
from nlp.model.document import Document, Paragraph

VOCABULARY = [f"mot{i}" for i in range(400)]


def test_words_fold_accents_case_and_typography():
    assert words("Nous réaffirmons l’importance — ÉTATS") == ["nous", "reaffirmons", "l", "importance", "etats"]
    assert fingerprints("Réaffirmons l'importance") == fingerprints("reaffirmons  l’IMPORTANCE")


def test_any_shared_run_long_enough_shares_a_fingerprint():
    """Winnowing's guarantee, on generated texts: a common passage of SHINGLE + WINDOW - 1 words
    between otherwise unrelated texts is always found."""
    rng = random.Random(17)
    for _ in range(300):
        common = rng.choices(VOCABULARY, k=SHINGLE + WINDOW - 1 + rng.randrange(4))
        a = rng.choices(VOCABULARY, k=rng.randrange(0, 40)) + common + rng.choices(VOCABULARY, k=rng.randrange(0, 40))
        b = rng.choices(VOCABULARY, k=rng.randrange(0, 40)) + common + rng.choices(VOCABULARY, k=rng.randrange(0, 40))
        assert fingerprints(" ".join(a)) & fingerprints(" ".join(b))


def test_a_short_paragraph_still_has_a_fingerprint():
    assert len(fingerprints("Décide")) == 1 and len(fingerprints("Nous décidons")) == 1
    assert fingerprints("") == set()


def _doc(name: str, texts: list[str], symbol: str | None = None) -> Document:
    return Document(path=f"{name}.txt", format="text", language="fr", symbol=symbol, sha256=name,
                    paragraphs=tuple(Paragraph(str(i + 1), "operative", t) for i, t in enumerate(texts)))


SOURCE = "Nous nous engageons à prévenir et à combattre la traite des personnes sous toutes ses formes"
OTHER = "Le Conseil de sécurité décide de proroger le mandat de la Force jusqu'au 31 janvier"


def test_candidates_come_from_the_index_best_first_and_never_from_an_excluded_document(tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        library.add_document(_doc("a", [SOURCE, OTHER], "A/1"))
        library.add_document(_doc("b", [SOURCE.replace("prévenir et à ", ""), "Autre chose encore sans rapport"], "A/2"))
        found = library.candidates(SOURCE + " et partout")
        assert [(c.document, c.pid) for c in found][:2] == [("a", "1"), ("b", "1")]
        assert all(c.text != OTHER for c in found)
        assert [c.document for c in library.candidates(SOURCE, exclude=("a",))] == ["b"]
        assert library.candidates("zzz qqq www") == []


def test_an_older_library_gets_its_paragraphs_fingerprinted_when_opened(tmp_path):
    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        library.add_document(_doc("a", [SOURCE, OTHER]))
        db = library._db
        # as the first release left it: no wording index, one migration applied
        db.execute("DROP TABLE fingerprints")
        db.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '000%_fingerprints%'")
        db.execute("PRAGMA user_version = 1")
        db.conn.commit()
    with Library(path) as upgraded:
        assert sorted(schema.applied(upgraded._db)) == sorted(schema.known())
        assert [c.pid for c in upgraded.candidates(SOURCE)] == ["1"]
