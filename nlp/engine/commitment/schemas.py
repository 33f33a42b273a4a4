"""The shape of each knowledge file of ``resources/lexicons`` (see :mod:`nlp.model.knowledge`).

A file that breaks its schema is refused when it is read, in one line naming the file, the key and the
line (exit 2 on the command line, a message in the window), rather than failing later as an internal
error. French and English files share one schema, hence one set of identifiers.
"""

from __future__ import annotations

from nlp.model.knowledge import Choice, Map, Pattern

SCALES = Choice("action", "declaratory", "condemnation")
ACTORS = Choice("self", "others", "none")

VERBS = {
    "commit_threshold": float,
    "verb": [{
        "key": str, "scale": SCALES, "level": float, "actor?": ACTORS, "lead?": [str], "forms?": [str],
        "infinitive?": [str], "coordinated?": [str], "bare_action?": bool, "modality?": Choice("shall", "should", "may"),
    }],
    "continued?": {"lead?": [str], "forms?": [str]},
    "future?": {"key": str, "suffixes": [str], "exceptions?": [str]},
}

HEDGES = {"hedge": [{"key": str, "patterns": [str]}],
          "hedge_rule?": [{"key": str, "opens": [str], "closes": [str], "within?": float}]}

INTENSIFIERS = {"intensifier": [{"key": str, "patterns": [str]}]}

SCOPE = {
    "scope": {"narrow": [str], "wide": [str], "narrow_paired?": [str], "wide_paired?": [str]},
    "obligation?": {"levels": Map(float)},
    "deadline?": {"schedule_words?": [str], "patterns": [Pattern()], "frequency?": [Pattern()]},
    "quantity?": {"patterns": [Pattern()]},
    "negation?": {"ne?": [str], "after_ne?": [str], "words?": [str]},
}

EDITORIAL = {
    "ignore?": [str],
    "synonyms?": [[str]],
    "inert?": [str],
    "not_actions?": [str],
    "skippable?": [str],
    "clause_openers?": [str],
    "elisions?": Map(str),
}

NOTES = {"gloss": Map(str), "hedge": Map(str), "intensifier?": Map(str), "note": Map(str)}

WEIGHTS = {
    "signal": Map(float),
    "netting": {"threshold": float, "pair_distance": float, "repeated_verb": float, "max_actions": float},
    "governance": {"subordinate": float, "ungoverned": float},
}
