"""benchmarks/measure.py: the spread the start-up benchmarks report beside the ratio of their medians."""

from __future__ import annotations

import pytest

from benchmarks.measure import StartRun, ratio_spread


def runs(*seconds: float) -> list[StartRun]:
    return [StartRun(s, None) for s in seconds]


def test_each_app_start_is_compared_with_the_bare_start_made_right_after_it():
    starts = {"app": runs(0.150, 0.170, 0.160), "bare": runs(0.100, 0.100, 0.080)}
    assert ratio_spread(starts) == (pytest.approx(1.5), pytest.approx(2.0))


def test_a_missing_run_on_one_side_is_an_error_not_a_shorter_spread():
    with pytest.raises(ValueError):
        ratio_spread({"app": runs(0.15, 0.16), "bare": runs(0.1)})
