"""The application's version, from one place: pyproject.toml (or the installed metadata)."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _read_version() -> str:
    roots = [Path(__file__).resolve().parent.parent]
    if getattr(sys, "_MEIPASS", None):  # a PyInstaller bundle carries pyproject.toml as data
        roots.insert(0, Path(sys._MEIPASS))  # type: ignore[attr-defined]
    for root in roots:
        pyproject = root / "pyproject.toml"
        if pyproject.is_file():
            m = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
            if m:
                return m.group(1)
    try:
        from importlib.metadata import version

        return version("travaux")
    except Exception:
        return "0+unknown"


__version__ = _read_version()
