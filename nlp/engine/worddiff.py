"""Word-level diff with diff-match-patch: words mapped to symbols, diffed, semantically cleaned up.

Tokens are compared by their typographic fold, so ’ vs ', « » spacing, no-break spaces and œ are
not differences; the text shown for an equal run is the new version's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from diff_match_patch import diff_match_patch

from nlp.engine import clausediff
from nlp.model.comparison import DiffOp, Op
from nlp.model.textnorm import typographic

# a word (letters/digits, inner hyphens), or one other non-space character; each keeps its trailing spaces
_TOKEN = re.compile(r"(?:\w+(?:[-\u2011]\w+)*|[^\w\s])\s*")

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # deterministic: never trade a worse diff for time on long texts


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text.strip())


def _key(token: str) -> str:
    return typographic(token)


def _equal_token(old_token: str, new_token: str, emit) -> None:
    """An equal word, shown as the new text writes it. Where only one side has a space after it
    (« development and » / « development, and »), that space is its own deletion or insertion, so
    that the equal and deleted runs give back the old text, and the equal and inserted the new."""
    word = new_token.rstrip()
    old_space, new_space = old_token[len(old_token.rstrip()):], new_token[len(word):]
    emit(Op.EQUAL, word)
    if old_space and new_space:
        emit(Op.EQUAL, new_space)
    elif old_space:
        emit(Op.DELETE, old_space)
    elif new_space:
        emit(Op.INSERT, new_space)


def _token_steps(old_tokens: Sequence[str], new_tokens: Sequence[str], semantic: bool = True) -> list[tuple[int, int]]:
    """(op, number of tokens) steps of a word diff: op -1 delete, 0 equal, 1 insert.

    ``semantic``: fold short common stretches into the changes around them (right for a whole
    paragraph, where they are chance; not inside two clauses already paired as one rewritten).
    """
    symbols: dict[str, str] = {}

    def encode(tokens: Sequence[str]) -> str:
        # Private-use and beyond: one character per distinct token
        return "".join(symbols.setdefault(_key(t), chr(0xF0000 + len(symbols))) for t in tokens)

    diffs = _DMP.diff_main(encode(old_tokens), encode(new_tokens), False)
    if semantic:
        _DMP.diff_cleanupSemantic(diffs)
    return [(op, len(chunk)) for op, chunk in diffs]


def _clause_steps(old_tokens: Sequence[str], new_tokens: Sequence[str]) -> list[tuple[int, int]]:
    return _token_steps(old_tokens, new_tokens, semantic=False)


def _shared_share(old_tokens: Sequence[str], new_tokens: Sequence[str]) -> float:
    """The share of both texts' words they have in common, order aside: a bound on what any diff keeps
    equal, so a pair below the rewrite threshold here needs no whole-paragraph diff (the costliest)."""
    total = len(old_tokens) + len(new_tokens)
    if not total:
        return 1.0
    common = Counter(map(_key, old_tokens)) & Counter(map(_key, new_tokens))
    return 2 * sum(common.values()) / total


@lru_cache(maxsize=2048)  # a pair recompared (another language, a library, a series) costs no second diff
def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """The diff of two texts in reading order, as (op, text) runs.

    A pair that keeps less than half its words is a rewrite: it is diffed clause by clause first
    (:mod:`nlp.engine.clausediff`), so what survived shows inside each rewritten sentence.
    """
    if old == new and old.strip():
        # the same text (most links of a long revision): one equal run, as the token walk below would
        # give it, without diffing every word of it with itself
        return (DiffOp(Op.EQUAL, new.strip()),)
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    steps: list[tuple[int, int]] | None = None
    if _shared_share(old_tokens, new_tokens) >= clausediff.LOW_SIMILARITY:
        steps = _token_steps(old_tokens, new_tokens)
    if steps is None or clausediff.share_equal(steps, len(old_tokens), len(new_tokens)) < clausediff.LOW_SIMILARITY:
        steps = clausediff.by_clauses(old_tokens, new_tokens, _key, _clause_steps) or steps
    if steps is None:
        steps = _token_steps(old_tokens, new_tokens)

    out: list[DiffOp] = []

    def emit(kind: Op, text: str) -> None:
        if not text:
            return
        if out and out[-1].op is kind:
            out[-1] = DiffOp(kind, out[-1].text + text)
        else:
            out.append(DiffOp(kind, text))

    i = j = 0
    for op, n in steps:
        if op == 0:
            for old_token, new_token in zip(old_tokens[i : i + n], new_tokens[j : j + n]):
                _equal_token(old_token, new_token, emit)
            i, j = i + n, j + n
        elif op == -1:
            emit(Op.DELETE, "".join(old_tokens[i : i + n]))
            i += n
        else:
            emit(Op.INSERT, "".join(new_tokens[j : j + n]))
            j += n
    return tuple(out)


def changed_words(diff: tuple[DiffOp, ...]) -> tuple[list[str], list[str]]:
    """The deleted and inserted tokens of a diff."""
    deleted = [t.strip() for d in diff if d.op is Op.DELETE for t in tokenize(d.text)]
    inserted = [t.strip() for d in diff if d.op is Op.INSERT for t in tokenize(d.text)]
    return deleted, inserted
