"""Small hostile files built in code: OpenDocument and Word files from raw XML, zips with forged parts.

Sample wording: United Nations (see resources/samples/SOURCES.md).
"""

from __future__ import annotations

import io
import zipfile

from tests.fixtures_build import Item, build_docx

PARA = "Prie instamment les États Membres de renforcer la coopération internationale contre la traite des personnes"

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def zip_of(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip with these members in this order; the same name may come twice (zipfile warns, writes)."""
    import warnings

    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w", compression) as z:
            for name, blob in members:
                z.writestr(zipfile.ZipInfo(name) if compression == zipfile.ZIP_STORED else name, blob)
    return out.getvalue()


def odt(body: str, automatic_styles: str = "") -> bytes:
    """An OpenDocument text whose office:text holds ``body`` (raw XML)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} office:version="1.2">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return zip_of([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content.encode("utf-8"))], zipfile.ZIP_STORED)


def odt_list(n_items: int, *, start: int | str = 1, fmt: str = "1", display: int | str = 1, level_start: int | str = 1) -> bytes:
    style = (
        '<text:list-style style:name="L1">'
        f'<text:list-level-style-number text:level="1" style:num-format="{fmt}" style:num-suffix="." '
        f'text:display-levels="{display}" text:start-value="{level_start}"/></text:list-style>'
    )
    items = "".join(
        f'<text:list-item{f" text:start-value={chr(34)}{start}{chr(34)}" if i == 0 else ""}><text:p>{PARA}, alinéa {i + 1}.</text:p></text:list-item>'
        for i in range(n_items)
    )
    return odt(f'<text:list text:style-name="L1">{items}</text:list>', style)


def docx_list(n_items: int, *, start: int | str = 1, fmt: str = "decimal") -> bytes:
    """A Word file numbered by Word's lists, the first level starting at ``start`` in format ``fmt``."""
    data = build_docx([Item(f"{PARA}, alinéa {i}.", f"{i}.", auto=True) for i in range(1, n_items + 1)])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(n, z.read(n)) for n in z.namelist()]
    out = []
    for name, blob in members:
        if name == "word/numbering.xml":
            blob = blob.replace(b'<w:start w:val="1"/><w:numFmt w:val="decimal"/>', f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'.encode(), 1)
        out.append((name, blob))
    return zip_of(out)


def with_duplicate(data: bytes, name: str, blob: bytes, *, first: bool) -> bytes:
    """``data`` (a zip) with a second part called ``name``, before (``first``) or after the real one."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(n, z.read(n)) for n in z.namelist()]
    at = next(i for i, (n, _) in enumerate(members) if n == name)
    members.insert(at if first else at + 1, (name, blob))
    return zip_of(members)
