"""The one typed wrapper over QSettings: every preference the window keeps, with its type and default.

Tests hand it a QSettings on a temporary INI file, so they never touch the user's settings.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 8
LANGUAGES = ("", "fr", "en")  # "" follows the system
THEMES = ("system", "light", "dark")


class _Value(Generic[T]):
    """A typed setting: read with its default when absent or of the wrong shape."""

    def __init__(self, key: str, default: T, choices: tuple[T, ...] | None = None):
        self.key, self.default, self.choices = key, default, choices

    def __get__(self, obj: "Settings", owner: type) -> T:
        raw = obj.qsettings.value(self.key, self.default)
        value = self._convert(raw)
        if self.choices is not None and value not in self.choices:
            return self.default
        return value

    def __set__(self, obj: "Settings", value: T) -> None:
        obj.qsettings.setValue(self.key, value)

    def _convert(self, raw: Any) -> T:
        default = self.default
        try:
            if isinstance(default, bool):
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")  # type: ignore[return-value]
            if isinstance(default, QByteArray):
                return raw if isinstance(raw, QByteArray) else QByteArray()  # type: ignore[return-value]
            return type(default)(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return default


class Settings:
    language = _Value("ui/language", "", LANGUAGES)
    theme = _Value("ui/theme", "system", THEMES)
    geometry = _Value("window/geometry", QByteArray())
    window_state = _Value("window/state", QByteArray())
    last_dir = _Value("files/last_dir", "")
    zoom = _Value("view/zoom", 100)  # percent of the interface's font size, in the comparison's views
    only_changes = _Value("view/only_changes", False)
    inline = _Value("view/inline", False)  # one redline column instead of two sides

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings if qsettings is not None else QSettings()

    @property
    def recent(self) -> list[tuple[str, str]]:
        """The comparisons opened last, newest first, as (old path, new path)."""
        raw = self.qsettings.value("files/recent", [])
        if isinstance(raw, str):  # an INI file gives back a one-item list as a string
            raw = [raw]
        pairs = []
        for item in raw or []:
            old, sep, new = str(item).partition("\n")
            if sep and old and new:
                pairs.append((old, new))
        return pairs[:MAX_RECENT]

    def add_recent(self, old: str, new: str) -> None:
        pairs = [(old, new)] + [p for p in self.recent if p != (old, new)]
        self.qsettings.setValue("files/recent", [f"{o}\n{n}" for o, n in pairs[:MAX_RECENT]])

    def clear_recent(self) -> None:
        self.qsettings.remove("files/recent")

    def sync(self) -> None:
        self.qsettings.sync()
