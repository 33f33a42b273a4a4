"""Every subcommand of ``main.py``, in the order ``--help`` lists them.

A new subcommand is a module of ``nlp.cli`` with a function that adds its parser (and sets its
``handler``), listed here. Modules import their heavy dependencies inside their handlers, so that
building the parser (``--help``, a bad option) stays fast.
"""

from __future__ import annotations

from nlp.cli.batch import add_batch
from nlp.cli.common import Subcommand
from nlp.cli.compare import add_compare
from nlp.cli.concordance import add_concordance
from nlp.cli.library import add_library
from nlp.cli.parse import add_parse
from nlp.cli.provenance import add_provenance
from nlp.cli.revisions import add_compare_revisions

SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("parse", add_parse),
    Subcommand("compare", add_compare),
    Subcommand("compare-revisions", add_compare_revisions),
    Subcommand("provenance", add_provenance),
    Subcommand("concordance", add_concordance),
    Subcommand("library", add_library),
    Subcommand("batch", add_batch),
)
