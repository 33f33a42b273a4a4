"""A small French comparison built in code (split, merge, move, added, removed, strengthened, weakened,
unchanged, hostile text), shared by the export tests; and the tests of what the exports share."""

from __future__ import annotations

from nlp import present
from nlp.engine.commitment.notes import render_note
from nlp.engine.worddiff import word_diff
from nlp.export import report
from nlp.model.comparison import (
    Added,
    Change,
    Comparison,
    DiffOp,
    Link,
    Op,
    Removed,
    Signal,
    params,
)
from nlp.model.document import Document, Paragraph
from nlp.present import redline
from nlp.present.wording import wording

HOSTILE = "=CMD|' /C calc'!A0 <script>alert(1)</script> Demande aux États d'agir \"vite\" & bien."
ADDED = "+Exhorte les États à ratifier la Convention <b>sans réserve</b> & à l’appliquer."

OLD_PARAS = (
    Paragraph("PP1", "preambular", "Réaffirmant l’engagement pris en 2015 à l’égard des « objectifs » de développement durable,", "Réaffirmant"),
    Paragraph("1", "operative", "Nous encourageons les États à coopérer pour prévenir la traite des personnes et à protéger les victimes.", "Nous encourageons"),
    Paragraph("2", "operative", "Nous prenons note des efforts des organisations régionales.", "Nous prenons note"),
    Paragraph("3", "operative", "Nous saluons le rôle de la société civile.", "Nous saluons"),
    Paragraph("4", "operative", "Nous examinerons la question à notre prochaine session.", "Nous examinerons"),
    Paragraph("5", "operative", "Nous nous engageons à renforcer sans délai la coopération judiciaire d’ici à 2030.", "Nous nous engageons"),
    Paragraph("6", "operative", HOSTILE, "Demande"),
)
NEW_PARAS = (
    Paragraph("PP1", "preambular", "Réaffirmant l'engagement pris en 2015 à l'égard des « objectifs » de développement durable,", "Réaffirmant"),
    Paragraph("1", "operative", "Nous nous engageons à coopérer pour prévenir la traite des personnes.", "Nous nous engageons"),
    Paragraph("2", "operative", "Nous protégerons les victimes.", "Nous protégerons"),
    Paragraph("3", "operative", "Nous prenons note des efforts des organisations régionales et saluons le rôle de la société civile.", "Nous prenons note"),
    Paragraph("4", "operative", "Nous envisagerons, selon qu’il conviendra, de renforcer la coopération judiciaire.", "Nous envisagerons"),
    Paragraph("5", "operative", ADDED, "Exhorte"),
    Paragraph("6", "operative", "Nous examinerons la question à notre prochaine session.", "Nous examinerons"),
)


def _text(doc: Document, ids: tuple[str, ...]) -> str:
    return " ".join(doc.paragraph(i).text for i in ids)


def sample_comparison() -> Comparison:
    old = Document("old/A_RES_1_1.fr.txt", "text", "fr", OLD_PARAS, symbol="A/RES/1/1", title="Déclaration d’essai « ancienne »", body="General Assembly", adopted="2017-10-02")
    new = Document("new/A_RES_2_2.fr.txt", "text", "fr", NEW_PARAS, symbol="A/RES/2/2", title="Déclaration d’essai « nouvelle » <i>", body="General Assembly", adopted="2021-11-22")

    def link(o, n, change, score, moved=False, signals=()):
        return Link(o, n, score, change, moved, word_diff(_text(old, o), _text(new, n)), signals)

    links = (
        link(("PP1",), ("PP1",), Change.UNCHANGED, 1.0),
        link(("1",), ("1", "2"), Change.STRENGTHENED, 0.81, signals=(
            Signal("verb", "stronger", "encourageons", "nous engageons", "verb_stronger", params(old="encourageons", new="nous engageons", old_verb="encourage", new_verb="commit")),
        )),
        link(("2", "3"), ("3",), Change.MODIFIED, 0.77),
        link(("5",), ("4",), Change.WEAKENED, 0.64, moved=False, signals=(
            Signal("hedge", "weaker", None, "selon qu’il conviendra", "hedge_added", params(new="selon qu’il conviendra", hedge="as_appropriate")),
            Signal("deadline", "weaker", "d’ici à 2030", None, "deadline_removed", params(old="d’ici à 2030")),
        )),
        link(("4",), ("6",), Change.UNCHANGED, 1.0, moved=True),
    )
    return Comparison(
        old, new, links,
        added=(Added("5", True, (Signal("obligation", "stronger", None, "Exhorte", "commitment", params(new="Exhorte", new_verb="urge")),)),),
        removed=(Removed("6", True),),
        engine="test-1",
        meta=(("created", "2026-11-25T12:00:00+00:00"),),
    )


def test_sample_is_sound():
    from nlp.model.comparison import accounted_once

    assert accounted_once(sample_comparison()) == []


def test_entries_follow_the_new_text_and_put_removed_where_they_were():
    labels = [(e.kind, e.old_ids, e.new_ids) for e in present.entries(sample_comparison())]
    assert labels == [
        ("link", ("PP1",), ("PP1",)),
        ("link", ("1",), ("1", "2")),
        ("link", ("2", "3"), ("3",)),
        ("link", ("5",), ("4",)),
        ("removed", ("6",), ()),  # old 6 came after old 5, which is shown as new 4
        ("added", (), ("5",)),
        ("link", ("4",), ("6",)),
    ]


