"""Scoring of the foundation's question types and scenarios."""

from __future__ import annotations

import pytest

from literacy_app.content.validate import check_lesson
from literacy_app.learning.scoring import score_question, score_scenario
from tests.conftest import FIXTURE_LESSON

LESSON = check_lesson(FIXTURE_LESSON)
SINGLE, MULTIPLE = LESSON.block("check").questions


def test_single_choice():
    right = score_question(SINGLE, [1])
    assert (right.score, right.max_score, right.correct) == (1, 1, True)
    assert right.feedback == [("Feeling close to a streamer who has never met you.",
                               "Right: only one side knows the other.")]
    wrong = score_question(SINGLE, [0])
    assert (wrong.score, wrong.correct) == (0, False)


@pytest.mark.parametrize(
    ("selected", "points", "correct"),
    [([0, 1], 2.0, True), ([0], 1.0, False), ([0, 2], 0.0, False), ([2], 0.0, False), ([0, 1, 2], 1.0, False)],
)
def test_multiple_answer_partial_credit(selected, points, correct):
    result = score_question(MULTIPLE, selected)
    assert (result.score, result.max_score, result.correct) == (points, 2.0, correct)


def test_scenario_scores_its_ending():
    scenario = LESSON.block("code")
    result = score_scenario(scenario, ["start", "bought"])
    assert (result.score, result.max_score, result.ending.ending) == (0, 2, "Impulse buy")
    with pytest.raises(ValueError):
        score_scenario(scenario, ["start", "checked"])
