"""Full-text search over the library's paragraphs: what a person types, made into a safe FTS5 query,
and results whose snippet knows where the matches are.

The index folds accents and case (``unicode61 remove_diacritics 2``), so « detresse » finds « détresse ».
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import PurePath

from nlp.model.errors import InputError

# Marks that SQLite's snippet() puts around each match; control characters no document text contains
START, END = "\x01", "\x02"

_TERMS = re.compile(r'"([^"]*)"?|(\S+)')

# Bounds that keep one search under a second on a large library: every term is matched against the
# index and then located again for each snippet, so a pasted page of words would take minutes.
MAX_TERMS = 24  # distinct words or phrases (a repeated one counts once: it adds nothing)
MAX_PREFIXES = 6  # word* terms, each scanning the index's vocabulary
MIN_PREFIX = 2  # letters before a *: « d* » would match half the language
MAX_PHRASE_WORDS = 40


def fts_query(text: str) -> str | None:
    """An FTS5 query that finds paragraphs containing every word of ``text``; None if it has no words.

    ``"several words"`` in quotes is a phrase, a word ending in ``*`` a prefix, ``OR`` between two
    terms either of them. Everything else is taken literally, so no input is a syntax error. A term
    given twice is kept once; a query beyond the bounds above is refused (InputError, one line).
    """
    terms: list[str] = []
    seen: set[str] = set()
    for match in _TERMS.finditer(text):
        phrase, word = match.groups()
        if word == "OR":
            if terms and terms[-1] != "OR":
                terms.append("OR")
            continue
        prefix = False
        if word is not None:
            prefix = word.endswith("*")
            phrase = word.rstrip("*")
        if not any(ch.isalnum() for ch in phrase or ""):
            continue
        phrase = " ".join((phrase or "").split())
        if prefix and sum(ch.isalnum() for ch in phrase) < MIN_PREFIX:
            raise InputError(None, f"search: '{phrase}*' is too short a prefix (give at least {MIN_PREFIX} letters before *)")
        if len(phrase.split()) > MAX_PHRASE_WORDS:
            raise InputError(None, f"search: a phrase of {len(phrase.split())} words is too long (at most {MAX_PHRASE_WORDS})")
        term = '"' + phrase.replace('"', '""') + '"' + ("*" if prefix else "")
        if term.lower() in seen:
            if terms and terms[-1] == "OR":
                terms.pop()
            continue
        seen.add(term.lower())
        terms.append(term)
    while terms and terms[-1] == "OR":
        terms.pop()
    words = [t for t in terms if t != "OR"]
    if len(words) > MAX_TERMS:
        raise InputError(None, f"search: {len(words)} different words is too many (at most {MAX_TERMS}; put a passage in quotes to find it as a phrase)")
    if sum(t.endswith("*") for t in words) > MAX_PREFIXES:
        raise InputError(None, f"search: too many word* prefixes (at most {MAX_PREFIXES})")
    return " ".join(terms) or None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One paragraph that matches, with a short passage of it around the matches."""

    document: str  # sha256 of the document
    label: str  # the document's symbol, else its file name
    paragraph: str  # the contract's paragraph id
    kind: str
    snippet: str  # plain text
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each match in ``snippet``
    rank: float  # lower is better (bm25)

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with each match between ``start`` and ``end``."""
        out, last = [], 0
        for a, b in self.highlights:
            out += [self.snippet[last:a], start, self.snippet[a:b], end]
            last = b
        out.append(self.snippet[last:])
        return "".join(out)

    def html(self) -> str:
        """The snippet as escaped HTML, each match in <b>."""
        out, last = [], 0
        for a, b in self.highlights:
            out += [html.escape(self.snippet[last:a]), "<b>", html.escape(self.snippet[a:b]), "</b>"]
            last = b
        out.append(html.escape(self.snippet[last:]))
        return "".join(out)


def split_snippet(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text and match spans from a snippet marked with START and END."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, opened = 0, None
    for part in re.split(f"([{START}{END}])", raw):
        if part == START:
            opened = length
        elif part == END:
            if opened is not None:
                spans.append((opened, length))
            opened = None
        else:
            plain.append(part)
            length += len(part)
    return "".join(plain), tuple(spans)


def run(conn, query: str, limit: int) -> list[SearchResult]:
    """Paragraphs that contain every word of ``query``, best first (see :func:`fts_query`)."""
    match = fts_query(query)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT p.document, d.symbol, d.path, p.pid, p.kind,"
        f" snippet(paragraphs_fts, 0, '{START}', '{END}', '…', 24), paragraphs_fts.rank"
        " FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
        " JOIN documents d ON d.sha256 = p.document"
        " WHERE paragraphs_fts MATCH ? ORDER BY paragraphs_fts.rank, d.added DESC, p.position LIMIT ?",
        [match, limit],
    ).fetchall()
    results = []
    for sha, symbol, path, pid, kind, raw, rank in rows:
        snippet, spans = split_snippet(raw)
        results.append(SearchResult(sha, symbol or PurePath(path).name, pid, kind, snippet, spans, rank))
    return results
