"""What every subcommand shares: exit statuses, the stdout writer and the shape of a subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from typing import TypeAlias

    # argparse's `add_subparsers()` result, to which each subcommand adds its parser (generic in the
    # type stubs only)
    Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

# what runs a parsed command line; set on the parser with `set_defaults(handler=...)`
Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True, slots=True)
class Subcommand:
    """One subcommand of ``main.py``: its name and the function that adds its parser (with a handler)."""

    name: str
    add: Callable[["Subparsers"], None]


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


def locale_language() -> str:
    """'fr' when the environment's locale (the first of LC_ALL, LC_MESSAGES, LANG that is set) is French."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
