"""The dashboard on a simulated class shows what the database holds, and exports it."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.store.roster import parse_roster
from literacy_app.ui.teacher.class_grid import SORT_ROLE
from literacy_app.ui.teacher.dashboard import TeacherDashboard
from tests.learning.classroom_fixtures import fixture_library, known_class, reference_percentages


@pytest.fixture
def demo(data_dir):
    db = Database(data_dir / "demo.sqlite3")
    library = load_library(resolve_settings().lesson_dirs[:1])
    simulate_class(db, library, 12, seed=4, end=datetime(2025, 3, 28, 16, tzinfo=timezone.utc))
    yield db, library
    db.close()


def test_grid_shows_the_stored_best_scores_sorts_and_filters(qtbot, demo):
    db, library = demo
    dashboard = TeacherDashboard(TeacherService(db, library))
    qtbot.addWidget(dashboard)
    grid = dashboard.grid
    expected = reference_percentages(db, library)
    model = grid.model
    assert model.rowCount() == 12 and model.columnCount() == len(library.lessons) + 2
    checked = 0
    for row in range(model.rowCount()):
        name = model.overview.students[row].name
        for column, lesson in enumerate(model.overview.lessons, 1):
            text = model.index(row, column).data()
            if (name, lesson.id) in expected:
                assert f"{expected[(name, lesson.id)]:.0f}%" in text, (name, lesson.id, text)
                assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole).startswith(name)
                checked += 1
            else:
                assert "%" not in text
    assert checked == len(expected) > 40

    grid.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    values = [grid.proxy.index(r, 2).data(SORT_ROLE) for r in range(grid.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    first = model.overview.students[0].name
    qtbot.keyClicks(grid.search, first.split()[0])
    assert grid.proxy.rowCount() == 1 and grid.proxy.index(0, 0).data().startswith(first)
    grid.search.clear()
    grid.status.setCurrentIndex(grid.status.findData("help"))
    helped = [grid.proxy.index(r, 0).data() for r in range(grid.proxy.rowCount())]
    low = {name for (name, _), value in expected.items() if value < 50}
    assert {h.split("  (")[0] for h in helped} == low


def test_item_analysis_tab_on_the_known_class(qtbot, data_dir, tmp_path):
    db = Database(data_dir / "known.sqlite3")
    library = fixture_library(tmp_path)
    known_class(db, library)
    dashboard = TeacherDashboard(TeacherService(db, library))
    qtbot.addWidget(dashboard)
    table = dashboard.items.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == [  # hardest question first
        ["Which can build a one-sided bond?", "⚠ 40%", "A radio host. (2×)", "1.2", "5"],
        ["Which one is a parasocial relationship?", "60%", "Two friends texting each other. (2×)", "1.2", "5"],
    ]
    assert "1 got fewer than half of the answers right" in dashboard.items.summary.text()
    dashboard.review(db.query_one("SELECT id FROM profiles WHERE name = 'Eve'")[0])
    text = dashboard.review_page.view.toPlainText()
    assert "The code drop → Buy right away → Buyer's rush" in text and "Impulse buy" in text
    db.close()


def test_dashboard_exports_and_imports_a_roster(qtbot, demo, tmp_path):
    db, library = demo
    dashboard = TeacherDashboard(TeacherService(db, library))
    qtbot.addWidget(dashboard)
    target = tmp_path / "grades.csv"
    dashboard.export_to("csv", target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 13 and rows[0][:2] == ["Name", "Student ID"]
    roster = tmp_path / "roster.csv"
    roster.write_bytes("\ufeffName;Student ID\r\nÉlodie Martin;S900\r\n".encode())
    dashboard.import_roster(roster)
    assert "1 added" in dashboard.status.text()
    assert dashboard.grid.model.rowCount() == 13
    dashboard.export_roster(tmp_path / "out.csv")
    assert ("Élodie Martin", "S900") in [(e.name, e.student_id) for e in parse_roster(
        (tmp_path / "out.csv").read_text(encoding="utf-8"))]
