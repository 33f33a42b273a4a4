"""The application's version, from one place: pyproject.toml (or the installed metadata)."""

from __future__ import annotations

import re

from nlp.model.resources import app_root


def _read_version() -> str:
    pyproject = app_root() / "pyproject.toml"  # a PyInstaller bundle carries it as data
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
