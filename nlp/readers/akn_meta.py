"""An Akoma Ntoso (AKN4UN) document's metadata: symbol, title, adopting body, adoption date, language.

The FRBR identification says what the document is: its work URI (``/akn/un/…/unga/2021-11-22/76-7/``),
its author (``#ga``, ``#sc``, resolved through the ``TLCOrganization`` references), its adoption
date (``FRBRdate name="adoption"``) and its expression's language (``fra``, ``eng``). The printed
cover page says the rest: the symbol (``docNumber refersTo="#symbol"``) and the title
(``docTitle refersTo="#resolutionTitle"``). Each value falls back on the other source when one is
missing; a value found in neither is ``None``.
"""

from __future__ import annotations

import re

from nlp.readers.akn_inline import collapse, local
from nlp.readers.metadata import Metadata
from nlp.readers.symbols import status_of

LANGUAGES = {"fra": "fr", "fre": "fr", "fr": "fr", "eng": "en", "en": "en"}

# the organisation's AKN ontology name → the English name Travaux reports as body
BODIES = {
    "generalassembly": "General Assembly",
    "securitycouncil": "Security Council",
    "economicandsocialcouncil": "Economic and Social Council",
    "humanrightscouncil": "Human Rights Council",
}
_SHORT_BODIES = {"ga": "General Assembly", "unga": "General Assembly", "sc": "Security Council", "unsc": "Security Council"}

_WORK_URI = re.compile(r"/(?P<organ>unga|unsc)/(?P<date>\d{4}-\d{2}-\d{2})/(?P<a>\d+)-(?P<b>\d+)(?:/|$)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _text(element) -> str | None:
    if element is None:
        return None
    value = collapse("".join(element.itertext()))
    return value or None


def _own_meta(doc):
    """The ``meta`` of this document itself, not of a document attached to it."""
    return next((child for child in doc if local(child) == "meta"), None)


def _outside_attachments(doc, path: str):
    """Elements matching ``path`` in ``doc``, leaving out those inside attached documents."""
    for element in doc.iterfind(path):
        if not any(local(a) in ("attachment", "attachments", "meta") for a in element.iterancestors() if a is not doc):
            yield element


def read_metadata(doc) -> Metadata:
    meta = _own_meta(doc)
    work = meta.find("{*}identification/{*}FRBRWork") if meta is not None else None
    expression = meta.find("{*}identification/{*}FRBRExpression") if meta is not None else None

    uri = None
    if work is not None:
        for tag in ("{*}FRBRthis", "{*}FRBRuri"):
            element = work.find(tag)
            if element is not None and element.get("value"):
                uri = element.get("value")
                break
    uri_match = _WORK_URI.search(uri or "")

    symbol = _symbol(doc, uri_match)
    adopted = _adopted(doc, work, uri_match)
    return Metadata(
        symbol=symbol,
        title=_title(doc),
        body=_body(meta, work, uri_match),
        adopted=adopted,
        language=_language(expression),
        # a resolution's symbol says it was adopted; a text that gives its adoption date was
        status=status_of(symbol) or ("adopted" if adopted else None),
    )


def _symbol(doc, uri_match) -> str | None:
    for element in _outside_attachments(doc, ".//{*}docNumber"):
        if element.get("refersTo") == "#symbol":
            value = _text(element)
            if value:
                return value
    if uri_match:
        a, b = uri_match.group("a"), uri_match.group("b")
        return f"A/RES/{a}/{b}" if uri_match.group("organ") == "unga" else f"S/RES/{a} ({b})"
    return None


def _title(doc) -> str | None:
    titles = list(_outside_attachments(doc, ".//{*}docTitle"))
    for element in titles:
        if element.get("refersTo") == "#resolutionTitle":
            return _text(element)
    return None


def _body(meta, work, uri_match) -> str | None:
    author = None
    if work is not None:
        element = work.find("{*}FRBRauthor")
        if element is not None:
            author = (element.get("href") or "").lstrip("#")
    if author and meta is not None:
        for org in meta.iter("{*}TLCOrganization"):
            if org.get("eId") == author:
                name = (org.get("href") or "").rstrip("/").rpartition("/")[2].lower()
                return BODIES.get(name) or org.get("showAs") or None
    if author and author.lower() in _SHORT_BODIES:
        return _SHORT_BODIES[author.lower()]
    if uri_match:
        return _SHORT_BODIES[uri_match.group("organ")]
    return None


def _adopted(doc, work, uri_match) -> str | None:
    if work is not None:
        for element in work.iterfind("{*}FRBRdate"):
            if element.get("name") == "adoption" and _ISO_DATE.match(element.get("date") or ""):
                return element.get("date")
    for element in _outside_attachments(doc, ".//{*}docDate"):
        if element.get("refersTo") == "#adoptionDate" and _ISO_DATE.match(element.get("date") or ""):
            return element.get("date")
    if uri_match:
        return uri_match.group("date")
    return None


def _language(expression) -> str | None:
    if expression is None:
        return None
    element = expression.find("{*}FRBRlanguage")
    if element is None:
        return None
    return LANGUAGES.get((element.get("language") or "").strip().lower())
