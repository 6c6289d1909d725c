"""Play every path of every bundled scenario through the real widget, by clicking its buttons."""

from __future__ import annotations

import pytest

from literacy_app.content.blocks.scenario_paths import all_paths
from literacy_app.content.library import load_library
from literacy_app.content.model import Scenario
from literacy_app.resources import bundled_lessons
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.records import Records
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from tests.conftest import click

LIBRARY = load_library([bundled_lessons()])
CASES = [(lesson, s) for lesson in LIBRARY.lessons for s in lesson.blocks(Scenario)]


@pytest.mark.parametrize(("lesson", "scenario"), CASES, ids=[s.id for _l, s in CASES])
def test_click_through_every_path(qtbot, data_dir, lesson, scenario):
    db, _ = open_database(data_dir)
    session = Session(Records(db), LIBRARY)
    session.choose_profile(session.profile_named("Tester"))
    widget = ScenarioWidget(session, lesson, scenario)
    qtbot.addWidget(widget)
    paths = all_paths(scenario)
    for path in paths:
        if widget.finished:
            click(qtbot, widget.replay_button)
        assert widget.current.id == scenario.start
        for target in path[1:]:
            node = widget.current
            choice = next(c for c in node.choices if c.target == target and c.available(widget.score))
            button = next(b for b in widget.choice_buttons if b.accessibleName() == choice.text)
            click(qtbot, button)
        ending = scenario.node(path[-1])
        assert widget.finished and widget.title_label.text() == f"<b>Ending: {ending.ending}</b>"
        assert f"You scored {ending.score} of {scenario.max_score}." in widget.body_label.text()
    runs = session.scenario_runs(lesson, scenario)
    assert [run["path"] for run in runs] == paths
