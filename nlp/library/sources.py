"""Candidate sources of a paragraph: library paragraphs that share its wording, found through the
fingerprint index (nlp.library.fingerprint) in a few indexed reads, never by reading every paragraph.

The library only finds candidates; scoring them and telling verbatim from edited is the provenance
module's work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

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
    terms = sorted(fingerprints(text))[:_MAX_TERMS]
    if not terms:
        return []
    excluded = set(exclude)
    # each fingerprint weighs the inverse of the paragraphs read for it: a run few paragraphs share
    # says more than one many share (so an exact copy outranks a hundred paraphrases)
    postings = " UNION ALL ".join(
        "SELECT paragraph, 1.0 / count(*) OVER () AS weight FROM"
        " (SELECT paragraph FROM fingerprints WHERE hash = ? ORDER BY paragraph DESC LIMIT ?)" for _ in terms
    )
    # over-fetch a little: the excluded documents' own paragraphs are filtered after the ranking
    rows = conn.execute(
        f"""
        WITH hits AS (
            SELECT paragraph, count(*) AS shared, sum(weight) AS weight FROM ({postings})
            GROUP BY paragraph ORDER BY weight DESC, paragraph DESC LIMIT ?
        )
        SELECT p.id, p.document, d.symbol, d.path, d.adopted, d.language, p.pid, p.kind, p.text, hits.shared
        FROM hits JOIN paragraphs p ON p.id = hits.paragraph JOIN documents d ON d.sha256 = p.document
        ORDER BY hits.weight DESC, p.id DESC
        """,
        [*(value for term in terms for value in (term, POSTINGS)), limit + 4 * len(excluded)],
    ).fetchall()
    return [Candidate(*r) for r in rows if r[1] not in excluded][:limit]
