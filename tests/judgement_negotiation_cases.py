"""More generated judgement cases: the negotiation edits issue 13 names that tests/judgement_cases.py
does not make, on the same real paragraphs (French and English), each with a direction known by
construction.

- a periodicity set or dropped ("every two years", « chaque année »), replaced by "as appropriate", or
  said another way with the same period ("annually" / "every year");
- a hedge that defers to national law or circumstances, in forms the lexicon may lack, inserted where
  delegations put it (after the addressees, or at the end) or removed;
- an adverb in front of the lead verb ("Firmly calls upon", « Prie instamment ») removed;
- an adjective inside a hedge that both versions keep ("national legislation" → "relevant national
  legislation");
- a multi-word verb for a one-word verb ("Calls upon" → "Urges", « Prie instamment » → « Exhorte »),
  the direction from the lexicon's scale;
- a verb of commitment made a verb of mere effort ("We commit to" → "We will endeavour to",
  « s'engagent à » → « s'efforcent de »), and back;
- one step on the condemnation scale ("Strongly condemns" → "Condemns");
- a word of a marker cut by a line-end hyphen and repaired (« Encou- rage »), a repeated infinitive
  particle dropped ("to monitor and to counter" → "to monitor and counter"), an English possessive said
  with "of" ("the Court's mandate" → "the mandate of the Court").

The phrasings below are the test's, not the product's knowledge: the product must recognise them from
its lexicons. ``PENDING`` names the categories that the engine gets wrong today, by design, with the
reason (issue 13, the engine's redesign): they are left out of the sampled default test and run under
the ``judgement_pending`` marker.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from tests.judgement_cases import STRONGER, UNCHANGED, WEAKER, Case, _capital, _committing, _end, _lead_verb, _markers, _spelled, _verbs
from tests.judgement_cases import paragraphs as sample_paragraphs

# real paragraphs of the hand-annotated English pairs (2019–2026 resolutions, tests/data/commitment): more
# English text, with the condemnations and possessives the bundled samples lack
ANNOTATED = Path(__file__).resolve().parent / "data" / "commitment" / "negotiated_en.json"

# periodicities: each list said with one period, so a swap inside a list is no change
PERIODS = {
    "en": [["annually", "every year", "each year", "on an annual basis", "once a year"],
           ["every two years", "biennially", "on a biennial basis"],
           ["every six months", "twice a year"]],
    "fr": [["chaque année", "tous les ans", "annuellement", "une fois par an", "sur une base annuelle"],
           ["tous les deux ans", "sur une base biennale"],
           ["tous les six mois", "deux fois par an"]],
}
AS_APPROPRIATE = {"en": "as appropriate", "fr": "le cas échéant"}
# hedges deferring to national law or circumstances, as delegations write them
NATIONAL = {
    "en": ["consistent with domestic law", "in accordance with national priorities", "in accordance with national legislation",
           "taking into account national circumstances", "in conformity with their national laws",
           "as permitted by domestic law", "subject to their national legislation", "in line with national circumstances",
           "within the framework of their domestic legal systems", "in keeping with national laws and regulations"],
    "fr": ["conformément à la législation nationale", "compte tenu des circonstances nationales",
           "conformément à leur droit interne", "dans le respect de la législation nationale",
           "en fonction des priorités nationales", "sous réserve de leur législation nationale",
           "conformément aux lois et règlements nationaux", "dans le cadre de leur législation nationale",
           "en conformité avec leur droit interne", "selon les circonstances nationales"],
}
# an adjective inside a hedge kept by both versions
ADJECTIVE_INSIDE = {
    "en": [("in accordance with national legislation", "in accordance with relevant national legislation"),
           ("consistent with domestic law", "consistent with applicable domestic law"),
           ("taking into account national circumstances", "taking into account specific national circumstances")],
    "fr": [("conformément à la législation nationale", "conformément à la législation nationale applicable"),
           ("compte tenu des circonstances nationales", "compte tenu des circonstances nationales particulières"),
           ("dans la limite des ressources disponibles", "dans la limite des ressources financières disponibles")],
}
# where the addressees end and the action starts: "States to strengthen", « aux États de renforcer »
ACTION_START = {"en": re.compile(r" to (?=[a-z]{3,} )"), "fr": re.compile(r" (?:de|d'|à) ?(?=[a-zéèê]{3,}(?:er|ir|re)\b)")}
LINKING = re.compile(r"(?: (?:également|aussi|en outre|de nouveau|à nouveau))*")
ADVERBS = {"en": ["Firmly", "Strongly", "Resolutely"], "fr": ["instamment", "fermement", "résolument"]}
# a verb of mere effort for a verb of commitment
EFFORT = {
    "en": {"self": "We will endeavour", "self_marker": ("We commit", "We undertake", "We pledge"),
           "inserted": "endeavour to ", "third": ("Member States undertake", "Member States endeavour"),
           "possessives": ((" our ", " their "), (" ourselves ", " themselves "))},
    "fr": {"self": "Nous nous efforcerons", "self_marker": ("Nous nous engageons",),
           "inserted": "s'efforcer de "},  # "de " elided before a vowel
}
# a particle said twice in a coordination ("to monitor and to counter", « de prévenir et de combattre »)
TWICE = {"en": re.compile(r"\b((to|of|for) [a-z]{3,}) and \2 (?=[a-z]{3,}\b)"),
         "fr": re.compile(r"\b((de|à) [a-zéèê]{3,}) et \2 (?=[a-zéèê]{3,}\b)")}
# the words a lead verb of several words may add to its verb: particles and adverbs, never an object
# (« Réitère sa décision », "Reaffirms its call" take another construction)
VERB_WORDS = {"en": {"upon", "on", "strongly", "urgently"}, "fr": {"instamment", "vivement", "fermement"}}
# "the Court's mandate" → "the mandate of the Court"; not "UNFICYP's freedom of movement" (a noun of several words)
POSSESSIVE = re.compile(r"\b((?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})[’']s ([a-z]{4,})\b(?! of\b)")

PENDING: dict[tuple[str, str], str] = {}


@lru_cache(maxsize=2)
def paragraphs(language: str) -> tuple[str, ...]:
    """The generator's paragraphs, and in English the real paragraphs of the annotated pairs."""
    extra: list[str] = []
    if language == "en":
        for pair in json.loads(ANNOTATED.read_text(encoding="utf-8"))["pairs"]:
            if "repaired" in pair["where"]:
                continue  # its old text carries a hyphen the generator did not put there
            extra += pair["old"] + (pair["new"] if "→" in pair["where"] else [])
    seen = dict.fromkeys(sample_paragraphs(language))
    for text in extra:
        if 60 <= len(text) <= 600:
            seen.setdefault(text, None)
    return tuple(seen)


