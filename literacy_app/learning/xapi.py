"""xAPI 1.0.3 statements for what a learner finished: built here, stored in the outbox, sent later.

Plain Python, no Qt. Every statement gets its UUID and timestamp on this PC, so sending it twice is
harmless: the LRS recognises an identical statement and keeps one copy.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import quote

from literacy_app.clock import now_iso
from literacy_app.content.blocks import Submission, type_of
from literacy_app.content.blocks.quiz import XAPI_INTERACTIONS, passed
from literacy_app.content.blocks.quiz_numbers import format_value
from literacy_app.content.blocks.reflection import REFLECTION_TYPE
from literacy_app.content.blocks.registry import Block
from literacy_app.content.model import Lesson, Question, Quiz, Scenario
from literacy_app.learning.scoring import QuestionResult, ScenarioResult, max_score

XAPI_VERSION = "1.0.3"
DEFAULT_ACTIVITY_BASE = "https://medialiteracylab.invalid/xapi/"
DEFAULT_SCHOOL_URI = "https://school.invalid/"
PLATFORM = "Media Literacy Lab"
VOIDING_ACCOUNT = "media-literacy-lab"  # the account that voids statements of an erased learner

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {name: ADL + name for name in ("answered", "completed", "passed", "failed", "commented")}
LESSON_ACTIVITY = "http://adlnet.gov/expapi/activities/lesson"
QUESTION_ACTIVITY = "http://adlnet.gov/expapi/activities/cmi.interaction"

# called inside the answer's transaction with the attempt as stored, returns the statements to queue
class AttemptRecord(Protocol):
    """An attempt as the store keeps it (store.records.AttemptRecord), as far as statements need it."""

    @property
    def uid(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def max_score(self) -> float: ...
    @property
    def started_at(self) -> str: ...
    @property
    def finished_at(self) -> str | None: ...


StatementFactory = Callable[[AttemptRecord], list[dict[str, Any]]]


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration with centisecond precision, as xAPI asks: 3725.5 -> 'PT1H2M5.5S'."""
    centis = max(0, round(seconds * 100))
    hours, centis = divmod(centis, 360000)
    minutes, centis = divmod(centis, 6000)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if centis or text == "PT":
        whole, fraction = divmod(centis, 100)
        text += f"{whole}.{fraction:02d}".rstrip("0").rstrip(".") + "S"
    return text


