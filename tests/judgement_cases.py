"""Generated judgement cases: real paragraphs × every lexicon entry × edits whose direction is known.

Each case takes a real operative paragraph (bundled samples and test resolutions, French and English)
and makes one negotiation edit to it, the way a delegation would: one rung up or down the verb scale,
a hedge inserted at a natural place or removed, an intensifier added or removed, the scope narrowed or
widened, a deadline added or dropped, a negation; and edits that must stay ``unchanged``: an equivalent
verb or hedge swapped, punctuation, word order, typography, function words, a line-end hyphen repaired.

The expected label follows from the edit alone (the lexicon's scale says which rung is higher); the
engine is then asked. ``tests/test_judgement_generated.py`` asserts a deterministic sample;
``benchmarks/judgement.py`` runs every case and prints figures per category and language.
"""

from __future__ import annotations

import random
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp.engine.commitment import lexicon, markers
from nlp.readers import read_document

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {
    "fr": [ROOT / "resources/samples" / n for n in ("A_RES_72_195.fr.md", "CTOC_COP_11_5.fr.md", "S_RES_2388_2017.fr.txt",
                                                     "A_RES_76_7.fr.akn.xml", "A_RES_80_9.fr.akn.xml")]
    + [ROOT / "tests/data/akn" / n for n in ("A_RES_80_228.fr.akn.xml", "S_RES_2506_2020.fr.akn.xml")],
    "en": [ROOT / "resources/samples" / n for n in ("A_RES_76_7.en.akn.xml", "A_RES_80_9.en.akn.xml")]
    + [ROOT / "tests/data/akn" / n for n in ("A_RES_80_228.en.akn.xml", "S_RES_2506_2020.en.akn.xml")],
}

# what an edit must give; "modified" cases must above all not be called stronger or weaker
STRONGER, WEAKER, UNCHANGED, MODIFIED = "strengthened", "weakened", "unchanged", "modified"

# Test-side phrasings that the generator inserts (not the product's knowledge: the product must
# recognise them through its lexicon). One deadline, one widening and one narrowing per language.
DEADLINE = {"fr": "d'ici à 2030", "en": "by 2030"}
WIDE = {"fr": ("les États", "tous les États"), "en": ("Member States", "all Member States")}
NARROW = {"fr": ("États Membres", "États Membres qui en font la demande"),
          "en": ("Member States", "Member States that so request")}
NEGATION = {"fr": (r"\b(à|de|d') (?=[a-zé]+er\b)", r"\1 ne pas "), "en": (r"\bto (?=[a-z]+\b)", "not to ")}
# Test-side phrasings the lexicon does not list, that a delegation writes and the engine must still read:
# hedges deferring to national law or capacity, frequencies, an adjective inside a listed hedge, an
# adverb next to the lead verb.
UNLISTED_HEDGES = {
    "fr": ["conformément à leurs cadres juridiques nationaux respectifs", "dans le respect de leur ordre juridique interne",
           "compte tenu des contextes nationaux", "en fonction de leurs capacités nationales",
           "conformément à leurs systèmes juridiques internes"],
    "en": ["in accordance with their respective national legal frameworks", "consistent with their domestic legal systems",
           "taking into account national contexts", "in line with their national capacities",
           "subject to their domestic legal requirements"],
}
FREQUENCIES = {"fr": ["chaque année", "tous les deux ans", "annuellement"],
               "en": ["every two years", "annually", "on an annual basis"]}
ADJECTIVE_IN_HEDGE = {"fr": (r"\b(la|leur|leurs|sa|notre|nos) (législation)", r"\1 propre \2"),
                      "en": (r"\b(national|domestic) (legislation|law)", r"relevant \1 \2")}
ADVERBS = {"fr": ["résolument", "fermement", "activement"], "en": ["Firmly", "Resolutely", "Actively"]}
AND = {"fr": (" et ", " ainsi que "), "en": (" and ", " as well as ")}
ALSO = {"fr": ("Prie", "Prie également"), "en": ("Requests", "Also requests")}


