"""Shared fixtures. Qt runs headless; every test reads only files inside the project."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py runs the model (nlp.engine.pipeline)
# The compiled-pattern cache of the model load (nlp.engine.compiled_patterns) in a folder of this run, not
# the user's: the commands the tests start inherit it, so the run compiles the long patterns once.
if "TRAVAUX_CACHE" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["TRAVAUX_CACHE"] = tempfile.mkdtemp(prefix="travaux-cache-")
    atexit.register(shutil.rmtree, os.environ["TRAVAUX_CACHE"], True)

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def fr_nlp():
    """The French spaCy pipeline, loaded once for the whole run (as the application does)."""
    from nlp.engine import pipeline

    return pipeline.load("fr")


@pytest.fixture(autouse=True)
def _private_library(tmp_path_factory, monkeypatch):
    """No test ever touches the user's real library: each gets a throw-away database path."""
    monkeypatch.setenv("TRAVAUX_LIBRARY", str(tmp_path_factory.mktemp("library") / "library.sqlite"))
