"""Concordance catches discordances planted in faithful translations, on the paragraph where they are.

Generated cases: every paragraph of four real French/English pairs (UN Akoma Ntoso, tests/data/akn and
resources/samples) where an edit applies gets it — a date, a figure, a reference, a symbol, the lead verb's
rung, an intensifier, a negation, a hedge, a deadline, a modal verb, a sub-item — and the check of that pair
must report it with the right type. The words planted come from the language data (resources/), so the cases
follow the lexicons. The unedited pairs are the baseline: a case counts only where the baseline has no issue
of that type, and every case must be caught.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace

import pytest

from nlp.concordance import concord
from nlp.engine.bilingual import checks
from nlp.engine.bilingual.facts import facts
from nlp.engine.bilingual.notes import Notes
from nlp.model.document import Paragraph
from nlp.model.resources import resource
from nlp.readers import read_document

PAIRS = [
    ("tests/data/akn/S_RES_2506_2020.fr.akn.xml", "tests/data/akn/S_RES_2506_2020.en.akn.xml"),
    ("tests/data/akn/A_RES_80_228.fr.akn.xml", "tests/data/akn/A_RES_80_228.en.akn.xml"),
    ("resources/samples/A_RES_76_7.fr.akn.xml", "resources/samples/A_RES_76_7.en.akn.xml"),
    ("resources/samples/A_RES_80_9.fr.akn.xml", "resources/samples/A_RES_80_9.en.akn.xml"),
]


def _toml(*parts: str) -> dict:
    with resource(*parts).open("rb") as f:
        return tomllib.load(f)


EN = _toml("concordance", "en.toml")
FR = _toml("concordance", "fr.toml")
EN_VERBS = _toml("lexicons", "en", "verbs.toml")
EN_HEDGES = {h["key"]: h["patterns"] for h in _toml("lexicons", "en", "hedges.toml")["hedge"]}
FR_HEDGES = {h["key"]: h["patterns"] for h in _toml("lexicons", "fr", "hedges.toml")["hedge"]}
EN_INTENSIFIERS = {i["key"]: i["patterns"] for i in _toml("lexicons", "en", "intensifiers.toml")["intensifier"]}
MONTHS_EN = {v: k for k, v in EN["dates"]["months"].items()}
MONTHS_FR: dict[int, str] = {}
for _name, _number in FR["dates"]["months"].items():
    MONTHS_FR.setdefault(_number, _name)  # the first spelling listed: the accented one
NEGATION_EN = _toml("lexicons", "en", "scope.toml")["negation"]["words"][0]
NEGATION_FR = FR["negation"]["infinitive"][0]


@dataclass(frozen=True)
class Case:
    where: str
    expected: str
    fr: str
    en: str


@pytest.fixture(scope="module")
def documents(request):
    root = request.config.rootpath
    return [(read_document(root / a), read_document(root / b)) for a, b in PAIRS]


def _issues(fr_text: str, en_text: str, fr_par, en_par) -> set[str]:
    a = checks.side([replace(fr_par, text=fr_text)], "fr")
    b = checks.side([replace(en_par, text=en_text)], "en")
    return {i.type for i in checks.check(a, b, Notes("en", "fr", "en"))}


# --- the edits: each returns the edited text, or None where it does not apply --------------------------------

def _month_pattern(months: dict[int, str]) -> str:
    return "|".join(sorted(months.values(), key=len, reverse=True))


def edit_date(text: str, months: dict[int, str]) -> str | None:
    """Another month in the first full date (« 31 janvier 2026 » -> « 31 février 2026 »)."""
    m = re.search(rf"\b(\d{{1,2}}) ({_month_pattern(months)}) (\d{{4}})", text, re.I)
    if not m:
        return None
    number = next(k for k, v in months.items() if v.lower() == m.group(2).lower())
    other = months[number % 12 + 1]
    return text[:m.start(2)] + other.capitalize() + text[m.end(2):]


def _fact(text: str, language: str, kind: str, test=lambda f: True):
    """Where the text states a fact of ``kind`` written in figures (found by the reader of figures, so the edit
    changes exactly one fact)."""
    return next((f for f in facts(text, language) if f.kind == kind and f.strong and test(f)), None)


def _bump(text: str, start: int, end: int) -> str:
    """The last figure of text[start:end] made one larger."""
    m = list(re.finditer(r"\d+", text[start:end]))[-1]
    a, b = start + m.start(), start + m.end()
    return text[:a] + str(int(text[a:b]) + 1) + text[b:]


def edit_figure(text: str, language: str) -> str | None:
    f = _fact(text, language, "number", lambda f: f.end <= len(text) and re.fullmatch(r"[\d\s,.%]+", f.text.strip("% ")) is not None)
    return None if f is None else _bump(text, f.start, f.end)


def edit_year(text: str, language: str) -> str | None:
    f = _fact(text, language, "date", lambda f: isinstance(f.value, int) and f.end <= len(text))
    return None if f is None else _bump(text, f.start, f.end)


def edit_symbol(text: str, language: str) -> str | None:
    f = _fact(text, language, "symbol", lambda f: "/" in f.text and f.end <= len(text))
    return None if f is None else _bump(text, f.start, f.end)


def edit_reference(text: str, language: str) -> str | None:
    f = _fact(text, language, "reference", lambda f: f.value.split()[-1].isdigit() and f.end <= len(text))
    return None if f is None else _bump(text, f.start, f.end)


def _lead_forms() -> dict[str, tuple[float, str]]:
    """EN verb id -> (rung, its first lead form) for verbs that ask others to act."""
    return {v["key"]: (float(v["level"]), min(v["lead"], key=len)) for v in EN_VERBS["verb"]
            if v["scale"] == "action" and v.get("actor") == "others" and v.get("lead")}


def edit_verb(text: str, lead) -> str | None:
    """The lead verb replaced by one two or more rungs away (« Urges » -> "Invites")."""
    forms = _lead_forms()
    if lead is None or lead.key not in forms or lead.start != 0:
        return None
    level = forms[lead.key][0]
    far = sorted((abs(lv - level), key) for key, (lv, _) in forms.items() if abs(lv - level) >= 2 and lv >= 3)
    if not far:
        return None
    word = forms[far[0][1]][1]
    return word[:1].upper() + word[1:] + text[lead.end:]


def _first_to(text: str) -> re.Match | None:
    return re.search(r"\bto (?=[a-z]{4,})", text)


def _absent(kind: str, fr_par, en_par) -> str | None:
    """A class of intensifier or hedge that neither version expresses in any form (so adding it is a
    discordance, not a translator's choice)."""
    table = _toml("concordance", "equivalence.toml")[f"{kind}_families"]
    family = {k: fam for fam, keys in table.items() for k in keys}
    present = {family.get(k, k) for side, par in (("fr", fr_par), ("en", en_par))
               for t, k in checks.side([par], side).force.loose if t == kind}
    return next((keys[0] for fam, keys in table.items() if fam not in present), None)


def edit_intensifier(text: str, key: str | None) -> str | None:
    """An intensifier before the first action ("to strengthen" -> "to urgently strengthen")."""
    m = _first_to(text)
    return None if not m or key is None else text[:m.end()] + EN_INTENSIFIERS[key][0] + " " + text[m.end():]


def edit_negation(text: str) -> str | None:
    """A negation of the first action after the lead ("calls upon States to act" -> "… not to act")."""
    m = _first_to(text)
    return None if not m or m.start() > 80 else text[:m.start()] + NEGATION_EN + " " + text[m.start():]


def edit_hedge(text: str, patterns: dict[str, list[str]], key: str | None) -> str | None:
    """A hedge at the end of the paragraph's first clause."""
    m = re.search(r"[,;:.]", text[30:])
    if not m or key is None:
        return None
    k = 30 + m.start()
    phrase = " ".join(alternatives.split("|")[0] for alternatives in patterns[key][0].split())
    return text[:k] + ", " + phrase + text[k:]


def edit_negation_fr(text: str) -> str | None:
    """« … de renforcer » -> « … de ne pas renforcer » for the first action after the lead."""
    m = re.search(r"\b(?:de|à) (?=[a-zéèê]{3,}(?:er|ir)\b)", text[:120])
    return None if not m else text[:m.end()] + NEGATION_FR + " " + text[m.end():]


def edit_modality(text: str, language: str, other_par, other_language: str) -> str | None:
    """A modal verb of a weaker rung ("should" -> "may"), where the other version uses a modal verb too."""
    levels = _toml("lexicons", language, "scope.toml")["obligation"]["levels"]
    weakest = min(levels, key=levels.get)
    if not checks.side([other_par], other_language).force.modals:
        return None
    for word, level in levels.items():
        m = re.search(rf"\b{word}\b", text)
        if m and level > levels[weakest]:
            return text[:m.start()] + weakest + text[m.end():]
    return None


def edit_deadline(text: str) -> str | None:
    m = re.search(r"[;:.]\s*$", text)
    if not m:
        return None
    return text[:m.start()] + " by 2039" + text[m.start():]


# --- the cases ---------------------------------------------------------------------------------------------

def _cases(documents) -> list[tuple[Case, Paragraph, Paragraph]]:
    out = []
    for fr, en in documents:
        for fp in fr:
            if fp.id not in en:
                continue
            ep = en.paragraph(fp.id)
            lead = checks.side([ep], "en").force.lead
            where = f"{en.label} {ep.id}"
            lead_fr = checks.side([fp], "fr").force.lead
            intensifier = _absent("intensifier", fp, ep)
            hedge = _absent("hedge", fp, ep)
            edits: list[tuple[str, str, str | None]] = [
                ("date", "en", edit_date(ep.text, MONTHS_EN)),
                ("date", "fr", edit_date(fp.text, MONTHS_FR)),
                ("number", "en", edit_figure(ep.text, "en")),
                ("number", "fr", edit_figure(fp.text, "fr")),
                ("date", "fr", edit_year(fp.text, "fr")),
                ("symbol", "en", edit_symbol(ep.text, "en")),
                ("reference", "en", edit_reference(ep.text, "en")),
                ("reference", "fr", edit_reference(fp.text, "fr")),
                ("verb", "en", edit_verb(ep.text, lead)),
                ("intensifier", "en", edit_intensifier(ep.text, intensifier)),
                ("negation", "en", edit_negation(ep.text) if lead is not None and lead.scale == "action" else None),
                ("negation", "fr", edit_negation_fr(fp.text) if lead_fr is not None and lead_fr.scale == "action" else None),
                ("hedge", "en", edit_hedge(ep.text, EN_HEDGES, hedge)),
                ("hedge", "fr", edit_hedge(fp.text, FR_HEDGES, hedge)),
                ("deadline", "en", edit_deadline(ep.text)),
                ("modality", "en", edit_modality(ep.text, "en", fp, "fr")),
                ("modality", "fr", edit_modality(fp.text, "fr", ep, "en")),
            ]
            for expected, side, edited in edits:
                if edited is None:
                    continue
                fr_text, en_text = (edited, ep.text) if side == "fr" else (fp.text, edited)
                out.append((Case(where, expected, fr_text, en_text), fp, ep))
    return out


def test_each_planted_discordance_is_caught_on_its_paragraph(documents):
    caught: dict[str, list[int]] = {}
    missed = []
    for case, fp, ep in _cases(documents):
        if case.expected in _issues(fp.text, ep.text, fp, ep):
            continue  # the faithful pair already differs there: no test of this edit
        found = _issues(case.fr, case.en, fp, ep)
        hit = case.expected in found
        caught.setdefault(case.expected, [0, 0])[hit] += 1
        if not hit:
            missed.append(f"{case.where} {case.expected}: {sorted(found)}")
    counts = {k: f"{v[1]}/{sum(v)}" for k, v in caught.items()}
    assert set(caught) >= {"date", "number", "symbol", "reference", "verb", "intensifier", "negation", "hedge",
                           "deadline", "modality"}, counts
    assert all(sum(v) >= 3 for v in caught.values()), counts  # each kind tried on several paragraphs
    assert not missed, f"{len(missed)} missed ({counts}): " + "; ".join(missed[:12])


def test_a_planted_discordance_is_reported_on_its_pair_only(documents):
    """Through the whole pipeline: a date changed in one paragraph of the English edition is reported on that
    paragraph's pair, and the other pairs report what the faithful edition reports."""
    fr, en = documents[0]
    target = next(p for p in en if edit_date(p.text, MONTHS_EN))
    edited = replace(en, paragraphs=tuple(replace(p, text=edit_date(p.text, MONTHS_EN)) if p is target else p for p in en))
    before = {p.a: p.issues for p in concord(fr, en).pairs}
    after = concord(fr, edited)
    for pair in after.pairs:
        if pair.b == (target.id,):
            assert "date" in {i.type for i in pair.issues}
        else:
            assert pair.issues == before[pair.a]


def test_a_removed_sub_item_is_a_structure_issue(documents):
    fr, en = documents[2]
    item = next(p for p in en if p.parent is not None)
    edited = replace(en, paragraphs=tuple(p for p in en if p is not item))
    result = concord(fr, edited)
    assert item.id in result.unpaired_a
    parent = next(p for p in result.pairs if p.b == (item.parent,))
    assert "structure" in {i.type for i in parent.issues}

