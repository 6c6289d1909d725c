"""Item-writing faults `check` can see: cues a test-wise learner could use, and items that give each other away.

Every finding is a warning with the line of the question, choice or quiz it is about, and a hint a
teacher can act on. The thresholds are deliberately loose: a warning means "far more often than
chance", never "once by accident".
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from itertools import combinations

# the same function literacy_app.learning.scoring exports; content may not import the learning layer
from literacy_app.content.blocks.quiz_scoring import score_question
from literacy_app.content.model import Lesson, Problem, Question, Quiz

ALPHA = 0.05  # a pattern this unlikely under chance is worth a warning
CLEARLY_LONGER = 1.5  # a right answer this many times the longest wrong one stands out on its own
CLEARLY_LONGER_CHARS = 12  # ... and by at least this many characters
MIN_PATTERN_ITEMS = 4  # too few items say nothing about a pattern
SAME_COUNT_ITEMS = 3  # multiple-answer questions needed before "always the same number right" means anything
TICK_ALL_LIMIT = 0.5  # ticking every box must score less than this
DUPLICATE_RATIO = 0.85  # difflib ratio of normalised prompts (or choices) that counts as a near-duplicate
SHARED_CHOICES = 0.5  # share of choices reused almost word for word that makes two items near-duplicates
SHARED_CHOICES_PROMPT = 0.5  # ... when their prompts are at least this similar too
GIVEAWAY_WORDS = 3  # a right answer this long, found in another item's explanation, gives it away

# "All of the above" and "none of the above" in English, Spanish and French (accents removed first)
ABOVE_RE = re.compile(
    r"\b(all|none|both|neither)( of)? (of )?the (above|previous|preceding)\b"
    r"|\b(todas|ninguna|ninguno) (de )?las (respuestas |opciones )?anteriores\b"
    r"|\b(todo|nada) lo anterior\b"
    r"|\b(toutes|aucune) (des|les) (reponses|propositions) (precedentes|ci dessus)\b"
    r"|\b(tout|rien) ce qui precede\b"
    r"|\baucune de ces reponses\b"
)
INSTRUCTION_RE = re.compile(r"\b(choose|select|tick) all that apply\b|\btype (one|the missing) word\b")


def item_quality_problems(lessons: list[Lesson]) -> list[Problem]:
    """Warnings about item-writing faults in these lessons, sorted by file and line."""
    found: list[Problem] = []
    for lesson in lessons:
        found += _longest_answer(lesson)
        found += _position_bias(lesson)
        found += _same_number_right(lesson)
        found += _all_or_none_of_the_above(lesson)
        found += _no_shuffle(lesson)
        found += _tick_everything(lesson)
        found += _explanation_gives_away(lesson)
    found += _near_duplicates(lessons)
    return sorted(found, key=lambda p: (p.path, p.line, p.col, p.message))


# -- helpers --------------------------------------------------------------------------------------------
def _warning(lesson: Lesson, line: int, message: str, hint: str) -> Problem:
    return Problem(str(lesson.path), line, 1, "warning", message, hint)


def _questions(lesson: Lesson) -> Iterator[tuple[Quiz, Question]]:
    for quiz in lesson.blocks(Quiz):
        for question in quiz.questions:
            yield quiz, question


def _single_choice(lesson: Lesson) -> list[tuple[Quiz, Question]]:
    return [(quiz, q) for quiz, q in _questions(lesson)
            if q.kind == "single" and len(q.choices) >= 2 and len(q.correct_choices) == 1]


def normalise(text: str) -> str:
    """Lower case, no accents, no Markdown or punctuation, single spaces: text as a reader compares it."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _length(text: str) -> int:
    return len(" ".join(text.split()))


def tail_probability(chances: list[float], at_least: int) -> float:
    """P(at least `at_least` successes) for independent trials with these chances (Poisson-binomial)."""
    dist = [1.0]
    for p in chances:
        nxt = [0.0] * (len(dist) + 1)
        for k, mass in enumerate(dist):
            nxt[k] += mass * (1 - p)
            nxt[k + 1] += mass * p
        dist = nxt
    return sum(dist[at_least:])


def _ids(questions: list[Question], limit: int = 6) -> str:
    names = [f"'{q.id}'" for q in questions[:limit]]
    return ", ".join(names) + (" ..." if len(questions) > limit else "")


