"""Read a file into a :class:`~nlp.model.document.Document`, whatever its format.

Each format has one reader module exposing ``read(data, path, fmt) -> Document``, listed in
:mod:`nlp.readers.registry`; this module checks the file, decides its format from its content (the extension only when content says nothing)
and turns every failure into an :class:`~nlp.model.errors.InputError` naming the file.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.registry import READERS, Reader

__all__ = ["EXTENSIONS", "READERS", "REVISIONS", "Reader", "detect_format", "read_bytes", "read_document", "sniff"]

MAX_BYTES = 64 * 1024 * 1024
# Text is parsed line by line in Python: past this size a file would take more than the half minute a
# user waits (a long UN report is under 5 MB of text); PDF, Word and ODT files are mostly not text.
MAX_TEXT_BYTES = 16 * 1024 * 1024

# how a Word draft's tracked changes are read: as if all were accepted (the default) or all rejected
REVISIONS = ("accepted", "rejected")

EXTENSIONS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".xml": "akn",
    ".akn": "akn",
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def sniff(data: bytes) -> str | None:
    """The format that the content itself declares, if it does."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536] and b"word" in data[:200000]:
            return "docx"
        # an ODT names its mimetype first; else its part names in the central directory, at the end
        if b"opendocument.text" in data[:4096] or b"content.xml" in data[-65536:]:
            return "odt"
        return "zip"
    lower = head[:2048].lower()
    if b"<akomantoso" in lower or b"akn/3.0" in lower:
        return "akn"
    if lower.startswith(b"<!doctype html") or b"<html" in lower:
        return "html"
    return None


def detect_format(path: Path, data: bytes) -> str:
    ext = path.suffix.lower()
    by_content = sniff(data)
    by_name = EXTENSIONS.get(ext)
    if by_content == "ole":
        raise InputError(path, "an old binary Word (.doc) or password-protected Office file: save it as an unprotected .docx")
    if by_content == "zip" and by_name in ("docx", "odt"):
        return by_name  # its reader says precisely what is missing
    if by_content == "zip":
        raise InputError(path, "a zip archive that is neither a Word (.docx) nor an OpenDocument (.odt) file")
    if by_content and (by_name in (None, "text", "markdown", "akn", "html") or by_name != by_content):
        if by_name == "akn" and by_content == "html":
            return "html"
        return by_content
    if by_name:
        return by_name
    supported = ", ".join(sorted(set(EXTENSIONS)))
    raise InputError(path, f"unsupported file type '{ext or 'no extension'}' (supported: {supported})")


def read_document(path: str | os.PathLike[str], *, revisions: str = "accepted") -> Document:
    """Read and parse one file; InputError with a one-line reason for anything unreadable.

    ``revisions="rejected"`` reads a Word file's tracked changes as if they were all rejected (the
    version before the changes); the default reads them accepted.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file" if not p.is_symlink() else "broken symbolic link")
    if p.is_dir():
        raise InputError(p, "is a directory, not a file")
    if not p.is_file():
        raise InputError(p, "not a regular file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(p, f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        data = p.read_bytes()
    except PermissionError:
        raise InputError(p, "permission denied") from None
    except OSError as e:
        raise InputError(p, f"cannot be read ({e.strerror or e})") from None
    return read_bytes(data, str(p), revisions=revisions)


def read_bytes(data: bytes, path: str, *, revisions: str = "accepted") -> Document:
    """Parse bytes that came from ``path`` (used for files and for data held in memory)."""
    p = Path(path)
    if not data.strip():
        raise InputError(p, "file is empty")
    fmt = detect_format(p, data)
    if fmt in ("text", "markdown", "html") and len(data) > MAX_TEXT_BYTES:
        raise InputError(p, f"file too large ({len(data) // 2**20} MB; the limit for text is {MAX_TEXT_BYTES // 2**20} MB)")
    reader = READERS.get(fmt)
    if reader is None:
        raise InputError(p, f"{fmt.upper()} files are not supported")
    if revisions not in REVISIONS:
        raise InputError(p, f"unknown revisions view '{revisions}' (use {' or '.join(REVISIONS)})")
    if revisions != "accepted":
        if fmt != "docx":
            raise InputError(p, "tracked changes can only be read from a Word (.docx) file")
        from nlp.readers.docx_reader import read as read_docx

        doc = read_docx(data, str(path), fmt, revisions=revisions)
    else:
        doc = reader.read(data, str(path))
    if not doc.paragraphs:
        raise InputError(p, "no paragraphs found")
    return replace(doc, sha256=hashlib.sha256(data).hexdigest())
