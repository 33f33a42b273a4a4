"""The HTML report: parsed back, its text escaped, its structure and marks checked."""

from __future__ import annotations

import lxml.html

from nlp.export import render
from tests.test_export_common import ADDED, HOSTILE, sample_comparison


def _page():
    data = render(sample_comparison(), "html")
    return data, lxml.html.document_fromstring(data.decode("utf-8"))


def test_document_text_stays_text():
    data, page = _page()
    assert not page.xpath("//script")  # the <script> of a paragraph never becomes an element
    assert not page.xpath("//main//b")  # nor the <b> of the added paragraph
    assert b"<script>alert" not in data and b"&lt;script&gt;alert(1)&lt;/script&gt;" in data
    text = page.text_content()
    assert HOSTILE in " ".join(text.split())
    assert ADDED in " ".join(text.split())
    assert "« nouvelle » <i>" in text  # a title with markup, shown as written


def test_standalone_printable_and_accessible():
    _, page = _page()
    assert page.get("lang") == "en"
    assert page.xpath("//head/style") and not page.xpath("//link[@rel='stylesheet']") and not page.xpath("//script")
    css = page.xpath("//head/style")[0].text
    assert "@media print" in css and "break-inside: avoid" in css
    assert page.xpath("//table[@class='redline']/thead/tr/th[@scope='col']")
    assert page.xpath("//table[@class='summary']/thead/tr/th[@scope='col']")
    assert {s.get("lang") for s in page.xpath("//main//td//span[@lang]")} == {"fr"}


def test_header_summary_and_legend():
    _, page = _page()
    header = page.xpath("//header")[0].text_content()
    from nlp.model.version import __version__

    for fact in ("A/RES/1/1", "A/RES/2/2", "2017-10-02", "2021-11-22", __version__, "test-1", "Déclaration d’essai « ancienne »"):
        assert fact in header
    heads = [th.text_content() for th in page.xpath("//table[@class='summary']/thead//th")]
    counts = [int(td.text_content()) for td in page.xpath("//table[@class='summary']/tbody//td")]
    c = sample_comparison()
    assert dict(zip((h.split()[-1] for h in heads), counts)) == c.summary
    legend = page.xpath("//ul[@class='legend']")[0].text_content()
    assert "strengthened" in legend and "struck through" in legend and "underlined" in legend


def test_redline_rows_badges_and_marks():
    _, page = _page()
    bodies = page.xpath("//table[@class='redline']/tbody")
    assert len(bodies) == 7
    first_heads = [" ".join(b.xpath(".//th")[0].text_content().split()) for b in bodies]
    assert first_heads[1].startswith("1 → 1+2") and "▲ strengthened" in first_heads[1] and "split" in first_heads[1]
    assert "▼ weakened" in first_heads[3]
    assert "↕ moved from 4" in first_heads[6]
    assert "− removed" in first_heads[4] and "+ added" in first_heads[5]
    deleted = [d.text_content() for d in page.xpath("//del")]
    inserted = [i.text_content() for i in page.xpath("//ins")]
    assert "encourageons les États" in deleted and "nous engageons" in inserted
    assert not any(d != d.strip() for d in deleted + inserted)  # marks hold words, not the spaces around
    # the unchanged paragraph's typographic difference is not shown as a change
    assert not bodies[0].xpath(".//del|.//ins")
    notes = bodies[3].xpath(".//ul[@class='signals']/li")
    assert len(notes) == 2 and "selon qu’il conviendra" in notes[0].text_content()


def test_progress_reaches_the_end():
    seen = []
    render(sample_comparison(), "html", progress=lambda f, what: seen.append(f))
    assert seen[-1] == 1.0
