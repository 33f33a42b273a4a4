"""A link's diff made exact against the two texts, and cut back into their paragraphs.

The engine's diff is word-level on the joined texts and compares words by their typographic fold, so an
equal run shows one version's typography (’ or '). A report needs more: the old column must show the
old words as written, a Word redline must give the old text exactly when every change is rejected, and a
split or merge must be shown paragraph by paragraph. :func:`runs` rebuilds the diff token by token
against the real texts (an equal run keeps both spellings); :func:`parts` cuts it at paragraph bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from nlp.engine.worddiff import tokenize, word_diff
from nlp.model.comparison import JOIN, DiffOp, Op


@dataclass(frozen=True, slots=True)
class Run:
    """One stretch of the redline. ``old`` is what the old text has there, ``new`` what the new one has:
    an insertion has no old, a deletion no new, an equal run both (they may differ in typography)."""

    op: Op
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Part:
    """The redline of one paragraph of a link: its id and its runs."""

    id: str
    runs: tuple[Run, ...]


def _squash(text: str) -> str:
    from nlp.model.textnorm import typographic

    return "".join(typographic(text).split())


def _side(diff: Iterable[DiffOp], side: Op) -> str:
    return "".join(d.text for d in diff if d.op in (Op.EQUAL, side))


def _consistent(diff: Sequence[DiffOp], old: str, new: str) -> bool:
    return bool(diff) and _squash(_side(diff, Op.DELETE)) == _squash(old) and _squash(_side(diff, Op.INSERT)) == _squash(new)


def _token_runs(diff: Sequence[DiffOp], old: str, new: str) -> list[Run] | None:
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    i = j = 0
    out: list[Run] = []
    for d in diff:
        n = len(tokenize(d.text))
        if d.op is Op.EQUAL:
            if i + n > len(old_tokens) or j + n > len(new_tokens):
                return None
            out += [Run(Op.EQUAL, o, w) for o, w in zip(old_tokens[i : i + n], new_tokens[j : j + n])]
            i, j = i + n, j + n
        elif d.op is Op.DELETE:
            if i + n > len(old_tokens):
                return None
            out += [Run(Op.DELETE, o, "") for o in old_tokens[i : i + n]]
            i += n
        else:
            if j + n > len(new_tokens):
                return None
            out += [Run(Op.INSERT, "", w) for w in new_tokens[j : j + n]]
            j += n
    if i != len(old_tokens) or j != len(new_tokens):
        return None
    from nlp.model.textnorm import typographic

    if any(r.op is Op.EQUAL and typographic(r.old) != typographic(r.new) for r in out):
        return None  # the diff does not line up with these texts word for word
    return out


def runs(diff: Sequence[DiffOp], old: str, new: str) -> list[Run]:
    """Token-level runs whose old side joins to ``old`` and new side to ``new`` (stripped), exactly.

    The given diff is used when it describes these texts; otherwise (a manual link, an empty diff, a
    diff made on other texts) the words are diffed again, so a report never shows a wrong redline.
    """
    old, new = old.strip(), new.strip()
    if not old and not new:
        return []
    if not old:
        return [Run(Op.INSERT, "", t) for t in tokenize(new)]
    if not new:
        return [Run(Op.DELETE, t, "") for t in tokenize(old)]
    found = _token_runs(diff, old, new) if _consistent(diff, old, new) else None
    if found is None:
        found = _token_runs(word_diff(old, new), old, new)
    if found is None:  # cannot happen with word_diff's own tokens; a whole replacement is still exact
        found = [Run(Op.DELETE, old, ""), Run(Op.INSERT, "", new)]
    return found


def side_by_side(old: str, new: str) -> list[Run]:
    """Two texts in different languages: one run holding each whole, unmarked (no word of one is a word of the
    other, so no word is struck or inserted; the signals mark what changed in the commitment)."""
    old, new = old.strip(), new.strip()
    return [Run(Op.EQUAL, old, new)] if old or new else []


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` less the control characters that no view can show (nor XML carry)."""
    return _CONTROL.sub("", text)


