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
_PROTECT = str.maketrans(_MARKUP, _STAND_IN)
_RESTORE = str.maketrans(_STAND_IN, _MARKUP)
_DROP_STAND_INS = str.maketrans({c: None for c in _STAND_IN})


def _protect_but(keep: str) -> dict[int, str]:
    table = {ord(a): b for a, b in zip(_MARKUP, _STAND_IN) if a not in keep}
    _PROTECT_BUT[keep] = table
    return table


_PROTECT_BUT: dict[str, dict[int, str]] = {}
# a bar code line of UN page furniture (« *2117344* ») keeps its stars: it is recognised and dropped
_BAR_CODE = re.compile(r"^\s*\*{1,2}\d{6,8}\*{0,2}\s*$")

# Markdown as the UN's texts come converted: each pattern alone is rare in plain prose
_SIGNS = (
    re.compile(r"(?<![\w*])\*{1,2}[^\W\d_][^*\n]{0,200}?[^\s*]\*{1,2}(?![\w*])"),  # *Prie*, *Recueil des Traités*
    re.compile(r"\[[^\]\n]{1,200}\]\([^()\s]{0,300}\)"),  # [68/192](#)
    re.compile(r"<sup>\s*\w{1,3}\s*</sup>", re.I),  # <sup>1</sup>
    re.compile(r"\d\^(?:e|er|re|st|nd|rd|th)\b|[^\W\d_]\^\d{1,3}\b"),  # 37^e, note^1 (not 2^10)
    re.compile(r"\\[().\-*_\[\]#]"),  # \( \. escapes
    re.compile(r"^#{1,6} \S", re.M),  # # Heading
    re.compile(r"\[\^\d{1,3}\]"),  # [^1]
)
_MIN_SIGNS = 3  # occurrences, all kinds together: one stray « *note* » does not make a text Markdown

T = TypeVar("T")


def is_markdown(text: str) -> bool:
    """Whether a text file is clearly Markdown (at least three marks of UN Markdown)."""
    found = 0
    for sign in _SIGNS:
        for _ in sign.finditer(text):
            found += 1
            if found >= _MIN_SIGNS:
                return True
    return False


def protect(text: str) -> str:
    """The text with its markup characters stood in for (bar-code lines of page furniture kept)."""
    text = text.translate(_DROP_STAND_INS)
    return "\n".join(line if _BAR_CODE.match(line) else line.translate(_PROTECT) for line in text.split("\n"))


def literal(text: str, keep: str = "") -> str:
    """A piece of document text that a reader puts into its Markdown conventions (a Word run, an
    OpenDocument span, a web page's text): its markup characters stood in for, to be put back by
    :func:`restore`; those in ``keep`` stay as they are (a reader that reads them itself)."""
    text = text.translate(_DROP_STAND_INS)
    return text.translate(_PROTECT_BUT[keep] if keep in _PROTECT_BUT else _protect_but(keep))


def restore(value: T) -> T:
    """``value`` (a Document, a Paragraph, a tuple or a string) with the stand-ins put back."""
    return _restore(value)  # type: ignore[return-value]


def _restore(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(_RESTORE)
    if isinstance(value, tuple):
        return tuple(_restore(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _restore(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value
