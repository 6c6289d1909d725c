"""Teacher mode in the real window: PIN set/wrong/right with a growing delay, notes, leaving, inactivity."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from literacy_app.content.model import TeacherNotes
from literacy_app.learning.teacher_pin import HASH_KEY, hash_pin
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from literacy_app.ui.teacher.class_grid import FIRST_LESSON
from literacy_app.ui.teacher.dashboard import TeacherDashboard
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.learning.classroom_fixtures import known_class


class FakeClock:
    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now


def open_window(qtbot, data_dir, *extra):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), *extra))
    qtbot.addWidget(window)
    window.show()
    window.teacher_mode.clock = FakeClock()
    return window


def type_pin(qtbot, field, pin: str) -> None:
    field.clear()
    qtbot.keyClicks(field, pin)


def notes_shown(window) -> bool:
    views = window.lesson_view.scroll.widget().findChildren(ProseView)
    return any("Fixture notes for teachers only." in view.toPlainText() for view in views)


def test_pin_is_set_then_wrong_entries_wait_longer_and_the_right_one_opens(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    mode = window.teacher_mode
    mode.enter_action.trigger()
    dialog = mode.pin_dialog
    assert dialog.choosing and dialog.confirm_edit.isVisible()
    type_pin(qtbot, dialog.pin_edit, "2580")
    type_pin(qtbot, dialog.confirm_edit, "2581")
    click(qtbot, dialog.ok_button)
    assert "differ" in dialog.message.text() and not mode.active
    type_pin(qtbot, dialog.confirm_edit, "2580")
    click(qtbot, dialog.ok_button)
    assert mode.active and isinstance(window.stack.currentWidget(), TeacherDashboard)
    stored = window.session.records.state(HASH_KEY)
    assert stored.startswith("scrypt$") and "2580" not in stored

    click(qtbot, window.stack.currentWidget().leave_button)
    assert not mode.active and window.stack.currentWidget() is window.picker

    mode.enter_action.trigger()
    dialog = mode.pin_dialog
    assert not dialog.choosing and not dialog.confirm_edit.isVisible()
    type_pin(qtbot, dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "try again in 1 s" in dialog.message.text()
    assert not dialog.ok_button.isEnabled() and not mode.active
    mode.clock.now += 1
    dialog.countdown.timeout.emit()
    assert dialog.ok_button.isEnabled()
    type_pin(qtbot, dialog.pin_edit, "2222")
    click(qtbot, dialog.ok_button)
    assert "try again in 2 s" in dialog.message.text()
    mode.clock.now += 1
    dialog.countdown.timeout.emit()
    assert not dialog.ok_button.isEnabled() and "1 s" in dialog.message.text()
    mode.clock.now += 1
    dialog.countdown.timeout.emit()
    type_pin(qtbot, dialog.pin_edit, "2580")
    click(qtbot, dialog.ok_button)
    assert mode.active


def test_the_delay_survives_a_restart(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.session.records.set_state(HASH_KEY, hash_pin("1357"))
    for _ in range(3):
        window.teacher_mode.enter_action.trigger()
        dialog = window.teacher_mode.pin_dialog
        type_pin(qtbot, dialog.pin_edit, "0000")
        click(qtbot, dialog.ok_button)
        window.teacher_mode.clock.now += 60
        dialog.reject()
    window.close()
    again = open_window(qtbot, data_dir)
    again.teacher_mode.clock.now = 5_000.0 + 3 * 60  # a minute after the third wrong try (its wait was 4 s)
    again.teacher_mode.enter_action.trigger()
    dialog = again.teacher_mode.pin_dialog
    assert dialog.ok_button.isEnabled()
    type_pin(qtbot, dialog.pin_edit, "0000")
    click(qtbot, dialog.ok_button)
    assert "try again in 8 s" in dialog.message.text()  # the fourth wrong try in a row


def test_pin_from_it_configuration_is_required_and_cannot_be_replaced(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.services.teacher.pin_hash = hash_pin("9753")
    window.teacher_mode.enter_action.trigger()
    dialog = window.teacher_mode.pin_dialog
    assert not dialog.choosing
    type_pin(qtbot, dialog.pin_edit, "9753")
    click(qtbot, dialog.ok_button)
    assert window.teacher_mode.active
    assert window.session.records.state(HASH_KEY) is None


def enter_teacher_mode(qtbot, window) -> TeacherDashboard:
    window.session.records.set_state(HASH_KEY, hash_pin("2468"))
    window.teacher_mode.enter_action.trigger()
    type_pin(qtbot, window.teacher_mode.pin_dialog.pin_edit, "2468")
    click(qtbot, window.teacher_mode.pin_dialog.ok_button)
    return window.teacher_mode.dashboard


def test_teacher_notes_only_in_teacher_mode(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--profile", "Ana", "--lesson", "fixture-basics", "--step", "4")
    assert any(isinstance(item, TeacherNotes) for item in window.lesson_view.lesson.steps[3].items)
    assert not notes_shown(window)
    dashboard = enter_teacher_mode(qtbot, window)
    assert dashboard.back_button.isEnabled()
    click(qtbot, dashboard.back_button)
    assert window.stack.currentWidget() is window.splitter and notes_shown(window)
    window.teacher_mode.leave_action.trigger()
    assert window.stack.currentWidget() is window.picker and window.session.profile is None
    ana = next(window.picker.tiles.item(r) for r in range(window.picker.tiles.count())
               if window.picker.tiles.item(r).text() == "Ana")
    window.picker._activated(ana)
    assert window.lesson_view.step == 3 and not notes_shown(window)


def test_teacher_mode_ends_after_inactivity_and_input_keeps_it(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    enter_teacher_mode(qtbot, window)
    mode = window.teacher_mode
    assert mode.idle_timer.isActive() and mode.idle_timer.interval() == 10 * 60 * 1000
    assert mode.idle_timer.remainingTime() > 100_000
    mode.idle_timer.setInterval(60_000)  # takes effect when input restarts the countdown
    qtbot.keyClick(mode.dashboard.grid.search, Qt.Key.Key_A)
    assert mode.active and mode.idle_timer.remainingTime() <= 61_000
    mode.idle_timer.setInterval(50)
    with qtbot.waitSignal(mode.ended, timeout=5000):  # without further input, teacher mode ends
        qtbot.keyClick(mode.dashboard.grid.search, Qt.Key.Key_B)
    assert not mode.active and window.stack.currentWidget() is window.picker


def test_dashboard_archive_and_reset_need_confirmation(qtbot, data_dir, tmp_path):
    window = open_window(qtbot, data_dir)
    known_class(window.session.records.db, window.library)
    window.show_picker()
    dashboard = enter_teacher_mode(qtbot, window)
    grid = dashboard.grid
    row = next(r for r in range(grid.proxy.rowCount()) if grid.proxy.index(r, 0).data().startswith("Ben"))
    grid.table.setCurrentIndex(grid.proxy.index(row, FIRST_LESSON))
    click(qtbot, grid.reset_button)
    box = dashboard.pending_box
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    db = window.session.records.db
    ben = window.session.records.profile_by_name("Ben")
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (ben.id,))[0] == 2
    click(qtbot, grid.reset_button)
    click(qtbot, next(b for b in dashboard.pending_box.buttons() if b.text() == "Reset lesson"))
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (ben.id,))[0] == 0
    row = next(r for r in range(grid.proxy.rowCount()) if grid.proxy.index(r, 0).data().startswith("Ben"))
    assert grid.proxy.index(row, FIRST_LESSON).data() == "–"
    click(qtbot, dashboard.undo_button)
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (ben.id,))[0] == 2

    grid.table.setCurrentIndex(grid.proxy.index(row, 0))
    click(qtbot, grid.archive_button)
    click(qtbot, next(b for b in dashboard.pending_box.buttons() if b.text() == "Archive"))
    names = [grid.proxy.index(r, 0).data() for r in range(grid.proxy.rowCount())]
    assert not any(name.startswith("Ben") for name in names)
    assert window.session.records.profile_by_name("Ben") is None
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (ben.id,))[0] == 2


@pytest.mark.parametrize("step", ["4"])
def test_students_reach_nothing_teacher_only_without_the_pin(qtbot, data_dir, step):
    window = open_window(qtbot, data_dir, "--profile", "Ana", "--lesson", "fixture-basics", "--step", step)
    window.session.records.set_state(HASH_KEY, hash_pin("2468"))
    window.teacher_mode.enter_action.trigger()
    window.teacher_mode.pin_dialog.reject()
    assert window.teacher_mode.dashboard is None and not window.teacher_mode.active
    assert window.stack.currentWidget() is window.splitter and not notes_shown(window)
