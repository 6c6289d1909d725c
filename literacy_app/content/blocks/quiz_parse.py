"""Parse a `::: quiz` block into a Quiz with its questions."""

from __future__ import annotations

import re
from typing import Any

from literacy_app.content.blocks.quiz_numbers import format_value, read_number
from literacy_app.content.model import QUESTION_KINDS, Choice, NumericAnswer, Question, Quiz
from literacy_app.content.syntax import (
    FEEDBACK_RE,
    KEY_LINE_RE,
    Line,
    Reporter,
    collect_text,
    near_key,
    parse_bool,
    parse_heading,
    parse_number,
    parse_settings,
    split_sections,
    warn_text_before_first_heading,
)

QUIZ_SETTINGS = ("pass", "shuffle", "attempts", "negative", "mode", "feedback")
QUIZ_MODES = ("practice", "test")
FEEDBACK_TIMES = ("immediate", "after-submit", "after-course")
QUESTION_KEYS = ("hint", "explanation", "points", "type", "unit", "units")
KIND_ALIASES = {
    "single": "single",
    "single-choice": "single",
    "multiple": "multiple",
    "multiple-answer": "multiple",
    "true-false": "true-false",
    "truefalse": "true-false",
    "true/false": "true-false",
    "short": "short",
    "short-answer": "short",
    "order": "order",
    "ordering": "order",
    "match": "match",
    "matching": "match",
    "numeric": "numeric",
    "numerical": "numeric",
    "number": "numeric",
}

CHOICE_RE = re.compile(r"^[-*+]\s+\[(?P<mark>[ xX])\]\s*(?P<weight>\{-?\d+(?:\.\d+)?%\})?\s*(?P<text>.*)$")
ORDER_RE = re.compile(r"^\d+[.)]\s+(?P<text>.+)$")
PAIR_RE = re.compile(r"^[-*+]\s+(?P<left>.+?)\s+->\s+(?P<right>.+)$")
LOOSE_CHOICE_RE = re.compile(r"^[-*+]\s+\[(?P<mark>[^\]]*)\]")
TOLERANCE_RE = re.compile(r"\s*(?:\+-|\+/-|\u00b1)\s*")  # 1822 +- 5, 1822 +/- 5, 1822 \u00b1 5
UNIT_RE = re.compile(r"^(?P<unit>.*?)\s*(?:\((?P<flag>required|optional)\))?$", re.IGNORECASE)
NUMBER_HINT = "write a number such as 42 or 3.5, a tolerance such as 1822 +- 5, or a range such as 40..45"


def _parse_mode(quiz: Quiz, settings: dict[str, Any], reporter: Reporter) -> None:
    """`mode: test` and `feedback: ...`; a test holds its feedback back until it is submitted."""
    if "mode" in settings:
        value, line = settings["mode"]
        if value.strip().lower() in QUIZ_MODES:
            quiz.mode = value.strip().lower()
        else:
            reporter.error(line.number, 1, f"mode '{value.strip()}' is not known",
                           "write 'mode: practice' or 'mode: test'")
    quiz.feedback = "after-submit" if quiz.mode == "test" else "immediate"
    if "feedback" in settings:
        value, line = settings["feedback"]
        if value.strip().lower() in FEEDBACK_TIMES:
            quiz.feedback = value.strip().lower()
        else:
            reporter.error(line.number, 1, f"feedback '{value.strip()}' is not known",
                           "write 'feedback: immediate', 'feedback: after-submit' or 'feedback: after-course'")
        if quiz.mode != "test" and quiz.feedback != "immediate":
            reporter.warning(line.number, 1, "feedback can only be held back in a test",
                             "add 'mode: test' to the quiz, or remove the 'feedback:' line")


