"""A learner who knows nothing but test-taking tricks must not pass the pre- or post-test.

Two strategies, scored with the app's own scoring (literacy_app.learning.scoring.score_question):
- tick every box: every choice of a multiple-answer question; a single-choice or true/false question
  takes only one answer, so that learner can only guess there (the average over its choices);
- always pick the longest answer: the longest choice of every question (ties: the average over the
  tied choices); in a multiple-answer question, only the longest choice is ticked.
"""

from __future__ import annotations

import pytest

from literacy_app.content.library import load_library
from literacy_app.content.model import Choice, Question, Quiz
from literacy_app.learning.scoring import score_question
from literacy_app.resources import bundled_lessons

LIBRARY = load_library([bundled_lessons()])
TESTS = [lesson for lesson in LIBRARY.lessons if lesson.assessment in ("pre", "post")]
LIMIT = 0.40


def _average(question: Question, responses: list[list[int]]) -> float:
    return sum(score_question(question, response).score for response in responses) / len(responses)


def tick_every_box(question: Question) -> float:
    everything = list(range(len(question.choices)))
    if question.kind == "multiple":
        return score_question(question, everything).score
    if question.kind in ("single", "true-false"):
        return _average(question, [[i] for i in everything])
    return 0.0  # nothing to tick: a typed, ordered or matched answer is left empty


def longest_answer(question: Question) -> float:
    if question.kind not in ("single", "true-false", "multiple"):
        return 0.0
    lengths = [len(" ".join(choice.text.split())) for choice in question.choices]
    longest = [[i] for i, length in enumerate(lengths) if length == max(lengths)]
    return _average(question, longest)


def share(lesson, strategy) -> float:
    questions = [q for quiz in lesson.blocks(Quiz) for q in quiz.questions]
    return sum(strategy(q) for q in questions) / sum(q.points for q in questions)


@pytest.mark.parametrize("strategy", [tick_every_box, longest_answer], ids=lambda s: s.__name__)
@pytest.mark.parametrize("lesson", TESTS, ids=lambda lesson: lesson.assessment)
def test_test_wise_guessing_scores_below_40_percent(lesson, strategy):
    assert share(lesson, strategy) < LIMIT


def test_both_tests_are_found():
    assert sorted(lesson.assessment for lesson in TESTS) == ["post", "pre"]


def test_the_strategies_do_find_the_faults_they_exploit():
    """The same strategies on badly written items: the longest answer keyed, three of four right."""
    long_key = Question("q1", "?", "single", [Choice("a short one", False), Choice("a much longer right answer", True),
                                               Choice("nope", False)])
    three_of_four = Question("q2", "?", "multiple", [Choice("a", True), Choice("b", True), Choice("c", True),
                                                     Choice("d", False)])
    assert longest_answer(long_key) == 1.0
    assert tick_every_box(three_of_four) == pytest.approx(2 / 3, abs=1e-3)
    assert tick_every_box(long_key) == pytest.approx(1 / 3, abs=1e-3)
