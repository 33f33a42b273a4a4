"""Bytes to text: BOMs, UTF-8, UTF-16, cp1252/Latin-1, and a refusal for binary data."""

from __future__ import annotations

import codecs

from nlp.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL for Latin text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def is_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text: not a text file."""
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad > 0.01 * len(sample)


def decode(data: bytes, path: str) -> str:
    """Decode a text file, detecting its encoding; InputError for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), path)
            except UnicodeDecodeError as e:
                raise InputError(path, f"not valid {encoding.upper()} text ({e.reason} at byte {e.start})") from None
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), path)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:20000]:
        raise InputError(path, "binary file, not text")
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200000], cp_isolation=["cp1252", "latin_1", "mac_roman", "cp850", "iso8859_15"]).best()
    if best is None:
        raise InputError(path, "unreadable text encoding (not UTF-8, UTF-16, cp1252 or Latin-1)")
    encoding = best.encoding
    try:
        return _checked(data.decode(encoding), path)
    except (UnicodeDecodeError, LookupError):
        raise InputError(path, f"unreadable text encoding (guessed {encoding})") from None


def _checked(text: str, path: str) -> str:
    if is_binary(text):
        raise InputError(path, "binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
