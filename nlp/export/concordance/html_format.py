"""A self-contained HTML page: the two versions side by side, one row per pair, each discordance's words
marked in both texts and its note beside them."""

from __future__ import annotations

from nlp.export.concordance.wording import summary, words
from nlp.export.html_page import esc as escape
from nlp.export.html_page import page
from nlp.model.concordance import Concordance, Issue

STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.4em;vertical-align:top;text-align:left}
th{background:#f4f4f4}td.id{white-space:nowrap;color:#555;width:4em}td.text{width:38%}
tr.issue td.text{background:#fff8e6}mark{background:#ffd666;padding:0 .1em}
ul.notes{margin:0;padding-left:1.1em}li .type{font-variant:small-caps;color:#8a5a00}
p.agree{color:#2e7d32}
"""


def marked(text: str, spans: list[str]) -> str:
    """``text`` escaped, with the first occurrence of each span (in order) marked."""
    hits: list[tuple[int, int]] = []
    for span in spans:
        k = text.find(span)
        while k >= 0 and any(a < k + len(span) and k < b for a, b in hits):
            k = text.find(span, k + 1)
        if span and k >= 0:
            hits.append((k, k + len(span)))
    out, pos = [], 0
    for a, b in sorted(hits):
        out += [escape(text[pos:a]), "<mark>", escape(text[a:b]), "</mark>"]
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def _notes(issues: tuple[Issue, ...]) -> str:
    return "<ul class=notes>" + "".join(f"<li><span class=type>{escape(i.type)}</span> {escape(i.note)}</li>"
                                        for i in issues) + "</ul>"


def render(c: Concordance, language: str = "en") -> bytes:
    w = words(language)
    rows = []
    text_a = {p.id: p.text for p in c.a}
    text_b = {p.id: p.text for p in c.b}
    for pair in c.pairs:
        a = " ".join(text_a[i] for i in pair.a)
        b = " ".join(text_b[i] for i in pair.b)
        cls = " class=issue" if pair.issues else ""
        rows.append(
            f"<tr{cls}><td class=id>{escape(' + '.join(pair.a))}</td>"
            f"<td class=text lang={escape(c.a.language)}>{marked(a, [i.a for i in pair.issues if i.a])}</td>"
            f"<td class=text lang={escape(c.b.language)}>{marked(b, [i.b for i in pair.issues if i.b])}</td>"
            f"<td>{_notes(pair.issues) if pair.issues else ''}</td></tr>"
        )
    for pid in c.unpaired_a:
        rows.append(f"<tr class=issue><td class=id>{escape(pid)}</td><td class=text>{escape(text_a[pid])}</td>"
                    f"<td>{escape(w['no_counterpart'])}</td><td></td></tr>")
    for pid in c.unpaired_b:
        rows.append(f"<tr class=issue><td class=id>{escape(pid)}</td><td>{escape(w['no_counterpart'])}</td>"
                    f"<td class=text>{escape(text_b[pid])}</td><td></td></tr>")
    agree = f"<p class=agree>{escape(w['none'])}</p>" if not c.issue_count and not c.unpaired_a and not c.unpaired_b else ""
    title = f"{w['title']}: {c.a.label}"
    header = (f"<h1>{escape(w['title'])}: {escape(c.a.label)} ({escape(c.a.language)}) — "
              f"{escape(c.b.label)} ({escape(c.b.language)})</h1>")
    main = f"""<p>{escape(summary(c, language))}</p><p><small>{escape(w['checked'])}</small></p>{agree}
<table><thead><tr><th></th><th>{escape(w['version_a'])} ({escape(c.a.language)})</th>
<th>{escape(w['version_b'])} ({escape(c.b.language)})</th><th>{escape(w['issues'])}</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>"""
    return page(language=language, title=title, css=STYLE, header=header, main=main).encode("utf-8")
