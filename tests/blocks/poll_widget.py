"""The widget that shows the test "poll" block type: radio buttons and a Vote button."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QRadioButton, QVBoxLayout

from literacy_app.content.model import Lesson
from literacy_app.services.session import Session
from literacy_app.ui.lesson.activity_registry import register_widget, unregister_widget
from tests.blocks.poll_block import Poll


class PollWidget(QFrame):
    def __init__(self, session: Session, lesson: Lesson, poll: Poll) -> None:
        super().__init__()
        self.session, self.lesson, self.poll = session, lesson, poll
        self.setAccessibleName(f"Poll: {poll.question}")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(poll.question))
        self.group = QButtonGroup(self)
        for index, option in enumerate(poll.options):
            button = QRadioButton(option)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.vote_button = QPushButton("Vote")
        self.vote_button.clicked.connect(self.vote)
        layout.addWidget(self.vote_button)
        self.result = QLabel()
        layout.addWidget(self.result)

    def vote(self) -> None:
        choice = self.group.checkedId()
        if choice < 0:
            self.result.setText("Pick an option first.")
            return
        self.session.submit(self.lesson, self.poll, choice)
        self.vote_button.setEnabled(False)
        self.result.setText(f"Thanks! You voted for “{self.poll.options[choice]}”.")


def register_poll_widget() -> None:
    register_widget("poll", PollWidget)


def unregister_poll_widget() -> None:
    unregister_widget("poll")
