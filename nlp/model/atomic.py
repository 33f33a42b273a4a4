"""Write a file so that it is either whole or not there: a temporary name, then a rename.

Every output goes through here, so every command gets the same checks on where it writes
(:mod:`nlp.model.outpath`: never over an input or the library, never over a device, pipe or folder)
and the same one-line errors when the storage fails (full disk, read-only file system…).
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from nlp.model.errors import InputError
from nlp.model.outpath import check_target, is_storage_error, storage_problem


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``, on error it goes.

    ``target`` is checked first (see :func:`nlp.model.outpath.check_target`); a symbolic link to a
    regular file is written through (the file it points to is replaced, the link stays).
    """
    shown = os.fspath(target)
    real = check_target(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    except OSError as e:
        raise InputError(None, f"{shown}: cannot be written ({storage_problem(e)})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); an export should get the usual permissions
        # (an existing file's own, else what the umask allows), as if written directly
        os.chmod(tmp_path, _mode_for(real))
        check_target(target)  # nothing became an input, a folder or a device meanwhile
        os.replace(tmp_path, real)
    except BaseException as e:
        tmp_path.unlink(missing_ok=True)
        if isinstance(e, OSError) and is_storage_error(e):
            raise InputError(None, f"{shown}: cannot be written ({storage_problem(e)})") from None
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes(target: str | Path, data: bytes) -> None:
    write_chunks(target, (data,))


def write_chunks(target: str | Path, chunks: Iterable[bytes]) -> None:
    """``target`` made of ``chunks`` one after the other (a long report never held whole), atomically."""
    with atomic_path(target) as tmp:
        _write(tmp, chunks)


def _write(path: Path, chunks: Iterable[bytes]) -> None:
    """Where the bytes reach the storage (one place, so that its failures are handled, and tested, once)."""
    with open(path, "wb") as out:
        for chunk in chunks:
            out.write(chunk)


def write_text(target: str | Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes(target, text.encode(encoding))
