"""The one mark of each label, for the window and every report alike.

A mark never carries meaning alone: the word for the label (in the reader's language) goes with it.
"""

from __future__ import annotations

# change -> mark
MARKS: dict[str, str] = {
    "strengthened": "▲",
    "weakened": "▼",
    "modified": "◆",
    "unchanged": "=",
    "added": "+",
    "removed": "−",
}
MOVED_MARK = "↕"
# a signal's direction -> mark
DIRECTION_MARKS: dict[str, str] = {"stronger": "▲", "weaker": "▼", "neutral": "◆"}


def mark(label: str) -> str:
    """The mark of a change label, of « moved », or of a signal direction; '•' for a word not known."""
    return MARKS.get(label) or (MOVED_MARK if label == "moved" else DIRECTION_MARKS.get(label, "•"))
