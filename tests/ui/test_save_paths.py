"""Exports, certificates and worksheets are offered in the Documents folder, named for what and when."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from literacy_app.clock import clock
from literacy_app.services.file_names import dated_name, safe_part, today
from literacy_app.ui.look.save_paths import documents_dir, suggested_path
from literacy_app.ui.shell import language


def test_names_say_what_and_when():
    day = date(2026, 11, 26)
    assert dated_name("grades", suffix="csv", day=day) == "grades-2026-11-26.csv"
    assert dated_name("certificate", "Zoë O'Brien", "Module 1: Ads", suffix=".pdf", day=day) == \
        "certificate-Zoë-O'Brien-Module-1-Ads-2026-11-26.pdf"
    assert safe_part(' a/b\\c:d*e?f"g<h>i|j ') == "a-b-c-d-e-f-g-h-i-j"
    assert dated_name("", "  ", suffix="json", day=day) == "2026-11-26.json"


def test_the_day_is_todays_on_this_pc_and_follows_a_simulated_clock():
    with clock(lambda: datetime(2026, 3, 2, 12, tzinfo=timezone.utc)):
        assert today() == date(2026, 3, 2)
        assert suggested_path("csv", "csv") == documents_dir() / "grades-2026-03-02.csv"
        assert suggested_path("csv-long", "csv").name == "all-attempts-2026-03-02.csv"
        assert suggested_path("json", "json").name == "archive-2026-03-02.json"
        assert suggested_path("roster", "csv").name == "roster-2026-03-02.csv"
        language.install("fr")
        assert suggested_path("csv", "csv").name == "notes-2026-03-02.csv"


def test_every_export_of_the_teacher_view_starts_in_documents_with_a_dated_name(qtbot, monkeypatch, data_dir):
    from literacy_app.content.library import load_library
    from literacy_app.services.teacher import TeacherService
    from literacy_app.store.db import Database
    from literacy_app.ui.teacher.dashboard import TeacherDashboard
    from tests.conftest import FIXTURE_COURSE

    asked: list[tuple[str, str]] = []

    def fake_dialog(_parent, caption, start, _filter):
        asked.append((caption, start))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    db = Database(data_dir / "literacy.sqlite3")
    dashboard = TeacherDashboard(TeacherService(db, load_library([FIXTURE_COURSE])))
    qtbot.addWidget(dashboard)
    with clock(lambda: datetime(2026, 11, 26, 9, tzinfo=timezone.utc)):
        for name in ("csv", "csv-long", "json", "xapi"):
            dashboard._ask_export(name)
        dashboard._ask_roster_export()
        dashboard._ask_roster_import()
    db.close()
    names = [Path(start).name for _caption, start in asked[:5]]
    assert names == ["grades-2026-11-26.csv", "all-attempts-2026-11-26.csv", "archive-2026-11-26.json",
                     "xapi-statements-2026-11-26.json", "roster-2026-11-26.csv"]
    assert {Path(start).parent for _caption, start in asked[:5]} == {documents_dir()}
    assert Path(asked[5][1]) == documents_dir(), "a roster to import is looked for in Documents"
