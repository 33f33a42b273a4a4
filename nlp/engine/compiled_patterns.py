"""Very long regular expressions compiled once per machine instead of once per process.

Why: importing spaCy's French language data compiles one pattern of about 30,000 characters (the
tokenizer's ``TOKEN_MATCH``: every hyphenated and elided form as an alternative, each with the full
Unicode letter classes). Python's regex compiler, written in Python, spends about 5 s of CPU on it at
every start of the command line, of a batch worker and of the window's engine process: more than the
whole rest of the model load. The compiled program itself is a list of integers that the interpreter's C
engine (``_sre``) accepts and validates in milliseconds; it is remembered in the user's cache folder,
keyed by the interpreter's regex engine version, and given back for the same pattern and flags.

Only patterns of :data:`MIN_LENGTH` characters or more go through here; anything unexpected (another
Python, an unreadable or stale cache) falls back to the interpreter's own compiler, so a result never
depends on the cache: the same pattern compiled either way is the same program.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any, Iterator

MIN_LENGTH = 10_000
ENV_VAR = "TRAVAUX_CACHE"  # a cache folder to use instead of the user's (tests, portable setups)
# The replica of the compiler's last step below is the one of CPython 3.11 (re._compiler.compile).
SUPPORTED = (3, 11)

_lock = threading.Lock()


def cache_folder() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Travaux", appauthor=False))


def _cache_file() -> Path:
    import _sre  # pyright: ignore[reportMissingImports] - the interpreter's regex engine, no stubs

    return cache_folder() / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


Program = tuple[str, int, list[int], int, dict[str, int], tuple[Any, ...]]


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (CPython 3.11)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    # opcodes are int subclasses (named constants): plain ints marshal, and _sre reads the same numbers
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _read(path: Path) -> dict[tuple[str, int], Program]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(entries, list):
        return {}
    out: dict[tuple[str, int], Program] = {}
    for entry in entries:
        if isinstance(entry, tuple) and len(entry) == 8 and isinstance(entry[0], str) and isinstance(entry[1], int):
            out[entry[0], entry[1]] = entry[2:]  # type: ignore[assignment]
    return out


def _write(path: Path, programs: dict[tuple[str, int], Program]) -> None:
    """Written beside and renamed: a process reading at the same time sees the old file or the new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps([(p, f, *program) for (p, f), program in programs.items()]))
        os.replace(temporary, path)
    except OSError:  # a read-only home: the patterns are compiled again next time, nothing else changes
        pass


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """While inside, long patterns compile from the remembered programs; new ones are remembered."""
    if sys.version_info[:2] != SUPPORTED:
        yield
        return
    import _sre  # pyright: ignore[reportMissingImports] - the interpreter's regex engine, no stubs
    from re import _compiler  # type: ignore[attr-defined]

    with _lock:
        path = _cache_file()
        programs = _read(path)
        fresh: dict[tuple[str, int], Program] = {}
        original = _compiler.compile

        def compile(p, flags=0):  # noqa: A001 - stands in for re._compiler.compile
            if not isinstance(p, str) or len(p) < MIN_LENGTH:
                return original(p, flags)
            program = programs.get((p, flags))
            if program is not None:
                try:
                    return _sre.compile(*program)
                except (TypeError, RuntimeError, ValueError):  # a damaged entry: compile it anew
                    pass
            program = fresh[p, flags] = _program(p, flags)
            return _sre.compile(*program)

        _compiler.compile = compile
        try:
            yield
        finally:
            _compiler.compile = original
            if fresh:
                _write(path, {**programs, **fresh})
