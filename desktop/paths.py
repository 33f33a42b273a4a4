"""Where the application's own files are: beside the sources, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)
