"""Scores and shares written the way people write them: "3.3 of 10", "33%", never "3.3333" or "0.3333/1"."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def number(value: float, decimals: int = 1) -> str:
    """At most `decimals` decimals, no trailing zeros, halves rounded up: 3.3333 -> "3.3", 2.0 -> "2", 0.25 -> "0.3"."""
    step = Decimal(1).scaleb(-decimals)
    rounded = Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def score_of(score: float, max_score: float) -> str:
    """'3.3 of 10'."""
    return f"{number(score)} of {number(max_score)}"


def percent_value(percent: float) -> str:
    """A share already in percent: 33.33 -> "33%". Only nothing reads 0% and only everything reads 100%."""
    if 0 < percent < 1:
        return "<1%"
    if 99 < percent < 100:
        return "99%"
    return f"{number(percent, 0)}%"


def percent(part: float, whole: float) -> str:
    """part / whole as a percentage: (1, 3) -> "33%"; nothing to share reads "0%"."""
    return percent_value(100 * part / whole) if whole else "0%"
