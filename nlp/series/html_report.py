"""A series as one standalone HTML file: the versions, the lineage table (one row per paragraph
history, one column per version), then one section per step laid out as the two-version report."""

from __future__ import annotations

from nlp import present
from nlp.export import html_export, report
from nlp.export.html_page import esc, legend_items, page
from nlp.present.wording import Wording, wording
from nlp.series.model import Series
from nlp.series.reports import change_word, step_counts, title, version_heading

CSS = html_export.CSS + """
.versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); gap: 1em; }
.lineages { width: 100%; }
.lineages th, .lineages td { border: 1px solid #bbb; padding: .2em .5em; vertical-align: top; }
.lineages thead th { background: #eee; }
.lineages td.ids { font-weight: 600; white-space: nowrap; }
.lineages td.absent { color: #888; background: #fafafa; }
.lineages td.step { font-size: .9em; white-space: nowrap; }
.lineages td.excerpt { font-size: .88em; color: #333; }
section.step { margin-top: 2em; }
"""


_e = esc


def _shortened(text: str, width: int = 140) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _lineage_table(series: Series, w: Wording) -> str:
    head = []
    for k in range(len(series.versions)):
        head.append(f'<th scope="col">{_e(version_heading(series, k))}</th>')
        if k < len(series.steps):
            head.append(f'<th scope="col">{_e(w("series.changes"))}</th>')
    head.append(f'<th scope="col" class="excerpt">{_e(w("series.latest_text"))}</th>')
    rows = []
    absent = w("series.absent")
    for lineage in series.lineages:
        cells = []
        for k, ids in enumerate(lineage.ids):
            if ids:
                cells.append(f'<td class="ids">{_e("+".join(ids))}</td>')
            else:
                cells.append(f'<td class="absent">{_e(absent)}</td>')
            if k < len(lineage.changes):
                change = lineage.changes[k]
                quiet = not ids and not lineage.ids[k + 1]  # before birth or after death: nothing happens
                badge = "" if quiet else f'<span class="badge b-{_e(change)}">{_e(change_word(change, w))}</span>'
                cells.append(f'<td class="step">{badge}</td>')
        last = series.versions[lineage.last]
        excerpt = " ".join(last.paragraph(pid).text for pid in lineage.ids[lineage.last])
        cells.append(f'<td class="excerpt" lang="{_e(last.language)}">{_e(_shortened(excerpt))}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table class="lineages"><caption class="provenance">{_e(w("series.lineages_caption"))}</caption>'
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _step_section(series: Series, k: int, w: Wording) -> str:
    step = series.steps[k]
    old, new = step.old, step.new
    body = "".join(html_export._entry_html(e, old.language, new.language, w) for e in present.entries(step, w.language))
    heading = w("series.step", number=k + 1, old=old.label, new=new.label)
    return f"""<section class="step" id="step-{k + 1}">
<h2>{_e(heading)}</h2>
<p class="provenance">{_e(step_counts(series, k, w))}</p>
<table class="redline">
<colgroup><col class="side"><col class="side"></colgroup>
<thead><tr><th scope="col">{_e(w("report.old_column", label=old.label))}</th><th scope="col">{_e(w("report.new_column", label=new.label))}</th></tr></thead>
{body}
</table>
</section>"""


def render_html(series: Series, language: str = "en") -> str:
    w = wording(language)
    name = title(series)
    docs = "".join(
        html_export._doc_html(w("series.version", number=k + 1), v, w) for k, v in enumerate(series.versions)
    )
    steps = "\n".join(_step_section(series, k, w) for k in range(len(series.steps)))
    engine = series.steps[0].engine if series.steps else ""
    made = report.provenance(series.steps[0], w) if series.steps else ""
    header = (f'<h1>{_e(w("series.title", title=name))}</h1>\n<p class="provenance">{_e(made)}</p>\n'
              f'<div class="versions">{docs}</div>')
    main = f"""<h2 id="lineages">{_e(w("series.lineages"))}</h2>
{_lineage_table(series, w)}
<h2 id="legend">{_e(w("report.legend"))}</h2>
<ul class="legend">{legend_items(w)}</ul>
{steps}"""
    return page(language=w.language, title=w("series.page_title", title=name), css=CSS, header=header,
                main=main, engine=engine)


def render(series: Series, language: str = "en") -> bytes:
    return render_html(series, language).encode("utf-8")
