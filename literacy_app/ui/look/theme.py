"""Light, dark and high-contrast palettes for the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEME_NAMES = ("light", "dark", "high-contrast")


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def palette_for(theme: str) -> QPalette:
    role = QPalette.ColorRole
    if theme == "dark":
        return _palette({
            role.Window: "#202124", role.WindowText: "#e8e8ea", role.Base: "#2a2b2f", role.AlternateBase: "#303136",
            role.Text: "#e8e8ea", role.Button: "#303136", role.ButtonText: "#e8e8ea", role.Highlight: "#8ab4f8",
            role.HighlightedText: "#000000", role.Link: "#8ab4f8", role.ToolTipBase: "#303136",
            role.ToolTipText: "#e8e8ea", role.PlaceholderText: "#a0a3a8", role.Mid: "#5f6368",
        }, "#9aa0a6")
    if theme == "high-contrast":
        return _palette({
            role.Window: "#000000", role.WindowText: "#ffffff", role.Base: "#000000", role.AlternateBase: "#1a1a1a",
            role.Text: "#ffffff", role.Button: "#000000", role.ButtonText: "#ffffff", role.Highlight: "#ffff00",
            role.HighlightedText: "#000000", role.Link: "#ffff00", role.ToolTipBase: "#000000",
            role.ToolTipText: "#ffffff", role.PlaceholderText: "#d0d0d0", role.Mid: "#ffffff",
        }, "#d0d0d0")
    return QApplication.style().standardPalette()


def apply_theme(theme: str, restyle: bool = True) -> None:
    app = QApplication.instance()
    app.setPalette(palette_for(theme if theme in THEME_NAMES else "light"))
    if restyle:  # widgets already styled by the style sheet keep their old colours until it is applied again
        app.setStyleSheet(app.styleSheet())
