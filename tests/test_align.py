"""The alignment engine on small documents written here: every kind of edit a drafter makes."""

from __future__ import annotations

import pytest

from nlp.engine import ENGINE_VERSION, compare
from nlp.model.comparison import Change, accounted_once
from nlp.model.document import Document, Paragraph
from nlp.model.errors import Cancelled

# Source: United Nations (sentences adapted from A/RES/72/1 and A/RES/72/195)
TEXTS = {
    "fund": "Nous réaffirmons notre appui résolu au fonds de contributions volontaires des Nations Unies en faveur "
    "des victimes de la traite des personnes, qui vise à apporter aux victimes une aide humanitaire, juridique et "
    "financière, et invitons toutes les parties prenantes à y participer.",
    "data": "Nous rappelons la nécessité d'améliorer la collecte et l'analyse des données relatives à la traite des "
    "personnes, ventilées par sexe, par âge et par tout autre facteur pertinent, pour lutter efficacement contre la traite.",
    "organs": "Nous condamnons la participation de groupes criminels et de personnel médical peu soucieux de "
    "l'éthique à la traite des personnes à des fins de prélèvement d'organes.",
    "internet": "Nous notons avec préoccupation que les technologies numériques, en particulier Internet, sont "
    "détournées à des fins criminelles pour faciliter la traite de personnes.",
    "report": "Nous reconnaissons l'importance du Rapport mondial sur la traite des personnes, établi tous les deux "
    "ans par l'Office des Nations Unies contre la drogue et le crime.",
    "armed": "Nous nous déclarons profondément inquiets des liens entre les groupes armés, notamment terroristes, et "
    "la traite des personnes, notamment le mariage forcé et l'esclavage sexuel des femmes et des filles.",
    "supply": "Nous encourageons les entreprises à prévenir et combattre la traite des personnes dans les chaînes "
    "d'approvisionnement, en tenant compte de l'expérience des victimes.",
    "campaign": "Nous nous engageons de nouveau à lancer des campagnes d'éducation et de sensibilisation pour "
    "prévenir la traite des personnes dans les écoles et les médias.",
    "day": "Nous nous félicitons que le 30 juillet ait été proclamé Journée mondiale de la lutte contre la traite "
    "d'êtres humains et appelons à sa célébration dans tous les pays.",
    "covid": "Nous sommes gravement préoccupés par le fait que la pandémie de maladie à coronavirus a exacerbé les "
    "situations de vulnérabilité face à la traite, en augmentant le nombre d'individus à risque.",
}


def doc(*items: tuple[str, str], path: str = "x.txt", language: str = "fr") -> Document:
    """A document from (id, text) pairs; 'PPn' ids are preambular, '3(a)' items have a parent."""
    paras = []
    for pid, text in items:
        kind = "preambular" if pid.startswith("PP") else "operative"
        parent = pid.split("(")[0] if "(" in pid else None
        paras.append(Paragraph(pid, kind, text, parent=parent))
    return Document(path, "text", language, tuple(paras))


def numbered(*keys: str, path: str = "x.txt") -> Document:
    return doc(*((str(k + 1), TEXTS[key]) for k, key in enumerate(keys)), path=path)


def pairs(comparison) -> set[tuple[str, str]]:
    return {(o, n) for l in comparison.links for o in l.old for n in l.new}


def link_of(comparison, old_id: str):
    link = comparison.link_for_old(old_id)
    assert link is not None, f"old {old_id} is not linked"
    return link


def checked(old: Document, new: Document, **kw):
    c = compare(old, new, **kw)
    assert accounted_once(c) == []
    # links come in the new text's reading order
    firsts = [new.position(l.new[0]) for l in c.links]
    assert firsts == sorted(firsts)
    assert c.engine == ENGINE_VERSION
    return c


BASE = ("fund", "data", "organs", "internet", "report", "armed", "supply")


def test_identity_all_unchanged_one_to_one():
    d = numbered(*BASE)
    c = checked(d, d)
    assert [(l.old, l.new) for l in c.links] == [((p.id,), (p.id,)) for p in d]
    assert all(l.change is Change.UNCHANGED and not l.moved and l.score == 1.0 for l in c.links)
    assert not c.added and not c.removed


def test_deleted_paragraph_is_removed_and_the_rest_renumbered_not_moved():
    old = numbered(*BASE)
    new = numbered(*[k for k in BASE if k != "internet"])
    c = checked(old, new)
    assert [r.old for r in c.removed] == ["4"]
    assert pairs(c) == {("1", "1"), ("2", "2"), ("3", "3"), ("5", "4"), ("6", "5"), ("7", "6")}
    assert not any(l.moved for l in c.links)


