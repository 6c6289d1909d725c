"""“Open class from LRS…”: from the dashboard's menu to a teacher view of the class in its own window."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.ui.teacher.dashboard import TeacherDashboard
from literacy_app.ui.teacher.lrs_class_dialog import LrsClassDialog, LrsClassWindow
from tests.conftest import click
from tests.store.lrs_stand_in import StandInLrs
from tests.store.test_lrs_reader import _simulated, course


@pytest.fixture
def lrs():
    server = StandInLrs()
    yield server
    server.close()


@pytest.fixture
def teacher(data_dir, lrs):
    """The teacher's own PC: an empty class here, the district LRS saved in the District LRS tab."""
    db = Database(data_dir / "literacy.sqlite3")
    service = TeacherService(db, course())
    service.save_connection(lrs.endpoint, "school-17", "secret")
    yield service
    db.close()


def _serve_class(lrs: StandInLrs) -> list[dict]:
    _, statements = _simulated()
    half = len(statements) // 2
    lrs.page("/xAPI/statements?limit=500", statements[:half], more="/xAPI/statements?page=2")
    lrs.page("/xAPI/statements?page=2", statements[half:])
    return statements


def _open_dialog(qtbot, dashboard: TeacherDashboard) -> LrsClassDialog:
    entry = next(a for a in dashboard.findChildren(QAction) if a.text() == "Open class from LRS…")
    entry.trigger()
    dialog = dashboard.findChild(LrsClassDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_class_opens_in_its_own_window_named_by_the_roster(qtbot, teacher, lrs, tmp_path, monkeypatch):
    statements = _serve_class(lrs)
    accounts = sorted({s["actor"]["account"]["name"] for s in statements})
    roster = tmp_path / "class-8b.csv"
    roster.write_text("name,student id,account\n" + "".join(f"Pupil {n},S{n},{a}\n" for n, a in enumerate(accounts)),
                      encoding="utf-8")
    dashboard = TeacherDashboard(teacher)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dialog = _open_dialog(qtbot, dashboard)
    assert (dialog.endpoint_edit.text(), dialog.user_edit.text(), dialog.password_edit.text()) == \
        (lrs.endpoint, "school-17", "secret")  # prefilled from the saved connection

    asked: list[str] = []

    def pick(parent, caption, folder, filters):
        asked.append(folder)
        return str(roster), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    click(qtbot, dialog.roster_button)
    assert asked == [dialog.documents_folder()] and asked[0]  # the picker opens in Documents
    assert dialog.roster_edit.text() == str(roster)

    with qtbot.waitSignal(dialog.classOpened, timeout=20000) as opened:
        click(qtbot, dialog.open_button)
    window = opened.args[0]
    assert isinstance(window, LrsClassWindow) and window.isVisible()
    assert len(lrs.requests) == 2 and all(auth.startswith("Basic ") for _, auth in lrs.requests)
    grid = window.dashboard.grid.model
    names = sorted(grid.overview.students[row].name for row in range(grid.rowCount()))
    assert names == sorted(f"Pupil {n}" for n in range(len(accounts)))
    assert f"{len(accounts)} learners, {len(statements)} statements" in window.summary_label.text()
    tabs = [window.dashboard.tabs.tabText(i) for i in range(window.dashboard.tabs.count())]
    assert "District LRS" not in tabs and "PCs" not in tabs  # this PC's outbox and class folder are not this class
    assert "Class" in tabs and "Attempts" in tabs
    assert not dialog.isVisible()

    # leaving teacher mode deletes the dashboard: the class window goes with it, and so does the class
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    class_db = window.lrs_class.db
    dashboard.deleteLater()
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)
    with pytest.raises(sqlite3.ProgrammingError):  # closed: nothing of the class stays in memory
        class_db.query("SELECT 1")


def test_a_refused_password_is_shown_in_the_dialog_and_no_window_opens(qtbot, teacher, lrs):
    lrs.page("/xAPI/statements?limit=500", status=401, body=json.dumps({"detail": "Invalid credentials"}).encode())
    dashboard = TeacherDashboard(teacher)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dialog = _open_dialog(qtbot, dashboard)
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: "refused the user name or password" in dialog.message.text(), timeout=20000)
    assert dialog.isVisible() and dialog.open_button.isEnabled() and not dialog.progress.isVisible()
    assert dialog.window_opened is None and not dashboard.findChildren(LrsClassWindow)


def test_a_roster_without_accounts_is_refused_before_reading(qtbot, teacher, lrs, tmp_path):
    roster = tmp_path / "names-only.csv"
    roster.write_text("Name,Student ID\nAna,S1\n", encoding="utf-8")
    dashboard = TeacherDashboard(teacher)
    qtbot.addWidget(dashboard)
    dialog = _open_dialog(qtbot, dashboard)
    dialog.roster_edit.setText(str(roster))
    click(qtbot, dialog.open_button)
    assert "no 'account' column" in dialog.message.text() and lrs.requests == []
