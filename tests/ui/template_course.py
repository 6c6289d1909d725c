"""A course made of the Insert menu's templates, for GUI tests of each activity: the same text an author
starts from, in steps at known places."""

from __future__ import annotations

from pathlib import Path

from literacy_app.content.starter_lesson import template

QUIZ_STEP = "3"
REFLECTION_STEP = "6"
SIX_TYPES = ("single", "multiple", "true-false", "short", "order", "match")


def template_course(tmp_path: Path) -> Path:
    course = tmp_path / "course"
    (course / "starter").mkdir(parents=True)
    quiz = "::: quiz check-yourself\npass: 60\n\n" + "\n".join(template(key).text for key in SIX_TYPES) + ":::\n"
    steps = [
        "## Read\n\nHello.\n",
        f"## Spot the cues\n\n{template('feed').text}",
        f"## Check yourself\n\n{quiz}",
        f"## What would you do?\n\n{template('scenario').text}",
        "## A pause\n\nTime to think.\n",
        f"## Think about it\n\n{template('reflection').text}",
    ]
    (course / "starter" / "lesson.md").write_text(
        "---\nid: starter\ntitle: Starter\nmodule: Tests\norder: 1\n---\n\n" + "\n".join(steps), encoding="utf-8")
    return course