def test_inserted_paragraph_is_added():
    old = numbered(*[k for k in BASE if k != "covid"])
    new = numbered("fund", "data", "covid", "organs", "internet", "report", "armed", "supply")
    c = checked(old, new)
    assert [a.new for a in c.added] == ["3"]
    assert ("3", "4") in pairs(c) and ("7", "8") in pairs(c)


def test_moved_paragraph_is_flagged_and_only_it():
    old = numbered(*BASE)
    new = numbered("fund", "report", "data", "organs", "internet", "armed", "supply")
    c = checked(old, new)
    assert ("5", "2") in pairs(c)
    assert [l.old for l in c.links if l.moved] == [("5",)]
    assert all(l.change is Change.UNCHANGED for l in c.links)


def test_split_is_one_link_with_two_new_ids():
    merged_text = TEXTS["campaign"] + " " + TEXTS["day"]
    old = doc(("1", TEXTS["fund"]), ("2", merged_text), ("3", TEXTS["organs"]))
    new = doc(("1", TEXTS["fund"]), ("2", TEXTS["campaign"]), ("3", TEXTS["day"]), ("4", TEXTS["organs"]))
    c = checked(old, new)
    assert link_of(c, "2").new == ("2", "3")
    assert not c.added and not c.removed


def test_merge_is_one_link_with_two_old_ids():
    old = doc(("1", TEXTS["fund"]), ("2", TEXTS["campaign"]), ("3", TEXTS["day"]), ("4", TEXTS["organs"]))
    new = doc(("1", TEXTS["fund"]), ("2", TEXTS["campaign"] + " " + TEXTS["day"]), ("3", TEXTS["organs"]))
    c = checked(old, new)
    assert c.link_for_new("2").old == ("2", "3")


def test_split_whose_pieces_went_apart_is_still_one_link():
    old = doc(("1", TEXTS["campaign"] + " " + TEXTS["day"]), ("2", TEXTS["fund"]), ("3", TEXTS["data"]),
              ("4", TEXTS["organs"]))
    new = doc(("1", TEXTS["campaign"]), ("2", TEXTS["fund"]), ("3", TEXTS["data"]), ("4", TEXTS["day"]),
              ("5", TEXTS["organs"]))
    c = checked(old, new)
    assert link_of(c, "1").new == ("1", "4")


def test_reworded_paragraph_is_modified_not_added_and_removed():
    reworded = ("Nous prenons note avec préoccupation du fait que les technologies de l'information, notamment "
                "Internet, sont détournées pour faciliter divers aspects de la traite de personnes, dont le recrutement.")
    old = numbered(*BASE)
    new = doc(*((str(k + 1), reworded if key == "internet" else TEXTS[key]) for k, key in enumerate(BASE)))
    c = checked(old, new)
    link = link_of(c, "4")
    assert link.new == ("4",) and link.change is not Change.UNCHANGED and link.score < 0.9
    assert not c.added and not c.removed


def test_stock_phrases_alone_do_not_link():
    # the new paragraph 3 shares only « traite des personnes » and « États Membres » with old 3
    old = doc(("1", TEXTS["fund"]), ("2", TEXTS["data"]),
              ("3", "Nous exhortons les États Membres à ratifier les instruments relatifs à la traite des personnes."),
              ("4", TEXTS["report"]))
    new = doc(("1", TEXTS["fund"]), ("2", TEXTS["data"]),
              ("3", "Nous invitons les États Membres à financer des refuges pour les enfants exposés à la traite "
                    "des personnes dans les zones rurales."),
              ("4", TEXTS["report"]))
    c = checked(old, new)
    assert [r.old for r in c.removed] == ["3"] and [a.new for a in c.added] == ["3"]


def test_typography_is_not_a_difference():
    text = TEXTS["organs"]
    retyped = text.replace("'", "\u2019").replace(" ", "\u00a0", 3)
    c = checked(doc(("1", text)), doc(("1", retyped)))
    assert c.links[0].change is Change.UNCHANGED


