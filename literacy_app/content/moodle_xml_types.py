"""The Moodle XML question types, each read into the lesson model (or reported when it has no equivalent).

multichoice, truefalse, shortanswer, numerical, matching, essay (a reflection; grader information becomes
teacher notes), description (prose), ddwtos and gapselect (one gap: a single choice; several: matching),
ordering (the plugin type) and categories (module and steps, read in moodle_xml.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from literacy_app.content.bank import Item, explanation_text, one_line, question_id, split_prompt
from literacy_app.content.html_markdown import html_to_text
from literacy_app.content.model import Choice, NumericAnswer, Prose, Question, Reflection, TeacherNotes
from literacy_app.content.moodle_xml_reader import Reader, child_text
from literacy_app.content.weights import weights_to_write

_NO_EQUIVALENT = {
    "cloze": "embedded answers (cloze) put several questions inside one text; a lesson question has one answer",
    "multianswer": "embedded answers (cloze) put several questions inside one text; a lesson question has one answer",
    "calculated": "calculated questions draw numbers from datasets; a lesson question has fixed answers",
    "calculatedsimple": "calculated questions draw numbers from datasets; a lesson question has fixed answers",
    "calculatedmulti": "calculated questions draw numbers from datasets; a lesson question has fixed answers",
    "ddimageortext": "drag and drop onto an image needs positions on a picture, which a lesson question has not",
    "ddmarker": "drag and drop markers needs positions on a picture, which a lesson question has not",
    "randomsamatch": "random short-answer matching is drawn from other questions when a quiz starts",
    "random": "a random question is drawn from a category when a quiz starts",
}


def _number(text: str, default: float = 0.0) -> float:
    try:
        return float(text.strip())
    except (ValueError, AttributeError):
        return default


def read_question(reader: Reader, kind: str, element: ET.Element) -> list[Item]:
    """The lesson items for one <question>; [] (with a note) when it has no equivalent."""
    readers = {"multichoice": _multichoice, "truefalse": _truefalse, "shortanswer": _shortanswer,
               "numerical": _numerical, "matching": _matching, "match": _matching, "essay": _essay,
               "description": _description, "ddwtos": _gaps, "gapselect": _gaps, "ordering": _ordering}
    name = html_to_text(child_text(element, "name", "text")) or "(no name)"
    if kind not in readers:
        reason = _NO_EQUIVALENT.get(kind, f"the question type '{kind}' is not known here")
        reader.note(f"'{name}' ({kind}) has no equivalent in a lesson; skipped", reason)
        return []
    reader.bank.add_tags([one_line(child_text(tag, "text")) for tag in element.findall("tags/tag")])
    return readers[kind](reader, element, name)


def _question(reader: Reader, element: ET.Element, name: str, kind: str) -> Question:
    """The parts every question has: id, text (with a Moodle 1.9 picture), explanation, points, hints."""
    item_id = question_id(child_text(element, "idnumber"), name, len(reader.bank.questions) + 1, reader.used)
    text_element = element.find("questiontext")
    text = reader.markdown(text_element, "moodle_auto_format")
    picture = reader.old_image(element)
    heading, body = split_prompt(text + (f"\n\n{picture}" if picture else ""))
    question = Question(id=item_id, prompt=heading, body=body, kind=kind)
    text_format = text_element.get("format", "moodle_auto_format") if text_element is not None else "html"
    question.explanation = explanation_text(reader.markdown(element.find("generalfeedback"), text_format))
    grade = _number(child_text(element, "defaultgrade"), 1.0)
    question.points = grade if grade > 0 else 1.0
    for hint in element.findall("hint"):
        written = one_line(reader.markdown(hint, text_format))
        if written:
            question.hints.append(written)
    return question


def _answer_format(element: ET.Element) -> str:
    text = element.find("questiontext")
    return text.get("format", "html") if text is not None else "html"


def _shares(answers: list[ET.Element]) -> list[float]:
    return [_number(answer.get("fraction", "0")) / 100 for answer in answers]


def _multichoice(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    single = child_text(element, "single").strip().lower() in ("true", "1", "")
    question = _question(reader, element, name, "single" if single else "multiple")
    answers = element.findall("answer")
    shares = _shares(answers)
    text_format = _answer_format(element)
    for answer in answers:
        question.choices.append(Choice(one_line(reader.markdown(answer, text_format)), False,
                                       one_line(reader.markdown(answer.find("feedback"), text_format))))
    if len(question.choices) < 2:
        reader.note(f"multiple-choice question '{name}' has fewer than two answers; skipped")
        return []
    if single:
        best = max(shares)
        if best <= 0:
            reader.note(f"no answer of '{name}' earns anything; skipped")
            return []
        question.choices[shares.index(best)].correct = True
    else:
        for choice, share in zip(question.choices, shares, strict=True):
            choice.correct = share > 0
        if not question.correct_choices:
            reader.note(f"no answer of '{name}' earns anything; skipped")
            return []
    written = weights_to_write(question.kind, question.choices, shares)
    for choice, weight in zip(question.choices, written, strict=True):
        choice.weight = weight
    reader.combined_feedback(element, question.id)
    return [question]


def _truefalse(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    question = _question(reader, element, name, "true-false")
    text_format = _answer_format(element)
    truth, feedback = True, {"true": "", "false": ""}
    for answer in element.findall("answer"):
        said = reader.plain(answer).lower()
        if said in feedback:
            feedback[said] = one_line(reader.markdown(answer.find("feedback"), text_format))
            if _number(answer.get("fraction", "0")) > 0:
                truth = said == "true"
    question.choices = [Choice("True", truth, feedback["true"]), Choice("False", not truth, feedback["false"])]
    return [question]


def _shortanswer(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    question = _question(reader, element, name, "short")
    text_format = _answer_format(element)
    if child_text(element, "usecase").strip() == "1":
        reader.note(f"'{question.id}' tells upper from lower case; a lesson accepts answers in any case")
    shares: list[float] = []
    for answer, share in zip(element.findall("answer"), _shares(element.findall("answer")), strict=True):
        text = reader.plain(answer)
        feedback = one_line(reader.markdown(answer.find("feedback"), text_format))
        if text == "*":
            reader.note(f"the catch-all answer '*' of '{question.id}' has no equivalent; its feedback is left out",
                        "a lesson question shows its explanation to every learner instead")
            continue
        if "*" in text:
            reader.note(f"the answer '{text}' of '{question.id}' uses the wildcard '*', which a lesson compares "
                        "as a plain star", "list the accepted spellings instead")
        question.choices.append(Choice(text, share > 0, feedback))
        shares.append(share)
    if not question.correct_choices:
        reader.note(f"short-answer question '{name}' accepts no answer; skipped")
        return []
    for choice, weight in zip(question.choices, weights_to_write("short", question.choices, shares), strict=True):
        choice.weight = weight
    return [question]


def _numerical(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    question = _question(reader, element, name, "numeric")
    text_format = _answer_format(element)
    for answer, share in zip(element.findall("answer"), _shares(element.findall("answer")), strict=True):
        text = reader.plain(answer)
        feedback = one_line(reader.markdown(answer.find("feedback"), text_format))
        if text in ("*", ""):
            if feedback:
                reader.note(f"the feedback for any other number of '{question.id}' has no equivalent; left out",
                            "a lesson question shows its explanation to every learner instead")
            continue
        try:
            value = float(text)
        except ValueError:
            reader.note(f"the answer '{text}' of '{question.id}' is not a number; left out")
            continue
        tolerance = abs(_number(child_text(answer, "tolerance")))
        question.numeric.append(NumericAnswer(value - tolerance, value + tolerance, share, feedback))
    units = [(child_text(unit, "unit_name").strip(), _number(child_text(unit, "multiplier"), 1.0))
             for unit in element.findall("units/unit")]
    base = next((unit for unit, multiplier in units if multiplier == 1.0 and unit), "")
    if base:
        question.unit = base
        grading = child_text(element, "unitgradingtype").strip()
        shown = child_text(element, "showunits").strip()
        question.unit_required = grading not in ("", "0") and shown != "3"
    extra = [unit for unit, multiplier in units if unit and unit != base]
    if extra:
        reader.note(f"the other units of '{question.id}' ({', '.join(extra)}) have no equivalent; only "
                    f"'{base or '(none)'}' is kept", "a lesson numeric question has one unit")
    if not any(answer.fraction > 0 for answer in question.numeric):
        reader.note(f"numerical question '{name}' accepts no number; skipped")
        return []
    return [question]


def _matching(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    question = _question(reader, element, name, "match")
    for sub in element.findall("subquestion"):
        left = reader.plain(sub)
        right = one_line(child_text(sub, "answer", "text"))
        if left:
            question.pairs.append((left, right))
        elif right:
            reader.note(f"the extra answer '{right}' of matching question '{question.id}' has no question; a "
                        "lesson pairs every answer with a question, so it is left out")
    if len(question.pairs) < 2:
        reader.note(f"matching question '{name}' has fewer than two pairs; skipped")
        return []
    reader.combined_feedback(element, question.id)
    return [question]


def _essay(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    item_id = question_id(child_text(element, "idnumber"), name, len(reader.bank.questions) + 1, reader.used)
    prompt = reader.markdown(element.find("questiontext"), "moodle_auto_format")
    picture = reader.old_image(element)
    items: list[Item] = [Reflection(id=item_id, prompt=prompt + (f"\n\n{picture}" if picture else ""))]
    if reader.markdown(element.find("generalfeedback")):
        reader.note(f"the general feedback of essay '{item_id}' has no place in a reflection; left out")
    if child_text(element, "responsetemplate", "text").strip():
        reader.note(f"the response template of essay '{item_id}' has no equivalent; left out")
    if child_text(element, "minwordlimit").strip() or child_text(element, "maxwordlimit").strip():
        reader.note(f"the word limits of essay '{item_id}' have no equivalent (a reflection counts characters)")
    grader = reader.markdown(element.find("graderinfo"))
    if grader:
        items.append(TeacherNotes(grader))  # for whoever grades: never shown to learners
    return items


def _description(reader: Reader, element: ET.Element, _name: str) -> list[Item]:
    text = reader.markdown(element.find("questiontext"), "moodle_auto_format")
    picture = reader.old_image(element)
    if reader.markdown(element.find("generalfeedback")):
        reader.note("the general feedback of a description has no place in a lesson; left out")
    return [Prose((text + (f"\n\n{picture}" if picture else "")).strip())] if text or picture else []


def _gaps(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    """Drag words into text (ddwtos) or pick them from menus (gapselect): `[[n]]` marks a gap whose right
    answer is the n-th choice; choices of the gap's group are offered."""
    tag = "dragbox" if element.get("type") == "ddwtos" else "selectoption"
    choices = [(one_line(child_text(c, "text")), child_text(c, "group").strip() or "1") for c in element.findall(tag)]
    text_element = element.find("questiontext/text")
    if text_element is not None and text_element.text:  # gaps as marks that survive the HTML conversion
        text_element.text = re.sub(r"\[\[(\d+)\]\]", "\u27e6\\1\u27e7", text_element.text)
    question = _question(reader, element, name, "single")
    text = question.prompt + ("\n" + question.body if question.body else "")
    gaps = [int(n) for n in re.findall(r"\u27e6(\d+)\u27e7", text)]
    if not gaps or any(not 1 <= n <= len(choices) for n in gaps):
        reader.note(f"'{name}' has gaps that name no choice; skipped")
        return []
    if len(gaps) == 1:
        group = choices[gaps[0] - 1][1]
        question.choices = [Choice(word, index == gaps[0]) for index, (word, in_group) in enumerate(choices, 1)
                            if in_group == group]
        text = re.sub(r"\u27e6\d+\u27e7", "_____", text)
    else:
        question.kind = "match"
        question.pairs = [(f"({position})", choices[n - 1][0]) for position, n in enumerate(gaps, 1)]
        counter = iter(range(1, len(gaps) + 1))
        text = re.sub(r"\u27e6\d+\u27e7", lambda _m: f"_____ ({next(counter)})", text)
        unused = [word for index, (word, _) in enumerate(choices, 1) if index not in gaps]
        if unused:
            reader.note(f"the extra choices of '{question.id}' ({', '.join(unused)}) have no equivalent in a "
                        "matching question; left out")
        if len({group for _, group in choices}) > 1:
            reader.note(f"the choice groups of '{question.id}' have no equivalent; every gap offers every answer")
    question.prompt, question.body = split_prompt(text)
    reader.combined_feedback(element, question.id)
    return [question]


def _ordering(reader: Reader, element: ET.Element, name: str) -> list[Item]:
    question = _question(reader, element, name, "order")
    answers = element.findall("answer")
    positions = [_number(answer.get("fraction", ""), float(index)) for index, answer in enumerate(answers)]
    if len(set(positions)) == len(positions):
        answers = [answer for _, answer in sorted(zip(positions, answers, strict=True), key=lambda pair: pair[0])]
    text_format = _answer_format(element)
    question.choices = [Choice(reader.plain(answer), True,
                               one_line(reader.markdown(answer.find("feedback"), text_format))) for answer in answers]
    grading = child_text(element, "gradingtype").strip().upper()
    if grading not in ("", "ABSOLUTE_POSITION", "0"):
        reader.note(f"'{question.id}' is graded {grading.lower().replace('_', ' ')}; a lesson counts the items "
                    "in the right place")
    if len(question.choices) < 2:
        reader.note(f"ordering question '{name}' has fewer than two items; skipped")
        return []
    return [question]
