"""Parsing a lesson into the model: front matter, steps, blocks, ids and source lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from literacy_app.content.blocks import lesson_counts
from literacy_app.content.model import Prose, Quiz, Scenario, TeacherNotes
from literacy_app.content.parse import parse_lesson
from literacy_app.content.validate import check_lesson
from tests.conftest import FIXTURE_COURSE, FIXTURE_LESSON, ROOT


def write(tmp_path: Path, text: str, name: str = "lesson.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "---\nid: t\ntitle: T\nmodule: M\norder: 1\n---\n"


def test_fixture_lesson_model():
    lesson = check_lesson(FIXTURE_LESSON)
    assert lesson.problems == []
    assert (lesson.id, lesson.title, lesson.module, lesson.order) == ("fixture-basics", "Fixture basics",
                                                                       "Fixture module", 1)
    assert lesson.objectives == ["Tell a one-sided bond from a mutual one"]
    assert [s.title for s in lesson.steps] == ["", "One-sided bonds", "Check yourself", "What would you do?"]
    quiz = lesson.block("check")
    assert isinstance(quiz, Quiz) and quiz.pass_mark == 50
    single, multiple = quiz.questions
    assert (single.id, single.kind, single.line) == ("q-which", "single", 24)
    assert [c.correct for c in single.choices] == [False, True]
    assert single.choices[1].feedback == "Right: only one side knows the other."
    assert single.hints == ["Who knows whom?"]
    assert single.explanation.startswith("Only one side")
    assert (multiple.kind, multiple.points) == ("multiple", 2.0)
    scenario = lesson.block("code")
    assert isinstance(scenario, Scenario) and scenario.allow_back
    assert scenario.start == "start"
    assert [n.id for n in scenario.endings] == ["bought", "end-skip", "end-informed"]
    assert scenario.max_score == 2
    choice = scenario.node("start").choices[1]
    assert (choice.target, choice.delta, choice.feedback) == ("checked", 1, "Good instinct.")
    assert isinstance(lesson.steps[-1].items[-1], TeacherNotes)
    assert lesson_counts(lesson)["questions"] == 2 and lesson_counts(lesson)["endings"] == 3


def test_ids_survive_text_edits(tmp_path):
    original = FIXTURE_LESSON.read_text(encoding="utf-8")
    edited = original.replace("Which one is a parasocial relationship?", "Which one is one-sided?")
    path = write(tmp_path, edited)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "dot.png").write_bytes((FIXTURE_COURSE / "basics/images/dot.png").read_bytes())
    lesson = check_lesson(path)
    assert lesson.block("check").questions[0].id == "q-which"
    assert lesson.block("check").questions[0].prompt == "Which one is one-sided?"


def test_text_before_first_heading_is_an_untitled_step(tmp_path):
    lesson = parse_lesson(write(tmp_path, HEADER + "Hello.\n\n## Two\nMore.\n"))
    assert [s.title for s in lesson.steps] == ["", "Two"]
    assert isinstance(lesson.steps[0].items[0], Prose) and lesson.steps[0].items[0].line == 7


def test_block_markers_inside_code_fences_are_prose(tmp_path):
    text = HEADER + "## Example\n```\n::: quiz not-a-block\n```\n"
    lesson = parse_lesson(write(tmp_path, text))
    assert lesson.problems == [] and lesson.blocks() == []


def test_error_positions(tmp_path):
    text = HEADER + (
        "## Quiz\n"                                 # line 7
        "::: quiz q\n"                              # 8
        "### No id here\n"                          # 9
        "- [x] yes\n"                               # 10
        "- [ ] no\n"                                # 11
        "### Nothing right {#q2}\n"                 # 12
        "- [ ] a\n"                                 # 13
        "- [ ] b\n"                                 # 14
        "- [y] c\n"                                 # 15
        ":::\n"
    )
    lesson = check_lesson(write(tmp_path, text))
    found = [(p.line, p.col, p.severity, p.message) for p in lesson.problems]
    assert (9, 15, "error", "question 'No id here' has no id") in found
    assert (12, 1, "error", "question 'q2' has no correct answer") in found
    assert (15, 3, "error", "choice mark '[y]' is not understood") in found
    hint = next(p.hint for p in lesson.problems if p.line == 9)
    assert hint == "end the heading with an id such as {#no-id-here}"
    assert lesson.problems[0].format().startswith(f"{tmp_path / 'lesson.md'}:9:15: error: ")


def test_missing_front_matter_and_unclosed_block(tmp_path):
    lesson = check_lesson(write(tmp_path, "# Just a title\n"))
    assert [(p.line, p.message) for p in lesson.errors] == [(1, "the lesson has no front matter")]
    lesson = check_lesson(write(tmp_path, HEADER + "## S\n::: scenario s\n### A {#a}\nEnding: done\n", "b.md"))
    assert any(p.line == 8 and "never closed" in p.message for p in lesson.errors)


def test_unknown_front_matter_key_suggests_the_right_one(tmp_path):
    lesson = check_lesson(write(tmp_path, "---\nid: t\ntitel: T\nmodule: M\norder: 1\n---\n## S\nHi\n"))
    warning = next(p for p in lesson.warnings if "titel" in p.message)
    assert (warning.line, warning.hint) == (3, "did you mean 'title'?")
    assert any(p.message == "front matter is missing 'title'" for p in lesson.errors)


def test_scenario_graph_checks(tmp_path):
    text = HEADER + (
        "## S\n::: scenario s\n"
        "### Start {#start}\n- [Go](#missing)\n- [Loop](#loop)\n"
        "### Loop {#loop}\n- [Again](#start)\n"
        "### Island {#island}\nEnding: alone\nScore: 1\n"
        ":::\n"
    )
    lesson = check_lesson(write(tmp_path, text))
    messages = [p.message for p in lesson.problems]
    assert "choice leads to 'missing', which does not exist" in messages
    assert "node 'island' cannot be reached from the start" in messages
    assert "from node 'start' no path ever reaches an ending" in messages


def test_check_command_json_and_exit_codes(tmp_path):
    bad = write(tmp_path, "---\nid: bad\n---\n", "bad.md")
    result = subprocess.run([sys.executable, "-m", "literacy_app", "check", str(FIXTURE_COURSE), str(bad),
                             "--json"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 1
    report = {entry["id"]: entry for entry in json.loads(result.stdout)}
    assert report["fixture-basics"]["questions"] == 2 and report["fixture-basics"]["errors"] == []
    for key in ("quizzes", "scenarios", "endings", "feeds", "reflections", "warnings", "path", "title", "module"):
        assert key in report["fixture-basics"]
    assert {e["message"] for e in report["bad"]["errors"]} >= {"front matter is missing 'title'"}
    ok = subprocess.run([sys.executable, "-m", "literacy_app", "check", str(FIXTURE_COURSE)],
                        capture_output=True, text=True, cwd=ROOT, check=False)
    assert ok.returncode == 0 and "0 error(s)" in ok.stderr


def test_a_broken_lesson_does_not_stop_the_library(tmp_path):
    from literacy_app.content.library import load_library

    (tmp_path / "good").mkdir()
    write(tmp_path / "good", HEADER + "## Step\nText\n")
    write(tmp_path, b"\xff\xfe garbage".decode("latin-1"), "broken.md")
    library = load_library([tmp_path])
    assert [lesson.id for lesson in library.lessons] == ["t"]
    assert len(library.broken) == 1 and library.problems[0].path.endswith("broken.md")


def test_a_node_whose_conditions_all_fail_is_reported(tmp_path):
    text = HEADER + (
        "## S\n::: scenario s\n"
        "### Start {#start}\n- [Low road](#mid)\n- [High road](#mid) +2\n"
        "### Middle {#mid}\n- [Only for the bold](#end) if score >= 2\n"  # node on line 12
        "### End {#end}\nEnding: done\nScore: 1\n"
        ":::\n"
    )
    lesson = check_lesson(write(tmp_path, text))
    assert [(p.line, p.message) for p in lesson.errors] == [
        (12, "with a score of 0, node 'mid' shows no choice")]
