"""The quiz block: questions of seven types, scored one by one; the last answer finishes the attempt."""

from __future__ import annotations

from typing import Any

from literacy_app.content.blocks.quiz_numbers import format_value
from literacy_app.content.blocks.quiz_parse import parse_quiz
from literacy_app.content.blocks.registry import BlockType, DemoLearner, Template, register
from literacy_app.content.model import Choice, NumericAnswer, Question, Quiz
from literacy_app.content.syntax import Reporter
from literacy_app.content.weights import weight_problems

SINGLE_CHOICE = """\
### Which statement best describes a parasocial relationship? {#q-definition}
<!-- '- [x]' marks the correct choice, '- [ ]' a wrong one; an indented '>' line is that choice's feedback. -->
- [ ] Two classmates who message each other every evening.
  > Both people know each other here, so the bond runs both ways.
- [x] A viewer who feels close to a streamer who has never heard of them.
  > Right: the closeness only runs one way.
Hint: Ask yourself who knows whom.
Explanation: The relationship runs beside a real one, but only one side takes part.
"""

MULTIPLE_ANSWER = """\
### Which of these can build a one-sided bond? {#q-sources}
<!-- Several '- [x]' make check boxes with partial credit. '{50%}' after the mark sets a choice's share;
     a negative share such as '{-50%}' on a wrong choice takes points away. -->
- [x] A radio host you listen to every morning.
  > Yes: regular listening creates a sense of knowing the host.
- [x] A vlogger who talks straight into the camera.
  > Yes: direct address makes viewers feel spoken to personally.
- [ ] Your aunt, who calls you every Sunday.
  > She knows you too, so the relationship is mutual.
- [ ] A classmate you sit next to every day.
  > You both know each other: the bond runs both ways.
Points: 2
Explanation: Any media figure can be the other side of a one-sided bond.
"""

TRUE_FALSE = """\
### A post tagged #ad is paid for by a brand. {#q-ad-label}
Type: true-false
- [x] True
  > Yes: the label tells you money or free products changed hands.
- [ ] False
  > The label exists exactly to tell you it was paid for.
"""

SHORT_TEXT = """\
### What do we call a one-sided bond with a media figure? {#q-term}
Type: short
<!-- Every '- [x]' is an accepted answer; case and extra spaces are ignored. -->
- [x] parasocial relationship
- [x] parasocial bond
- [ ] friendship
  > A friendship runs both ways.
Hint: It starts with "para".
"""

ORDERING = """\
### Put the steps of checking a sponsored post in order. {#q-steps}
<!-- Write the items in the correct order; the app shuffles them for the learner. -->
1. Read the whole caption.
2. Look for a label such as #ad or "paid partnership".
3. Ask who earns money if you buy.
"""

MATCHING = """\
### Match each cue with what it looks like. {#q-cues}
<!-- 'left -> right': the learner picks the right side for each left side. -->
- Urgency -> "Only 3 hours left!"
- Engagement bait -> "Comment YES if you agree!"
- Affiliate link -> "Use my code for 20% off"
"""

NUMERIC = """\
### In which year was the word "parasocial" first used in a study? {#q-year}
Type: numeric
<!-- '- [x] 1956' accepts exactly 1956; '1956 +- 2' also 1954 to 1958; '1950..1960' any number in the range.
     '{50%}' gives part of the points; '- [ ]' is a known wrong number with its feedback. -->
- [x] 1956
  > Right: Horton and Wohl described it in 1956, long before social media.
- [x] {50%} 1950..1960
  > Close: it was 1956.
- [ ] 2006
  > That is when video sites took off; the idea is fifty years older.
Unit: year
Explanation: Horton and Wohl wrote about radio and television audiences in 1956.
"""

QUESTION_TEMPLATES = (
    Template("single", "Question: single choice", SINGLE_CHOICE),
    Template("multiple", "Question: multiple answers", MULTIPLE_ANSWER),
    Template("true-false", "Question: true or false", TRUE_FALSE),
    Template("short", "Question: short text", SHORT_TEXT),
    Template("order", "Question: put in order", ORDERING),
    Template("match", "Question: matching", MATCHING),
    Template("numeric", "Question: a number", NUMERIC),
)

QUIZ = """\
::: quiz check-basics
<!-- Settings (all optional): pass mark in percent, shuffle choices, number of attempts. -->
pass: 70
shuffle: yes
attempts: 2

""" + SINGLE_CHOICE + "\n" + MULTIPLE_ANSWER + ":::\n"


