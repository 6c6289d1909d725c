"""Print a 200-question lesson to PDF, with its answer key, in seconds (budget: 5 s).

The lesson mixes the question types the format has (single, multiple, true/false, short, order, match),
a picture every 20 questions, a scenario and a feed, as a long test would. print_200_questions_s is the
median of a few runs of write_lessons_pdf (layout, pagination and writing; not Python's start-up).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.measure import ROOT, median

RUNS = 5  # the median of five, like every figure
QUESTIONS = 200


def question(n: int) -> str:
    kind = n % 6
    head = f"### Question {n}: which statement about sponsored posts and creators is the best one here? {{#q{n}}}\n"
    if kind == 0:
        return head + "".join(f"- [{'x' if c == 1 else ' '}] Choice {c} for question {n}, written out\n"
                              for c in range(4)) + f"Explanation: Choice 1 is right for question {n}.\n"
    if kind == 1:
        return head + "".join(f"- [{'x' if c < 2 else ' '}] Option {c}\n" for c in range(5)) + "Points: 2\n"
    if kind == 2:
        return head + "Type: true-false\n- [x] True\n- [ ] False\n"
    if kind == 3:
        return head + "Type: short\n- [x] parasocial\n- [x] parasocial bond\n"
    if kind == 4:
        return head + "".join(f"{c}. Step {c} of the check\n" for c in range(1, 5))
    return head + "".join(f"- Cue {c} -> Example {c}\n" for c in range(1, 4))


def lesson_text() -> str:
    parts = ["---\nid: bench-print\ntitle: A long test\nmodule: Benchmarks\norder: 1\n---\n"]
    for block in range(QUESTIONS // 20):
        parts.append(f"## Part {block + 1}\n\nRead this first.\n\n![Loop diagram](images/picture.png)\n\n"
                     f"::: quiz part-{block + 1}\n" + "\n".join(question(block * 20 + n + 1) for n in range(20))
                     + ":::\n")
    parts.append("## Scenario\n\n::: scenario story\n### Start {#start}\nWhat now?\n- [Left](#end-a) +1\n"
                 "- [Right](#end-b)\n\n### A {#end-a}\nEnding: A\nScore: 1\nDone.\n\n### B {#end-b}\nEnding: B\n"
                 "Score: 0\nDone.\n:::\n")
    return "\n".join(parts)


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from literacy_app.content.library import load_library
    from literacy_app.ui.print.lesson_pdf import write_lessons_pdf
    from literacy_app.ui.print.qt_app import gui_application

    _app = gui_application()
    with tempfile.TemporaryDirectory() as folder:
        lesson_dir = Path(folder) / "long"
        (lesson_dir / "images").mkdir(parents=True)
        shutil.copy(ROOT / "lessons" / "parasocial" / "02-illusion-of-intimacy" / "images" / "intimacy-loop.png",
                    lesson_dir / "images" / "picture.png")
        (lesson_dir / "lesson.md").write_text(lesson_text(), encoding="utf-8")
        library = load_library([lesson_dir])
        assert library.lessons and len(library.lessons[0].blocks()) == QUESTIONS // 20 + 1, library.problems
        times, pages = [], 0
        for run_number in range(RUNS):
            started = time.perf_counter()
            pages = write_lessons_pdf(library.lessons, Path(folder) / f"out{run_number}.pdf", answers=True)
            times.append(time.perf_counter() - started)
    return {"print_200_questions_s": median(times), "print_200_questions_pages": float(pages)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name}: {value:.3f}")
