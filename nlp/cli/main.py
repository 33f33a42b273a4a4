"""The command line (see docs/contract.md): every capability of the window, scriptable.

Errors: bad input prints one line ``error: FILE: problem`` and exits 2; an internal error prints one
line and exits 1 (set TRAVAUX_DEBUG=1 for the traceback). Nothing partial is ever written.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, NoReturn, Sequence, cast

from nlp.cli.commands import SUBCOMMANDS
from nlp.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, emit, int_between, locale_language
from nlp.cli.outputs import check_output, read_paths
from nlp.cli.quiet import silence_libraries
from nlp.cli.report import add_report_options, write_report
from nlp.model.errors import Cancelled, InputError
from nlp.model.outpath import protected
from nlp.model.version import __version__

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers

# names other modules of nlp.cli used to import from here
__all__ = [
    "EXIT_BAD_INPUT", "EXIT_INTERNAL", "EXIT_OK", "add_report_options", "build_parser", "emit",
    "int_between", "is_command", "locale_language", "run", "write_report",
]


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad option exits 2 with one line naming the problem."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"error: {message} (see '{self.prog} --help')\n")


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
    sub = cast("Subparsers", parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser))
    for command in SUBCOMMANDS:
        command.add(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    silence_libraries()
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
    names = {command.name for command in SUBCOMMANDS}
    return bool(argv) and (argv[0] in names or argv[0] in ("-h", "--help", "--version"))
