"""Every control a learner can use has a name for screen readers and is reachable with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from literacy_app.content.library import load_library
from literacy_app.resources import bundled_lessons
from literacy_app.ui.app import build_window
from tests.conftest import gui_args

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
LESSONS = load_library([bundled_lessons()]).lessons


def menu_actions(root: QWidget) -> set:
    """Actions reachable from the window's menu bar (Alt + letter), sub-menus included."""
    bar = root.window().menuBar() if hasattr(root.window(), "menuBar") else None
    found, pending = set(), list(bar.actions()) if bar else []
    while pending:
        action = pending.pop()
        found.add(action)
        if action.menu() is not None:
            pending.extend(action.menu().actions())
    return found


def unnamed_or_unreachable(root: QWidget) -> list[str]:
    problems = []
    in_menus = menu_actions(root)
    for control in root.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(root) or not control.isEnabled():
            continue
        name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
        if not name.strip():
            problems.append(f"{type(control).__name__} without an accessible name")
        # toolbar buttons are not in the Tab chain by Qt's design; their actions must be in a menu
        if isinstance(control, QToolButton) and isinstance(control.parent(), QToolBar):
            if control.defaultAction() not in in_menus:
                problems.append(f"toolbar button '{name}' is not in any menu")
            continue
        if not control.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{type(control).__name__} '{name}' cannot be reached with Tab")
    return problems


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_every_step_of_the_course_is_named_and_keyboard_reachable(qtbot, data_dir, lesson):
    window, _ = build_window(gui_args(data_dir, "--profile", "Kim", "--lesson", lesson.id))
    qtbot.addWidget(window)
    window.show()
    for step in range(len(lesson.steps)):
        window.lesson_view.go_to(step)
        assert unnamed_or_unreachable(window) == [], f"step {step + 1}"


def test_the_picker_is_named_and_keyboard_reachable(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert unnamed_or_unreachable(window.picker) == []


def test_steps_change_with_the_keyboard(qtbot, data_dir):
    lesson = LESSONS[1]
    window, _ = build_window(gui_args(data_dir, "--profile", "Kim", "--lesson", lesson.id))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.keyClick(window.lesson_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.lesson_view.step == 1
    qtbot.keyClick(window.lesson_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.lesson_view.step == 0
