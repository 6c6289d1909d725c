"""Scoring numeric questions: the best matching answer's share, units ignored unless required, numbers as
people type them; and what an answer becomes in the store, in xAPI and for the teacher."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.content.blocks.quiz import describe_response
from literacy_app.content.blocks.quiz_scoring import NOT_A_NUMBER, OTHER_UNIT, UNIT_MISSING, note_text
from literacy_app.content.model import NumericAnswer, Quiz
from literacy_app.content.validate import check_lesson_text
from literacy_app.learning.scoring import score_question
from literacy_app.learning.xapi import StatementBuilder
from literacy_app.store.lrs_reader import stored_response

LESSON = """---
id: numbers
title: Numbers
module: Tests
order: 1
---
## Step
::: quiz counting
### In which year did it happen? {#q-year}
Type: numeric
- [x] 1822 +- 5
  > Right.
- [x] {50%} 1800..1850
  > Close.
- [ ] 1922
  > A century too late.
Points: 2

### How far is it? {#q-far}
Type: numeric
- [x] 3,5
Unit: km (required)

### How many people? {#q-people}
Type: numeric
- [x] 1822
Unit: people
:::
"""


@pytest.fixture(scope="module")
def lesson():
    lesson = check_lesson_text(LESSON, Path("/nowhere/numbers/lesson.md"))
    assert lesson.problems == []
    return lesson


@pytest.fixture(scope="module")
def questions(lesson):
    return {q.id: q for q in lesson.blocks(Quiz)[0].questions}


def outcome(question, answer: str) -> tuple[float, bool, list[str], str]:
    result = score_question(question, answer)
    return result.score, result.correct, [feedback for _text, feedback in result.feedback], result.note


def test_exact_tolerance_range_and_partial_credit(questions):
    year = questions["q-year"]
    assert outcome(year, "1822") == (2.0, True, ["Right."], "")
    assert outcome(year, "1817") == outcome(year, "1827") == (2.0, True, ["Right."], "")  # the tolerance's ends
    assert outcome(year, "1816.9") == (1.0, False, ["Close."], "")  # outside the tolerance, inside the range
    assert outcome(year, "1850") == (1.0, False, ["Close."], "")
    assert outcome(year, "1922") == (0.0, False, ["A century too late."], "")  # a known wrong number
    assert outcome(year, "1700") == (0.0, False, [], "")
    assert outcome(year, "-1822") == (0.0, False, [], "")


def test_the_best_matching_answer_counts_not_the_first():
    from literacy_app.content.model import Question

    question = Question("q", "?", "numeric", numeric=[NumericAnswer(0, 100, 0.25, "wide"),
                                                     NumericAnswer(40, 45, 1.0, "narrow")])
    assert outcome(question, "42") == (1.0, True, ["narrow"], "")
    assert outcome(question, "50") == (0.25, False, ["wide"], "")
    float_noise = Question("q", "?", "numeric", numeric=[NumericAnswer(1.1 - 0.1, 1.1 + 0.1)])  # 1.0000000000000002
    assert score_question(float_noise, "1").correct


def test_separators_and_decimal_commas(questions):
    people = questions["q-people"]
    for typed in ("1822", "1 822", "1\u00a0822", "1,822", "1.822", "1822.0", "1822,0", "+1822", "1.822e3"):
        assert outcome(people, typed)[:2] == (1.0, True), typed
    assert score_question(people, "1,822").response == {"text": "1,822", "number": 1822.0}
    far = questions["q-far"]
    for typed in ("3,5 km", "3.5 km", "3.50km", " 3,5  km "):
        assert outcome(far, typed)[:2] == (1.0, True), typed
    # '1,822' read as a decimal comma when that is the reading that is right
    small = check_lesson_text(LESSON.replace("- [x] 1822\nUnit: people", "- [x] 1.822\nUnit: people"),
                              Path("/nowhere/numbers/lesson.md")).blocks(Quiz)[0].questions[2]
    assert score_question(small, "1,822").correct
    assert score_question(small, "1,822").response == {"text": "1,822", "number": 1.822}


def test_units_are_ignored_unless_required(questions):
    people = questions["q-people"]
    assert outcome(people, "1822 people")[:2] == outcome(people, "1822")[:2] == (1.0, True)
    assert outcome(people, "1822 persons")[:2] == (1.0, True)  # not required: any unit, or none
    far = questions["q-far"]
    assert outcome(far, "3.5 KM")[:2] == (1.0, True)  # case does not matter
    assert outcome(far, "3.5") == (0.0, False, [], UNIT_MISSING)
    assert outcome(far, "3.5 miles") == (0.0, False, [], OTHER_UNIT)
    assert note_text(score_question(far, "3.5"), far) == "The answer needs its unit: km."
    assert note_text(score_question(far, "3.5 m"), far) == "The answer must be in km."
    assert score_question(far, "3.5 m").response == {"text": "3.5 m", "number": 3.5}


def test_an_answer_that_is_not_a_number(questions):
    for typed in ("about 1822", "eighteen twenty-two", "1 82", "?"):
        result = score_question(questions["q-year"], typed)
        assert (result.score, result.correct, result.note) == (0.0, False, NOT_A_NUMBER)
        assert result.response == {"text": typed, "number": None}
    assert note_text(score_question(questions["q-year"], "lots"), questions["q-year"]) == "The answer is not a number."


def test_the_teacher_reads_what_was_typed_and_xapi_gets_the_number(lesson, questions):
    far = questions["q-far"]
    result = score_question(far, "3,5 km")
    assert describe_response(result.response) == "“3,5 km”"
    quiz = lesson.blocks(Quiz)[0]

    class Attempt:
        uid, score, max_score, started_at, finished_at = "a1", 0.0, 0.0, "2026-03-20T09:00:00+00:00", None

    statement = StatementBuilder("https://school.invalid/").question_answered("uid", lesson, quiz, far, result,
                                                                               Attempt())
    assert statement["object"]["definition"]["interactionType"] == "numeric"
    assert statement["result"]["response"] == "3.5"
    assert statement["result"]["success"] is True
    assert stored_response("numeric", "3.5") == {"text": "3.5", "number": 3.5}
    wrong = score_question(far, "many")
    assert StatementBuilder("https://school.invalid/").question_answered(
        "uid", lesson, quiz, far, wrong, Attempt())["result"]["response"] == "many"
    assert stored_response("numeric", "many") == {"text": "many", "number": None}