@dataclass(frozen=True)
class Case:
    language: str
    category: str  # rung_up, rung_down, hedge_added, …, equivalent_verb, punctuation, …
    expected: str
    old: str
    new: str
    why: str


def _toml(language: str, name: str) -> dict:
    return tomllib.loads((lexicon.LEXICONS / language / f"{name}.toml").read_text(encoding="utf-8"))


def _spelled(phrase: str) -> str:
    """A lexicon pattern written as text: the first of each « a|b » alternative."""
    return " ".join(w.split("|")[0] for w in phrase.split())


@lru_cache(maxsize=2)
def paragraphs(language: str) -> tuple[str, ...]:
    """Operative paragraphs of the sources, of a readable length, each once."""
    seen: dict[str, None] = {}
    for path in SOURCES[language]:
        for p in read_document(path).paragraphs:
            if p.kind == "operative" and 60 <= len(p.text) <= 600:
                seen.setdefault(p.text, None)
    return tuple(seen)


def _markers(text: str, language: str):
    return markers.find(text, lexicon.load(language))


def _lead_verb(text: str, language: str):
    """The verb marker that opens the paragraph (« Exhorte », « Nous nous engageons »), if any."""
    found = [m for m in _markers(text, language) if m.kind == "verb"]
    return found[0] if found and found[0].start <= 12 and found[0].weight >= 1.0 else None


