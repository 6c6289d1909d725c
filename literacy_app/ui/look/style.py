"""The application's look: readable sizes, clear cards, states shown by colour plus symbols."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
#pickerTitle { font-size: 22pt; font-weight: bold; margin: 12px; }
#profileTiles { font-size: 13pt; }
#lessonTitle { font-size: 18pt; font-weight: bold; }
#stepLabel { font-size: 11pt; }
#questionCard, #scenarioCard { border: 1px solid palette(mid); border-radius: 6px; padding: 8px; margin: 6px 0; }
#questionCounter { font-style: italic; }
#resultLabel[state="correct"] { color: #1b5e20; font-weight: bold; }
#resultLabel[state="partial"] { color: #8a5a00; font-weight: bold; }
#resultLabel[state="wrong"] { color: #b71c1c; font-weight: bold; }
#quizScore { font-weight: bold; }
#scenarioFeedback { background: palette(alternate-base); padding: 6px; border-radius: 4px; }
#scenarioPath, #scenarioHistory { font-style: italic; }
QPushButton { padding: 5px 12px; }
QRadioButton:disabled, QCheckBox:disabled { color: palette(text); }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
