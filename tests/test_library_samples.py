"""End to end on the bundled samples: a real comparison stored, reopened equal, its paragraphs searchable."""

from __future__ import annotations

import pytest

from nlp.library.store import Library
from nlp.readers import read_document


@pytest.mark.slow
def test_a_real_comparison_is_reopened_instead_of_recomputed(samples, tmp_path, monkeypatch):
    from nlp import engine

    old = read_document(samples / "A_RES_72_1.fr.md")
    new = read_document(samples / "A_RES_76_7.fr.txt")
    with Library(tmp_path / "library.sqlite") as library:
        cid, comparison, corrections = library.reopen_or_compare(old, new)
        assert corrections == () and comparison.engine == engine.ENGINE_VERSION

    def no_recompute(*args, **kwargs):
        raise AssertionError("recomputed a stored comparison")

    monkeypatch.setattr(engine, "compare", no_recompute)
    with Library(tmp_path / "library.sqlite") as library:
        again, loaded, _ = library.reopen_or_compare(old, new)
        assert (again, loaded) == (cid, comparison)
        assert loaded.to_json() == comparison.to_json()
        n_links = len(comparison.links) + len(comparison.added) + len(comparison.removed)
        assert library._db.execute("SELECT count(*) FROM links WHERE comparison = ?", [cid]).fetchone()[0] == n_links
        # accents folded on real texts: « societe civile » finds « société civile » in both
        hits = {(r.label, r.paragraph) for r in library.search("societe civile")}
        assert {label for label, _ in hits} == {"A/RES/72/1", "A/RES/76/7"}
