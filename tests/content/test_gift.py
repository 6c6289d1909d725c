"""GIFT import and export: every GIFT question type, formats, escapes, categories, and the commands."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from literacy_app.cli import main as cli_main
from literacy_app.content.bank import bank_to_lesson
from literacy_app.content.gift import parse_gift
from literacy_app.content.html_markdown import html_to_text
from literacy_app.content.model import Feed, Prose, Question, Quiz, Reflection, Scenario
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.content.validate import check_lesson
from literacy_app.content.weights import effective_weights
from literacy_app.learning.scoring import score_question

MOODLE_EXAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "gift" / "moodle-gift-examples.txt"


def numeric_lessons() -> bool:
    """Whether the lesson format knows numeric questions yet (`Type: numeric`): the lesson side of numeric
    questions is built apart from the question-bank side. Once it does, these tests run, and fail if the
    lessons written here are not read back as written."""
    from literacy_app.content.validate import check_lesson_text

    lesson = check_lesson_text("---\nid: n\ntitle: N\nmodule: M\norder: 1\n---\n"
                               "::: quiz numbers\n### How many? {#q-many}\nType: numeric\n- [x] 42\n:::\n",
                               Path("/nowhere/n/lesson.md"))
    return not any("question type 'numeric'" in problem.message for problem in lesson.problems)


NEEDS_NUMERIC = pytest.mark.skipif(not numeric_lessons(),
                                   reason="the lesson format does not read numeric questions yet")


@pytest.fixture(scope="module")
def bank():
    return parse_gift(MOODLE_EXAMPLES.read_text(encoding="utf-8"), "examples.txt")


def by_id(bank, question_id: str) -> Question:
    return next(q for q in bank.questions if q.id == question_id)


def shown(markdown: str) -> str:
    """What a learner reads: the Markdown rendered, as text."""
    return html_to_text(render_markdown(markdown))


def write_lesson(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "imported" / "lesson.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_example_of_moodles_documentation_comes_across(bank):
    assert bank.problems == []
    assert len(bank.questions) == 43
    assert {q.kind for q in bank.questions} == {"single", "multiple", "true-false", "short", "match", "numeric"}
    first = bank.questions[0]
    assert (first.id, first.kind, first.prompt) == ("q-1", "single", "Who's buried in Grant's tomb?")
    assert [(c.text, c.correct) for c in first.choices] == [("Grant", False), ("Jefferson", False), ("no one", True)]
    kanji = by_id(bank, "kanji-origins")  # ::Kanji Origins:: names the question; its text spans two lines
    assert (kanji.kind, kanji.prompt) == ("short", "Japanese characters originally came from what country?")


def test_missing_word_questions_keep_the_blank_where_it_stands(bank):
    grant = by_id(bank, "q-2")  # Grant is {~buried =entombed ~living} in Grant's tomb.
    assert (grant.kind, grant.prompt) == ("single", "Grant is _____ in Grant's tomb.")
    assert [(c.text, c.correct) for c in grant.choices] == [("buried", False), ("entombed", True), ("living", False)]
    assert by_id(bank, "q-8").prompt == \
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."
    assert (by_id(bank, "q-11").kind, by_id(bank, "q-11").prompt) == ("short", "Two plus two equals _____.")
    tomb = by_id(bank, "grant-s-tomb")  # answers over several lines, feedback, text after them
    assert tomb.prompt == "Grant is _____ in Grant's tomb."
    assert [c.feedback for c in tomb.choices] == ["No one is buried there.", "Right answer!", "We hope not!"]
    assert shown(grant.prompt) == "Grant is _____ in Grant's tomb."  # the blank is not emphasis


def ranges(question: Question) -> list[tuple[float, float, float, str]]:
    return [(round(a.low, 6), round(a.high, 6), a.fraction, a.feedback) for a in question.numeric]


def test_numerical_questions_with_tolerances_ranges_and_partial_credit(bank):
    assert ranges(by_id(bank, "q-5")) == [(1821, 1823, 1.0, "")]  # {#1822:1}
    assert ranges(by_id(bank, "q-16")) == [(1822, 1822, 1.0, "")]  # {#1822}
    assert ranges(by_id(bank, "q-17")) == [(3.141, 3.142, 1.0, "")]  # {#3.1415:0.0005}.
    assert ranges(by_id(bank, "q-18")) == [(3.141, 3.142, 1.0, "")]  # {#3.141..3.142}.
    assert ranges(by_id(bank, "numerical-example")) == [
        (1822, 1822, 1.0, "Correct! 100% credit"),
        (1820, 1824, 0.5, "He was born in 1822. You get 50% credit for being close."),
    ]
    assert all(q.kind == "numeric" for q in bank.questions if q.numeric)


def test_weights_feedback_and_general_feedback(bank):
    difficult = by_id(bank, "q-27")  # {~wrong answer ~%50%half credit answer =full credit answer}
    assert [(c.text, c.correct, c.weight) for c in difficult.choices] == [
        ("wrong answer", False, None), ("half credit answer", False, 0.5), ("full credit answer", True, None)]
    assert score_question(difficult, [1]).score == 0.5
    assert score_question(difficult, [2]).correct
    hometown = by_id(bank, "jesus-hometown-2")  # a second question with the same name gets its own id
    assert hometown.kind == "short"
    assert score_question(hometown, "nazereth").score == 0.75
    assert score_question(hometown, " Nazareth ").correct
    unweighted_wrong = by_id(bank, "q-30")  # ~No one ~%50%Grant ~%50%Grant's wife ~Grant's father
    assert effective_weights(unweighted_wrong) == [0.0, 0.5, 0.5, 0.0]  # Moodle's 0%, written as {0%}
    negative = by_id(bank, "q-31")  # ~%-50% ... ~%50% ... : the shares the lesson rule gives anyway
    assert [c.weight for c in negative.choices] == [None] * 4
    assert effective_weights(negative) == [-0.5, 0.5, 0.5, -0.5]
    assert score_question(negative, [1, 2]).score == 1
    assert score_question(negative, [0, 1]).score == 0
    true_false = by_id(bank, "q-26")  # {FALSE#No one is buried in Grant's tomb.}: shown to who answers True
    assert [(c.text, c.correct, c.feedback) for c in true_false.choices] == [
        ("True", False, "No one is buried in Grant's tomb."), ("False", True, "")]


def test_escaped_control_characters_survive(bank):
    control = by_id(bank, "gift-control-characters")
    assert [shown(c.text) for c in control.choices] == ["~", "=", "#", "{", "}", "\\"]
    assert shown(control.choices[2].feedback) == "# is a control character."
    assert "<h1" not in render_inline(control.choices[2].feedback)
    assert shown(control.choices[5].feedback).startswith("Correct! \\ (backslash) is not a control character. BUT,")
    assert [c.text for c in by_id(bank, "q-32").choices] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]


def test_formats_escapes_titles_and_two_feedback_true_false():
    gift = (
        "::Ad\\: label \\{1\\}::\\#ad at the start of a caption means a brand paid."
        "{T#Look again.#Yes\\: it is an ad.}\n\n"
        "::Symbols::Which is a GIFT control character? {=\\~ ~\\: ~\\{braces\\}####Only \\~ is.}\n\n"
        "[html]Is <b>this</b> bold?<br>Really?{TRUE#[html]<i>No</i>.#[plain]2*3*4}\n\n"
        "[plain]Name the cue: *urgency* or _FOMO_?{=urgency =FOMO}\n\n"
        "[markdown]Is **this** Markdown?\\nYes.{T}\n"
    )
    bank = parse_gift(gift)
    assert bank.problems == []
    ad, symbols, html, plain, markdown = bank.questions
    assert ad.id == "ad-label-1"
    assert ad.prompt == "\\#ad at the start of a caption means a brand paid."
    assert render_inline(ad.prompt).startswith("#ad at the start")
    assert [(c.text, c.feedback) for c in ad.choices] == [("True", "Yes: it is an ad."), ("False", "Look again.")]
    assert [c.text for c in symbols.choices] == ["~", ":", "{braces}"]
    assert symbols.explanation == "Only ~ is."
    assert (html.prompt, html.body) == ("Is **this** bold?", "Really?")  # [html] becomes Markdown, <br> a line
    assert [shown(c.feedback) for c in html.choices] == ["2*3*4", "No."]
    assert shown(plain.prompt) == "Name the cue: *urgency* or _FOMO_?"  # [plain] shows as typed
    assert [c.text for c in plain.choices] == ["urgency", "FOMO"]
    assert (markdown.prompt, markdown.body) == ("Is **this** Markdown?", "Yes.")  # \n is a line break


def test_crlf_byte_order_mark_and_comments_change_nothing():
    text = ("// a comment\n// [id:q_first] [tag:ads] [tag:media]\n::First::Is this one?{T}\n\n"
            "// [tag:ads]\nWho pays? {\n  =the brand # yes\n  ~nobody\n}\n")
    plain = parse_gift(text)
    windows = parse_gift("\ufeff" + text.replace("\n", "\r\n"))
    assert [(e.line, e.item) for e in windows.items] == [(e.line, e.item) for e in plain.items]
    assert [q.id for q in plain.questions] == ["q_first", "q-2"]
    assert plain.tags == ["ads", "media"]
    assert [e.line for e in plain.items] == [3, 6]


def test_descriptions_essays_and_categories_become_prose_reflections_and_steps(tmp_path):
    gift = (
        "$CATEGORY: $course$/top/Media literacy/Week 1\n\n"
        "::Intro::Read the post below before you answer.\n\n"
        "::Ad?::Is a post with #ad paid for?{TRUE}\n\n"
        "// [id:week-2-quiz]\n$CATEGORY: $course$/Media literacy/Week 2\n\n"
        "::Your view::Which creator do you trust, and why?{}\n\n"
        "::Ad again?::Is a post with a discount code paid for?{T}\n"
    )
    bank = parse_gift(gift)
    assert [type(e.item).__name__ for e in bank.items] == ["Prose", "Question", "Reflection", "Question"]
    assert [e.category for e in bank.items] == [("Media literacy", "Week 1")] * 2 + [("Media literacy", "Week 2")] * 2
    lesson = check_lesson(write_lesson(tmp_path, bank_to_lesson(bank, "weeks", "Weeks")))
    assert lesson.problems == []
    assert lesson.module == "Media literacy"
    assert [s.title for s in lesson.steps] == ["Week 1", "Week 2"]
    assert [b.id for b in lesson.blocks()] == ["week-1", "your-view", "week-2-quiz"]
    assert isinstance(lesson.steps[0].items[0], Prose)
    assert isinstance(lesson.blocks(Reflection)[0], Reflection)


def test_what_cannot_come_across_is_reported_with_its_line():
    gift = ("Is this broken? {=yes\n\n"
            "::Catch all::Best animal?{=Frog =%0%*#Completely wrong}\n\n"
            "::Number::Pick 1 to 5. {#3:2~#Completely wrong}\n\n"
            "Match them. {=a -> 1 =b -> 2 = -> 3}\n")
    bank = parse_gift(gift, "bank.gift")
    assert [(p.line, p.message) for p in bank.problems] == [
        (1, "the braces around the answers do not match; question skipped"),
        (3, "the catch-all answer '*' of 'catch-all' has no equivalent; its feedback is left out"),
        (5, "the feedback for any other number of 'number' has no equivalent; left out"),
        (7, "the extra answer '3' of matching question 'q-3' has no question; a lesson pairs every answer with a "
            "question, so it is left out"),
    ]
    assert [q.id for q in bank.questions] == ["catch-all", "number", "q-3"]


def test_a_question_glued_to_its_category_line_is_reported():
    bank = parse_gift("$CATEGORY: $course$/Unit/Week 1\n::Q::Is it?{T}\n\n::R::Is it not?{F}\n", "glued.gift")
    assert [(p.line, p.message) for p in bank.problems] == [
        (2, "text right under a $CATEGORY line is not read; skipped")]
    assert [(e.category, e.item.id) for e in bank.items] == [(("Unit", "Week 1"), "r")]


@NEEDS_NUMERIC
def test_the_imported_examples_pass_check_and_read_back_the_same(bank, tmp_path):
    path = write_lesson(tmp_path, bank_to_lesson(bank, "moodle-examples", "Moodle examples", "Imported"))
    lesson = check_lesson(path)
    assert lesson.problems == []
    questions = lesson.blocks(Quiz)[0].questions
    assert [(q.id, q.kind, q.prompt, q.body, q.explanation) for q in questions] == \
        [(q.id, q.kind, q.prompt, q.body, q.explanation) for q in bank.questions]
    assert [[(c.text, c.correct, c.weight, c.feedback) for c in q.choices] for q in questions] == \
        [[(c.text, c.correct, c.weight, c.feedback) for c in q.choices] for q in bank.questions]
    assert [ranges(q) for q in questions] == [ranges(q) for q in bank.questions]


def comparable(question: Question) -> tuple:
    return (question.id, question.kind, question.prompt, question.body, question.explanation, question.pairs,
            [(c.text, c.correct, c.feedback) for c in question.choices], ranges(question))


def test_export_then_import_gives_the_same_lesson(tmp_path, capsys):
    assert cli_main(["new", str(tmp_path / "starter"), "--title", "Starter"]) == 0
    original = check_lesson(tmp_path / "starter" / "lesson.md")
    exported = tmp_path / "starter.gift"
    assert cli_main(["export-gift", str(original.path), "-o", str(exported)]) == 0
    assert cli_main(["import-gift", str(exported), "-o", str(tmp_path / "again" / "lesson.md")]) == 0
    again = check_lesson(tmp_path / "again" / "lesson.md")
    assert again.problems == []
    assert again.module == original.module
    assert [s.title for s in again.steps if s.items] == \
        [s.title for s in original.steps if any(isinstance(i, (Quiz, Reflection, Prose)) for i in s.items)]
    before = [q for q in original.blocks(Quiz)[0].questions if q.kind != "order"]  # GIFT has no ordering
    after = again.blocks(Quiz)[0].questions
    assert [comparable(q) for q in after] == [comparable(q) for q in before]
    assert again.blocks(Quiz)[0].id == original.blocks(Quiz)[0].id
    for old, new in zip(before, after, strict=True):  # every way of ticking scores the same share
        if old.kind == "multiple":
            for size in range(len(old.choices) + 1):
                for picked in itertools.combinations(range(len(old.choices)), size):
                    assert score_question(new, list(picked)).fraction == \
                        pytest.approx(score_question(old, list(picked)).fraction, abs=1e-4)
    assert [r.id for r in again.blocks(Reflection)] == [r.id for r in original.blocks(Reflection)]
    twice = tmp_path / "twice.gift"
    capsys.readouterr()
    assert cli_main(["export-gift", str(tmp_path / "again" / "lesson.md"), "-o", str(twice)]) == 0
    assert twice.read_text(encoding="utf-8").split("\n", 1)[1] == exported.read_text(encoding="utf-8").split("\n", 1)[1]


def test_export_names_everything_gift_cannot_hold(tmp_path, capsys):
    assert cli_main(["new", str(tmp_path / "starter"), "--title", "Starter"]) == 0
    path = tmp_path / "starter" / "lesson.md"
    lesson = check_lesson(path)
    questions = lesson.blocks(Quiz)[0].questions
    ordering = next(q for q in questions if q.kind == "order")
    hinted = next(q for q in questions if q.hints)
    scenario, feed, reflection = lesson.blocks(Scenario)[0], lesson.blocks(Feed)[0], lesson.blocks(Reflection)[0]
    capsys.readouterr()
    assert cli_main(["export-gift", str(path), "-o", str(tmp_path / "out.gift")]) == 0
    err = capsys.readouterr().err
    assert f"{path}:{ordering.line}:1: warning: ordering question '{ordering.id}' has no GIFT form; skipped" in err
    assert f"{path}:{hinted.line}:1: warning: GIFT has no hints; the hints of '{hinted.id}' are left out" in err
    assert f"{path}:{scenario.line}:1: warning: scenario '{scenario.id}' has no question-bank form; skipped" in err
    assert f"{path}:{feed.line}:1: warning: feed '{feed.id}' has no question-bank form; skipped" in err
    assert "teacher notes are never shown to learners" in err
    if reflection.min_length:
        assert f"the minimum of '{reflection.id}' is left out" in err
    weighty = [q for q in questions if q.points != 1]
    for question in weighty:
        assert f"GIFT has no points per question; '{question.id}' is worth" in err


def test_import_command_reports_on_stderr_and_fails_when_nothing_comes_across(tmp_path, capsys):
    source = tmp_path / "broken.gift"
    source.write_text("What is 2 + 2? {=4\n", encoding="utf-8")
    assert cli_main(["import-gift", str(source), "-o", str(tmp_path / "out.md")]) == 1
    err = capsys.readouterr().err
    assert f"{source}:1:1: warning: the braces around the answers do not match; question skipped" in err
    assert "no question could be imported" in err
    assert not (tmp_path / "out.md").exists()
    source.write_text("::Q1::Is this one?{T}\n\n::Q2::Best animal?{=Frog =%0%*#Completely wrong}\n", encoding="utf-8")
    target = tmp_path / "bank" / "lesson.md"
    assert cli_main(["import-gift", str(source), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "2 question(s)" in out and "1 note(s)" in out
    assert f"{source}:3:1: warning: the catch-all answer '*' of 'q2' has no equivalent" in err
    assert check_lesson(target).problems == []
    assert cli_main(["import-gift", str(source), "-o", str(target)]) == 1  # never overwrites unasked
    assert "already exists" in capsys.readouterr().err
    assert cli_main(["import-gift", str(source), "-o", str(target), "--force"]) == 0


@NEEDS_NUMERIC
def test_import_command_writes_the_whole_examples_file(tmp_path, capsys):
    target = tmp_path / "bank" / "lesson.md"
    assert cli_main(["import-gift", str(MOODLE_EXAMPLES), "-o", str(target)]) == 0
    assert "43 question(s)" in capsys.readouterr().out
    assert check_lesson(target).problems == []
