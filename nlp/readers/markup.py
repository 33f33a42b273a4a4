"""Inline markup of UN texts as they come: footnote call-outs, Markdown/HTML emphasis, links.

``clean_inline(s)`` returns the text as a reader sees it, the footnote numbers it calls (in order)
and the italic phrase it opens with, if any (in UN texts the lead verb is set in italics).

Call-outs recognised: ``<sup>12</sup>``, Unicode superscript digits ``¹²``, ``[^12]`` and ``^12``.
Superscripts that are not numbers are ordinal endings and stay as letters: ``73<sup>e</sup>``,
``8111^e``, ``1<sup>er</sup>`` → ``73e``, ``8111e``, ``1er``; but ``n<sup>o</sup>`` is the
numéro sign ``n°``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_INT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Order matters: numbered call-outs first, then what is left of the markup.
_SUP_NUMBER = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>", re.I)
_SUP_OTHER = re.compile(r"<sup>(.*?)</sup>", re.I | re.S)
_NUMERO = re.compile(r"(?<=\b[nN])<sup>\s*o(s?)\s*</sup>", re.I)  # « n<sup>o</sup> » is the sign « n° »
# not the exponent of a unit (km², m³)
_UNICODE_CALL = re.compile(r"(?<!\b[kcmd]m)(?<!\bm)([¹²³⁰⁴-⁹]{1,3})")
_ANY_SUPERSCRIPT = re.compile(r"[¹²³⁰⁴-⁹]")
_MD_FOOTNOTE_CALL = re.compile(r"\[\^(\d{1,3})\]")
_CARET_NUMBER = re.compile(r"\^(\d{1,3})\^?")
_CALL = re.compile(
    "|".join(p.pattern for p in (_SUP_NUMBER, _MD_FOOTNOTE_CALL, _CARET_NUMBER, _UNICODE_CALL)), re.I
)
_CARET_LETTERS = re.compile(r"\^([a-zA-Z]{1,3})\^?")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", re.S)
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", re.S)
_STRAY_EMPHASIS = re.compile(r"(?<!\S)(\*\*|\*)(?=\S)|(?<=\S)(\*\*|\*)(?!\S)")
_WHITESPACE = re.compile(r"\s+")  # no-break spaces too: a PDF's text layer has none, and all formats read alike
_OPENING_ITALIC = re.compile(r"^\s*(?:\*\*)?(?:\*(?!\*)|_(?!_))(?P<lead>[^*_\n]+?)(?:\*(?!\*)|_(?!_))")


@dataclass(frozen=True, slots=True)
class Inline:
    text: str
    calls: tuple[int, ...]  # footnote numbers called, in reading order
    italic_lead: str | None  # the italic phrase the text opens with


_HYPHEN_BREAK_CONTINUES = re.compile(r"^(?!(?:and|or|nor|et|ou|ni)\b)[^\W\d_]", re.I)  # « pré- et post- »


def glue_after(left: str, right: str) -> str:
    """What joins two pieces of a line or paragraph broken at a line or page end: nothing after a
    hyphenated word that goes on (« sous- » + « régionaux », « Nord- » + « Sud »), a space otherwise,
    as after a suspended hyphen (« troop- » + « and police-contributing », « pré- » + « et post- »)."""
    if left.endswith("-") and left[-2:-1].isalpha() and _HYPHEN_BREAK_CONTINUES.match(right):
        return ""
    return " "


def collapse(text: str) -> str:
    """Runs of whitespace (line breaks and no-break spaces too) become one space."""
    return _WHITESPACE.sub(" ", text).strip()


def opening_italic(raw: str) -> str | None:
    """« *Prie instamment* les États… » → « Prie instamment » (trailing comma and spaces removed)."""
    m = _OPENING_ITALIC.match(raw)
    if not m:
        return None
    lead = collapse(strip_markup(m.group("lead"))[0]).rstrip(" ,;:")
    return lead or None


def strip_markup(raw: str) -> tuple[str, list[int]]:
    """Remove call-outs (collecting their numbers) and Markdown/HTML markup."""
    calls: list[tuple[int, int]] = []  # (position marker order, number)

    def call(m: re.Match[str]) -> str:
        digits = next(g for g in m.groups() if g)
        calls.append((len(calls), int(digits.translate(_SUPER_TO_INT))))
        return ""

    # each pattern runs only when its trigger character is there: most blocks have little markup
    s = raw
    if "](" in s:
        s = _LINK.sub(lambda m: m.group(1), _IMAGE.sub("", s))
    if "<" in s or "^" in s or _ANY_SUPERSCRIPT.search(s):
        s = _CALL.sub(call, s)  # one pass, so that the numbers come in reading order
    if "<" in s:
        s = _NUMERO.sub(lambda m: "°" + m.group(1), s)
        s = _SUP_OTHER.sub(lambda m: m.group(1), s)
        s = _TAG.sub("", s)
    if "^" in s:
        s = _CARET_LETTERS.sub(lambda m: m.group(1), s)
    if "*" in s or "_" in s:
        s = _BOLD.sub(lambda m: m.group(2), s)
        s = _ITALIC_STAR.sub(lambda m: m.group(1), s)
        s = _ITALIC_UNDERSCORE.sub(lambda m: m.group(1), s)
        s = _STRAY_EMPHASIS.sub("", s)
        s = s.replace("*", "")  # what is left of broken emphasis (« s*outenant ») is markup too
    if "\\" in s:
        s = _ESCAPE.sub(lambda m: m.group(1), s)
    if "&" in s:
        s = html.unescape(s)
    return s, [n for _, n in calls]


def clean_inline(raw: str) -> Inline:
    text, calls = strip_markup(raw)
    text = collapse(text)
    return Inline(text=text, calls=tuple(calls), italic_lead=opening_italic(raw))
