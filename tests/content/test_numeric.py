"""Numeric questions in the lesson format: every way of writing a number, and every mistake reported where
it stands (path:line:col) with a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.content.bank import question_markdown
from literacy_app.content.blocks.quiz import NUMERIC
from literacy_app.content.blocks.quiz_numbers import read_number
from literacy_app.content.model import NumericAnswer, Question, Quiz
from literacy_app.content.validate import check_lesson_text

PATH = Path("/nowhere/numbers/lesson.md")
HEAD = "---\nid: numbers\ntitle: Numbers\nmodule: Tests\norder: 1\n---\n## Step\n::: quiz counting\n"
FIRST = HEAD.count("\n") + 1  # the line of the question heading


def lesson_of(questions: str):
    return check_lesson_text(HEAD + questions + ":::\n", PATH)


def question_of(questions: str) -> Question:
    return lesson_of(questions).blocks(Quiz)[0].questions[0]


def found(questions: str) -> list[str]:
    problems = lesson_of(questions).problems
    return [f"{p.line - FIRST + 1}:{p.col}: {p.severity}: {p.message} | {p.hint}" for p in problems]


def bounds(question: Question) -> list[tuple[float, float, float, str]]:
    return [(round(a.low, 9), round(a.high, 9), a.fraction, a.feedback) for a in question.numeric]


def test_every_form_of_an_accepted_number():
    question = question_of(
        "### When? {#q-when}\nType: numeric\n"
        "- [x] 1822 +- 5\n  > Right.\n"
        "- [x] 42\n"
        "- [x] 40..45\n"
        "- [x] {50%} 3 +- 1\n  > Nearly.\n"
        "- [ ] 24 +- 0.5\n  > That is the number of hours.\n"
        "- [x] 3,5\n"
        "- [x] -5..-1\n"
        "- [x] 7 ± 0,5\n"
        "- [x] {0%} 99\n"
        "Unit: km\n"
        "Explanation: Counting.\n")
    assert question.kind == "numeric" and question.choices == []
    assert bounds(question) == [(1817, 1827, 1.0, "Right."), (42, 42, 1.0, ""), (40, 45, 1.0, ""),
                                (2, 4, 0.5, "Nearly."), (23.5, 24.5, 0.0, "That is the number of hours."),
                                (3.5, 3.5, 1.0, ""), (-5, -1, 1.0, ""), (6.5, 7.5, 1.0, ""), (99, 99, 0.0, "")]
    assert [a.line for a in question.numeric] == [FIRST + n for n in (2, 4, 5, 6, 8, 10, 11, 12, 13)]
    assert (question.unit, question.unit_required, question.explanation) == ("km", False, "Counting.")


@pytest.mark.parametrize(("line", "unit", "required"), [
    ("Unit: km (required)", "km", True), ("Unit: km (REQUIRED)", "km", True), ("Units: people", "people", False),
    ("Unit: km (optional)", "km", False), ("Unit: m/s", "m/s", False)])
def test_the_unit_line(line, unit, required):
    question = question_of(f"### How far? {{#q-far}}\nType: numerical\n- [x] 3\n{line}\n")
    assert (question.kind, question.unit, question.unit_required) == ("numeric", unit, required)


def test_a_clean_numeric_question_has_no_problems_and_the_template_is_one():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 42\n") == []
    lesson = check_lesson_text(HEAD + NUMERIC + ":::\n", PATH)
    assert lesson.problems == []
    question = lesson.blocks(Quiz)[0].questions[0]
    assert (question.kind, question.unit) == ("numeric", "year")
    assert [a.fraction for a in question.numeric] == [1.0, 0.5, 0.0]


def test_a_malformed_number_is_reported_at_its_column():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 4x2\n- [x] 42\n") == [
        "3:7: error: '4x2' is not a number | write a number such as 42 or 3.5, a tolerance such as 1822 +- 5, "
        "or a range such as 40..45"]
    # the part that is wrong, not the whole line: the tolerance, the high end of a range
    assert [p.split(" | ")[0] for p in found("### How many? {#q-many}\nType: numeric\n- [x]   1822 +- five\n"
                                              "- [x] 40..4o\n  - [x] 42\n")] == [
        "3:17: error: 'five' is not a number", "4:11: error: '4o' is not a number"]
    assert [p.split(" | ")[0] for p in found("### How many? {#q-many}\nType: numeric\n- [x] 1,2,3\n- [x] 4\n")] == [
        "3:7: error: '1,2,3' is not a number"]


def test_a_range_whose_low_end_is_above_its_high_end():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 45..40\n- [x] 42\n") == [
        "3:7: error: the range 45..40 runs backwards: 45 is above 40 | write the smaller number first: 40..45"]


def test_a_negative_tolerance():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 42 +- -1\n") == [
        "3:13: error: the tolerance -1 is negative | a tolerance says how far an answer may be off: write '42 +- 1'"]


def test_no_accepted_number():
    hint = "mark the right number with '- [x]', e.g. '- [x] 42 +- 0.5' or '- [x] 40..45'"
    assert found("### How many? {#q-many}\nType: numeric\n- [ ] 24\n  > Hours, not days.\n") == [
        f"1:1: error: numeric question 'q-many' has no accepted number | {hint}"]
    assert found("### How many? {#q-many}\nType: numeric\nHint: Count.\n") == [
        f"1:1: error: numeric question 'q-many' has no accepted number | {hint}"]
    assert found("### How many? {#q-many}\nType: numeric\n- [x] {0%} 24\n") == [
        f"1:1: error: numeric question 'q-many' has no accepted number | {hint}"]


def test_shares_and_weights_that_do_not_fit_a_number():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] {50%} 42\n") == [
        "1:1: warning: no accepted number of question 'q-many' is worth 100% | nobody can score full marks; "
        "remove the weight of the best answer"]
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 42\n- [x] {-50%} 41\n") == [
        "4:7: error: the share of a numeric answer must be between 0% and 100% | a number that earns nothing is "
        "written '- [ ] 24'"]
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 42\n- [ ] {50%} 41\n") == [
        "4:7: warning: the weight of a wrong number is ignored | to give part of the points, mark it "
        "'- [x] {50%} ...'"]


def test_a_decimal_comma_that_could_be_a_thousands_separator_is_named():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 1,822\n") == [
        "3:7: warning: '1,822' is read as 1822, not 1.822 | write 1822 without a separator, or 1.822 with a "
        "decimal point"]
    assert bounds(question_of("### How many? {#q-many}\nType: numeric\n- [x] 1,822\n")) == [(1822, 1822, 1.0, "")]
    # a point always marks decimals in a lesson, and '0,125' or '3,14' can only be decimals
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 1.822\n- [x] 0,125\n- [x] 3,14\n- [x] 1 822,5\n") \
        == []
    assert bounds(question_of("### How many? {#q-many}\nType: numeric\n- [x] 1.822\n- [x] 1 822,5\n")) == [
        (1.822, 1.822, 1.0, ""), (1822.5, 1822.5, 1.0, "")]


def test_a_unit_without_a_name_and_a_unit_on_another_type():
    assert found("### How far? {#q-far}\nType: numeric\n- [x] 3\nUnit: (required)\n") == [
        "4:17: error: 'Unit:' of numeric question 'q-far' names no unit | write e.g. 'Unit: km', or "
        "'Unit: km (required)' when an answer without it is wrong"]
    assert found("### Which? {#q-which}\n- [x] a\n- [ ] b\nUnit: km\n") == [
        "4:1: warning: 'Unit:' is only read in a numeric question; question 'q-which' is single | add 'Type: numeric'"]


def test_numbers_mixed_with_pairs_or_numbered_items():
    assert found("### How many? {#q-many}\nType: numeric\n- [x] 42\n- a -> b\n")[0].startswith(
        "1:1: error: numeric question 'q-many' mixes numbers with pairs or numbered items")


def test_a_lone_number_without_a_type_suggests_one():
    assert found("### How many? {#q-many}\n- [x] 42\n") == [
        "1:1: error: question 'q-many' needs at least two choices | for a number the learner types, add "
        "'Type: numeric'"]


def test_what_the_question_bank_writes_reads_back_the_same():
    question = Question("q-bank", "How many?", "numeric", unit="km", unit_required=True, numeric=[
        NumericAnswer(1817, 1827, 1.0, "Right."), NumericAnswer(40, 45, 0.5), NumericAnswer(23.5, 24.5, 0.0, "No."),
        NumericAnswer(3.141, 3.142, 0.25)])
    again = question_of(question_markdown(question))
    assert bounds(again) == bounds(question)
    assert (again.unit, again.unit_required) == ("km", True)
    assert question_markdown(again) == question_markdown(question)


@pytest.mark.parametrize(("text", "values", "rest"), [
    ("42", (42,), ""), ("-5", (-5,), ""), ("\u22123,5 kg", (-3.5,), "kg"), ("3.5", (3.5,), ""),
    ("1 822", (1822,), ""), ("1\u00a0822 km", (1822,), "km"), ("1,822", (1822, 1.822), ""),
    ("1.822", (1.822, 1822), ""), ("1,822.5", (1822.5,), ""), ("1.822,5", (1822.5,), ""),
    ("1,000,000", (1e6,), ""), ("0,125", (0.125,), ""), (",5", (0.5,), ""), ("1e6", (1e6,), ""),
    ("1822km", (1822,), "km"), ("50 %", (50,), "%"), ("  12  apples", (12,), "apples")])
def test_reading_a_number(text, values, rest):
    reading = read_number(text)
    assert reading is not None and reading.values == pytest.approx(values) and reading.rest == rest


@pytest.mark.parametrize("text", ["", "abc", "about 12", "1 22", "1,2,3", "1,822e3", "km 12", "-", "1.2.3."])
def test_not_a_number(text):
    assert read_number(text) is None


@pytest.mark.parametrize(("typo", "meant"), [("Hnit", "Hint"), ("Pionts", "Points"), ("Tpye", "Type"),
                                             ("Unti", "Unit"), ("Untis", "Units")])
def test_a_misspelt_key_is_named_and_hint_stays_nearer_than_unit(typo, meant):
    problems = found(f"### How many? {{#q-many}}\nType: numeric\n- [x] 42\n{typo}: x\n")
    assert problems == [f"4:1: warning: unknown key '{typo}' | did you mean '{meant}:'?"]
