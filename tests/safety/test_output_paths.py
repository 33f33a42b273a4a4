"""Where a report may be written (issue 20, items 1-3 and 10): never over what the command reads,
never over a device, pipe or folder, and storage failures as one line with exit status 2.

The comparison itself is replaced by a small fixed one (no language model is loaded): what is tested
is the path from the command line to the file.
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from nlp.cli import main as cli
from nlp.model.atomic import write_bytes
from nlp.model.errors import InputError
from nlp.model.outpath import check_target, protected
from tests.test_export_common import sample_comparison

TEXT = "1. Décide de renforcer la coopération internationale.\n\n2. Prie le Secrétaire général de faire rapport.\n"


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """Two input files; ``compare`` answers with a fixed comparison, without the engine."""
    from nlp.service import comparisons

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(TEXT, encoding="utf-8")
    new.write_text(TEXT.replace("renforcer", "renforcer fortement"), encoding="utf-8")
    monkeypatch.setattr(comparisons, "compare", lambda *a, **k: sample_comparison())
    monkeypatch.chdir(tmp_path)
    return old, new


def _refused(capsys, argv, *words) -> str:
    try:
        rc = cli.run(argv)
    except SystemExit as e:  # argparse refuses a bad option by exiting
        rc = e.code
    out, err = capsys.readouterr()
    assert rc == 2, (rc, err)
    assert len(err.splitlines()) == 1 and err.startswith("error: "), err
    for word in words:
        assert word in err, err
    return err


def _snapshot(folder):
    return {p.name: (p.read_bytes() if p.is_file() and not p.is_symlink() else p.is_symlink()) for p in folder.iterdir()}


def test_output_onto_an_input_is_refused(capsys, inputs, tmp_path):
    old, new = inputs
    before = _snapshot(tmp_path)
    for target in (str(old), "new.txt", f"./{new.name}", str(tmp_path / "." / "old.txt")):
        _refused(capsys, ["compare", str(old), str(new), "-o", target], "is an input")
    os.link(old, tmp_path / "hardlink.txt")  # the same file under another name
    _refused(capsys, ["compare", str(old), str(new), "-o", "hardlink.txt"], "is an input")
    os.symlink(new, tmp_path / "alias.json")
    _refused(capsys, ["compare", str(old), str(new), "-o", "alias.json"], "is an input")
    assert old.read_text(encoding="utf-8") == TEXT and before["new.txt"] == new.read_bytes()


def test_output_onto_the_library_is_refused_before_the_library_is_made(capsys, inputs, tmp_path):
    old, new = inputs
    _refused(capsys, ["compare", str(old), str(new), "--db", "lib.sqlite", "-o", "lib.sqlite"], "is the library")
    assert not (tmp_path / "lib.sqlite").exists()  # nothing written, not even an empty library
    sqlite3.connect(tmp_path / "lib.sqlite").close()
    _refused(capsys, ["compare", str(old), str(new), "--db", "lib.sqlite", "-o", str(tmp_path / "lib.sqlite")], "is the library")
    _refused(capsys, ["library", "export", "lib.sqlite", "--db", "./lib.sqlite"], "is the library")


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("", ["output file name is empty"]),
        ("   ", ["output file name is empty"]),
        ("reports/", ["reports/", "names a folder"]),
        ("missing/folder/c.json", ["missing/folder/c.json", "does not exist"]),
        ("/dev/null", ["/dev/null", "not a regular file"]),
    ],
)
def test_output_names_that_are_not_files(capsys, inputs, tmp_path, target, words):
    old, new = inputs
    (tmp_path / "reports").mkdir()
    before = _snapshot(tmp_path)
    _refused(capsys, ["compare", str(old), str(new), "-o", target], *words)
    assert _snapshot(tmp_path) == before
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_a_folder_a_pipe_and_a_broken_link_are_refused(capsys, inputs, tmp_path):
    old, new = inputs
    (tmp_path / "folder.json").mkdir()
    os.mkfifo(tmp_path / "pipe.json")
    os.symlink(tmp_path / "nowhere.json", tmp_path / "broken.json")
    _refused(capsys, ["compare", str(old), str(new), "-o", "folder.json"], "is a folder")
    _refused(capsys, ["compare", str(old), str(new), "-o", "pipe.json"], "not a regular file")
    _refused(capsys, ["compare", str(old), str(new), "-o", "broken.json"], "broken symbolic link")
    assert (tmp_path / "folder.json").is_dir() and not (tmp_path / "nowhere.json").exists()
    assert (tmp_path / "pipe.json").is_fifo()


def test_a_link_to_a_file_is_written_through_and_stays_a_link(capsys, inputs, tmp_path):
    old, new = inputs
    (tmp_path / "real.json").write_text("old report", encoding="utf-8")
    os.symlink("real.json", tmp_path / "link.json")
    assert cli.run(["compare", str(old), str(new), "-o", "link.json"]) == 0, capsys.readouterr().err
    assert (tmp_path / "link.json").is_symlink()
    assert (tmp_path / "real.json").read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "no space left"), (errno.EROFS, "read-only file system"), (errno.EACCES, "permission denied"), (errno.EDQUOT, "quota")],
)
def test_storage_failures_are_one_line_and_leave_nothing(capsys, inputs, tmp_path, monkeypatch, code, words):
    """A full disk or a read-only file system, simulated where the bytes are written."""
    old, new = inputs
    (tmp_path / "c.json").write_text("previous", encoding="utf-8")
    before = _snapshot(tmp_path)
    from nlp.model import atomic

    def failing_write(path, chunks):
        with open(path, "wb") as f:
            f.write(next(iter(chunks))[:10])
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic, "_write", failing_write)
    _refused(capsys, ["compare", str(old), str(new), "-o", "c.json"], "c.json", words)
    assert _snapshot(tmp_path) == before  # the old report intact, no temporary left


def test_a_folder_that_cannot_take_a_temporary_file(capsys, inputs, tmp_path, monkeypatch):
    import tempfile

    old, new = inputs

    def no_temp(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", no_temp)
    _refused(capsys, ["compare", str(old), str(new), "-o", "c.json"], "read-only file system")
    assert not (tmp_path / "c.json").exists()


def test_out_of_range_numbers_are_one_line(capsys, tmp_path):
    for value in ("99999999999999999999", "0", "-5", "1e3", "x" * 5000):
        err = _refused(capsys, ["library", "search", "word", "--limit", value, "--db", str(tmp_path / "l.sqlite")], "--limit")
        assert len(err) < 300


def test_check_target_directly(tmp_path):
    target = tmp_path / "out.json"
    assert check_target(target) == target
    with protected([(str(target), "an input")]):
        with pytest.raises(InputError, match="is an input"):
            write_bytes(target, b"x")  # refused even though it does not exist yet
    write_bytes(target, b"x")
    assert target.read_bytes() == b"x"
