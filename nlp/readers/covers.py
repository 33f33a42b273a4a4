"""What the cover of a UN document says: draft or adopted, the session, the agenda item, the sponsors.

The cover's wording is data (``resources/documents/cover.<language>.toml``): the line « Andorra,
Armenia, …, Zambia and State of Palestine:* draft resolution » gives the status and the sponsors,
« Agenda item 74 » the agenda item, « Eightieth session » the session; « Resolution adopted by the
General Assembly » says the text was adopted. The same files list the lines that are never part of
the text wherever they stand (« Please recycle », « Any changes to the list of sponsors will be
reflected in the official record of the meeting. »).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from nlp.model.resources import resource
from nlp.readers.symbols import ADOPTED, DRAFT

LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Cover:
    status: str | None = None  # "draft" or "adopted", as the cover says it; None when it does not
    session: str | None = None  # « Eightieth session »
    agenda_item: str | None = None  # « 74 », « 14 and 117 »
    sponsors: tuple[str, ...] = ()
    title: str | None = None  # a draft's title: what the cover prints after « …: draft resolution »


@dataclass(frozen=True, slots=True)
class _Wording:
    draft: tuple[re.Pattern[str], ...]
    adopted: tuple[re.Pattern[str], ...]
    agenda_item: tuple[re.Pattern[str], ...]
    session: tuple[re.Pattern[str], ...]
    conjunction: str
    names_with_conjunction: tuple[str, ...]
    furniture: tuple[re.Pattern[str], ...]


def _compile(patterns: list[str], whole_line: bool = False) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?:{p})\s*$" if whole_line else p, re.I) for p in patterns)


@cache
def wording(language: str) -> _Wording:
    data = tomllib.loads(resource("documents", f"cover.{language}.toml").read_text(encoding="utf-8"))
    return _Wording(
        draft=_compile(data["draft"]),
        adopted=_compile(data["adopted"]),
        agenda_item=_compile(data["agenda_item"]),
        session=_compile(data["session"]),
        conjunction=data["conjunction"],
        names_with_conjunction=tuple(data["names_with_conjunction"]),
        furniture=_compile(data["furniture"], whole_line=True),
    )


def _languages(language: str | None) -> tuple[str, ...]:
    """The document's language first; the other too, as a cover may be read before its language is
    known and a line of the other language's cover is still cover."""
    return tuple(sorted(LANGUAGES, key=lambda lang: lang != language))


def is_cover_furniture(line: str, language: str | None = None) -> bool:
    """A line that is never text: « Please recycle », the sponsors' footnote, « Distr.: General »."""
    text = _plain(line).strip(" _")
    if not text or len(text) > 200:
        return False
    return any(p.match(text) for lang in _languages(language) for p in wording(lang).furniture)


def read_cover(header: list[str], language: str | None) -> Cover:
    """The cover from the lines before the opening clause (each line one block of the header)."""
    lines = [_plain(line) for line in header if line.strip()]
    status = sponsors = session = agenda = title = None
    for lang in _languages(language):
        w = wording(lang)
        for i, line in enumerate(lines):
            if status is None and any(p.search(line) for p in w.adopted):
                status = ADOPTED
            for p in w.draft:
                m = p.search(_sponsor_text(lines, i))
                if m and status in (None, DRAFT):
                    status = DRAFT
                    title = title or next((t for t in lines[i + 1 :] if _may_title(t, w, lang)), None)
                    if sponsors is None and m.groupdict().get("sponsors"):
                        sponsors = split_sponsors(m.group("sponsors"), w)
            session = session or _first(w.session, line, "session")
            agenda = agenda or _first(w.agenda_item, line, "item")
    return Cover(status=status, session=session, agenda_item=agenda, sponsors=tuple(sponsors or ()), title=title)


def _may_title(line: str, w: _Wording, language: str) -> bool:
    """Whether a line after « …: draft resolution » may be the draft's title: not cover furniture, not
    a sentence that introduces what follows (« The Commission … recommends … the following draft
    resolution for adoption by the General Assembly: »), not the heading of a draft nested in the
    document (« Draft resolution », « Draft resolution II »)."""
    if is_cover_furniture(line, language) or line.rstrip(" *").endswith(":"):
        return False
    return not any(p.match(line) for p in w.draft)


def _plain(line: str) -> str:
    """The line's words: call-out tags and private-use characters (the stand-ins a plain-text reading
    puts for its asterisks, :mod:`nlp.readers.plaintext`) set aside, as an asterisk would be."""
    line = _PRIVATE_USE.sub("*", re.sub(r"</?sup>", "", line))
    return " ".join(line.split())


# Unicode's private-use areas (category Co), searched as one pattern: a test per character cost seconds
# on a long text
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _sponsor_text(lines: list[str], i: int) -> str:
    """Line ``i`` with the lines before it that the list of sponsors ran over: each ends with a comma,
    or reads as a list cut anywhere (a comma every few words, no final punctuation)."""
    start = i
    while start > 0 and _continues_list(lines[start - 1]):
        start -= 1
    return " ".join(lines[start : i + 1])


_WORDS_PER_COMMA_IN_A_LIST = 4


def _continues_list(line: str) -> bool:
    text = line.rstrip("* ")
    if text.endswith(","):
        return True
    return not text.endswith((".", ":", ";")) and text.count(",") * _WORDS_PER_COMMA_IN_A_LIST >= len(text.split())


def _first(patterns: tuple[re.Pattern[str], ...], line: str, group: str) -> str | None:
    for p in patterns:
        m = p.search(line)
        if m:
            return " ".join(m.group(group).split())
    return None


def split_sponsors(text: str, w: _Wording) -> list[str]:
    """« Andorra, Bosnia and Herzegovina, …, Zambia and State of Palestine » → the names, as data:
    commas and the last conjunction separate them, except inside parentheses (« Uganda (on behalf of
    the Group of 77 and China) ») and inside the names that hold the conjunction themselves."""
    text = re.sub(r"\*+|<sup>.*?</sup>", "", text)
    protected: dict[str, str] = {}
    for k, name in enumerate(sorted(w.names_with_conjunction, key=len, reverse=True)):
        key = f"\x00{k}\x00"
        pattern = re.compile(r"\s+".join(re.escape(part) for part in name.split()), re.I)
        if pattern.search(text):
            text = pattern.sub(lambda m, key=key: protected.setdefault(key, m.group()) and key, text)
    names: list[str] = []
    for item in _split_outside_parentheses(text, ","):
        names.extend(_split_outside_parentheses(item, f" {w.conjunction} "))
    out = []
    for name in names:
        for key, original in protected.items():
            name = name.replace(key, original)
        name = " ".join(name.split()).strip(" ,;:")
        if name:
            out.append(name)
    return out


def _split_outside_parentheses(text: str, separator: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            i += len(separator)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts
