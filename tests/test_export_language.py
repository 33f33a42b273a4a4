"""Reports in the reader's language: French or English wording for every format, from
resources/report/strings.*.toml; the JSON and the documents' text never change; `compare --lang`."""

from __future__ import annotations

import csv
import io
import json
import re
import string
import tomllib
import zipfile

import lxml.html
import openpyxl
import pdfplumber
import pytest
from lxml import etree

from nlp import present
from nlp.cli import main as cli
from nlp.engine.commitment.notes import render_note
from nlp.engine.worddiff import word_diff
from nlp.export import render, report
from nlp.export.rows import COLUMNS, columns, rows
from nlp.model.comparison import Change, Comparison, Link
from nlp.model.document import Document, Paragraph
from nlp.present.wording import LANGUAGES, language_of, wording
from tests.test_export_cli import (
    pair,  # noqa: F401  (the two small .txt files, a fixture)
)
from tests.test_export_common import sample_comparison

NBSP = "\u00a0"
# chrome words of the English reports that a French report must not show (the sample's notes are English
# sentences written in the test, so only words that no note uses)
ENGLISH_CHROME = ("Summary", "Legend", "Paragraph by paragraph", "Old version", "similarity", "strengthened", "weakened", "moved from")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _strings(language: str) -> dict[str, str]:
    with (report.resource_dir("report") / f"strings.{language}.toml").open("rb") as f:
        data = tomllib.load(f)
    return {f"{section}.{key}": value for section, table in data.items() for key, value in table.items()}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_each_language_has_every_string_with_the_same_fields():
    english = _strings("en")
    for language in LANGUAGES:
        strings = _strings(language)
        assert set(strings) == set(english), language
        for key, text in strings.items():
            assert text.strip() or key.endswith(("next", "separator")), (language, key)
            assert _fields(text) == _fields(english[key]), (language, key)


def test_french_typography_keeps_a_non_breaking_space_before_colons_and_inside_guillemets():
    fr = _strings("fr")
    for key, text in fr.items():
        assert " :" not in text and " ;" not in text, key  # a plain space would let the colon wrap alone
        assert "« " not in text and " »" not in text, key


def test_language_tags_fold_to_a_report_language():
    assert [language_of(t) for t in ("fr", "FR", "fr-CA", "fr_FR.UTF-8", "en-GB", "de", "", None)] == [
        "fr", "fr", "fr", "fr", "en", "en", "en", "en"
    ]
    assert wording("fr").number(0.8123) == "0,81" and wording("en").number(0.8123) == "0.81"


def test_entry_wording_in_french():
    w = wording("fr")
    entries = present.entries(sample_comparison())
    split, moved, removed, added = entries[1], entries[6], entries[4], entries[5]
    assert split.badge_in(w) == "▲ renforcé" and split.tags_in(w) == ["scindé"]
    assert split.similarity_in(w) == "similarité 0,81"
    assert moved.tags_in(w) == [f"↕ déplacé depuis le §{NBSP}4"]
    assert removed.label_in(w) == f"ancien §{NBSP}6" and added.label_in(w) == f"nouveau §{NBSP}5"
    assert removed.tags_in(w) == ["engagement"]
    assert entries[3].badge_in(w) == "▼ affaibli" and entries[2].badge_in(w) == "◆ modifié" and entries[0].badge_in(w) == "= inchangé"
    en = wording("en")
    assert (split.badge_in(en), moved.moved_badge_in(en), added.label_in(en)) == ("▲ strengthened", "↕ moved from 4", "new 5")


def test_signal_line_in_french():
    from nlp.model.comparison import Signal, params

    sig = Signal("hedge", "weaker", None, "selon qu’il conviendra", "hedge_added", params(new="selon qu’il conviendra", hedge="as_appropriate"))
    assert report.signal_line(sig, render_note(sig, "fr"), wording("fr")) == (
        "▼ atténuation (affaiblit) — « selon qu’il conviendra » ajouté : "
        "la formule laisse chaque État juger s'il faut agir, ce qui affaiblit l'engagement."
    )
    assert report.signal_line(Signal("novel", "neutral", None, None), "", wording("fr")) == "◆ novel (neutre)"


