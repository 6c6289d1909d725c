"""Scores and shares as people write them."""

from __future__ import annotations

import pytest

from literacy_app.learning.numbers import number, percent, percent_value, score_of


@pytest.mark.parametrize(("value", "text"), [
    (3.3333333, "3.3"), (10 / 3, "3.3"), (2.0, "2"), (0.0, "0"), (0.25, "0.3"), (0.05, "0.1"), (0.04, "0"),
    (12.95, "13"), (1 / 3, "0.3"), (100, "100"), (-0.04, "0"), (2.5, "2.5"),
])
def test_one_decimal_at_most_without_trailing_zeros(value, text):
    assert number(value) == text


def test_scores_read_like_a_sentence():
    assert score_of(10 / 3, 10) == "3.3 of 10"
    assert score_of(1 / 3, 1) == "0.3 of 1"
    assert score_of(2, 2) == "2 of 2"


@pytest.mark.parametrize(("part", "whole", "text"), [
    (1, 3, "33%"), (2, 3, "67%"), (0, 5, "0%"), (5, 5, "100%"), (1, 0, "0%"), (1, 400, "<1%"), (399, 400, "99%"),
    (1, 2, "50%"),
])
def test_percentages_are_whole_numbers_and_never_round_to_all_or_nothing(part, whole, text):
    assert percent(part, whole) == text


def test_a_share_given_in_percent():
    assert percent_value(88.46153846153847) == "88%"
    assert percent_value(66.5) == "67%"
