"""One reading order everywhere: the window's rows and every export list the entries of a comparison
in the same order, on generated comparisons with moves, removals next to moved links, splits, merges
and many-to-many links, and on the real 2017 → 2021 declarations."""

from __future__ import annotations

import csv
import io
import json
import random
import re

import docx
import openpyxl
import pytest
from lxml import html as lxml_html
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from desktop.rows import build_rows
from nlp.engine.worddiff import word_diff
from nlp.export import render
from nlp.export.docx_export import ENTRY_STYLE
from nlp.model.comparison import Added, Change, Comparison, Link, Removed, accounted_once
from nlp.model.document import Document, Paragraph
from nlp.present import entries, reading_order

Ids = tuple[tuple[str, ...], tuple[str, ...]]
WORDS = "coopération prévention protection victimes traite enfants femmes justice données partenariat".split()


def _paragraph(pid: str, seed: int) -> Paragraph:
    rng = random.Random(seed)
    return Paragraph(pid, "operative", f"Nous décidons, au titre {pid}, de renforcer la " + " ".join(rng.sample(WORDS, 5)) + ".")


def generated(seed: int) -> Comparison:
    """A comparison of old paragraphs 1..n regrouped (1-1, 1-2, 2-1, 2-2), some moved (out of the old
    order), some removed — always one right after a moved group — and new paragraphs added."""
    rng = random.Random(seed)
    n = rng.randint(8, 16)
    olds = [str(k) for k in range(1, n + 1)]
    groups: list[tuple[list[str], int]] = []  # old ids, how many new paragraphs
    removed: list[str] = []
    k = 0
    while k < n:
        size = rng.choice((1, 1, 1, 2))
        take = olds[k : k + size]
        k += len(take)
        if rng.random() < 0.15:
            removed += take
            continue
        groups.append((take, rng.choice((1, 1, 1, 2))))
    if len(groups) < 3:
        return generated(seed + 1000)
    # move a group or two out of their place, and remove the old paragraph after one of them
    order = list(range(len(groups)))
    for _ in range(rng.randint(1, 2)):
        a = rng.randrange(len(order))
        item = order.pop(a)
        order.insert(rng.randrange(len(order) + 1), item)
    moved_group = groups[order[0]] if order[0] != 0 else groups[order[-1]]
    after = olds.index(moved_group[0][-1]) + 1
    if after < n and olds[after] not in removed:
        for g, _ in groups:
            if olds[after] in g:
                g.remove(olds[after])
        removed.append(olds[after])
        groups = [g for g in groups if g[0]]
        order = [i for i in order if i < len(groups)] + [i for i in range(len(groups)) if i not in order]
    new_units: list[tuple[str, list[str] | None]] = []
    for i in order:
        if i >= len(groups):
            continue
        if rng.random() < 0.2:
            new_units.append(("added", None))
        new_units.append(("group", groups[i][0]))
        for _ in range(groups[i][1] - 1):
            new_units.append(("piece", groups[i][0]))
    new_ids = [str(k) for k in range(1, len(new_units) + 1)]
    old_doc = Document("old.txt", "text", "fr", tuple(_paragraph(p, seed * 100 + int(p)) for p in olds))
    new_paras = []
    owner: dict[str, list[str]] = {}  # new id -> its group's first old id
    for pid, (_kind, group) in zip(new_ids, new_units):
        new_paras.append(_paragraph(pid, seed * 100 + 50 + int(pid)))
        if group is not None:
            owner[pid] = group
    new_doc = Document("new.txt", "text", "fr", tuple(new_paras))
    links: dict[tuple[str, ...], list[str]] = {}
    for pid, group in owner.items():
        links.setdefault(tuple(group), []).append(pid)
    positions = [old_doc.position(o[0]) for o in links]
    in_order = _increasing(positions)
    built = []
    for k, (o, nw) in enumerate(links.items()):
        diff = word_diff(" ".join(old_doc.paragraph(p).text for p in o), " ".join(new_doc.paragraph(p).text for p in nw))
        built.append(Link(o, tuple(nw), 0.5, rng.choice(list(Change)), k not in in_order, diff))
    added = tuple(Added(p, rng.random() < 0.5) for p in new_ids if p not in owner)
    gone = tuple(Removed(p, False) for p in sorted(set(removed), key=old_doc.position))
    built.sort(key=lambda lk: new_doc.position(lk.new[0]))
    c = Comparison(old_doc, new_doc, tuple(built), added, gone)
    assert accounted_once(c) == []
    return c


def _increasing(values: list[int]) -> set[int]:
    """Indices of a longest increasing run (the links that kept their place)."""
    best: list[list[int]] = []
    for i, v in enumerate(values):
        chains = [c for c in best if values[c[-1]] < v]
        best.append(max(chains, key=len, default=[]) + [i])
    return set(max(best, key=len, default=[]))


# --- each view's order, read back from what it shows ----------------------------------------------


def _from_label(label: str) -> Ids:
    label = label.strip()
    if m := re.fullmatch(r"new (\S+)", label):
        return (), tuple(m[1].split("+"))
    if m := re.fullmatch(r"old (\S+)", label):
        return tuple(m[1].split("+")), ()
    old, new = label.split(" → ")
    return tuple(old.split("+")), tuple(new.split("+"))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(cell.split("+")) if cell else ()


def window_order(c: Comparison) -> list[Ids]:
    return [(row.old, row.new) for row in build_rows(c)]


