"""What a batch compares: the files it reads and the pairs it makes of them.

A folder is read whole (recursively, every supported file); its documents are grouped into series
by symbol family (``A/RES``, ``S/RES``, ``A/C.3``…), title (years and punctuation aside, so that
"2021 Political Declaration…" and "2025 Political Declaration…" are one series) and language, each
series ordered by adoption date, and each version compared with the next. A document without a
title is grouped with the others of its folder. A CSV manifest names the pairs itself: one ``old,new``
row each (a header row is allowed), paths relative to the manifest.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers import EXTENSIONS
from nlp.series.order import order_versions

MANIFEST_SUFFIX = ".csv"


@dataclass(frozen=True, slots=True)
class Pair:
    """Two files to compare, by the names the batch gives them (paths as given or found)."""

    series: str
    old: str
    new: str


def is_manifest(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == MANIFEST_SUFFIX


def folder_files(folder: Path) -> list[str]:
    """Every file of a supported type under ``folder`` (hidden ones aside), in name order."""
    return sorted(
        str(p) for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in EXTENSIONS and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def manifest_pairs(manifest: Path) -> list[Pair]:
    """The ``old,new`` rows of a CSV manifest (InputError naming the manifest when it is not one)."""
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(manifest, f"cannot be read as a UTF-8 CSV manifest ({getattr(e, 'strerror', None) or e})") from None
    pairs: list[Pair] = []
    for n, row in enumerate(csv.reader(io.StringIO(text)), 1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise InputError(manifest, f"line {n}: expected two file names, old,new")
        if n == 1 and [c.lower() for c in cells[:2]] == ["old", "new"]:
            continue
        old, new = (str(manifest.parent / c) if not Path(c).is_absolute() else c for c in cells[:2])
        pairs.append(Pair("manifest", old, new))
    if not pairs:
        raise InputError(manifest, "no pairs (one old,new row per pair)")
    return pairs


def family(symbol: str | None) -> str:
    """A symbol's family: its parts before the first number (``A/RES/76/7`` -> ``A/RES``)."""
    if not symbol:
        return ""
    parts = []
    for part in symbol.split("/"):
        if not part or part[0].isdigit():
            break
        parts.append(part)
    return "/".join(parts)


def title_key(title: str | None) -> str:
    """A title as a series knows it: case, accents, digits and punctuation aside."""
    if not title:
        return ""
    plain = unicodedata.normalize("NFKD", title.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W\d_]+", " ", plain).split())


def series_of(doc: Document, name: str) -> str:
    """The series a document belongs to, as a label: family, title (or folder) and language."""
    topic = doc.title if title_key(doc.title) else Path(name).parent.name
    return " · ".join(x for x in (family(doc.symbol), topic or "", doc.language) if x)


def consecutive_pairs(documents: dict[str, Document]) -> list[Pair]:
    """Each version with the next, series by series (series in name order, versions by date)."""
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for name, doc in documents.items():
        topic = title_key(doc.title) or str(Path(name).parent)
        groups[(family(doc.symbol), topic, doc.language)].append(name)
    pairs: list[Pair] = []
    for key in sorted(groups):
        names = groups[key]
        ordered = order_versions([documents[n] for n in names])
        by_doc = {id(documents[n]): n for n in names}
        versions = [by_doc[id(d)] for d in ordered]
        label = series_of(documents[versions[0]], versions[0])
        pairs += [Pair(label, old, new) for old, new in zip(versions, versions[1:])]
    return pairs
