"""Build identifiers in one place; the version comes from pyproject.toml."""

from __future__ import annotations

import re
import sys
from pathlib import Path

APP_NAME = "Travaux"
EXECUTABLE = "travaux"
BUNDLE_ID = "org.travaux.Travaux"  # macOS CFBundleIdentifier, Linux AppStream/desktop id
ROOT = Path(__file__).resolve().parent.parent


def version(root: Path = ROOT) -> str:
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version\s*=\s*"([^"]+)"', text, re.M).group(1)


def icon_for_platform(root: Path = ROOT) -> str | None:
    icons = root / "resources" / "icons"
    name = {"win32": "travaux.ico", "darwin": "travaux.icns"}.get(sys.platform, "travaux-256.png")
    path = icons / name
    return str(path) if path.exists() else None
