"""Parse, render and display one lesson step, in milliseconds.

render_step_ms is the typical step: two thirds of the bundled course's steps are prose only, so it
is the prose step of median length. render_activity_step_ms is the heaviest kind: a feed of posts
and a ten-question quiz on one step. Both are timed with Qt's plain look, as they always were;
render_activity_styled_ms (no budget) is the heaviest step with the app's own look (its style
sheet at the default text size), as learners see it, measured in a child process so that the look
does not reach the benchmarks that run after this one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import ROOT, child_environment, median

RUNS = 25


def typical_step(lessons) -> tuple[object, int]:
    """The prose-only step of median length across the course."""
    from literacy_app.content.model import Prose

    prose_steps = sorted(
        (sum(len(item.markdown) for item in step.items), lesson.path, index)
        for lesson in lessons for index, step in enumerate(lesson.steps)
        if step.items and all(isinstance(item, Prose) for item in step.items)
    )
    _, path, index = prose_steps[len(prose_steps) // 2]
    return path, index


def activity_step(lessons) -> tuple[object, int]:
    """The step with the most interactive widgets (posts and questions)."""
    from literacy_app.content.model import Feed, Quiz

    def weight(step) -> int:
        return sum(len(item.questions) if isinstance(item, Quiz) else len(item.posts) if isinstance(item, Feed)
                   else 0 for item in step.items)

    _, path, index = max((weight(step), lesson.path, index) for lesson in lessons
                         for index, step in enumerate(lesson.steps))
    return path, index


def time_step(app, view, path, step: int) -> float:
    from literacy_app.content.validate import check_lesson

    timings = []
    for _ in range(RUNS + 1):
        started = time.perf_counter()
        lesson = check_lesson(path)  # parse (and check) the lesson file
        view.open_lesson(lesson, step)  # render Markdown and build the step's widgets
        view.repaint()  # display: paint synchronously
        app.processEvents()
        timings.append(time.perf_counter() - started)
    return median(timings[1:]) * 1000


def run() -> dict[str, float]:
    figures = measure(styled=False)
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_render", "--styled-child"], cwd=ROOT,
                          env=child_environment(), capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the styled render child failed:\n{done.stderr}")
    figures.update(json.loads(done.stdout.strip().splitlines()[-1]))
    return figures


def measure(styled: bool) -> dict[str, float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from literacy_app.content.library import load_library
    from literacy_app.services.session import Session
    from literacy_app.store.db import open_database
    from literacy_app.store.records import Records
    from literacy_app.ui.lesson.lesson_view import LessonView

    app = QApplication.instance() or QApplication([])
    if styled:
        from literacy_app.ui.look.style import DEFAULT_FONT_PT, apply_look

        apply_look("light", DEFAULT_FONT_PT)
    library = load_library([ROOT / "lessons"])
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(Path(folder))
        records = Records(db)
        session = Session(records, library)
        session.choose_profile(records.add_profile("Benchmark"))
        view = LessonView(session)
        view.resize(900, 700)
        view.show()
        app.processEvents()
        if styled:
            figures = {"render_activity_styled_ms": time_step(app, view, *activity_step(library.lessons))}
        else:
            figures = {"render_step_ms": time_step(app, view, *typical_step(library.lessons)),
                       "render_activity_step_ms": time_step(app, view, *activity_step(library.lessons))}
        view.close()
        db.close()
    return figures


if __name__ == "__main__" and sys.argv[1:] == ["--styled-child"]:
    print(json.dumps(measure(styled=True)))
