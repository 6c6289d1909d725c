"""How wide a box must be for a text to wrap onto a given number of lines: for a column title, a legend, a
learner's name on a tile."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics


def narrowest_width(text: str, metrics: QFontMetrics, lines: int = 2) -> int:
    """The least width (pixels) in which `text`, broken only at spaces, fits on `lines` lines with nothing
    elided, as a word-wrapping label breaks it: each line as full as it can be."""
    if not text.strip(" "):
        return 0
    breaks = [match.end() for match in re.finditer(" +", text)]
    starts, ends = [0, *breaks], [*breaks, len(text)]
    advances = {(start, end): metrics.horizontalAdvance(text[start:end].rstrip(" "))
                for start in starts for end in ends if end > start}

    def fits(width: int) -> bool:
        start, count = 0, 0
        while start < len(text):
            reachable = [end for end in ends if end > start and advances[start, end] <= width]
            if not reachable:
                return False
            start, count = max(reachable), count + 1
        return count <= lines

    # fewer lines never need more width: the least width that fits is found by halving
    widths = sorted(set(advances.values()))
    low, high = 0, len(widths) - 1
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if fits(widths[middle]) else (middle + 1, high)
    return widths[low]
