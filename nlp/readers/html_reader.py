"""Web pages (.html): the main content of a UN page, without its menus, banners, footers and scripts.

The page is parsed with selectolax (lexbor). What is not the text is removed first: scripts, styles,
navigation, headers, footers, asides, forms, and elements whose role, id or class says they are menus,
breadcrumbs, cookie banners or sidebars. The main content is ``<main>`` (or ``role=main``, ``<article>``,
``#content``), else the body. Block elements become paragraphs, ``<h1>``–``<h6>`` headings, ``<ol>`` items
take their numbers (``type="a"`` lists letters), ``<sup>`` call-outs stay ``<sup>n</sup>``, an opening
``<em>`` / ``<i>`` is kept as the italic lead. The result is laid out in the conventions of
:func:`nlp.readers.textual.parse_text`.
"""

from __future__ import annotations

import re

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers.decode import decode
from nlp.readers.layout import bounded, letters, roman
from nlp.readers.plaintext import literal, restore

MAX_DEPTH = 1000  # lexbor slows down quadratically on absurd nesting; no real page nests this deep

_REMOVE = (
    "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, "
    "select, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=search], "
    "[role=complementary]"
)
_NOISE = re.compile(r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|cookies?|sidebar|footer|header|banner|skip|share|social|search)([\s_-]|$)", re.I)
_MAIN = ("main", "[role=main]", "article", "#content", "#main-content", "#main", ".content")
_BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main", "td", "th", "tr",
    "table", "ul", "ol", "dl", "dt", "dd", "pre", "address", "figure", "figcaption", "hr", "body", "center",
}
_PARA = "\u2029"  # paragraph separator: survives whitespace collapsing
_LINE = "\u2028"
# the containers whose deep nesting is costly to parse; inline tags left open (<b><i>…) are harmless
_CONTAINERS = {
    b"div", b"ul", b"ol", b"dl", b"blockquote", b"section", b"article", b"main", b"aside", b"nav", b"header", b"footer",
    b"form", b"fieldset", b"figure", b"details", b"center", b"menu", b"address", b"dialog", b"search", b"hgroup",
}
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
# links to and back from notes: Word (#_ftn1, #_ftnref1), LibreOffice (#sdfootnote1sym, #sdfootnote1anc),
# Pandoc and most Markdown tools (#fn1, #fnref1)
_NOTE_CALL = re.compile(r"#_?(?:ftn|fn|footnote|edn|endnote|sdfootnote|sdendnote)[-_:]?(\d{1,3})(?:sym)?$", re.I)
_NOTE_BACK = re.compile(r"#(?:_?(?:ftnref|fnref|footnote-?ref|ednref|endnote-?ref)[-_:]?(\d{1,3})|sd(?:foot|end)note(\d{1,3})anc)$", re.I)
_NOTE_ITEM = re.compile(r"^_?(?:fn|ftn|footnote|edn)[-_:]?(\d{1,3})$", re.I)
_LITERAL = set("*_<>&\\^#`")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)


def read(data: bytes, path: str, fmt: str = "html") -> Document:
    from nlp.readers.textual import parse_text

    # the page's own characters are text (« ${7*7} », « &lt;b&gt; »), not markup: see nlp.readers.plaintext
    return restore(parse_text(extract_text(data, path), path=path, fmt="html"))


def extract_text(data: bytes, path: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    _check_depth(data, path)
    tree = LexborHTMLParser(_decode(data, path))
    root = None
    for selector in _MAIN:
        root = tree.css_first(selector)
        if root is not None and root.text(strip=True):
            break
        root = None
    root = root or tree.body
    if root is None:
        raise InputError(path, "web page without a body")
    for node in root.css(_REMOVE):
        node.decompose()
    total = len(root.text(strip=True)) or 1
    for node in root.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _NOISE.search(label) and node.tag not in ("body", "main", "article"):
            # a menu is a small part of the page; a container named « with-sidebar » holding most
            # of the text is the content itself
            if len(node.text(strip=True)) < 0.3 * total:
                node.decompose()
    for node in list(root.traverse(include_text=True)):
        content = (node.text_content or "") if node.tag == "-text" else ""
        if any(ch in _LITERAL for ch in content):
            node.replace_with(literal(content, keep="[]"))  # brackets: note links « [1] » are read below
    _mark_structure(root)
    text = root.text(deep=True, separator="")
    blocks = []
    for block in text.split(_PARA):
        block = re.sub(r"\s+", " ", block.replace(_LINE, "\n")).strip()
        if block:
            blocks.append(block)
    return "\n\n".join(blocks) + "\n"


def _decode(data: bytes, path: str) -> str:
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(m.group(1).decode("ascii").lower())
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path)


