"""What each choice of a question is worth: one rule for scoring, `check`, import and export.

The rule, for a multiple-answer question:
- a choice with a weight (`- [x] {50%} ...`) is worth exactly that share of the points;
- correct choices without a weight share equally what the weighted correct choices leave of 100%
  (nothing, when those already reach 100%);
- wrong choices without a weight each take away an equal share, 1 / (number of correct choices),
  as they do in a question without any weights.
In a single-choice or true-false question the correct choice is worth 100%, a wrong one its weight
(partial credit) or nothing. In a short-answer question an accepted answer is worth its weight or 100%,
a known wrong answer nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from literacy_app.content.model import Choice, Question
from literacy_app.content.syntax import Reporter

TOLERANCE = 1e-6  # shares written with five decimals of a percent read back within this
CHOICE_KINDS = ("single", "multiple", "true-false", "short")


def effective_weights(question: Question) -> list[float]:
    """Each choice's share of the question's points (-1.0..1.0), in the order of the choices."""
    choices = question.choices
    if question.kind == "multiple":
        correct = [c for c in choices if c.correct]
        unweighted = [c for c in correct if c.weight is None]
        left = 1.0 - sum(c.weight for c in correct if c.weight is not None and c.weight > 0)
        share = max(0.0, left) / len(unweighted) if unweighted else 0.0
        penalty = -1.0 / len(correct) if correct else 0.0
        return [c.weight if c.weight is not None else (share if c.correct else penalty) for c in choices]
    if question.kind == "short":
        return [(1.0 if c.weight is None else c.weight) if c.correct else 0.0 for c in choices]
    if question.kind in ("single", "true-false"):
        return [1.0 if c.correct else (c.weight or 0.0) for c in choices]
    return [1.0 if c.correct else 0.0 for c in choices]


def _same(a: float, b: float) -> bool:
    """Equal as written: a share that reads back the same in a lesson or a GIFT file."""
    return percent(a) == percent(b)


def weights_to_write(kind: str, choices: list[Choice], shares: list[float]) -> list[float | None]:
    """The fewest explicit weights that give every choice its share under the rule above.

    Importers use it so that a question from Moodle reads like one a teacher would write
    (`- [x] right` rather than `- [x] {50%} right` when the shares are even)."""
    if kind in ("single", "true-false"):
        pairs = zip(choices, shares, strict=True)
        written: list[float | None] = [None if c.correct or _same(s, 0.0) else s for c, s in pairs]
    elif kind == "short":
        written = [None if not c.correct or _same(s, 1.0) else s for c, s in zip(choices, shares, strict=True)]
    elif kind == "multiple":
        written = _multiple_weights(choices, shares)
    else:
        return [None] * len(choices)
    probe = Question(id="probe", prompt="", kind=kind,
                     choices=[replace(c, weight=w) for c, w in zip(choices, written, strict=True)])
    if all(_same(a, b) for a, b in zip(effective_weights(probe), shares, strict=True)):
        return written
    return list(shares)


def _multiple_weights(choices: list[Choice], shares: list[float]) -> list[float | None]:
    correct = [s for c, s in zip(choices, shares, strict=True) if c.correct]
    common = Counter(percent(s) for s in correct).most_common(1)
    even = common[0][0] if common else None  # the share most correct choices have: left unwritten
    penalty = -1.0 / len(correct) if correct else 0.0
    written: list[float | None] = []
    for choice, share in zip(choices, shares, strict=True):
        if choice.correct:
            written.append(None if percent(share) == even else share)
        else:
            written.append(None if _same(share, penalty) else share)
    return written


def percent(share: float) -> str:
    """A share as a percent with at most five decimals: 0.3333333 -> '33.33333'."""
    text = f"{share * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def weight_problems(question: Question, reporter: Reporter) -> None:
    """Warn about weights that do not add up: a question nobody can get full marks on, or a correct
    choice that earns nothing. Questions without weights always add up."""
    if question.kind not in CHOICE_KINDS or not any(c.weight is not None for c in question.choices):
        return
    shares = effective_weights(question)
    label = f"question '{question.id}'"
    if question.kind == "multiple":
        total = sum(s for s in shares if s > 0)
        if not _close_to_one(total):
            reporter.warning(
                question.line, 1,
                f"the positive weights of {label} add up to {percent(total)}%, not 100%",
                ("nobody can score full marks" if total < 1 else
                 "a learner gets full marks without ticking every correct choice")
                + "; unweighted correct choices share what the weighted ones leave of 100%",
            )
        for choice, share in zip(question.choices, shares, strict=True):
            if choice.correct and share <= TOLERANCE:
                reporter.warning(choice.line or question.line, 1,
                                 f"the correct choice '{_short(choice.text)}' of {label} earns nothing",
                                 "give it a weight, or lower the weights of the other correct choices")
            elif not choice.correct and share > TOLERANCE:
                reporter.warning(choice.line or question.line, 1,
                                 f"the wrong choice '{_short(choice.text)}' of {label} earns {percent(share)}%",
                                 "mark it '- [x]' if it is right, or give it a negative weight")
    elif question.kind in ("single", "true-false"):
        for choice in question.choices:
            if choice.correct and choice.weight is not None and not _same(choice.weight, 1.0):
                reporter.warning(choice.line or question.line, 1,
                                 f"the weight of the correct choice of {label} is ignored",
                                 "the correct choice of a single-choice question is always worth 100%")
    elif question.kind == "short" and not _close_to_one(max(shares, default=0.0)):
        reporter.warning(question.line, 1, f"no accepted answer of {label} is worth 100%",
                         "nobody can score full marks; remove the weight of the best answer")


def _close_to_one(total: float) -> bool:
    return abs(total - 1.0) <= 1e-4  # three choices at 33.33333% add up; three at 33% do not


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


# the shares Moodle accepts for an answer (question_bank::fraction_options_full); others are refused
MOODLE_GRADES = (1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
                 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0)


def moodle_grade(share: float) -> bool:
    """Whether Moodle accepts this share of the points for an answer (negative shares mirror the list)."""
    return any(abs(abs(share) - grade) < 5e-7 for grade in MOODLE_GRADES)


def moodle_grade_note(item_id: str, shares: list[float]) -> str | None:
    """A message naming the shares of a question that Moodle's import refuses, or None."""
    odd = sorted({percent(share) for share in shares if not moodle_grade(share)}, key=float)
    if not odd:
        return None
    return (f"Moodle accepts only its own grade steps (100%, 90%, 83.33333%, 80% ... 5%); the share(s) "
            f"{', '.join(p + '%' for p in odd)} of '{item_id}' will be refused by Moodle's import")
