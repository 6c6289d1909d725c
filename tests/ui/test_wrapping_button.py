"""A button that wraps its text (a scenario's choices) writes it in the text colour while it can be pressed, and in
the disabled colour only once it is disabled, in every theme (its words used to look disabled all the time)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from literacy_app.ui.look.palette import THEME_NAMES, tokens
from literacy_app.ui.look.style import apply_look, current_font_pt, current_theme
from literacy_app.ui.look.wrapping_button import WrappingButton


@pytest.fixture
def restore_look(qapp):
    theme, font_pt, sheet = current_theme(), current_font_pt(), qapp.styleSheet()
    yield
    apply_look(theme, font_pt)
    QApplication.instance().setStyleSheet(sheet)


def shown_button(qtbot, text: str) -> tuple[QWidget, WrappingButton]:
    window = QWidget()
    qtbot.addWidget(window)
    button = WrappingButton(text)
    QVBoxLayout(window).addWidget(button)
    window.resize(360, 80)
    window.show()
    qtbot.waitExposed(window)
    return window, button


def ink(button: WrappingButton) -> str:
    return button.label.palette().color(button.label.foregroundRole()).name()


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_words_follow_the_buttons_state(qtbot, restore_look, theme):
    apply_look(theme, 12.0)
    colours = tokens(theme)
    _window, button = shown_button(qtbot, "2. Go with Sam and watch the replay tomorrow")
    assert ink(button) == QColor(colours["text"]).name()
    button.setEnabled(False)
    assert ink(button) == QColor(colours["disabled_text"]).name()
    button.setEnabled(True)
    assert ink(button) == QColor(colours["text"]).name()


def test_the_words_are_painted_in_the_text_colour(qtbot, restore_look):
    apply_look("light", 12.0)
    _window, button = shown_button(qtbot, "1. Stay in: the anniversary only happens once")
    image = button.grab().toImage()
    darkest = min((image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
                  key=lambda colour: colour.lightness())
    text = QColor(tokens("light")["text"])
    assert darkest.lightness() <= text.lightness() + 12  # dark ink, not the lighter disabled grey
    assert darkest.lightness() < QColor(tokens("light")["disabled_text"]).lightness() - 40
