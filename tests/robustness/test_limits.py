"""Time and memory stay bounded on the worst inputs; the real command line answers in one line.

In-process: tracemalloc measures what Python allocates while a zip bomb is refused (it must never be
inflated into memory). In a subprocess, as a user runs it: ``main.py parse`` on a representative
subset, each within 30 s, with its peak resident memory read from ``resource``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from nlp.model.errors import InputError
from nlp.readers import read_document
from tests.robustness.cases import CASES, OK
from tests.robustness.test_bad_inputs import LIMIT_S, LIMITS_S

ROOT = Path(__file__).resolve().parents[2]
MB = 2**20


@pytest.mark.parametrize("name", ["zip bomb refused by its declared size", "zip bomb that lies about its size", "Word file with an XML entity bomb", "deeply nested HTML", "PDF bomb (a page whose content inflates to 100 MB)"])
def test_bombs_are_refused_without_inflating(name, tmp_path):
    (argv, expected) = CASES[name].build(tmp_path)
    path = argv[1]
    size = os.path.getsize(path)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match=expected):
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the file itself is held once or twice; the 50-80 MB it would inflate to never is
    assert peak < 3 * size + 8 * MB, f"{name}: peak {peak / MB:.1f} MB for a {size / MB:.1f} MB file"


# VmHWM, the peak resident memory of this process image: ru_maxrss would carry over the peak of the
# (large) pytest process that forked it
_PROBE = (
    "import re, sys; from nlp.cli import run; rc = run(sys.argv[2:]); "
    "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
    "open(sys.argv[1], 'w').write(hwm); sys.exit(rc)"
)

SUBSET = [
    ("10 MB of text", 1500),  # 90,000 paragraphs: allowed 120 s (see test_bad_inputs.LIMITS_S)
    ("zip bomb that lies about its size", 400),
    ("zip bomb refused by its declared size", 400),
    ("PDF bomb (a page whose content inflates to 100 MB)", 400),
    ("encrypted PDF", 400),
    ("binary garbage", 400),
    ("a directory", 400),
]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from Linux /proc")
@pytest.mark.parametrize("name,max_mb", SUBSET)
def test_command_line_subprocess(name, max_mb, tmp_path):
    argv, expected = CASES[name].build(tmp_path)
    rss_file = tmp_path / "rss"
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(rss_file), *argv],
        cwd=ROOT, capture_output=True, text=True, timeout=LIMITS_S.get(name, LIMIT_S),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "Traceback" not in result.stderr
    if expected is OK:
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
    peak_mb = int(rss_file.read_text()) / 1024
    assert peak_mb < max_mb, f"{name}: {peak_mb:.0f} MB resident"


def test_main_py_itself(tmp_path):
    """The entry point a user types, end to end, on one bad file."""
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    result = subprocess.run([sys.executable, "main.py", "parse", str(empty)], cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", "error: empty.md: file is empty\n")
