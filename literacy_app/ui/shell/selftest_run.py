"""The Qt half of `literacy-app selftest`: the real window loads the library, shows a lesson step
with a quiz, an answer goes through the session, and a fresh connection reads it back from disk."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from literacy_app import __version__, resources
from literacy_app.content.model import Quiz
from literacy_app.services.app_services import answers_on_disk
from literacy_app.ui.activities.quiz_test_widget import QuizTestWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from literacy_app.ui.look.app_icon import app_icon
from literacy_app.ui.look.style import apply_style

PROFILE_NAME = "Self-test"
CHOICE_KINDS = ("single", "multiple", "true-false")


def _first_choice_quiz(library):
    """(lesson, step index, quiz, question) for the first choice question in the library, or None."""
    for lesson in library.lessons:
        for index, step in enumerate(lesson.steps):
            for item in step.items:
                if isinstance(item, Quiz):
                    for question in item.questions:
                        if question.kind in CHOICE_KINDS and question.correct_choices:
                            return lesson, index, item, question
    return None


def _support_origin() -> str:
    """How PySide6's signature support was loaded: as the build's ready-made bytecode (packaging/
    shiboken_support.py), or compiled from the sources inside shiboken's library at this start."""
    loader = sys.modules.get("shibokensupport.signature.loader")
    return "ready-made bytecode" if str(getattr(loader, "__file__", "")).endswith(".pyc") else "compiled at start"


def run_self_check(data_dir: str | None, lessons: list[str], screenshot: str | None = None) -> list[tuple[str, str]]:
    """Run every check; returns (name, value) lines, the last one ("result", "ok" or "FAILED: why")."""
    started = time.perf_counter()
    report: list[tuple[str, str]] = [("version", __version__), ("frozen", str(resources.is_frozen())),
                                     ("bundled lessons", str(resources.bundled_lessons()))]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    app.setWindowIcon(app_icon())
    report.append(("qt platform", app.platformName()))
    report.append(("qt support modules", _support_origin()))
    report.append(("window icon", ", ".join(f"{s.width()} px" for s in app.windowIcon().availableSizes()) or "missing"))
    args = argparse.Namespace(data_dir=data_dir, lessons=lessons, profile=PROFILE_NAME, lesson=None, step=None,
                              screenshot=None, class_folder=None, pc=None)
    window, notice = build_window(args)
    try:
        outcome = _check_window(app, window, notice, screenshot, report)
    finally:
        window.close()
    report.append(("seconds", f"{time.perf_counter() - started:.2f}"))
    return [*report, ("result", outcome)]


def _check_window(app: QApplication, window, notice: str, screenshot: str | None,
                  report: list[tuple[str, str]]) -> str:
    settings = window.services.settings
    report += [("data folder", f"{settings.data_dir} (from {settings.sources.get('data_dir', 'default')})"),
               ("lesson folders", "; ".join(str(p) for p in settings.lesson_dirs)),
               ("lessons loaded", str(len(window.library.lessons))),
               ("lessons with errors", str(len(window.library.broken)))]
    if notice:
        report.append(("storage notice", notice.replace("\n", " ")))
    found = _first_choice_quiz(window.library)
    if found is None:
        return "FAILED: no lesson with a choice question was loaded"
    lesson, step, quiz, question = found
    window.show()
    window.open_lesson(lesson.id, step)
    for _ in range(5):  # let layouts settle, as run_gui does before a screenshot
        app.processEvents()
    image = window.grab()  # paints the whole window, as the screen would
    content = window.lesson_view.scroll.widget()
    quizzes = [*content.findChildren(QuizWidget), *content.findChildren(QuizTestWidget)]  # practice or test
    shown = [w for w in quizzes if w.quiz.id == quiz.id]
    prose = sum(len(view.toPlainText()) for view in content.findChildren(ProseView))
    report += [("lesson shown", f"{lesson.id}, {window.lesson_view.step_label.text()}"),
               ("prose characters shown", str(prose))]
    if not shown or image.isNull():
        return f"FAILED: quiz '{quiz.id}' is not on screen"
    if screenshot:
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        report.append(("screenshot", screenshot if image.save(screenshot) else "FAILED to save"))

    right = [i for i, choice in enumerate(question.choices) if choice.correct]
    response = right if question.kind == "multiple" else right[:1]
    result = window.session.answer_question(lesson, quiz, question, response)
    report.append(("answer scored", f"{question.id}: {result.score:g} of {result.max_score:g}"))
    profile = window.session.profile
    stored = answers_on_disk(settings.data_dir, profile.id, lesson.id, quiz.id, question.id)
    if not stored or stored[-1].score != result.score:
        return "FAILED: the answer was not read back from the database"
    answer = stored[-1]
    report.append(("answer read back", f"{answer.question_id}: {answer.score:g} of {answer.max_score:g}, "
                                       f"correct={answer.correct}"))
    return "ok"
