"""Sign-in screens and private reflections, driven through the real window as learners use it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from literacy_app.ui.activities.reflection_widget import ReflectionWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.sign_in_code import SignInCode
from literacy_app.ui.shell.sign_in_picture import SignInPicture
from tests.conftest import click, gui_args

LESSON = """---
id: feelings
title: Feelings online
module: Tests
order: 1
---

## Think about it

::: reflection close-to-someone
min: 10

Have you ever felt close to someone who does not know you?
:::
"""
WORDS = "I feel like the streamer is my friend, and that is a secret."


@pytest.fixture
def course(tmp_path: Path) -> Path:
    folder = tmp_path / "course" / "feelings"
    folder.mkdir(parents=True)
    (folder / "lesson.md").write_text(LESSON, encoding="utf-8")
    return folder.parent


def open_window(qtbot, data_dir: Path, course: Path, mode: str = "none"):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(course)))
    qtbot.addWidget(window)
    if mode != "none":
        window.services.sign_in.set_mode(mode)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def pick_tile(qtbot, window, name: str) -> None:
    picker = window.picker
    item = next(picker.tiles.item(r) for r in range(picker.tiles.count()) if picker.tiles.item(r).text() == name)
    picker.tiles.setCurrentItem(item)
    qtbot.keyClick(picker.tiles, Qt.Key.Key_Return)  # keyboard only


def add_learner(qtbot, window, name: str) -> None:
    qtbot.keyClicks(window.picker.new_name, name)
    qtbot.keyClick(window.picker.new_name, Qt.Key.Key_Return)


def reflection(window) -> ReflectionWidget:
    window.open_lesson("feelings", 0)
    widget = window.lesson_view.scroll.widget().findChild(ReflectionWidget)
    assert widget is not None
    return widget


def test_with_no_sign_in_a_second_learner_picking_the_tile_cannot_read_the_first_learners_reflection(
        qtbot, data_dir, course) -> None:
    window = open_window(qtbot, data_dir, course)
    add_learner(qtbot, window, "Ana")
    widget = reflection(window)
    qtbot.keyClicks(widget.editor, WORDS)
    click(qtbot, widget.save_button)
    assert reflection(window).editor.toPlainText() == WORDS  # her own session: she reads it again

    window.switch_action.trigger()
    pick_tile(qtbot, window, "Ana")  # a classmate picks Ana's tile later
    assert window.session.profile.name == "Ana"
    later = reflection(window)
    assert later.editor.toPlainText() == "" and WORDS not in later.prompt_label.text()
    assert later.private_note.text().startswith("You wrote a reflection on ")
    assert WORDS not in "".join(label.text() for label in later.findChildren(type(later.private_note)))
    qtbot.keyClicks(later.editor, "A new reflection, written now.")  # and can write a new one
    click(qtbot, later.save_button)
    assert window.session.visible_reflection(window.library.lesson("feelings"), "close-to-someone") == \
        "A new reflection, written now."


def test_with_code_a_wrong_code_is_refused_and_delayed(qtbot, data_dir, course) -> None:
    window = open_window(qtbot, data_dir, course, mode="code")
    add_learner(qtbot, window, "Ana")
    page = window.stack.currentWidget()
    assert isinstance(page, SignInCode) and page.choosing and window.session.profile is None
    qtbot.keyClicks(page.code_edit, "4821")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert page.confirming and page.code_edit.text() == ""
    qtbot.keyClicks(page.code_edit, "4821")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert window.session.profile.name == "Ana" and window.stack.currentWidget() is window.splitter
    widget = reflection(window)
    qtbot.keyClicks(widget.editor, WORDS)
    click(qtbot, widget.save_button)

    window.switch_action.trigger()  # switching signs her out
    assert window.session.profile is None
    pick_tile(qtbot, window, "Ana")
    page = window.stack.currentWidget()
    assert isinstance(page, SignInCode) and not page.choosing
    assert page.code_edit.accessibleName() == "Your code" and page.forgot_button.isVisible()
    assert page.code_edit.nextInFocusChain() is page.submit_button  # Tab: the code, then Sign in
    qtbot.keyClicks(page.code_edit, "1111")
    started = time.monotonic()
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert window.session.profile is None and window.stack.currentWidget() is page
    assert page.message.text() == "That is not right. You can try again in 1 s."  # no hint what was wrong
    assert not page.code_edit.isEnabled() and not page.submit_button.isEnabled()
    assert not window.services.sign_in.check(window.session.profile_named("Ana"), "4821").accepted  # waits
    qtbot.waitUntil(page.code_edit.isEnabled, timeout=3000)
    assert time.monotonic() - started >= 0.9
    qtbot.keyClicks(page.code_edit, "4822")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert page.message.text() == "That is not right. You can try again in 2 s."  # the wait grows
    qtbot.waitUntil(page.code_edit.isEnabled, timeout=4000)
    qtbot.keyClicks(page.code_edit, "4821")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert window.session.profile.name == "Ana"
    assert reflection(window).editor.toPlainText() == WORDS  # signed in: her words are hers to read again


def test_pictures_by_keyboard_only_in_any_order_and_a_wrong_pair_is_refused(qtbot, data_dir, course) -> None:
    window = open_window(qtbot, data_dir, course, mode="picture")
    add_learner(qtbot, window, "Ben")
    page = window.stack.currentWidget()
    assert isinstance(page, SignInPicture) and page.choosing
    assert [b.accessibleName() for b in page.buttons] == ["Sun", "Moon", "Star", "Tree", "Fish", "House", "Boat",
                                                          "Flower", "Heart"]

    def pick(indexes: list[int]) -> None:
        page.buttons[0].setFocus()
        at = 0
        for index in indexes:
            while at != index:  # arrow keys walk the grid
                key = Qt.Key.Key_Right if index > at else Qt.Key.Key_Left
                qtbot.keyClick(page.buttons[at], key)
                at += 1 if index > at else -1
            assert page.buttons[index].hasFocus()
            qtbot.keyClick(page.buttons[index], Qt.Key.Key_Space)
        qtbot.keyClick(page.buttons[at], Qt.Key.Key_Return)

    # Tab: the nine pictures in reading order, then Sign in, Forgot and Back
    assert all(a.nextInFocusChain() is b for a, b in zip(page.buttons, page.buttons[1:], strict=False))
    assert page.buttons[-1].nextInFocusChain() is page.submit_button
    assert page.submit_button.nextInFocusChain() is page.forgot_button
    pick([1, 7])
    assert page.confirming
    pick([7, 1])
    assert window.session.profile.name == "Ben"
    window.switch_action.trigger()
    pick_tile(qtbot, window, "Ben")
    page = window.stack.currentWidget()
    assert isinstance(page, SignInPicture) and not page.choosing
    pick([1, 2])  # one right, one wrong: refused, and nothing says which
    assert window.session.profile is None and page.message.text() == "That is not right. You can try again in 1 s."
    assert not any(b.isChecked() for b in page.buttons) and not page.buttons[0].isEnabled()
    qtbot.waitUntil(page.buttons[0].isEnabled, timeout=3000)
    pick([7, 1])
    assert window.session.profile.name == "Ben"


def test_ten_minutes_without_input_sign_the_learner_out(qtbot, data_dir, course) -> None:
    window = open_window(qtbot, data_dir, course)
    assert window.sign_in_gate.idle_timer.interval() == 10 * 60 * 1000
    add_learner(qtbot, window, "Ana")
    assert window.session.profile is not None
    window.sign_in_gate.idle_timer.setInterval(150)  # ten minutes, shortened for the test
    window.sign_in_gate.idle_timer.start()
    qtbot.waitUntil(lambda: window.session.profile is None, timeout=3000)
    assert window.stack.currentWidget() is window.picker


def test_input_restarts_the_countdown_then_the_gate_rests_before_it_watches_again(qtbot, data_dir, course) -> None:
    window = open_window(qtbot, data_dir, course)
    gate = window.sign_in_gate
    add_learner(qtbot, window, "Ana")
    gate.watch_pause.setInterval(300)  # five seconds, shortened for the test
    qtbot.waitUntil(lambda: gate.watching, timeout=3000)
    gate.idle_timer.setInterval(60_000)
    gate.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer reports its time left +-5%
    qtbot.keyClick(window.lesson_view, Qt.Key.Key_Down)  # a learner at the keyboard
    assert gate.idle_timer.remainingTime() > 59_900 and not gate.watching  # counted, then a rest
    qtbot.wait(200)
    qtbot.keyClick(window.lesson_view, Qt.Key.Key_Down)  # during the rest: not counted
    assert gate.idle_timer.remainingTime() < 59_900
    qtbot.waitUntil(lambda: gate.watching, timeout=3000)  # watching again
    qtbot.keyClick(window.lesson_view, Qt.Key.Key_Down)
    assert gate.idle_timer.remainingTime() > 59_900 and window.session.profile is not None


def test_back_on_the_sign_in_screen_returns_to_the_picker(qtbot, data_dir, course) -> None:
    window = open_window(qtbot, data_dir, course, mode="code")
    add_learner(qtbot, window, "Ana")
    page = window.stack.currentWidget()
    click(qtbot, page.back_button)
    assert window.stack.currentWidget() is window.picker and window.session.profile is None
    qtbot.waitUntil(lambda: window.sign_in_gate.page is None, timeout=1000)