def _check_depth(data: bytes, path: str) -> None:
    depth = deepest = 0
    for m in _TAG.finditer(data):
        name = m.group(2).lower()
        if name not in _CONTAINERS or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    raise InputError(path, f"refused: web page nested more than {MAX_DEPTH} elements deep")


def _mark_structure(root) -> None:
    """Turn the page's structure into text markers before the text is taken out in one piece."""
    _mark_notes(root)
    for sup in root.css("sup"):
        inner = sup.text(strip=True)
        number = inner.strip("[]()")
        sup.replace_with(f"<sup>{number}</sup>" if number.isdigit() else inner)
    for br in root.css("br"):
        br.replace_with(" ")
    for ol in root.css("ol"):
        kind = (ol.attributes.get("type") or "1").strip()
        n = _int(ol.attributes.get("start"), 1)
        for li in ol.css("li"):
            if li.parent is None or li.parent.mem_id != ol.mem_id:
                continue
            n = _int(li.attributes.get("value"), n)
            li.insert_child(_PARA)  # keeps a nested list's items apart from the item's own text
            first = li.first_child
            while first is not None and (first.tag == "-text" and not (first.text_content or "").strip()):
                first = first.next  # whitespace before the item's first paragraph
            if first is not None and first.tag in ("p", "div"):
                first = first.first_child  # <li><p>…</p></li>: the number goes inside the paragraph
            note = _NOTE_ITEM.match(li.attributes.get("id") or "")
            label = f"<sup>{note.group(1)}</sup> " if note else f"{_label(n, kind)} "
            if first is not None:
                first.insert_before(label)
            n += 1
    for level in range(1, 7):
        for h in root.css(f"h{level}"):
            if h.first_child is not None:
                h.first_child.insert_before("#" * level + " ")
    for em in root.css("em, i"):
        inner = em.text()
        if inner.strip() and "*" not in inner and _opens_block(em):
            em.replace_with(f"*{inner.strip()}*" + (" " if inner.endswith(" ") else ""))
    for node in root.traverse():
        if node.tag in _BLOCKS:
            node.insert_before(_PARA)
            node.insert_after(_PARA)


def _mark_notes(root) -> None:
    """Footnotes as web pages link them: Word's « Save as HTML » (``#_ftn1`` / ``#_ftnref1``),
    LibreOffice's (``#sdfootnote1sym`` / ``#sdfootnote1anc``), Pandoc and most generators (``#fn1``). A link to a note is a call-out; a link back
    from a note opens the note's block, or is dropped when it is an arrow at its end."""
    for a in root.css("a[href]"):
        href = a.attributes.get("href") or ""
        back = _NOTE_BACK.search(href)
        if back:
            text = a.text(strip=True).strip("[]()")
            a.replace_with(f"<sup>{back.group(1) or back.group(2)}</sup> " if text.isdigit() else " ")
            continue
        call = _NOTE_CALL.search(href)
        if call:
            a.replace_with(f"<sup>{call.group(1)}</sup>")


def _opens_block(node) -> bool:
    """Whether nothing but whitespace or a list number comes before ``node`` in its block."""
    prev = node.prev
    while prev is not None:
        if prev.tag == "-text":
            text = (prev.text_content or "").strip()
            if text and not re.fullmatch(r"[\w]{1,4}[.)]", text):
                return False
        elif prev.tag not in _BLOCKS:
            return False
        prev = prev.prev
    return node.parent is not None and node.parent.tag in _BLOCKS


def _int(s: str | None, default: int) -> int:
    try:
        return int(s) if s else default
    except ValueError:
        return default


def _label(n: int, kind: str) -> str:
    if kind in ("a", "A"):
        return f"{letters(n).upper() if kind == 'A' else letters(n)})"
    if kind in ("i", "I"):
        return f"{roman(n).upper() if kind == 'I' else roman(n)})"
    return f"{bounded(n)}."
