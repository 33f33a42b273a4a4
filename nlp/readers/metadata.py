"""A resolution's metadata from its header: symbol, title, adopting organ, adoption date, language.

Rules, not per-document cases:

* symbol: a document symbol printed in the header or a running header (``A/RES/76/7``,
  ``S/RES/2388 (2017)``, ``A/80/L.9``, ``A/C.3/80/L.12/Rev.1``; :mod:`nlp.readers.symbols`), one that
  says what the document is (a resolution, a draft) before one that does not; else the organ's symbol form filled with the number the
  text gives (« 72/195. Titre » of the General Assembly → ``A/RES/72/195``; « Résolution 2388 (2017) »
  of the Security Council → ``S/RES/2388 (2017)``); else that number alone (« Résolution 11/5 » → ``11/5``).
* title: what follows the number in « 72/195. Titre », else the line after « Résolution 11/5 ».
* body: the organ's English name (``resources/lexicons/bodies.tsv``), from the opening clause
  (« La Conférence des Parties à la Convention… , ») or the first header line.
* adopted: the date after « adopté(e) » / « adopted » in the header (« Résolution adoptée par
  l'Assemblée générale le 19 décembre 2017 », « Adoptée par le Conseil de sécurité à sa 8111e séance,
  le 21 novembre 2017 »), else the date of the closing formula (« 73e séance plénière 19 décembre 2017 »).
  The distribution date (« Distr. générale 23 janvier 2018 ») is not the adoption date.
* status, session, agenda item, sponsors: what the cover says (:mod:`nlp.readers.covers`); the status
  else from the symbol (« L.9 »: a draft; « RES »: adopted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.model.resources import resource
from nlp.model.textnorm import fold
from nlp.readers.covers import read_cover
from nlp.readers.langdetect import detect_language
from nlp.readers.symbols import find_symbols, status_of, strength

BODIES = resource("lexicons", "bodies.tsv")

MONTHS = {
    **{m: i for i, m in enumerate(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)},
    **{m: i for i, m in enumerate(
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(), 1)},
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1)},
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:er|ᵉʳ|st|nd|rd|th)?\s+({_MONTH})\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ADOPTED = re.compile(r"\badopt(?:é|e|ée|és|ées|ed|ee)\b", re.I)

_CITED = re.compile(r"[(\[][^()\[\]]*/[^()\[\]]*[)\]]")
_NUMBER_TITLE = re.compile(r"^(?P<number>\d{1,4}/\d{1,4}[A-Z]?)\.\s+(?P<title>.+)$")
_RESOLUTION_NUMBER = re.compile(
    r"^(?:Résolution|Resolution)\s+(?P<number>\d{1,4}(?:/\d{1,4}[A-Z]?|\s*\(\d{4}\)))\s*$", re.I
)
_RESOLUTION_NUMBER_INSIDE = re.compile(r"\b(?:Résolution|Resolution)\s+(?P<number>\d{1,4}(?:/\d{1,4}[A-Z]?|\s*\(\d{4}\)))")
_NOT_A_TITLE = re.compile(r"^(?:\[|adopt|résolution adoptée|resolution adopted|distr|\d{1,2}(?:er)?\s)", re.I)


@dataclass(frozen=True, slots=True)
class Metadata:
    symbol: str | None
    title: str | None
    body: str | None
    adopted: str | None
    language: str | None  # None only where a format's metadata does not say (its reader then detects it)
    status: str | None = None  # "draft" or "adopted"
    session: str | None = None
    agenda_item: str | None = None
    sponsors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Organ:
    name: str
    symbol_form: str
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def _organs() -> tuple[_Organ, ...]:
    organs = []
    for line in BODIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, form, names = (line.split("\t") + ["", ""])[:3]
        organs.append(_Organ(name.strip(), form.strip(), tuple(fold(n) for n in names.split("|") if n.strip())))
    return tuple(organs)


def organ_named(text: str) -> _Organ | None:
    """The organ a header line or opening clause names (« L'Assemblée générale, » → General Assembly)."""
    key = fold(re.sub(r"^(?:l['’]|le |la |les |the )", "", text.strip(), flags=re.I)).rstrip(" ,:;.")
    for organ in _organs():
        if key in organ.names:
            return organ
    return None


def iso_date(text: str) -> str | None:
    """The first date in a text, as YYYY-MM-DD (« 1er juillet 2022 », « 21 November 2017 »)."""
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    else:
        m = _MONTH_DAY_YEAR.search(text)
        if not m:
            return None
        day, month, year = int(m.group(2)), MONTHS[m.group(1).lower()], int(m.group(3))
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def adoption_date(header: list[str], closings: list[str]) -> str | None:
    joined = "\n".join(header)
    for m in _ADOPTED.finditer(joined):
        date = iso_date(joined[m.end() : m.end() + 160])
        if date:
            return date
    for closing in closings:
        date = iso_date(closing)
        if date:
            return date
    return None


def extract(
    header: list[str],
    opening: str | None,
    closings: list[str],
    furniture: list[str],
    body_text: str,
    language: str | None = None,
) -> Metadata:
    """Metadata from the parts of a text that the reader set apart (see nlp.readers.structure)."""
    organ = (organ_named(opening) if opening else None) or next(
        (o for o in (organ_named(line) for line in header[:3]) if o), None
    )
    if organ is None and opening:
        body = re.sub(r"^(?:L['’]|Le |La |Les |The )", "", opening).rstrip(" ,:;")
    else:
        body = organ.name if organ else None

    number, title = None, None
    for i, line in enumerate(header):
        m = _NUMBER_TITLE.match(line)
        if m and title is None:
            number, title = m.group("number"), m.group("title").strip()
        m = _RESOLUTION_NUMBER.match(line)
        if m:
            number = number or re.sub(r"\s+", " ", m.group("number"))
            if title is None:
                title = next((t for t in header[i + 1 :] if not _NOT_A_TITLE.match(t)), None)

    if number is None:  # header lines run together: « Conseil de sécurité Résolution 2388 (2017) Adoptée… »
        m = next((m for line in header for m in [_RESOLUTION_NUMBER_INSIDE.search(line)] if m), None)
        number = re.sub(r"\s+", " ", m.group("number")) if m else None
    symbol = _own_symbol(furniture + header)
    if symbol is None and number:
        symbol = organ.symbol_form.replace("{number}", number) if organ and organ.symbol_form else number
    if symbol:
        symbol = re.sub(r"\s*\((\d{4})\)", r" (\1)", symbol)

    language = language or detect_language(body_text or "\n".join(header))
    cover = read_cover(header + furniture, language)
    return Metadata(
        symbol=symbol,
        title=title or cover.title,
        body=body,
        adopted=adoption_date(header, closings),
        language=language,
        # a resolution that gives its own number (« Résolution 11/5 », « 72/1. Titre ») was adopted
        status=cover.status or status_of(symbol) or ("adopted" if number else None),
        session=cover.session,
        agenda_item=cover.agenda_item,
        sponsors=cover.sponsors,
    )


def _own_symbol(lines: list[str]) -> str | None:
    """The document's own symbol among those its header prints: the first that says what the document
    is, else the first; one in parentheses or brackets is cited (« [without reference to a Main
    Committee (A/80/L.9)] »), not the document's own."""
    found = [s for line in lines for s in find_symbols(_CITED.sub(" ", line))]
    return max(found, key=strength) if found else None
