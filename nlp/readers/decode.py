"""Bytes to text: BOMs, UTF-8, UTF-16, cp1252/Latin-1, and a refusal for binary data."""

from __future__ import annotations

import codecs

from nlp.model.errors import InputError

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
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > 0.001 * len(data) + 2:
            raise InputError(path, "binary file, not text")
        data = data.replace(b"\x00", b"")  # a few stray NULs (a bad copy or export): drop them
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return _checked(text, path)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200000], cp_isolation=["cp1252", "latin_1", "mac_roman", "cp850", "iso8859_15"]).best()
    if best is None:
        raise InputError(path, "unreadable text encoding (not UTF-8, UTF-16, cp1252 or Latin-1)")
    encoding = best.encoding
    try:
        return _checked(data.decode(encoding), path)
    except (UnicodeDecodeError, LookupError):
        raise InputError(path, f"unreadable text encoding (guessed {encoding})") from None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a file cut or pasted badly): the bad bytes become U+FFFD.

    Reading such a file as cp1252 would turn every accented letter into two (« Ã‰tats »), so when
    multi-byte UTF-8 sequences are there and the invalid bytes are rare, UTF-8 is the better guess.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if "\u0080" <= c != "\ufffd")
    if multibyte >= 2 and bad <= 0.01 * len(text) + 2:
        return text.replace("\ufffd", "")
    return None


def _checked(text: str, path: str) -> str:
    if is_binary(text):
        raise InputError(path, "binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
