#!/usr/bin/env python3
"""Travaux: compare versions of resolutions and declarations.

    python main.py                        the window
    python main.py OLD NEW                the window on that comparison
    python main.py OLD NEW --screenshot out.png
    python main.py parse FILE --format json|text
    python main.py compare OLD NEW --format json|text|html|docx|pdf|csv|xlsx [-o OUT]
    python main.py --help
"""

from __future__ import annotations

import os
import sys

# The model's matrix products go through NumPy's BLAS (nlp.engine.pipeline); its threads, busy-waiting
# between the small products of one batch, doubled the CPU for no gain: one thread, set before NumPy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from nlp import cli

    if cli.is_command(argv):
        return cli.run(argv)
    from desktop.launch import launch

    return launch(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the engine's worker process, in the packaged application
    sys.exit(main())
