"""What a screen reader gets: the QAccessible tree of each screen (the tree AT-SPI hands to Orca) has a name on
every control, no two controls side by side with the same name, and nothing hidden reported as showing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from literacy_app.ui.app import build_window
from tests.conftest import gui_args
from tests.ui.design_course import STEPS, design_course

Role = QAccessible.Role
# what a learner or teacher operates: each needs a name of its own
CONTROLS = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
            Role.Slider, Role.List, Role.Tree, Role.Table, Role.PageTab, Role.ListItem, Role.TreeItem,
            Role.ButtonMenu, Role.ButtonDropDown, Role.ProgressBar, Role.Chart}
# items of a table are told apart by their row and column, not by their name
UNIQUE_AMONG_SIBLINGS = CONTROLS - {Role.ListItem, Role.TreeItem, Role.ProgressBar}


def owner_widget(node) -> QWidget | None:
    """The widget an accessible node belongs to (an item's is its view)."""
    while node is not None:
        obj = node.object()
        if isinstance(obj, QWidget):
            return obj
        node = node.parent()
    return None


def problems_in(root: QWidget) -> list[str]:
    found: list[str] = []
    seen: set[int] = set()

    def walk(node, path: str, depth: int) -> None:
        if node is None or depth > 60:
            return
        key = id(node.object()) if node.object() is not None else None
        if key is not None and key in seen and node.childCount() == 0:
            return
        if key is not None:
            seen.add(key)
        state, role = node.state(), node.role()
        name = (node.text(QAccessible.Text.Name) or "").strip()
        here = f"{path} > {role.name} {name[:40]!r}"
        showing = not state.invisible
        owner = owner_widget(node)
        if showing and owner is not None and not owner.isVisible():
            found.append(f"reported as showing but hidden: {here}")
        if showing and role in CONTROLS and not name:
            found.append(f"control without a name: {here}")
        names: dict[str, int] = {}
        for index in range(node.childCount()):
            child = node.child(index)
            if child is None or child.state().invisible or child.role() not in UNIQUE_AMONG_SIBLINGS:
                continue
            child_name = (child.text(QAccessible.Text.Name) or "").strip().casefold()
            if child_name:
                names[child_name] = names.get(child_name, 0) + 1
        found.extend(f"{count} controls named {n!r} side by side: {here}" for n, count in names.items() if count > 1)
        for index in range(node.childCount()):
            walk(node.child(index), here, depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), type(root).__name__, 0)
    return found


def lesson_window(qtbot, data_dir, tmp_path, step: int):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(design_course(tmp_path)), "--profile", "Kim",
                                      "--lesson", "look", "--step", str(step)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.wait(5)
    return window


def test_the_picker_of_a_class(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    for name in ("Amira Haddad", "Ben Okafor", "Chloé Martin"):
        window.session.records.add_profile(name)
    window.show_picker()
    window.show()
    assert problems_in(window) == []


def test_the_picker_on_a_first_start(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert problems_in(window) == []


@pytest.mark.parametrize("step", list(STEPS), ids=str)
def test_a_lesson_step_with_each_activity(qtbot, data_dir, tmp_path, step):
    window = lesson_window(qtbot, data_dir, tmp_path, STEPS[step])
    assert problems_in(window) == []


def test_a_quiz_after_submitting_and_a_hidden_lesson_list(qtbot, data_dir, tmp_path):
    from literacy_app.ui.activities.quiz_widget import QuizWidget

    window = lesson_window(qtbot, data_dir, tmp_path, STEPS["quiz"])
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    quiz.questions[0].input.buttons[1].setChecked(True)
    quiz.questions[0].submit_button.click()
    window.lessons_action.setChecked(False)  # the list is hidden: its rows are not showing
    assert problems_in(window) == []


def test_the_lesson_behind_the_picker_is_not_showing(qtbot, data_dir, tmp_path):
    window = lesson_window(qtbot, data_dir, tmp_path, STEPS["quiz"])
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.picker
    assert problems_in(window) == []


def test_the_teacher_grid(qtbot, data_dir):
    from literacy_app.services.class_simulation import simulate_class

    window, _ = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    simulate_class(window.services.db, window.library, 6, seed=2, end=datetime(2025, 3, 28, 16, tzinfo=timezone.utc))
    window.resize(1366, 768)
    window.show()
    window.teacher_mode.enter()
    qtbot.wait(5)
    assert problems_in(window) == []
    window.teacher_mode.leave()
    qtbot.wait(20)  # the teacher view is gone before the next test


def test_the_walk_finds_each_kind_of_problem(qtbot):
    """Each check can fail: an unnamed button, two buttons with one name, a hidden list's rows."""
    from PySide6.QtWidgets import QListWidget, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("", "Submit", "Submit"):
        button = QPushButton(text)
        layout.addWidget(button)
    hidden = QListWidget()
    hidden.addItems(["a row"])
    layout.addWidget(hidden)
    root.show()
    hidden.hide()
    found = "\n".join(problems_in(root))
    assert "control without a name" in found
    assert "2 controls named 'submit' side by side" in found
    assert "reported as showing but hidden" in found and "a row" in found