def parse_quiz(block_id: str, opening: Line, lines: list[Line], reporter: Reporter) -> Quiz:
    quiz = Quiz(id=block_id, line=opening.number)
    settings, used = parse_settings(lines, QUIZ_SETTINGS, reporter)
    if "pass" in settings:
        value, line = settings["pass"]
        number = parse_number(value, line, reporter, "pass mark")
        if number is not None and not 0 <= number <= 100:
            reporter.error(line.number, 1, f"pass mark {value} is outside 0-100", "write a percent, e.g. 70")
        quiz.pass_mark = number
    if "shuffle" in settings:
        quiz.shuffle = parse_bool(*settings["shuffle"], reporter)
    if "negative" in settings:
        quiz.negative = parse_bool(*settings["negative"], reporter)
    if "attempts" in settings:
        value, line = settings["attempts"]
        number = parse_number(value, line, reporter, "attempts")
        if number is not None:
            if number < 1 or number != int(number):
                reporter.error(line.number, 1, "attempts must be a whole number of 1 or more")
            else:
                quiz.attempts = int(number)
    _parse_mode(quiz, settings, reporter)
    head, sections = split_sections(lines[used:])
    warn_text_before_first_heading(head, reporter, "quiz", "### Question text {#question-id}")
    for section in sections:
        question = parse_question(section, reporter)
        question.negative = quiz.negative
        quiz.questions.append(question)
    if not quiz.questions:
        reporter.error(
            opening.number, 1, f"quiz '{block_id}' has no questions",
            "add a question: '### Question text {#q-id}' followed by '- [x] right' and '- [ ] wrong'",
        )
    return quiz


def parse_question(section: list[Line], reporter: Reporter) -> Question:
    heading = section[0]
    prompt, question_id = parse_heading(heading, reporter, "question")
    question = Question(id=question_id, prompt=prompt, line=heading.number)
    body: list[str] = []
    declared_kind: tuple[str, Line] | None = None
    unit: tuple[str, Line] | None = None
    marked: list[tuple[Choice, Line, int]] = []  # '- [x]' lines with the column their text starts at
    last: str = "body"  # what a continuation line belongs to
    for line in section[1:]:
        raw = line.text
        stripped = raw.strip()
        if not stripped:
            if last == "feedback":
                last = "after-choice"
            elif last == "body":
                body.append("")
            continue
        feedback = FEEDBACK_RE.match(raw)
        if feedback and raw[:1] in (" ", "\t") and question.choices and last in ("choice", "feedback"):
            target = question.choices[-1]
            text = feedback.group("text").strip()
            target.feedback = f"{target.feedback} {text}".strip()
            last = "feedback"
            continue
        choice = CHOICE_RE.match(stripped)
        if choice:
            question.choices.append(_choice(choice, line, reporter))
            marked.append((question.choices[-1], line, len(raw) - len(raw.lstrip()) + choice.start("text") + 1))
            last = "choice"
            continue
        loose = LOOSE_CHOICE_RE.match(stripped)
        if loose:
            reporter.error(
                line.number, raw.index("[") + 1, f"choice mark '[{loose.group('mark')}]' is not understood",
                "write '- [x]' for a correct choice and '- [ ]' (with a space) for a wrong one",
            )
            continue
        order = ORDER_RE.match(stripped)
        if order and not question.pairs and last != "body-text":
            question.choices.append(Choice(order.group("text").strip(), True, line=line.number))
            question.kind = "order"
            last = "choice"
            continue
        pair = PAIR_RE.match(stripped)
        if pair:
            question.pairs.append((pair.group("left").strip(), pair.group("right").strip()))
            last = "pair"
            continue
        key_line = KEY_LINE_RE.match(stripped)
        if key_line:
            key = key_line.group("key").strip().lower()
            value = key_line.group("value").strip()
            if key in QUESTION_KEYS:
                if key == "hint":
                    question.hints.append(value)
                    last = "hint"
                elif key == "explanation":
                    question.explanation = value
                    last = "explanation"
                elif key == "points":
                    number = parse_number(value, line, reporter, "points")
                    if number is not None:
                        if number <= 0:
                            reporter.error(line.number, 1, "points must be more than 0")
                        else:
                            question.points = number
                    last = "key"
                elif key in ("unit", "units"):
                    unit = (value, line)
                    last = "key"
                else:
                    declared_kind = (value, line)
                    last = "key"
                continue
            # 'Hnit' is as near 'Unit' as 'Hint': the keys every question type has come first
            guess = near_key(key, QUESTION_KEYS[:4]) or near_key(key, QUESTION_KEYS[4:])
            if guess:
                reporter.warning(
                    line.number, raw.index(key_line.group("key")) + 1,
                    f"unknown key '{key_line.group('key')}'", f"did you mean '{guess.capitalize()}:'?",
                )
                continue
        if last == "explanation":
            question.explanation += "\n" + stripped
        elif last == "hint":
            question.hints[-1] += " " + stripped
        elif question.choices or question.pairs:
            reporter.warning(
                line.number, 1, "text after the choices is not shown",
                "put it before the choices, or after 'Explanation:'",
            )
        else:
            body.append(raw)
            last = "body"
    question.body = collect_text(body)
    _settle_kind(question, declared_kind, reporter)
    if question.kind == "numeric":
        _settle_numbers(question, marked, unit, reporter)
    elif unit is not None:
        reporter.warning(unit[1].number, 1, f"'Unit:' is only read in a numeric question; question "
                                            f"'{question.id}' is {question.kind}", "add 'Type: numeric'")
    return question