def seconds_between(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    try:
        return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
    except (TypeError, ValueError):  # not a date, or one with a time zone and one without
        return None


def score(raw: float, maximum: float, minimum: float = 0.0) -> dict[str, Any]:
    """xAPI score: scaled is clamped to -1..1 as the spec requires; an empty block scales to 0."""
    scaled = raw / maximum if maximum else 0.0
    return {"scaled": round(max(-1.0, min(1.0, scaled)), 4), "raw": raw, "min": min(minimum, raw), "max": maximum}


class StatementBuilder:
    """Turns finished learner actions into xAPI statements for one school and one activity base."""

    def __init__(self, school_uri: str = DEFAULT_SCHOOL_URI, activity_base: str = DEFAULT_ACTIVITY_BASE,
                 clock: Callable[[], str] = now_iso) -> None:
        # the store's clock, so a write held back and saved later keeps the moment of the action
        self.school_uri = school_uri or DEFAULT_SCHOOL_URI
        self.activity_base = (activity_base or DEFAULT_ACTIVITY_BASE).rstrip("/") + "/"
        self.clock = clock

    # -- ids -------------------------------------------------------------------------------
    def activity_id(self, lesson_id: str, block_id: str | None = None, item: str | None = None,
                    item_id: str | None = None) -> str:
        """A stable URI from stable ids: .../lessons/{lesson}/blocks/{block}/{questions|posts}/{id}."""
        parts = ["lessons", lesson_id]
        if block_id is not None:
            parts += ["blocks", block_id]
        if item and item_id is not None:
            parts += [item, item_id]
        return self.activity_base + "/".join(quote(part, safe="") for part in parts)

    def actor(self, profile_uid: str) -> dict[str, Any]:
        # an account, never an email address: the profile's uid at the school, no name
        return {"objectType": "Agent", "account": {"homePage": self.school_uri, "name": profile_uid}}

    # -- building blocks -------------------------------------------------------------------
    def _activity(self, activity_id: str, activity_type: str, name: str, language: str,
                  extra: dict[str, Any] | None = None) -> dict[str, Any]:
        definition = {"type": activity_type, "name": {language or "und": name or activity_id}}
        definition.update(extra or {})
        return {"objectType": "Activity", "id": activity_id, "definition": definition}

    def _lesson_activity(self, lesson: Lesson) -> dict[str, Any]:
        return self._activity(self.activity_id(lesson.id), LESSON_ACTIVITY, lesson.title, lesson.language)

    def _block_activity(self, lesson: Lesson, block: Block) -> dict[str, Any]:
        kind = type_of(block)
        activity_type = kind.xapi_activity_type if kind is not None else "http://adlnet.gov/expapi/activities/interaction"
        return self._activity(self.activity_id(lesson.id, block.id), activity_type, block.id, lesson.language)

    def _statement(self, profile_uid: str, verb: str, activity: dict[str, Any], result: dict[str, Any], lesson: Lesson,
                   registration: str | None, parents: list[dict[str, Any]], timestamp: str | None) -> dict[str, Any]:
        context: dict[str, Any] = {"platform": PLATFORM, "language": lesson.language or "und"}
        if registration:
            context["registration"] = registration
        if parents:
            context["contextActivities"] = {"parent": parents}
        return {
            "id": str(uuid.uuid4()),
            "timestamp": timestamp or self.clock(),
            "actor": self.actor(profile_uid),
            "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
            "object": activity,
            "result": result,
            "context": context,
        }

    # -- statements, one per finished action ------------------------------------------------
    def question_answered(self, profile_uid: str, lesson: Lesson, quiz: Quiz, question: Question,
                          result: QuestionResult, attempt: AttemptRecord) -> dict[str, Any]:
        activity = self._activity(
            self.activity_id(lesson.id, quiz.id, "questions", question.id), QUESTION_ACTIVITY, question.prompt,
            lesson.language, {"interactionType": XAPI_INTERACTIONS.get(question.kind, "other")},
        )
        outcome = {"score": score(result.score, result.max_score, min(result.score, 0.0)),
                   "success": result.correct, "completion": True, "response": _response_text(result.response)}
        return self._statement(profile_uid, "answered", activity, outcome, lesson, attempt.uid,
                               [self._block_activity(lesson, quiz)], None)

    def quiz_finished(self, profile_uid: str, lesson: Lesson, quiz: Quiz, attempt: AttemptRecord) -> dict[str, Any]:
        """passed/failed against the pass mark; completed when the quiz has none."""
        outcome: dict[str, Any] = {"score": score(attempt.score, attempt.max_score), "completion": True}
        verb = "completed"
        success = passed(quiz, attempt.score, attempt.max_score)
        if success is not None:
            outcome["success"] = success
            verb = "passed" if success else "failed"
        _add_duration(outcome, attempt.started_at, attempt.finished_at)
        return self._statement(profile_uid, verb, self._block_activity(lesson, quiz), outcome, lesson, attempt.uid,
                               [self._lesson_activity(lesson)], None)

    def scenario_ended(self, profile_uid: str, lesson: Lesson, scenario: Scenario, result: ScenarioResult,
                       attempt: AttemptRecord) -> dict[str, Any]:
        outcome: dict[str, Any] = {
            "score": score(result.score, result.max_score, min(result.score, 0)), "completion": True,
            "response": result.ending.id,
            "extensions": {self.activity_base + "extensions/path": list(result.path),
                           self.activity_base + "extensions/outcome": result.ending.ending or ""}}
        _add_duration(outcome, attempt.started_at, attempt.finished_at)
        return self._statement(profile_uid, "completed", self._block_activity(lesson, scenario), outcome, lesson,
                               attempt.uid,
                               [self._lesson_activity(lesson)], None)

    def block_submitted(self, profile_uid: str, lesson: Lesson, block: Block, submission: Submission,
                        attempt: AttemptRecord) -> dict[str, Any]:
        """`completed` for a block answered as a whole (a feed, a poll), with the figures its type reports."""
        outcome: dict[str, Any] = {"score": score(submission.score, max_score(block)), "completion": True}
        if submission.extensions:
            outcome["extensions"] = {self.activity_base + "extensions/" + name: value
                                     for name, value in submission.extensions.items()}
        _add_duration(outcome, attempt.started_at, attempt.finished_at)
        return self._statement(profile_uid, "completed", self._block_activity(lesson, block), outcome, lesson,
                               attempt.uid, [self._lesson_activity(lesson)], None)

    def reflection_written(self, profile_uid: str, lesson: Lesson, block_id: str, text: str) -> dict[str, Any]:
        # the text itself stays on this PC: reflections are personal, the district only learns one was written
        outcome = {"completion": True, "extensions": {self.activity_base + "extensions/length": len(text.strip())}}
        activity = self._activity(self.activity_id(lesson.id, block_id), REFLECTION_TYPE.xapi_activity_type, block_id,
                                  lesson.language)
        return self._statement(profile_uid, "commented", activity, outcome, lesson, None,
                               [self._lesson_activity(lesson)], None)

    def lesson_completed(self, profile_uid: str, lesson: Lesson) -> dict[str, Any]:
        return self._statement(profile_uid, "completed", self._lesson_activity(lesson), {"completion": True},
                               lesson, None, [], None)

    def voided(self, statement_id: str) -> dict[str, Any]:
        """A voiding statement (xAPI 1.0.3, 2.5): asks the LRS to set aside a statement about a learner who was
        erased. Its actor is the app at this school, never the learner."""
        return {
            "id": str(uuid.uuid4()),
            "timestamp": self.clock(),
            "actor": {"objectType": "Agent", "account": {"homePage": self.school_uri, "name": VOIDING_ACCOUNT}},
            "verb": {"id": ADL + "voided", "display": {"en-US": "voided"}},
            "object": {"objectType": "StatementRef", "id": statement_id},
        }

    # -- factories for Records: called inside the answer's transaction ----------------------
    def for_answer(self, profile_uid: str, lesson: Lesson, quiz: Quiz, question: Question,
                   result: QuestionResult) -> StatementFactory:
        def build(attempt: AttemptRecord) -> list[dict[str, Any]]:
            statements = [self.question_answered(profile_uid, lesson, quiz, question, result, attempt)]
            if attempt.finished_at:
                statements.append(self.quiz_finished(profile_uid, lesson, quiz, attempt))
            return statements
        return build

    def for_test(self, profile_uid: str, lesson: Lesson, quiz: Quiz,
                 results: list[tuple[Question, QuestionResult]]) -> StatementFactory:
        """A test submitted at once: one `answered` per question, then the quiz's passed/failed/completed."""
        def build(attempt: AttemptRecord) -> list[dict[str, Any]]:
            statements = [self.question_answered(profile_uid, lesson, quiz, question, result, attempt)
                          for question, result in results]
            if attempt.finished_at:
                statements.append(self.quiz_finished(profile_uid, lesson, quiz, attempt))
            return statements
        return build

    def for_submission(self, profile_uid: str, lesson: Lesson, block: Block,
                       submission: Submission) -> StatementFactory:
        def build(attempt: AttemptRecord) -> list[dict[str, Any]]:
            if not attempt.finished_at:
                return []
            return [self.block_submitted(profile_uid, lesson, block, submission, attempt)]
        return build

    def for_scenario(self, profile_uid: str, lesson: Lesson, scenario: Scenario,
                     result: ScenarioResult) -> StatementFactory:
        return lambda attempt: [self.scenario_ended(profile_uid, lesson, scenario, result, attempt)]


def _add_duration(outcome: dict[str, Any], start: str | None, end: str | None) -> None:
    seconds = seconds_between(start, end)
    if seconds is not None:
        outcome["duration"] = iso_duration(seconds)


def _response_text(response: dict[str, Any]) -> str:
    """The learner's answer as xAPI's plain-text response."""
    if "selected" in response:
        return "[,]".join(response["selected"])
    if response.get("number") is not None:  # a numeric interaction's response is the number itself
        return format_value(float(response["number"]))
    if "text" in response:
        return str(response["text"])
    if "order" in response:
        return "[,]".join(response["order"])
    if "pairs" in response:
        return "[,]".join(f"{left}[.]{right}" for left, right in response["pairs"].items())
    return ""