def _clean(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text).replace(" ,", ",").replace(",,", ",")


def _quiet(language: str) -> list[str]:
    """Committing paragraphs with no hedge, deadline or frequency: what is inserted is all they say of it."""
    return [t for t in paragraphs(language) if _committing(t, language)
            and not any(m.kind in ("hedge", "deadline") for m in _markers(t, language))]


def _at_end(text: str, phrase: str) -> str:
    e = _end(text)
    return text[:e] + f", {phrase}" + text[e:]


def _after_addressees(text: str, phrase: str, language: str) -> str | None:
    """The phrase between the addressees and the action (« Demande aux États, …, de renforcer »)."""
    m = _lead_verb(text, language)
    if m is None:
        return None
    a = ACTION_START[language].search(text, m.end, min(len(text), m.end + 90))
    if a is None or "," in text[m.end:a.start()]:
        return None
    return text[:a.start()] + f", {phrase}," + text[a.start():]


def frequency_cases(language: str) -> list[Case]:
    out: list[Case] = []
    for k, text in enumerate(_quiet(language)):
        group = PERIODS[language][k % len(PERIODS[language])]
        said, other = group[k % len(group)], group[(k + 1) % len(group)]
        with_period = _at_end(text, said)
        out.append(Case(language, "frequency_dropped", WEAKER, with_period, text, f"- {said}"))
        out.append(Case(language, "frequency_to_hedge", WEAKER, with_period, _at_end(text, AS_APPROPRIATE[language]),
                        f"{said} → {AS_APPROPRIATE[language]}"))
        out.append(Case(language, "frequency_equivalent", UNCHANGED, with_period, _at_end(text, other), f"{said} → {other}"))
    # periodicities the paragraphs already state, dropped
    for text in paragraphs(language):
        if not _committing(text, language):
            continue
        for m in [m for m in _markers(text, language) if m.kind == "deadline" and m.key == "frequency"]:
            out.append(Case(language, "frequency_dropped", WEAKER, text, _clean(text[:m.start] + text[m.end:]), f"- {m.text}"))
    return out