# -- the right answer is the longest ------------------------------------------------------------------
def _longest_answer(lesson: Lesson) -> list[Problem]:
    problems: list[Problem] = []
    items = _single_choice(lesson)
    longest: list[Question] = []
    for _quiz, question in items:
        key = question.correct_choices[0]
        key_len = _length(key.text)
        other = max(_length(c.text) for c in question.choices if c is not key)
        if key_len > other:
            longest.append(question)
        if key_len >= CLEARLY_LONGER * other and key_len - other >= CLEARLY_LONGER_CHARS:
            problems.append(_warning(
                lesson, question.line,
                f"the right answer of '{question.id}' is much longer than any other choice "
                f"({key_len} characters, the others at most {other})",
                "a learner who always picks the longest choice gets this right: shorten the right answer "
                "or give the wrong ones the same detail",
            ))
    if len(items) >= MIN_PATTERN_ITEMS and len(longest) >= 3:
        chances = [1 / len(q.choices) for _quiz, q in items]
        if tail_probability(chances, len(longest)) < ALPHA:
            expected = sum(chances)
            problems.append(_warning(
                lesson, longest[0].line,
                f"the right answer is the longest choice in {len(longest)} of {len(items)} single-choice "
                f"questions (about {expected:.0f} by chance)",
                f"test-wise learners pick the longest choice: make the wrong choices as long and as precise "
                f"as the right one in {_ids(longest)}",
            ))
    return problems


# -- the right answer sits at the same position -------------------------------------------------------
def _position_bias(lesson: Lesson) -> list[Problem]:
    items = [(quiz, q) for quiz, q in _single_choice(lesson) if not quiz.shuffle and len(q.choices) >= 3]
    if len(items) < MIN_PATTERN_ITEMS:
        return []
    widest = max(len(q.choices) for _quiz, q in items)
    for position in range(widest):
        keyed = [q for _quiz, q in items if q.choices.index(q.correct_choices[0]) == position]
        if len(keyed) < 3:
            continue
        chances = [1 / len(q.choices) if position < len(q.choices) else 0.0 for _quiz, q in items]
        # any of the positions could have stood out: correct for looking at all of them
        if widest * tail_probability(chances, len(keyed)) < ALPHA:
            letter = chr(ord("A") + position)
            return [_warning(
                lesson, keyed[0].line,
                f"the right answer is choice {letter} in {len(keyed)} of {len(items)} single-choice questions "
                f"that are not shuffled",
                "add 'shuffle: yes' to the quiz, or move the right answers to other positions in "
                + _ids(keyed),
            )]
    return []


# -- every multiple-answer item has the same number of right answers ---------------------------------
def _same_number_right(lesson: Lesson) -> list[Problem]:
    items = [q for _quiz, q in _questions(lesson) if q.kind == "multiple" and q.correct_choices]
    counts = {len(q.correct_choices) for q in items}
    if len(items) < SAME_COUNT_ITEMS or len(counts) != 1:
        return []
    count = counts.pop()
    return [_warning(
        lesson, items[0].line,
        f"all {len(items)} multiple-answer questions have exactly {count} right "
        f"{'answer' if count == 1 else 'answers'}",
        "learners learn to tick the same number every time: vary it (1 of 4, 2 of 4, 3 of 5 ...)",
    )]


# -- "all of the above" ------------------------------------------------------------------------------
def _all_or_none_of_the_above(lesson: Lesson) -> list[Problem]:
    problems = []
    for _quiz, question in _questions(lesson):
        if question.kind not in ("single", "multiple"):
            continue
        for choice in question.choices:
            match = ABOVE_RE.search(normalise(choice.text))
            if match:
                problems.append(_warning(
                    lesson, choice.line or question.line,
                    f"'{question.id}' has an \"{match.group(0)}\" choice",
                    "it rewards spotting two right choices rather than knowing the answer, and it breaks when "
                    "choices are shuffled: write a choice that stands on its own",
                ))
    return problems


# -- quizzes that do not shuffle --------------------------------------------------------------------
def _no_shuffle(lesson: Lesson) -> list[Problem]:
    problems = []
    for quiz in lesson.blocks(Quiz):
        if quiz.shuffle or not any(q.kind in ("single", "multiple") for q in quiz.questions):
            continue
        if quiz.mode == "test":
            message = f"test '{quiz.id}' does not shuffle its choices: every learner sees the right answers in " \
                      "the same places"
        else:
            message = f"quiz '{quiz.id}' does not shuffle its choices"
        problems.append(_warning(
            lesson, quiz.line, message,
            "add 'shuffle: yes' under the '::: quiz' line (true/false questions keep their order)",
        ))
    return problems