def html_order(c: Comparison) -> list[Ids]:
    page = lxml_html.document_fromstring(render(c, "html").decode())
    return [_from_label(s.text_content()) for s in page.xpath("//tbody[contains(@class, 'entry')]//span[@class='ids']")]


def docx_order(c: Comparison) -> list[Ids]:
    document = docx.Document(io.BytesIO(render(c, "docx")))
    return [_from_label(p.text.split("   ·   ")[0]) for p in document.paragraphs if p.style.name == ENTRY_STYLE]


def pdf_order(c: Comparison) -> list[Ids]:
    outline = PDFDocument(PDFParser(io.BytesIO(render(c, "pdf")))).get_outlines()
    return [_from_label(title.split("  ")[0]) for level, title, *_ in outline if level == 2]


def csv_order(c: Comparison) -> list[Ids]:
    table = list(csv.reader(io.StringIO(render(c, "csv").decode("utf-8-sig"))))
    return [(_split(r[0]), _split(r[1])) for r in table[1:]]


def xlsx_order(c: Comparison) -> list[Ids]:
    sheet = openpyxl.load_workbook(io.BytesIO(render(c, "xlsx"))).worksheets[0]
    return [(_split(r[0] or ""), _split(r[1] or "")) for r in sheet.iter_rows(min_row=2, values_only=True)]


def text_order(c: Comparison) -> list[Ids]:
    out = []
    for line in render(c, "text").decode().splitlines():
        if m := re.match(r"^  \S +(\S+) → (\S+) ", line):
            out.append(tuple(() if x == "—" else tuple(x.split("+")) for x in m.groups()))
    return out


def json_link_order(c: Comparison) -> list[Ids]:
    data = json.loads(render(c, "json"))
    return [(tuple(x["old"]), tuple(x["new"])) for x in data["links"]]


VIEWS = {"html": html_order, "docx": docx_order, "pdf": pdf_order, "csv": csv_order, "xlsx": xlsx_order, "text": text_order}


@pytest.mark.parametrize("seed", range(6))
def test_window_and_every_export_list_the_entries_in_one_order(seed):
    c = generated(seed)
    window = window_order(c)
    assert len(window) == len(c.links) + len(c.added) + len(c.removed)
    for name, view in VIEWS.items():
        assert view(c) == window, name
    links_only = [ids for ids in window if ids[0] and ids[1]]
    assert json_link_order(c) == links_only


def test_a_removed_paragraph_after_a_moved_link_is_read_where_it_was():
    """Old 3 moved to the end, old 4 (after it) was removed: 4 is read after old 2, still in place,
    not after the moved paragraph at the end — in the window and in every report."""
    old = Document("o.txt", "text", "fr", tuple(_paragraph(str(k), k) for k in range(1, 6)))
    new = Document("n.txt", "text", "fr", tuple(_paragraph(str(k), 10 + k) for k in range(1, 5)))
    link = lambda o, n, moved=False: Link((o,), (n,), 0.5, Change.MODIFIED, moved)  # noqa: E731
    c = Comparison(old, new, (link("1", "1"), link("2", "2"), link("5", "3"), link("3", "4", moved=True)), (), (Removed("4", False),))
    want = [(("1",), ("1",)), (("2",), ("2",)), (("4",), ()), (("5",), ("3",)), (("3",), ("4",))]
    assert window_order(c) == want
    for name, view in VIEWS.items():
        assert view(c) == want, name


def test_generated_cases_do_hold_what_they_test():
    """The generator makes what the order test needs: moves, removals, splits, merges, many-to-many."""
    seen = {"moved": 0, "removed": 0, "split": 0, "merge": 0, "many": 0, "removed_after_moved": 0}
    for seed in range(6):
        c = generated(seed)
        seen["moved"] += sum(lk.moved for lk in c.links)
        seen["removed"] += len(c.removed)
        seen["split"] += sum(len(lk.old) == 1 < len(lk.new) for lk in c.links)
        seen["merge"] += sum(len(lk.new) == 1 < len(lk.old) for lk in c.links)
        seen["many"] += sum(len(lk.old) > 1 and len(lk.new) > 1 for lk in c.links)
        moved_old = {p for lk in c.links if lk.moved for p in lk.old}
        seen["removed_after_moved"] += sum(c.old.paragraphs[c.old.position(r.old) - 1].id in moved_old for r in c.removed if c.old.position(r.old))
    assert all(seen.values()), seen


def test_entries_follow_reading_order_and_carry_the_model_texts():
    c = generated(3)
    order = reading_order(c)
    shown = entries(c)
    assert [e.item for e in shown] == order
    for e in shown:
        if e.kind == "link":
            assert (e.old_text, e.new_text) == (e.item.old_text, e.item.new_text)


def test_one_mark_per_label_in_the_window_and_the_reports():
    from nlp.export import report
    from nlp.present import MARKS
    from nlp.present.wording import wording

    c = generated(1)
    rows = build_rows(c)
    assert {r.mark for r in rows} <= set(MARKS.values())
    assert all(r.mark == MARKS[r.change] for r in rows)
    assert [mark for _, mark, _, _ in report.legend(wording())][: len(MARKS)] == list(MARKS.values())
    text = render(c, "text").decode()
    for r in rows:
        assert f"  {MARKS[r.change]} " in text


@pytest.mark.slow
def test_the_real_declarations_read_in_one_order(samples):
    from nlp.engine import compare
    from nlp.readers import read_document

    c = compare(read_document(samples / "A_RES_72_1.fr.md"), read_document(samples / "A_RES_76_7.fr.txt"))
    window = window_order(c)
    for name, view in VIEWS.items():
        assert view(c) == window, name