def test_preamble_and_operative_part_align_separately_and_a_crossing_is_a_move():
    old = doc(("PP1", TEXTS["report"]), ("PP2", TEXTS["armed"]), ("1", TEXTS["fund"]), ("2", TEXTS["data"]),
              ("3", TEXTS["organs"]))
    new = doc(("PP1", TEXTS["report"]), ("1", TEXTS["armed"]), ("2", TEXTS["fund"]), ("3", TEXTS["data"]),
              ("4", TEXTS["organs"]))
    c = checked(old, new)
    crossing = link_of(c, "PP2")
    assert crossing.new == ("1",) and crossing.moved
    assert not any(l.moved for l in c.links if l is not crossing)


def test_items_align_as_items():
    intro = "Nous constatons avec une vive préoccupation que les ressources ne sont pas adaptées et, à cet égard :"
    old = doc(("1", TEXTS["report"]), ("2", intro), ("2(a)", TEXTS["fund"]), ("2(b)", TEXTS["data"]),
              ("3", TEXTS["organs"]))
    new = doc(("1", TEXTS["report"]), ("2", intro), ("2(a)", TEXTS["fund"]), ("2(b)", TEXTS["covid"]),
              ("2(c)", TEXTS["data"]), ("3", TEXTS["organs"]))
    c = checked(old, new)
    assert {("2", "2"), ("2(a)", "2(a)"), ("2(b)", "2(c)")} <= pairs(c)
    assert [a.new for a in c.added] == ["2(b)"]


