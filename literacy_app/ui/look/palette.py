"""The colours of each theme, as named tokens, and the pairs of them the app puts on top of each other.

Plain Python (no Qt): the style sheet, the Qt palettes and the painted pictures read their colours from here
and nowhere else, and tests/ui/test_contrast.py measures every pair in `PAIRS` with the WCAG formula.
"""

from __future__ import annotations

from dataclasses import dataclass

THEME_NAMES = ("light", "dark", "high-contrast")

# token -> colour. Text tokens sit on window, surface and surface_alt; "on_X" tokens sit on X.
LIGHT = {
    "window": "#f3f5f9",           # the page behind the lesson
    "surface": "#ffffff",          # cards, fields, lists
    "surface_alt": "#eef1f7",      # feedback boxes, alternate rows
    "text": "#1b1c20",
    "muted": "#4b5060",            # secondary text: handles, counters, step label
    "card_border": "#d5dae3",      # decoration only: a card is also set apart by its background
    "control_border": "#767c8a",   # fields, buttons, check box and radio outlines
    "accent": "#1f5fd6",           # primary buttons, checked boxes, selection, progress
    "accent_hover": "#174bb0",
    "on_accent": "#ffffff",
    "link": "#0b57d0",
    "focus": "#7b2cbf",            # the focus ring: a colour nothing else uses
    "disabled_text": "#6e7380",
    "disabled_fill": "#e9ecf1",
    "correct": "#1e7b34",
    "partial": "#8a5300",
    "wrong": "#b3261e",
    "due": "#1f5fd6",
    "tooltip": "#1b1c20",
    "on_tooltip": "#ffffff",
    "avatar_text": "#ffffff",
    "grid_text": "#1a1a1a",        # teacher grid: dark text on light band colours, in every theme
    "grid_high": "#c8e6c9",
    "grid_mid": "#ffe0b2",
    "grid_low": "#ffcdd2",
}

DARK = {
    "window": "#202124",
    "surface": "#2a2b2f",
    "surface_alt": "#34363b",
    "text": "#e8e8ea",
    "muted": "#b9bcc3",
    "card_border": "#44474d",
    "control_border": "#9aa0a6",
    "accent": "#8ab4f8",
    "accent_hover": "#a8c7fa",
    "on_accent": "#0b1b3a",
    "link": "#8ab4f8",
    "focus": "#fdd663",
    "disabled_text": "#8c9096",
    "disabled_fill": "#303136",
    "correct": "#81c995",
    "partial": "#f7b267",
    "wrong": "#f28b82",
    "due": "#8ab4f8",
    "tooltip": "#e8e8ea",
    "on_tooltip": "#202124",
    "avatar_text": "#ffffff",
    "grid_text": "#1a1a1a",
    "grid_high": "#c8e6c9",
    "grid_mid": "#ffe0b2",
    "grid_low": "#ffcdd2",
}

HIGH_CONTRAST = {
    "window": "#000000",
    "surface": "#000000",
    "surface_alt": "#1a1a1a",
    "text": "#ffffff",
    "muted": "#e6e6e6",
    "card_border": "#ffffff",
    "control_border": "#ffffff",
    "accent": "#ffff00",
    "accent_hover": "#ffff80",
    "on_accent": "#000000",
    "link": "#ffff00",
    "focus": "#00ffff",
    "disabled_text": "#a6a6a6",
    "disabled_fill": "#000000",
    "correct": "#7dff8a",
    "partial": "#ffd740",
    "wrong": "#ff9e9e",
    "due": "#ffff00",
    "tooltip": "#ffffff",
    "on_tooltip": "#000000",
    "avatar_text": "#ffffff",
    "grid_text": "#000000",
    "grid_high": "#c8e6c9",
    "grid_mid": "#ffe0b2",
    "grid_low": "#ffcdd2",
}

TOKENS = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

# avatars carry white initials; high contrast draws them white on black with a white ring
AVATARS = {
    "light": ("#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#00695c", "#b33c00", "#4527a0", "#ad1457"),
    "high-contrast": ("#000000",),
}
AVATARS["dark"] = AVATARS["light"]
AVATAR_TEXT = LIGHT["avatar_text"]


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


def tokens(theme: str) -> dict[str, str]:
    return TOKENS.get(theme, LIGHT)


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