def national_hedge_cases(language: str) -> list[Case]:
    out: list[Case] = []
    phrases = NATIONAL[language]
    for k, text in enumerate(_quiet(language)):
        phrase = phrases[k % len(phrases)]
        placed = _after_addressees(text, phrase, language) if k % 2 else None
        new = placed or _at_end(text, phrase)
        out.append(Case(language, "national_hedge_added", WEAKER, text, new, f"+ {phrase}"))
        out.append(Case(language, "national_hedge_removed", STRONGER, new, text, f"- {phrase}"))
        old, variant = ADJECTIVE_INSIDE[language][k % len(ADJECTIVE_INSIDE[language])]
        out.append(Case(language, "adjective_in_hedge", UNCHANGED, _at_end(text, old), _at_end(text, variant),
                        f"{old} → {variant}"))
    return out


def _with_adverb(text: str, adverb: str, language: str) -> str | None:
    m = _lead_verb(text, language)
    if m is None or m.start != 0 or " " in m.text.strip() or not _committing(text, language):
        return None
    if language == "en":
        return adverb + " " + text[:1].lower() + text[1:]
    # after the linking adverbs that stay beside the verb (« Demande également résolument »)
    at = m.end + len(LINKING.match(text, m.end).group())
    return text[:at] + " " + adverb + text[at:]


def adverb_cases(language: str) -> list[Case]:
    out: list[Case] = []
    for k, text in enumerate(paragraphs(language)):
        adverb = ADVERBS[language][k % len(ADVERBS[language])]
        new = _with_adverb(text, adverb, language)
        if new is not None:
            out.append(Case(language, "adverb_removed", WEAKER, new, text, f"- {adverb}"))
    return out


def _level(language: str, scale: str) -> dict[str, float]:
    return {v["key"]: float(v["level"]) for v in _verbs(language) if v["scale"] == scale}


def multiword_verb_cases(language: str) -> list[Case]:
    """A lead verb of one word replaced by one of several words, or the reverse, on the action scale."""
    verbs = [v for v in _verbs(language) if v["scale"] == "action"]
    level = _level(language, "action")
    actor = {v["key"]: v.get("actor") for v in verbs}  # a resolution's verb by a resolution's verb
    out: list[Case] = []
    for text in paragraphs(language):
        m = _lead_verb(text, language)
        if m is None or m.start != 0 or m.key not in level or m.scale != "action":
            continue
        several = " " in m.text.strip()
        if several and not set(m.text.lower().split()[1:]) <= VERB_WORDS[language]:
            continue
        for v in verbs:
            if actor[v["key"]] != actor[m.key]:
                continue
            for form in map(_spelled, v.get("lead", ())):
                if (" " in form) == several or form.endswith(("ing", "ant")) or not form[:1].isalpha():
                    continue
                if not set(form.split()[1:]) <= VERB_WORDS[language]:
                    continue
                if language == "en" and form.split()[0].endswith("s") != m.text.split()[0].lower().endswith("s"):
                    continue  # "Calls upon" for "Urges", not "Urge"
                new = _capital(form, m.text) + text[m.end:]
                if level[v["key"]] == level[m.key]:
                    expected = UNCHANGED if v["key"] == m.key else None
                else:
                    expected = STRONGER if level[v["key"]] > level[m.key] else WEAKER
                if expected is not None:
                    out.append(Case(language, "multiword_verb", expected, text, new, f"{m.text} → {form}"))
    return out


def condemnation_cases(language: str) -> list[Case]:
    verbs = [v for v in _verbs(language) if v["scale"] == "condemnation"]
    level = _level(language, "condemnation")
    out: list[Case] = []
    for text in paragraphs(language):
        m = _lead_verb(text, language)
        if m is None or m.start != 0 or m.scale != "condemnation":
            continue
        for v in verbs:
            if level[v["key"]] == level[m.key]:
                continue
            form = next((f for f in map(_spelled, v.get("lead", ())) if not f.endswith(("ing", "ant"))), None)
            if form:
                up = level[v["key"]] > level[m.key]
                out.append(Case(language, "condemnation_up" if up else "condemnation_down", STRONGER if up else WEAKER,
                                text, _capital(form, m.text) + text[m.end:], f"{m.text} → {form}"))
    return out