def printable_runs(items: Iterable[Run]) -> tuple[Run, ...]:
    """Runs less their control characters; a run left with nothing on either side is dropped."""
    out = (Run(r.op, printable(r.old), printable(r.new)) for r in items)
    return tuple(r for r in out if r.old or r.new)


def merged(items: Iterable[Run]) -> tuple[Run, ...]:
    """Adjacent equal runs joined, empty ones dropped, and each stretch of changes between two equal
    runs made one deletion followed by one insertion (how a reader expects a replacement)."""
    out: list[Run] = []
    pending_old: list[str] = []
    pending_new: list[str] = []

    def flush() -> None:
        if pending_old:
            out.append(Run(Op.DELETE, "".join(pending_old), ""))
        if pending_new:
            out.append(Run(Op.INSERT, "", "".join(pending_new)))
        pending_old.clear()
        pending_new.clear()

    for r in items:
        if not r.old and not r.new:
            continue
        if r.op is Op.EQUAL:
            flush()
            if out and out[-1].op is Op.EQUAL:
                out[-1] = Run(Op.EQUAL, out[-1].old + r.old, out[-1].new + r.new)
            else:
                out.append(r)
        elif r.op is Op.DELETE:
            pending_old.append(r.old)
        else:
            pending_new.append(r.new)
    flush()
    return tuple(out)


def exact(items: Iterable[Run]) -> tuple[Run, ...]:
    """Runs where an equal run is identical on both sides: a typographic difference (’ → ') becomes a
    small deletion and insertion, so rejecting every change gives the old text letter for letter."""
    out: list[Run] = []
    for r in items:
        if r.op is not Op.EQUAL or r.old == r.new:
            out.append(r)
            continue
        a, b = r.old, r.new
        p = 0
        while p < min(len(a), len(b)) and a[p] == b[p]:
            p += 1
        s = 0
        while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
            s += 1
        out.append(Run(Op.EQUAL, a[:p], b[:p]))
        out.append(Run(Op.DELETE, a[p : len(a) - s], ""))
        out.append(Run(Op.INSERT, "", b[p : len(b) - s]))
        out.append(Run(Op.EQUAL, a[len(a) - s :], b[len(b) - s :]))
    return merged(out)


def _rstrip_side(items: list[Run], attr: str) -> list[Run]:
    """The paragraph's trailing space (the join) removed from the last run that has text on that side."""
    for k in range(len(items) - 1, -1, -1):
        text = getattr(items[k], attr)
        if text:
            r = items[k]
            stripped = text.rstrip()
            items[k] = Run(r.op, stripped, r.new) if attr == "old" else Run(r.op, r.old, stripped)
            break
    return items


def parts(
    items: Sequence[Run], ids: Sequence[str], texts: Sequence[str], side: str, letter_exact: bool = False
) -> tuple[Part, ...]:
    """Cut token runs (from :func:`runs`) at the bounds of one side's paragraphs (``side``: "old"/"new").

    Runs that have nothing on that side (deletions when cutting the new side) stay with the paragraph
    that precedes them; each paragraph's runs end without the joining space. ``letter_exact`` turns
    typographic differences into changes (see :func:`exact`), as a tracked-changes redline needs.
    """
    assert side in ("old", "new")
    bounds: list[int] = []
    pos = 0
    for t in texts:
        pos += len(t.strip()) + len(JOIN)
        bounds.append(pos)
    groups: list[list[Run]] = [[] for _ in ids] or [[]]
    k = offset = 0
    for r in items:
        text = getattr(r, side)
        if text:
            while k < len(groups) - 1 and offset >= bounds[k]:
                k += 1
            offset += len(text)
        groups[k].append(r)
    names = list(ids) or [""]
    finish = exact if letter_exact else merged
    return tuple(Part(pid, finish(_rstrip_side(g, side))) for pid, g in zip(names, groups))


def side_text(items: Iterable[Run], side: str) -> str:
    return "".join(getattr(r, side) for r in items)


def padding(text: str) -> tuple[str, str, str]:
    """(leading spaces, core, trailing spaces): a report marks the words, not the spaces around them."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]
