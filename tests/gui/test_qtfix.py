"""Many Qt calls that return None or True must not wear those singletons out (PySide6 6.12 on 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

import desktop  # noqa: F401  applies the fix


class _Emitter(QObject):
    ping = Signal()


def test_none_and_true_survive_many_calls(qapp):
    emitter = _Emitter()
    label = QLabel()
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20000):
        emitter.ping.emit()  # returns True
        label.setVisible(False)  # returns None
    # without the fix each call takes one reference away: 20000 is more than None or True has
    assert sys.getrefcount(True) > 10**6 and sys.getrefcount(None) > 10**6
    assert before_true - sys.getrefcount(True) <= 20000 and before_none - sys.getrefcount(None) <= 20000
