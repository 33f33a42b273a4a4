"""Bad and odd inputs, each built in code, with what Travaux must do with it.

A case writes its file(s) under a directory and returns the command line to run and the expected
outcome: ``OK`` (exit 0, a result) or the words the one-line error must contain (exit 2).
Sample text: United Nations (see resources/samples/SOURCES.md).
"""

from __future__ import annotations

import io
import os
import random
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "A_RES_76_7.fr.txt"
OK = None

PARA = "Prie instamment les États Membres de renforcer la coopération internationale contre la traite des personnes"


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], tuple[list[str], str | None]]  # -> (argv, expected error words or OK)
    check: Callable[[dict], None] | None = None  # on the parsed JSON of a successful run


CASES: dict[str, Case] = {}


def case(name: str, check: Callable[[dict], None] | None = None):
    def register(fn):
        CASES[name] = Case(name, fn, check)
        return fn

    return register


def _write(d: Path, name: str, data: bytes | str) -> str:
    path = d / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    return out.getvalue()


def small_docx() -> bytes:
    import docx

    document = docx.Document()
    for i in range(1, 4):
        document.add_paragraph(f"{i}. {PARA}, paragraphe {i}.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def small_odt() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for i in range(1, 4):
        doc.text.addElement(P(text=f"{i}. {PARA}, paragraphe {i}."))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def _replace_member(data: bytes, name: str, blob: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members[name] = blob
    return _zip(members)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lololololololololol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>"
)


# ---------------------------------------------------------------- empty, garbage, encodings


@case("empty")
def _(d):
    return ["parse", _write(d, "empty.txt", b"")], "file is empty"


@case("whitespace only")
def _(d):
    return ["parse", _write(d, "blank.md", " \n\t\n\r\n   \n")], "file is empty"


@case("binary garbage")
def _(d):
    return ["parse", _write(d, "garbage.txt", random.Random(1).randbytes(20000))], "binary"


@case("binary garbage named .pdf")
def _(d):
    return ["parse", _write(d, "garbage.pdf", random.Random(2).randbytes(20000))], "PDF"


@case("NUL bytes throughout")
def _(d):
    return ["parse", _write(d, "nul.txt", b"1. Un\x00 paragraphe\x00" * 500)], "binary"


@case("a stray NUL byte", check=lambda doc: doc["paragraphs"][0]["text"] == f"{PARA}.")
def _(d):
    return ["parse", _write(d, "stray-nul.txt", f"1. {PARA}.\n".encode() + b"\x00\n")], OK


@case("invalid UTF-8 bytes in UTF-8 text", check=lambda doc: "États" in doc["paragraphs"][0]["text"])
def _(d):
    return ["parse", _write(d, "bad-utf8.txt", f"1. {PARA}.\n".encode() + b"\xff\xfe\x80 fin.\n")], OK


@case("UTF-16 without BOM", check=lambda doc: doc["paragraphs"][0]["text"] == f"{PARA}.")
def _(d):
    return ["parse", _write(d, "utf16.txt", f"1. {PARA}.\n\n2. Décide.\n".encode("utf-16-le"))], OK


@case("cp1252 text", check=lambda doc: doc["paragraphs"][0]["text"] == f"{PARA} « pleinement » ; l’œuvre.")
def _(d):
    return ["parse", _write(d, "cp1252.txt", f"1. {PARA} « pleinement » ; l’œuvre.\n".encode("cp1252"))], OK


@case("control characters and form feeds", check=lambda doc: len(doc["paragraphs"]) == 2)
def _(d):
    return ["parse", _write(d, "ff.txt", f"1. {PARA}.\f\n\x0b2. Décide.\r\n")], OK


# ---------------------------------------------------------------- size and shape


@case("10 MB of text", check=lambda doc: len(doc["paragraphs"]) >= 900)
def _(d):
    paragraphs = [f"{i % 999 + 1}. {PARA}, paragraphe {i}." for i in range(90_000)]
    data = "\n\n".join(paragraphs).encode()
    assert len(data) > 10 * 2**20
    return ["parse", _write(d, "big.txt", data)], OK


@case("5,000 paragraphs", check=lambda doc: len(doc["paragraphs"]) == 5000)
def _(d):
    text = "\n\n".join(f"{PARA}, alinéa {i}." for i in range(1, 5001))
    return ["parse", _write(d, "many.txt", text)], OK


@case("no numbering at all", check=lambda doc: [p["id"] for p in doc["paragraphs"]] == ["P1", "P2", "P3"] and {p["kind"] for p in doc["paragraphs"]} == {"other"})
def _(d):
    return ["parse", _write(d, "plain.txt", "Un premier texte.\n\nUn deuxième texte.\n\nUn troisième texte.\n")], OK


@case("a very long line", check=lambda doc: len(doc["paragraphs"]) >= 1)
def _(d):
    return ["parse", _write(d, "line.txt", (PARA + " ") * 20_000)], OK


@case("only page furniture")
def _(d):
    return ["parse", _write(d, "furniture.txt", "21-17344 (F)\n\n*2117344*\n\n2/10\n")], "no"


@case("text over the text size limit")
def _(d):
    return ["parse", _write(d, "long.txt", (f"{PARA}.\n\n" * 160_000).encode())], "the limit for text is 16 MB"


@case("file over the size limit")
def _(d):
    path = d / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(65 * 2**20)  # sparse: nothing is written, the size is what counts
    return ["parse", str(path)], "too large"


# ---------------------------------------------------------------- file system


@case("a directory")
def _(d):
    (d / "folder.txt").mkdir()
    return ["parse", str(d / "folder.txt")], "is a directory"


@case("missing file")
def _(d):
    return ["parse", str(d / "absent.md")], "no such file"


@case("broken symlink")
def _(d):
    os.symlink(d / "nowhere.txt", d / "link.txt")
    return ["parse", str(d / "link.txt")], "broken symbolic link"


@case("a named pipe")
def _(d):
    os.mkfifo(d / "pipe.txt")
    return ["parse", str(d / "pipe.txt")], "not a regular file"


@case("file name with spaces and accents", check=lambda doc: len(doc["paragraphs"]) == 40)
def _(d):
    return ["parse", _write(d, "Résolution 76 7 — projet.txt", SAMPLE.read_bytes())], OK


# ---------------------------------------------------------------- wrong or unknown formats


@case("unknown extension")
def _(d):
    return ["parse", _write(d, "tool.exe", random.Random(3).randbytes(5000))], "unsupported file type"


@case("PDF content named .txt", check=lambda doc: doc["format"] == "pdf")
def _(d):
    from tests.fixtures_build import Item, build_pdf

    return ["parse", _write(d, "really-a-pdf.txt", build_pdf([Item(f"{PARA}.", "1.")]))], OK


@case("Word content named .pdf", check=lambda doc: doc["format"] == "docx")
def _(d):
    return ["parse", _write(d, "really-a-docx.pdf", small_docx())], OK


@case("HTML content named .md", check=lambda doc: doc["format"] == "html")
def _(d):
    return ["parse", _write(d, "page.md", f"<!DOCTYPE html><html><body><p>1. {PARA}.</p></body></html>")], OK


@case("text named .docx")
def _(d):
    return ["parse", _write(d, "text.docx", f"1. {PARA}.\n")], "corrupt or truncated"


@case("PNG image named .pdf")
def _(d):
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + random.Random(4).randbytes(200)
    return ["parse", _write(d, "image.pdf", png)], "PDF"


@case("old binary Word .doc")
def _(d):
    return ["parse", _write(d, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(5000))], ".doc"


@case("spreadsheet zip named .docx")
def _(d):
    return ["parse", _write(d, "table.docx", _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}))], "not a Word document"


