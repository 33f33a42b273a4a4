"""``main.py library add|list|search|export``: the library from the command line.

Every subcommand takes ``--db PATH`` (default: ``library.sqlite`` in the user's data folder).
``library add`` adds every file it can read; each one it cannot gets one error line, and the exit
status is then 2 (the good files are still added: one bad file in a folder should not block the rest).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from nlp.cli.common import EXIT_BAD_INPUT, EXIT_OK, emit, int_between
from nlp.model.errors import InputError
from nlp.model.identity import document_key

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers

MAX_RESULTS = 10_000  # more than anyone reads; a bigger --limit is a typo


def add_library(sub: "Subparsers") -> None:
    p = sub.add_parser(
        "library",
        help="the library of documents and comparisons: add, list, search, export",
        description="Keep documents and comparisons in one SQLite database, search their paragraphs, export a copy.",
    )
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH", help="the library file (default: library.sqlite in the user's data folder)")
    commands = p.add_subparsers(dest="library_command", metavar="ACTION", parser_class=type(p))

    add = commands.add_parser(
        "add", parents=[db], help="read files and store them",
        description="Read each file and store it in the library (a file already there is stored once).",
    )
    add.add_argument("files", metavar="FILE", nargs="+", help="a .md, .txt, Akoma Ntoso .xml, .pdf, .docx, .odt or .html file, or a folder of them")
    add.set_defaults(handler=_add)

    from nlp.cli.library_import import add_import_parser

    add_import_parser(commands, db)

    ls = commands.add_parser(
        "list", parents=[db], help="list the stored documents and comparisons",
        description="List the stored documents and comparisons, the most recent first.",
    )
    ls.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    ls.set_defaults(handler=_list)

    search = commands.add_parser(
        "search",
        parents=[db],
        help="find paragraphs that contain words",
        description=(
            "Find the stored paragraphs that contain every word of QUERY, ignoring accents and case "
            '(« detresse » finds « détresse »). "Words in quotes" are a phrase, word* a prefix, OR either term.'
        ),
    )
    search.add_argument("query", metavar="QUERY", nargs="+", help="words to find")
    search.add_argument("--limit", type=int_between(1, MAX_RESULTS), default=50, metavar="N", help="at most N results (default 50)")
    search.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    search.set_defaults(handler=_search)

    export = commands.add_parser(
        "export", parents=[db], help="write a clean copy of the library",
        description="Write a compact, self-contained copy of the library (it opens in Datasette or any SQLite tool).",
    )
    export.add_argument("output", metavar="OUT.db", help="the copy to write (atomically)")
    export.set_defaults(handler=_export)

    def no_action(args) -> int:
        p.print_help(sys.stderr)
        return EXIT_BAD_INPUT

    p.set_defaults(handler=no_action)


def _open(args):
    from nlp.library.store import Library

    return Library(args.db)


def _add(args) -> int:
    from nlp.readers import read_document

    failed = False
    with _open(args) as library:
        for name in _expand(args.files):
            try:
                doc = read_document(name)
            except InputError as e:
                sys.stderr.write(f"error: {e}\n")
                failed = True
                continue
            known = library.has_document(document_key(doc))
            key = library.add_document(doc)
            state = "already in the library" if known else "added"
            emit(f"{state}: {doc.label} ({len(doc)} paragraph{'s' if len(doc) != 1 else ''}, {doc.language}, {key[:12]}) from {name}\n")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _expand(names: list[str]) -> list[str]:
    """The files named, a folder standing for every file of a supported type inside it (recursively)."""
    from pathlib import Path

    from nlp.readers import EXTENSIONS

    files: list[str] = []
    for name in names:
        folder = Path(name)
        if folder.is_dir():
            files += sorted(
                str(p) for p in folder.rglob("*")
                if p.is_file() and p.suffix.lower() in EXTENSIONS and not any(part.startswith(".") for part in p.relative_to(folder).parts)
            )
        else:
            files.append(name)
    return files


def _summary_text(summary: dict[str, int]) -> str:
    return ", ".join(f"{n} {key}" for key, n in summary.items() if n) or "no paragraphs"


def _list(args) -> int:
    with _open(args) as library:
        documents, comparisons = library.documents(), library.comparisons()
    if args.format == "json":
        from dataclasses import asdict

        data = {"documents": [asdict(d) for d in documents], "comparisons": [asdict(c) for c in comparisons]}
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = [f"Documents ({len(documents)})"]
    for d in documents:
        lines.append(
            f"  {d.sha256[:12]}  {d.label}  [{d.language}, {d.format}, {d.paragraphs} paragraph{'s' if d.paragraphs != 1 else ''}"
            f"{', adopted ' + d.adopted if d.adopted else ''}]  added {d.added[:10]}"
            + (f"  {d.title}" if d.title else "")
        )
    lines.append(f"Comparisons ({len(comparisons)})")
    for c in comparisons:
        corrections = f", {c.corrections} manual correction{'s' if c.corrections != 1 else ''}" if c.corrections else ""
        lines.append(
            f"  #{c.id}  {c.old_label} → {c.new_label}  [engine {c.engine or '?'}, {c.created[:16].replace('T', ' ')}]"
            f"  {_summary_text(c.summary)}{corrections}"
        )
    emit("\n".join(lines) + "\n")
    return EXIT_OK


def _search(args) -> int:
    query = " ".join(args.query)
    with _open(args) as library:
        results = library.search(query, limit=args.limit)
    if args.format == "json":
        data = [
            {"document": r.document, "label": r.label, "paragraph": r.paragraph, "kind": r.kind,
             "snippet": r.snippet, "highlights": [list(h) for h in r.highlights]}
            for r in results
        ]
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not results:
        shown = query if len(query) <= 80 else query[:79] + "…"
        sys.stderr.write(f"no paragraph contains {shown}\n")
    for r in results:
        emit(f"{r.label} ¶{r.paragraph}: {r.marked('[', ']')}\n")
    return EXIT_OK


def _export(args) -> int:
    """Read-only, without the checks that refuse a damaged or newer library: saving what can be
    read from one is what this command is for."""
    from nlp.library.store import Library

    with Library(args.db, read_only=True) as library:
        library.export(args.output)
        salvaged = library.salvaged
    with Library(args.output, read_only=True) as copy:
        n_docs, n_comparisons = len(copy.documents()), len(copy.comparisons())
    note = "; the library is damaged: only what could be read was copied" if salvaged is not None else ""
    emit(f"wrote {args.output} ({n_docs} documents, {n_comparisons} comparisons{note})\n")
    return EXIT_OK
