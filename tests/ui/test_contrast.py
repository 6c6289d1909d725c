"""Contrast measured, not guessed: every pair of colours the themes put on top of each other meets WCAG.

AA everywhere (4.5:1 for text, 3:1 for outlines, indicators, the focus ring and disabled controls), AAA (7:1)
for text in the high-contrast theme. The Qt palettes, the style sheet and the lesson text all take their
colours from these tokens; the last tests check that they do.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette

from literacy_app.content.render import THEMES as PROSE
from literacy_app.ui.look.contrast import PAIRS, Pair, contrast, required
from literacy_app.ui.look.palette import AVATAR_TEXT, AVATARS, THEME_NAMES, tokens


def test_the_wcag_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#202124", "#202124") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_every_pair_the_theme_uses_meets_its_level(theme):
    colours = tokens(theme)
    failures = [f"{p.use}: {p.fg} {colours[p.fg]} on {p.bg} {colours[p.bg]} is "
                f"{contrast(colours[p.fg], colours[p.bg]):.2f}:1, needs {required(p.kind, theme)}:1"
                for p in PAIRS if contrast(colours[p.fg], colours[p.bg]) < required(p.kind, theme)]
    assert failures == []


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_lesson_text_colours_meet_the_level_on_the_page(theme):
    colours, page = PROSE[theme], tokens(theme)["window"]
    need = required("text", theme)
    for name in ("text", "muted", "link"):
        assert contrast(colours[name], page) >= need, (name, colours[name], page)
    assert contrast(colours["text"], colours["code"]) >= need  # code spans
    assert contrast(colours["text"], colours["accent"]) >= need  # table headings


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_avatar_initials_read_on_every_avatar_colour(theme):
    for colour in AVATARS[theme]:
        assert contrast(AVATAR_TEXT, colour) >= required("text", theme), colour


def test_a_failing_pair_is_reported():
    """The check can fail: a pale grey on white is caught."""
    colours = {"a": "#aaaaaa", "b": "#ffffff"}
    pair = Pair("a", "b", "text", "example")
    assert contrast(colours[pair.fg], colours[pair.bg]) < required(pair.kind, "light")


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_qt_palette_is_made_of_the_tokens(qapp, theme):
    from literacy_app.ui.look.theme import palette_for

    colours, palette = tokens(theme), palette_for(theme)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    expected = {role.Window: "window", role.WindowText: "text", role.Base: "surface", role.Text: "text",
                role.Button: "surface", role.ButtonText: "text", role.Highlight: "accent",
                role.HighlightedText: "on_accent", role.Link: "link", role.PlaceholderText: "muted",
                role.AlternateBase: "surface_alt", role.ToolTipBase: "tooltip", role.ToolTipText: "on_tooltip"}
    for qt_role, token in expected.items():
        assert palette.color(group.Active, qt_role).name() == colours[token], (qt_role, token)
    assert palette.color(group.Disabled, role.ButtonText).name() == colours["disabled_text"]


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_style_sheet_uses_only_token_colours(qapp, theme):
    from literacy_app.ui.look.style import build_style

    sheet = build_style(theme, 12.0)
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)}
    assert used, "the style sheet names its colours"
    assert used <= {c.lower() for c in tokens(theme).values()}, used - set(tokens(theme).values())
