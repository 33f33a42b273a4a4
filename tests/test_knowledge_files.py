"""The knowledge files are data checked against a schema: a bad one is refused in one line naming the
file, the key and the line; every bundled file passes; French and English share their identifiers."""

from __future__ import annotations

import shutil

import pytest

from nlp.engine.commitment import lexicon, schemas
from nlp.model import grammar as grammar_module
from nlp.model.errors import InputError
from nlp.model.knowledge import load_toml


def _write(tmp_path, text: str):
    path = tmp_path / "lexicons" / "fr" / "verbs.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """commit_threshold = 3

[[verb]]
key = "decide"
scale = "action"
level = 9
lead = ["décide"]

[[verb]]
key = "urge"
scale = "action"
level = 7
lead = ["exhorte"]
"""


@pytest.mark.parametrize("change,where", [
    (("level = 7", "levl = 7"), "line 12: verb[1].levl: unknown key"),
    (("level = 7", 'level = "high"'), "line 12: verb[1].level: expected a number"),
    (('scale = "action"\nlevel = 9', 'scale = "actoin"\nlevel = 9'), "line 5: verb[0].scale: expected one of"),
    (("commit_threshold = 3\n", ""), "commit_threshold: missing"),
    (('lead = ["exhorte"]', 'lead = "exhorte"'), "line 13: verb[1].lead: expected a list"),
])
def test_a_bad_file_is_named_with_its_key_and_line(tmp_path, change, where):
    path = _write(tmp_path, GOOD.replace(*change, 1))
    with pytest.raises(InputError) as info:
        load_toml(path, schemas.VERBS)
    message = str(info.value)
    assert message.startswith("lexicons/fr/verbs.toml: ") and where in message and "\n" not in message


def test_broken_toml_is_one_line(tmp_path):
    path = _write(tmp_path, GOOD + "\n[[verb]\n")
    with pytest.raises(InputError) as info:
        load_toml(path, schemas.VERBS)
    assert "lexicons/fr/verbs.toml: not valid TOML" in str(info.value)


def test_the_good_file_loads(tmp_path):
    assert [v["key"] for v in load_toml(_write(tmp_path, GOOD), schemas.VERBS)["verb"]] == ["decide", "urge"]


def test_every_bundled_file_passes_its_schema():
    for language in ("fr", "en"):
        lexicon.load.cache_clear()
        lex = lexicon.load(language)
        assert lex.entries and lex.grammar is not None
        assert lexicon.notes(language)["note"]
    assert lexicon.weights().threshold > 0


def test_french_and_english_share_their_identifiers():
    def ids(language):
        lex = lexicon.load(language)
        kinds = {}
        for entries in lex.entries.values():
            for e in entries:
                kinds.setdefault(e.kind, set()).add(e.key)
        return kinds

    fr, en = ids("fr"), ids("en")
    for kind in ("verb", "hedge", "intensifier", "scope", "obligation"):
        if kind == "obligation":  # modal phrases are their own keys; their levels are shared
            assert set(lexicon.load("fr").levels) >= set(lexicon.load("en").levels) - {"will"}
            continue
        assert fr[kind] == en[kind], (kind, fr[kind] ^ en[kind])
    assert grammar_module.SCHEMA  # both grammar files have the same keys: they load under one schema
    assert grammar_module.grammar("fr").clauses.first_person and grammar_module.grammar("en").clauses.first_person


def test_a_bad_lexicon_exits_2_on_the_command_line_with_one_line(tmp_path, monkeypatch, capsys):
    from nlp.cli import main as cli

    bad = tmp_path / "lexicons"
    shutil.copytree(lexicon.LEXICONS, bad)
    text = (bad / "fr" / "hedges.toml").read_text(encoding="utf-8")
    (bad / "fr" / "hedges.toml").write_text(text.replace("patterns =", "pattern =", 1), encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICONS", bad)
    lexicon.load.cache_clear()
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("1. Exhorte les États à agir.\n", encoding="utf-8")
    new.write_text("1. Invite les États à agir.\n", encoding="utf-8")
    try:
        assert cli.run(["compare", str(old), str(new), "--format", "json"]) == 2
    finally:
        lexicon.load.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "lexicons/fr/hedges.toml" in err[0] and "hedge[0].pattern: unknown key" in err[0]


@pytest.mark.parametrize("en,fr,same", [
    ("Urges", "Prie instamment", True),
    ("Urges", "Exhorte", True),
    ("Encourages", "Exhorte", False),
    ("Encourages", "Encourage", True),
    ("Requests", "Prie", True),
    ("Decides", "Décide", True),
    ("Calls upon", "Demande", True),
    ("Takes note", "Prend note", True),
])
def test_a_verb_phrase_has_one_rung_in_both_languages(en, fr, same):
    from nlp.engine.commitment.rungs import same_rung, verb_rung

    assert same_rung(en, "en", fr, "fr") is same, (verb_rung(en, "en"), verb_rung(fr, "fr"))


def test_hedges_intensifiers_and_modals_have_language_neutral_ids():
    from nlp.engine.commitment.rungs import hedge_class, intensifier_class, modality, rung_level

    assert hedge_class("as appropriate", "en") == hedge_class("le cas échéant", "fr") == "as_appropriate"
    assert hedge_class("in accordance with national legislation", "en") == "national_law"
    assert hedge_class("conformément à la législation nationale", "fr") == "national_law"
    assert intensifier_class("urgently", "en") == intensifier_class("d'urgence", "fr") == "urgently"
    assert modality("shall", "en") == modality("doivent", "fr") and modality("should", "en") == modality("devraient", "fr")
    assert rung_level("urge") > rung_level("encourage")