def _choice(match: re.Match[str], line: Line, reporter: Reporter) -> Choice:
    choice = Choice(match.group("text").strip(), match.group("mark") != " ", line=line.number)
    if match.group("weight"):
        choice.weight = float(match.group("weight")[1:-2]) / 100
        if not -1 <= choice.weight <= 1:
            reporter.error(line.number, 1, "a choice weight must be between -100% and 100%")
    if not choice.text:
        reporter.error(line.number, len(line.text) + 1, "choice has no text")
    return choice


def _settle_kind(question: Question, declared: tuple[str, Line] | None, reporter: Reporter) -> None:
    """Decide the question type from `Type:` or from its shape, then check it fits."""
    if declared is not None:
        value, line = declared
        kind = KIND_ALIASES.get(value.strip().lower())
        if kind is None:
            reporter.error(
                line.number, line.text.find(value) + 1, f"unknown question type '{value}'",
                "known types: " + ", ".join(QUESTION_KINDS),
            )
            kind = question.kind
        question.kind = kind
    elif question.pairs:
        question.kind = "match"
    elif question.kind != "order" and len(question.correct_choices) > 1:
        question.kind = "multiple"
    where = question.line
    correct = question.correct_choices
    label = f"question '{question.id}'"
    if question.kind in ("single", "multiple", "true-false", "short") and not correct:
        reporter.error(where, 1, f"{label} has no correct answer", "mark the right choice with '- [x]'")
    elif question.kind == "single" and len(correct) > 1:
        reporter.error(where, 1, f"{label} has {len(correct)} correct choices", "add 'Type: multiple'")
    if question.kind in ("single", "multiple") and len(question.choices) < 2:
        looks_numeric = len(question.choices) == 1 and read_number(question.choices[0].text) is not None
        reporter.error(where, 1, f"{label} needs at least two choices",
                       "for a number the learner types, add 'Type: numeric'" if looks_numeric else "")
    if question.kind == "true-false":
        texts = sorted(c.text.lower() for c in question.choices)
        if texts != ["false", "true"] or len(correct) != 1:
            reporter.error(
                where, 1, f"{label} is true-false but its choices are not True and False",
                "write '- [x] True' and '- [ ] False' (or the reverse)",
            )
    if question.kind == "order" and len(question.choices) < 2:
        reporter.error(where, 1, f"{label} needs at least two numbered items to order")
    if question.kind == "match":
        if len(question.pairs) < 2:
            reporter.error(where, 1, f"{label} needs at least two pairs", "write '- left -> right' lines")
        if question.choices:
            reporter.error(where, 1, f"{label} mixes choices and pairs", "use only '- left -> right' lines")


