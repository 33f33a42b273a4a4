"""A batch from start to end, on a Dask client: read on the workers, pair, compare, store, tabulate.

The client reads each file's bytes and ships them; the workers parse and compare; the client alone
writes the library: the results that arrived together in one transaction, as soon as they arrive, so
that an interrupted batch keeps everything it finished (one commit per result would make the client's
own time per pair grow with the workers' number). A pair already stored under the same key (documents, engine version,
lexicons) is not computed again: a second run resumes where the first stopped, and stores nothing
twice. A pair that fails is one line on the terminal and a row of ``batch_failures``; the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, cast

from nlp.batch import changes
from nlp.batch.plan import Pair, consecutive_pairs, folder_files, is_manifest, manifest_pairs
from nlp.batch.progress import Bar
from nlp.batch.worker import Compared, Failed, compare_documents, read_source
from nlp.engine import ENGINE_VERSION
from nlp.library import failures
from nlp.library.store import Library
from nlp.model.document import Document
from nlp.model.errors import InputError
from nlp.readers import MAX_BYTES
from nlp.service import comparison_key, find_stored, keep_all

if TYPE_CHECKING:
    from distributed import Client


@dataclass
class Outcome:
    """What a batch did (the command line prints it)."""

    pairs: int = 0
    computed: int = 0
    reopened: int = 0
    failed: list[str] = field(default_factory=list)  # one line each
    rows: int = 0


def plan(source: Path) -> tuple[list[str], list[Pair] | None]:
    """(files to read, pairs) for a manifest; (files, None) for a folder (pairs need the documents)."""
    if source.is_dir():
        return folder_files(source), None
    if is_manifest(source):
        pairs = manifest_pairs(source)
        return sorted({name for p in pairs for name in (p.old, p.new)}), pairs
    if not source.exists():
        raise InputError(source, "no such file or folder")
    raise InputError(source, "give a folder of documents or a CSV manifest of old,new pairs")


def run_batch(
    source: str | Path,
    library: Library,
    client: "Client",
    out: str | None = None,
    say: Callable[[str], None] = print,
    on_stored: Callable[[Pair], None] | None = None,
) -> Outcome:
    """Compare every pair of ``source`` on ``client``'s workers and keep the results in ``library``;
    write the changes table to ``out`` (.csv or .parquet) when given. ``say`` prints a failure line;
    ``on_stored(pair)`` is told of each pair stored (a test interrupts a batch there)."""
    changes.check(out)
    names, pairs = plan(Path(source))
    outcome = Outcome()
    documents = _read(client, names)
    if pairs is None:  # a folder: a file that cannot be read belongs to no series
        readable: dict[str, Document] = {}
        for name, (_, doc) in documents.items():
            if isinstance(doc, Failed):
                _fail(library, outcome, say, name, "", doc.reason)
            else:
                readable[name] = doc
        pairs = consecutive_pairs(readable)
    outcome.pairs = len(pairs)
    table: dict[int, list[changes.Row]] = {}
    pending = []
    for index, pair in enumerate(pairs):
        (old_future, old), (new_future, new) = documents[pair.old], documents[pair.new]
        if isinstance(old, Failed):
            _fail(library, outcome, say, pair.old, pair.new, old.reason)
            continue
        if isinstance(new, Failed):
            _fail(library, outcome, say, pair.old, pair.new, new.reason)
            continue
        stored = find_stored(library, comparison_key(old, new))
        if stored is not None:
            outcome.reopened += 1
            table[index] = changes.rows(pair.series, pair.old, pair.new, stored.corrected())
            continue
        pending.append((index, pair, client.submit(compare_documents, old_future, new_future, pure=False)))
    _collect(client, library, pending, outcome, table, say, on_stored)
    rows = [row for index in sorted(table) for row in table[index]]
    outcome.rows = len(rows)
    if out is not None:
        changes.write(out, rows)
    return outcome


def _read(client: "Client", names: list[str]) -> dict[str, tuple[object, Document | Failed]]:
    """name -> (the future holding its document on the workers, the document or why it failed)."""
    blobs = [_bytes(name) for name in names]
    futures = client.map(read_source, names, blobs, pure=False)
    results = cast("list[Document | Failed]", client.gather(futures))
    return {name: (future, doc) for name, future, doc in zip(names, futures, results)}


def _bytes(name: str) -> bytes | Failed:
    """A file's content, shipped to a worker (the files need not be on the workers' disks)."""
    path = Path(name)
    try:
        if not path.is_file():
            return Failed(str(InputError(path, "no such file" if not path.exists() else "not a regular file")))
        if path.stat().st_size > MAX_BYTES:
            return Failed(str(InputError(path, f"file too large (the limit is {MAX_BYTES // 2**20} MB)")))
        return path.read_bytes()
    except OSError as e:
        return Failed(str(InputError(path, f"cannot be read ({e.strerror or e})")))


def _collect(client, library, pending, outcome: Outcome, table, say, on_stored) -> None:
    """Store the results as they arrive, those that arrived together in one transaction; on an
    interruption, cancel what is left and stop (what arrived is stored first)."""
    from distributed import as_completed

    by_future = {future: (index, pair) for index, pair, future in pending}
    bar = Bar(total=outcome.pairs, done=outcome.reopened + len(outcome.failed))
    try:
        for arrived in as_completed(list(by_future)).batches():
            results = [(*by_future.pop(future), future.result()) for future in arrived]
            computed = [(index, pair, result) for index, pair, result in results if isinstance(result, Compared)]
            opened = keep_all(library, [(result.comparison, result.resources) for _, _, result in computed])
            if computed:
                failures.forget_all(library, [(pair.old, pair.new) for _, pair, _ in computed])
            for (index, pair, _), kept in zip(computed, opened):
                outcome.computed += 1
                table[index] = changes.rows(pair.series, pair.old, pair.new, kept.corrected())
            for _, pair, result in results:
                if isinstance(result, Failed):
                    _fail(library, outcome, bar.say(say), pair.old, pair.new, result.reason)
                bar.step(f"{Path(pair.old).name} → {Path(pair.new).name}")
            for _, pair, _ in computed:
                if on_stored is not None:
                    on_stored(pair)
    except BaseException:
        client.cancel(list(by_future))
        raise
    finally:
        bar.close()


def _fail(library: Library, outcome: Outcome, say, old: str, new: str, reason: str) -> None:
    line = f"failed: {old}{' → ' + new if new else ''}: {reason}"
    outcome.failed.append(line)
    failures.record(library, old, new, reason, ENGINE_VERSION)
    say(line)