# the xAPI interaction type of each question type
XAPI_INTERACTIONS = {"single": "choice", "multiple": "choice", "true-false": "true-false", "short": "fill-in",
                     "order": "sequencing", "match": "matching", "numeric": "numeric"}


def passed(quiz: Quiz, score: float, max_score: float) -> bool | None:
    """Whether a finished attempt reaches the quiz's pass mark; None when the quiz has none."""
    if quiz.pass_mark is None:
        return None
    percent = 100 * score / max_score if max_score else 0.0
    return percent >= quiz.pass_mark


def _check(quiz: Quiz, reporter: Reporter) -> None:
    for question in quiz.questions:
        best = max((answer.fraction for answer in question.numeric), default=0.0)  # 0: the parser said so
        if question.kind == "numeric" and 0 < best < 1 - 1e-6:
            reporter.warning(question.line, 1, f"no accepted number of question '{question.id}' is worth 100%",
                             "nobody can score full marks; remove the weight of the best answer")
        weight_problems(question, reporter)  # weights that do not add up to 100%


def _ids(quiz: Quiz) -> list[tuple[str, int, str]]:
    return [(question.id, question.line, "question") for question in quiz.questions]


def describe_response(response: dict[str, Any]) -> str | None:
    """A stored answer to a question as a teacher reads it."""
    if "selected" in response:
        return "; ".join(response["selected"]) or "(nothing ticked)"
    if "text" in response:
        return f"“{response['text']}”"
    if "order" in response:
        return " → ".join(response["order"])
    if "pairs" in response:
        return "; ".join(f"{left} = {right}" for left, right in response["pairs"].items())
    return None


def _counts(quiz: Quiz) -> dict[str, int]:
    return {"quizzes": 1, "questions": len(quiz.questions)}


def demo_answer(question: Question, correct: bool, learner: DemoLearner) -> Any:
    """A response of the right shape: right when `correct`, else a plausible mistake."""
    kind, choices = question.kind, question.choices
    right = [i for i, c in enumerate(choices) if c.correct]
    wrong = [i for i, c in enumerate(choices) if not c.correct]
    if kind in ("single", "true-false"):
        if correct or not wrong:
            return right[:1]
        return [learner.pick(wrong)]
    if kind == "multiple":
        if correct or not (wrong or len(right) > 1):
            return right
        picked = [i for i in right if learner.chance(0.6)] + ([learner.pick(wrong)] if wrong else [])
        return sorted(set(picked)) if set(picked) != set(right) else right[:-1]
    if kind == "short":
        accepted = [c.text for c in choices if c.correct]
        if correct and accepted:
            return learner.pick(accepted)
        mistakes = [c.text for c in choices if not c.correct] or ["I am not sure"]
        return learner.pick(mistakes)
    if kind == "order":
        order = list(range(len(choices)))
        if not correct and len(order) > 1:
            position = learner.pick(list(range(len(order) - 1)))
            order[position], order[position + 1] = order[position + 1], order[position]
        return order
    if kind == "match":
        rights = [right_text for _, right_text in question.pairs]
        if not correct and len(rights) > 1:
            rights[0], rights[1] = rights[1], rights[0]
        return rights
    if kind == "numeric":
        best = max(question.numeric, key=lambda answer: answer.fraction, default=None)
        if best is None:
            return ""
        middle = (best.low + best.high) / 2
        value = middle if correct else middle + 10 * max(1.0, best.high - best.low)
        unit = question.unit if question.unit_required else ""  # most learners leave out a unit nobody asks for
        return f"{format_value(value)} {unit}".strip()
    raise ValueError(f"unknown question type {kind!r}")


def _demo(quiz: Quiz, learner: DemoLearner) -> dict[str, Any]:
    """question id -> response, in the quiz's order."""
    return {q.id: demo_answer(q, learner.knows(q.id, 0.0), learner) for q in quiz.questions}


QUIZ_TYPE = register(BlockType(
    name="quiz",
    label="Quiz",
    model=Quiz,
    parse=parse_quiz,
    template=Template("quiz", "Quiz", QUIZ),
    answers="per-item",
    graded=True,
    model_classes=(Question, Choice, NumericAnswer),
    check=_check,
    ids=_ids,
    max_score=lambda quiz: float(quiz.max_points),
    items=lambda quiz: [(q.id, q.prompt) for q in quiz.questions],
    describe=describe_response,
    counts=_counts,
    xapi_activity_type="http://adlnet.gov/expapi/activities/assessment",
    demo=_demo,
    extra_templates=QUESTION_TEMPLATES,
))
