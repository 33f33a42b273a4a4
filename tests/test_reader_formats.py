"""PDF, DOCX, ODT and HTML versions of the samples, built in code, read to the same paragraphs as the text.

Source of the sample texts: United Nations (see resources/samples/SOURCES.md).
"""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from pathlib import Path

import pytest

from nlp.model.errors import InputError
from nlp.readers import read_bytes, read_document
from nlp.readers.decode import decode
from tests.fixtures_build import (
    Edit,
    Item,
    apply_edits,
    build_docx,
    build_html,
    build_odt,
    build_pdf,
    font_path,
    items_from_sample,
    paragraphs_of,
)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
BUILDERS = {"docx": build_docx, "odt": build_odt, "html": build_html, "pdf": build_pdf}
needs_font = pytest.mark.skipif(font_path("") is None, reason="no DejaVu font to write a PDF with accents")


@cache
def sample(name: str):
    return items_from_sample(SAMPLES / name)


@cache
def built(name: str, fmt: str) -> bytes:
    doc, items = sample(name)
    if fmt == "pdf":
        return build_pdf(items, symbol=doc.symbol or "A/RES/76/7")
    return BUILDERS[fmt](items)


def _same_document(got, want) -> None:
    assert [p.id for p in got.paragraphs] == [p.id for p in want.paragraphs]
    assert paragraphs_of(got) == paragraphs_of(want)
    assert [p.lead for p in got.paragraphs] == [p.lead for p in want.paragraphs]
    assert (got.symbol, got.adopted, got.language) == (want.symbol, want.adopted, want.language)


ALL = ["A_RES_72_195.fr.md", "A_RES_76_7.fr.txt", "A_RES_72_1.fr.md", "CTOC_COP_11_5.fr.md", "S_RES_2388_2017.fr.txt"]


@pytest.mark.parametrize("fmt", ["docx", "odt", "html"])
@pytest.mark.parametrize("name", ALL)
def test_each_format_reads_to_the_paragraphs_of_the_text(name, fmt):
    want, _ = sample(name)
    got = read_bytes(built(name, fmt), f"draft.{fmt}")
    assert got.format == fmt
    _same_document(got, want)


@needs_font
@pytest.mark.parametrize("name", ["A_RES_72_195.fr.md", "A_RES_76_7.fr.txt", "CTOC_COP_11_5.fr.md"])
def test_pdf_reads_to_the_paragraphs_of_the_text(name):
    want, _ = sample(name)
    got = read_bytes(built(name, "pdf"), "A_RES.pdf")
    assert got.format == "pdf"
    _same_document(got, want)


