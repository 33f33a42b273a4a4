"""How a comparison leaves the command line: --format, -o and --lang (compare, compare-revisions)."""

from __future__ import annotations

import argparse
import sys

from nlp.cli.common import EXIT_OK, emit, locale_language
from nlp.model.comparison import Comparison
from nlp.model.errors import InputError


def add_report_options(p: argparse.ArgumentParser) -> None:
    from nlp.export import FORMATS

    p.add_argument("--format", choices=tuple(FORMATS), default="json", help="output format (default json)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT (atomically) instead of standard output")
    p.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=locale_language(),
        help=(
            "language of the report's wording (headings, badges, legend, columns) and of the signal notes; "
            "the documents' text and the JSON field names and values are never translated "
            "(default from LC_ALL, LC_MESSAGES or LANG: fr when it starts with 'fr', else en; now %(default)s)"
        ),
    )


def write_report(comparison: Comparison, args: argparse.Namespace) -> int:
    """Export to -o OUT (atomically), or print: text formats as text, binary ones only into a pipe."""
    from nlp import export

    if args.output is not None:
        export.export(comparison, args.format, args.output, language=args.lang)
        return EXIT_OK
    if export.is_binary(args.format) and sys.stdout.isatty():
        raise InputError(None, f"{args.format} output is binary: give -o OUT")
    data = export.render(comparison, args.format, language=args.lang)
    if export.is_binary(args.format):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        emit(data.decode("utf-8"))
    return EXIT_OK
