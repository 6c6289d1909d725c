"""Each check `literacy-app check` makes, with the exact position and message it reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.cli import main as cli_main
from literacy_app.content.validate import check_lesson

FRONT = "---\nid: t\ntitle: T\nmodule: M\norder: 1\n---\n\n## Step\n\n"  # the body starts on line 10


def problems(tmp_path: Path, body: str, front: str = FRONT) -> list[tuple[int, int, str, str]]:
    path = tmp_path / "t" / "lesson.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(front + body, encoding="utf-8")
    return [(p.line, p.col, p.severity, p.message) for p in check_lesson(path).problems]


def hints(tmp_path: Path, body: str) -> list[str]:
    return [p.hint for p in check_lesson(tmp_path / "t" / "lesson.md").problems]


QUIZ_OK = "::: quiz q\n\n### Right? {#q1}\n- [x] Yes\n- [ ] No\n:::\n"


def test_a_clean_lesson_has_no_problems(tmp_path):
    assert problems(tmp_path, QUIZ_OK) == []


def test_missing_front_matter_key(tmp_path):
    front = "---\nid: t\ntitle: T\norder: 1\n---\n\n## Step\n\n"
    assert problems(tmp_path, QUIZ_OK, front) == [(1, 1, "error", "front matter is missing 'module'")]


def test_unknown_front_matter_key_suggests_the_right_one(tmp_path):
    front = "---\nid: t\ntitle: T\nmodule: M\norder: 1\nduraton: 20\n---\n\n## Step\n\n"
    assert problems(tmp_path, QUIZ_OK, front) == [(6, 1, "warning", "unknown front-matter key 'duraton'")]
    assert hints(tmp_path, "") == ["did you mean 'duration'?"]


def test_missing_and_invalid_ids(tmp_path):
    body = "::: quiz q\n\n### Right?\n- [x] Yes\n- [ ] No\n\n### Sure? {#bad id}\n- [x] Yes\n- [ ] No\n:::\n"
    found = problems(tmp_path, body)
    assert (12, 11, "error", "question 'Right?' has no id") in found
    assert hints(tmp_path, body)[0] == "end the heading with an id such as {#right}"
    assert any(p[0] == 16 and p[3] == "question 'Sure? {#bad id}' has no id" for p in found)


def test_block_without_id(tmp_path):
    assert problems(tmp_path, "::: reflection\nThink.\n:::\n") == [(10, 16, "error", "the reflection block has no id")]


def test_duplicate_ids(tmp_path):
    body = QUIZ_OK + "\n::: quiz q2\n\n### Again {#q1}\n- [x] Yes\n- [ ] No\n:::\n"
    assert problems(tmp_path, body) == [(19, 1, "error", "duplicate question id 'q1' (first used on line 12)")]


def test_question_with_no_correct_answer(tmp_path):
    body = "::: quiz q\n\n### Right? {#q1}\n- [ ] Yes\n- [ ] No\n:::\n"
    assert problems(tmp_path, body) == [(12, 1, "error", "question 'q1' has no correct answer")]
    assert hints(tmp_path, body) == ["mark the right choice with '- [x]'"]


def test_unknown_question_key_suggests_the_right_one(tmp_path):
    body = "::: quiz q\n\n### Right? {#q1}\n- [x] Yes\n- [ ] No\nExplaination: because.\n:::\n"
    assert problems(tmp_path, body) == [(15, 1, "warning", "unknown key 'Explaination'")]
    assert hints(tmp_path, body) == ["did you mean 'Explanation:'?"]


def test_unknown_block_setting_suggests_the_right_one(tmp_path):
    body = "::: quiz q\nshufle: true\n\n### Right? {#q1}\n- [x] Yes\n- [ ] No\n:::\n"
    assert problems(tmp_path, body) == [(11, 1, "warning", "unknown setting 'shufle'")]
    assert hints(tmp_path, body) == ["did you mean 'shuffle'?"]


def test_unknown_block_type(tmp_path):
    assert problems(tmp_path, "Text.\n\n::: quizz q\n:::\n") == [(12, 5, "error", "unknown block type 'quizz'")]
    assert hints(tmp_path, "") == ["did you mean 'quiz'?"]


SCENARIO = """::: scenario s

