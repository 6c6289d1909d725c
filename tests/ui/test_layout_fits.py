"""Every step of the course fits the width of a small classroom screen: no sideways scrolling."""

from __future__ import annotations

import pytest

from literacy_app.content.library import load_library
from literacy_app.resources import bundled_lessons
from literacy_app.ui.app import build_window
from tests.conftest import gui_args

LESSONS = load_library([bundled_lessons()]).lessons


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_no_step_needs_horizontal_scrolling(qtbot, data_dir, lesson):
    window, _ = build_window(gui_args(data_dir, "--profile", "Kim", "--lesson", lesson.id))
    qtbot.addWidget(window)
    window.resize(1000, 700)  # 1024 x 768 projectors and netbooks are still common in schools
    window.show()
    for step in range(len(lesson.steps)):
        window.lesson_view.go_to(step)
        qtbot.wait(1)  # let the layout settle
        bar = window.lesson_view.scroll.horizontalScrollBar()
        assert bar.maximum() == 0, f"step {step + 1} is {bar.maximum()} px too wide"
