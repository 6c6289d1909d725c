"""The pairs of colour tokens the app puts on top of each other, and the contrast each must reach (WCAG 2).

tests/ui/test_contrast.py measures every pair in `PAIRS` in every theme of palette.py. Plain Python, kept apart
from the tokens: the window never needs it at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """A foreground and background token that appear together, and the contrast they must reach."""

    fg: str  # token
    bg: str  # token
    kind: str  # "text" (4.5:1, 7:1 in high contrast) or "ui" (3:1: outlines, indicators, focus, disabled)
    use: str


PAIRS = (
    Pair("text", "window", "text", "lesson text, titles"),
    Pair("text", "surface", "text", "text in cards and fields"),
    Pair("text", "surface_alt", "text", "text in feedback boxes"),
    Pair("muted", "window", "text", "step label, captions"),
    Pair("muted", "surface", "text", "handles, counters in cards"),
    Pair("muted", "surface_alt", "text", "secondary text in feedback boxes"),
    Pair("link", "window", "text", "links in lesson text"),
    Pair("link", "surface", "text", "links in cards"),
    Pair("on_accent", "accent", "text", "primary buttons, selected rows, progress text"),
    Pair("on_accent", "accent_hover", "text", "primary button under the mouse"),
    Pair("correct", "surface", "text", "right answer"),
    Pair("correct", "surface_alt", "text", "right answer in a feedback box"),
    Pair("partial", "surface", "text", "partly right answer"),
    Pair("partial", "surface_alt", "text", "partly right answer in a feedback box"),
    Pair("wrong", "surface", "text", "wrong answer"),
    Pair("wrong", "surface_alt", "text", "wrong answer in a feedback box"),
    Pair("due", "surface", "text", "'To do' badge"),
    Pair("muted", "surface", "text", "'Locked' badge"),
    Pair("on_tooltip", "tooltip", "text", "tool tips"),
    Pair("grid_text", "grid_high", "text", "teacher grid: 80% or more"),
    Pair("grid_text", "grid_mid", "text", "teacher grid: 50-79%"),
    Pair("grid_text", "grid_low", "text", "teacher grid: below 50%"),
    Pair("control_border", "surface", "ui", "outline of fields, buttons, check boxes and radios"),
    Pair("control_border", "window", "ui", "outline of controls on the page"),
    Pair("control_border", "surface_alt", "ui", "scroll bar handle, progress bar outline"),
    Pair("accent", "surface", "ui", "checked box, radio dot, progress bar"),
    Pair("accent", "surface_alt", "ui", "progress bar on its track"),
    Pair("accent", "window", "ui", "primary button on the page"),
    Pair("on_accent", "accent", "ui", "check mark inside a checked box"),
    Pair("on_accent", "disabled_text", "ui", "check mark and radio dot of a locked answer"),
    Pair("focus", "window", "ui", "focus ring on the page"),
    Pair("focus", "surface", "ui", "focus ring in a card"),
    Pair("focus", "surface_alt", "ui", "focus ring in a feedback box"),
    Pair("correct", "surface_alt", "ui", "state bar of a right answer"),
    Pair("partial", "surface_alt", "ui", "state bar of a partly right answer"),
    Pair("wrong", "surface_alt", "ui", "state bar of a wrong answer"),
    Pair("disabled_text", "disabled_fill", "ui", "a disabled button still reads"),
    Pair("accent", "disabled_fill", "ui", "an enabled primary button differs from a disabled one"),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb'."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def required(kind: str, theme: str) -> float:
    """AA (4.5:1 text, 3:1 indicators and focus); AAA (7:1) for text in high contrast."""
    if kind == "text":
        return 7.0 if theme == "high-contrast" else 4.5
    return 3.0