@needs_font
def test_pdf_fixture_has_what_the_reader_must_undo():
    """The built PDF really carries headers, job numbers, page numbers, hyphens and a page-split paragraph."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(built("A_RES_72_195.fr.md", "pdf"))) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
    assert len(pages) >= 4
    assert all("21-17344 (F)" in text for text in pages)
    assert all(re.search(rf"\b{i}/{len(pages)}\b", text) for i, text in enumerate(pages, 1))
    assert all("A/RES/72/195" in text for text in pages)
    hyphenated = sum(len(re.findall(r"[a-zé]-\n[a-zé]", text)) for text in pages)
    assert hyphenated >= 5
    # a page that opens mid-sentence (after its header line): a paragraph split by the page break
    assert any(text.splitlines()[1][:1].islower() for text in pages[1:])


@needs_font
def test_pdf_drops_headers_footers_and_joins_hyphenated_words():
    from nlp.readers.pdf import extract_text

    text = extract_text(built("A_RES_72_195.fr.md", "pdf"), "x.pdf")
    assert "21-17344" not in text and text.count("A/RES/72/195") <= 1  # at most the first page's banner
    assert not re.search(r"^\d+/\d+$", text, re.M)
    assert not re.search(r"[a-z]- [a-z]", text)  # no hyphen left inside a joined word
    assert "<sup>1</sup> " in text  # footnote blocks for parse_text


@pytest.mark.parametrize(
    "end,start,joined",
    [
        ("la coordi-", "nation des efforts", "la coordination des efforts"),  # a typesetter's break
        ("au-", "delà de 2030", "au-delà de 2030"),  # a compound broken at its hyphen (listed)
        ("les États-", "Unis et", "les États-Unis et"),  # capital after the hyphen: a compound
        ("une action sous-", "régionale", "une action sous-régionale"),
        ("en vue", "de renforcer", "en vue de renforcer"),
    ],
)
def test_pdf_line_end_hyphens(end, start, joined):
    from nlp.readers.pdf import _Layout, _Line

    layout = _Layout([([_Line("1. Texte.", 72, 100, 111, 11.0)], 842.0)])
    assert layout._join(end, start) == joined


def test_pdf_hyphen_kept_when_the_document_writes_the_word_with_it():
    from nlp.readers.pdf import _Layout, _Line

    layout = _Layout([([_Line("1. Le bien-être des victimes est un principe.", 72, 100, 111, 11.0)], 842.0)])
    assert layout._join("du bien-", "être") == "du bien-être"
    assert layout._join("du prin-", "cipe") == "du principe"


def test_pdf_footnote_running_over_to_the_next_page():
    """Pages as lines (text, x, top, bottom, size): a note cut by the page end goes on under the next page's body."""
    from nlp.readers.pdf import _Layout, _Line

    def line(text, top, size=11.0):
        return _Line(text, 72, top, top + size, size)

    page1 = [line("1. Nous réaffirmons le Plan d'action<sup>1</sup> et nous engageons", 100),
             line("<sup>1</sup> Résolution 64/293, adoptée le 30 juillet", 700, 8.0)]
    page2 = [line("à agir sans délai.", 100), line("2. Nous décidons.", 130),
             line("2010, annexe.", 700, 8.0)]
    text = _Layout([(page1, 842.0), (page2, 842.0)]).text()
    assert text.split("\n\n") == [
        "1. Nous réaffirmons le Plan d'action<sup>1</sup> et nous engageons à agir sans délai.",
        "<sup>1</sup> Résolution 64/293, adoptée le 30 juillet 2010, annexe.",
        "2. Nous décidons.\n",
    ]


@needs_font
def test_encrypted_pdf_is_refused_in_one_line(tmp_path):
    path = tmp_path / "A_RES_76_7.pdf"
    path.write_bytes(build_pdf([Item("1. Un paragraphe.")], password="secret"))
    with pytest.raises(InputError) as e:
        read_document(path)
    assert str(e.value) == "A_RES_76_7.pdf: file is encrypted"


@needs_font
def test_pdf_reading_stops_at_its_time_budget(monkeypatch):
    from nlp.readers import pdf

    monkeypatch.setattr(pdf, "TIME_BUDGET_S", -1.0)
    with pytest.raises(InputError, match=r"too slow to read \(stopped after 1 of \d+ pages"):
        read_bytes(built("A_RES_76_7.fr.txt", "pdf"), "slow.pdf")


