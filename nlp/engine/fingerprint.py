"""The fingerprint of the data files that steer the engine's results.

Lexicons (verbs, hedges, notes…) and alignment tables (document frequencies, stop words) change
results as much as code does, so a stored comparison is valid only for the fingerprint of the files
that computed it. The fingerprint is the SHA-256 of every file's path (relative to its folder) and
bytes, in a fixed order. It is computed once per process, like the lexicons are loaded once per
process: a lexicon edited while the window is open takes effect, and invalidates, at the next start.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Iterable

from nlp.model.resources import resource

# the folders whose files influence results (resources/<name>)
FOLDERS: tuple[str, ...] = ("lexicons", "align", "concordance")  # concordance: comparisons across languages


@functools.cache
def fingerprint() -> str:
    """The fingerprint of the engine's resource folders as this process first read them."""
    return fingerprint_of(resource(name) for name in FOLDERS)


def fingerprint_of(roots: Iterable[Path]) -> str:
    """Hex SHA-256 over the files under ``roots`` (their paths, sizes and bytes)."""
    digest = hashlib.sha256()
    for root in roots:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
        digest.update(f"{root.name}\0{len(files)}\0".encode())
        for path in files:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()
