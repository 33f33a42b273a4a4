"""``main.py concordance FILE_A FILE_B``: two language versions of one text checked against each other."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from nlp.cli.common import EXIT_OK, emit, locale_language

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers


def add_concordance(sub: "Subparsers") -> None:
    p = sub.add_parser(
        "concordance",
        help="check two language versions of one text against each other",
        description=(
            "Pair the paragraphs of two language versions of one text (e.g. French and English) by their "
            "structure and report where they do not say the same: figures, dates, symbols, references, the "
            "lead verb's force, modal verbs, intensifiers, hedges, negations, deadlines, sub-items."
        ),
    )
    p.add_argument("file_a", metavar="FILE_A", help="one language version")
    p.add_argument("file_b", metavar="FILE_B", help="another language version of the same text")
    p.add_argument("--format", choices=("json", "html", "csv", "text"), default="json", help="output format (default json)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of standard output")
    p.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=locale_language(),
        help="language of the notes and of the report's wording (default from the locale: %(default)s)",
    )

    def handler(args) -> int:
        from nlp.concordance import concord_files
        from nlp.export import concordance as exports

        result = concord_files(args.file_a, args.file_b, notes_language=args.lang)
        if args.output:
            exports.export(result, args.format, args.output, language=args.lang)
        else:
            emit(exports.render(result, args.format, language=args.lang).decode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK

    p.set_defaults(handler=handler)
