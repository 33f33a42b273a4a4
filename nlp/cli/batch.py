"""``main.py batch FOLDER|MANIFEST.csv --db LIB``: whole series compared on Dask and stored.

Needs the optional Dask dependencies (``.venv/bin/pip install -r requirements-batch.txt``); every
other command works without them.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from nlp.cli.common import EXIT_BAD_INPUT, EXIT_OK, emit, int_between
from nlp.model.errors import InputError

if TYPE_CHECKING:
    from nlp.cli.common import Subparsers

INSTALL = ".venv/bin/pip install -r requirements-batch.txt"


def add_batch(sub: "Subparsers") -> None:
    p = sub.add_parser(
        "batch",
        help="compare whole series on Dask and keep them in a library",
        description=(
            "Compare every consecutive pair of a folder's series (grouped by symbol family, title and language, "
            "ordered by adoption date) or every old,new pair of a CSV manifest, on a Dask cluster; keep each "
            "comparison in the library and write one row per link, added or removed paragraph to a changes table. "
            "A second run skips the pairs already stored (resumable). Needs Dask: " + INSTALL
        ),
    )
    p.add_argument("source", metavar="FOLDER|MANIFEST.csv", help="a folder of documents, or a CSV of old,new file pairs")
    p.add_argument("--db", metavar="LIB", required=True, help="the library that keeps the comparisons (and the failures)")
    p.add_argument("--out", dest="output", metavar="CHANGES", help="write the changes table to CHANGES (.csv or .parquet)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler (tcp://host:8786) instead of a local cluster")
    p.add_argument("--workers", type=int_between(1, 512), metavar="N",
                   help=f"worker processes of the local cluster (default: the number of cores, {os.cpu_count()})")
    p.set_defaults(handler=_batch)


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")


def _batch(args: argparse.Namespace) -> int:
    from nlp.batch import changes
    from nlp.library.store import Library

    changes.check(args.output)
    try:
        from nlp.batch import cluster
        from nlp.batch.run import run_batch
    except ImportError as e:
        raise InputError(None, f"batch runs on Dask, which is not installed ({e.name}): {INSTALL}") from None
    with Library(args.db) as library:
        client = cluster.connect(args.scheduler, args.workers, ("fr", "en"))
        try:
            outcome = run_batch(args.source, library, client, args.output, say=_say)
        except KeyboardInterrupt:
            sys.stderr.write("interrupted: every comparison finished so far is stored; run the same command again to resume\n")
            raise
        finally:
            cluster.close(client)
    written = f"; {outcome.rows} rows written to {args.output}" if args.output else ""
    emit(
        f"{outcome.pairs} pair{'s' if outcome.pairs != 1 else ''}: {outcome.computed} compared, "
        f"{outcome.reopened} already in the library, {len(outcome.failed)} failed{written}\n"
    )
    return EXIT_BAD_INPUT if outcome.failed else EXIT_OK
