"""A stored comparison holds no sentence: `compare --db` renders the notes in whatever --lang asks."""

from __future__ import annotations

import json
import sqlite3

import pytest

from nlp.cli import run
from nlp.engine.commitment.notes import render_note
from nlp.model.comparison import Signal
from nlp.service import comparisons as service

OLD = "1. Encourage les États à renforcer la coopération.\n\n2. Décide de rester saisi de la question.\n"
NEW = "1. Exhorte les États à renforcer la coopération.\n\n2. Décide de rester saisi de la question.\n"


def _signals(capsys, argv) -> list[dict]:
    capsys.readouterr()
    assert run(argv) == 0
    data = json.loads(capsys.readouterr().out)
    return [s for group in ("links", "added", "removed") for item in data[group] for s in item["signals"]]


@pytest.mark.slow
def test_compare_db_in_english_after_a_french_run_gives_english_reasons(tmp_path, capsys, monkeypatch):
    old, new, db = tmp_path / "old.md", tmp_path / "new.md", tmp_path / "library.sqlite"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    french = _signals(capsys, ["compare", str(old), str(new), "--db", str(db), "--lang", "fr"])
    assert french and all(s["note"] for s in french)

    def no_recompute(*args, **kwargs):
        raise AssertionError("recomputed a stored comparison")

    monkeypatch.setattr(service, "compare", no_recompute)  # the English run reopens the stored result
    english = _signals(capsys, ["compare", str(old), str(new), "--db", str(db), "--lang", "en"])
    assert [s["key"] for s in english] == [s["key"] for s in french]
    for fr, en in zip(french, english):
        signal = Signal.from_json(en)
        assert en["note"] == render_note(signal, "en") != fr["note"] == render_note(signal, "fr")

    # and the library itself keeps no note, in any language
    with sqlite3.connect(db) as conn:
        stored = [row[0] for row in conn.execute("SELECT result FROM comparisons")]
        stored += [row[0] for row in conn.execute("SELECT signals FROM links")]
    assert stored
    for text in stored:
        assert '"note"' not in text
        assert not any(s["note"] in text for s in french + english)
