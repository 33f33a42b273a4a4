"""``main.py provenance DRAFT --db LIB``: where each paragraph of a draft comes from (docs/contract.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.cli.common import EXIT_OK, locale_language
from nlp.model.errors import InputError

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers


def add_provenance(sub: "Subparsers") -> None:
    from nlp.provenance.reports import FORMATS

    p = sub.add_parser(
        "provenance",
        help="find where each paragraph of a draft comes from (agreed language)",
        description=(
            "For each paragraph of DRAFT, the closest paragraphs of the other documents of the library, "
            "and whether the paragraph is agreed language (verbatim), an edited version of one, or new."
        ),
    )
    p.add_argument("draft", metavar="DRAFT", help="the draft (or any document) to trace")
    p.add_argument("--db", metavar="LIB", required=True, help="the library to search (see 'library import')")
    p.add_argument("--format", choices=tuple(FORMATS), default="json", help="output format (default json)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of standard output")
    p.add_argument("--limit", type=int, default=5, metavar="N", help="at most N sources per paragraph (default 5)")
    p.add_argument("--lang", choices=("fr", "en"), default=locale_language(),
                   help="language of the report's wording and of the signal notes (default from the locale; now %(default)s)")
    p.set_defaults(handler=_run)


def _run(args) -> int:
    from pathlib import Path

    from nlp.cli.series import check_output, write
    from nlp.library.store import Library
    from nlp.provenance import trace
    from nlp.provenance.reports import render
    from nlp.readers import read_document

    if args.limit < 1:
        raise InputError(None, "--limit must be at least 1")
    check_output(args.output)
    if not Path(args.db).is_file():
        raise InputError(args.db, "no library here (make one with 'main.py library import FOLDER --db LIB')")
    draft = read_document(args.draft)
    with Library(args.db) as library:
        provenance = trace(draft, library, limit=args.limit)
    write(render(provenance, args.format, args.lang), False, args.format, args.output)
    return EXIT_OK
