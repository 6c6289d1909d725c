"""What author mode shows before a lesson is open: the ways to start, in words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from literacy_app.ui.lazy_qt import Qt


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    folderRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorStart")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Write a lesson"))
        title.setObjectName("pickerTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        intro = QLabel(self.tr("A lesson is a text file. Type on the left and see it on the right, as learners "
                               "and as teachers will. Mistakes are listed under the text while you type."))
        intro.setWordWrap(True)
        intro.setMaximumWidth(560)
        layout.addWidget(intro)
        self.buttons = []
        for text, tip, signal in (
            (self.tr("New lesson…"), self.tr("Start from a lesson that shows every kind of activity"),
             self.newRequested),
            (self.tr("Open a lesson…"), self.tr("Open a lesson file (.md)"), self.openRequested),
            (self.tr("Open a course folder…"), self.tr("Open a folder of lessons and check them all"),
             self.folderRequested),
            (self.tr("Import questions from Moodle…"), self.tr("Make a lesson from a GIFT or Moodle XML file"),
             self.importRequested),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumWidth(320)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)
