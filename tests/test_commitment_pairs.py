"""Accuracy of the commitment analysis on annotated pairs (tests/data/commitment/*.json).

The pairs: 72/1 → 76/7 paragraphs read by hand, the revised draft of 72/195 with known edits, revised
drafts written for these tests in French and English, paragraphs of successive Security Council
resolutions on UNFICYP (French and English) read by hand, and real English paragraphs of 2019–2026
resolutions, each either beside its next real version or with one negotiation edit written for these
tests (negotiated_en.json; negotiated_fr.json holds the same kinds of edits on French paragraphs). The bar: no editorial or untouched pair is ever called stronger or weaker,
and the labels agree with the annotation on nearly every pair.

A pair marked ``pending`` is annotated by hand but judged wrongly by the engine today, for a reason of
its design that the pair names (issue 13): such pairs stay out of the accuracy figures and run under
the ``judgement_pending`` marker, each expected to fail (strict), so that a fix shows at once.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from nlp.engine.commitment import assess_link, assess_paragraph
from nlp.engine.commitment.notes import render_note
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Change
from nlp.model.document import Paragraph

DATA = Path(__file__).resolve().parent / "data" / "commitment"
PAIR_FILES = ("res_72_1_to_76_7.json", "res_72_195_v1.json", "revised_fr.json", "revised_en.json", "unficyp_real.json",
              "real_en.json", "negotiated_en.json", "negotiated_fr.json")


def _annotated(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))["pairs"]


def _pairs(name: str) -> list[dict]:
    """The annotated pairs that the engine is held to (``pending`` ones wait for its redesign)."""
    return [p for p in _annotated(name) if "pending" not in p]


def _label(pair: dict) -> tuple[Change, tuple]:
    old = [Paragraph(f"o{i}", "operative", t) for i, t in enumerate(pair["old"])]
    new = [Paragraph(f"n{i}", "operative", t) for i, t in enumerate(pair["new"])]
    diff = word_diff(" ".join(pair["old"]), " ".join(pair["new"]))
    a = assess_link(old, new, pair.get("language", "fr"), diff)
    return a.change, a.signals


def _confusion(name: str) -> Counter:
    return Counter((p["expected"], _label(p)[0].value) for p in _pairs(name))


@pytest.fixture(scope="module")
def results() -> dict[str, Counter]:
    return {name: _confusion(name) for name in PAIR_FILES}


def test_there_are_enough_annotated_pairs_in_both_languages():
    pairs = [p for name in PAIR_FILES for p in _annotated(name)]
    assert len(pairs) >= 100
    by = Counter(p.get("language", "fr") for p in pairs)
    assert by["en"] >= by["fr"] >= 100, by  # English as many as French (issue 13)
    for language in ("fr", "en"):
        labels = Counter(p["expected"] for p in pairs if p.get("language", "fr") == language)
        assert min(labels[k] for k in ("unchanged", "modified", "strengthened", "weakened")) >= 15, (language, labels)
    held = [p for name in PAIR_FILES for p in _pairs(name)]
    assert len(held) >= 0.95 * len(pairs)  # the engine is held to nearly all of them


def test_no_untouched_or_editorial_pair_is_called_stronger_or_weaker(results):
    for name, confusion in results.items():
        false_alarms = {k: n for k, n in confusion.items() if k[0] in ("unchanged", "modified")
                        and k[1] in ("strengthened", "weakened")}
        assert not false_alarms, (name, false_alarms)


def test_editorial_pairs_are_all_unchanged(results):
    for name, confusion in results.items():
        wrong = {k: n for k, n in confusion.items() if k[0] == "unchanged" and k[1] != "unchanged"}
        assert not wrong, (name, wrong)


@pytest.mark.parametrize("name,minimum", [
    ("res_72_1_to_76_7.json", 0.90),  # 22/23 at the time of writing: 24 → 17 nets to modified
    ("res_72_195_v1.json", 1.0),
    ("revised_fr.json", 0.95),
    ("revised_en.json", 0.95),
    ("unficyp_real.json", 0.90),  # 19/19 at the time of writing
    ("real_en.json", 0.85),  # 38/41 at the time of writing: an ask added inside a clause, "strongly encouraging"
    ("negotiated_en.json", 0.95),  # all held at the time of writing (1 pending)
    ("negotiated_fr.json", 0.95),  # all held at the time of writing (1 pending)
])
def test_accuracy_on_each_set(results, name, minimum):
    confusion = results[name]
    right = sum(n for (want, got), n in confusion.items() if want == got)
    assert right / sum(confusion.values()) >= minimum, dict(confusion)


def test_every_strengthened_or_weakened_link_carries_a_signal_with_a_note():
    for name in PAIR_FILES:
        for pair in _pairs(name):
            change, signals = _label(pair)
            if change in (Change.STRENGTHENED, Change.WEAKENED):
                direction = "stronger" if change is Change.STRENGTHENED else "weaker"
                carrying = [s for s in signals if s.direction == direction and render_note(s, "en")]
                assert carrying, pair["why"]
                for s in carrying:
                    text = " ".join(pair["old"] if s.old is not None else pair["new"])
                    assert (s.old or s.new) in text, (s, pair["why"])  # the GUI finds the words in the paragraph


def test_added_and_removed_paragraphs_say_whether_they_commit():
    rows = json.loads((DATA / "paragraphs.json").read_text(encoding="utf-8"))["paragraphs"]
    wrong = []
    for row in rows:
        p = Paragraph("x", row.get("kind", "operative"), row["text"], parent=row.get("parent"))
        commits, _ = assess_paragraph(p, row["language"])
        if commits != row["commitment"]:
            wrong.append(row["where"])
    assert not wrong


PENDING = [pytest.param(p, id=f"{name}:{p['where']}", marks=[pytest.mark.judgement_pending, pytest.mark.xfail(strict=True, reason=p["pending"])])
           for name in PAIR_FILES for p in _annotated(name) if "pending" in p]


@pytest.mark.parametrize("pair", PENDING)
def test_pending_pairs_get_their_annotated_label(pair):
    """Each pending pair fails today for the reason it names; when the engine gets it right this test
    says so (strict xfail): then remove its ``pending`` and it joins the figures above."""
    assert _label(pair)[0].value == pair["expected"], pair["pending"]
