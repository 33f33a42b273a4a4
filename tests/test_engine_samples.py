"""The engine on the bundled samples (Source: United Nations): the hand-read links of 72/1 → 76/7,
identity between two editions of one text, and revised drafts of 72/195 with known edits."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from nlp.engine import compare
from nlp.model.comparison import Change, accounted_once
from nlp.model.document import Document, Paragraph
from nlp.readers import read_document

pytestmark = pytest.mark.slow


def pairs(c) -> set[tuple[str, str]]:
    return {(o, n) for l in c.links for o in l.old for n in l.new}


def sound(c):
    assert accounted_once(c) == []
    firsts = [c.new.position(l.new[0]) for l in c.links]
    assert firsts == sorted(firsts), "links follow the new text's reading order"
    return c


@pytest.fixture(scope="module")
def declarations(samples):
    return read_document(samples / "A_RES_72_1.fr.md"), read_document(samples / "A_RES_76_7.fr.txt")


@pytest.fixture(scope="module")
def gold(data_dir):
    return json.loads((data_dir / "gold_72-1_76-7.json").read_text(encoding="utf-8"))


def test_72_1_to_76_7_against_the_hand_read_links(declarations, gold):
    c = sound(compare(*declarations))
    want = {tuple(p) for p in gold["links"]}
    optional = {tuple(p) for p in gold["optional"]}
    got = pairs(c)
    judged = got - optional
    precision = len(judged & want) / len(judged)
    recall = len(got & want) / len(want)
    # measured: precision 1.00 (27/27), recall 0.96 (27/28: the reworded last sentence of 2017 §8
    # that opens 2021 §13 is not found)
    assert precision == 1.0, sorted(judged - want)
    assert recall >= 0.93, sorted(want - got)
    assert {r.old for r in c.removed} == set(gold["removed"])
    assert set(gold["added"]) <= {a.new for a in c.added}
    assert c.link_for_old("7").change is Change.UNCHANGED


def test_old_3_and_9_become_two_pairs_a_reader_can_follow(declarations):
    """2017 §3 + §9 → 2021 §8 + §9 is two pairs, each with its own diff and label, both moved: the
    root causes from old 3 to new 9, the demand commitment from old 9 to new 8."""
    c = compare(*declarations)
    causes, demand = c.link_for_old("3"), c.link_for_old("9")
    assert (causes.old, causes.new, demand.old, demand.new) == (("3",), ("9",), ("9",), ("8",))
    assert causes.moved and demand.moved
    assert causes.diff != demand.diff and causes.old_text != demand.old_text
    # the demand commitment survives in new 8: its words are kept, not struck out and inserted again
    kept = " ".join(d.text for d in demand.diff if d.op.value == "equal")
    assert "prévenir et combattre, en vue de l'éliminer, la demande" in " ".join(kept.split())


def test_a_file_compared_with_itself_is_all_unchanged(declarations):
    old = declarations[0]
    c = sound(compare(old, old))
    assert [(l.old, l.new) for l in c.links] == [((p.id,), (p.id,)) for p in old]
    assert all(l.change is Change.UNCHANGED and not l.moved for l in c.links)
    assert not c.added and not c.removed


def test_text_and_akoma_ntoso_editions_align_one_to_one(samples):
    text = read_document(samples / "A_RES_76_7.fr.txt")
    akn = read_document(samples / "A_RES_76_7.fr.akn.xml")
    c = sound(compare(text, akn))
    assert [(l.old, l.new) for l in c.links] == [((p.id,), (p.id,)) for p in text]
    assert not c.added and not c.removed and not any(l.moved for l in c.links)


def test_english_declaration_with_itself_and_french_pair_reversed(samples, declarations):
    en = read_document(samples / "A_RES_76_7.en.akn.xml")
    c = sound(compare(en, en))
    assert all(l.change is Change.UNCHANGED for l in c.links) and len(c.links) == len(en)
    back = sound(compare(declarations[1], declarations[0]))
    # the reverse comparison finds the same pairs, mirrored
    assert {(n, o) for o, n in pairs(back)} == pairs(compare(*declarations))


# --- revised drafts of 72/195 with known edits ------------------------------------------------------

INSERTED = ("Prie les États Membres de veiller à ce que les victimes de la traite aient accès à des voies de "
            "recours effectives, y compris à une indemnisation, sans considération de leur statut migratoire ;")
SPLIT_A = ("Exhorte les États Membres et les autres parties prenantes mentionnées dans le Plan d'action mondial des "
           "Nations Unies pour la lutte contre la traite des personnes à continuer de contribuer à la mise en œuvre "
           "intégrale et effective du Plan d'action mondial ;")
SPLIT_B = ("Invite la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale "
           "organisée et les organismes internationaux, régionaux et sous-régionaux compétents à coopérer plus "
           "étroitement et à coordonner davantage les activités qu'ils mènent à cette fin ;")


def renumbered(source: Document, units: list[tuple[str, list[str], str | None]]) -> Document:
    """A new document from units (kind, old ids it came from, text or None to keep the old text).

    Operative units are numbered 1, 2, …; a kept paragraph brings its items along, relettered under
    the new number."""
    paras: list[Paragraph] = []
    number = {"preambular": 0, "operative": 0}
    for kind, old_ids, text in units:
        number[kind] += 1
        pid = f"PP{number[kind]}" if kind == "preambular" else str(number[kind])
        body = text if text is not None else source.paragraph(old_ids[0]).text
        paras.append(Paragraph(pid, kind, body))
        if text is None and len(old_ids) == 1:
            for child in source:
                if child.parent == old_ids[0]:
                    paras.append(replace(child, id=pid + child.id[len(old_ids[0]):], parent=pid))
    return Document("draft.txt", "text", source.language, tuple(paras))


@pytest.fixture(scope="module")
def draft(samples):
    old = read_document(samples / "A_RES_72_195.fr.md")
    tops = [p for p in old if p.parent is None]
    units: list[tuple[str, list[str], str | None]] = []
    for p in tops:
        if p.id == "2":  # split, reworded at the cut
            units += [("operative", ["2"], SPLIT_A), ("operative", ["2"], SPLIT_B)]
        elif p.id == "3":  # merged with 4
            merged = p.text.rstrip(" ;") + ", et " + old.paragraph("4").text[0].lower() + old.paragraph("4").text[1:]
            units.append(("operative", ["3", "4"], merged))
        elif p.id in ("4", "7", "19"):  # 4 merged above, 7 moved below, 19 deleted
            continue
        elif p.id == "17":  # reworded: a stronger verb
            text = p.text.replace("Encourage les États Membres à coopérer", "Prie instamment les États Membres de coopérer")
            assert text != p.text
            units.append(("operative", ["17"], text))
        else:
            units.append((p.kind, [p.id], None))
        if p.id == "9":
            units.append(("operative", [], INSERTED))
        if p.id == "20":
            units.append(("operative", ["7"], None))
    new = renumbered(old, units)
    # the truth: old id -> new ids, from the units (items follow their parent)
    truth: dict[str, set[str]] = {}
    inserted = []
    for p in new:
        if p.parent is not None:
            continue
        k = [u for u in units if u[0] == p.kind][int(p.id.removeprefix("PP")) - 1]
        if not k[1]:
            inserted.append(p.id)
        for oid in k[1]:
            truth.setdefault(oid, set()).add(p.id)
            for child in old:
                if child.parent == oid and k[2] is None:
                    truth[child.id] = {p.id + child.id[len(oid):]}
    return old, new, truth, inserted


def test_every_known_edit_in_a_revised_draft_is_found(draft):
    old, new, truth, inserted = draft
    c = sound(compare(old, new))
    want = {(o, n) for o, ns in truth.items() for n in ns}
    assert pairs(c) == want, (sorted(want - pairs(c)), sorted(pairs(c) - want))
    assert [r.old for r in c.removed] == ["19"]
    assert [a.new for a in c.added] == inserted
    assert c.link_for_old("2").new == ("2", "3")  # split: one link
    assert c.link_for_new(next(iter(truth["3"]))).old == ("3", "4")  # merge: one link
    moved = [l.old for l in c.links if l.moved]
    assert moved == [("7",)], moved
    assert c.link_for_old("17").change is not Change.UNCHANGED
    untouched = [l for l in c.links if len(l.old) == 1 and l.old[0] not in ("2", "3", "4", "17")]
    assert all(l.change is Change.UNCHANGED for l in untouched), [l.old for l in untouched if l.change is not Change.UNCHANGED]


def test_reverse_of_a_draft_swaps_splits_and_merges(draft):
    old, new, truth, _ = draft
    c = sound(compare(new, old))
    assert c.link_for_new("2").old == ("2", "3")  # the split read backwards is a merge
    assert [a.new for a in c.added] == ["19"]


def test_english_without_a_model_aligns_as_french_with_one(samples):
    """76/7 → 80/9 in English (word forms, no model) and in French (lemmas, vectors): same pairs."""
    fr = sound(compare(read_document(samples / "A_RES_76_7.fr.akn.xml"), read_document(samples / "A_RES_80_9.fr.akn.xml")))
    en = sound(compare(read_document(samples / "A_RES_76_7.en.akn.xml"), read_document(samples / "A_RES_80_9.en.akn.xml")))
    assert len(pairs(fr) ^ pairs(en)) <= 2, sorted(pairs(fr) ^ pairs(en))
    assert {a.new for a in fr.added} == {a.new for a in en.added}
    assert {r.old for r in fr.removed} == {r.old for r in en.removed}