@case("zip archive named .txt")
def _(d):
    return ["parse", _write(d, "archive.txt", _zip({"notes/readme.txt": b"1. Un paragraphe."}))], "zip archive"


# ---------------------------------------------------------------- broken archives and XML


@case("truncated Word file")
def _(d):
    data = small_docx()
    return ["parse", _write(d, "cut.docx", data[: len(data) // 2])], "corrupt or truncated"


@case("corrupt Word file (damaged compressed data)")
def _(d):
    data = bytearray(small_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 10, start + min(info.compress_size, 200)):
        data[k] ^= 0x5A
    return ["parse", _write(d, "damaged.docx", bytes(data))], "corrupt or truncated"


@case("Word file without its main document")
def _(d):
    data = small_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist() if n != "word/document.xml"}
    return ["parse", _write(d, "hollow.docx", _zip(members))], "not a Word document"


@case("Word file with malformed XML")
def _(d):
    data = _replace_member(small_docx(), "word/document.xml", b"<w:document><w:body><w:p>unclosed")
    return ["parse", _write(d, "malformed.docx", data)], "XML"


@case("Word file with an XML entity bomb")
def _(d):
    bomb = BILLION_LAUGHS + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    return ["parse", _write(d, "lol.docx", _replace_member(small_docx(), "word/document.xml", bomb))], "entit"


@case("Word file with an empty body")
def _(d):
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
    return ["parse", _write(d, "emptybody.docx", _replace_member(small_docx(), "word/document.xml", body))], "no readable text"


@case("zip bomb refused by its declared size")
def _(d):
    data = small_docx()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            z.writestr(name, src.read(name))
        with z.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            chunk = bytes(2**20)
            for _ in range(80):  # 80 MB of zeros: ~80 KB compressed, over both limits (size and ratio)
                member.write(chunk)
    return ["parse", _write(d, "bomb.docx", out.getvalue())], "zip bomb"


@case("zip bomb that lies about its size")
def _(d):
    return ["parse", _write(d, "liar.docx", lying_bomb())], "refused"


@case("zip with too many parts")
def _(d):
    members = {f"word/media/p{i}.xml": b"<a/>" for i in range(6000)}
    members["word/document.xml"] = b"<w:document/>"
    return ["parse", _write(d, "crowded.docx", _zip(members, zipfile.ZIP_STORED))], "parts"


@case("OpenDocument with an XML entity bomb")
def _(d):
    bomb = BILLION_LAUGHS + b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
    return ["parse", _write(d, "lol.odt", _replace_member(small_odt(), "content.xml", bomb))], "entit"


@case("OpenDocument without content.xml")
def _(d):
    with zipfile.ZipFile(io.BytesIO(small_odt())) as z:
        members = {n: z.read(n) for n in z.namelist() if n != "content.xml"}
    return ["parse", _write(d, "hollow.odt", _zip(members))], "content.xml"


@case("OpenDocument with malformed XML")
def _(d):
    return ["parse", _write(d, "bad.odt", _replace_member(small_odt(), "content.xml", b"<office:document-content><unclosed"))], "XML"


@case("Akoma Ntoso XML cut in the middle")
def _(d):
    data = (ROOT / "resources" / "samples" / "A_RES_76_7.fr.akn.xml").read_bytes()
    return ["parse", _write(d, "cut.akn.xml", data[: len(data) // 3])], "XML"


@case("XML entity bomb named .xml")
def _(d):
    return ["parse", _write(d, "lol.xml", BILLION_LAUGHS + b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol9;</akomaNtoso>')], ""


# ---------------------------------------------------------------- PDF


@case("encrypted PDF")
def _(d):
    from tests.fixtures_build import Item, build_pdf

    return ["parse", _write(d, "A_RES_76_7.pdf", build_pdf([Item(f"{PARA}.", "1.")], password="secret"))], "file is encrypted"


@case("scanned PDF (image only)")
def _(d):
    from tests.test_reader_formats import scanned_pdf

    return ["parse", _write(d, "scan.pdf", scanned_pdf())], "no text layer (scanned PDF?)"


@case("truncated PDF", check=lambda doc: len(doc["paragraphs"]) >= 1)
def _(d):
    from tests.fixtures_build import Item, build_pdf

    data = build_pdf([Item(f"{PARA}, paragraphe {i}.", f"{i}.", auto=True) for i in range(1, 60)])
    return ["parse", _write(d, "cut.pdf", data[: int(len(data) * 0.6)])], "PDF"


@case("PDF bomb (a page whose content inflates to 100 MB)")
def _(d):
    return ["parse", _write(d, "bomb.pdf", pdf_bomb(100))], "PDF bomb"


@case("PDF header then garbage")
def _(d):
    return ["parse", _write(d, "fake.pdf", b"%PDF-1.7\n" + random.Random(5).randbytes(3000))], "PDF"


# ---------------------------------------------------------------- HTML


@case("HTML with scripts around the text", check=lambda doc: all("alert" not in p["text"] and "var " not in p["text"] for p in doc["paragraphs"]) and len(doc["paragraphs"]) == 2)
def _(d):
    page = f"<html><head><script>var x = '1. Faux paragraphe.';</script></head><body><script>alert('2. non')</script><p>1. {PARA}.</p><p>2. Décide de rester saisie de la question.</p><noscript>3. Activez JavaScript.</noscript></body></html>"
    return ["parse", _write(d, "scripts.html", page)], OK


@case("HTML with only a script")
def _(d):
    return ["parse", _write(d, "script-only.html", "<html><body><script>document.write('1. Texte')</script></body></html>")], "no readable text"


@case("deeply nested HTML")
def _(d):
    page = "<html><body>" + "<div>" * 100_000 + f"1. {PARA}." + "</div>" * 100_000 + "</body></html>"
    return ["parse", _write(d, "deep.html", page)], "nested"


@case("HTML nested deep but within reason", check=lambda doc: doc["paragraphs"][0]["text"] == f"{PARA}.")
def _(d):
    page = "<html><body>" + "<div>" * 500 + f"<p>1. {PARA}.</p>" + "</div>" * 500 + "</body></html>"
    return ["parse", _write(d, "nested.html", page)], OK


@case("HTML that never closes its tags", check=lambda doc: len(doc["paragraphs"]) >= 1)
def _(d):
    return ["parse", _write(d, "unclosed.html", "<html><body><p>1. " + PARA + "<b><i><span>" * 3000 + " fin.")], OK


# ---------------------------------------------------------------- comparisons


def _unchanged(report: dict) -> bool:
    n = len(report["old"]["paragraphs"])
    return report["summary"]["unchanged"] == n and not report["added"] and not report["removed"]


@case("identical documents", check=_unchanged)
def _(d):
    a = _write(d, "a.txt", SAMPLE.read_bytes())
    b = _write(d, "b.txt", SAMPLE.read_bytes())
    return ["compare", a, b, "--format", "json"], OK


@case("the same file twice", check=_unchanged)
def _(d):
    a = _write(d, "a.txt", SAMPLE.read_bytes())
    return ["compare", a, a, "--format", "json"], OK


@case("compare with a bad second file")
def _(d):
    a = _write(d, "a.txt", SAMPLE.read_bytes())
    return ["compare", a, _write(d, "broken.docx", b"PK\x03\x04broken"), "--format", "json"], "broken.docx"


@case("compare-revisions on a file without tracked changes", check=_unchanged)
def _(d):
    return ["compare-revisions", _write(d, "clean.docx", small_docx())], OK


@case("compare-revisions on a text file")
def _(d):
    return ["compare-revisions", _write(d, "a.txt", SAMPLE.read_bytes())], "tracked changes"


def lying_bomb() -> bytes:
    """A Word file whose document.xml declares 2 KB but inflates to 50 MB (sizes forged in the zip)."""
    data = small_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    big = members["word/document.xml"][:-30] + b" " * (50 * 2**20) + members["word/document.xml"][-30:]
    blob = bytearray(_zip(members | {"word/document.xml": big}))
    forged = 2048
    with zipfile.ZipFile(io.BytesIO(bytes(blob))) as z:
        info = z.getinfo("word/document.xml")
        real = info.file_size
    # local header: uncompressed size at offset 22; central directory entry: at offset 24
    struct.pack_into("<I", blob, info.header_offset + 22, forged)
    pos = bytes(blob).find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", blob, pos + 28)[0]
        if bytes(blob[pos + 46 : pos + 46 + name_len]) == b"word/document.xml":
            assert struct.unpack_from("<I", blob, pos + 24)[0] == real
            struct.pack_into("<I", blob, pos + 24, forged)
        pos = bytes(blob).find(b"PK\x01\x02", pos + 4)
    return bytes(blob)


def pdf_bomb(mb: int) -> bytes:
    """A one-page PDF of ~150 KB whose content stream inflates to ``mb`` MB of drawing operators."""
    import zlib

    packer = zlib.compressobj(9)
    chunk = b"0 0 m " * (2**20 // 6)
    stream = b"".join(packer.compress(chunk) for _ in range(mb)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
