"""Many Qt calls that return None or True must not wear those singletons out.

PySide6 6.12 on Python 3.11 returns None and True without taking a reference (it counts on 3.12's
immortal singletons) and CPython aborts after some thousands of calls; Travaux pins 6.11.3, which does
not. This test guards the pin."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal()


def test_none_and_true_survive_many_calls(qapp):
    emitter = _Emitter()
    label = QLabel()
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20000):
        emitter.ping.emit()  # returns True
        label.setVisible(False)  # returns None
    # with the faulty binding each call takes one reference away (and 20000 is more than True has)
    assert before_true - sys.getrefcount(True) <= 100 and before_none - sys.getrefcount(None) <= 100
