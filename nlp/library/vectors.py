"""The library's store of sentence vectors: a mapping from a paragraph's key (model and text, see
:func:`nlp.engine.across.encoder.key`) to its vector's bytes, which the encoder reads before encoding and
fills after. The library keeps them; it never computes one."""

from __future__ import annotations

from typing import Iterator, MutableMapping

from nlp.library.store import Library


class Vectors(MutableMapping[str, bytes]):
    def __init__(self, library: Library):
        self._library = library

    def __getitem__(self, key: str) -> bytes:
        with self._library.reading() as db:
            row = db.execute("SELECT vector FROM vectors WHERE key = ?", [key]).fetchone()
        if row is None:
            raise KeyError(key)
        return bytes(row[0])

    def __setitem__(self, key: str, value: bytes) -> None:
        with self._library.writing() as db:
            db.execute("INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)", [key, value])

    def __delitem__(self, key: str) -> None:
        with self._library.writing() as db:
            if db.execute("DELETE FROM vectors WHERE key = ?", [key]).rowcount == 0:
                raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        with self._library.reading() as db:
            rows = db.execute("SELECT key FROM vectors").fetchall()
        return iter([r[0] for r in rows])

    def __len__(self) -> int:
        with self._library.reading() as db:
            return int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])