def test_html_in_french_and_the_chrome_lang_follows_it():
    data = render(sample_comparison(), "html", language="fr").decode("utf-8")
    page = lxml.html.document_fromstring(data)
    assert page.get("lang") == "fr"
    text = " ".join(page.body.text_content().split()) + page.findtext(".//title")
    for words in ("comparaison", "Résumé", "Légende", "Paragraphe par paragraphe", "renforcé", "affaibli", "modifié", "inchangé",
                  "ajouté", "supprimé", "déplacé depuis", "Ancienne version", "Nouvelle version", "similarité 0,81",
                  "barré, en rouge", "souligné, en vert", "cote", "date d’adoption", "Établi le 2026-11-25 12:00 UTC"):
        assert words in text, words
    for words in ENGLISH_CHROME:
        assert words not in text, words
    heads = [th.text_content() for th in page.xpath("//table[@class='summary']/thead//th")]
    assert heads == ["= inchangé", "◆ modifié", "▲ renforcé", "▼ affaibli", "↕ déplacé", "+ ajouté", "− supprimé"]
    assert page.xpath("//ul[@class='signals']/@aria-label") == ["signaux"] * 3


def test_english_documents_in_a_french_report_keep_their_own_lang():
    old = Document("a.txt", "text", "en", (Paragraph("1", "operative", "Calls upon States to act;"),), title="Old title")
    new = Document("b.txt", "text", "en", (Paragraph("1", "operative", "Urges States to act;"),), title="New title")
    link = Link(("1",), ("1",), 0.7, Change.STRENGTHENED, False, word_diff("Calls upon States to act;", "Urges States to act;"))
    page = lxml.html.document_fromstring(render(Comparison(old, new, (link,)), "html", language="fr").decode())
    assert page.get("lang") == "fr"
    assert {s.get("lang") for s in page.xpath("//main//td//span[@lang]")} == {"en"}
    assert page.xpath("//dd[@lang='en']/text()") == ["Old title", "New title"]


def test_docx_in_french():
    data = render(sample_comparison(), "docx", language="fr")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
    texts = ["".join(p.itertext()) for p in body.iter(f"{W}p")]
    assert texts[0] == f"Comparaison{NBSP}: A/RES/1/1 → A/RES/2/2"
    for words in ("Résumé", "Comment lire les marques de révision", "Paragraphe par paragraphe", "Ancienne version",
                  "Nouvelle version", "paragraphes", "nombre", "▲ renforcé", f"▼ affaibli{NBSP}: l’engagement"):
        assert any(words in t for t in texts), words
    assert any(t.startswith("1 → 1+2   ·   ▲ renforcé   ·   scindé   ·   similarité 0,81") for t in texts)
    assert not any(w in t for t in texts for w in ENGLISH_CHROME)
    assert body.findall(f".//{W}ins") and body.findall(f".//{W}del")  # the redline is the same
    langs = {s.get(f"{W}styleId"): [lang.get(f"{W}val") for lang in s.iter(f"{W}lang")] for s in styles.iter(f"{W}style")}
    assert langs["Normal"][-1] == "fr-FR" and langs["Redline"][-1] == "fr-FR"


def test_pdf_in_french():
    data = render(sample_comparison(), "pdf", language="fr")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        pages = len(pdf.pages)
    text = text.replace(NBSP, " ")
    for words in ("Comparaison : A/RES/1/1", "Résumé", "Légende", "Paragraphe par paragraphe", "renforcé",
                  "similarité 0,81", "paragraphes", "nombre", f"page 1 / {pages}", "Ancienne version : A/RES/1/1"):
        assert words in text, words
    for words in ENGLISH_CHROME:
        assert words not in text, words


