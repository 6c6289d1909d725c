"""GIFT import and export, tested against Moodle's own examples (copied into tests/fixtures/gift/)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from literacy_app.cli import main as cli_main
from literacy_app.content.gift import bank_to_lesson, parse_gift
from literacy_app.content.model import Question, Quiz, Reflection
from literacy_app.content.render import render_inline
from literacy_app.content.validate import check_lesson
from literacy_app.learning.scoring import score_question

MOODLE_EXAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "gift" / "moodle-gift-examples.txt"
SKIPPED_LINES = {  # line -> kind, read off the examples file
    10: "missing word (mid-sentence)", 16: "numerical", 27: "missing word (mid-sentence)",
    29: "missing word (mid-sentence)", 70: "numerical", 72: "numerical", 74: "numerical", 76: "numerical",
    85: "numerical", 93: "missing word (mid-sentence)", 169: "missing word (mid-sentence)", 175: "numerical",
    184: "missing word (mid-sentence)", 202: "numerical",
}


@pytest.fixture(scope="module")
def bank():
    return parse_gift(MOODLE_EXAMPLES.read_text(encoding="utf-8"), "examples.txt")


def by_id(bank, question_id: str) -> Question:
    return next(q for q in bank.questions if q.id == question_id)


def write_lesson(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "imported" / "lesson.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_unsupported_moodle_examples_are_reported_by_line(bank):
    reported = {p.line: p.message for p in bank.problems}
    assert reported == {line: f"{kind} question is not supported; skipped" for line, kind in SKIPPED_LINES.items()}
    assert all(p.severity == "warning" and p.hint for p in bank.problems)
    assert len(bank.questions) == 29


def test_every_supported_type_is_read(bank):
    kinds = {q.kind for q in bank.questions}
    assert kinds == {"single", "multiple", "true-false", "short", "match"}
    first = bank.questions[0]
    assert (first.id, first.kind, first.prompt) == ("q-1", "single", "Who's buried in Grant's tomb?")
    assert [(c.text, c.correct) for c in first.choices] == [("Grant", False), ("Jefferson", False), ("no one", True)]
    assert [(c.text, c.correct) for c in bank.questions[1].choices] == [("True", False), ("False", True)]
    capitals = by_id(bank, "q-11")
    assert capitals.pairs[-1] == ("India", "New Delhi")
    kanji = by_id(bank, "kanji-origins")  # ::Kanji Origins:: names the question; the text spans two lines
    assert (kanji.kind, kanji.prompt) == ("short", "Japanese characters originally came from what country?")
    assert by_id(bank, "q-7").prompt == "Two plus two equals _____."


def test_weights_feedback_and_general_feedback(bank):
    difficult = by_id(bank, "q-28")
    assert [(c.text, c.correct, c.weight, c.feedback) for c in difficult.choices] == [
        ("wrong answer", False, None, "comment on wrong answer"),
        ("half credit answer", False, 0.5, "comment on answer"),
        ("full credit answer", True, None, "well done!"),
    ]
    assert score_question(difficult, [1]).score == 0.5
    assert score_question(difficult, [2]).correct
    hometown = by_id(bank, "jesus-hometown-2")  # a second question with the same name gets its own id
    assert hometown.kind == "short"
    assert score_question(hometown, "nazereth").score == 0.75
    assert not score_question(hometown, "nazereth").correct
    assert score_question(hometown, " Nazareth ").correct
    negative = by_id(bank, "q-21")
    assert [c.weight for c in negative.choices] == [-0.5, 0.5, 0.5, -0.5]
    assert score_question(negative, [1, 2]).score == 1
    assert score_question(negative, [0, 1]).score == 0
    true_false = by_id(bank, "q-16")
    assert true_false.choices[0].feedback == "No one is buried in Grant's tomb."  # shown to who answers True


def test_escaped_control_characters_survive(bank):
    control = by_id(bank, "gift-control-characters")
    assert [c.text for c in control.choices] == ["~", "=", "#", "{", "}", "\\"]
    assert control.choices[2].feedback == "\\# is a control character."  # Markdown-escaped at the line start
    assert "#" in render_inline(control.choices[2].feedback) and "<h1" not in render_inline(control.choices[2].feedback)
    assert control.choices[5].feedback.startswith("Correct! \\ (backslash) is not a control character. BUT, it is")
    equals = by_id(bank, "q-22")
    assert [c.text for c in equals.choices] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]


def test_the_imported_lesson_passes_check(bank, tmp_path):
    path = write_lesson(tmp_path, bank_to_lesson(bank, "moodle-examples", "Moodle examples", "Imported"))
    lesson = check_lesson(path)
    assert lesson.problems == []
    quiz = lesson.blocks(Quiz)[0]
    assert [q.id for q in quiz.questions] == [q.id for q in bank.questions]
    assert [q.kind for q in quiz.questions] == [q.kind for q in bank.questions]
    assert [[(c.text, c.correct, c.weight, c.feedback) for c in q.choices] for q in quiz.questions] == \
        [[(c.text, c.correct, c.weight, c.feedback) for c in q.choices] for q in bank.questions]


def test_hashtags_escapes_formats_and_essays(tmp_path):
    gift = (
        "::Ad label::\\#ad at the start of a caption means a brand paid.{T#Look again.#Yes\\: it is an ad.}\n\n"
        "::Symbols::Which is a GIFT control character? {=\\~ ~\\: ~\\{braces\\}####Only \\~ is.}\n\n"
        "[html]Is <b>this</b> bold?<br>Really?{TRUE}\n\n"
        "[plain]Name the cue.{=urgency =FOMO}\n\n"
        "::Your view::Which creator do you trust, and why?{}\n"
    )
    bank = parse_gift(gift)
    assert bank.problems == []
    ad = bank.questions[0]
    assert ad.id == "ad-label"
    assert ad.prompt == "\\#ad at the start of a caption means a brand paid."
    html = render_inline(ad.prompt)
    assert html.startswith("#ad at the start") and "<h" not in html
    assert [(c.text, c.feedback) for c in ad.choices] == [("True", "Yes: it is an ad."), ("False", "Look again.")]
    symbols = bank.questions[1]
    assert [c.text for c in symbols.choices] == ["~", ":", "{braces}"]
    assert symbols.explanation == "Only ~ is."
    assert bank.questions[2].prompt == "Is <b>this</b> bold?\nReally?"
    essay = bank.items[-1][1]
    assert isinstance(essay, Reflection) and essay.id == "your-view"
    lesson = check_lesson(write_lesson(tmp_path, bank_to_lesson(bank, "mixed", "Mixed", "Imported")))
    assert lesson.problems == []
    assert lesson.blocks(Quiz)[0].questions[0].prompt == ad.prompt
    assert lesson.blocks(Reflection)[0].prompt == "Which creator do you trust, and why?"


def comparable(question: Question) -> tuple:
    return (question.id, question.kind, question.prompt, question.explanation, question.pairs,
            [(c.text, c.correct, c.feedback) for c in question.choices])


def test_export_then_import_gives_the_same_questions(tmp_path):
    assert cli_main(["new", str(tmp_path / "starter"), "--title", "Starter"]) == 0
    original = check_lesson(tmp_path / "starter" / "lesson.md")
    exported = tmp_path / "starter.gift"
    assert cli_main(["export-gift", str(original.path), "-o", str(exported)]) == 0
    assert cli_main(["import-gift", str(exported), "-o", str(tmp_path / "again" / "lesson.md")]) == 0
    again = check_lesson(tmp_path / "again" / "lesson.md")
    assert again.problems == []
    before = [q for q in original.blocks(Quiz)[0].questions if q.kind != "order"]  # GIFT has no ordering
    after = again.blocks(Quiz)[0].questions
    assert [comparable(q) for q in after] == [comparable(q) for q in before]
    assert again.blocks(Quiz)[0].id == original.blocks(Quiz)[0].id
    # every way of answering the multiple-answer question scores the same after the round trip
    old_multi = next(q for q in before if q.kind == "multiple")
    new_multi = next(q for q in after if q.kind == "multiple")
    for size in range(len(old_multi.choices) + 1):
        for picked in itertools.combinations(range(len(old_multi.choices)), size):
            old = score_question(old_multi, list(picked)).fraction  # GIFT has no points: compare shares
            assert score_question(new_multi, list(picked)).fraction == pytest.approx(old, abs=1e-4)
    assert [r.id for r in again.blocks(Reflection)] == [r.id for r in original.blocks(Reflection)]
    # and a second round trip changes nothing
    twice = tmp_path / "twice.gift"
    assert cli_main(["export-gift", str(tmp_path / "again" / "lesson.md"), "-o", str(twice)]) == 0
    assert twice.read_text(encoding="utf-8").split("\n", 1)[1] == exported.read_text(encoding="utf-8").split("\n", 1)[1]


def test_import_command_reports_skipped_questions_on_stderr(tmp_path, capsys):
    target = tmp_path / "bank" / "lesson.md"
    assert cli_main(["import-gift", str(MOODLE_EXAMPLES), "-o", str(target)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"{MOODLE_EXAMPLES}:16:1: warning: numerical question is not supported; skipped" in err
    assert f"{MOODLE_EXAMPLES}:10:1: warning: missing word (mid-sentence) question is not supported; skipped" in err
    assert check_lesson(target).problems == []


def test_import_command_fails_when_nothing_can_be_imported(tmp_path, capsys):
    source = tmp_path / "numbers.gift"
    source.write_text("What is 2 + 2? {#4}\n", encoding="utf-8")
    assert cli_main(["import-gift", str(source), "-o", str(tmp_path / "out.md")]) == 1
    err = capsys.readouterr().err
    assert f"{source}:1:1: warning: numerical question is not supported" in err
    assert "no question could be imported" in err
    assert not (tmp_path / "out.md").exists()