# -- ticking every box pays ---------------------------------------------------------------------------
def _tick_everything(lesson: Lesson) -> list[Problem]:
    problems = []
    for _quiz, question in _questions(lesson):
        if question.kind != "multiple" or not question.choices:
            continue
        result = score_question(question, list(range(len(question.choices))))
        if result.fraction >= TICK_ALL_LIMIT:
            right = len(question.correct_choices)
            problems.append(_warning(
                lesson, question.line,
                f"ticking every choice of '{question.id}' scores {result.fraction:.0%} "
                f"({right} of {len(question.choices)} choices are right)",
                "add wrong choices until they outnumber half the right ones (2 of 4, 3 of 5 ...), or give wrong "
                "choices a negative weight such as {-50%}",
            ))
    return problems


# -- an explanation gives away another item's answer -------------------------------------------------
def _keyed_phrases(question: Question) -> list[str]:
    """Right answers specific enough that seeing them elsewhere gives the question away."""
    if question.kind not in ("single", "multiple", "short"):
        return []
    prompt = f" {normalise(question.prompt)} "
    phrases = []
    for choice in question.correct_choices:
        phrase = normalise(choice.text)
        words = len(phrase.split())
        # a typed answer of two words is already a distinctive phrase ("friendship narrative")
        if words >= GIVEAWAY_WORDS or (question.kind == "short" and words >= 2):
            if f" {phrase} " not in prompt:
                phrases.append(phrase)
    return phrases


def _explanation_gives_away(lesson: Lesson) -> list[Problem]:
    problems = []
    questions = [q for _quiz, q in _questions(lesson)]
    for question in questions:
        if not question.explanation:
            continue
        explanation = f" {normalise(question.explanation)} "
        for other in questions:
            if other is question:
                continue
            for phrase in _keyed_phrases(other):
                if f" {phrase} " in explanation:
                    problems.append(_warning(
                        lesson, question.line,
                        f"the explanation of '{question.id}' contains the answer to '{other.id}' (\"{phrase}\")",
                        f"a learner who reads it first can copy it: reword the explanation, or move the point into "
                        f"the explanation of '{other.id}'",
                    ))
                    break
    return problems


# -- near-duplicate items across a pre-/post-test and the lessons ------------------------------------
def _prompt_key(question: Question) -> str:
    return " ".join(INSTRUCTION_RE.sub(" ", normalise(question.prompt)).split())


def similarity(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SHARED_CHOICES_PROMPT or matcher.quick_ratio() < SHARED_CHOICES_PROMPT:
        return 0.0
    return matcher.ratio()


def _shared_choices(a: Question, b: Question) -> float:
    """The share of the smaller item's choices that the other item repeats almost word for word."""
    if a.kind not in ("single", "multiple") or b.kind not in ("single", "multiple"):
        return 0.0
    small, large = sorted((a, b), key=lambda q: len(q.choices))
    if not small.choices:
        return 0.0
    targets = [normalise(c.text) for c in large.choices]
    reused = sum(1 for c in small.choices
                 if any(similarity(normalise(c.text), t) >= DUPLICATE_RATIO for t in targets))
    return reused / len(small.choices)


def near_duplicate(a: Question, b: Question) -> float | None:
    """The prompt similarity of two near-duplicate items, or None when they are different items."""
    ratio = similarity(_prompt_key(a), _prompt_key(b))
    if ratio >= DUPLICATE_RATIO:
        return ratio
    if ratio >= SHARED_CHOICES_PROMPT and _shared_choices(a, b) >= SHARED_CHOICES:
        return ratio
    return None


def _test_first(a: Lesson, b: Lesson) -> tuple[Lesson, Lesson]:
    """The lesson a near-duplicate warning belongs to comes first: the test, or of two tests the later one."""
    if a.assessment and b.assessment:
        return (b, a) if (b.order, str(b.path)) > (a.order, str(a.path)) else (a, b)
    return (a, b) if a.assessment else (b, a)


def _near_duplicates(lessons: list[Lesson]) -> list[Problem]:
    problems = []
    for first, second in combinations(lessons, 2):
        if first.module != second.module or not (first.assessment or second.assessment):
            continue
        test, other = _test_first(first, second)
        for _quiz, item in _questions(test):
            for _other_quiz, twin in _questions(other):
                ratio = near_duplicate(item, twin)
                if ratio is not None:
                    kind = f"{other.assessment}-test" if other.assessment else "lesson"
                    problems.append(_warning(
                        test, item.line,
                        f"'{item.id}' is nearly the same item as '{twin.id}' in the {kind} "
                        f"'{other.id}' ({other.path}:{twin.line}, similarity {ratio:.2f})",
                        "a test item a learner has already practised measures memory of that item, not the "
                        "objective: write a new situation that tests the same objective",
                    ))
                    break
    return problems
