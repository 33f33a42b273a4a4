"""The command line (see docs/contract.md): every capability of the window, scriptable.

Errors: bad input prints one line ``error: FILE: problem`` and exits 2; an internal error prints one
line and exits 1 (set TRAVAUX_DEBUG=1 for the traceback). Nothing partial is ever written.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Callable, Sequence

from nlp.cli.outputs import check_output, read_paths
from nlp.model.errors import Cancelled, InputError
from nlp.model.outpath import protected
from nlp.model.version import __version__

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

# name -> function(subparsers) that adds the subcommand; the function set as `handler` runs it
SUBCOMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {}


def subcommand(name: str):
    def register(fn):
        SUBCOMMANDS[name] = fn
        return fn

    return register


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad option exits 2 with one line naming the problem."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"error: {message} (see '{self.prog} --help')\n")


def int_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (a bad one is one line, exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip()) if len(text) <= 30 else None
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"expected a whole number from {low} to {high}, got '{text[:30]}'")
        return value

    parse.__name__ = "number"
    return parse


def emit(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@subcommand("parse")
def _add_parse(sub) -> None:
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

    def handler(args) -> int:
        from nlp.export.json_export import dumps
        from nlp.model.atomic import write_text
        from nlp.readers import read_document

        doc = read_document(args.file, revisions=args.revisions)
        text = dumps(doc.to_json()) if args.format == "json" else render_document(doc)
        if args.output:
            try:
                write_text(args.output, text)
            except OSError as e:
                raise InputError(args.output, f"cannot be written ({e.strerror or e})") from None
        else:
            emit(text)
        return EXIT_OK

    p.set_defaults(handler=handler)


def render_document(doc) -> str:
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


def add_report_options(p: argparse.ArgumentParser) -> None:
    """--format, -o and --lang: how a comparison leaves the program (compare, compare-revisions)."""
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


def write_report(comparison, args: argparse.Namespace) -> int:
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


@subcommand("compare")
def _add_compare(sub) -> None:
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
        help="keep the comparison in this library (reused when this engine version already made it, "
        "with the corrections made in the window)",
    )

    def handler(args) -> int:
        from nlp.engine import compare, compare_files

        if args.more:
            from nlp.cli.series import compare_series_command

            return compare_series_command(args)
        if not args.db:
            return write_report(compare_files(args.old, args.new), args)
        from nlp.engine import corrections
        from nlp.library.store import Library
        from nlp.readers import read_document

        old, new = read_document(args.old), read_document(args.new)
        library = Library(args.db)
        try:
            _, comparison, made = library.reopen_or_compare(
                old, new, compute=lambda o, n: compare(o, n)
            )
        finally:
            library.close()
        return write_report(corrections.apply(comparison, made), args)

    p.set_defaults(handler=handler)


def locale_language() -> str:
    """'fr' when the environment's locale (the first of LC_ALL, LC_MESSAGES, LANG that is set) is French."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description=(
            "Travaux compares versions of resolutions and declarations and tells what changed in what "
            "States commit to. Without a command it opens the window: 'main.py [OLD NEW] "
            "[--screenshot PNG]'."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Travaux {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in SUBCOMMANDS.values():
        add(sub)
    return parser


# Modules that register further subcommands with @subcommand when imported (beside their feature).
PLUGIN_MODULES: tuple[str, ...] = (
    "nlp.cli.library",
    "nlp.cli.revisions",
    "nlp.cli.concordance",
    "nlp.cli.series",
    "nlp.cli.provenance",
)


def _load_plugins() -> None:
    import importlib

    for module in PLUGIN_MODULES:
        importlib.import_module(module)


def run(argv: Sequence[str]) -> int:
    _load_plugins()
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
        if not getattr(args, "handler", None):
            parser.print_help()
            return EXIT_BAD_INPUT
        with protected(read_paths(args)):
            check_output(args)  # before any work: a bad -o costs nothing and writes nothing
            return args.handler(args)
    except InputError as e:
        sys.stderr.write(f"error: {e}\n")
        return EXIT_BAD_INPUT
    except Cancelled:
        sys.stderr.write("error: cancelled\n")
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as e:  # the last line of defence: one line, never a traceback
        if os.environ.get("TRAVAUX_DEBUG"):
            raise
        sys.stderr.write(f"error: internal error: {type(e).__name__}: {e} (set TRAVAUX_DEBUG=1 for details)\n")
        return EXIT_INTERNAL


def is_command(argv: Sequence[str]) -> bool:
    """Whether argv asks for a command-line subcommand rather than the window."""
    _load_plugins()
    return bool(argv) and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help", "--version"))
