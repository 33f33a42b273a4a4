"""Candidate sources of a paragraph: library paragraphs that share its wording, found through the
fingerprint index (nlp.library.fingerprint) in a few indexed reads, never by reading every paragraph.

The library only finds candidates; scoring them and telling verbatim from edited is the provenance
module's work.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterable, Sequence

from nlp.library.fingerprint import fingerprints

# candidates kept per paragraph, by the number of fingerprints they share with it (enough to hold the
# best paragraph of many documents, few enough to score them all in a blink)
CANDIDATES = 60
_MAX_TERMS = 400  # fingerprints looked up per paragraph (a very long paragraph has more; a sample does)
# paragraphs read per fingerprint, the most recently added first. A run of words that hundreds of
# paragraphs share ("des Nations Unies contre la") says little about any one of them; the paragraphs
# that truly share the wording share its rarer runs too, where they are all read. So the work per
# paragraph traced stays the same however large the library grows.
POSTINGS = 200


@dataclass(frozen=True, slots=True)
class Candidate:
    """A library paragraph that shares wording with the paragraph traced, and its document's facts."""

    row: int  # paragraphs.id
    document: str  # the document's sha256
    symbol: str | None
    path: str
    adopted: str | None
    language: str
    pid: str
    kind: str
    text: str
    shared: int  # fingerprints in common


def insert_fingerprints(conn, document: str) -> None:
    """Index the wording of every paragraph of ``document`` (inside the caller's transaction)."""
    rows = conn.execute("SELECT id, text FROM paragraphs WHERE document = ?", [document]).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO fingerprints (hash, paragraph) VALUES (?, ?)",
        [(h, row) for row, text in rows for h in fingerprints(text)],
    )


def candidates(conn, text: str, exclude: Iterable[str] = (), limit: int = CANDIDATES) -> list[Candidate]:
    """Library paragraphs sharing the most (and the rarest) fingerprints with ``text``, best first;
    none of the documents in ``exclude`` (sha256)."""
    return candidates_of_many(conn, [text], exclude, limit)[0]


def candidates_of_many(conn, texts: Sequence[str], exclude: Iterable[str] = (),
                       limit: int = CANDIDATES) -> list[list[Candidate]]:
    """:func:`candidates` of each of ``texts`` (a draft's paragraphs), found together: each fingerprint
    the texts share is read once, and the candidates' texts are fetched in one query."""
    terms = [sorted(fingerprints(text))[:_MAX_TERMS] for text in texts]
    postings = _postings(conn, {h for hashes in terms for h in hashes})
    excluded = _paragraphs_of(conn, set(exclude))
    ranked = [_ranked(hashes, postings, excluded, limit) for hashes in terms]
    facts = _facts(conn, {row for rows in ranked for row, _ in rows})
    return [[_candidate(facts[row], shared) for row, shared in rows if row in facts] for rows in ranked]


def _postings(conn, hashes: set[int]) -> dict[int, list[int]]:
    """The paragraphs read for each fingerprint: at most POSTINGS, the most recently added first (a
    range of the index's primary key; one prepared statement, run once per fingerprint)."""
    read = "SELECT paragraph FROM fingerprints WHERE hash = ? ORDER BY paragraph DESC LIMIT ?"
    return {h: [row for (row,) in conn.execute(read, (h, POSTINGS))] for h in hashes}


def _paragraphs_of(conn, documents: set[str]) -> frozenset[int]:
    if not documents:
        return frozenset()
    rows = conn.execute(
        "SELECT id FROM paragraphs WHERE document IN (SELECT value FROM json_each(?))", [json.dumps(sorted(documents))]
    )
    return frozenset(row for (row,) in rows)


def _ranked(hashes: list[int], postings: dict[int, list[int]], excluded: frozenset[int],
            limit: int) -> list[tuple[int, int]]:
    """(paragraph, fingerprints shared) of the ``limit`` paragraphs of highest weight. Each fingerprint
    weighs the inverse of the paragraphs read for it: a run few paragraphs share says more than one
    many share (so an exact copy outranks a hundred paraphrases). Ties: the most recently added first."""
    weight: dict[int, float] = defaultdict(float)
    shared: Counter[int] = Counter()
    for h in hashes:
        rows = postings[h]
        if rows:
            each = 1.0 / len(rows)
            for row in rows:
                weight[row] += each
            shared.update(rows)
    for row in excluded & weight.keys():
        del weight[row]
    # by (weight, paragraph), compared in C: a paragraph's postings reach a thousand paragraphs or more
    best = heapq.nlargest(limit, weight.items(), key=itemgetter(1, 0))
    return [(row, shared[row]) for row, _ in best]


Facts = tuple[int, str, "str | None", str, "str | None", str, str, str, str]


def _candidate(facts: Facts, shared: int) -> Candidate:
    row, document, symbol, path, adopted, language, pid, kind, text = facts
    return Candidate(row, document, symbol, path, adopted, language, pid, kind, text, shared)


def _facts(conn, rows: set[int]) -> dict[int, Facts]:
    """(id, document, symbol, path, adopted, language, pid, kind, text) of each paragraph, in one query."""
    if not rows:
        return {}
    found = conn.execute(
        "SELECT p.id, p.document, d.symbol, d.path, d.adopted, d.language, p.pid, p.kind, p.text"
        " FROM paragraphs p JOIN documents d ON d.sha256 = p.document"
        " WHERE p.id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(rows))],
    )
    return {r[0]: r for r in found}