def test_runs_rebuild_both_texts_exactly_with_old_typography():
    c = sample_comparison()
    for e in present.entries(c):
        runs = e.token_runs
        assert redline.side_text(runs, "old") == e.old_text
        assert redline.side_text(runs, "new") == e.new_text
    pp1 = present.entries(c)[0]
    assert all(r.op is Op.EQUAL for r in pp1.token_runs)  # ’ vs ' is not a change to show
    assert "l’engagement" in redline.side_text(pp1.token_runs, "old")


def test_exact_parts_turn_typography_into_changes_so_rejecting_gives_the_old_text():
    e = present.entries(sample_comparison())[0]
    (part,) = e.unified_parts(letter_exact=True)
    assert redline.side_text(part.runs, "old") == e.old_text
    assert redline.side_text(part.runs, "new") == e.new_text
    assert [(r.op, r.old, r.new) for r in part.runs if r.op is not Op.EQUAL][:2] == [(Op.DELETE, "’", ""), (Op.INSERT, "", "'")]


def test_a_split_is_cut_back_into_its_new_paragraphs():
    split = present.entries(sample_comparison())[1]
    parts = split.new_parts()
    assert [p.id for p in parts] == ["1", "2"]
    assert [redline.side_text(p.runs, "new") for p in parts] == list(split.new_texts)
    merged = present.entries(sample_comparison())[2]
    assert [redline.side_text(p.runs, "old") for p in merged.old_parts()] == list(merged.old_texts)


def test_a_diff_that_does_not_describe_the_texts_is_redone():
    old, new = "Nous décidons d’agir.", "Nous décidons d'agir vite."
    stale = (DiffOp(Op.EQUAL, "Autre chose "), DiffOp(Op.INSERT, "entièrement"))
    runs = redline.runs(stale, old, new)
    assert redline.side_text(runs, "old") == old and redline.side_text(runs, "new") == new
    assert redline.side_text([r for r in runs if r.op is Op.INSERT], "new").strip() == "vite"


def test_signal_line_and_badges_carry_words_not_only_marks():
    sig = Signal("verb", "stronger", "encourageons", "nous engageons", "verb_stronger", params(old="encourageons", new="nous engageons", old_verb="encourage", new_verb="commit"))
    assert report.signal_line(sig, render_note(sig, "en")) == (
        "▲ verb (stronger) — « encourageons » → « nous engageons »: from "
        "encouraging others to a commitment of one's own, a stronger commitment.")
    assert report.signal_line(sig, "") == "▲ verb (stronger): « encourageons » → « nous engageons »"
    legend = report.legend(wording())
    assert [(change, mark) for change, mark, _, _ in legend] == list(present.MARKS.items()) + [("moved", present.MOVED_MARK)]
    assert all(word and meaning for _, _, word, meaning in legend)


def test_provenance_names_version_engine_and_time():
    line = report.provenance(sample_comparison())
    from nlp.model.version import __version__

    assert __version__ in line and "test-1" in line and "2026-11-25 12:00 UTC" in line


def test_long_exports_report_progress_up_to_the_end():
    from nlp.export import render

    for fmt in ("html", "docx", "pdf", "xlsx"):
        seen: list[tuple[float, str]] = []
        render(sample_comparison(), fmt, progress=lambda f, what, seen=seen: seen.append((f, what)))
        fractions = [f for f, _ in seen]
        assert fractions and fractions == sorted(fractions) and fractions[-1] == 1.0, fmt
        assert all(0.0 <= f <= 1.0 and what for f, what in seen), fmt


def test_every_format_survives_odd_input():
    import io
    import zipfile

    import openpyxl
    import pdfplumber
    from lxml import etree
    from lxml import html as lxml_html

    from nlp.export import FORMATS, render

    old = Document("a.txt", "text", "en", (Paragraph("1", "operative", "Calls upon\x0b States to act\x01 now;"),))
    new = Document("b.txt", "text", "en", (Paragraph("1", "operative", "Urges States to act now, @once;"),))
    manual = Link(("1",), ("1",), 0.5, Change.STRENGTHENED, manual=True)  # made by hand: no diff
    c = Comparison(old, new, (manual,))
    for fmt in FORMATS:
        assert render(c, fmt), fmt
    page = lxml_html.document_fromstring(render(c, "html").decode())
    assert [d.text_content() for d in page.xpath("//table[@class='redline']//del")] == ["Calls upon"] and "corrected by hand" in page.text_content()
    with zipfile.ZipFile(io.BytesIO(render(c, "docx"))) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    assert root is not None
    ws = openpyxl.load_workbook(io.BytesIO(render(c, "xlsx")))["Changes"]
    assert ws["H2"].value == "Calls upon States to act now;" and ws["I2"].value == "Urges States to act now, @once;"
    with pdfplumber.open(io.BytesIO(render(c, "pdf"))) as pdf:
        assert "Urges" in pdf.pages[0].extract_text()
    empty = Comparison(old, new, (), added=(Added("1", True),), removed=(Removed("1", False),))
    for fmt in FORMATS:
        assert render(empty, fmt), fmt
