"""A+ enlarges everything a learner reads (the lesson title, the step label, a post's text); Ctrl+0 goes back
to 100%; A- never goes below it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from literacy_app.ui.activities.feed_post_card import FeedPostCard
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.main_window import MIN_FONT_PT
from tests.conftest import gui_args
from tests.ui.design_course import STEPS, design_course


def open_feed_step(qtbot, data_dir, tmp_path):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(design_course(tmp_path)), "--profile", "Ana",
                                      "--lesson", "look", "--step", str(STEPS["feed"])))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    return window


def pixel_size(label: QLabel) -> int:
    return QFontInfo(label.font()).pixelSize()


def reading(window) -> dict[str, int]:
    """The size of each kind of text a learner reads, as drawn."""
    card = window.lesson_view.scroll.widget().findChild(FeedPostCard)
    return {"title": pixel_size(window.lesson_view.title_label), "step": pixel_size(window.lesson_view.step_label),
            "post": pixel_size(card.text_label), "cue": QFontInfo(next(iter(card.boxes.values())).font()).pixelSize(),
            "body": QFontInfo(QApplication.font()).pixelSize()}


def test_a_plus_eight_times_enlarges_everything_and_ctrl_0_returns_to_100_percent(qtbot, data_dir, tmp_path):
    window = open_feed_step(qtbot, data_dir, tmp_path)
    start = reading(window)
    assert window.text_size_percent == 100
    for _ in range(8):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = reading(window)
    assert window.text_size_percent > 160
    for name, size in start.items():
        assert bigger[name] >= size * 1.5, f"{name}: {size} px -> {bigger[name]} px"
    assert bigger["post"] >= bigger["body"], "the post text students analyse is not the smallest on screen"
    assert window.zoom_reset_action.iconText() == f"{window.text_size_percent}%"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size_percent == 100
    assert window.zoom_reset_action.iconText() == "100%"
    assert reading(window) == start
    assert window.session.setting("font_pt") == "12"


def test_eight_a_minus_never_end_below_the_normal_size(qtbot, data_dir, tmp_path):
    window = open_feed_step(qtbot, data_dir, tmp_path)
    start = reading(window)
    window.zoom_in_action.trigger()
    for _ in range(8):
        window.zoom_out_action.trigger()
    assert window.lesson_view.font_pt == MIN_FONT_PT == 12
    assert window.text_size_percent == 100
    assert reading(window) == start
    assert not window.zoom_out_action.isEnabled()  # the button says so too


def test_the_text_size_and_its_reset_are_in_the_view_menu(qtbot, data_dir, tmp_path):
    window = open_feed_step(qtbot, data_dir, tmp_path)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert {window.zoom_in_action, window.zoom_out_action, window.zoom_reset_action} <= set(view.actions())
    assert window.zoom_reset_action.shortcut().toString() == "Ctrl+0"


def test_a_text_size_change_restyles_with_the_style_the_app_already_has(qtbot, data_dir, tmp_path):
    # choosing Fusion again on every change made a new style and restyled every widget one more time
    window = open_feed_step(qtbot, data_dir, tmp_path)
    app = QApplication.instance()
    style = shiboken6.getCppPointer(app.style())
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size_percent > 100
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size_percent == 100
    assert shiboken6.getCppPointer(app.style()) == style
