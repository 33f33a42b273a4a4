"""Files are written whole or not at all, with ordinary permissions."""

import os

import pytest

from nlp.model.atomic import atomic_path, write_bytes


def test_new_file_gets_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "out.html", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "out.html").stat().st_mode & 0o777 == 0o644


def test_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640


def test_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("export failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
