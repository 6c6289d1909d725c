"""A card's state (due, right, partly right, not right) set while its step is being built (an answer given earlier,
restored), and a new button's primary look, are left to the widget's first polish: they must look as when the
widget was restyled at once, as it always was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from literacy_app.ui.activities.states import set_state
from literacy_app.ui.look.buttons import ActionButton, make_primary
from literacy_app.ui.look.style import apply_look, current_font_pt, current_theme


@pytest.fixture
def app_look(qapp):
    theme, font_pt, sheet = current_theme(), current_font_pt(), qapp.styleSheet()
    apply_look("light", 12.0)
    yield
    apply_look(theme, font_pt)
    QApplication.instance().setStyleSheet(sheet)


def card(qtbot) -> tuple[QWidget, QFrame, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    frame = QFrame(window)
    frame.setObjectName("questionCard")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    badge = QLabel("✔ Right", frame)
    badge.setObjectName("stateBadge")
    QVBoxLayout(frame).addWidget(badge)
    QVBoxLayout(window).addWidget(frame)
    window.resize(240, 90)
    return window, frame, badge


def restyle_now(widget: QWidget, state: str) -> None:
    """How a state was always set: restyled at once, shown or not."""
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


@pytest.mark.parametrize("state", ["due", "correct", "partial", "wrong"])
def test_a_state_set_while_the_step_is_built_looks_as_when_restyled_at_once(qtbot, app_look, state):
    images = []
    for setter in (set_state, restyle_now):
        window, frame, badge = card(qtbot)
        setter(frame, "due")  # as the card is built...
        setter(frame, state)  # ...and an earlier answer restored
        setter(badge, state)
        window.show()
        qtbot.waitExposed(window)
        images.append((badge.font(), badge.sizeHint(), window.grab().toImage()))
    assert images[0] == images[1]


def test_a_shown_card_is_restyled_at_once(qtbot, app_look):
    window, frame, badge = card(qtbot)
    set_state(frame, "due")
    set_state(badge, "due")
    window.show()
    qtbot.waitExposed(window)
    due = window.grab().toImage()
    set_state(frame, "wrong")
    set_state(badge, "wrong")
    assert window.grab().toImage() != due


def test_the_states_look_different(qtbot, app_look):
    """The comparison above can fail: each state has its own colours."""
    images = []
    for state in ("due", "correct", "wrong"):
        window, frame, badge = card(qtbot)
        set_state(frame, state)
        set_state(badge, state)
        window.show()
        qtbot.waitExposed(window)
        images.append(window.grab().toImage())
    assert images[0] != images[1] != images[2]


def primary_button(qtbot, make) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(make(window))
    window.resize(200, 60)
    window.show()
    qtbot.waitExposed(window)
    return window


def restyled_primary(parent: QWidget) -> ActionButton:
    """How a primary button was always made: restyled at once."""
    button = ActionButton("Next", parent)
    button.setProperty("kind", "primary")
    button.style().unpolish(button)
    button.style().polish(button)
    return button


def test_a_new_primary_button_looks_as_when_restyled_at_once(qtbot, app_look):
    made = primary_button(qtbot, lambda parent: ActionButton("Next", parent, primary=True)).grab().toImage()
    restyled = primary_button(qtbot, restyled_primary).grab().toImage()
    plain = primary_button(qtbot, lambda parent: ActionButton("Next", parent)).grab().toImage()
    assert made == restyled
    assert made != plain  # the comparison can fail: the primary look is not the plain one


def test_a_shown_button_made_primary_changes_at_once(qtbot, app_look):
    window = primary_button(qtbot, lambda parent: ActionButton("Next", parent))
    plain = window.grab().toImage()
    make_primary(window.findChild(ActionButton))
    assert window.grab().toImage() != plain
    make_primary(window.findChild(ActionButton), primary=False)
    assert window.grab().toImage() == plain
