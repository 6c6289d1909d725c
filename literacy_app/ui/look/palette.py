"""The colours of each theme, as named tokens.

Plain Python (no Qt): the style sheet, the Qt palettes and the painted pictures read their colours from here
and nowhere else. Which of them the app puts on top of each other, and the contrast each pair must reach, is
in contrast.py.
"""

from __future__ import annotations

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


def tokens(theme: str) -> dict[str, str]:
    return TOKENS.get(theme, LIGHT)
