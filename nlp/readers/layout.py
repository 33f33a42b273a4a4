"""Small helpers the format readers share to lay their text out for :func:`nlp.readers.textual.parse_text`."""

from __future__ import annotations

import re


def opening_italic(parts: list[tuple[str, bool]]) -> str:
    """Join (text, italic) runs; an italic phrase that opens the paragraph (the lead verb in UN texts,
    « *Réaffirmant* », « 1. *Exhorte* ») is kept as ``*…*``, all other emphasis is dropped."""
    text = re.sub(r"\s+", " ", "".join(t for t, _ in parts)).strip()
    label = ""
    m = re.match(r"^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\(?[ivxl]{1,6}\))\s+", text)
    k = 0
    if m:  # a typed number before the italic lead: skip the runs that hold it
        consumed = ""
        while k < len(parts) and len(re.sub(r"\s+", " ", consumed).lstrip()) < len(m.group(0).strip()):
            consumed += parts[k][0]
            k += 1
        if re.sub(r"\s+", " ", consumed).strip() != m.group(0).strip():
            return text
        label, text = m.group(0), text[m.end() :]
    lead = ""
    for t, italic in parts[k:]:
        if not italic:
            break
        lead += t
    lead = re.sub(r"\s+", " ", lead).strip().rstrip(",;: ")
    if lead and "*" not in lead and text.startswith(lead) and len(lead) < len(text):
        return f"{label}*{lead}*{text[len(lead):]}"
    return label + text


# The largest list number Word accepts (w:start); a forged start value (« start="999999999999" ») is
# shown as this, so that it costs nothing to format.
MAX_LIST_NUMBER = 32_767


def bounded(n: int) -> int:
    return max(0, min(n, MAX_LIST_NUMBER))


def letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa."""
    n = bounded(n)
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out or "a"


def roman(n: int) -> str:
    """4 → iv, 1999 → mcmxcix: each value's digits written once, as often as it divides (bounded n)."""
    n = bounded(n)
    out = []
    for value, digits in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):
        times, n = divmod(n, value)
        out.append(digits * times)
    return "".join(out)
