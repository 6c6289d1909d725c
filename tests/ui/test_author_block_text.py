"""What the Insert forms write, and where: every draft passes the check inside a lesson (no Qt needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.content.model import Feed, Quiz, Scenario
from literacy_app.content.validate import check_lesson_text
from literacy_app.ui.author.block_text import (
    ChoiceRow,
    NodeDraft,
    PostDraft,
    QuestionDraft,
    ScenarioChoice,
    block_at,
    declared_cues,
    feed_markdown,
    node_end,
    node_ids,
    placement,
    question_markdown,
    quiz_markdown,
    reflection_markdown,
    scenario_markdown,
    teacher_markdown,
    unique_id,
)

FRONT = "---\nid: t\ntitle: T\nmodule: M\norder: 1\n---\n\n## Step\n\n"

DRAFTS = [
    QuestionDraft("single", "Which one?", "q1", [ChoiceRow("Right", True, "Yes."), ChoiceRow("Wrong")]),
    QuestionDraft("multiple", "Which ones?", "q1", [ChoiceRow("A", True), ChoiceRow("B", True), ChoiceRow("C")],
                  hint="Two.", points=2),
    QuestionDraft("multiple", "Which ones (one right)?", "q1", [ChoiceRow("A", True), ChoiceRow("B")]),
    QuestionDraft("true-false", "Ads are labelled.", "q1", true_is_right=False, explanation="Not always."),
    QuestionDraft("short", "The word?", "q1", [ChoiceRow("quiz", True), ChoiceRow("Quiz block", True)]),
    QuestionDraft("order", "In order", "q1", items=["First", "Second", "Third"]),
    QuestionDraft("match", "Match them", "q1", pairs=[("a", "1"), ("b", "2")]),
]


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.prompt)
def test_each_question_kind_is_written_so_that_it_passes_the_check(tmp_path, draft):
    text = FRONT + quiz_markdown("quiz", question_markdown(draft))
    lesson = check_lesson_text(text, tmp_path / "t" / "lesson.md")
    assert lesson.problems == []
    assert lesson.blocks(Quiz)[0].questions[0].kind == draft.kind


def test_markdown_of_a_single_choice_question():
    assert question_markdown(DRAFTS[0]) == "### Which one? {#q1}\n- [x] Right\n  > Yes.\n- [ ] Wrong\n"
    assert question_markdown(DRAFTS[5]).split("\n")[1] == "Type: order"


def test_scenario_feed_reflection_and_teacher_note_pass_the_check(tmp_path):
    nodes = (node_markdown_pair())
    post = PostDraft("Kim", "@kim", "p1", "Buy now!", ["urgency"], "It hurries you.", "2h", 1200, 30)
    text = (FRONT + scenario_markdown("s", nodes) + "\n" + feed_markdown("f", post_md(post), ["urgency", "mine"])
            + "\n" + reflection_markdown("r", "Think.", 20) + "\n" + teacher_markdown("Timing: 5 min"))
    lesson = check_lesson_text(text, tmp_path / "t" / "lesson.md")
    assert lesson.problems == []
    assert [n.id for n in lesson.blocks(Scenario)[0].nodes] == ["start", "end"]
    assert lesson.blocks(Feed)[0].cues == ["urgency", "mine"]


def node_markdown_pair() -> str:
    from literacy_app.ui.author.block_text import node_markdown

    return (node_markdown(NodeDraft("Start", "start", "You see an ad.", choices=[
        ScenarioChoice("Look closer", "end", 1, "score >= 0", "Good.")]))
        + "\n" + node_markdown(NodeDraft("End", "end", "Done.", ending="Careful", score=1)))


def post_md(post: PostDraft) -> str:
    from literacy_app.ui.author.block_text import post_markdown

    return post_markdown(post)


def test_where_things_go():
    text = FRONT + "::: quiz q\n\n### A {#a}\n- [x] Y\n- [ ] N\n:::\n\nText.\n\n" \
                   "::: scenario s\n\n### One {#one}\nHi.\n- [Go](#two)\n\n### Two {#two}\nEnding: E\nScore: 1\n:::\n"
    lines = text.split("\n")
    quiz_open = lines.index("::: quiz q") + 1
    assert block_at(text, quiz_open + 2).kind == "quiz"
    inside = placement(text, quiz_open + 2, "quiz")
    assert inside.inside is not None and lines[inside.line - 1] == ":::"  # before the quiz's closing line
    assert placement(text, quiz_open + 2, "feed") == type(inside)(inside.line + 1, None)  # after the quiz
    text_line = lines.index("Text.") + 1
    assert placement(text, text_line, "quiz").inside is None and placement(text, text_line, "quiz").line == text_line
    scenario = block_at(text, lines.index("### One {#one}") + 1)
    assert node_ids(text, scenario) == ["one", "two"]
    end = node_end(text, scenario, lines.index("Hi.") + 1)
    assert lines[end - 2] == "- [Go](#two)"  # a new choice goes after the node's last line
    feed = FRONT + "::: feed f\ncues: urgency, mine\n\n### K {#p}\nCues: none\nHi\n> Plain.\n:::\n"
    assert declared_cues(feed, block_at(feed, 11)) == ["urgency", "mine"]


def test_unique_ids():
    assert unique_id("Which post is an ad?", {"which-post-is-an-ad"}) == "which-post-is-an-ad-2"
    assert unique_id("", set(), "quiz") == "quiz"
    assert unique_id("!!!", {"post"}, "post") == "post-2"


def test_fenced_code_is_not_a_block(tmp_path: Path):
    text = FRONT + "```\n::: quiz not-a-block\n```\n"
    assert block_at(text, 11) is None
