"""`batch` on a LocalCluster of two workers, over two real series (tests/data/batch).

Truth by construction: the series are known (three UNFICYP renewals in English, two resolutions on
trafficking in French), so the consecutive pairs are known; every comparison must equal what
`compare` gives for the same pair; an unreadable file is recorded and skipped; an interrupted batch
resumed stores each pair exactly once.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3

import pytest

from nlp.batch import cluster
from nlp.batch.run import run_batch
from nlp.library import failures
from nlp.library.store import Library
from nlp.service import comparison_key, open_comparison

SERIES = {
    "unficyp": ["S_RES_2506_2020.en.akn.xml", "S_RES_2537_2020.en.akn.xml", "S_RES_2561_2021.en.akn.xml"],
    "traite": ["A_RES_74_176.fr.akn.xml", "A_RES_76_186.fr.akn.xml"],
}


@pytest.fixture(scope="module")
def client():
    c = cluster.connect(None, 2, ("fr", "en"))
    yield c
    cluster.close(c)


@pytest.fixture
def corpus(data_dir, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(data_dir / "batch", folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


def expected_pairs(folder):
    return {(str(folder / s / a), str(folder / s / b)) for s, files in SERIES.items() for a, b in zip(files, files[1:])}


def stored_pairs(db) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT o.path, n.path FROM comparisons c JOIN documents o ON o.sha256 = c.old JOIN documents n ON n.sha256 = c.new"
        ).fetchall()


@pytest.mark.slow
@pytest.mark.timeout(900)  # starting two workers loads the language model twice
def test_a_folder_batch_stores_every_consecutive_pair_as_compare_would(client, corpus, tmp_path):
    (corpus / "unficyp" / "broken.akn.xml").write_bytes(b"<akomaNtoso><doc>")  # unreadable: recorded, skipped
    db, out = tmp_path / "library.sqlite", tmp_path / "changes.csv"
    said: list[str] = []
    with Library(db) as library:
        outcome = run_batch(corpus, library, client, str(out), say=said.append)
        recorded = failures.failures(library)
    assert (outcome.pairs, outcome.computed, outcome.reopened) == (3, 3, 0)
    assert sorted(stored_pairs(db)) == sorted(expected_pairs(corpus))
    # the broken file: one line naming it, one row in the library, and no pair
    assert len(said) == 1 and "broken.akn.xml" in said[0] and said[0].startswith("failed: ")
    assert [(f.old.endswith("broken.akn.xml"), f.new) for f in recorded] == [(True, "")]

    with out.open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    total = 0
    for old, new in sorted(expected_pairs(corpus)):
        alone = open_comparison(old, new).comparison  # the same pair through `compare`
        with Library(db) as library:
            cid = library.find_comparison(comparison_key(alone.old, alone.new))
            assert cid is not None
            stored = library.load_comparison(cid)[0]
        assert stored.to_json() == alone.to_json()
        rows = [r for r in table if (r["old_file"], r["new_file"]) == (old, new)]
        assert len(rows) == len(alone.links) + len(alone.added) + len(alone.removed)
        assert [r["change"] for r in rows if r["entry"] == "link"] == [l.change.value for l in alone.links]
        total += len(rows)
    assert len(table) == total == outcome.rows


@pytest.mark.slow
@pytest.mark.timeout(900)  # starting two workers loads the language model twice
def test_a_manifest_pair_with_an_unreadable_file_is_recorded_and_skipped(client, corpus, tmp_path):
    first, second = (corpus / "traite" / name for name in SERIES["traite"])
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(f"old,new\n{first},{second}\n{first},{tmp_path / 'missing.xml'}\n", encoding="utf-8")
    with Library(tmp_path / "library.sqlite") as library:
        outcome = run_batch(manifest, library, client, say=lambda line: None)
        recorded = failures.failures(library)
    assert (outcome.pairs, outcome.computed, len(outcome.failed)) == (2, 1, 1)
    assert "missing.xml: no such file" in outcome.failed[0]
    assert [(f.old, f.new) for f in recorded] == [(str(first), str(tmp_path / "missing.xml"))]


@pytest.mark.slow
@pytest.mark.timeout(900)  # starting two workers loads the language model twice
def test_an_interrupted_batch_resumed_stores_each_pair_once(client, corpus, tmp_path):
    db = tmp_path / "library.sqlite"

    def interrupt(pair):
        raise KeyboardInterrupt

    with Library(db) as library, pytest.raises(KeyboardInterrupt):
        run_batch(corpus, library, client, on_stored=interrupt)
    # the results that arrived with the first one were stored together, before the interruption
    before = len(stored_pairs(db))
    assert 1 <= before <= 3
    with Library(db) as library:
        outcome = run_batch(corpus, library, client)
    assert (outcome.reopened, outcome.computed) == (before, 3 - before)
    assert sorted(stored_pairs(db)) == sorted(expected_pairs(corpus))  # each pair exactly once
