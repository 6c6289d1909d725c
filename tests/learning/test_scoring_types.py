"""Scoring rules per question type, scenarios and feeds (pure functions, no Qt)."""

from __future__ import annotations

import pytest

from literacy_app.content.model import Choice, Feed, Node, Post, Question, Scenario
from literacy_app.learning.scoring import score_feed, score_post, score_question, score_scenario


def choices(*marks: tuple[str, bool], weights: list[float | None] | None = None) -> list[Choice]:
    weights = weights or [None] * len(marks)
    return [Choice(text, correct, weight=w) for (text, correct), w in zip(marks, weights, strict=True)]


def test_single_choice():
    q = Question("q", "?", "single", choices(("a", False), ("b", True)), points=2)
    assert (score_question(q, [1]).score, score_question(q, [1]).correct) == (2, True)
    assert score_question(q, [0]).score == 0
    assert score_question(q, [1]).response == {"selected": ["b"]}


def test_single_choice_partial_credit_from_a_weight():
    q = Question("q", "?", "single", choices(("a", False), ("b", True), ("c", False), weights=[0.5, None, None]))
    result = score_question(q, [0])
    assert (result.score, result.correct) == (0.5, False)


def test_true_false():
    q = Question("q", "?", "true-false", choices(("True", False), ("False", True)))
    assert score_question(q, [1]).correct and not score_question(q, [0]).correct


def test_multiple_answer_partial_credit_never_below_zero():
    q = Question("q", "?", "multiple", choices(("a", True), ("b", True), ("c", False)), points=2)
    assert score_question(q, [0, 1]).score == 2
    assert score_question(q, [0]).score == 1
    assert score_question(q, [0, 2]).score == 0
    assert score_question(q, [2]).score == 0


def test_multiple_answer_negative_marking():
    q = Question("q", "?", "multiple", choices(("a", True), ("b", True), ("c", False)), negative=True)
    assert score_question(q, [2]).score == pytest.approx(-0.5)
    weighted = Question("q", "?", "multiple", choices(("a", True), ("b", True), ("c", False),
                                                      weights=[0.5, 0.5, -1.0]))
    assert score_question(weighted, [0, 2]).score == 0  # clamped at zero without `negative: true`


def test_short_text_ignores_case_and_spacing_and_knows_wrong_answers():
    q = Question("q", "?", "short", [Choice("parasocial relationship", True), Choice("Friendship", False, "No.")])
    assert score_question(q, "  Parasocial   RELATIONSHIP ").correct
    wrong = score_question(q, "friendship")
    assert (wrong.score, wrong.feedback) == (0, [("Friendship", "No.")])
    assert not score_question(q, "something else").correct


def test_short_text_partial_weight():
    q = Question("q", "?", "short", [Choice("Nazareth", True), Choice("Nazereth", True, weight=0.75)], points=4)
    assert score_question(q, "nazereth").score == 3


def test_ordering_counts_items_in_place():
    q = Question("q", "?", "order", choices(("1", True), ("2", True), ("3", True), ("4", True)))
    assert score_question(q, [0, 1, 2, 3]).correct
    assert score_question(q, [1, 0, 2, 3]).score == 0.5
    assert score_question(q, [3, 2, 1, 0]).score == 0


def test_matching_counts_right_pairs():
    q = Question("q", "?", "match", pairs=[("a", "1"), ("b", "2"), ("c", "3")], points=3)
    assert score_question(q, ["1", "2", "3"]).correct
    result = score_question(q, ["1", "3", "2"])
    assert (result.score, result.response) == (1, {"pairs": {"a": "1", "b": "3", "c": "2"}})


def test_scenario_scores_the_ending_reached():
    scenario = Scenario("s", [Node("a", "A"), Node("good", "G", ending="Good", score=3),
                              Node("ok", "O", ending="Ok", score=1)], start="a")
    result = score_scenario(scenario, ["a", "ok"])
    assert (result.score, result.max_score, result.ending.ending) == (1, 3, "Ok")
    with pytest.raises(ValueError):
        score_scenario(scenario, ["a"])


def test_feed_counts_found_missed_and_wrong():
    ad = Post("p1", "Juno", cues=["affiliate-link", "urgency"])
    clean = Post("p2", "Sam", cues=[])
    result = score_post(ad, ["affiliate-link", "engagement-bait"])
    assert (result.found, result.missed, result.wrong, result.score, result.max_score) == (
        ["affiliate-link"], ["urgency"], ["engagement-bait"], 0, 2)
    assert score_post(clean, []).score == 1
    assert score_post(clean, ["urgency"]).score == 0
    feed = Feed("f", [ad, clean])
    assert [r.score for r in score_feed(feed, {"p1": ["affiliate-link", "urgency"]})] == [2, 1]
    assert feed.max_score == 3
