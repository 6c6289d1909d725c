"""Light, dark and high-contrast Qt palettes, made of the colour tokens in palette.py."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from literacy_app.ui.look.palette import THEME_NAMES, tokens

__all__ = ["THEME_NAMES", "palette_for"]


def palette_for(theme: str) -> QPalette:
    colours = tokens(theme)
    role = QPalette.ColorRole
    roles = {
        role.Window: "window", role.WindowText: "text", role.Base: "surface", role.AlternateBase: "surface_alt",
        role.Text: "text", role.Button: "surface", role.ButtonText: "text", role.BrightText: "on_accent",
        role.Highlight: "accent", role.HighlightedText: "on_accent", role.Link: "link", role.LinkVisited: "link",
        role.ToolTipBase: "tooltip", role.ToolTipText: "on_tooltip", role.PlaceholderText: "muted",
        role.Mid: "control_border", role.Dark: "control_border", role.Shadow: "control_border",
        role.Light: "surface", role.Midlight: "card_border", role.Accent: "accent",
    }
    palette = QPalette()
    for qt_role, token in roles.items():
        palette.setColor(qt_role, QColor(colours[token]))
    disabled = QPalette.ColorGroup.Disabled
    for qt_role in (role.Text, role.WindowText, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, qt_role, QColor(colours["disabled_text"]))
    palette.setColor(disabled, role.Button, QColor(colours["disabled_fill"]))
    palette.setColor(disabled, role.Highlight, QColor(colours["control_border"]))
    return palette
