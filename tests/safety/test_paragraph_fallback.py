"""No reader drops most of a text silently (issue 20, item 4): a part without paragraph numbers (an
annexed declaration with unnumbered paragraphs, an OpenDocument list whose level lost its numbering)
falls back to paragraphs separated by blank lines; a guard compares what the paragraphs hold with
the text's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from nlp.readers import read_bytes
from nlp.readers.coverage import MIN_SHARE, unread_tail
from tests.safety.builders import odt


def _words(text: str) -> int:
    return len(text.split())


def _unnumbered(samples) -> str:
    """The 2021 political declaration (A/RES/76/7) with its paragraph numbers taken out."""
    text = (samples / "A_RES_76_7.fr.txt").read_text(encoding="utf-8")
    return re.sub(r"(?m)^\d{1,2}\. ", "", text)


def test_annexed_declaration_without_numbers_keeps_its_paragraphs(samples):
    text = _unnumbered(samples)
    doc = read_bytes(text.encode(), "A_RES_76_7_unnumbered.txt")
    numbered = read_bytes((samples / "A_RES_76_7.fr.txt").read_bytes(), "A_RES_76_7.fr.txt")
    held = sum(_words(p.text) for p in doc.paragraphs)
    assert held >= 0.9 * sum(_words(p.text) for p in numbered.paragraphs)
    others = [p for p in doc.paragraphs if p.kind == "other"]
    assert len(others) >= 30
    assert [p.id for p in others[:3]] == ["P1", "P2", "P3"]
    assert others[0].text.startswith("Nous, États Membres de l'Organisation des Nations Unies, réaffirmons")
    assert not any(p.text.startswith("Déclaration politique de 2021") for p in others)  # the annex's title is no paragraph


def test_odt_declaration_whose_list_level_lost_its_numbering():
    style = '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/></text:list-style>'
    items = "".join(
        f"<text:list-item><text:p>Nous nous engageons à renforcer la coopération internationale, engagement {i}, "
        f"contre la traite des personnes sous toutes ses formes.</text:p></text:list-item>"
        for i in range(1, 25)
    )
    body = (
        "<text:p>L'Assemblée générale,</text:p>"
        "<text:p>Adopte la déclaration politique qui figure en annexe à la présente résolution.</text:p>"
        "<text:p>73e séance plénière</text:p><text:p>Annexe</text:p>"
        "<text:p>Déclaration politique sur la traite des personnes</text:p>"
        f'<text:list text:style-name="L1">{items}</text:list>'
    )
    doc = read_bytes(odt(body, style), "broken-list.odt")
    texts = [p.text for p in doc.paragraphs]
    assert sum(f"engagement {i}," in t for t in texts for i in range(1, 25)) == 24
    assert len([p for p in doc.paragraphs if p.kind == "other"]) == 24


@dataclass
class _U:
    kind: str
    text: str


def _ends(text: str) -> bool:
    return text.rstrip().endswith((".", ";", ":"))


def test_guard_keeps_a_resolution_that_holds_its_text():
    body = [_U("text", "Décide " + "mot " * 50 + "."), _U("closing", "73e séance"), _U("text", "Annexe " + "mot " * 30 + ".")]
    words = {id(u): _words(u.text) for u in body if u.kind == "text"}
    assert unread_tail(body, words, {id(body[0])}, _ends) == ([], False)


def test_guard_reads_the_unread_tail_and_skips_its_title():
    body = [_U("text", "Adopte la déclaration."), _U("closing", "73e séance"), _U("text", "Titre de la déclaration")]
    body += [_U("text", f"Nous nous engageons {i} " + "mot " * 20 + ".") for i in range(5)]
    words = {id(u): _words(u.text) for u in body if u.kind == "text"}
    tail, whole = unread_tail(body, words, {id(body[0])}, _ends)
    assert not whole and tail == body[3:]


def test_guard_falls_back_whole_when_the_loss_is_not_a_tail():
    body = [_U("text", "Préambule " + "mot " * 200 + ".")] + [_U("text", "1. Décide.")]
    words = {id(u): _words(u.text) for u in body}
    assert unread_tail(body, words, {id(body[1])}, _ends) == ([], True)


@pytest.mark.parametrize("pattern", ["*.txt", "*.md", "*.akn.xml"])
def test_every_bundled_sample_keeps_most_of_its_words(samples, pattern):
    for path in samples.glob(pattern):
        doc = read_bytes(path.read_bytes(), path.name)
        held = sum(_words(p.text) + sum(_words(n) for n in p.footnotes) for p in doc.paragraphs)
        plain = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        assert held >= MIN_SHARE * _words(plain) * 0.8, path.name