def scanned_pdf() -> bytes:
    """A page that is only an image, as a scanner makes it."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    image = Image.new("L", (200, 100), 255)
    pdf.image(image, x=10, y=10, w=180)
    return bytes(pdf.output())


def test_scanned_pdf_says_it_has_no_text_layer():
    with pytest.raises(InputError, match=r"no text layer \(scanned PDF\?\)"):
        read_bytes(scanned_pdf(), "scan.pdf")


# ------------------------------------------------------------------ tracked changes


def _tracked_draft():
    want, items = sample("A_RES_76_7.fr.txt")
    operative = [i for i, it in enumerate(items) if it.auto and it.level == 0]
    subitems = [i for i, it in enumerate(items) if it.auto and it.level == 1]
    edits = (
        Edit("replace", operative[2], old="l'importance fondamentale", new="l'importance capitale"),
        Edit("delete", operative[4]),
        Edit("insert", operative[6], item=Item("Nous nous engageons à agir sans délai.", "x.", auto=True)),
        Edit("delete", subitems[1]),
    )
    return want, items, edits


def test_tracked_changes_read_rejected_give_the_original():
    want, items, edits = _tracked_draft()
    old = read_bytes(build_docx(items, edits), "draft.docx", revisions="rejected")
    _same_document(old, want)


def test_tracked_changes_read_accepted_by_default_and_renumbered():
    want, items, edits = _tracked_draft()
    draft = build_docx(items, edits)
    new = read_bytes(draft, "draft.docx")
    clean = read_bytes(build_docx(apply_edits(items, edits)), "clean.docx")
    assert paragraphs_of(new) == paragraphs_of(clean)
    assert len(new.paragraphs) == len(want.paragraphs) - 1  # two deleted, one inserted
    assert new.paragraph("3").text.startswith("Nous réaffirmons l'importance capitale")
    assert new.paragraph("6").text == want.paragraph("7").text  # 5 deleted: Word renumbers
    assert new.paragraph("7").text == "Nous nous engageons à agir sans délai."
    assert new.paragraph("16(b)").text == want.paragraph("16(c)").text
    assert read_bytes(draft, "draft.docx", revisions="accepted") == new


def test_has_revisions_tells_a_draft_from_a_clean_copy():
    from nlp.readers.docx_reader import has_revisions

    _, items, edits = _tracked_draft()
    assert has_revisions(build_docx(items, edits), "draft.docx")
    assert not has_revisions(build_docx(apply_edits(items, edits)), "clean.docx")


def test_revisions_only_for_word_files():
    with pytest.raises(InputError, match="tracked changes"):
        read_bytes(b"1. Un paragraphe.\n", "a.txt", revisions="rejected")
    with pytest.raises(InputError, match="unknown revisions view"):
        read_bytes(b"1. Un paragraphe.\n", "a.txt", revisions="both")


def test_compare_revisions_command(tmp_path, capsys):
    from nlp.cli import main as cli

    _, items, edits = _tracked_draft()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(build_docx(items, edits))
    out = tmp_path / "report.json"
    assert cli.run(["compare-revisions", str(draft), "--format", "json", "-o", str(out)]) == 0
    import json

    report = json.loads(out.read_text(encoding="utf-8"))
    assert len(report["old"]["paragraphs"]) == 40 and len(report["new"]["paragraphs"]) == 39
    assert {"7"} <= {a["new"] for a in report["added"]}
    changed = [l for l in report["links"] if l["old"] == ["3"]]
    assert changed and changed[0]["change"] != "unchanged"
    assert any(op["op"] == "insert" and "capitale" in op["text"] for op in changed[0]["diff"])
    assert cli.run(["compare-revisions", str(tmp_path / "missing.docx")]) == 2
    assert "missing.docx: no such file" in capsys.readouterr().err


# ------------------------------------------------------------------ Word details, on small documents

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str, numbering: str = "", styles: str = "") -> bytes:
    """A minimal Word file written by hand, for the cases python-docx cannot make."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        rels = ""
        if numbering:
            overrides += '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
            rels += '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            z.writestr("word/numbering.xml", f"<w:numbering {W}>{numbering}</w:numbering>")
        if styles:
            overrides += '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            rels += '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            z.writestr("word/styles.xml", f"<w:styles {W}>{styles}</w:styles>")
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr("word/_rels/document.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
    return out.getvalue()


def _p(text: str, num: tuple[int, int] | None = None, extra_ppr: str = "", runs: str | None = None) -> str:
    numpr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
    return f'<w:p><w:pPr>{numpr}{extra_ppr}</w:pPr>{runs if runs is not None else f"<w:r><w:t>{text}</w:t></w:r>"}</w:p>'


LISTS = (
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
)


def _text(data: bytes, revisions: str = "accepted") -> list[str]:
    from nlp.readers.docx_reader import extract_text

    return [b.strip() for b in extract_text(data, "t.docx", revisions).split("\n\n") if b.strip()]


def test_word_numbering_levels_formats_and_restarts():
    body = "".join(
        [
            _p("Décide :", (1, 0)),
            _p("de agir ;", (1, 1)),
            _p("de suivre :", (1, 1)),
            _p("ceci ;", (1, 2)),
            _p("cela ;", (1, 2)),
            _p("Prie.", (1, 0)),
            _p("de rendre compte.", (1, 1)),
            _p("une puce", (2, 0)),
            _p("Reprend à sept.", (3, 0)),
        ]
    )
    assert _text(_docx(body, LISTS)) == [
        "1. Décide :", "(a) de agir ;", "(b) de suivre :", "(i) ceci ;", "(ii) cela ;",
        "2. Prie.", "(a) de rendre compte.", "une puce", "7. Reprend à sept.",
    ]


def test_word_numbering_from_the_paragraph_style():
    styles = '<w:style w:type="paragraph" w:styleId="Op"><w:name w:val="Operative"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    body = _p("Un.", extra_ppr='<w:pStyle w:val="Op"/>') + _p("Deux.", extra_ppr='<w:pStyle w:val="Op"/>')
    assert _text(_docx(body, LISTS, styles)) == ["1. Un.", "2. Deux."]


def test_word_numbering_style_links_and_level_overrides():
    numbering = (
        '<w:abstractNum w:abstractNumId="5"><w:styleLink w:val="UNList"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="UNList"/></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>'
        '<w:num w:numId="8"><w:abstractNumId w:val="6"/></w:num>'
        '<w:num w:numId="9"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="1">'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2."/></w:lvl></w:lvlOverride></w:num>'
    )
    styles = '<w:style w:type="numbering" w:styleId="UNList"><w:name w:val="UN list"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
    body = _p("Un.", (8, 0)) + _p("ceci ;", (8, 1)) + _p("Deux.", (8, 0)) + _p("Trois.", (9, 0)) + _p("premier ;", (9, 1))
    assert _text(_docx(body, numbering, styles)) == ["1. Un.", "a) ceci ;", "2. Deux.", "3. Trois.", "I. premier ;"]


def test_word_typed_numbers_and_headings():
    styles = '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>'
    body = _p("Annexe", extra_ppr='<w:pStyle w:val="Titre1"/>') + _p("12. Typed number.") + _p("a) Typed letter.")
    assert _text(_docx(body, "", styles)) == ["# Annexe", "12. Typed number.", "a) Typed letter."]


REV = 'w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"'


def test_word_deleted_paragraph_mark_joins_paragraphs_when_accepted():
    body = _p("", runs='<w:r><w:t>Première partie</w:t></w:r>') .replace("<w:pPr>", f'<w:pPr><w:rPr><w:del {REV}/></w:rPr>', 1) + _p("seconde partie.")
    assert _text(_docx(body)) == ["Première partie seconde partie."]
    assert _text(_docx(body), "rejected") == ["Première partie", "seconde partie."]


def test_word_hidden_text_is_not_read():
    runs = '<w:r><w:t xml:space="preserve">Décide </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>[note interne] </w:t></w:r><w:r><w:t>d’agir.</w:t></w:r>'
    assert _text(_docx(_p("", runs=runs))) == ["Décide d’agir."]


def test_word_moves_and_numbering_change():
    runs = (
        f'<w:r><w:t xml:space="preserve">Nous </w:t></w:r><w:moveFrom {REV}><w:r><w:t>vivement </w:t></w:r></w:moveFrom>'
        f'<w:r><w:t xml:space="preserve">encourageons </w:t></w:r><w:moveTo {REV}><w:r><w:t xml:space="preserve">vivement </w:t></w:r></w:moveTo><w:r><w:t>les États.</w:t></w:r>'
    )
    change = f'<w:pPrChange {REV}><w:pPr/></w:pPrChange>'
    body = _p("", (1, 0), change, runs)
    assert _text(_docx(body, LISTS)) == ["1. Nous encourageons vivement les États."]
    assert _text(_docx(body, LISTS), "rejected") == ["Nous vivement encourageons les États."]


def test_word_footnotes_become_callouts_and_blocks():
    want, items = sample("A_RES_72_1.fr.md")
    from nlp.readers.docx_reader import extract_text

    text = extract_text(built("A_RES_72_1.fr.md", "docx"), "d.docx")
    assert "<sup>1</sup> Résolution 64/293." in text
    assert sum(len(p.footnotes) for p in want.paragraphs) == len(re.findall(r"^<sup>\d+</sup> ", text, re.M))


# ------------------------------------------------------------------ ODT and HTML details


def test_odt_tracked_deletions_are_not_read():
    from nlp.readers.odt import extract_text

    data = built("A_RES_72_1.fr.md", "odt")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        content = z.read("content.xml").decode("utf-8")
        parts = {n: z.read(n) for n in z.namelist()}
    tracked = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
        '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">A</dc:creator></office:change-info>'
        "<text:p>Texte supprimé.</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    )
    content = content.replace("<office:text>", "<office:text>" + tracked, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in parts.items():
            z.writestr(name, content if name == "content.xml" else blob)
    assert "Texte supprimé" not in extract_text(out.getvalue(), "x.odt")


def test_html_keeps_the_main_content_only():
    from nlp.readers.html_reader import extract_text

    text = extract_text(built("A_RES_72_195.fr.md", "html"), "page.html")
    assert not re.search(r"^(Accueil|Documents|Assemblée générale|Nations Unies)$", text, re.M)  # menu entries
    for noise in ("Accueil ›", "Rechercher", "dataLayer", "track()", "injected", "Droits d'auteur", "font-family"):
        assert noise not in text
    assert "1. *Exhorte*" in text or re.search(r"^1\. ", text, re.M)


def test_html_container_named_like_a_menu_but_holding_the_text_is_kept():
    page = (
        "<html><body><div class='menu'><a href='/'>Accueil</a></div><div class='layout-with-sidebar'>"
        "<p>1. Prie instamment les États d'agir.</p><p>2. Décide de rester saisie de la question.</p></div></body></html>"
    )
    doc = read_bytes(page.encode(), "p.html")
    assert [p.id for p in doc.paragraphs] == ["1", "2"]


def test_html_charset_declared_in_meta():
    page = "<html><head><meta charset='windows-1252'></head><body><p>1. Prie instamment les États d'agir.</p></body></html>"
    doc = read_bytes(page.encode("cp1252"), "p.html")
    assert doc.paragraphs[0].text == "Prie instamment les États d'agir."


def test_html_ordered_list_start_and_letters():
    page = "<html><body><main><ol start='4'><li>Décide :<ol type='a'><li>ceci ;</li><li>cela.</li></ol></li><li>Prie.</li></ol></main></body></html>"
    doc = read_bytes(page.encode(), "p.html")
    assert [p.id for p in doc.paragraphs] == ["4", "4(a)", "4(b)", "5"]


WORD_HTML = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=FR>
<div class=WordSection1><p class=MsoNormal><i>Réaffirmant</i> sa résolution 70/1<a style='mso-footnote-id:ftn1' href="#_ftn1"
name="_ftnref1" title=""><span class=MsoFootnoteReference><span class=MsoFootnoteReference>[1]</span></span></a>,</p>
<p class=MsoNormal>1.&nbsp;&nbsp;&nbsp;&nbsp;<i>Prie instamment</i> les États d'agir.</p></div>
<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1"
name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Voir A/70/L.1.</p></div></div></body></html>"""

PANDOC_HTML = """<!DOCTYPE html><html><body><main>
<p><em>Réaffirmant</em> sa résolution 70/1<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>,</p>
<ol><li><em>Prie instamment</em> les États d'agir.</li></ol>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>
<li id="fn1"><p>Voir A/70/L.1.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>
</main></body></html>"""


@pytest.mark.parametrize("page", [WORD_HTML, PANDOC_HTML], ids=["word-save-as-html", "pandoc"])
def test_html_footnotes_as_generators_link_them(page):
    doc = read_bytes(page.encode("utf-8"), "page.html")
    assert [(p.id, p.text, p.footnotes, p.lead) for p in doc.paragraphs] == [
        ("PP1", "Réaffirmant sa résolution 70/1,", ("Voir A/70/L.1.",), "Réaffirmant"),
        ("1", "Prie instamment les États d'agir.", (), "Prie instamment"),
    ]


# ------------------------------------------------------------------ encodings

TEXT = "1. Les États s’engagent « pleinement » à agir ; l’œuvre continue.\n\n2. Prie instamment.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom", "utf-16-be-no-bom", "cp1252"],
)
def test_encodings_are_detected(encoded):
    assert decode(encoded, "t.txt") == TEXT


def test_latin1_text():
    text = "1. Les États réaffirmèrent leur volonté « ferme » d'agir à l'été.\n"
    assert decode(text.encode("latin-1"), "t.txt") == text
    assert read_bytes(text.encode("latin-1"), "t.txt").paragraphs[0].text.startswith("Les États réaffirmèrent")


def test_parse_command_reads_a_draft_either_way(tmp_path, capsys):
    import json

    from nlp.cli import main as cli

    _, items, edits = _tracked_draft()
    draft = tmp_path / "draft.docx"
    draft.write_bytes(build_docx(items, edits))
    assert cli.run(["parse", str(draft), "--revisions", "rejected"]) == 0
    rejected = json.loads(capsys.readouterr().out)
    assert cli.run(["parse", str(draft)]) == 0
    accepted = json.loads(capsys.readouterr().out)
    assert (len(rejected["paragraphs"]), len(accepted["paragraphs"])) == (40, 39)
