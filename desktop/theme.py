"""Light and dark palettes, and the colours of highlights that go with each.

Highlights never rely on colour alone: deletions are struck through, insertions underlined,
badges carry a symbol and a word.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colors:
    text: str
    delete_fg: str
    delete_bg: str
    insert_fg: str
    insert_bg: str
    signal_bg: str
    find_bg: str
    find_fg: str
    muted: str
    added_tint: str
    removed_tint: str
    badges: dict  # change -> (background, foreground)
    provenance: dict  # a new paragraph's provenance status (verbatim, edited, new) -> (background, foreground)


LIGHT = Colors(
    text="#1f2328",
    delete_fg="#a50e1f",
    delete_bg="#fde2e4",
    insert_fg="#0b6630",
    insert_bg="#dcf5e3",
    signal_bg="#ffe9a8",
    find_bg="#ff9632",
    find_fg="#000000",
    muted="#6b7280",
    added_tint="#f1faf3",
    removed_tint="#fdf2f3",
    badges={
        "strengthened": ("#0b6630", "#ffffff"),
        "weakened": ("#b42318", "#ffffff"),
        "modified": ("#1d4ed8", "#ffffff"),
        "unchanged": ("#e5e7eb", "#374151"),
        "added": ("#d1fadf", "#05603a"),
        "removed": ("#fee4e2", "#912018"),
    },
    provenance={
        "verbatim": ("#e6ecf5", "#1f3a5f"),
        "edited": ("#fdf2d0", "#5c4200"),
        "new": ("#eef0f3", "#374151"),
    },
)

DARK = Colors(
    text="#e6e8eb",
    delete_fg="#ffb3b8",
    delete_bg="#5c1d24",
    insert_fg="#a6f4c5",
    insert_bg="#1b4d32",
    signal_bg="#6b5310",
    find_bg="#ff9632",
    find_fg="#000000",
    muted="#9ca3af",
    added_tint="#1a2e22",
    removed_tint="#331c1f",
    badges={
        "strengthened": ("#3fb27f", "#0b1a12"),
        "weakened": ("#f97066", "#1f0a08"),
        "modified": ("#7aa2f7", "#0b1020"),
        "unchanged": ("#374151", "#d1d5db"),
        "added": ("#1b4d32", "#a6f4c5"),
        "removed": ("#5c1d24", "#ffb3b8"),
    },
    provenance={
        "verbatim": ("#22344f", "#c9dcf7"),
        "edited": ("#4a3b0f", "#fde7a6"),
        "new": ("#30343b", "#d1d5db"),
    },
)

_current = LIGHT


def colors() -> Colors:
    return _current


@contextmanager
def using(chosen: Colors) -> Iterator[None]:
    """Draw in ``chosen`` colours for a while (printing is on white paper whatever the screen)."""
    global _current
    before, _current = _current, chosen
    try:
        yield
    finally:
        _current = before


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, theme: str) -> Colors:
    """Fusion style with a light or dark palette ('system' follows the desktop)."""
    global _current
    app.setStyle("Fusion")
    dark = is_dark(theme)
    palette = _dark_palette() if dark else _light_palette()
    app.setPalette(palette)
    app.setStyleSheet(focus_ring(palette.color(QPalette.Highlight).name()))
    _current = DARK if dark else LIGHT
    return _current


def focus_ring(accent: str) -> str:
    """A ring on whichever list, table or text pane has the keyboard (Fusion draws none there); the
    frame keeps its size, focused or not, so nothing moves when the focus does."""
    panes = "QAbstractItemView, QTextBrowser"
    focused = "QAbstractItemView:focus, QTextBrowser:focus"
    return (
        f"{panes} {{ border: 1px solid palette(mid); padding: 1px; }}"
        f" {focused} {{ border: 2px solid {accent}; padding: 0px; }}"
    )


def _light_palette() -> QPalette:
    p = QPalette()
    base = {
        QPalette.Window: "#f5f6f8",
        QPalette.WindowText: "#1f2328",
        QPalette.Base: "#ffffff",
        QPalette.AlternateBase: "#f8f9fb",
        QPalette.ToolTipBase: "#ffffe8",
        QPalette.ToolTipText: "#1f2328",
        QPalette.Text: "#1f2328",
        QPalette.Button: "#eef0f3",
        QPalette.ButtonText: "#1f2328",
        QPalette.BrightText: "#ffffff",
        QPalette.Highlight: "#2f6fdf",
        QPalette.HighlightedText: "#ffffff",
        QPalette.Link: "#1d4ed8",
        QPalette.PlaceholderText: "#8b949e",
        QPalette.Mid: "#c9ced6",
        QPalette.Midlight: "#e3e6ea",
        QPalette.Dark: "#a0a6b0",
    }
    for role, color in base.items():
        p.setColor(role, QColor(color))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#9aa0a6"))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor("#9aa0a6"))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#9aa0a6"))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    base = {
        QPalette.Window: "#1f2227",
        QPalette.WindowText: "#e6e8eb",
        QPalette.Base: "#16181c",
        QPalette.AlternateBase: "#1c1f24",
        QPalette.ToolTipBase: "#2b2f36",
        QPalette.ToolTipText: "#e6e8eb",
        QPalette.Text: "#e6e8eb",
        QPalette.Button: "#2b2f36",
        QPalette.ButtonText: "#e6e8eb",
        QPalette.BrightText: "#ffffff",
        QPalette.Highlight: "#3d7be0",
        QPalette.HighlightedText: "#ffffff",
        QPalette.Link: "#8ab4f8",
        QPalette.PlaceholderText: "#7d8590",
        QPalette.Mid: "#3a3f47",
        QPalette.Midlight: "#30343b",
        QPalette.Dark: "#101215",
    }
    for role, color in base.items():
        p.setColor(role, QColor(color))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#6b7280"))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor("#6b7280"))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#6b7280"))
    return p
