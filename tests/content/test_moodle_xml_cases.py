"""The cases of Moodle's own Moodle XML format tests (xmlformat_test.php, qformat_xml_import_export_test.php,
the import features and their fixture files), read here.

The facts are Moodle's, kept in tests/fixtures/moodle/xml/; the checks are ours. A Moodle fact with no
lesson equivalent must be reported with its line, and every imported lesson must pass `check`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from literacy_app.content.bank import bank_to_lesson
from literacy_app.content.html_markdown import html_to_text
from literacy_app.content.model import Prose, Question, Quiz, Reflection, TeacherNotes
from literacy_app.content.moodle_xml import parse_moodle_xml
from literacy_app.content.render import render_markdown
from literacy_app.content.validate import check_lesson, check_lesson_text
from literacy_app.content.weights import effective_weights

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "moodle" / "xml"
CASES = json.loads((FIXTURES / "xmlformat_cases.json").read_text(encoding="utf-8"))


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


def check_lesson_unless_numeric(expect: dict) -> None:
    """The facts are checked whatever; the written lesson only once lessons read numeric questions."""
    if "numbers" in expect and not numeric_lessons():
        pytest.skip("the lesson format does not read numeric questions yet: facts checked, lesson not")


def shown(markdown: str) -> str:
    return html_to_text(render_markdown(markdown))


def lesson_of(bank, folder: Path):
    """The bank written as a lesson with its files, checked as `check` does."""
    folder.mkdir(parents=True, exist_ok=True)
    for relative, data in bank.files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)
    (folder / "lesson.md").write_text(bank_to_lesson(bank, folder.name, "Imported"), encoding="utf-8")
    return check_lesson(folder / "lesson.md")


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["case"] for c in CASES["cases"]])
def test_moodle_xml_case(case, tmp_path):
    expect = case["expect"]
    bank = parse_moodle_xml(f"<quiz>\n{case['xml']}\n</quiz>".encode(), "case.xml")
    notes = [p.message for p in bank.problems]
    assert len(notes) == len(expect.get("notes", [])), notes
    for wanted in expect.get("notes", []):
        assert any(wanted in note for note in notes), (wanted, notes)
    assert bank.tags == expect.get("tags", [])
    assert {k: v.decode() for k, v in bank.files.items()} == expect.get("files", {})
    if expect["kind"] == "skipped":
        assert bank.items == []
        assert [p.line for p in bank.problems if "no equivalent" in p.message] == [2]  # the <question>'s line
        return
    item = bank.items[0].item
    if expect["kind"] == "prose":
        assert isinstance(item, Prose)
        assert shown(item.markdown) == expect["text"]
    elif expect["kind"] == "reflection":
        assert isinstance(item, Reflection)
        assert (item.id, shown(item.prompt)) == (expect["id"], expect["text"])
        grader = [entry.item for entry in bank.items if isinstance(entry.item, TeacherNotes)]
        assert [shown(n.markdown) for n in grader] == ([html_to_text(expect["grader"])] if "grader" in expect else [])
    else:
        assert isinstance(item, Question)
        assert (item.id, item.kind) == (expect["id"], expect["kind"])
        assert shown(item.prompt + ("\n\n" + item.body if item.body else "")) == expect["text"]
        assert shown(item.explanation) == expect.get("general", "")
        assert item.points == expect.get("points", 1)
        assert item.hints == expect.get("hints", [])
        if "answers" in expect:
            assert [shown(c.text) for c in item.choices] == [a[0] for a in expect["answers"]]
            assert effective_weights(item) == pytest.approx([a[1] for a in expect["answers"]])
            assert [shown(c.feedback) for c in item.choices] == [a[2] for a in expect["answers"]]
        if "correct" in expect:
            assert next(c.text == "True" for c in item.choices if c.correct) is expect["correct"]
            feedback = {c.text: shown(c.feedback) for c in item.choices}
            assert (feedback["True"], feedback["False"]) == (expect["feedbacktrue"], expect["feedbackfalse"])
        if "pairs" in expect:
            assert [list(pair) for pair in item.pairs] == expect["pairs"]
        if "numbers" in expect:
            assert [(round(a.low, 9), round(a.high, 9), a.fraction, a.feedback) for a in item.numeric] == [
                (round(v - t, 9), round(v + t, 9), f, fb) for v, t, f, fb in expect["numbers"]]
    check_lesson_unless_numeric(expect)
    lesson = lesson_of(bank, tmp_path / "case")
    assert [p.message for p in lesson.problems] == expect.get("check", [])  # Moodle takes 200%; check says so


def read(name: str):
    return parse_moodle_xml((FIXTURES / name).read_bytes(), name)


def placed(bank) -> list[tuple[tuple[str, ...], str, str]]:
    """(category, kind, id or text) of every item, in file order."""
    return [(e.category, type(e.item).__name__, getattr(e.item, "id", "") or e.item.markdown) for e in bank.items]


def test_category_with_description_and_id_number(tmp_path):
    bank = read("category_with_description.xml")
    assert placed(bank) == [(("Alpha",), "Prose", "This is Alpha category for test"),
                            (("Alpha",), "Question", "alpha-question")]
    lesson = lesson_of(bank, tmp_path / "alpha")
    assert lesson.problems == []
    assert (lesson.module, lesson.blocks(Quiz)[0].id) == ("Alpha", "alpha-idnumber")  # the category's ID number
    old_way = read("deprecated_category.xml")  # the same category written the old way
    assert [(e.category, e.item, e.quiz_id) for e in old_way.items] == \
        [(e.category, e.item, e.quiz_id) for e in bank.items]


def test_nested_categories_become_steps(tmp_path):
    bank = read("nested_categories.xml")
    assert [e.category for e in bank.items] == [("Delta",), ("Delta", "Epsilon"), ("Delta", "Epsilon", "Zeta"),
                                                 ("Delta", "Epsilon", "Zeta")]
    lesson = lesson_of(bank, tmp_path / "delta")
    assert lesson.problems == []
    assert lesson.module == "Delta"
    assert [s.title for s in lesson.steps] == ["", "Epsilon", "Epsilon / Zeta"]


def test_nested_categories_keep_their_questions(tmp_path):
    bank = read("nested_categories_with_questions.xml")
    where = {e.item.id: e.category[-1] for e in bank.items if isinstance(e.item, (Question, Reflection))}
    assert where == {"iota-question": "Iota", "kappa-essay-question": "Kappa", "kappa-question": "Kappa",
                     "lambda-question": "Lambda", "mu-question": "Mu"}
    assert [shown(e.item.markdown) for e in bank.items if isinstance(e.item, Prose)] == [
        f"This is {name} category for test" for name in ("Iota", "Kappa", "Lambda", "Mu")]
    lesson = lesson_of(bank, tmp_path / "iota")
    assert lesson.problems == []
    assert [s.title for s in lesson.steps] == ["", "Kappa", "Kappa / Lambda", "Mu"]
    assert [q.id for quiz in lesson.blocks(Quiz) for q in quiz.questions] == [
        "iota-question", "kappa-question", "lambda-question", "mu-question"]


def test_old_file_without_formats_and_categories_in_reverse_order(tmp_path):
    old = read("old_format_file.xml")
    assert [(e.category, e.item.id) for e in old.items] == [(("Pi",), "pi-question"), (("Pi", "Rho"), "rho-question")]
    assert lesson_of(old, tmp_path / "pi").problems == []
    reverse = read("categories_reverse_order.xml")
    assert placed(reverse) == [
        (("Sigma", "Tau"), "Prose", "This is Tau category for test"), (("Sigma", "Tau"), "Reflection", "tau-question"),
        (("Sigma",), "Prose", "This is Sigma category for test"), (("Sigma",), "Question", "sigma-question")]
    sigma = reverse.questions[0]
    assert (sigma.kind, [(c.text, c.correct) for c in sigma.choices]) == (
        "short", [("yes", True), ("no", False), ("may be", False)])
    lesson = lesson_of(reverse, tmp_path / "sigma")
    assert lesson.problems == []
    assert [s.title for s in lesson.steps] == ["Tau", "Sigma"]


def test_export_category_fixture_and_html_characters_in_id_numbers(tmp_path):
    exported = read("export_category.xml")
    assert placed(exported) == [(("Alpha",), "Prose", "This is Alpha category for test"),
                                (("Alpha",), "Question", "alpha-question")]
    characters = read("html_chars_in_idnumbers.xml")
    assert characters.questions[0].id == "t-f"  # idnumber 'T & F' is not a valid id: made one
    assert characters.items[1].quiz_id == "The inequalities < & >"
    lesson = lesson_of(characters, tmp_path / "chars")
    assert lesson.problems == []
    assert lesson.blocks(Quiz)[0].id == "the-inequalities"


def test_invalid_grades_come_across_and_check_says_they_do_not_add_up(tmp_path):
    bank = read("error_invalid_grades.xml")  # Moodle refuses 33%; a lesson takes it, and check explains
    question = bank.questions[0]
    assert question.kind == "multiple"
    assert [shown(c.text) for c in question.choices] == ["1", "2", "3", "4", "5"]
    assert effective_weights(question) == pytest.approx([-0.5, 0.33, 0.3333333, -0.5, 0.3333333])
    lesson = lesson_of(bank, tmp_path / "grades")
    assert [(p.severity, p.message) for p in lesson.problems] == [
        ("warning", f"the positive weights of question '{question.id}' add up to 99.66666%, not 100%")]


def test_cloze_questions_have_no_equivalent_and_are_named():
    bank = read("broken_cloze_questions.xml")
    assert bank.items == []
    skipped = [p for p in bank.problems if "(cloze) has no equivalent" in p.message]
    assert [p.line for p in skipped] == [4, 20, 36, 52, 68]
    assert all("embedded answers (cloze)" in p.hint for p in skipped)


def test_import_features_true_false_multichoice_and_pictures(tmp_path):
    truefalse = read("truefalse.xml")  # 'Importing 2 questions from file'
    assert [(q.id, next(c.text for c in q.choices if c.correct)) for q in truefalse.questions] == [
        ("moodle-acronym-false", "False"), ("moodle-acronym-true", "True")]
    assert "is an acronym for Modular Object-Oriented Dynamic Learning Education" in \
        shown(truefalse.questions[0].prompt)
    assert sorted(truefalse.files) == ["images/infos.jpg", "images/logo.jpg", "images/thumbdown.jpg",
                                       "images/thumbup.jpg"]
    assert "![Moodle logo](images/logo.jpg)" in truefalse.questions[0].prompt
    assert "![Thumb up](images/thumbup.jpg)" in truefalse.questions[0].choices[1].feedback
    assert lesson_of(truefalse, tmp_path / "tf").problems == []
    multichoice = read("multichoice.xml")  # 'Importing 1 questions from file'
    greeting = multichoice.questions[0]
    assert (greeting.id, greeting.kind) == ("greeting", "single")
    assert shown(greeting.body) == "What language is being spoken?"
    assert [shown(c.text) for c in greeting.choices] == ["British Flag English", "French flag French",
                                                         "German flag German", "Denmark flag Danish"]
    assert [c.correct for c in greeting.choices] == [False, True, False, False]
    assert "images/bonjour.mp3" in greeting.prompt
    assert lesson_of(multichoice, tmp_path / "mc").problems == []


def test_moodle_19_image_field_and_cloze_next_to_it(tmp_path):
    bank = read("sample_questions_with_old_image_tag.xml")  # 'Importing 2 questions': the cloze has no equivalent
    assert [p.message for p in bank.problems if "cloze" in p.message] == [
        "'cloze question with image' (cloze) has no equivalent in a lesson; skipped"]
    question = bank.questions[0]
    assert (question.id, [shown(c.text) for c in question.choices]) == (
        "mcq-with-image", ["wrong answer", "another wrong answer", "right answer"])
    assert question.body == "![](images/moodle.png)"
    assert list(bank.files) == ["images/moodle.png"]
    assert lesson_of(bank, tmp_path / "old").problems == []
    assert [p.message for p in read("multianswer.xml").problems if "cloze" in p.message] == [
        "'cloze with images' (cloze) has no equivalent in a lesson; skipped"]


def test_ordering_plugin_question_becomes_an_ordering_question(tmp_path):
    text = (FIXTURES / "ordering_testimport.moodle.xml").read_text(encoding="utf-8")
    bank = parse_moodle_xml(f"<quiz>{text}</quiz>".encode())
    question = bank.questions[0]
    assert (question.id, question.kind, question.hints) == ("myid", "order", ["Hint 1", "Hint 2"])
    assert [c.text for c in question.choices] == ["Modular", "Object", "Oriented", "Dynamic", "Learning",
                                                  "Environment"]
    assert check_lesson_text(bank_to_lesson(bank, "o", "O"), tmp_path / "o" / "lesson.md").problems == []
