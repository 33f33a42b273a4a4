"""A .txt file is plain text (issue 20, item 13): what looks like markup stays as typed, unless the
file is clearly UN Markdown as published (the bundled .txt samples are; they read as before)."""

from __future__ import annotations

import pytest

from nlp.readers import read_bytes
from nlp.readers.plaintext import is_markdown, protect, restore

LITERAL = [
    "Le calcul ${7*7} reste tel quel.",
    "Les balises &lt;b&gt; et &amp; restent échappées.",
    "Un <script>x</script> n'est pas exécuté.",
    "Un chemin C:\\dossier\\*.txt et un motif a_b_c ou _souligné_.",
    "Une note [voir](http://example.org) et 2^10 octets, # pas un titre.",
    "Une étoile *seule et un `code`.",
]


@pytest.mark.parametrize("sentence", LITERAL)
def test_plain_text_keeps_every_character(sentence):
    text = f"1. {sentence}\n\n2. Décide de rester saisie de la question.\n"
    doc = read_bytes(text.encode(), "plain.txt")
    assert doc.format == "text"
    assert doc.paragraphs[0].text == sentence
    assert [p.id for p in doc.paragraphs] == ["1", "2"]


def test_the_same_text_as_markdown_is_markdown():
    doc = read_bytes(b"1. Le calcul *important* reste <b>gras</b> &amp; net.\n", "doc.md")
    assert doc.paragraphs[0].text == "Le calcul important reste gras & net."


def test_plain_text_keeps_page_furniture_rules():
    """A bar code line and a job number are still page furniture, dropped as before."""
    text = "1. Décide de renforcer la coopération.\n\n*2117344*\n\n21-17344 (F)\n\n2. Prie le Secrétaire général de faire rapport.\n"
    doc = read_bytes(text.encode(), "furniture.txt")
    assert [p.text for p in doc.paragraphs] == ["Décide de renforcer la coopération.", "Prie le Secrétaire général de faire rapport."]


def test_un_markdown_in_a_txt_is_recognised():
    text = (
        "Le Conseil de sécurité,\n\n*Rappelant* sa résolution [2331 (2016)](#),\n\n"
        "1. *Condamne* la traite des personnes,\n\n2. *Prie* le Secrétaire général de faire rapport^1.\n"
    )
    assert is_markdown(text)
    doc = read_bytes(text.encode(), "S_RES.txt")
    assert doc.paragraphs[0].text == "Rappelant sa résolution 2331 (2016),"
    assert doc.paragraphs[0].lead == "Rappelant"


def test_a_single_stray_emphasis_is_not_markdown():
    assert not is_markdown("1. Un *mot* en relief.\n\n2. Et 3 * 4 = 12.\n")


def test_stand_ins_round_trip_and_foreign_stand_ins_are_dropped():
    text = "a*b_c<d>e&f\\g[h]i^j#k`l"
    assert restore(protect(text)) == text
    assert restore(protect("x" + chr(0xF0000) + "y")) == "xy"


def test_bundled_txt_samples_read_as_markdown(samples):
    for path in samples.glob("*.txt"):
        doc = read_bytes(path.read_bytes(), path.name)
        assert all("*" not in p.text and "](" not in p.text for p in doc.paragraphs), path.name
        assert all("*" not in note and "](" not in note for p in doc.paragraphs for note in p.footnotes), path.name


@pytest.mark.parametrize("sentence", LITERAL[:4])
def test_word_and_opendocument_text_keeps_its_characters(sentence):
    """A Word run's or an OpenDocument span's characters are text too; the readers' own markup (the
    italic lead, footnote call-outs) still works around them."""
    from xml.sax.saxutils import escape

    from tests.fixtures_build import Item, build_docx, build_odt

    items = [Item(sentence, "1.", lead=None), Item("Prie le Secrétaire général de faire rapport.", "2.", lead="Prie", notes=("Résolution 76/7.",))]
    for name, data in (("a.docx", build_docx(items)), ("a.odt", build_odt(items))):
        doc = read_bytes(data, name)
        assert doc.paragraphs[0].text == sentence, (name, escape(sentence))
        assert doc.paragraphs[1].lead == "Prie" and doc.paragraphs[1].footnotes == ("Résolution 76/7.",), name


def test_web_page_text_keeps_its_characters():
    page = (
        "<html><body><p>1. Le calcul ${7*7} et &lt;b&gt; et &amp;lt; restent<sup>1</sup> tels quels.</p>"
        "<p>2. <em>Prie</em> le Secrétaire général de faire rapport.</p>"
        '<p id="fn1"><sup>1</sup> Résolution 76/7.</p></body></html>'
    )
    doc = read_bytes(page.encode(), "a.html")
    assert doc.paragraphs[0].text == "Le calcul ${7*7} et <b> et &lt; restent tels quels."
    assert doc.paragraphs[0].footnotes == ("Résolution 76/7.",)
    assert doc.paragraphs[1].lead == "Prie"
