"""Knowledge files (``resources/lexicons``): TOML tables checked against a schema when they are read.

The language knowledge of the product (verb scales, hedges, grammar words, weights, note templates) is
data, edited by people who are not programmers. A misspelt key, a string where a number belongs or a
missing field must say so in one line that names the file, the key and the line — not surface later as
an internal error — so every file is read through :func:`load_toml` with the schema of its kind.

A schema is a small declarative value:

- ``str``, ``float`` (an integer is accepted), ``bool``: a value of that type;
- ``Choice("a", "b")``: one of these strings;
- ``[item]``: a list whose elements follow ``item``;
- ``{"name": spec, "other?": spec}``: a table with exactly these keys (``?``: optional);
- ``Map(spec)``: a table with free keys whose values follow ``spec``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nlp.model.errors import InputError


@dataclass(frozen=True)
class Choice:
    values: tuple[str, ...]

    def __init__(self, *values: str) -> None:
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class Map:
    value: Any


@dataclass(frozen=True)
class Pattern:
    """A string that must compile as a regular expression."""


class _Problem(Exception):
    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path, self.message = path, message


def _type_name(spec: Any) -> str:
    names = {str: "a string", float: "a number", bool: "true or false"}
    if isinstance(spec, type) and spec in names:
        return names[spec]
    if isinstance(spec, Choice):
        return "one of " + ", ".join(spec.values)
    if isinstance(spec, list):
        return "a list"
    if isinstance(spec, Pattern):
        return "a regular expression"
    return "a table"


def _check(value: Any, spec: Any, path: tuple[str | int, ...]) -> None:
    if spec is str:
        if not isinstance(value, str):
            raise _Problem(path, f"expected {_type_name(spec)}")
    elif spec is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Problem(path, f"expected {_type_name(spec)}")
    elif spec is bool:
        if not isinstance(value, bool):
            raise _Problem(path, f"expected {_type_name(spec)}")
    elif isinstance(spec, Pattern):
        if not isinstance(value, str):
            raise _Problem(path, "expected a regular expression (a string)")
        try:
            re.compile(value)
        except re.error as e:
            raise _Problem(path, f"not a valid regular expression ({e})") from None
    elif isinstance(spec, Choice):
        if value not in spec.values:
            raise _Problem(path, f"expected {_type_name(spec)}, not {value!r}")
    elif isinstance(spec, list):
        if not isinstance(value, list):
            raise _Problem(path, f"expected {_type_name(spec)}")
        for i, item in enumerate(value):
            _check(item, spec[0], path + (i,))
    elif isinstance(spec, Map):
        if not isinstance(value, dict):
            raise _Problem(path, "expected a table")
        for k, v in value.items():
            _check(v, spec.value, path + (k,))
    elif isinstance(spec, dict):
        if not isinstance(value, dict):
            raise _Problem(path, "expected a table")
        known = {k.rstrip("?"): k.endswith("?") for k in spec}
        for k in value:
            if k not in known:
                raise _Problem(path + (k,), "unknown key (expected one of " + ", ".join(sorted(known)) + ")")
        for k, optional in known.items():
            if k not in value:
                if not optional:
                    raise _Problem(path + (k,), "missing")
                continue
            _check(value[k], spec[k + "?" if optional else k], path + (k,))
    else:  # pragma: no cover - a schema written wrong is a programming error
        raise TypeError(f"bad schema {spec!r}")


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def _line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The line where ``path`` is written (or the nearest table above it); None when it cannot be told."""
    lines = text.splitlines()
    start, line = 0, None
    tables: list[str] = []
    for part in path:
        if isinstance(part, int):
            # the part-th ``[[name]]`` header after ``start``
            name = ".".join(tables)
            seen = -1
            for i in range(start, len(lines)):
                if re.match(rf"\s*\[\[\s*{re.escape(name)}\s*\]\]", lines[i]):
                    seen += 1
                    if seen == part:
                        start, line = i, i + 1
                        break
            else:
                return line
            continue
        tables.append(part)
        header = re.compile(rf"\s*\[+\s*{re.escape('.'.join(tables))}\s*\]+")
        key = re.compile(rf"\s*[\"']?{re.escape(part)}[\"']?\s*=")
        for i in range(start, len(lines)):
            if header.match(lines[i]) or key.match(lines[i]):
                start, line = i, i + 1
                if key.match(lines[i]):
                    tables = []
                break
    return line


def check(data: Any, schema: Any, path: Path, text: str = "") -> None:
    """Raise :class:`InputError` naming ``path``, the key and its line when ``data`` breaks ``schema``."""
    try:
        _check(data, schema, ())
    except _Problem as p:
        line = _line_of(text, p.path) if text else None
        where = f"line {line}: " if line else ""
        raise InputError(None, f"{_shown(path)}: {where}{_dotted(p.path)}: {p.message}") from None


def _shown(path: Path) -> str:
    """The file as a person finds it: ``lexicons/fr/verbs.toml`` (two files share each name)."""
    parts = Path(path).parts
    return "/".join(parts[-3:]) if len(parts) >= 3 else str(path)


def load_toml(path: Path, schema: Any, required: bool = False) -> dict[str, Any]:
    """The table in ``path``, checked against ``schema``; ``{}`` when the file does not exist and is
    not ``required``. Any problem is one :class:`InputError` line naming the file, key and line."""
    if not path.exists():
        if required:
            raise InputError(None, f"{_shown(path)}: knowledge file missing")
        return {}
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(None, f"{_shown(path)}: not valid TOML ({e})") from None
    check(data, schema, path, text)
    return data


def word_list(path: Path) -> tuple[str, ...]:
    """A list of words or phrases, one a line; a line starting with ``#`` is a comment; blank lines ignored."""
    if not path.exists():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)
