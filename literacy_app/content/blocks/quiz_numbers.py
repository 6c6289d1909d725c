"""Numbers as people write them, for numeric questions: read the same way in a lesson and in an answer.

`1822`, `-5`, `3.5` and `3,5` (a decimal comma), `1 822` and `1,822` (thousands separators), `1.822,5` and
`1,822.5` (both), `1e6`. A single separator followed by exactly three digits (`1,822`, `1.822`) can be read
two ways; a reading keeps both, the usual one first (a comma groups thousands, a point marks decimals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = "\u00a0\u202f\u2009 "  # no-break, narrow no-break and thin spaces group thousands too
_MINUSES = "\u2212\u2013"  # the minus sign and an en dash typed for one
_NUMBER_RE = re.compile(
    rf"(?P<sign>[+\-{_MINUSES}]?)[ ]*"
    rf"(?P<digits>(?:\d|[.,]\d)(?:[\d.,{_SPACES}]*\d)?[.,]?)"
    r"(?P<exponent>[eE][+-]?\d+(?![\d.,]))?"
)
_GROUPS_RE = re.compile(r"\d{1,3}(?:\|\d{3})*")


@dataclass(frozen=True)
class NumberReading:
    """What a text starts with as a number: its readings (the usual one first) and the text after it."""

    values: tuple[float, ...]
    rest: str
    start: int  # where the number starts in the text, 0-based
    end: int  # where it ends

    @property
    def value(self) -> float:
        return self.values[0]

    @property
    def ambiguous(self) -> bool:
        return len(self.values) > 1


def read_number(text: str) -> NumberReading | None:
    """The number at the start of `text` (after spaces) and what follows it, or None when it starts with
    something else or its separators do not make a number (`1,2,3`, `1 22`)."""
    match = _NUMBER_RE.match(text, len(text) - len(text.lstrip()))
    if match is None:
        return None
    digits = match.group("digits")
    end = match.end("digits")
    while digits and digits[-1] in _SPACES:  # '42 km': the space belongs to neither
        digits, end = digits[:-1], end - 1
    negative = match.group("sign") not in ("", "+")
    values: tuple[float, ...] | None
    if match.group("exponent") and end == match.end("digits"):
        if re.search(rf"[,{_SPACES}]", digits) or digits.count(".") > 1:
            return None  # '1,822e3' is no way to write a number
        values, end = (float(digits + match.group("exponent")),), match.end()
    else:
        values = _values(digits)
    if values is None:
        return None
    signed = tuple(-value if negative else value for value in values)
    return NumberReading(signed, text[end:].strip(), match.start(), end)


def _values(digits: str) -> tuple[float, ...] | None:
    """The readings of unsigned digits with separators."""
    spaced = any(ch in _SPACES for ch in digits)
    plain = re.sub(f"[{_SPACES}]", "|", digits)
    commas, points = plain.count(","), plain.count(".")
    if commas and points:  # the last separator marks the decimals, the other groups thousands
        decimal = "," if plain.rfind(",") > plain.rfind(".") else "."
        group = "." if decimal == "," else ","
        if plain.count(decimal) > 1:
            return None
        whole, fraction = plain.split(decimal)
        return _number(whole.replace(group, "|"), fraction)
    separator = "," if commas else "." if points else ""
    if not separator:
        return _number(plain, "")
    count = plain.count(separator)
    if count > 1:  # '1,000,000', '1.000.000'
        return _number(plain.replace(separator, "|"), "") if not plain.endswith(separator) else None
    whole, fraction = plain.split(separator)
    as_decimal = _number(whole, fraction)
    grouped = len(fraction) == 3 and whole and not whole.startswith("0") and not spaced
    as_thousands = _number(whole + "|" + fraction, "") if grouped else None
    if as_decimal is None or as_thousands is None:
        return as_decimal or as_thousands
    return as_thousands + as_decimal if separator == "," else as_decimal + as_thousands


def _number(whole: str, fraction: str) -> tuple[float, ...] | None:
    """Digits whose thousands are separated by '|', and decimal digits."""
    if whole and "|" in whole and not _GROUPS_RE.fullmatch(whole):
        return None
    if not (whole or fraction) or not fraction.isdigit() and fraction:
        return None
    return (float((whole.replace("|", "") or "0") + "." + (fraction or "0")),)


def format_value(value: float) -> str:
    """A number as the app writes it: no exponent, no float noise, no trailing zeros."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
