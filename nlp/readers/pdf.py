"""PDF files as the UN prints them: the text layer read line by line with its type sizes
(:mod:`nlp.readers.pdf_lines`) and laid out as text (:mod:`nlp.readers.pdf_layout`).

Reading is guarded: every compressed stream is measured before pdfminer sees the file (PDF bombs),
and a document that takes longer than the time budget is refused.
"""

from __future__ import annotations

import io
import re
import time
import zlib

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.pdf_layout import _Layout
from nlp.readers.pdf_lines import _Line, _lines

__all__ = ["read", "extract_text", "_Layout", "_Line"]

MAX_PAGES = 1000
# a user waits half a minute at most; one page more may take a few seconds. Counted in the process's
# own CPU time: what the file demands, not how busy the machine is (a loaded machine would otherwise
# refuse an ordinary 15-page resolution)
TIME_BUDGET_S = 20.0


def read(data: bytes, path: str, fmt: str = "pdf") -> Document:
    from nlp.readers.textual import parse_text

    return parse_text(extract_text(data, path), path=path, fmt="pdf")


def extract_text(data: bytes, path: str) -> str:
    _check_streams(data, path)
    pages = _read_pages(data, path)
    if not any(lines for lines, _ in pages):
        raise InputError(path, "no text layer (scanned PDF?); run it through OCR first")
    return _Layout(pages).text()


# pdfminer inflates a stream whole, then interprets a page's operators at about 3 s per MB: a PDF
# bomb (a 150 KB file whose one page inflates to 100 MB) would take gigabytes and minutes.
MAX_CONTENT_STREAM = 2 * 2**20  # a dense page of text is well under 1 MB of operators
MAX_DATA_STREAM = 32 * 2**20  # fonts, object streams, metadata: read, never interpreted
MAX_IMAGE_STREAM = 128 * 2**20  # images are not decoded for the text, only measured here
MAX_INFLATED = 512 * 2**20
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_DATA_KEYS = (b"/ObjStm", b"/XRef", b"/Metadata", b"/EmbeddedFile", b"/Length1", b"/Length2", b"/Type1C", b"/CIDFontType0C", b"/OpenType", b"/N ")


def _check_streams(data: bytes, path: str) -> None:
    """Measure every Flate stream by inflating it in small pieces, keeping nothing, before pdfminer
    sees the file; a stream that would expand past its kind's limit refuses the file."""
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 1024) : m.start()]
        head = head[head.rfind(b"obj") + 3 :] if b"obj" in head else head
        if b"Fl" not in head:  # /FlateDecode or its abbreviation /Fl
            continue
        if b"/Image" in head:
            limit, what = MAX_IMAGE_STREAM, "an image"
        elif any(key in head for key in _DATA_KEYS):
            limit, what = MAX_DATA_STREAM, "a data stream"
        else:
            limit, what = MAX_CONTENT_STREAM, "a page's content"
        inflater = zlib.decompressobj()
        raw = memoryview(data)[m.end() :]
        pos, size, buf = 0, 0, b""
        try:
            while not inflater.eof:
                if not buf:
                    if pos >= len(raw):
                        break
                    buf, pos = raw[pos : pos + 2**16], pos + 2**16
                size += len(inflater.decompress(buf, 2**20))
                buf = inflater.unconsumed_tail
                if size > limit:
                    raise InputError(path, f"refused: {what} would expand beyond {limit // 2**20} MB (a PDF bomb?)")
        except zlib.error:
            continue  # encrypted or damaged: pdfminer will say what it makes of it
        total += size
        if total > MAX_INFLATED:
            raise InputError(path, f"refused: its streams would expand beyond {MAX_INFLATED // 2**20} MB (a PDF bomb?)")


def _read_pages(data: bytes, path: str) -> list[tuple[list[_Line], float]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    encrypted = (PDFPasswordIncorrect, PDFEncryptionError)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfminer raises many types for broken files; all mean the same to a user
        raise _open_error(path, e, encrypted) from None
    pages: list[tuple[list[_Line], float]] = []
    try:
        with pdf:
            if not pdf.pages:
                raise InputError(path, "PDF without pages")
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(path, f"refused: {len(pdf.pages)} pages (the limit is {MAX_PAGES})")
            started = time.process_time()
            for n, page in enumerate(pdf.pages, 1):
                pages.append((_lines(page), float(page.height or 1)))
                page.flush_cache()
                if time.process_time() - started > TIME_BUDGET_S and n < len(pdf.pages):
                    raise InputError(path, f"refused: PDF too slow to read (stopped after {n} of {len(pdf.pages)} pages in {TIME_BUDGET_S:.0f} s)")
    except InputError:
        raise
    except RecursionError:
        raise InputError(path, "malformed PDF (structure nested too deeply)") from None
    except Exception as e:
        raise _open_error(path, e, encrypted) from None
    return pages


def _open_error(path: str, e: Exception, encrypted: tuple) -> InputError:
    """« file is encrypted » when a password stopped pdfminer (pdfplumber wraps its errors), else « malformed »."""
    cause: object = e
    for _ in range(10):  # the chain of causes, a few links at most
        if not isinstance(cause, BaseException):
            break
        if isinstance(cause, encrypted) or "password" in str(cause).lower() or "encrypt" in str(cause).lower():
            return InputError(path, "file is encrypted")
        cause = cause.__cause__ or cause.__context__ or (cause.args[0] if cause.args else None)
    message = (str(e).splitlines() or [""])[0][:120]
    return InputError(path, f"malformed or truncated PDF ({message or type(e).__name__})")
