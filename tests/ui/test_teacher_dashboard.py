"""The dashboard on a simulated class shows what the database holds, and exports it."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QRectF, Qt

from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.store.roster import parse_roster
from literacy_app.ui.look.formats import as_date
from literacy_app.ui.teacher.class_grid import FIRST_LESSON, SORT_ROLE
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
        for column, lesson in enumerate(model.overview.lessons, FIRST_LESSON):
            text = model.index(row, column).data()
            if (name, lesson.id) in expected:
                assert f"{expected[(name, lesson.id)]:.0f}%" in text, (name, lesson.id, text)
                assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole).startswith(name)
                checked += 1
            else:
                assert "%" not in text
    assert checked == len(expected) > 40

    grid.table.sortByColumn(FIRST_LESSON + 1, Qt.SortOrder.DescendingOrder)
    values = [grid.proxy.index(r, FIRST_LESSON + 1).data(SORT_ROLE) for r in range(grid.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    first = model.overview.students[0].name
    qtbot.keyClicks(grid.search, first.split()[0])
    assert grid.proxy.rowCount() == 1 and first in grid.proxy.index(0, 0).data()
    grid.search.clear()
    grid.status.setCurrentIndex(grid.status.findData("help"))
    helped = {grid.proxy.index(r, 0).data(SORT_ROLE).split("  (")[0] for r in range(grid.proxy.rowCount())}
    # needs help: a lesson below 50% where the ungraded pre-test does not count, or nothing after the pre-test
    pre = {lesson.id for lesson in library.lessons if lesson.assessment == "pre"}
    started = {(row["name"], row["lesson_id"]) for row in db.query(
        "SELECT p.name, g.lesson_id FROM progress g JOIN profiles p ON p.id = g.profile_id "
        "UNION SELECT p.name, a.lesson_id FROM attempts a JOIN profiles p ON p.id = a.profile_id")}
    low = {name for (name, lesson_id), value in expected.items() if value < 50 and lesson_id not in pre}
    stuck = {name for name, lesson_id in started if lesson_id in pre
             and not any(n == name and other not in pre for n, other in started)}
    assert helped == low | stuck and helped
    low_in_pre_only = {name for (name, lesson_id), value in expected.items() if value < 50 and lesson_id in pre}
    assert low_in_pre_only - helped, "the class should hold a learner below 50% only in the pre-test"
    # each flagged learner is marked, and says why
    for row in range(grid.proxy.rowCount()):
        index = grid.proxy.index(row, 0)
        assert index.data().startswith("⚠ ")
        assert "needs help: below 50% in “" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_item_analysis_tab_on_the_known_class(qtbot, data_dir, tmp_path):
    db = Database(data_dir / "known.sqlite3")
    library = fixture_library(tmp_path)
    known_class(db, library)
    dashboard = TeacherDashboard(TeacherService(db, library))
    qtbot.addWidget(dashboard)
    table = dashboard.items.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == [  # hardest question first
        ["Which can build a one-sided bond?", "⚠ 40%", "A radio host. (2×)", "1.3", "5"],  # 5 answers / 4 learners
        ["Which one is a parasocial relationship?", "60%", "Two friends texting each other. (2×)", "1.3", "5"],
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


def test_a_learner_who_did_only_the_pre_test_needs_help_and_the_grid_says_why(qtbot, data_dir, tmp_path):
    from literacy_app.services.session import Session
    from literacy_app.store.records import Records

    db = Database(data_dir / "pre.sqlite3")
    library = fixture_library(tmp_path, with_pre_post=True)
    session = Session(Records(db), library)
    pre = library.lesson("pre")
    quiz = pre.block("pre-quiz")
    for name, right in (("Ana", False), ("Ben", True)):
        session.choose_profile(session.profile_named(name))
        for question in quiz.questions:
            answer = next(i for i, c in enumerate(question.choices) if c.correct == right)
            session.answer_question(pre, quiz, question, [answer])
    session.choose_profile(session.profile_named("Ben"))
    basics = library.lesson("fixture-basics")
    which, sources = basics.block("check").questions
    session.answer_question(basics, basics.block("check"), which, [1])
    session.answer_question(basics, basics.block("check"), sources, [0, 1])
    session.sign_out()
    dashboard = TeacherDashboard(TeacherService(db, library))
    qtbot.addWidget(dashboard)
    grid = dashboard.grid
    grid.status.setCurrentIndex(grid.status.findData("help"))
    assert grid.proxy.rowCount() == 1  # Ana, 0% in the pre-test and nothing since; not Ben
    index = grid.proxy.index(0, 0)
    assert index.data() == "⚠ Ana"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Ana: needs help: no lesson started after the pre-test"
    db.close()


# -- charts ------------------------------------------------------------------------------------
@pytest.fixture
def painted(monkeypatch):
    """Paint a widget once, as the screen would, and return every text drawn with where it really went."""
    from PySide6.QtGui import QPainter

    drawn: list = []
    draw = QPainter.drawText

    def recording(painter, *args):
        if len(args) == 3 and isinstance(args[2], str):  # drawText(rect, flags, text)
            rect, flags, text = args
            drawn.append((painter.boundingRect(QRectF(rect), int(flags), text), text))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)

    def paint(widget, size=(600, 300), points: float | None = None) -> list:
        drawn.clear()
        if points:  # a bigger text size, as A+ gives
            font = widget.font()
            font.setPointSizeF(points)
            widget.setFont(font)
        widget.resize(*size)
        widget.grab()
        return list(drawn)

    return paint


def _assert_readable(widget, labels) -> None:
    """Every label whole inside the widget, and no two labels on top of each other."""
    metrics = widget.fontMetrics()
    for rect, text in labels:
        assert rect.left() >= 0 and rect.right() <= widget.width() + 0.5, (text, rect)
        assert rect.width() + 0.5 >= metrics.horizontalAdvance(text), (text, rect)
    for i, (first, text_a) in enumerate(labels):
        for second, text_b in labels[i + 1:]:
            assert not first.adjusted(1, 1, -1, -1).intersects(second.adjusted(1, 1, -1, -1)), (text_a, text_b)


@pytest.mark.parametrize("points", [None, 16])
@pytest.mark.parametrize("size", [(600, 300), (420, 200), (420, 120)])
def test_histogram_axis_labels_are_whole_and_never_overlap(qtbot, painted, size, points):
    from literacy_app.ui.teacher.histogram import ScoreHistogram

    chart = ScoreHistogram()
    qtbot.addWidget(chart)
    chart.set_counts([0, 1, 3, 27, 40, 12, 5, 2, 0, 1], "Best scores in “A lesson”")
    labels = painted(chart, size, points)
    _assert_readable(chart, labels)
    texts = [text for _, text in labels]
    assert "40" in texts and "0" in texts  # the highest bar's count and the axis's start
    ticks = sorted({int(t) for t in texts if t.isdigit()} - {1, 2, 3, 5, 12, 27})
    assert len(ticks) >= 2  # the count axis still has numbers, just fewer of them


def test_an_empty_histogram_says_so(qtbot, painted):
    from literacy_app.ui.teacher.histogram import ScoreHistogram

    chart = ScoreHistogram()
    qtbot.addWidget(chart)
    chart.set_counts([0] * 10, "Best scores in “A lesson”")
    texts = [text for _, text in painted(chart)]
    assert "No finished attempts yet" in texts
    assert chart.accessibleDescription() == "No finished attempts yet."


def test_charts_are_focusable_and_speak_their_numbers(qtbot):
    from literacy_app.ui.teacher.histogram import ScoreHistogram
    from literacy_app.ui.teacher.progress_chart import ProgressChart

    histogram, progress = ScoreHistogram(), ProgressChart()
    for chart in (histogram, progress):
        qtbot.addWidget(chart)
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    histogram.set_counts([0, 0, 0, 0, 2, 0, 0, 5, 0, 1], "Best scores in “Lesson 1”")
    described = histogram.accessibleDescription()
    assert "40–49%: 2 learners" in described and "70–79%: 5 learners" in described
    assert "90–100%: 1 learner;" not in described and "90–100%: 1 learner." in described
    assert "0–9%: 0 learners" in described
    assert histogram.accessibleName() == "Best scores in “Lesson 1”"
    progress.set_points([("2025-03-03", 5.0), ("2025-03-10", 40.0), ("2025-03-17", 77.0)])
    described = progress.accessibleDescription()
    for day, value in (("2025-03-03", 5), ("2025-03-10", 40), ("2025-03-17", 77)):
        assert f"{as_date(day)}: {value}%" in described


@pytest.mark.parametrize("points", [None, 16])
@pytest.mark.parametrize("size", [(600, 300), (1300, 260), (420, 160)])
def test_progress_chart_labels_several_dates_and_whole_percentages(qtbot, painted, size, points):
    from literacy_app.ui.teacher.progress_chart import ProgressChart

    chart = ProgressChart()
    qtbot.addWidget(chart)
    days = [f"2025-03-{day:02d}" for day in range(3, 25)]
    chart.set_points([(day, 4.0 * n) for n, day in enumerate(days)])
    labels = painted(chart, size, points)
    _assert_readable(chart, labels)
    texts = [text for _, text in labels]
    assert "100%" in texts and "0%" in texts
    shown = {as_date(day): day for day in days}  # dates as the app's language writes them
    dates = [text for text in texts if text in shown]
    # several dates; only big text in a small chart leaves room for just the first and one more
    assert len(dates) >= (2 if points and size[0] < 500 else 3) and shown[dates[0]] == "2025-03-03"
    metrics = chart.fontMetrics()
    spacing = max(metrics.horizontalAdvance(text) for text in dates)
    lefts = sorted(rect.left() for rect, text in labels if text in shown)
    assert all(b - a >= spacing for a, b in zip(lefts, lefts[1:], strict=False))


def test_progress_value_label_keeps_off_the_axis_numbers(qtbot, painted):
    from literacy_app.ui.teacher.progress_chart import ProgressChart

    chart = ProgressChart()
    qtbot.addWidget(chart)
    for points in ([("2025-03-03", 12.0)], [("2025-03-03", 4.0), ("2025-03-04", 12.0)],
                   [("2025-03-03", 20.0), ("2025-03-30", 24.0)]):
        chart.set_points(points)
        labels = painted(chart, (420, 180), 16)
        _assert_readable(chart, labels)
        assert f"{points[-1][1]:.0f}%" in [text for _, text in labels]


# -- the class folder's PCs --------------------------------------------------------------------
def test_pc_panel_shows_when_each_pc_published_and_warns_in_words(qtbot):
    from literacy_app.services.class_folder import PcStatus
    from literacy_app.ui.teacher.pc_status import PcStatusPanel

    now = datetime(2025, 3, 28, 16, 0, tzinfo=timezone.utc)
    panel = PcStatusPanel()
    qtbot.addWidget(panel)
    panel.set_statuses([
        PcStatus("pc-12", 9, "2025-03-28T15:55:00+00:00", False, ""),
        PcStatus("pc-03", 11, "2025-03-25T09:00:00+00:00", True, ""),
        PcStatus("pc-07", 8, "2025-03-28T13:00:00+00:00", False,
                 "snapshot damaged: skipped; the previous copy is shown"),
        PcStatus("pc-20", 0, None, True, "snapshot is not a class snapshot: skipped"),
    ], now=now)
    table = panel.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}
    assert rows == {
        "pc-12": ["9", "5 min ago", "✔ up to date"],
        "pc-03": ["11", "3 days ago", "⚠ quiet for a long time: last published 3 days ago"],
        "pc-07": ["8", "3 h ago", "⚠ snapshot damaged: skipped; the previous copy is shown"],
        "pc-20": ["0", "never", "⚠ snapshot is not a class snapshot: skipped; last published never"],
    }
    # the PCs that need a look come first
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["pc-03", "pc-07", "pc-20", "pc-12"]
    assert panel.summary.text().startswith("4 PCs publish to the class folder, with 28 learners between them.")
    assert "⚠ 2 PCs have not published for a long time" in panel.summary.text()
    assert table.item(0, 2).toolTip() == "pc-03: published 2025-03-25 09:00"
    panel.set_statuses([])
    assert table.rowCount() == 0 and panel.summary.text() == "No PC has published to the class folder yet."


def test_time_ago_reads_as_people_say_it():
    from literacy_app.ui.teacher.grid_views import time_ago

    now = datetime(2025, 3, 28, 16, 0, tzinfo=timezone.utc)
    said = [time_ago(iso, now) for iso in ("2025-03-28T15:59:30+00:00", "2025-03-28T15:55:00+00:00",
                                           "2025-03-28T13:00:00+00:00", "2025-03-27T12:00:00+00:00",
                                           "2025-03-24T12:00:00+00:00", "2025-03-07T12:00:00+00:00",
                                           "2024-11-07T12:00:00+00:00", None)]
    assert said == ["just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", "3 weeks ago", "2024-11-07",
                    "never"]


def test_dashboard_shows_the_pcs_tab_for_a_class_folder_only(qtbot, data_dir, tmp_path):
    from literacy_app.cli import main as cli
    from literacy_app.services.app_services import build_services

    alone = build_services(data_dir)
    dashboard = TeacherDashboard(alone.teacher)
    qtbot.addWidget(dashboard)
    assert not dashboard.tabs.isTabVisible(dashboard.tabs.indexOf(dashboard.pcs))
    folder = tmp_path / "class"
    for pc in ("pc-01", "pc-02"):
        assert cli(["demo", "--students", "3", "--seed", pc[-1], "--data-dir", str(tmp_path / pc),
                    "--class-folder", str(folder), "--pc", pc]) == 0
    services = build_services(tmp_path / "teacher", class_folder=str(folder), pc="teacher")
    dashboard = TeacherDashboard(services.teacher)
    qtbot.addWidget(dashboard)
    index = dashboard.tabs.indexOf(dashboard.pcs)
    assert dashboard.tabs.isTabVisible(index) and dashboard.tabs.tabText(index) == "PCs"
    table = dashboard.pcs.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["pc-01"] == "3" and shown["pc-02"] == "3"
    assert all(table.item(r, 2).text() == "just now" for r in range(table.rowCount()))


def test_dashboard_without_pc_status_has_no_pcs_tab(qtbot, demo):
    db, library = demo

    class OlderService:  # a service from before class folders: everything but pc_status
        def __init__(self, inner: TeacherService) -> None:
            self._inner = inner

        def __getattr__(self, name: str):
            if name == "pc_status":
                raise AttributeError(name)
            return getattr(self._inner, name)

    service = OlderService(TeacherService(db, library))
    assert not hasattr(service, "pc_status")
    dashboard = TeacherDashboard(service)
    qtbot.addWidget(dashboard)
    assert dashboard.pcs is None
    assert [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())][-1] == "District LRS"
