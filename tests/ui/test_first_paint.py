"""Work that waits for a widget's first paint: one watcher per widget, callbacks in order, each after the paint."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from literacy_app.ui.shell import first_paint
from literacy_app.ui.shell.first_paint import after_first_paint


def watchers(widget: QLabel) -> list[QObject]:
    return [child for child in widget.children() if isinstance(child, first_paint._AfterFirstPaint)]


def test_callbacks_share_one_watcher_and_run_in_order_after_the_paint(qtbot):
    label = QLabel("first frame")
    qtbot.addWidget(label)
    ran: list[str] = []
    after_first_paint(label, lambda: ran.append("index"))
    after_first_paint(label, lambda: ran.append("pages"))
    after_first_paint(label, lambda: ran.append("garbage"))
    assert len(watchers(label)) == 1  # every event before the paint passes one Python filter, not three
    qtbot.wait(20)
    assert ran == []  # nothing before the paint
    label.show()
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == ["index", "pages", "garbage"]


def test_a_callback_given_after_the_paint_waits_for_the_next_one(qtbot):
    label = QLabel("painted")
    qtbot.addWidget(label)
    ran: list[str] = []
    after_first_paint(label, lambda: ran.append("first"))
    label.show()
    qtbot.waitUntil(lambda: ran == ["first"])
    after_first_paint(label, lambda: ran.append("later"))
    qtbot.wait(20)
    assert ran == ["first"]
    label.update()
    qtbot.waitUntil(lambda: ran == ["first", "later"])


def test_a_widget_deleted_before_its_paint_runs_nothing(qtbot):
    label = QLabel("never shown")
    ran: list[str] = []
    after_first_paint(label, lambda: ran.append("late"))
    label.deleteLater()
    qtbot.wait(30)
    assert ran == []
