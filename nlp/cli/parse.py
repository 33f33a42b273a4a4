"""``main.py parse FILE``: one document read and printed (the contract's document JSON, or a listing)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from nlp.cli.common import EXIT_OK, emit
from nlp.model.document import Document

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
    p.set_defaults(handler=_parse)


def _parse(args: argparse.Namespace) -> int:
    from nlp.export.json_export import dumps
    from nlp.readers import read_document

    doc = read_document(args.file, revisions=args.revisions)
    emit(dumps(doc.to_json()) if args.format == "json" else render_document(doc))
    return EXIT_OK


def render_document(doc: Document) -> str:
    head = [
        f"{doc.label} — {doc.title or '(no title)'}",
        f"body: {doc.body or '?'}   adopted: {doc.adopted or '?'}   language: {doc.language}   format: {doc.format}",
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
