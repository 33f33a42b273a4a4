"""The Dask side of a batch: a LocalCluster of worker processes, or an existing scheduler.

Each worker loads the language models once, when it starts, through a worker plugin; tasks then find
them loaded. Workers run one task at a time (spaCy holds the GIL): parallelism comes from processes,
one per core by default. This module imports Dask: import it only when a batch runs.
"""

from __future__ import annotations

import os
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from nlp.batch.worker import load_models
from nlp.model.errors import InputError


class LoadModels(WorkerPlugin):
    """Loads the language models when a worker starts (and on every worker that joins later)."""

    name = "travaux-load-models"

    def __init__(self, languages: tuple[str, ...]):
        self.languages = languages

    def setup(self, worker) -> None:
        load_models(self.languages)


def connect(scheduler: str | None, workers: int | None, languages: tuple[str, ...]) -> Client:
    """A client of ``scheduler`` (``tcp://host:8786``), or of a new LocalCluster of ``workers``
    processes (default: one per core); every worker loads the models of ``languages`` once."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=30)
        except (OSError, TimeoutError) as e:
            raise InputError(None, f"no Dask scheduler answers at {scheduler} ({e})") from None
    else:
        quiet: dict[str, Any] = {"dashboard_address": None, "silence_logs": 50}  # no web dashboard, no log lines
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, **quiet)
        client = Client(cluster)
    client.register_plugin(LoadModels(languages))
    return client


def close(client: Client) -> None:
    """Close the client, and the LocalCluster it started (an existing cluster keeps running)."""
    cluster = client.cluster
    client.close()
    if isinstance(cluster, LocalCluster):
        cluster.close()
