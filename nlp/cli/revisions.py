"""``main.py compare-revisions DRAFT.docx``: one Word draft with tracked changes, compared with itself.

The draft is read twice — its changes rejected (the text before them) and accepted (the text after) —
and the two versions go through the same comparison and exports as ``compare OLD NEW``.
"""

from __future__ import annotations

from nlp.cli.main import add_report_options, subcommand, write_report


@subcommand("compare-revisions")
def _add_compare_revisions(sub) -> None:
    p = sub.add_parser(
        "compare-revisions",
        help="compare a Word draft's text before and after its tracked changes",
        description=(
            "Read a Word (.docx) draft with tracked changes as two versions — every change rejected "
            "(old) and every change accepted (new) — and report what changed, as 'compare' does."
        ),
    )
    p.add_argument("draft", metavar="DRAFT.docx", help="a Word file with tracked changes")
    add_report_options(p)

    def handler(args) -> int:
        return write_report(compare_revisions(args.draft), args)

    p.set_defaults(handler=handler)


def compare_revisions(path, progress=None, cancel=None):
    """The comparison of a draft's rejected (old) and accepted (new) versions."""
    from nlp.engine import compare
    from nlp.readers import read_document

    old = read_document(path, revisions="rejected")
    new = read_document(path, revisions="accepted")
    return compare(old, new, progress, cancel)
