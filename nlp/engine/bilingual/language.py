"""The language knowledge of the concordance check, read from ``resources/concordance/<lang>.toml``.

Month names, number words, percent and scale words, the words that introduce a reference or a resolution
number: all in those files, keyed by identifiers that French and English share. This module only
compiles them into regular expressions and lookup tables.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from nlp.model.resources import resource

DATA = resource("concordance")
LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class LanguageData:
    language: str
    decimal: str
    thousands: tuple[str, ...]
    percent: tuple[str, ...]
    scale: dict[str, float]
    words: dict[str, int]
    ordinals: dict[str, int]  # whole ordinal words, and tens + units composed (« quatre-vingt-unième »)
    months: dict[str, int]
    first_day: frozenset[str]
    references: dict[str, str]  # word -> shared kind (paragraph, article, annex…)
    symbols: dict[str, str]  # word -> shared kind (resolution, decision)
    list_words: frozenset[str]
    ordinal_nouns: frozenset[str]
    extra: dict[str, dict[str, tuple[str, ...]]]  # kind (intensifier, hedge) -> key -> phrases the lexicons lack
    inert: tuple[str, ...]  # phrases in which no hedge or modal verb starts
    restating: frozenset[str]  # lead verbs whose force is that of the noun after them
    negated_infinitive: tuple[str, ...]  # « ne pas », "not to": a negation of what is committed to


def _alternation(phrases) -> str:
    """A regular expression alternation, longest first, each phrase escaped, spaces flexible."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _compose_ordinals(numbers: dict) -> dict[str, int]:
    out = {k: int(v) for k, v in numbers.get("ordinals", {}).items()}
    for tens, t in numbers.get("ordinal_tens", {}).items():
        for unit, u in numbers.get("ordinal_units", {}).items():
            for joiner in numbers.get("ordinal_joiners", ["-"]):
                out.setdefault(f"{tens}{joiner}{unit}", int(t) + int(u))
    return out


@lru_cache(maxsize=4)
def load(language: str) -> LanguageData:
    """The data of ``language``; any language other than French reads as English (the UN's other working
    language), so a check never fails for want of a table."""
    lang = language if language in LANGUAGES else "en"
    with (DATA / f"{lang}.toml").open("rb") as f:
        raw = tomllib.load(f)
    numbers, refs, syms = raw.get("numbers", {}), raw.get("references", {}), raw.get("symbols", {})
    return LanguageData(
        language=lang,
        decimal=numbers.get("decimal", "."),
        thousands=tuple(numbers.get("thousands", ())),
        percent=tuple(numbers.get("percent", ())),
        scale={k: float(v) for k, v in numbers.get("scale", {}).items()},
        words={k: int(v) for k, v in numbers.get("words", {}).items()},
        ordinals=_compose_ordinals(numbers),
        months={k: int(v) for k, v in raw.get("dates", {}).get("months", {}).items()},
        first_day=frozenset(raw.get("dates", {}).get("first_day", ())),
        references={w: kind for kind, ws in refs.items() if kind != "list_words" for w in ws},
        symbols={w: kind for kind, ws in syms.items() for w in ws},
        list_words=frozenset(refs.get("list_words", ())),
        ordinal_nouns=frozenset(numbers.get("ordinal_nouns", ())),
        extra={kind: {k: tuple(v) for k, v in raw.get(section, {}).items()}
               for kind, section in (("intensifier", "intensifiers"), ("hedge", "hedges"), ("obligation", "modals"))},
        inert=tuple(raw.get("inert", {}).get("phrases", ())),
        restating=frozenset(raw.get("verbs", {}).get("restating", ())),
        negated_infinitive=tuple(raw.get("negation", {}).get("infinitive", ())),
    )


