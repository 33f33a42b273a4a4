"""The one place that knows where the application's own files are: the source tree, or the
PyInstaller bundle (``sys._MEIPASS``) that carries ``resources/`` and ``pyproject.toml`` as data."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``pyproject.toml``."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    """``resources/<parts…>`` wherever the application runs from."""
    return app_root().joinpath("resources", *parts)
