"""No editorial edit of any bundled paragraph is ever called a change of commitment.

Every paragraph of the bundled samples (French and English, ~400 paragraphs) is edited editorially —
typographic apostrophes and no-break spaces, « et » → « ainsi que » / "and" → "as well as", commas
dropped, a linking adverb swapped, a footnote call-out renumbered — and must come out ``unchanged``.
Then a hedge is added to each operative paragraph that commits, which must never make it stronger.
"""

from __future__ import annotations

import re

import pytest

from nlp.engine.commitment import assess_link, assess_paragraph
from nlp.engine.worddiff import word_diff
from nlp.model.comparison import Change
from nlp.model.document import Paragraph
from nlp.readers import read_document

SAMPLES = ("A_RES_72_1.fr.md", "A_RES_76_7.fr.txt", "A_RES_72_195.fr.md", "CTOC_COP_11_5.fr.md",
           "S_RES_2388_2017.fr.txt", "A_RES_76_7.en.akn.xml", "A_RES_80_9.en.akn.xml")

EDITS = {
    "fr": [
        lambda t: t.replace("'", "\u2019"),
        lambda t: t.replace(" et ", " ainsi que ", 1),
        lambda t: t.replace(",", ""),
        lambda t: t.replace("également", "en outre"),
        lambda t: re.sub(r"(\w)( )", "\\1\u00b9\\2", t, count=1),
        lambda t: t.replace("« ", "«\u00a0").replace(" »", "\u00a0»"),
        lambda t: t.replace("droits de l'homme", "droits humains"),
    ],
    "en": [
        lambda t: t.replace("'", "\u2019"),
        lambda t: t.replace(" and ", " as well as ", 1),
        lambda t: t.replace(",", ""),
        lambda t: t.replace(" also ", " further "),
        lambda t: re.sub(r"(\w)( )", "\\1\u00b9\\2", t, count=1),
        lambda t: t.replace("cooperation", "cooperation and collaboration", 1),
    ],
}
HEDGE = {"fr": ", le cas échéant", "en": ", as appropriate"}
HEDGE_SAMPLES = ("A_RES_72_1.fr.md", "A_RES_72_195.fr.md", "A_RES_76_7.fr.txt", "A_RES_80_9.en.akn.xml")


def _paragraphs(samples_dir, names=SAMPLES):
    for name in names:
        doc = read_document(str(samples_dir / name))
        for p in doc:
            yield doc.language, p


@pytest.mark.slow
def test_editorial_edits_of_every_bundled_paragraph_are_unchanged(samples):
    wrong = []
    for language, p in _paragraphs(samples):
        for edit in EDITS[language]:
            text = edit(p.text)
            if text == p.text:
                continue
            new = Paragraph(p.id, p.kind, text, p.lead, p.footnotes, p.parent)
            a = assess_link([p], [new], language, word_diff(p.text, text))
            if a.change is not Change.UNCHANGED:
                wrong.append((p.id, a.change.value, text[:80]))
    assert not wrong, wrong[:5]


def _hedged(language: str, text: str) -> str:
    return re.sub(r"([.;:])?$", HEDGE[language] + r"\1", text.rstrip(), count=1)


@pytest.mark.slow
def test_a_hedge_added_to_a_commitment_never_strengthens_it(samples):
    from nlp.engine import pipeline

    paragraphs = [(lang, p) for lang, p in _paragraphs(samples, HEDGE_SAMPLES) if p.kind != "preambular"]
    for language in ("fr", "en"):  # one batch parse, as the engine does
        texts = [t for lang, p in paragraphs if lang == language for t in (p.text, _hedged(language, p.text))]
        pipeline.parse(texts, language)
    checked = 0
    for language, p in paragraphs:
        commits, _ = assess_paragraph(p, language)
        if not commits or p.kind == "preambular":
            continue
        text = _hedged(language, p.text)
        new = Paragraph(p.id, p.kind, text, p.lead, p.footnotes, p.parent)
        a = assess_link([p], [new], language, word_diff(p.text, text))
        assert a.change is not Change.STRENGTHENED, (p.id, text[-120:])
        assert any(s.type == "hedge" and s.direction == "weaker" for s in a.signals), (p.id, text[-120:])
        checked += 1
    assert checked >= 60