# -- numeric questions ------------------------------------------------------------------------------
def _settle_numbers(question: Question, marked: list[tuple[Choice, Line, int]], unit: tuple[str, Line] | None,
                    reporter: Reporter) -> None:
    """Turn the '- [x] number' lines of a numeric question into accepted numbers, and read its unit."""
    label = f"numeric question '{question.id}'"
    from_lines = {id(choice) for choice, _line, _col in marked}
    if question.pairs or any(id(choice) not in from_lines for choice in question.choices):
        reporter.error(question.line, 1, f"{label} mixes numbers with pairs or numbered items",
                       "write each number as '- [x] 42' (accepted) or '- [ ] 24' (a known wrong number)")
    accepted = 0
    for choice, line, col in marked:
        fraction = 0.0
        if choice.correct:
            fraction = 1.0 if choice.weight is None else choice.weight
            if fraction < 0:
                reporter.error(line.number, line.text.index("{") + 1,
                               "the share of a numeric answer must be between 0% and 100%",
                               "a number that earns nothing is written '- [ ] 24'")
                fraction = 0.0
            accepted += fraction > 0
        elif choice.weight is not None:
            reporter.warning(line.number, line.text.index("{") + 1, "the weight of a wrong number is ignored",
                             "to give part of the points, mark it '- [x] {50%} ...'")
        bounds = _numeric_range(choice.text, line, col, reporter)
        if bounds is not None:
            question.numeric.append(NumericAnswer(bounds[0], bounds[1], fraction, choice.feedback, line.number))
    if not accepted:
        reporter.error(question.line, 1, f"{label} has no accepted number",
                       "mark the right number with '- [x]', e.g. '- [x] 42 +- 0.5' or '- [x] 40..45'")
    question.choices = []
    if unit is not None:
        value, line = unit
        match = UNIT_RE.match(value)
        name = match.group("unit").strip() if match else value
        question.unit = name
        question.unit_required = bool(match and (match.group("flag") or "").lower() == "required")
        if not name:
            reporter.error(line.number, len(line.text) + 1, f"'Unit:' of {label} names no unit",
                           "write e.g. 'Unit: km', or 'Unit: km (required)' when an answer without it is wrong")


def _numeric_range(text: str, line: Line, col: int, reporter: Reporter) -> tuple[float, float] | None:
    """`42`, `1822 +- 5` or `40..45` as (low, high); `col` is where `text` starts on its line."""
    if ".." in text:
        left, _, right = text.partition("..")
        low = _written_number(left, line, col, reporter)
        high = _written_number(right, line, col + len(left) + 2, reporter)
        if low is None or high is None:
            return None
        if low > high:
            reporter.error(line.number, col, f"the range {text.strip()} runs backwards: {format_value(low)} is "
                                             f"above {format_value(high)}",
                           f"write the smaller number first: {format_value(high)}..{format_value(low)}")
            return None
        return low, high
    tolerance_mark = TOLERANCE_RE.search(text)
    if tolerance_mark is None:
        value = _written_number(text, line, col, reporter)
        return None if value is None else (value, value)
    value = _written_number(text[:tolerance_mark.start()], line, col, reporter)
    tolerance = _written_number(text[tolerance_mark.end():], line, col + tolerance_mark.end(), reporter)
    if value is None or tolerance is None:
        return None
    if tolerance < 0:
        reporter.error(line.number, col + tolerance_mark.end(), f"the tolerance {format_value(tolerance)} is negative",
                       f"a tolerance says how far an answer may be off: write "
                       f"'{format_value(value)} +- {format_value(-tolerance)}'")
        return None
    return value - tolerance, value + tolerance


def _written_number(part: str, line: Line, col: int, reporter: Reporter) -> float | None:
    """One number of a numeric answer, reported at its own column when it is not one."""
    col += len(part) - len(part.lstrip())
    text = part.strip()
    reading = read_number(text)
    if reading is None or reading.rest or not text:
        shown = text or "(nothing)"
        reporter.error(line.number, col, f"'{shown}' is not a number", NUMBER_HINT)
        return None
    if reading.ambiguous and "," in text and "." not in text:  # in a lesson a point always marks decimals
        other = reading.values[1]
        reporter.warning(line.number, col, f"'{text}' is read as {format_value(reading.value)}, not "
                                           f"{format_value(other)}",
                         f"write {format_value(reading.value)} without a separator, or {format_value(other)} "
                         f"with a decimal point")
    return reading.value  # '1.822' is 1.822 and '1,822' is 1822, as read_number puts first
