"""Scoring rules for every question type, scenarios and feeds. Pure functions, no Qt."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from literacy_app.content.model import Feed, Node, Post, Question, Scenario


@dataclass(frozen=True)
class QuestionResult:
    score: float
    max_score: float
    correct: bool
    response: dict  # what the learner answered, as stored (texts, not indexes)
    feedback: list[tuple[str, str]] = field(default_factory=list)  # (choice text, feedback)

    @property
    def fraction(self) -> float:
        return self.score / self.max_score if self.max_score else 0.0


def normalise_answer(text: str) -> str:
    """Case, accents' composition, extra spaces and end punctuation do not matter."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .!?;:,")


def score_question(question: Question, response) -> QuestionResult:
    """Score a learner's response.

    response: a list of choice indexes (single, true-false, multiple), a string (short),
    a list of choice indexes in the learner's order (order), or a list of right-hand texts,
    one per pair (match).
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
    raise ValueError(f"unknown question type {kind!r}")


def _score_choices(question: Question, selected: list[int]) -> QuestionResult:
    choices = question.choices
    chosen = [choices[i] for i in selected if 0 <= i < len(choices)]
    feedback = [(c.text, c.feedback) for c in chosen if c.feedback]
    correct_set = [c for c in choices if c.correct]
    if question.kind == "multiple":
        if any(c.weight is not None for c in choices):
            fraction = sum(c.weight or 0.0 for c in chosen)
        else:
            share = 1 / len(correct_set) if correct_set else 0
            fraction = sum(share if c.correct else -share for c in chosen)
        fraction = min(1.0, fraction)
        fraction = max(-1.0 if question.negative else 0.0, fraction)
        is_correct = set(map(id, chosen)) == set(map(id, correct_set))
    else:
        is_correct = len(chosen) == 1 and chosen[0].correct
        fraction = 1.0 if is_correct else 0.0
        if len(chosen) == 1 and chosen[0].weight is not None and not is_correct:
            fraction = min(1.0, max(0.0, chosen[0].weight))  # partial credit for a nearly right choice
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


@dataclass(frozen=True)
class ScenarioResult:
    ending: Node
    score: int
    max_score: int
    path: list[str]


def score_scenario(scenario: Scenario, path: list[str]) -> ScenarioResult:
    """The score of a finished run: the score of the ending it reached."""
    ending = scenario.node(path[-1]) if path else None
    if ending is None or not ending.is_ending:
        raise ValueError("a scenario run must end on an ending node")
    return ScenarioResult(ending, ending.score, scenario.max_score, list(path))


@dataclass(frozen=True)
class PostResult:
    post_id: str
    found: list[str]
    missed: list[str]
    wrong: list[str]
    score: int
    max_score: int


def score_post(post: Post, tagged: list[str]) -> PostResult:
    actual = set(post.cues)
    given = set(tagged)
    found = sorted(actual & given)
    missed = sorted(actual - given)
    wrong = sorted(given - actual)
    if actual:
        score = max(0, len(found) - len(wrong))
    else:
        score = 0 if wrong else 1
    return PostResult(post.id, found, missed, wrong, score, max(len(actual), 1))


def score_feed(feed: Feed, tags: dict[str, list[str]]) -> list[PostResult]:
    return [score_post(post, tags.get(post.id, [])) for post in feed.posts]