def test_progress_reports_and_cancel_stops():
    d = numbered(*BASE)
    seen: list[float] = []
    checked(d, d, progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        compare(d, d, cancel=lambda: True)
    calls = iter(range(1000))
    with pytest.raises(Cancelled):  # cancelled half way, not only before starting
        compare(d, numbered(*reversed(BASE)), cancel=lambda: next(calls) >= 3)


def test_english_without_a_model_aligns_on_words():
    en = {
        "a": "We reaffirm our strong support for the United Nations Voluntary Trust Fund for Victims of Trafficking "
             "in Persons, and invite all stakeholders to contribute to it.",
        "b": "We recall the need to improve the collection and analysis of data on trafficking in persons, "
             "disaggregated by sex and age.",
        "c": "We condemn the involvement of criminal groups and unethical medical personnel in trafficking in "
             "persons for the purpose of organ removal.",
        "d": "We note with concern that digital technologies, in particular the Internet, are misused to "
             "facilitate trafficking in persons.",
    }
    old = doc(*((str(k + 1), en[x]) for k, x in enumerate("abcd")), language="en")
    new = doc(("1", en["a"]), ("2", en["c"]), ("3", en["b"].replace("improve", "strengthen")), ("4", en["d"]),
              language="en")
    c = checked(old, new)
    assert {("1", "1"), ("2", "3"), ("3", "2"), ("4", "4")} == pairs(c)
    assert sum(l.moved for l in c.links) == 1


def test_heaviest_increasing_chain():
    from nlp.engine.align.monotone import increasing_anchors

    assert increasing_anchors([]) == []
    # (0,0) (1,1) (2,2) beat the single heavy crossing pair only when heavier together
    pts = [(0, 0, 1.0), (1, 1, 1.0), (2, 2, 1.0), (3, 0, 2.5), (3, 3, 1.0)]
    assert increasing_anchors(pts) == [(0, 0), (1, 1), (2, 2), (3, 3)]
    assert increasing_anchors([(0, 2, 1.0), (1, 1, 1.0), (2, 0, 5.0)]) == [(2, 0)]
    # strict in both: two pairs on one row or one column never chain
    assert len(increasing_anchors([(0, 0, 1.0), (0, 1, 1.0), (1, 1, 1.0)])) == 2


# Source: United Nations (A/RES/76/186 and A/RES/78/228, fourth preambular paragraph)
COVID_BEFORE = ("Sachant que la pandémie de maladie à coronavirus (COVID‑19) est l’un des plus grands défis mondiaux de "
    "l’histoire de l’Organisation des Nations Unies, et notant avec une profonde inquiétude ses effets sur la "
    "santé physique et la mortalité, sur la santé mentale et sur le bien-être, ainsi que ses retombées "
    "néfastes sur les besoins humanitaires à l’échelle mondiale, sur l’exercice des droits humains et dans "
    "toutes les sphères de la société, notamment en ce qui concerne les moyens de subsistance, la sécurité "
    "alimentaire et la nutrition et l’éducation, l’aggravation de la pauvreté et de la faim, les "
    "perturbations de l’économie, du commerce, des sociétés et de l’environnement, et le creusement des "
    "inégalités économiques et sociales à l’intérieur des pays et entre eux, qui accroissent la "
    "vulnérabilité face à la traite et créent de nouveaux obstacles à la lutte contre le crime de traite "
    "des personnes,")
COVID_AFTER = ("Sachant que la pandémie de maladie à coronavirus (COVID‑19) a été l’un des plus grands défis mondiaux de "
    "l’histoire de l’Organisation des Nations Unies, et notant que les perturbations et les ravages causés "
    "par la pandémie de COVID‑19 ont rendu urgent le renforcement de la coopération internationale pour "
    "prévenir les pandémies et autres urgences sanitaires, s’y préparer et y faire face, en s’inspirant des "
    "enseignements tirés de la pandémie de COVID‑19 et d’autres urgences sanitaires afin de lutter "
    "efficacement contre la traite des êtres humains,")


def test_a_paragraph_rewritten_in_place_links_with_less_shared_wording():
    before, after = COVID_BEFORE, COVID_AFTER
    old = doc(("PP1", TEXTS["report"]), ("PP2", TEXTS["armed"]), ("PP3", before), ("PP4", TEXTS["data"]))
    new = doc(("PP1", TEXTS["report"]), ("PP2", TEXTS["armed"]), ("PP3", after), ("PP4", TEXTS["data"]))
    c = checked(old, new)
    link = link_of(c, "PP3")
    assert link.new == ("PP3",) and not link.moved and link.score < 0.3
    # the same two paragraphs far apart, each beside other material: not enough to be a move
    far = doc(("PP1", after), ("PP2", TEXTS["report"]), ("PP3", TEXTS["armed"]), ("PP4", TEXTS["data"]),
              ("PP5", TEXTS["covid"]))
    c = checked(old, far)
    assert "PP3" in {r.old for r in c.removed} and "PP1" in {a.new for a in c.added}


def test_two_paragraphs_in_a_gap_one_rewritten_one_dropped():
    # Source: United Nations (A/RES/76/186 and A/RES/78/228, fourth and fifth preambular paragraphs)
    before, after = COVID_BEFORE, COVID_AFTER
    dropped = ("Notant qu’il est fait état dans des rapports d’une importante augmentation des taux de chômage causée "
               "par la pandémie de COVID‑19, qui pourrait empirer la situation des personnes risquant le plus d’être "
               "victimes de la traite, en particulier dans les pays où le taux d’emploi a chuté le plus rapidement et "
               "de manière persistante,")
    old = doc(("PP1", TEXTS["report"]), ("PP2", TEXTS["armed"]), ("PP3", before), ("PP4", dropped), ("PP5", TEXTS["data"]))
    new = doc(("PP1", TEXTS["report"]), ("PP2", TEXTS["armed"]), ("PP3", after), ("PP4", TEXTS["data"]))
    c = checked(old, new)
    assert link_of(c, "PP3").new == ("PP3",)
    assert [r.old for r in c.removed] == ["PP4"]


def test_the_comparison_holds_no_sentence_its_notes_are_rendered_in_either_language():
    from nlp.engine.commitment.notes import render_note

    c = checked(numbered("fund", "supply", "data"), numbered("fund", "campaign", "organs"))
    signals = [s for l in c.links for s in l.signals] + [s for a in c.added + c.removed for s in a.signals]
    assert signals
    for s in signals:
        assert "note" not in s.to_json() and s.key
        assert render_note(s, "en") and render_note(s, "fr")


def test_identical_paragraphs_without_content_words_still_link():
    d = doc(("1", TEXTS["fund"]), ("2", "Nous nous engageons à :"), ("2(a)", "…"), ("3", TEXTS["data"]))
    c = checked(d, d)
    assert [(l.old, l.new) for l in c.links] == [((p.id,), (p.id,)) for p in d]


def test_band_covers_the_end_when_the_last_old_paragraph_is_an_anchor_far_from_it():
    """A long pair whose last old paragraph matches a new one far from the end: the band of the last
    row must still reach the end of both texts (the path starts there)."""
    from nlp.engine.align import monotone

    n, m = 250, 300
    anchors = [(i, i) for i in range(0, 190, 10)] + [(n - 1, 200)]
    rows = monotone.band(n, m, anchors)
    assert rows[n][0] <= 201 and rows[n][1] == m
    assert rows[0][0] == 0
    assert all(lo <= hi for lo, hi in rows)

    def gain(i0, k, j0, l):
        return 1.0 if k == l == 1 and (j0 == i0 < 190 or (i0, j0) == (n - 1, 200)) else None

    beads = monotone.align(n, m, gain, rows)
    assert (n - 1, 1, 200, 1) in beads
