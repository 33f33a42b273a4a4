"""Libraries speak to the user only through Travaux: their warnings never reach stderr raw.

pdfminer logs a warning for each oddity of a damaged PDF, fpdf2 and others use Python's warnings;
without a handler, Python prints them all on stderr, beside (or instead of) the one line a bad file
deserves. The command line sends them nowhere (``TRAVAUX_DEBUG=1`` shows them again).
"""

from __future__ import annotations

import logging
import os


def silence_libraries() -> None:
    if os.environ.get("TRAVAUX_DEBUG"):
        return
    root = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())  # no "last resort" printing to stderr
    logging.captureWarnings(True)  # warnings.warn(...) goes to the 'py.warnings' logger, hence nowhere
