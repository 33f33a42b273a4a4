"""``main.py parse FILE``: one document read and printed (the contract's document JSON, or a listing)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from nlp.cli.common import EXIT_OK, emit
from nlp.model.document import Document
from nlp.model.errors import InputError

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers


def add_parse(sub: "Subparsers") -> None:
    p = sub.add_parser("parse", help="read one document and print its paragraphs", description="Read a resolution or declaration and print the document model.")
    p.add_argument("file", metavar="FILE", help="a .md, .txt, Akoma Ntoso .xml, .pdf, .docx, .odt or .html file")
    p.add_argument("--format", choices=("json", "text"), default="json", help="json (the contract) or text (a numbered listing); default json")
    p.add_argument(
        "--revisions",
        choices=("accepted", "rejected"),
        default="accepted",
        help="a Word draft's tracked changes read as all accepted (default) or all rejected",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of standard output")
    p.set_defaults(handler=_parse)


def _parse(args: argparse.Namespace) -> int:
    from nlp.engine.commitment.function import with_functions
    from nlp.export.json_export import dumps
    from nlp.model.atomic import write_text
    from nlp.readers import read_document

    doc = with_functions(read_document(args.file, revisions=args.revisions))
    text = dumps(doc.to_json()) if args.format == "json" else render_document(doc)
    if args.output:
        try:
            write_text(args.output, text)
        except OSError as e:
            raise InputError(args.output, f"cannot be written ({e.strerror or e})") from None
    else:
        emit(text)
    return EXIT_OK


def render_document(doc: Document) -> str:
    head = [
        f"{doc.label} — {doc.title or '(no title)'}",
        f"body: {doc.body or '?'}   adopted: {doc.adopted or '?'}   language: {doc.language}   format: {doc.format}",
        *([f"status: {doc.status}"] if doc.status else []),
        *([f"session: {doc.session}   agenda item: {doc.agenda_item or '?'}"] if doc.session or doc.agenda_item else []),
        *([f"sponsors: {', '.join(doc.sponsors)}"] if doc.sponsors else []),
        f"{len(doc.paragraphs)} paragraph{'s' if len(doc.paragraphs) != 1 else ''}",
        "",
    ]
    lines = []
    for p in doc.paragraphs:
        indent = "    " if p.parent else ""
        lead = f"[{p.lead}] " if p.lead else ""
        lines.append(f"{indent}{p.id:>8}  {p.kind[:4]}  {lead}{p.text}")
        for i, note in enumerate(p.footnotes, 1):
            lines.append(f"{indent}{'':>8}        note {i}: {note}")
    return "\n".join(head + lines) + "\n"
