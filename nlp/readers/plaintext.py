"""Plain text is plain text: a ``.txt`` file's ``*``, ``_``, ``<b>``, ``&lt;`` or ``\\`` are characters
of the document, not Markdown or HTML markup to remove.

Every reader hands :func:`nlp.readers.textual.parse_text` text in one convention (Markdown emphasis,
``<sup>`` call-outs, ``#`` headings). A plain text is read through it with its markup characters
stood in for by private-use characters that no rule matches, and put back in every string of the
result. A ``.txt`` that is clearly UN Markdown as published (italic leads ``*Prie*``, links
``[68/192](…)``, ``<sup>1</sup>`` call-outs, ``37^e``, ``\\(`` escapes, ``#`` headings) is read as
Markdown, as the bundled samples are.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

# characters that the Markdown/HTML rules act on -> stand-ins in Supplementary Private Use Area-A
# (fonts use the Basic Multilingual Plane's private area, e.g. Word's symbol fonts; this one is unused)
_MARKUP = "*_<>&\\[]^#`"
_STAND_IN = "".join(chr(0xF0000 + i) for i in range(len(_MARKUP)))
_RESTORE = str.maketrans(_STAND_IN, _MARKUP)
_STAND_IN_OF = dict(zip(_MARKUP, _STAND_IN))
_ANY_STAND_IN = re.compile(f"[{_STAND_IN}]")
_MARKUP_CHAR = re.compile(f"[{re.escape(_MARKUP)}]")


def _protect_but(keep: str) -> dict[int, str]:
    table = {ord(a): b for a, b in zip(_MARKUP, _STAND_IN) if a not in keep}
    _PROTECT_BUT[keep] = table
    return table


_PROTECT_BUT: dict[str, dict[int, str]] = {}
# a bar code line of UN page furniture (« *2117344* ») keeps its stars: it is recognised and dropped
_BAR_CODE = re.compile(r"\*{1,2}\d{6,8}\*{0,2}")

# Markdown as the UN's texts come converted: each pattern alone is rare in plain prose
_SIGNS = (  # (a character each needs, the mark)
    # *Prie*, *Recueil des Traités* (not after a letter or a star: checked apart, so that the search
    # starts at each star rather than at each character)
    ("*", re.compile(r"\*{1,2}[^\W\d_][^*\n]{0,200}?[^\s*]\*{1,2}(?![\w*])")),
    ("](", re.compile(r"\[[^\]\n]{1,200}\]\([^()\s]{0,300}\)")),  # [68/192](#)
    ("<", re.compile(r"<sup>\s*\w{1,3}\s*</sup>", re.I)),  # <sup>1</sup>
    ("^", re.compile(r"\^(?:(?<=\d\^)(?:e|er|re|st|nd|rd|th)|(?<=[^\W\d_]\^)\d{1,3})\b")),  # 37^e, note^1 (not 2^10)
    ("\\", re.compile(r"\\[().\-*_\[\]#]")),  # \( \. escapes
    ("#", re.compile(r"^#{1,6} \S", re.M)),  # # Heading
    ("[^", re.compile(r"\[\^\d{1,3}\]")),  # [^1]
)
_MIN_SIGNS = 3  # occurrences, all kinds together: one stray « *note* » does not make a text Markdown

T = TypeVar("T")


def is_markdown(text: str) -> bool:
    """Whether a text file is clearly Markdown (at least three marks of UN Markdown)."""
    found = 0
    for trigger, sign in _SIGNS:
        if trigger not in text:  # a plain search of one character first: most texts have few marks
            continue
        for m in sign.finditer(text):
            before = text[m.start() - 1 : m.start()]
            if trigger == "*" and (before == "*" or before.isalnum() or before == "_"):
                continue
            found += 1
            if found >= _MIN_SIGNS:
                return True
    return False


def _has_stand_ins(text: str) -> bool:
    return any(ch in text for ch in _STAND_IN)  # immediate for a text with no character beyond U+FFFF


def _has_markup(text: str) -> bool:
    return any(ch in text for ch in _MARKUP)  # a fast plain search for each: most texts have none


def protect(text: str) -> str:
    """The text with its markup characters stood in for (bar-code lines of page furniture kept).
    A text without markup characters costs a few plain searches."""
    if _has_stand_ins(text):
        text = _ANY_STAND_IN.sub("", text)
    if not _has_markup(text):
        return text
    pieces, last = [], 0
    for a, b in _bar_code_lines(text):
        pieces += [_MARKUP_CHAR.sub(_stand_in, text[last:a]), text[a:b]]
        last = b
    pieces.append(_MARKUP_CHAR.sub(_stand_in, text[last:]))
    return "".join(pieces)


def _stand_in(m: re.Match[str]) -> str:
    return _STAND_IN_OF[m.group()]


def _bar_code_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are only a bar code number (« *2117344* »)."""
    spans = []
    for m in _BAR_CODE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if not text[start : m.start()].strip(" \t") and not text[m.end() : end].strip(" \t"):
            spans.append((m.start(), m.end()))
    return spans


def literal(text: str, keep: str = "") -> str:
    """A piece of document text that a reader puts into its Markdown conventions (a Word run, an
    OpenDocument span, a web page's text): its markup characters stood in for, to be put back by
    :func:`restore`; those in ``keep`` stay as they are (a reader that reads them itself)."""
    if _has_stand_ins(text):
        text = _ANY_STAND_IN.sub("", text)
    if not _has_markup(text):
        return text
    return text.translate(_PROTECT_BUT[keep] if keep in _PROTECT_BUT else _protect_but(keep))


def restore(value: T) -> T:
    """``value`` (a Document, a Paragraph, a tuple or a string) with the stand-ins put back."""
    return _restore(value)  # type: ignore[return-value]


def _restore(value: Any) -> Any:
    """The same object when it holds no stand-in (most paragraphs): rebuilt only where needed."""
    if isinstance(value, str):
        return value.translate(_RESTORE) if _has_stand_ins(value) else value
    if isinstance(value, tuple):
        items = tuple(_restore(v) for v in value)
        return value if all(a is b for a, b in zip(items, value)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.init:
                old = getattr(value, f.name)
                new = _restore(old)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
