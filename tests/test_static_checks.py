"""ruff's rules (pyproject.toml) hold everywhere, so a test run tells what `make test` would refuse.

Pyright runs in `make lint` only (it takes a minute); ruff takes a second.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).with_name("ruff")  # installed beside python from requirements.lock
    result = subprocess.run([str(ruff), "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
