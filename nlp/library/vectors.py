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
        lib = self._library
        with lib._guard():
            row = lib._db.execute("SELECT vector FROM vectors WHERE key = ?", [key]).fetchone()
        if row is None:
            raise KeyError(key)
        return bytes(row[0])

    def __setitem__(self, key: str, value: bytes) -> None:
        lib = self._library
        db = lib._db
        with lib._guard(), lib._write(db):
            db.execute("INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)", [key, value])

    def __delitem__(self, key: str) -> None:
        lib = self._library
        db = lib._db
        with lib._guard(), lib._write(db):
            if db.execute("DELETE FROM vectors WHERE key = ?", [key]).rowcount == 0:
                raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        lib = self._library
        with lib._guard():
            rows = lib._db.execute("SELECT key FROM vectors").fetchall()
        return iter([r[0] for r in rows])

    def __len__(self) -> int:
        lib = self._library
        with lib._guard():
            return int(lib._db.execute("SELECT count(*) FROM vectors").fetchone()[0])
