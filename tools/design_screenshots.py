"""Pictures of the app's screens for docs/design-system.md, taken from a real X11 screen.

    Xvfb :98 -screen 0 1366x768x24 &
    DISPLAY=:98 .venv/bin/python tools/design_screenshots.py docs/design/after
    Xvfb :97 -screen 0 800x600x24 &
    DISPLAY=:97 .venv/bin/python tools/design_screenshots.py docs/design/after --shots lesson --themes light \
        --suffix 800x600

Each screen is opened as a learner or teacher would find it (a fresh data folder, the window as the app sizes it
on that screen) and the whole screen is saved with ImageMagick's `import -window root`, so a window that does
not fit the screen shows as cut off. Names: SHOT-THEME[-SUFFIX].png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from literacy_app.cli import gui_parser  # noqa: E402
from literacy_app.ui.app import build_window  # noqa: E402
from literacy_app.ui.look.style import apply_style  # noqa: E402

THEMES = ("light", "dark", "high-contrast")
LEARNERS = [("Amira Haddad", "🦊"), ("Ben Okafor", ""), ("Chloé Martin", "🐢"), ("Dev Patel", ""),
            ("Ewa Nowak", "🚀"), ("Finn Larsen", "")]
COURSE = ROOT / "lessons" / "parasocial"


def _settle(ms: int = 700) -> None:
    QTest.qWait(ms)


def _capture(path: Path) -> None:
    _settle()
    subprocess.run(["import", "-window", "root", str(path)], check=True)


def _window(data_dir: Path, *extra: str):
    args = gui_parser().parse_args(["--data-dir", str(data_dir), *extra])
    window, _notice = build_window(args)
    return window


def _scroll_to(window, widget: QWidget, above: int = 8) -> None:
    content = window.lesson_view.scroll.widget()
    y = widget.mapTo(content, QPoint(0, 0)).y()
    window.lesson_view.scroll.verticalScrollBar().setValue(max(0, y - above))


def _find(window, class_name: str) -> QWidget:
    content = window.lesson_view.scroll.widget()
    _settle(300)  # activities may be added after the first paint
    return next(w for w in content.findChildren(QWidget) if type(w).__name__ == class_name)


def shot_picker(data_dir: Path, theme: str):
    window = _window(data_dir)
    for name, avatar in LEARNERS:
        window.session.add_learner(name, avatar=avatar)
    window.set_theme(theme)
    window.show_picker()
    return window


def shot_picker_empty(data_dir: Path, theme: str):
    window = _window(data_dir)
    window.set_theme(theme)
    return window


def shot_lesson(data_dir: Path, theme: str):
    window = _window(data_dir, "--profile", "Amira", "--lesson", "what-is-parasocial", "--step", "3")
    window.set_theme(theme)
    return window


def shot_quiz(data_dir: Path, theme: str):
    window = _window(data_dir, "--profile", "Amira", "--lesson", "what-is-parasocial", "--step", "3")
    window.set_theme(theme)
    quiz = _find(window, "QuizWidget")
    first, second = quiz.questions[0], quiz.questions[1]
    right = next(i for i, c in enumerate(first.question.choices) if c.correct)
    first.input.buttons[right].setChecked(True)
    first.submit_button.click()
    # a partly right answer: one of the right choices only
    rights = [i for i, c in enumerate(second.question.choices) if c.correct]
    second.input.buttons[rights[0]].setChecked(True)
    second.submit_button.click()
    window.show()
    _settle()
    _scroll_to(window, second, above=170)  # the end of a right answer, a partly right one, one to do
    return window


def shot_quiz_states(data_dir: Path, theme: str):
    """Further down the same quiz: a wrong answer, locked, above a question still to do."""
    window = shot_quiz(data_dir, theme)
    quiz = _find(window, "QuizWidget")
    third = quiz.questions[2]
    wrong = next(i for i, c in enumerate(third.question.choices) if not c.correct)
    third.input.buttons[wrong].setChecked(True)
    third.submit_button.click()
    _settle()
    _scroll_to(window, third, above=20)
    return window


def shot_feed(data_dir: Path, theme: str):
    window = _window(data_dir, "--profile", "Amira", "--lesson", "illusion-of-intimacy", "--step", "4")
    window.set_theme(theme)
    feed = _find(window, "FeedWidget")
    boxes = list(feed.cards[0].boxes.values())
    boxes[0].setChecked(True)
    window.show()
    _settle()
    _scroll_to(window, feed.cards[0])
    return window


def shot_scenario(data_dir: Path, theme: str):
    window = _window(data_dir, "--profile", "Amira", "--lesson", "what-is-parasocial", "--step", "4")
    window.set_theme(theme)
    scenario = _find(window, "ScenarioWidget")
    while not scenario.finished and scenario.choice_buttons:
        scenario.choice_buttons[0].click()
        QApplication.processEvents()
    window.show()
    _settle()
    _scroll_to(window, scenario)
    return window


def shot_teacher(data_dir: Path, theme: str):
    subprocess.run([sys.executable, "-m", "literacy_app", "demo", "--students", "18", "--seed", "3",
                    "--data-dir", str(data_dir)], check=True, capture_output=True)
    window = _window(data_dir)
    window.set_theme(theme)
    window.teacher_mode.enter()
    return window


def shot_author(data_dir: Path, theme: str):
    from literacy_app.ui.author.author_window import AuthorWindow
    from literacy_app.ui.look.style import apply_look

    copy = data_dir / "lesson"
    shutil.copytree(COURSE / "01-what-is-parasocial", copy)  # never the course's own file
    apply_look(theme, 12.0)
    window = AuthorWindow(copy / "lesson.md")
    cursor = window.editor.textCursor()
    block = window.editor.document().findBlockByLineNumber(52)
    cursor.setPosition(block.position())
    window.editor.setTextCursor(cursor)
    window.editor.centerCursor()
    return window


SHOTS: dict[str, Callable] = {
    "picker": shot_picker, "picker-empty": shot_picker_empty, "lesson": shot_lesson, "quiz": shot_quiz,
    "quiz-states": shot_quiz_states,
    "feed": shot_feed, "scenario": shot_scenario, "teacher": shot_teacher, "author": shot_author,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shots", nargs="+", default=list(SHOTS), choices=list(SHOTS))
    parser.add_argument("--themes", nargs="+", default=list(THEMES), choices=list(THEMES))
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Media Literacy Lab")
    apply_style(app)
    for shot in args.shots:
        for theme in args.themes:
            with tempfile.TemporaryDirectory() as temp:
                window = SHOTS[shot](Path(temp), theme)
                window.show()
                window.raise_()
                name = f"{shot}-{theme}" + (f"-{args.suffix}" if args.suffix else "") + ".png"
                _capture(args.out / name)
                print(args.out / name, window.geometry().getRect())
                window.close()
                window.deleteLater()
                _settle(100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
