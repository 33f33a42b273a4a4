"""Every bad or odd input gives a correct result or one clear line with exit status 2, never a traceback.

The cases (tests/robustness/cases.py) run in-process through ``nlp.cli.run``, as ``main.py`` runs them.
"""

from __future__ import annotations

import json
import time

import pytest

from nlp.cli import main as cli
from tests.robustness.cases import CASES, OK

LIMIT_S = 30
# 90,000 paragraphs in 10 MB: each one's function is read from the verb lexicon (about 0.5 ms a paragraph),
# so this case is bounded at four times the others (still a bound: a hang or a quadratic step fails it)
LIMITS_S = {"10 MB of text": 120}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name, tmp_path, capsys):
    case = CASES[name]
    argv, expected = case.build(tmp_path)
    capsys.readouterr()
    start = time.monotonic()
    rc = cli.run(argv)
    elapsed = time.monotonic() - start
    out, err = capsys.readouterr()
    assert elapsed < LIMITS_S.get(name, LIMIT_S), f"{name}: {elapsed:.1f} s"
    assert "Traceback" not in out + err
    if expected is OK:
        assert rc == 0, err
        assert err == ""
        if case.check is not None:
            assert case.check(json.loads(out)), out[:2000]
        return
    assert rc == 2, (rc, out[:500], err)
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert expected in lines[0], lines[0]


def test_there_are_at_least_forty_cases():
    assert len(CASES) >= 40


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    """A file without read permission. Tests often run as root, who reads anything: then the refusal
    is emulated where the reader opens the file, which is the path a real EACCES takes."""
    import os
    from pathlib import Path

    path = tmp_path / "secret.txt"
    path.write_text("1. Un paragraphe.\n", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        real = Path.read_bytes

        def denied(self):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", denied)
    assert cli.run(["parse", str(path)]) == 2
    assert capsys.readouterr().err == "error: secret.txt: permission denied\n"
