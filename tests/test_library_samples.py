"""End to end on the bundled samples: a real comparison stored, reopened equal, its paragraphs searchable."""

from __future__ import annotations

import pytest

from nlp.library.store import Library
from nlp.service import comparisons as service
from nlp.service import open_comparison


@pytest.mark.slow
def test_a_real_comparison_is_reopened_instead_of_recomputed(samples, tmp_path, monkeypatch):
    from nlp import engine

    old, new = samples / "A_RES_72_1.fr.md", samples / "A_RES_76_7.fr.txt"
    with Library(tmp_path / "library.sqlite") as library:
        first = open_comparison(old, new, library)
        cid, comparison = first.id, first.comparison
        assert first.corrections == () and not first.reopened and comparison.engine == engine.ENGINE_VERSION

    def no_recompute(*args, **kwargs):
        raise AssertionError("recomputed a stored comparison")

    monkeypatch.setattr(service, "compare", no_recompute)
    with Library(tmp_path / "library.sqlite") as library:
        opened = open_comparison(old, new, library)
        again, loaded = opened.id, opened.comparison
        assert opened.reopened and (again, loaded) == (cid, comparison)
        assert loaded.to_json() == comparison.to_json()
        n_links = len(comparison.links) + len(comparison.added) + len(comparison.removed)
        assert library._db.execute("SELECT count(*) FROM links WHERE comparison = ?", [cid]).fetchone()[0] == n_links
        # accents folded on real texts: « societe civile » finds « société civile » in both
        hits = {(r.label, r.paragraph) for r in library.search("societe civile")}
        assert {label for label, _ in hits} == {"A/RES/72/1", "A/RES/76/7"}
