"""Read Moodle GIFT question banks into the lesson model, following Moodle's own GIFT importer.

Every GIFT question type comes across: multiple choice (partial credit too), multiple answers (weights,
negative too), true/false with its two feedbacks, short answer (weights), matching, numerical (value with
a tolerance, a range, several answers with partial credit), missing word (the blank stays where it stands),
essay (a reflection) and description (prose). Also: names, `[id:...]`/`[tag:...]` in comments, per-answer
and general feedback, the formats [markdown]/[html]/[plain]/[moodle], `$CATEGORY:`, every escape, CRLF and
a byte-order mark. What has no equivalent in a lesson is reported with its line, never dropped silently.
"""

from __future__ import annotations

import re

from literacy_app.content.bank import (
    BankItem,
    Item,
    QuestionBank,
    category_path,
    explanation_text,
    one_line,
    question_id,
    split_prompt,
)
from literacy_app.content.html_markdown import escape_line_starts, escape_markdown, html_to_markdown, html_to_text
from literacy_app.content.model import Choice, NumericAnswer, Problem, Prose, Question, Reflection
from literacy_app.content.weights import weights_to_write

# escaped characters become private-use placeholders while the structure is split, then turn back
_ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003", "{": "\ue004", "}": "\ue005",
            ":": "\ue006", "n": "\ue007"}
_RESTORE = {v: k for k, v in _ESCAPES.items() if k != "n"} | {"\ue007": "\n"}
_FORMAT_RE = re.compile(r"^\s*\[(markdown|html|plain|moodle)\]", re.IGNORECASE)
_WEIGHT_RE = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}  # as Moodle: upper case only
# as Moodle reads them: no control characters (so never across lines), '\]' for a bracket
_COMMENT_ID_RE = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_COMMENT_TAG_RE = re.compile(r"\[tag:((?:\\\]|[^\]\x00-\x1f])+)\]")
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"

class _Skip(Exception):
    """A question that cannot come across: reported with its line and a hint."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _protect(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(ch, ch) for ch in text)


def _chunks(text: str) -> list[tuple[int, list[str]]]:
    """Split a GIFT file into questions: a blank line ends one, as in Moodle (so a missing brace costs one
    question, not the rest of the file). Comment lines stay with the question they precede (they may hold
    its [id:] and [tag:])."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), 1):
        line = _protect(raw)
        if not line.strip():
            if any(not part.lstrip().startswith("//") for part in current):
                chunks.append((start, current))
            current = []
            continue
        if not current:
            start = number
        current.append(line)
    if any(not part.lstrip().startswith("//") for part in current):
        chunks.append((start, current))
    return chunks


