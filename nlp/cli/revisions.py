"""``main.py compare-revisions DRAFT.docx``: one Word draft with tracked changes, compared with itself.

The draft is read twice — its changes rejected (the text before them) and accepted (the text after) —
and the two versions go through the same comparison and exports as ``compare OLD NEW``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from nlp.cli.report import add_report_options, write_report
from nlp.model.comparison import Comparison

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers
    from nlp.service import Cancel, Progress


def add_compare_revisions(sub: "Subparsers") -> None:
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
    p.set_defaults(handler=lambda args: write_report(compare_revisions(args.draft), args))


def compare_revisions(path: str | os.PathLike[str], progress: Progress | None = None, cancel: Cancel | None = None) -> Comparison:
    """The comparison of a draft's rejected (old) and accepted (new) versions."""
    from nlp.readers import read_document
    from nlp.service import open_comparison

    old = read_document(path, revisions="rejected")
    new = read_document(path, revisions="accepted")
    return open_comparison(old, new, progress=progress, cancel=cancel).comparison
