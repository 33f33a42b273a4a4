"""The window split by job: the actions table, operations that carry their own callbacks."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop import actions, i18n
from desktop.main_window import MainWindow
from desktop.operations import Operation, OperationController
from desktop.tasks import TaskRunner
from nlp.model.errors import Cancelled

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_no_window_module_is_over_400_lines():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in DESKTOP.glob("*.py")}
    assert max(sizes.values()) <= 400, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_the_table_builds_every_action_once_with_a_shortcut_of_its_own(window):
    specs = [e for e in actions.entries() if isinstance(e, actions.ActionSpec)]
    built = window.actions.ids()
    assert [s.id for s in specs if s.id in built] == built
    keys = [k.toString() for a in (window.actions[i] for i in built) for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    for spec in specs:
        if spec.provided is None:
            assert window.actions[spec.id].text(), spec.id
    # every menu of the table is in the menu bar or in its parent menu
    for entry in actions.entries():
        if isinstance(entry, actions.MenuSpec):
            assert window.actions.menu(entry.id).title()


def test_the_table_retranslates_every_text(window):
    english = {i: window.actions[i].text() for i in window.actions.ids()}
    window.appearance.set_language("fr")
    french = {i: window.actions[i].text() for i in window.actions.ids()}
    same = [i for i in english if english[i] == french[i] and english[i] and i not in ("undo", "redo")]
    assert not same, f"not translated: {same}"
    assert window.actions.menu("export").title() == "E&xporter"
    i18n.install("en")


def test_enabled_states_follow_the_window(window, small_comparison):
    assert not window.actions["next_change"].isEnabled()
    assert not window.actions.menu("export").isEnabled()
    window.show_comparison(small_comparison)
    assert window.actions["next_change"].isEnabled() and window.actions.menu("export").isEnabled()
    assert not window.actions["unlink"].isEnabled()
    window.view.selectRow(0)
    assert window.actions["unlink"].isEnabled() and window.actions["label_weakened"].isEnabled()


def test_each_operation_brings_its_own_callbacks(qtbot, qapp):
    runner = TaskRunner()
    failures: list[str] = []
    controller = OperationController(runner, failures.append)
    seen: dict[str, object] = {}
    with qtbot.waitSignal(runner.finished, timeout=5000):
        controller.submit(Operation(lambda p, c: 41 + 1, lambda r: seen.setdefault("a", r)))
    with qtbot.waitSignal(runner.failed, timeout=5000):
        controller.submit(Operation(lambda p, c: 1 / 0, lambda r: seen.setdefault("b", r), on_failure=lambda m: seen.setdefault("b!", m)))
    with qtbot.waitSignal(runner.failed, timeout=5000):
        controller.submit(Operation(lambda p, c: 1 / 0))  # no failure callback: the controller's default
    assert seen == {"a": 42, "b!": "ZeroDivisionError: division by zero"}
    assert failures == ["ZeroDivisionError: division by zero"]
    assert runner.shutdown(5000)


def test_a_newer_operation_of_the_same_group_replaces_the_older(qtbot, qapp):
    runner = TaskRunner()
    controller = OperationController(runner, lambda m: None)
    gate = threading.Event()
    outcome: list[str] = []

    def slow(progress, cancel):
        while not cancel():
            gate.wait(0.01)
        raise Cancelled()

    controller.submit(Operation(slow, lambda r: outcome.append("old"), on_cancel=lambda: outcome.append("old cancelled"), group="compare"))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        controller.submit(Operation(lambda p, c: "new", outcome.append, group="compare"))
    assert outcome == ["new"]  # the replaced one says nothing, its late answer is dropped
    assert not controller.running("compare")
    assert runner.shutdown(5000)
