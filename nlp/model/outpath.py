"""Where an output may be written: checked before any work and again at the moment of writing.

The rules (what a careful command-line tool does with ``-o OUT``):

* ``OUT`` must name a file: an empty name, a name ending in ``/`` or an existing folder is refused;
  the folder it goes in must exist.
* ``OUT`` must not be one of the files the command reads (its inputs, its library): writing the
  report there would destroy them. Compared by the file itself (device and inode), so another name,
  a relative path or a link to the same file is caught too.
* ``OUT`` must be a regular file or not exist yet. A device (``/dev/null``), a named pipe or a socket
  is refused rather than replaced by a regular file (as root that would replace the system's
  ``/dev/null``) or written into (a pipe with no reader blocks forever); print to standard output
  and redirect it instead.
* A symbolic link to a regular file is written through: the file it points to is replaced
  (atomically, beside itself) and the link stays. A broken link is refused.

Problems are :class:`~nlp.model.errors.InputError` (one line, exit status 2).
"""

from __future__ import annotations

import errno
import os
import stat
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterable, Iterator, TypeGuard

from nlp.model.errors import InputError

# the files the running command reads: (path as given, what it is to the command)
_PROTECTED: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("protected_paths", default=())

# errors of the storage, not of the program: the user can act on them
_STORAGE_ERRORS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EFBIG: "file too large for the file system",
    errno.EIO: "input/output error",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "its folder is not a folder",
    errno.EISDIR: "is a folder",
    errno.ENAMETOOLONG: "file name too long",
    errno.EXDEV: "cannot be renamed into place",
}


@contextmanager
def protected(paths: Iterable[tuple[str, str]]) -> Iterator[None]:
    """While inside, no output may replace these files: ``(path, role)`` pairs, role being e.g.
    ``"an input"`` or ``"the library"``. Paths that do not exist are ignored."""
    token = _PROTECTED.set(_PROTECTED.get() + tuple((str(p), role) for p, role in paths))
    try:
        yield
    finally:
        _PROTECTED.reset(token)


def check_target(target: str | os.PathLike[str]) -> Path:
    """The file to replace for an output named ``target`` (a link's own target when it is a symbolic
    link to a regular file); InputError when it may not be written there."""
    name = os.fspath(target)
    if not name or not name.strip():
        raise InputError(None, "the output file name is empty")
    if name.endswith((os.sep, "/")) or (os.altsep and name.endswith(os.altsep)):
        raise _refused(name, "names a folder; give a file name for the output")
    path = Path(name)
    if path.is_symlink():
        if not path.exists():
            raise _refused(name, "is a broken symbolic link; give a file name for the output")
        path = Path(os.path.realpath(path))
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as e:
        raise _refused(name, f"cannot be written ({storage_problem(e)})") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise _refused(name, "is a folder; give a file name for the output")
        if not stat.S_ISREG(info.st_mode):
            raise _refused(
                name, "is not a regular file (a device, pipe or socket); leave out -o and redirect standard output instead"
            )
    _check_not_read(name, path, info)
    parent = path.parent
    if not parent.is_dir():
        raise _refused(name, f"the folder {parent} does not exist" if not parent.exists() else f"{parent} is not a folder")
    return path


def _check_not_read(name: str, path: Path, info: os.stat_result | None) -> None:
    """By the file itself when both exist (hard links, other names); by the resolved name when one
    does not exist yet (a library that the command is about to create)."""
    real = os.path.realpath(path)
    for other, role in _PROTECTED.get():
        try:
            theirs = os.stat(other)
        except OSError:
            theirs = None
        same_file = info is not None and theirs is not None and (theirs.st_dev, theirs.st_ino) == (info.st_dev, info.st_ino)
        if same_file or os.path.realpath(other) == real:
            raise _refused(name, f"is {role} of this command; give another file name for the output")


def _refused(name: str, problem: str) -> InputError:
    """The output's name as the user typed it (``d/``, ``/dev/null``), not only its last part."""
    return InputError(None, f"{name}: {problem}")


def storage_problem(error: OSError) -> str:
    """A short reason for a storage error, in words a user acts on."""
    return _STORAGE_ERRORS.get(error.errno or 0) or (error.strerror or str(error)).lower()


def is_storage_error(error: BaseException) -> TypeGuard[OSError]:
    return isinstance(error, OSError) and error.errno in _STORAGE_ERRORS
