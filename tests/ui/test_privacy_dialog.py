"""The teacher's "Learners' data…": sign-in mode, export, erase after a confirmation that lists exactly what
goes, reset of a forgotten code, and learners inactive for longer than the school keeps data."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from literacy_app.clock import clock
from literacy_app.store.learner_data import LEARNER_ROWS
from literacy_app.ui.activities.quiz_test_widget import QuizTestWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.teacher.dashboard import TeacherDashboard
from literacy_app.ui.teacher.privacy_dialog import PrivacyDialog
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.store.learner_seed import SECOND_PHRASE, SECRET_PHRASE, seeded


def open_dialog(qtbot, data_dir: Path) -> tuple[object, PrivacyDialog]:
    db, _session, _ana, _ben = seeded(data_dir)
    db.close()
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE)))
    qtbot.addWidget(window)
    dashboard = TeacherDashboard(window.services.teacher)
    qtbot.addWidget(dashboard)
    assert dashboard.privacy_button.text() == "Learners' data…"
    click(qtbot, dashboard.privacy_button)
    dialog = dashboard.findChild(PrivacyDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return window, dialog


def test_erase_shows_exactly_what_goes_then_leaves_no_row_and_no_byte(qtbot, data_dir: Path) -> None:
    window, dialog = open_dialog(qtbot, data_dir)
    db = window.services.db
    assert [student.name for student in dialog.parent().overview.students] == ["Ana", "Ben"]
    dialog.select("Ana")
    box = dialog.confirm_erase(dialog.current_uid())
    details = box.informativeText()
    for line in ("2  answers", "1  scenario paths", "1  reflections (their own words)", "1  work put aside by a reset",
                 "1  sign-in pictures or code (as a hash)", "2 statements already sent to the LRS"):
        assert line in details, line
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter does not erase
    erase = next(b for b in box.buttons() if b.text() == "Erase Ana")
    click(qtbot, erase)
    assert "Ana erased" in dialog.status.text() and "for the district to void" in dialog.status.text()
    assert [dialog.learner_list.item(r).text().split("  ")[0] for r in range(dialog.learner_list.count())] == ["Ben"]
    assert db.scalar("SELECT COUNT(*) FROM profiles WHERE name = 'Ana'") == 0
    data = (data_dir / "literacy.sqlite3").read_bytes()
    assert SECRET_PHRASE.encode() not in data and SECOND_PHRASE.encode() in data
    dashboard = dialog.parent()
    dialog.reject()  # closing the dialog refreshes the teacher view: Ana leaves the class grid
    assert [student.name for student in dashboard.overview.students] == ["Ben"]


def test_export_sign_in_mode_and_reset_of_a_forgotten_code(qtbot, data_dir: Path, tmp_path: Path) -> None:
    window, dialog = open_dialog(qtbot, data_dir)
    dialog.select("Ana")
    target = tmp_path / "ana.json"
    dialog.export_to(dialog.current_uid(), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert set(document["tables"]) == set(LEARNER_ROWS) and all(document["tables"].values())
    assert "ana.json" in dialog.status.text()

    click(qtbot, dialog.mode_buttons["code"])
    assert window.services.sign_in.mode == "code"
    ben = window.session.learner_named("Ben")
    assert window.services.sign_in.needed(ben) == "check"
    dialog.select("Ben")
    click(qtbot, dialog.reset_button)
    assert window.services.sign_in.needed(ben) == "choose" and "chooses new pictures" in dialog.status.text()


def test_learners_inactive_for_longer_are_listed_then_erased_on_confirmation(qtbot, data_dir: Path) -> None:
    window, dialog = open_dialog(qtbot, data_dir)
    with clock(lambda: datetime(2023, 5, 1, tzinfo=timezone.utc)):
        window.session.records.add_profile("Gone Since 2023")
    window.services.privacy.keep_months = 24  # as [privacy] keep_months = 24 sets it
    again = TeacherDashboard(window.services.teacher)
    qtbot.addWidget(again)
    assert again.privacy_button.text() == "Learners' data (1 to erase)…"
    dialog.refresh()
    dialog.months.setValue(24)
    assert "Inactive: Gone Since 2023." in dialog.inactive_label.text()
    box = dialog.confirm_erase_inactive()
    assert "Gone Since 2023  (2023-05-01)" in box.informativeText()
    click(qtbot, next(b for b in box.buttons() if b.text() == "Erase 1 learner"))
    assert window.session.learner_named("Gone Since 2023") is None
    assert window.session.learner_named("Ana") is not None and "Nobody is inactive" in dialog.inactive_label.text()


def test_erasing_the_learner_signed_in_on_this_pc_leaves_teacher_mode_at_the_picker(qtbot, data_dir: Path) -> None:
    """The teacher opens teacher mode from Ana's quiz and erases Ana: leaving teacher mode shows the picker,
    without Ana, and nothing of her quiz is built again for nobody."""
    db, _session, _ana, _ben = seeded(data_dir)
    db.close()
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana", "--lesson", "parasocial-pre-test"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.lesson_view.scroll.widget().findChild(QuizTestWidget) is not None)
    window.teacher_mode.enter()
    click(qtbot, window.teacher_mode.dashboard.privacy_button)
    dialog = window.teacher_mode.dashboard.findChild(PrivacyDialog)
    dialog.select("Ana")
    dialog.erase(dialog.current_uid())
    assert "Ana erased" in dialog.status.text() and window.session.profile is None
    dialog.reject()
    window.teacher_mode.leave()
    assert window.stack.currentWidget() is window.picker
    assert window.lesson_view.lesson is None
    assert [profile.name for profile in window.session.learners()] == ["Ben"]
