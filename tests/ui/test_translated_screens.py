"""In Spanish and French, the picker, a quiz after submitting, the teacher grid and author mode show none of
the app's English words (lesson content stays in the lesson's language).

Each screen is also saved as a PNG: set LITERACY_APP_SCREENSHOTS=DIR to keep them (docs/translating.md).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from literacy_app.cli import main as cli_main
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.language import latest
from tests.conftest import click, gui_args

CATALOGUES = Path(__file__).resolve().parents[2] / "literacy_app" / "translations"
TAG = re.compile(r"<[^>]+>")


def pattern(text: str) -> re.Pattern[str]:
    """A catalogue text as a pattern of what it looks like on screen: placeholders filled, & gone."""
    escaped = re.escape(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    escaped = re.sub(r"\\\{[^}]*\\\}", "(.+?)", escaped)
    return re.compile(escaped.replace("%n", r"\d+").replace("%v", r"\d+").replace("%m", r"\d+"), re.S)


def english_patterns(code: str) -> list[tuple[str, re.Pattern[str], list[re.Pattern[str]]]]:
    """(English text, its pattern, the patterns of its translations) for every text the language changes."""
    found = []
    for message in ET.parse(CATALOGUES / f"literacy_{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        words = re.sub(r"\{[^}]*\}|%n", " ", source)
        if source in forms or not re.search(r"[A-Za-z]{3,}", words):
            continue  # the same in both languages ("PC", "{0}: {1}"), or no word to see
        found.append((source, pattern(source), [pattern(form) for form in forms]))
    return found


def shown_texts(top: QWidget) -> list[str]:
    """What a person reads on TOP: labels, buttons, menus, tabs, headers, lists, placeholders, accessible names."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel):
            texts.append(TAG.sub("", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(i, widget.orientation()) or "") for i in range(widget.count())]
    menus = [action.menu() for action in getattr(top, "menuBar", lambda: None)().actions()] \
        if hasattr(top, "menuBar") else []
    while menus:
        menu = menus.pop()
        if isinstance(menu, QMenu):
            texts.append(menu.title())
            for action in menu.actions():
                texts.append(action.text())
                if action.menu() is not None:
                    menus.append(action.menu())
    return [text.replace("&", "") for text in texts if text and text.strip()]


def english_left(top: QWidget, code: str) -> list[str]:
    return english_in(shown_texts(top), code)


def english_in(texts: list[str], code: str) -> list[str]:
    """The texts that are the app's English words where CODE has its own."""
    patterns = english_patterns(code)
    left = []
    for text in texts:
        for source, english, translated in patterns:
            if english.fullmatch(text) and not any(t.fullmatch(text) for t in translated):
                left.append(f"{text!r} (the English of {source!r})")
                break
    return left


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("LITERACY_APP_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def demo_class(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert cli_main(["demo", "--students", "12", "--seed", "3", "--data-dir", str(folder)]) == 0
    return folder


def open_window(qtbot, *args: str):
    window, _notice = build_window(gui_args(*args))
    window = latest(window)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait(50)
    return window


def test_english_leftovers_are_found(qtbot, data_dir):
    """The check itself: a window in Spanish with one English label left shows that label."""
    window = open_window(qtbot, str(data_dir), "--language", "es")
    assert english_left(window, "es") == []
    stray = QLabel("Choose a lesson from the list on the left.", window.picker)
    stray.show()
    assert english_left(window, "es") == [
        "'Choose a lesson from the list on the left.' (the English of 'Choose a lesson from the list on the left.')"]


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_picker_speaks_the_language(qtbot, demo_class, shots, code):
    window = open_window(qtbot, str(demo_class), "--language", code)
    assert window.stack.currentWidget() is window.picker
    assert window.grab().save(str(shots / f"picker-{code}.png"))
    assert english_left(window, code) == []


@pytest.mark.parametrize("code", ["es", "fr"])
def test_a_quiz_after_submitting_speaks_the_language(qtbot, data_dir, shots, code):
    window = open_window(qtbot, str(data_dir), "--language", code, "--profile", "Ana",
                         "--lesson", "what-is-parasocial", "--step", "3")
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    first = quiz.questions[0]
    wrong = next(button for index, button in first.input.buttons.items() if not first.question.choices[index].correct)
    click(qtbot, wrong)
    click(qtbot, first.submit_button)
    assert first.result_label.isVisible()
    window.lesson_view.scroll.ensureWidgetVisible(first.result_label)
    qtbot.wait(50)
    assert window.grab().save(str(shots / f"quiz-{code}.png"))
    assert english_left(window, code) == []


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_teacher_grid_speaks_the_language(qtbot, demo_class, shots, code):
    window = open_window(qtbot, str(demo_class), "--language", code, "--profile", "Sam")
    window.teacher_mode.enter()  # the PIN dialog has its own test; here the view behind it
    dashboard = window.teacher_mode.dashboard
    assert window.stack.currentWidget() is dashboard and dashboard.grid.model.rowCount() >= 12
    qtbot.wait(50)
    assert window.grab().save(str(shots / f"teacher-grid-{code}.png"))
    assert english_left(window, code) == []
    model = dashboard.grid.model  # what a pointer on a name or a cell says (why a learner needs help ...)
    tips = [str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
            for row in range(model.rowCount()) for column in range(model.columnCount())]
    reasons = [model.reason_text(reason) for found in model.help.values() for reason in found]
    assert reasons and english_in(tips + reasons, code) == []
    for index in range(1, dashboard.tabs.count()):  # questions, attempts, charts, pre/post, the LRS ...
        dashboard.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert window.grab().save(str(shots / f"teacher-tab{index}-{code}.png"))
        assert english_left(window, code) == [], dashboard.tabs.tabText(index)
    window.teacher_mode.leave()


@pytest.mark.parametrize("code", ["es", "fr"])
def test_author_mode_speaks_the_language(qtbot, data_dir, tmp_path, shots, code):
    assert cli_main(["new", str(tmp_path / "lesson"), "--title", "Starter"]) == 0
    window = open_window(qtbot, str(data_dir), "--language", code)
    window.open_author_mode(str(tmp_path / "lesson" / "lesson.md"))
    author = window.author_window
    qtbot.addWidget(author, before_close_func=lambda w: w.editor.document().setModified(False))
    author.resize(1280, 800)
    qtbot.wait(600)  # the preview follows the text after a short pause
    assert author.grab().save(str(shots / f"author-{code}.png"))
    assert english_left(author, code) == []