### Start {#start}
- [Go on](#middle)
- [Nowhere](#missing)

### Middle {#middle}
- [Loop](#loop)

### Loop {#loop}
- [Back](#middle)

### Island {#island}
Ending: Lost
Score: 1

### End {#end}
Ending: Done
Score: 2
:::
"""


def test_scenario_graph_checks(tmp_path):
    assert problems(tmp_path, SCENARIO) == [
        (12, 1, "error", "from node 'start' no path ever reaches an ending"),
        (14, 13, "error", "choice leads to 'missing', which does not exist"),
        (16, 1, "error", "from node 'middle' no path ever reaches an ending"),
        (19, 1, "error", "from node 'loop' no path ever reaches an ending"),
        (22, 1, "warning", "node 'island' cannot be reached from the start"),
        (26, 1, "warning", "node 'end' cannot be reached from the start"),
    ]


def test_scenario_without_ending_and_node_without_choices(tmp_path):
    body = "::: scenario s\n\n### A {#a}\n- [On](#b)\n\n### B {#b}\nNothing to do.\n:::\n"
    assert problems(tmp_path, body) == [
        (10, 1, "error", "scenario 's' has no ending"),
        (15, 1, "error", "node 'b' has no choices and is not an ending"),
    ]


def test_scenario_start_must_exist(tmp_path):
    body = "::: scenario s\nstart: nowhere\n\n### A {#a}\nEnding: Done\nScore: 1\n:::\n"
    assert problems(tmp_path, body) == [(11, 8, "error", "start node 'nowhere' does not exist")]


def test_feed_cues_outside_the_known_set(tmp_path):
    """A cue no learner can tag would keep the post from ever being answered right: an error."""
    body = "::: feed f\n\n### Juno @juno {#p1}\nCues: urgancy\nBuy now!\n> Hurry.\n:::\n"
    assert problems(tmp_path, body) == [(13, 7, "error", "unknown cue 'urgancy'")]
    assert hints(tmp_path, body) == [
        "did you mean 'urgency'? known cues: undisclosed-sponsorship, disclosed-sponsorship, affiliate-link, "
        "engagement-bait, urgency, manufactured-intimacy, product-placement, paid-membership; a cue of your own "
        "must be listed in a 'cues:' line on the feed"]


def test_feed_may_declare_its_own_cues(tmp_path):
    body = ("::: feed f\ncues: fake-review, urgency\n\n### Juno @juno {#p1}\nCues: fake-review\nFive stars!\n"
            "> Paid.\n:::\n")
    assert problems(tmp_path, body) == []
    body = body.replace("Cues: fake-review", "Cues: affiliate-link")
    assert problems(tmp_path, body) == [(14, 7, "error", "cue 'affiliate-link' is not in this feed's 'cues:' line")]
    assert hints(tmp_path, body) == [
        "learners can tag only the cues listed there: add it to 'cues:', or fix the spelling"]


def test_images_that_do_not_exist(tmp_path):
    body = "Look: ![A chart](images/chart.png)\n\n`![not an image](code.png)` is an example.\n\n" \
           "::: feed f\n\n### Juno @juno {#p1}\nImage: images/post.png\nCues: none\nHi.\n> Plain.\n:::\n"
    assert problems(tmp_path, body) == [
        (10, 18, "error", "image 'images/chart.png' does not exist"),
        (16, 1, "error", "image 'images/post.png' does not exist"),
    ]


def test_html_comments_are_ignored(tmp_path):
    body = "<!-- a note\nfor authors -->\n::: quiz q\n<!-- settings follow -->\npass: 50\n\n" \
           "### Right? {#q1} <!-- the id stays -->\n- [x] Yes\n- [ ] No\n:::\n"
    assert problems(tmp_path, body) == []


def test_json_counts_cover_every_block_type(tmp_path, capsys):
    assert cli_main(["new", str(tmp_path / "starter"), "--title", "Starter"]) == 0
    capsys.readouterr()
    assert cli_main(["check", "--json", str(tmp_path / "starter")]) == 0
    report = json.loads(capsys.readouterr().out)[0]
    assert {key: report[key] for key in ("steps", "quizzes", "questions", "scenarios", "nodes", "endings", "feeds",
                                         "posts", "reflections", "teacher_notes")} == {
        "steps": 6, "quizzes": 1, "questions": 6, "scenarios": 1, "nodes": 5, "endings": 3, "feeds": 1,
        "posts": 2, "reflections": 1, "teacher_notes": 1}
    assert report["errors"] == [] and report["warnings"] == []


@pytest.mark.parametrize("name", ["lesson.md", "solo.md"])
def test_new_writes_a_lesson_that_passes_check_without_warnings(tmp_path, capsys, name):
    target = tmp_path / "course" / ("folder" if name == "lesson.md" else "solo.md")
    assert cli_main(["new", str(target), "--title", "A: \"quoted\" title", "--module", "Mine"]) == 0
    path = target / "lesson.md" if name == "lesson.md" else target
    lesson = check_lesson(path)
    assert lesson.problems == []
    assert (lesson.title, lesson.module) == ('A: "quoted" title', "Mine")
    assert cli_main(["new", str(target), "--title", "Again"]) == 1  # never overwrites by accident
    assert "already exists" in capsys.readouterr().err