def effort_cases(language: str) -> list[Case]:
    """A commitment made an effort: the declaration's own verb, or an effort slipped before the action."""
    effort = EFFORT[language]
    out: list[Case] = []
    for text in paragraphs(language):
        if not _committing(text, language):
            continue
        m = _lead_verb(text, language)
        opener = next((s for s in effort["self_marker"] if text.startswith(s)), None)
        if opener and m is not None and m.key == "commit":
            rest = text[len(opener):]
            if language == "fr":
                # « nous engageons (également) à honorer » → « nous efforcerons (également) d'honorer »
                linking = r"^((?: également| aussi| en outre| de nouveau)*)"
                rest = re.sub(linking + " à ", r"\1 de ", re.sub(linking + " à (?=[aeéèêiouh])", r"\1 d'", rest))
            new = effort["self"] + rest
            out.append(Case(language, "effort_verb", WEAKER, text, new, f"{opener} → {effort['self']}"))
            out.append(Case(language, "effort_to_commitment", STRONGER, new, text, f"{effort['self']} → {opener}"))
            if "third" not in effort:
                continue
            # the same commitment in the third person ("Member States undertake to" → "… endeavour to")
            committed, striving = effort["third"]
            old_third, new_third = text[len(opener):], rest  # « à honorer » / « d'honorer »
            for ours, theirs in effort["possessives"]:
                old_third, new_third = old_third.replace(ours, theirs), new_third.replace(ours, theirs)
            out.append(Case(language, "effort_verb", WEAKER, committed + old_third, striving + new_third,
                            f"{committed} → {striving}"))
            continue
        if m is None or m.key in ("strive", "consider") or any(h.kind == "hedge" for h in _markers(text, language)):
            continue
        a = ACTION_START[language].search(text, m.end, min(len(text), m.end + 90))
        if a is None:
            continue
        inserted = effort["inserted"]
        if language == "en":
            new = text[:a.end()] + inserted + text[a.end():]
        else:  # « de renforcer » → « de s'efforcer de renforcer », « d'adopter » → « de s'efforcer d'adopter »
            particle = " à " if text[a.start():a.end()].strip() == "à" else " de "
            elided = "d'" if text[a.end():a.end() + 1] in "aeéèêiouh" else "de "
            new = text[:a.start()] + particle + inserted.replace("de ", elided) + text[a.end():]
        out.append(Case(language, "effort_verb", WEAKER, text, new, f"+ {inserted.strip()}"))
        out.append(Case(language, "effort_to_commitment", STRONGER, new, text, f"- {inserted.strip()}"))
    return out


def _split(word_start: int, word: str, text: str) -> str:
    cut = max(3, len(word) // 2)
    return text[:word_start] + word[:cut] + "- " + word[cut:] + text[word_start + len(word):]


def editorial_more_cases(language: str) -> list[Case]:
    out: list[Case] = []
    for text in paragraphs(language):
        # a line-end hyphen inside a marker's word (the lead verb, a hedge), repaired
        for m in _markers(text, language):
            if m.kind not in ("verb", "hedge") or m.weight < 1.0:
                continue
            w = max(re.finditer(r"[^\W\d_]+", m.text), key=lambda x: len(x.group()), default=None)
            if w is not None and len(w.group()) >= 7:
                out.append(Case(language, "hyphenation_marker", UNCHANGED, _split(m.start + w.start(), w.group(), text), text,
                                f"« {w.group()} » cut at the line end, repaired"))
                break
        t = TWICE[language].search(text)
        if t:
            out.append(Case(language, "function_word_dropped", UNCHANGED, text,
                            text[:t.start()] + t.group(1) + (" and " if language == "en" else " et ") + text[t.end():],
                            "repeated infinitive particle dropped"))
        if language == "en":
            p = POSSESSIVE.search(text)
            if p and (p.group(2).endswith(("ed", "ing")) or re.search(r"\b(?:another|an?|each|any|every) $", text[:p.start()])):
                p = None  # "UNFICYP's mandated authority", "another State's territory": no plain « the Y of X »
            if p:
                owner = p.group(1) if p.group(1).startswith("the ") else f"the {p.group(1)}" if not p.group(1).startswith(
                    ("United Nations", "UN")) else p.group(1)
                new = text[:p.start()] + f"the {p.group(2)} of {owner}" + text[p.end():]
                out.append(Case(language, "possessive", UNCHANGED, text, new, f"{p.group()} → the {p.group(2)} of {owner}"))
    return out


GENERATORS = (frequency_cases, national_hedge_cases, adverb_cases, multiword_verb_cases, condemnation_cases, effort_cases,
              editorial_more_cases)


@lru_cache(maxsize=2)
def negotiation_cases(language: str) -> tuple[Case, ...]:
    out: list[Case] = []
    for make in GENERATORS:
        out.extend(make(language))
    return tuple(c for c in out if c.old != c.new)
