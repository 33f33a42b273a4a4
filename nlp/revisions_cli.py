"""``main.py compare-revisions DRAFT.docx``: one Word draft with tracked changes, compared with itself.

The draft is read twice — its changes rejected (the text before them) and accepted (the text after) —
and the two versions go through the same comparison and exports as ``compare OLD NEW``.
"""

from __future__ import annotations

import sys

from nlp.cli import EXIT_OK, _emit, subcommand
from nlp.errors import InputError


@subcommand("compare-revisions")
def _add_compare_revisions(sub) -> None:
    from nlp.export import FORMATS

    p = sub.add_parser(
        "compare-revisions",
        help="compare a Word draft's text before and after its tracked changes",
        description=(
            "Read a Word (.docx) draft with tracked changes as two versions — every change rejected "
            "(old) and every change accepted (new) — and report what changed, as 'compare' does."
        ),
    )
    p.add_argument("draft", metavar="DRAFT.docx", help="a Word file with tracked changes")
    p.add_argument("--format", choices=tuple(FORMATS), default="json", help="output format (default json)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of standard output")

    def handler(args) -> int:
        from nlp import export

        comparison = compare_revisions(args.draft)
        if args.output:
            export.export(comparison, args.format, args.output)
            return EXIT_OK
        data = export.render(comparison, args.format)
        if export.is_binary(args.format):
            if sys.stdout.isatty():
                raise InputError(None, f"{args.format} output is binary: give -o OUT")
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            _emit(data.decode("utf-8"))
        return EXIT_OK

    p.set_defaults(handler=handler)


def compare_revisions(path, progress=None, cancel=None):
    """The comparison of a draft's rejected (old) and accepted (new) versions."""
    from nlp.engine import compare
    from nlp.readers import read_document

    old = read_document(path, revisions="rejected")
    new = read_document(path, revisions="accepted")
    return compare(old, new, progress, cancel)
