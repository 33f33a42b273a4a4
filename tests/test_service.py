"""The service: compare, or reopen from the library, written once — keyed by content, engine and lexicons."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nlp.engine import fingerprint
from nlp.library.store import Library
from nlp.model.comparison import Change, Comparison, Link
from nlp.model.correction import Correction
from nlp.model.errors import Cancelled, InputError
from nlp.readers import read_document
from nlp.service import comparisons as service
from nlp.service import open_comparison, reopen_comparison

OLD_TEXT = "1. Encourage les États à agir.\n\n2. Décide de rester saisi de la question.\n"
NEW_TEXT = "1. Exhorte les États à agir.\n\n2. Décide de rester saisi de la question.\n"


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(OLD_TEXT, encoding="utf-8")
    new.write_text(NEW_TEXT, encoding="utf-8")
    return old, new


@pytest.fixture
def computed(monkeypatch) -> list[tuple[str, str]]:
    """The engine replaced by a quick one that records what it was asked to compare."""
    calls: list[tuple[str, str]] = []

    def compare(old, new, progress=None, cancel=None, **engine_options):
        calls.append((old.path, new.path))
        links = tuple(Link((p.id,), (q.id,), 1.0, Change.UNCHANGED) for p, q in zip(old, new))
        return Comparison(old=old, new=new, links=links, engine=service.ENGINE_VERSION)

    monkeypatch.setattr(service, "compare", compare)
    return calls


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite") as lib:
        yield lib


@pytest.fixture
def lexicons(tmp_path, monkeypatch) -> Path:
    """A private copy of the engine's resource folders, fingerprinted instead of the real ones."""
    root = tmp_path / "resources"
    for name in fingerprint.FOLDERS:
        shutil.copytree(fingerprint.resource(name), root / name)
    monkeypatch.setattr(fingerprint, "resource", lambda *parts: root.joinpath(*parts))
    fingerprint.fingerprint.cache_clear()
    yield root
    fingerprint.fingerprint.cache_clear()


def test_without_a_library_it_computes_every_time(files, computed):
    first = open_comparison(*files)
    second = open_comparison(*files)
    assert len(computed) == 2 and first.comparison == second.comparison
    assert (first.id, first.reopened, first.corrections) == (None, False, ())


def test_with_a_library_it_computes_once_then_reopens(files, computed, library):
    first = open_comparison(*files, library=library)
    assert (len(computed), first.reopened) == (1, False) and first.id is not None
    again = open_comparison(*files, library=library)
    assert (len(computed), again.reopened, again.id) == (1, True, first.id)
    assert again.comparison.to_json() == first.comparison.to_json()


def test_a_document_is_the_same_read_from_its_file_or_given_read(files, computed, library):
    first = open_comparison(*files, library=library)
    again = open_comparison(read_document(files[0]), read_document(files[1]), library=library)
    assert again.reopened and again.id == first.id and len(computed) == 1


def test_the_reverse_comparison_is_another_comparison(files, computed, library):
    first = open_comparison(*files, library=library)
    reverse = open_comparison(files[1], files[0], library=library)
    assert not reverse.reopened and reverse.id != first.id and len(computed) == 2


def test_a_changed_file_is_compared_again(files, computed, library):
    open_comparison(*files, library=library)
    files[1].write_text(NEW_TEXT + "\n3. Prie le Secrétaire général de faire rapport.\n", encoding="utf-8")
    again = open_comparison(*files, library=library)
    assert not again.reopened and len(computed) == 2


def test_a_changed_lexicon_invalidates_stored_comparisons(files, computed, library, lexicons):
    first = open_comparison(*files, library=library)
    mine = (Correction("relabel", ("1",), ("1",), "modified"),)
    library.save_corrections(first.id, mine)
    assert open_comparison(*files, library=library).reopened  # same lexicons: reopened

    verbs = next(p for p in sorted((lexicons / "lexicons").rglob("*.toml")))
    verbs.write_text(verbs.read_text(encoding="utf-8") + "\n# a lexicon edited\n", encoding="utf-8")
    fingerprint.fingerprint.cache_clear()  # a new process would see the edited lexicon
    again = open_comparison(*files, library=library)
    assert not again.reopened and len(computed) == 2 and again.id != first.id
    assert again.corrections == mine  # the person's corrections carried over to the new result
    assert open_comparison(*files, library=library).reopened  # and the new result is reused in turn


def test_an_alignment_table_is_part_of_the_fingerprint(lexicons):
    before = fingerprint.fingerprint()
    table = next((lexicons / "align").iterdir())
    table.write_bytes(table.read_bytes() + b"\n")
    fingerprint.fingerprint.cache_clear()
    assert fingerprint.fingerprint() != before


def test_another_engine_version_recomputes(files, computed, library, monkeypatch):
    first = open_comparison(*files, library=library)
    monkeypatch.setattr(service, "ENGINE_VERSION", "align-next")
    again = open_comparison(*files, library=library)
    assert not again.reopened and again.id != first.id and len(computed) == 2


def test_recompute_replaces_the_stored_result(files, computed, library):
    first = open_comparison(*files, library=library)
    again = open_comparison(*files, library=library, recompute=True)
    assert not again.reopened and again.id == first.id and len(computed) == 2


def test_corrections_are_replayed_on_request(files, computed, library):
    first = open_comparison(*files, library=library)
    library.save_corrections(first.id, [Correction("relabel", ("1",), ("1",), "modified")])
    opened = reopen_comparison(library, first.id)
    assert opened.comparison.links[0].change is Change.UNCHANGED  # as the engine made it
    assert opened.corrected().links[0].change is Change.MODIFIED and opened.corrected().links[0].manual


def test_an_unreadable_file_names_it(files, computed, tmp_path):
    with pytest.raises(InputError, match="missing.md: no such file"):
        open_comparison(files[0], tmp_path / "missing.md")
    assert computed == []


def test_cancel_stops_before_comparing(files, computed):
    with pytest.raises(Cancelled):
        open_comparison(*files, cancel=lambda: True)
    assert computed == []
