"""How a quiz question is scored, for every question type. Pure functions on the lesson model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from literacy_app.content.blocks.quiz_numbers import format_value, read_number
from literacy_app.content.model import NumericAnswer, Question
from literacy_app.content.weights import effective_weights

# what a numeric answer was missing, for the learner: NOTES[note] in words
NOT_A_NUMBER = "not-a-number"
UNIT_MISSING = "unit-missing"
OTHER_UNIT = "other-unit"
NOTES = {
    NOT_A_NUMBER: "The answer is not a number.",
    UNIT_MISSING: "The answer needs its unit: {unit}.",
    OTHER_UNIT: "The answer must be in {unit}.",
}


@dataclass(frozen=True)
class QuestionResult:
    """One question scored: the points, whether it was right, what was answered and the feedback to show."""

    score: float
    max_score: float
    correct: bool
    response: dict[str, Any]  # what the learner answered, as stored (texts, not indexes)
    feedback: list[tuple[str, str]] = field(default_factory=list)  # (choice text, feedback)
    note: str = ""  # numeric: why the answer could not be right (NOT_A_NUMBER, UNIT_MISSING, OTHER_UNIT)

    @property
    def fraction(self) -> float:
        return self.score / self.max_score if self.max_score else 0.0


def normalise_answer(text: str) -> str:
    """Case, accents' composition, extra spaces and end punctuation do not matter."""
    import unicodedata  # with the first typed answer, not with the block registry at start-up

    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .!?;:,")


def score_question(question: Question, response: Any) -> QuestionResult:
    """Score a learner's response.

    response: a list of choice indexes (single, true-false, multiple), a string (short),
    a list of choice indexes in the learner's order (order), a list of right-hand texts,
    one per pair (match), or the text typed, a number perhaps with a unit (numeric).
    """
    kind = question.kind
    if kind in ("single", "true-false", "multiple"):
        return _score_choices(question, sorted(set(response)))
    if kind == "short":
        return _score_short(question, str(response))
    if kind == "order":
        return _score_order(question, list(response))
    if kind == "match":
        return _score_match(question, list(response))
    if kind == "numeric":
        return _score_numeric(question, str(response))
    raise ValueError(f"unknown question type {kind!r}")


def _score_choices(question: Question, selected: list[int]) -> QuestionResult:
    choices = question.choices
    chosen = [choices[i] for i in selected if 0 <= i < len(choices)]
    feedback = [(c.text, c.feedback) for c in chosen if c.feedback]
    correct_set = [c for c in choices if c.correct]
    shares = effective_weights(question)  # the one weight rule, shared with check, import and export
    picked = [shares[i] for i in selected if 0 <= i < len(choices)]
    if question.kind == "multiple":
        fraction = min(1.0, sum(picked))
        fraction = max(-1.0 if question.negative else 0.0, fraction)
        is_correct = set(map(id, chosen)) == set(map(id, correct_set))
    else:
        is_correct = len(chosen) == 1 and chosen[0].correct
        fraction = min(1.0, max(0.0, picked[0])) if len(picked) == 1 else 0.0  # partial credit when weighted
    return QuestionResult(
        round(fraction * question.points, 4), question.points, is_correct,
        {"selected": [c.text for c in chosen]}, feedback,
    )


def _score_short(question: Question, answer: str) -> QuestionResult:
    given = normalise_answer(answer)
    for choice in question.choices:
        if normalise_answer(choice.text) == given:
            points = question.points if choice.correct else 0.0
            if choice.correct and choice.weight is not None:  # an accepted answer worth part of the points
                points = round(question.points * min(1.0, max(0.0, choice.weight)), 4)
                correct = choice.weight >= 1
                feedback = [(choice.text, choice.feedback)] if choice.feedback else []
                return QuestionResult(points, question.points, correct, {"text": answer}, feedback)
            feedback = [(choice.text, choice.feedback)] if choice.feedback else []
            return QuestionResult(points, question.points, choice.correct, {"text": answer}, feedback)
    return QuestionResult(0.0, question.points, False, {"text": answer})


def _score_order(question: Question, order: list[int]) -> QuestionResult:
    items = question.choices
    in_place = sum(1 for position, index in enumerate(order) if index == position)
    fraction = in_place / len(items) if items else 0.0
    return QuestionResult(
        round(fraction * question.points, 4), question.points, in_place == len(items) and len(order) == len(items),
        {"order": [items[i].text for i in order if 0 <= i < len(items)]},
    )


def _score_match(question: Question, rights: list[str]) -> QuestionResult:
    pairs = question.pairs
    right_count = sum(1 for (left, right), given in zip(pairs, rights, strict=False) if given == right)
    fraction = right_count / len(pairs) if pairs else 0.0
    return QuestionResult(
        round(fraction * question.points, 4), question.points, right_count == len(pairs),
        {"pairs": {left: given for (left, _), given in zip(pairs, rights, strict=False)}},
    )


def note_text(result: QuestionResult, question: Question) -> str:
    """A numeric result's note in words ('' when there is none)."""
    return NOTES[result.note].format(unit=question.unit) if result.note else ""


def _best(question: Question, values: tuple[float, ...]) -> tuple[float, NumericAnswer | None]:
    """The reading of the answer that earns most, and the accepted number that gives it (first on a tie)."""
    found: tuple[float, NumericAnswer | None] = (values[0], None)
    for value in values:  # '1,822' may mean 1822 or 1.822: the learner gets the reading that is right
        for answer in question.numeric:
            if _accepts(answer, value) and (found[1] is None or answer.fraction > found[1].fraction):
                found = (value, answer)
    return found


def _accepts(answer: NumericAnswer, value: float) -> bool:
    slack = 1e-9 * max(1.0, abs(answer.low), abs(answer.high))  # 1.1 - 0.1 is 1.0000000000000002
    return answer.low - slack <= value <= answer.high + slack


def _score_numeric(question: Question, answer: str) -> QuestionResult:
    """The best accepted number's share of the points; a unit counts only when the question requires it."""
    reading = read_number(answer)
    if reading is None:
        return QuestionResult(0.0, question.points, False, {"text": answer, "number": None}, note=NOT_A_NUMBER)
    value, matched = _best(question, reading.values)
    response = {"text": answer, "number": value}
    if question.unit_required and normalise_answer(reading.rest) != normalise_answer(question.unit):
        note = OTHER_UNIT if reading.rest else UNIT_MISSING
        return QuestionResult(0.0, question.points, False, response, note=note)
    if matched is None:
        return QuestionResult(0.0, question.points, False, response)
    fraction = min(1.0, max(0.0, matched.fraction))
    feedback = [(_written(matched), matched.feedback)] if matched.feedback else []
    return QuestionResult(round(fraction * question.points, 4), question.points, fraction >= 1 - 1e-9,
                          response, feedback)


def _written(answer: NumericAnswer) -> str:
    if answer.low == answer.high:
        return format_value(answer.low)
    return f"{format_value(answer.low)}..{format_value(answer.high)}"
