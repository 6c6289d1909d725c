"""Scrolling a lesson with the mouse wheel never changes an answer in a drop-down the pointer passes over."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import gui_args
from tests.ui.design_course import STEPS, design_course


def open_quiz(qtbot, data_dir, tmp_path) -> QuizWidget:
    window, _ = build_window(gui_args(data_dir, "--lessons", str(design_course(tmp_path)), "--profile", "Ana",
                                      "--lesson", "look", "--step", str(STEPS["quiz"])))
    qtbot.addWidget(window)
    window.show()
    return window.lesson_view.scroll.widget().findChild(QuizWidget)


def wheel(widget, steps: int = -1) -> None:
    """A wheel turn over the middle of `widget` (negative: scroll down), delivered as Qt delivers the mouse's:
    to the widget under the pointer, then to each parent in turn until one accepts it. (Qt propagates only
    events that come from the window system, so the walk up is done here.)"""
    centre = widget.rect().center()
    target = widget
    while target is not None:
        local = QPointF(target.mapFrom(widget, centre)) if target is not widget else QPointF(centre)
        event = QWheelEvent(local, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * steps),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(target, event)
        if event.isAccepted() or target.isWindow():
            return
        target = target.parentWidget()


def test_the_wheel_scrolls_the_lesson_over_an_unfocused_drop_down_and_changes_nothing(qtbot, data_dir, tmp_path):
    quiz = open_quiz(qtbot, data_dir, tmp_path)
    window = quiz.window()
    window.resize(900, 500)
    qtbot.wait(10)
    match = quiz.questions[-1]
    combo = match.input.combos[0]
    window.lesson_view.scroll.ensureWidgetVisible(combo)
    bar = window.lesson_view.scroll.verticalScrollBar()
    bar.setValue(bar.value() - 40)  # room to scroll further down
    before, index = bar.value(), combo.currentIndex()
    assert not combo.hasFocus()
    wheel(combo)
    assert combo.currentIndex() == index, "the answer changed under the wheel"
    assert bar.value() > before, "the lesson did not scroll"


def test_the_wheel_still_works_in_a_drop_down_the_learner_is_in(qtbot, data_dir, tmp_path):
    quiz = open_quiz(qtbot, data_dir, tmp_path)
    window = quiz.window()
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    combo = quiz.questions[-1].input.combos[0]
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == 1


def test_every_drop_down_of_the_course_is_calm(qtbot, data_dir):
    """No drop-down in any lesson takes the wheel without focus (the picker's picture box neither)."""
    from PySide6.QtWidgets import QComboBox

    from literacy_app.content.library import load_library
    from literacy_app.resources import bundled_lessons
    from literacy_app.ui.look.calm_combo import CalmComboBox

    window, _ = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    assert all(isinstance(c, CalmComboBox) for c in window.picker.findChildren(QComboBox))
    for lesson in load_library([bundled_lessons()]).lessons:
        window.session.choose_profile(window.session.profile_named("Kim"))
        window.open_lesson(lesson.id, 0)
        for step in range(len(lesson.steps)):
            window.lesson_view.go_to(step)
            combos = window.lesson_view.scroll.widget().findChildren(QComboBox)
            assert all(isinstance(c, CalmComboBox) for c in combos), (lesson.id, step)