@lru_cache(maxsize=4)
def patterns(language: str) -> dict[str, re.Pattern]:
    """The compiled expressions of one language, on text folded to lower case (see :func:`fold`)."""
    d = load(language)
    sep = "".join(re.escape(s) for s in d.thousands)
    dec = re.escape(d.decimal)
    # a figure: digit groups of three after a thousands separator, an optional decimal part
    figure = rf"\d{{1,3}}(?:[{sep}]\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?" if sep else rf"\d+(?:{dec}\d+)?"
    months = _alternation(d.months)
    day = r"\d{1,2}" + (f"|{_alternation(d.first_day)}" if d.first_day else "")
    ref_words = _alternation(d.references)
    sym_words = _alternation(d.symbols)
    # 4, 4 (a), 4 a), (a), a): a letter only after a number or in parentheses opened here, so "(Part I)"
    # reads no item « I) »
    item = r"\d+(?:\s*\(?\s*[a-z]{1,4}\s*\))*|\([a-z]{1,4}\)"
    # the words of a list, or none (a comma forgotten: "paragraphs 18, 19 20 and 21")
    listed = rf"(?:{item})(?:\s*(?:{_alternation(d.list_words)})?\s*(?:{item}))*"
    res_full = r"\d+\s*\(\s*\d{4}\s*\)|\d+/\d+(?:/\d+)?"  # 716 (1991), 70/1
    res_item = res_full + r"|\d+(?![\d,.])"  # a bare number only first: « résolution 5, 12 États » lists nothing
    return {
        # a figure, not the tail of a name (« COVID-19 ») nor a part of a symbol
        "figure": re.compile(rf"(?<![\w/.,])(?<![^\W\d_]-)({figure})(?![\w/])"),
        # a dotted number (target 8.7, section 2.3.1) reads alike in every language
        "dotted": re.compile(r"(?<![\w/.,])(\d+(?:\.\d+)+)(?![\w/]|\.\d)"),
        "date": re.compile(
            rf"(?<!\w)(?:({day})\s*)?({months})(?:\s+(\d{{4}}))?(?!\w)|(?<!\w)({months})\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\w)"
        ),
        "percent": re.compile(rf"(?<![\w/.,])({figure})\s?(?:{_alternation(d.percent)})(?!\w)") if d.percent else re.compile(r"(?!x)x"),
        "scale": re.compile(rf"(?<![\w/.,])({figure})\s+({_alternation(d.scale)})(?!\w)") if d.scale else re.compile(r"(?!x)x"),
        "reference": re.compile(rf"(?<!\w)({ref_words})\s*({listed})") if d.references else re.compile(r"(?!x)x"),
        "resolution": re.compile(
            rf"(?<!\w)({sym_words})\s+((?:{res_item})(?:\s*(?:{_alternation(d.list_words)})\s*(?:{res_full}))*)"
        ) if d.symbols else re.compile(r"(?!x)x"),
        "number_word": re.compile(rf"(?<![\w-])({_alternation(d.words)})(?![\w-])") if d.words else re.compile(r"(?!x)x"),
        # ordinals before a session, a meeting… alone or listed (« ses trente et unième et trente-deuxième sessions »)
        "ordinal_list": re.compile(
            rf"(?<![\w-])(?:{_alternation(d.ordinals)})(?:\s*(?:{_alternation(d.list_words)})\s*(?:{_alternation(d.ordinals)}))*"
            rf"\s+(?:\w+\s+)?(?:{_alternation(d.ordinal_nouns)})(?!\w)")
        if d.ordinals and d.ordinal_nouns else re.compile(r"(?!x)x"),
        "ordinal": re.compile(rf"(?<![\w-])({_alternation(d.ordinals)})(?![\w-])")
        if d.ordinals and d.ordinal_nouns else re.compile(r"(?!x)x"),
    }


def parse_figure(text: str, language: str) -> float:
    """« 1 000,5 » (French) or "1,000.5" (English) as a number."""
    d = load(language)
    for s in d.thousands:
        text = text.replace(s, "")
    text = re.sub(r"\s", "", text)
    return float(text.replace(d.decimal, ".")) if d.decimal != "." else float(text)


@lru_cache(maxsize=1)
def equivalence() -> dict:
    """``resources/concordance/equivalence.toml``: the language-free tables (verbs translators exchange,
    hedge and intensifier families, the intensifier class a verb carries)."""
    with (DATA / "equivalence.toml").open("rb") as f:
        return tomllib.load(f)


def equivalent_verbs() -> frozenset[frozenset[str]]:
    """Pairs of lead verb ids that translations render by one another (« demande », "requests")."""
    return frozenset(frozenset((x, y)) for group in equivalence().get("verbs", ()) for x in group for y in group if x != y)


def intensified_lead() -> int:
    """How many rungs an intensifier beside the lead verb adds (« Demande instamment », "Strongly calls upon")."""
    return int(equivalence().get("intensified_lead", 1))


@lru_cache(maxsize=2)
def families(kind: str) -> dict[str, str]:
    """Class id -> family id, for ``kind`` "hedge" or "intensifier"."""
    table = equivalence().get(f"{kind}_families", {})
    return {key: family for family, keys in table.items() for key in keys}


@lru_cache(maxsize=1)
def verb_intensity() -> dict[str, tuple[str, ...]]:
    """Verb id -> the intensifier classes it carries ("urges": insistence and urgency)."""
    raw = equivalence().get("verb_intensity", {})
    return {verb: (classes,) if isinstance(classes, str) else tuple(classes) for verb, classes in raw.items()}