def parse_gift(text: str, path: str = "<gift>") -> QuestionBank:
    """A GIFT file (any line endings, with or without a byte-order mark) as a question bank."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    bank = QuestionBank()
    category: tuple[str, ...] = ()
    quiz_id = ""
    used: set[str] = set()
    for start, lines in _chunks(text):
        comments = "\n".join(_restore(line.strip()[2:]) for line in lines if line.lstrip().startswith("//"))
        body = [line for line in lines if not line.lstrip().startswith("//")]
        line = start + next(i for i, part in enumerate(lines) if not part.lstrip().startswith("//"))
        joined = "\n".join(body).strip()
        idnumber, tags = comment_marks(comments)
        if joined.startswith("$CATEGORY:"):
            first, _, rest = joined[len("$CATEGORY:"):].strip().partition("\n")
            category, quiz_id = category_path(_restore(first)), idnumber
            if rest.strip():
                bank.problems.append(Problem(path, line + 1, 1, "warning", "text right under a $CATEGORY line is "
                                             "not read; skipped", "leave a blank line after the $CATEGORY line"))
            continue
        try:
            item, notes = _parse_item(joined, idnumber, len(bank.questions) + 1, used)
        except _Skip as skipped:
            bank.problems.append(Problem(path, line, 1, "warning", skipped.message, skipped.hint))
            continue
        if tags:
            bank.add_tags(tags)
        bank.problems.extend(Problem(path, line, 1, "warning", message, hint) for message, hint in notes)
        bank.items.append(BankItem(category, item, line, quiz_id))
    return bank


def comment_marks(comments: str) -> tuple[str, list[str]]:
    """`// [id:q-1] [tag:ads]` -> ('q-1', ['ads']): the first id and every tag, `\\]` for a bracket."""
    def clean(value: str) -> str:
        return value.strip().replace("\\]", "]")

    ids = [clean(m) for m in _COMMENT_ID_RE.findall(comments)]
    return (ids[0] if ids else ""), [clean(m) for m in _COMMENT_TAG_RE.findall(comments)]


def _split_format(text: str, default: str) -> tuple[str, str]:
    match = _FORMAT_RE.match(text)
    if match:
        return match.group(1).lower(), text[match.end():]
    return default, text


def _markdown(protected: str, default: str) -> str:
    """A GIFT text (escapes still protected, maybe a [format] marker) as lesson Markdown."""
    text_format, text = _split_format(protected.strip(), default)
    if text_format == "html":
        return html_to_markdown(_restore(text))
    text = _restore(re.sub(r"[ \t]*\n[ \t]*", " ", text).strip())  # source lines flow; only \n breaks a line
    if text_format == "markdown":
        return text
    if text_format == "plain":
        return escape_line_starts(escape_markdown(text))
    return html_to_markdown(text.replace("\n", "<br>"))  # moodle: HTML allowed, line breaks kept


def _plain(protected: str, default: str) -> str:
    """A GIFT text as plain text (an answer to type, a matching item)."""
    text_format, text = _split_format(protected.strip(), default)
    text = _restore(text).strip()
    return html_to_text(text) if text_format in ("html", "moodle") and "<" in text else one_line(text)


def _parse_item(text: str, idnumber: str, number: int, used: set[str]) -> tuple[Item, list[tuple[str, str]]]:
    """One GIFT question as (lesson item, notes about what did not come across)."""
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end > 0:
            name, text = _restore(text[2:end]).strip(), text[end + 2:].strip()
        else:
            text = text[2:]
    opening, closing = text.find("{"), text.find("}")
    if opening < 0 and closing < 0:
        return Prose(_markdown(text, "moodle")), []
    if opening < 0 or closing < opening:
        raise _Skip("the braces around the answers do not match; question skipped",
                    "every question needs one '{' and one '}'; write \\{ and \\} for braces in the text")
    answers = text[opening + 1:closing].strip()
    stripped = text[:opening] + text[closing + 1:] if text.endswith("}") else \
        text[:opening] + "_____" + text[closing + 1:]
    text_format, _ = _split_format(stripped.strip(), "moodle")
    prompt = _markdown(stripped, "moodle")
    general = ""
    if "####" in answers:
        answers, general = answers[:answers.rfind("####")].strip(), answers[answers.rfind("####") + 4:]
    item_id = question_id(idnumber, name, number, used)
    notes: list[tuple[str, str]] = []
    if not answers:
        if general.strip():
            notes.append((f"the general feedback of essay '{item_id}' has no place in a reflection; left out", ""))
        return Reflection(id=item_id, prompt=prompt), notes
    heading, body = split_prompt(prompt)
    question = Question(id=item_id, prompt=heading, body=body)
    question.explanation = explanation_text(_markdown(general, text_format)) if general.strip() else ""
    if answers.startswith("#"):
        _numerical(question, answers[1:], text_format, notes)
    elif "~" in answers:
        _multiple_choice(question, answers, text_format)
    elif "=" in answers and "->" in answers:
        _matching(question, answers, text_format, notes)
    else:
        key = answers.split("#", 1)[0].strip() if answers.find("#") > 0 else answers.strip()
        if key in _TRUE_FALSE:
            _true_false(question, _TRUE_FALSE[key], answers, text_format)
        else:
            _short_answer(question, answers, text_format, notes)
    return question, notes


def _weight(body: str) -> tuple[float | None, str]:
    body = body.strip()
    match = _WEIGHT_RE.match(body)
    if match:
        return float(match.group(1)) / 100, body[match.end():]
    return None, body


def _comment(body: str, text_format: str) -> tuple[str, str]:
    """'text # feedback' -> (text, feedback as Markdown)."""
    text, _, feedback = body.partition("#")
    return text, (one_line(_markdown(feedback, text_format)) if feedback.strip() else "")


def _multiple_choice(question: Question, answers: str, text_format: str) -> None:
    question.kind = "single" if "=" in answers else "multiple"
    parts = [part.strip() for part in answers.replace("=", "~=").split("~")]
    parts = parts[1:] if parts and not parts[0] else parts
    if len(parts) < 2:
        raise _Skip("a multiple-choice question needs at least two answers; question skipped")
    shares: list[float] = []
    right: list[int] = []  # the answers marked '='
    for part in parts:
        if part.startswith("="):
            share, body = 1.0, part[1:]
            right.append(len(shares))
        else:
            weight, body = _weight(part)
            share = weight or 0.0
        text, feedback = _comment(body, text_format)
        question.choices.append(Choice(one_line(_markdown(text, text_format)), False, feedback))
        shares.append(share)
    if question.kind == "single":
        question.choices[right[0]].correct = True  # another '=' answer stays full credit, as a 100% weight
    else:
        for choice, share in zip(question.choices, shares, strict=True):
            choice.correct = share > 0
        if not question.correct_choices:
            raise _Skip("no answer of this multiple-answer question earns anything; question skipped",
                        "give the right answers a positive weight, e.g. ~%50%")
    written = weights_to_write(question.kind, question.choices, shares)
    for choice, weight in zip(question.choices, written, strict=True):
        choice.weight = weight


def _true_false(question: Question, truth: bool, answers: str, text_format: str) -> None:
    question.kind = "true-false"
    parts = answers.split("#", 2)
    wrong = one_line(_markdown(parts[1], text_format)) if len(parts) > 1 else ""
    right = one_line(_markdown(parts[2], text_format)) if len(parts) > 2 else ""
    question.choices = [Choice("True", truth, right if truth else wrong),
                        Choice("False", not truth, wrong if truth else right)]


def _matching(question: Question, answers: str, text_format: str, notes: list[tuple[str, str]]) -> None:
    question.kind = "match"
    parts = [part.strip() for part in answers.split("=")]
    parts = parts[1:] if parts and not parts[0] else parts
    for part in parts:
        if "->" not in part:
            raise _Skip("a matching answer has no '->'; question skipped", "write =question -> answer")
        left, right = part.split("->", 1)
        left_text, right_text = _plain(left, text_format), one_line(_restore(right))
        if left_text:
            question.pairs.append((left_text, right_text))
        else:
            notes.append((f"the extra answer '{right_text}' of matching question '{question.id}' has no "
                          "question; a lesson pairs every answer with a question, so it is left out", ""))
    if len(question.pairs) < 2:
        raise _Skip("a matching question needs at least two pairs; question skipped")


def _short_answer(question: Question, answers: str, text_format: str, notes: list[tuple[str, str]]) -> None:
    question.kind = "short"
    parts = [part.strip() for part in answers.split("=")]
    parts = parts[1:] if parts and not parts[0] else parts
    shares: list[float] = []
    for part in parts:
        weight, body = _weight(part)
        text, feedback = _comment(body, text_format)
        text = _plain(text, text_format)
        share = 1.0 if weight is None else weight
        if text == "*":
            notes.append((f"the catch-all answer '*' of '{question.id}' has no equivalent; its feedback is left out",
                          "a lesson question shows its explanation to every learner instead"))
            continue
        if "*" in text:
            notes.append((f"the answer '{text}' of '{question.id}' uses the wildcard '*', which a lesson "
                          "compares as a plain star", "list the accepted spellings instead"))
        question.choices.append(Choice(text, share > 0, feedback))
        shares.append(share)
    if not question.correct_choices:
        raise _Skip("this short-answer question accepts no answer; question skipped")
    written = weights_to_write("short", question.choices, shares)
    for choice, weight in zip(question.choices, written, strict=True):
        choice.weight = weight


def _numerical(question: Question, answers: str, text_format: str, notes: list[tuple[str, str]]) -> None:
    question.kind = "numeric"
    wrong_feedback = ""
    if "~" in answers:
        answers, wrong_feedback = answers[:answers.find("~")], answers[answers.find("~"):]
    parts = [part.strip() for part in answers.split("=")]
    parts = [part for part in (parts[1:] if parts and not parts[0] else parts) if part]
    if not parts:
        raise _Skip("a numerical question has no answer; question skipped", "write e.g. {#1822:5}")
    for part in parts:
        weight, body = _weight(part)
        text, feedback = _comment(body, text_format)
        value = _restore(text).strip()
        answer = _numeric_answer(value, 1.0 if weight is None else weight, feedback)
        if answer is None:
            raise _Skip(f"'{value}' is not a number, a number:tolerance or a min..max range; question skipped",
                        "write e.g. {#1822:5} or {#1820..1825}")
        question.numeric.append(answer)
    if wrong_feedback.lstrip("~").strip():
        notes.append((f"the feedback for any other number of '{question.id}' has no equivalent; left out",
                      "a lesson question shows its explanation to every learner instead"))
    if not any(answer.fraction > 0 for answer in question.numeric):
        raise _Skip("no answer of this numerical question earns anything; question skipped")


def _numeric_answer(text: str, fraction: float, feedback: str) -> NumericAnswer | None:
    if re.fullmatch(rf"{_NUMBER}\s*\.\.\s*{_NUMBER}", text):
        low, high = (float(part) for part in text.split(".."))
        return NumericAnswer(min(low, high), max(low, high), fraction, feedback)
    match = re.fullmatch(rf"({_NUMBER})(?:\s*:\s*({_NUMBER}))?", text)
    if not match:
        return None
    value, tolerance = float(match.group(1)), abs(float(match.group(2) or 0))
    return NumericAnswer(value - tolerance, value + tolerance, fraction, feedback)