def _capital(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _end(text: str) -> int:
    """Where the paragraph's final punctuation starts (an insertion goes before it)."""
    m = re.search(r"\s*[;.:,]\s*$", text)
    return m.start() if m else len(text)


def _verbs(language: str) -> list[dict]:
    return list(_toml(language, "verbs")["verb"])


def rung_cases(language: str) -> list[Case]:
    """Every lead form of every verb on the action scale, in place of a paragraph's lead verb."""
    verbs = [v for v in _verbs(language) if v["scale"] == "action"]
    level = {v["key"]: float(v["level"]) for v in verbs}
    out: list[Case] = []
    for text in paragraphs(language):
        m = _lead_verb(text, language)
        if m is None or m.key not in level or m.scale != "action" or m.weight < 1.0:
            continue
        first_person = text[:m.start].strip() != "" or m.text.split()[0].lower() in ("nous", "we")
        for v in verbs:
            # a resolution's verb by a resolution's verb, a declaration's by a declaration's
            forms = v.get("forms" if first_person else "lead", ())
            subject = m.text.split()[0]
            for form in forms:
                form = _spelled(form)
                if first_person and subject.lower() in ("nous", "we") and form.split()[0].lower() != subject.lower():
                    form = f"{subject} {form}"  # the subject stays: « Nous exhortons », not « Exhortons »
                new = text[:m.start] + _capital(form, m.text) + text[m.end:]
                if new == text:
                    continue
                if v["key"] == m.key:
                    out.append(Case(language, "equivalent_verb", UNCHANGED, text, new, f"{m.text} → {form} (one rung)"))
                elif level[v["key"]] != level[m.key]:
                    up = level[v["key"]] > level[m.key]
                    out.append(Case(language, "rung_up" if up else "rung_down", STRONGER if up else WEAKER, text, new,
                                    f"{m.text} ({m.key}) → {form} ({v['key']})"))
    return out


def _classes(language: str, name: str) -> dict[str, list[str]]:
    return {h["key"]: [_spelled(p) for p in h["patterns"]] for h in _toml(language, name)[name[:-1] if name.endswith("s") else name]}


# hedge classes said as an adverbial phrase (inserted before the final punctuation); the others (consider,
# strive, subject_to) need a verb or an object and are only removed or swapped
ADVERBIAL_HEDGES = ("as_appropriate", "as_possible", "resources", "national_law", "voluntary", "capacity")


def _committing(text: str, language: str) -> bool:
    """Whether the paragraph's lead verb commits or asks to act, and no other verb of it says less (a
    qualifier added at its end then qualifies that commitment)."""
    m = _lead_verb(text, language)
    lex = lexicon.load(language)
    if m is None or not (m.commits and m.level >= lex.commit_threshold):
        return False
    verbs = [v for v in _markers(text, language) if v.kind == "verb"]
    return all(v.commits and v.level >= lex.commit_threshold for v in verbs)


def hedge_cases(language: str) -> list[Case]:
    classes = _classes(language, "hedges")
    out: list[Case] = []
    committing = [t for t in paragraphs(language) if _committing(t, language)]
    for key, phrases in classes.items():
        if key in ADVERBIAL_HEDGES:
            for k, phrase in enumerate(phrases):
                text = committing[(k * 7 + len(key)) % len(committing)]
                found = [m for m in _markers(text, language) if m.kind == "hedge"]
                if found:
                    continue
                e = _end(text)
                new = text[:e] + f", {phrase}" + text[e:]
                out.append(Case(language, "hedge_added", WEAKER, text, new, f"+ {phrase}"))
    for text in paragraphs(language):
        if not _committing(text, language):
            continue
        for m in [m for m in _markers(text, language) if m.kind == "hedge" and m.weight >= 1.0]:
            a, b = m.start, m.end
            if text[b:b + 1] == ",":
                b += 1
            elif text[a - 2:a] == ", ":
                a -= 2
            new = re.sub(r"\s{2,}", " ", text[:a] + text[b:]).replace(" ,", ",")
            out.append(Case(language, "hedge_removed", STRONGER, text, new, f"- {m.text}"))
            for other in classes.get(m.key, ()):
                if other.lower() != m.text.lower() and not other.endswith((" de", " à", " to", " d'")):
                    swapped = text[:m.start] + other + text[m.end:]
                    out.append(Case(language, "equivalent_hedge", UNCHANGED, text, swapped, f"{m.text} → {other}"))
    return out


def intensifier_cases(language: str) -> list[Case]:
    classes = _classes(language, "intensifiers")
    out: list[Case] = []
    committing = [t for t in paragraphs(language) if _committing(t, language)]
    for key, phrases in classes.items():
        if key in ("redouble", "utmost", "full", "deeply"):  # with its object or its stance: only removed
            continue
        for k, phrase in enumerate(phrases):
            text = committing[(k * 5 + len(key)) % len(committing)]
            if any(m.kind == "intensifier" for m in _markers(text, language)):
                continue
            e = _end(text)
            new = text[:e] + f", {phrase}" + text[e:] if " " in phrase else None
            if new is None:  # an adverb goes after the first infinitive the lead verb governs
                m = re.search(r"\b(?:à|de|d'|to) ([a-zéèêàâîôûç]+)\b", text[:200])
                if m is None:
                    continue
                new = text[:m.end()] + f" {phrase}" + text[m.end():]
            out.append(Case(language, "intensifier_added", STRONGER, text, new, f"+ {phrase}"))
    for text in paragraphs(language):
        if not _committing(text, language):
            continue
        for m in [m for m in _markers(text, language) if m.kind == "intensifier" and m.weight >= 1.0]:
            new = re.sub(r"\s{2,}", " ", text[:m.start] + text[m.end:]).replace(" ,", ",").replace(" ;", " ;")
            out.append(Case(language, "intensifier_removed", WEAKER, text, new, f"- {m.text}"))
    return out


def scope_cases(language: str) -> list[Case]:
    out: list[Case] = []
    plain, wide = WIDE[language]
    states, narrow = NARROW[language]
    for text in paragraphs(language):
        if not _committing(text, language) or any(m.kind == "scope" for m in _markers(text, language)):
            continue
        if re.search(rf"\b{plain}\b", text) and not re.search(rf"\b{wide}\b", text, re.I):
            out.append(Case(language, "scope_widened", STRONGER, text, re.sub(rf"\b{plain}\b", wide, text, count=1),
                            f"{plain} → {wide}"))
        if states in text:
            out.append(Case(language, "scope_narrowed", WEAKER, text, text.replace(states, narrow, 1), f"{states} → {narrow}"))
    return out


def deadline_cases(language: str) -> list[Case]:
    out: list[Case] = []
    for text in paragraphs(language):
        if not _committing(text, language):
            continue
        found = [m for m in _markers(text, language) if m.kind == "deadline" and m.year]
        if found:
            m = found[0]
            new = re.sub(r"\s{2,}", " ", text[:m.start] + text[m.end:]).replace(" ,", ",")
            out.append(Case(language, "deadline_dropped", WEAKER, text, new, f"- {m.text}"))
        elif not any(m.kind == "deadline" for m in _markers(text, language)):
            e = _end(text)
            out.append(Case(language, "deadline_added", STRONGER, text, text[:e] + f", {DEADLINE[language]}" + text[e:],
                            f"+ {DEADLINE[language]}"))
    return out


def negation_cases(language: str) -> list[Case]:
    pattern, replacement = NEGATION[language]
    out = []
    for text in paragraphs(language):
        if _committing(text, language) and re.search(pattern, text[:150]):
            new = re.sub(pattern, replacement, text, count=1)
            out.append(Case(language, "negation", MODIFIED, text, new, "negation inserted"))
    return out


def _hyphen_split(text: str) -> str | None:
    """A long word cut by a line-end hyphen, as a PDF leaves it (« inter- gouvernemental »)."""
    m = re.search(r"\b([a-zéèêàâîôûç]{5})([a-zéèêàâîôûç]{6,})\b", text[20:])
    if m is None:
        return None
    a = 20 + m.start()
    return text[:a] + m.group(1) + "- " + m.group(2) + text[20 + m.end():]


def editorial_cases(language: str) -> list[Case]:
    out: list[Case] = []
    for text in paragraphs(language):
        e = _end(text)
        ending = text[e:].strip()
        if ending in (";", "."):
            swapped = text[:e] + (" ." if language == "fr" and ending == ";" else ".") if ending == ";" else text[:e] + ";"
            out.append(Case(language, "punctuation", UNCHANGED, text, swapped.replace(" .", "."), "final punctuation"))
        if "'" in text or "’" in text:
            typo = text.replace("’", "'") if "’" in text else text.replace("'", "’")
            out.append(Case(language, "typography", UNCHANGED, text, typo, "apostrophes"))
        if "  " not in text and " " in text:
            out.append(Case(language, "typography", UNCHANGED, text, text.replace(" ", "  ", 3), "spaces"))
        split = _hyphen_split(text)
        if split:
            out.append(Case(language, "hyphenation", UNCHANGED, split, text, "line-end hyphen repaired"))
        joined, alternative = AND[language]
        m = re.search(rf"(?<![\w-])([a-zéèêàâîôûç]{{4,}}){joined}([a-zéèêàâîôûç]{{4,}})(?=[,;.])", text)
        if m and any(x.start < m.end() and m.start() < x.end for x in _markers(text, language)):
            m = None  # the words belong to a marker (« parties et toutes les parties »): not a mere swap
        if m:
            out.append(Case(language, "word_order", UNCHANGED, text,
                            text[:m.start()] + m.group(2) + joined + m.group(1) + text[m.end():], "coordinated words swapped"))
            out.append(Case(language, "function_words", UNCHANGED, text,
                            text[:m.start()] + m.group(1) + alternative + m.group(2) + text[m.end():], f"{joined.strip()} → {alternative.strip()}"))
        verb, also = ALSO[language]
        if text.startswith(verb + " "):
            out.append(Case(language, "function_words", UNCHANGED, text, also + text[len(verb):], f"{verb} → {also}"))
        possessive = {"fr": r"\b(leurs?|ses|sa|son) (?=[a-zé]{4,})", "en": r"\b(their|its) (?=[a-z]{4,})"}[language]
        pm = re.search(possessive, text)
        if pm:
            article = {"fr": "les " if pm.group(1) in ("leurs", "ses") else "la ", "en": "the "}[language]
            out.append(Case(language, "function_words", UNCHANGED, text, text[:pm.start()] + article + text[pm.end():],
                            f"{pm.group(1)} → {article.strip()}"))
    return out


def unlisted_cases(language: str) -> list[Case]:
    """Hedges and frequencies in forms the lexicon does not list; an adjective inside a listed hedge; an
    adverb next to the lead verb."""
    out: list[Case] = []
    committing = [t for t in paragraphs(language) if _committing(t, language)
                  and not any(m.kind in ("hedge", "deadline") for m in _markers(t, language))]
    for k, text in enumerate(committing):
        e = _end(text)
        phrases = UNLISTED_HEDGES[language]
        phrase = phrases[k % len(phrases)]
        out.append(Case(language, "hedge_added_unlisted", WEAKER, text, text[:e] + f", {phrase}" + text[e:], f"+ {phrase}"))
        freq = FREQUENCIES[language][k % len(FREQUENCIES[language])]
        out.append(Case(language, "frequency_added", STRONGER, text, text[:e] + f", {freq}" + text[e:], f"+ {freq}"))
    # an adjective inside a listed hedge: still that hedge
    pattern, replacement = ADJECTIVE_IN_HEDGE[language]
    for text in committing:
        for phrase in _classes(language, "hedges")["national_law"]:
            if "|" in phrase or not re.search(pattern, phrase):
                continue
            e = _end(text)
            variant = re.sub(pattern, replacement, phrase, count=1)
            out.append(Case(language, "hedge_added_variant", WEAKER, text, text[:e] + f", {variant}" + text[e:], f"+ {variant}"))
            break
    # an adverb next to the lead verb ("Firmly calls upon", « Prie résolument »): the verb stays, the
    # adverb intensifies
    for k, text in enumerate(paragraphs(language)):
        m = _lead_verb(text, language)
        if m is None or m.start != 0 or not _committing(text, language) or " " in m.text.strip():
            continue
        adverb = ADVERBS[language][k % len(ADVERBS[language])]
        if language == "en":
            new = adverb + " " + text[:1].lower() + text[1:]
        else:
            new = text[:m.end] + " " + adverb + text[m.end:]
        verbs = [v for v in _markers(new, language) if v.kind == "verb"]
        if verbs and adverb.lower() in verbs[0].text.lower():
            continue  # the lexicon lists the pair as one verb of another rung: a rung case, not this one
        out.append(Case(language, "adverb_with_verb", STRONGER, text, new, f"+ {adverb} ({m.text})"))
    return out


GENERATORS = (rung_cases, hedge_cases, intensifier_cases, scope_cases, deadline_cases, negation_cases, editorial_cases,
              unlisted_cases)


@lru_cache(maxsize=2)
def all_cases(language: str) -> tuple[Case, ...]:
    out: list[Case] = []
    for make in GENERATORS:
        out.extend(make(language))
    return tuple(c for c in out if c.old != c.new)


def sample(language: str, per_category: int, seed: int = 13) -> list[Case]:
    """A deterministic sample: up to ``per_category`` cases of each category."""
    by: dict[str, list[Case]] = {}
    for c in all_cases(language):
        by.setdefault(c.category, []).append(c)
    rnd = random.Random(seed)
    out: list[Case] = []
    for category in sorted(by):
        cases = by[category]
        out.extend(cases if len(cases) <= per_category else rnd.sample(cases, per_category))
    return out


def judge(case: Case) -> str:
    from nlp.engine.commitment import assess_link
    from nlp.engine.worddiff import word_diff
    from nlp.model.document import Paragraph

    a = assess_link([Paragraph("1", "operative", case.old)], [Paragraph("1", "operative", case.new)], case.language,
                    word_diff(case.old, case.new))
    return a.change.value
