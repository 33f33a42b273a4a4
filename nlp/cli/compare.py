"""``main.py compare OLD NEW``: two versions compared (or reopened from a library) and reported."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from nlp.cli.report import add_report_options, write_report

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers


def add_compare(sub: "Subparsers") -> None:
    p = sub.add_parser(
        "compare",
        help="compare two versions and report what changed",
        description="Align two versions paragraph by paragraph and say what changed in what States commit to.",
    )
    p.add_argument("old", metavar="OLD", help="the earlier version")
    p.add_argument("new", metavar="NEW", help="the later version")
    p.add_argument(
        "more",
        metavar="V3",
        nargs="*",
        help="further versions: three files or more are a series, ordered by adoption date "
        "(formats json, html, xlsx, text; see docs/contract.md)",
    )
    add_report_options(p)
    p.add_argument("--keep-order", action="store_true", help="a series keeps the order the files are given in")
    p.add_argument(
        "--db",
        metavar="PATH",
        help="keep the comparison in this library (reused when this engine version, with the same "
        "lexicons, already made it, with the corrections made in the window)",
    )
    p.set_defaults(handler=_compare)


def _compare(args: argparse.Namespace) -> int:
    from nlp.library.store import Library
    from nlp.service import open_comparison

    if args.more:
        from nlp.cli.series import compare_series_command

        return compare_series_command(args)
    if not args.db:
        opened = open_comparison(args.old, args.new)
    else:
        with Library(args.db) as library:
            opened = open_comparison(args.old, args.new, library)
    return write_report(opened.corrected(), args)
