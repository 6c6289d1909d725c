"""The simulated class answers numeric questions through the learner's code path, right and wrong."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from literacy_app.content.blocks.quiz import demo_answer
from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz
from literacy_app.learning.scoring import score_question
from literacy_app.services.class_simulation import simulate_class
from literacy_app.store.db import Database

END = datetime(2025, 3, 28, 16, tzinfo=timezone.utc)
LESSON = """---
id: numbers
title: Numbers
module: Tests
order: 1
---
## Count
::: quiz counting
attempts: 2

### In which year was "parasocial" first used? {#q-year}
Type: numeric
- [x] 1956
- [x] {50%} 1950..1960
Unit: year

### How far is it? {#q-far}
Type: numeric
- [x] 3,5 +- 0,1
- [ ] 35
  > Ten times too far.
Unit: km (required)

### Which is a sponsored post? {#q-ad}
- [x] One tagged #ad
- [ ] One from a friend
:::
"""


def library_with_numbers(tmp_path):
    (tmp_path / "numbers").mkdir(parents=True)
    (tmp_path / "numbers" / "lesson.md").write_text(LESSON, encoding="utf-8")
    library = load_library([tmp_path])
    assert not library.broken and [lesson.id for lesson in library.lessons] == ["numbers"]
    return library


class Always:
    """A learner whose picks are the first option (demo answers need only pick and chance)."""

    def pick(self, options):
        return options[0]

    def chance(self, _probability):
        return True


def test_a_demo_answer_is_right_when_the_learner_knows_and_wrong_when_not(tmp_path):
    questions = library_with_numbers(tmp_path).lessons[0].blocks(Quiz)[0].questions
    year, far = questions[0], questions[1]
    assert demo_answer(year, True, Always()) == "1956"  # an optional unit is left out, as most learners do
    assert demo_answer(far, True, Always()) == "3.5 km"  # a required one is written
    for question in (year, far):
        assert score_question(question, demo_answer(question, True, Always())).correct
        assert score_question(question, demo_answer(question, False, Always())).score == 0


def test_the_demo_class_answers_numeric_questions(tmp_path):
    library = library_with_numbers(tmp_path / "course")
    db = Database(tmp_path / "demo.sqlite3")
    simulate_class(db, library, 12, seed=5, attempts=2, end=END)
    rows = db.query("SELECT question_id, response, correct, score, max_score FROM answers "
                    "WHERE question_id IN ('q-year', 'q-far')")
    questions = {q.id: q for q in library.lessons[0].blocks(Quiz)[0].questions}
    assert len(rows) >= 24
    for question_id, response, correct, score, max_score in rows:
        stored = json.loads(response)
        assert set(stored) == {"text", "number"} and isinstance(stored["number"], float)
        again = score_question(questions[question_id], stored["text"])  # what the store holds is the score
        assert (again.correct, again.score, again.max_score) == (bool(correct), score, max_score)
    assert {bool(r[2]) for r in rows} == {True, False}  # some learners right, some wrong
    assert db.query_one("SELECT COUNT(*) FROM attempts WHERE finished_at IS NOT NULL")[0] >= 12
    db.close()