def test_csv_and_xlsx_in_french():
    c = sample_comparison()
    french = columns("fr")
    assert french[:3] == ("anciens numéros", "nouveaux numéros", "modification") and COLUMNS[0] == "old ids"
    lines = list(csv.reader(io.StringIO(render(c, "csv", language="fr").decode("utf-8-sig"), newline="")))
    assert tuple(lines[0]) == french
    assert [line[2] for line in lines[1:]] == ["inchangé", "renforcé", "modifié", "affaibli", "supprimé", "ajouté", "inchangé"]
    assert lines[-1][3] == "oui" and lines[1][3] == "non" and lines[6][4] == "oui"
    assert lines[2][6].startswith(f"verbe (renforce){NBSP}: « encourageons » → « nous engageons » : on passe d'un encouragement")
    assert lines[2][5] == "0.81"  # a number stays a number for the spreadsheet

    wb = openpyxl.load_workbook(io.BytesIO(render(c, "xlsx", language="fr")))
    assert wb.sheetnames == ["Modifications", "À propos"]
    ws = wb["Modifications"]
    assert tuple(cell.value for cell in ws[1]) == french
    english = openpyxl.load_workbook(io.BytesIO(render(c, "xlsx")))["Changes"]
    assert ws["C3"].value == "renforcé" and english["C3"].value == "strengthened"
    assert ws["C3"].fill.fgColor.rgb == english["C3"].fill.fgColor.rgb != "00000000"  # the same colour
    about = [cell.value for row in wb["À propos"].iter_rows() for cell in row if cell.value is not None]
    assert {"Comparaison", "Ancienne version", "Nouvelle version", "Résumé", "renforcé", "cote"} <= set(about)


def test_text_in_french():
    text = render(sample_comparison(), "text", language="fr").decode()
    assert text.startswith(f"ancienne{NBSP}: A/RES/1/1, 2017-10-02, 7 paragraphes\n")
    assert f"résumé{NBSP}: inchangé 2, modifié 1, renforcé 1" in text
    assert re.search(r"▲ +1 → 1\+2 +renforcé +0,81", text)
    assert f"atténuation (affaiblit){NBSP}: « selon qu’il conviendra » ajouté : la formule laisse chaque État" in text
    assert re.search(r"\+ +— → 5 +ajouté +engagement", text) and re.search(r"− +6 → — +supprimé", text)


def test_json_is_the_contract_in_any_language():
    c = sample_comparison()
    french, english = json.loads(render(c, "json", language="fr")), json.loads(render(c, "json"))

    def without_notes(data):
        for item in data["links"] + data["added"] + data["removed"]:
            for s in item["signals"]:
                s.pop("note")
        return data

    notes = [s["note"] for data in (french, english) for link in data["links"] for s in link["signals"]]
    assert all(notes) and "engagement plus fort" in notes[0] and "stronger commitment" in notes[len(notes) // 2]
    assert without_notes(french) == without_notes(english)  # only the notes follow --lang
    assert rows(c, "fr")[1].change_key == "strengthened"


def test_export_writes_the_language_asked_for(tmp_path):
    from nlp.export import export

    path = export(sample_comparison(), "html", tmp_path / "r.html", language="fr")
    assert 'lang="fr"' in path.read_text(encoding="utf-8") and "Résumé" in path.read_text(encoding="utf-8")


def test_compare_lang_fr_writes_french_report_and_notes(pair, tmp_path):  # noqa: F811
    out = tmp_path / "report.html"
    assert cli.run(["compare", *pair, "--format", "html", "--lang", "fr", "-o", str(out)]) == 0
    page = lxml.html.document_fromstring(out.read_text(encoding="utf-8"))
    assert page.get("lang") == "fr"
    text = page.text_content()
    assert "Résumé" in text and "renforcé" in text
    notes = " ".join(li.text_content() for li in page.xpath("//ul[@class='signals']/li"))
    assert "verbe (renforce)" in notes and "encouragement" in notes  # the engine's note, in French


def test_compare_lang_en_keeps_english_and_json_keeps_the_contract(pair, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "report.csv"
    assert cli.run(["compare", *pair, "--format", "csv", "--lang", "en", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(COLUMNS)
    assert cli.run(["compare", *pair, "--format", "json", "--lang", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    link = data["links"][0]
    assert link["change"] == "strengthened" and link["signals"][0]["type"] == "verb"
    assert link["signals"][0]["direction"] == "stronger" and "encouragement" in link["signals"][0]["note"]


def test_a_bad_lang_exits_2_with_one_line(pair, capsys):  # noqa: F811
    with pytest.raises(SystemExit) as info:
        cli.run(["compare", *pair, "--lang", "de"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--lang" in err and "'de'" in err


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_lang_defaults_to_the_environment_locale(monkeypatch, env, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    args = cli.build_parser().parse_args(["compare", "a.txt", "b.txt"])
    assert args.lang == expected
