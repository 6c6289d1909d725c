"""Text size and theme are chosen from the View menu and kept for the next start."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from literacy_app.ui.activities.quiz_test_widget import QuizTestWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from tests.conftest import gui_args


def open_window(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana", "--lesson", "what-is-parasocial"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_zoom_and_theme_are_remembered(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    assert window.lesson_view.font_pt == 12
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    dark = next(a for a in window.theme_group.actions() if a.data() == "dark")
    dark.trigger()
    assert QApplication.font().pointSizeF() == 14
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#202124"
    prose = window.lesson_view.scroll.widget().findChild(ProseView)
    assert "font-size: 14.0pt" in prose.toHtml() or "font-size:14pt" in prose.toHtml().replace(" ", "")
    window.close()

    again = open_window(qtbot, data_dir)
    assert again.lesson_view.font_pt == 14 and again.lesson_view.theme == "dark"
    assert again.sidebar.font().pointSizeF() == 14  # every widget, not only the lesson text
    assert next(a for a in again.theme_group.actions() if a.isChecked()).data() == "dark"
    light = next(a for a in again.theme_group.actions() if a.data() == "light")
    light.trigger()
    again.zoom_out_action.trigger()
    assert again.lesson_view.font_pt == 13 and again.lesson_view.theme == "light"


def test_theme_and_text_size_can_change_at_the_picker_after_a_learner_leaves_a_quiz(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana", "--lesson", "parasocial-pre-test"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.lesson_view.scroll.widget().findChild(QuizTestWidget) is not None)
    window.switch_action.trigger()  # Ana leaves her pre-test half done (or is signed out after a pause)
    assert window.stack.currentWidget() is window.picker
    # nothing of hers stays behind the picker: her quiz is gone with her
    assert window.lesson_view.lesson is None
    assert window.lesson_view.scroll.widget().findChild(QuizTestWidget) is None
    next(a for a in window.theme_group.actions() if a.data() == "dark").trigger()
    window.zoom_in_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#202124"
    # the next learner's lesson opens in the look chosen meanwhile
    ana = next(profile for profile in window.session.learners() if profile.name == "Ana")
    window.start_learning(ana)
    assert window.lesson_view.lesson is not None and window.lesson_view.lesson.id == "parasocial-pre-test"
    qtbot.waitUntil(lambda: window.lesson_view.scroll.widget().findChild(QuizTestWidget) is not None)
    assert window.lesson_view.font_pt == 13 and window.lesson_view.theme == "dark"
