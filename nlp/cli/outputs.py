"""What a command reads is never what it writes: the files named on its command line are protected
from its outputs, and its output is checked before any work is done (see :mod:`nlp.model.outpath`).

Every subcommand names its output file ``output`` (``-o OUT``, or ``library export OUT.db``); every
other argument that names an existing file is something it reads, ``--db`` being the library.
"""

from __future__ import annotations

import argparse
import os
from typing import Iterator

from nlp.model.outpath import check_target

OUTPUT = "output"
_ROLES = {"db": "the library"}


def read_paths(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    """(path, role) of every argument that may name a file the command reads."""
    for name, value in vars(args).items():
        if name == OUTPUT or value is None:
            continue
        values: list[object] = list(value) if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if isinstance(item, str) and item and (name in _ROLES or os.path.lexists(item)):
                yield item, _ROLES.get(name, "an input")


def check_output(args: argparse.Namespace) -> None:
    """Refuse a bad output before any work (InputError); nothing is written."""
    value = getattr(args, OUTPUT, None)
    if value is not None:
        check_target(value)
