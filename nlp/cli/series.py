"""``main.py compare V1 V2 V3 …`` (a series) and ``main.py provenance DRAFT --db LIB``.

The series is reached through ``compare`` with three files or more (nlp.cli.main hands it over);
provenance is a subcommand of its own. Both write their report atomically with ``-o``, else to
standard output (a binary format only into a pipe).
"""

from __future__ import annotations

import argparse
import sys

from nlp.cli.common import EXIT_OK, emit
from nlp.model.comparison import Comparison
from nlp.model.document import Document
from nlp.model.errors import InputError

SERIES_FORMATS = ("json", "html", "xlsx", "text")


def write(data: bytes, binary: bool, fmt: str, output: str | None) -> int:
    from nlp.model.atomic import write_bytes

    if output:
        write_bytes(output, data)
    elif binary:
        if sys.stdout.isatty():
            raise InputError(None, f"{fmt} output is binary: give -o OUT")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        emit(data.decode("utf-8"))
    return EXIT_OK


def compare_series_command(args: argparse.Namespace) -> int:
    """Three versions or more: every step compared, every paragraph followed (docs/contract.md, Series)."""
    from nlp.readers import read_document
    from nlp.series import compare_series
    from nlp.series.reports import is_binary, render

    if args.format not in SERIES_FORMATS:
        raise InputError(None, f"a series is reported as {', '.join(SERIES_FORMATS)}, not {args.format}")
    check_output(args.output)
    documents = [read_document(name) for name in [args.old, args.new, *args.more]]
    from nlp.library.store import Library
    from nlp.service import open_comparison

    library = Library(args.db) if args.db else None

    def stored(old: Document, new: Document) -> Comparison:
        """A step reopened from the library (or computed and kept there), with its corrections."""
        return open_comparison(old, new, library).corrected()

    try:
        series = compare_series(documents, keep_order=args.keep_order, compute=stored if library is not None else None)
    finally:
        if library is not None:
            library.close()
    return write(render(series, args.format, args.lang), is_binary(args.format), args.format, args.output)


def check_output(output: str | None) -> None:
    """Refuse a report path that cannot be written before the long work, not after it."""
    if not output:
        return
    from pathlib import Path

    out = Path(output)
    if out.is_dir():
        raise InputError(out, "is a folder; give a file name for the report")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise InputError(out, f"the folder {out.parent} does not exist")
