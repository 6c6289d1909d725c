"""A class read back from a Learning Record Store: xAPI statements turned into the store's own rows.

The statements are the ones `learning/xapi.py` makes on each PC. Each is reduced to a `Fact`, kept by
its id, and only when every page has been read does `LrsStatements.build` fill a fresh in-memory
`Database` with profiles, attempts, answers, scenario runs, progress and reflections. The result
depends only on the set of statements read: reading one twice, or in another order, changes nothing,
because facts are keyed by statement id and the rows are made in a fixed order (time, then id).

What the LRS cannot give back: a feed's posts (the statement carries totals only), a reflection's
text (it never leaves the PC), the step a learner stopped at, and anything that happened on a PC
whose statements are still waiting in its outbox.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import unquote

from literacy_app.content.blocks import type_of
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson, Scenario
from literacy_app.learning.scoring import max_score
from literacy_app.learning.xapi import ADL, PLATFORM
from literacy_app.store.db import Database
from literacy_app.store.roster import NAME_HEADERS, decode

VOIDED = ADL + "voided"
VERBS = ("answered", "completed", "passed", "failed", "commented")
FINISHING = ("completed", "passed", "failed")
# lessons/{lesson}[/blocks/{block}[/{questions|posts}/{item}]] at the end of an activity id, whatever the base
ACTIVITY_PATH = re.compile(r"(?:^|/)lessons/([^/]+)(?:/blocks/([^/]+)(?:/(?:questions|posts)/([^/]+))?)?/?$")
ACCOUNT_HEADERS = {"account", "account name", "lrs account", "xapi account", "profile id", "uid"}
STUDENT_ID_HEADERS = {"student id", "student_id", "studentid", "id number", "idnumber", "number"}
ACTIVITY_KINDS = {"http://adlnet.gov/expapi/activities/assessment": "quiz",
                  "http://adlnet.gov/expapi/activities/simulation": "scenario"}


class RosterError(ValueError):
    """A roster file that cannot map account names to learners."""


@dataclass(frozen=True)
class RosterLearner:
    name: str
    student_id: str = ""


def parse_account_roster(text: str) -> dict[str, RosterLearner]:
    """account name -> learner, from CSV with the columns name, student id and account (any order, with a
    header row; or exactly these three columns without one). The roster export of a PC (Name, Student ID,
    Profile ID, ...) is such a file: its Profile ID is the learner's account name in the LRS."""
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if any(d in first for d in ";,\t") else ","
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    rows = [row for row in rows if any(row)]
    if not rows:
        return {}
    header = [title.casefold() for title in rows[0]]

    def column(names: set[str]) -> int | None:
        return next((index for index, title in enumerate(header) if title in names), None)

    name_col, id_col, account_col = column(NAME_HEADERS), column(STUDENT_ID_HEADERS), column(ACCOUNT_HEADERS)
    if name_col is None and account_col is None:
        name_col, id_col, account_col = 0, 1, 2  # no header row
    else:
        rows = rows[1:]
    if account_col is None or name_col is None:
        missing = "account" if account_col is None else "name"
        raise RosterError(f"the roster has no '{missing}' column: it needs the columns name, student id and "
                          "account (the learner's account name in the LRS, the Profile ID of a roster export)")
    roster: dict[str, RosterLearner] = {}
    for row in rows:
        def cell(index: int | None, row: list[str] = row) -> str:
            return row[index] if index is not None and index < len(row) else ""

        account, name = cell(account_col), " ".join(cell(name_col).split())
        if account and name:
            roster[account] = RosterLearner(name, cell(id_col))
    return roster


def parse_roster_file(data: bytes) -> dict[str, RosterLearner]:
    return parse_account_roster(decode(data))


@dataclass(frozen=True)
class Fact:
    """One statement of this app, reduced to what the class needs."""

    id: str
    account: str
    verb: str  # answered | completed | passed | failed | commented
    lesson_id: str
    block_id: str | None
    item_id: str | None
    timestamp: str  # UTC, seconds, as the store writes times
    registration: str
    activity_type: str
    interaction: str
    result: str  # the statement's result as canonical JSON, so that a Fact is hashable and comparable


@dataclass(frozen=True)
class ReadSummary:
    read: int  # statements the LRS sent, repeats included
    used: int  # distinct statements of this app that made the class
    other_platform: int  # statements of other platforms, ignored
    voided: int  # statements of this app that a voiding statement removed
    not_understood: int  # statements of this app without what the class needs (no account, no time, ...)
    learners: int


def utc_seconds(timestamp: Any) -> str | None:
    """An ISO 8601 time as the store writes it (UTC, whole seconds); None when it is not one."""
    if not isinstance(timestamp, str):
        return None
    text = timestamp.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"  # Python 3.10 reads no 'Z'
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def duration_seconds(duration: Any) -> float | None:
    """Seconds of an ISO 8601 duration as xAPI writes them ('PT1H2M5.5S'); None when it is not one."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?", str(duration or ""))
    if not match or duration in ("P", "PT"):
        return None
    days, hours, minutes, seconds = (float(part) if part else 0.0 for part in match.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class LrsStatements:
    """Statements read from an LRS, page by page; nothing is written until `build`."""

    def __init__(self) -> None:
        self.read = 0
        self._facts: dict[str, Fact] = {}
        self._voided: set[str] = set()  # ids named by a voiding statement
        self._other_platform: set[str] = set()
        self._not_understood: set[str] = set()

    def add(self, statements: Iterable[dict[str, Any]]) -> None:
        for statement in statements:
            self.read += 1
            self._add(statement)

    def _add(self, statement: dict[str, Any]) -> None:
        statement_id = statement.get("id")
        if not isinstance(statement_id, str) or not statement_id:
            return
        verb = _as_dict(statement.get("verb")).get("id")
        target = _as_dict(statement.get("object"))
        if verb == VOIDED:
            # honoured whoever voided it, as the LRS itself does: a voided statement is no longer part of the record
            if target.get("objectType") == "StatementRef" and isinstance(target.get("id"), str):
                self._voided.add(target["id"])
            return
        context = _as_dict(statement.get("context"))
        if context.get("platform") != PLATFORM:
            self._other_platform.add(statement_id)
            return
        fact = _fact(statement_id, statement, verb, target, context)
        if fact is None:
            self._not_understood.add(statement_id)
            return
        known = self._facts.get(fact.id)
        # the same id twice with different content cannot come from one LRS; keep one by a rule, not by order
        self._facts[fact.id] = fact if known is None else min(known, fact, key=repr)

    def summary(self, learners: int) -> ReadSummary:
        used = sum(1 for fact_id in self._facts if fact_id not in self._voided)
        voided = len(self._facts) - used + len(self._not_understood & self._voided)
        return ReadSummary(self.read, used, len(self._other_platform - self._voided), voided,
                           len(self._not_understood - self._voided), learners)

    def facts(self) -> list[Fact]:
        """The facts that count (voided ones removed), oldest first, ties by statement id."""
        kept = [fact for fact_id, fact in self._facts.items() if fact_id not in self._voided]
        return sorted(kept, key=lambda fact: (fact.timestamp, fact.id))

    def build(self, library: Library, roster: dict[str, RosterLearner] | None = None) -> tuple[Database, ReadSummary]:
        """A fresh in-memory class database with the store's schema, filled from the statements."""
        classroom = _Classroom(library, roster or {})
        for fact in self.facts():
            classroom.add(fact)
        db = Database(":memory:")
        try:
            classroom.write(db)
        except (sqlite3.Error, ValueError):
            db.close()
            raise
        return db, self.summary(len(classroom.learners))


def _fact(statement_id: str, statement: dict[str, Any], verb: Any, target: dict[str, Any],
          context: dict[str, Any]) -> Fact | None:
    actor = _as_dict(statement.get("actor"))
    account = _as_dict(actor.get("account")).get("name")
    if actor.get("objectType", "Agent") != "Agent" or not isinstance(account, str) or not account:
        return None
    short = verb[len(ADL):] if isinstance(verb, str) and verb.startswith(ADL) else ""
    match = ACTIVITY_PATH.search(str(target.get("id", "")))
    timestamp = utc_seconds(statement.get("timestamp"))
    if short not in VERBS or match is None or timestamp is None:
        return None
    lesson_id, block_id, item_id = (unquote(part) if part else None for part in match.groups())
    registration = context.get("registration")
    registration = registration if isinstance(registration, str) else ""
    if short == "answered" and not (block_id and item_id and registration):
        return None
    if short in FINISHING and block_id and not registration:
        return None
    definition = _as_dict(target.get("definition"))
    result = _as_dict(statement.get("result"))
    return Fact(statement_id, account, short, str(lesson_id), block_id, item_id, timestamp, registration,
                str(definition.get("type", "")), str(definition.get("interactionType", "")),
                json.dumps(result, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


# -- from facts to rows -----------------------------------------------------------------------------

def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _extension(result: dict[str, Any], name: str) -> Any:
    for key, value in _as_dict(result.get("extensions")).items():
        if key.endswith("/extensions/" + name):
            return value
    return None


def stored_response(interaction: str, text: Any) -> dict[str, Any]:
    """A question's xAPI response back in the shape the store keeps (what learning/xapi.py wrote)."""
    text = "" if text is None else str(text)
    parts = text.split("[,]") if text else []
    if interaction in ("choice", "true-false"):
        return {"selected": parts}
    if interaction == "sequencing":
        return {"order": parts}
    if interaction == "matching":
        return {"pairs": dict(part.split("[.]", 1) if "[.]" in part else (part, "") for part in parts)}
    if interaction == "numeric":  # the statement holds the number read, not the words around it
        try:
            return {"text": text, "number": float(text)}
        except ValueError:
            return {"text": text, "number": None}
    return {"text": text}


def scenario_choices(scenario: Scenario | None, path: list[str]) -> list[str]:
    """The choice taken at each step of a path, from the lesson: the statement carries the path, not the
    choices. Where several choices lead to the same node, all of them (' / '); '' where the lesson has none."""
    choices, score = [], 0
    for here, there in zip(path, path[1:], strict=False):
        node = scenario.node(here) if scenario is not None else None
        options = [c for c in (node.choices if node else []) if c.target == there]
        shown = [c for c in options if c.available(score)] or options
        choices.append(" / ".join(dict.fromkeys(c.text for c in shown)))
        # the score so far decides which choices show next; equal targets with unequal points stay a guess
        score += shown[0].delta if shown else 0
    return choices


@dataclass
class _Attempt:
    uid: str
    account: str
    lesson_id: str
    block_id: str
    answers: list[Fact] = field(default_factory=list)
    finish: Fact | None = None


@dataclass
class _Learner:
    first: str
    last: str


class _Classroom:
    """Folds facts (oldest first) into the rows of one class."""

    def __init__(self, library: Library, roster: dict[str, RosterLearner]) -> None:
        self.lessons: dict[str, Lesson] = {lesson.id: lesson for lesson in library.lessons}
        self.roster = roster
        self.learners: dict[str, _Learner] = {account: _Learner("", "") for account in roster}
        self.attempts: dict[str, _Attempt] = {}
        self.completed: dict[tuple[str, str], str] = {}  # (account, lesson) -> first completion
        self.active: dict[tuple[str, str], str] = {}  # (account, lesson) -> last statement
        self.reflections: dict[tuple[str, str, str], str] = {}  # (account, lesson, block) -> last saved

    def add(self, fact: Fact) -> None:
        learner = self.learners.setdefault(fact.account, _Learner(fact.timestamp, fact.timestamp))
        learner.first = learner.first or fact.timestamp
        learner.last = fact.timestamp
        self.active[(fact.account, fact.lesson_id)] = fact.timestamp
        if fact.block_id is None:
            if fact.verb == "completed":
                self.completed.setdefault((fact.account, fact.lesson_id), fact.timestamp)
            return
        if fact.verb == "commented":
            self.reflections[(fact.account, fact.lesson_id, fact.block_id)] = fact.timestamp
            return
        attempt = self.attempts.setdefault(
            fact.registration, _Attempt(fact.registration, fact.account, fact.lesson_id, fact.block_id))
        if (attempt.account, attempt.lesson_id, attempt.block_id) != (fact.account, fact.lesson_id, fact.block_id):
            return  # a registration is one attempt of one learner at one block; a stray statement does not move it
        if fact.verb == "answered":
            attempt.answers.append(fact)
        elif attempt.finish is None:
            attempt.finish = fact

    # -- rows ----------------------------------------------------------------------------------
    def _block(self, lesson_id: str, block_id: str) -> Any:
        lesson = self.lessons.get(lesson_id)
        return lesson.block(block_id) if lesson is not None else None

    def _kind(self, attempt: _Attempt) -> str:
        kind = type_of(self._block(attempt.lesson_id, attempt.block_id))
        if kind is not None:
            return kind.name
        if attempt.finish is not None and attempt.finish.activity_type in ACTIVITY_KINDS:
            return ACTIVITY_KINDS[attempt.finish.activity_type]
        return "quiz" if attempt.answers else "block"

    def _names(self) -> dict[str, str]:
        """account -> a unique name: the roster's, else 'Learner 1a2b3c4d' (names are unique in a class)."""
        wanted = {account: self.roster[account].name if account in self.roster
                  else "Learner " + (re.sub(r"[^0-9A-Za-z]", "", account)[:8] or "?") for account in self.learners}
        taken: set[str] = set()
        names: dict[str, str] = {}
        for account in sorted(self.learners, key=lambda a: (wanted[a].casefold(), a)):
            name, number = wanted[account], 1
            while name.casefold() in taken:
                number += 1
                name = f"{wanted[account]} ({number})"
            taken.add(name.casefold())
            names[account] = name
        return names

    def write(self, db: Database) -> None:
        names = self._names()
        with db.transaction() as conn:
            profile_ids: dict[str, int] = {}
            for account in sorted(self.learners, key=lambda a: (names[a].casefold(), a)):
                learner = self.learners[account]
                student_id = self.roster[account].student_id if account in self.roster else ""
                profile_ids[account] = int(conn.execute(
                    "INSERT INTO profiles(uid, name, student_id, created_at, last_active_at) VALUES (?, ?, ?, ?, ?)",
                    (account, names[account], student_id, learner.first, learner.last or None)).lastrowid or 0)
            rows = [self._attempt_row(attempt) for attempt in self.attempts.values()]
            for attempt, row in sorted(rows, key=lambda pair: (pair[1]["started_at"], pair[0].uid)):
                self._insert_attempt(conn, profile_ids[attempt.account], attempt, row)
            for (account, lesson_id), last in sorted(self.active.items()):
                lesson = self.lessons.get(lesson_id)
                steps = len(lesson.steps) if lesson is not None else 0
                done = self.completed.get((account, lesson_id))
                conn.execute(
                    "INSERT INTO progress(profile_id, lesson_id, step, step_count, completed_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (profile_ids[account], lesson_id, max(steps - 1, 0) if done else 0, steps, done, last))
            conn.executemany(
                "INSERT INTO reflections(profile_id, lesson_id, block_id, text, updated_at) VALUES (?, ?, ?, '', ?)",
                [(profile_ids[account], lesson_id, block_id, saved)
                 for (account, lesson_id, block_id), saved in sorted(self.reflections.items())])

    def _attempt_row(self, attempt: _Attempt) -> tuple[_Attempt, dict[str, Any]]:
        block = self._block(attempt.lesson_id, attempt.block_id)
        answers = [json.loads(fact.result) for fact in attempt.answers]
        answered = sum(_number(_as_dict(r.get("score")).get("raw")) or 0.0 for r in answers)
        maximum = max_score(block) if block is not None else sum(
            _number(_as_dict(r.get("score")).get("max")) or 0.0 for r in answers)
        starts = [fact.timestamp for fact in attempt.answers]
        row: dict[str, Any] = {"kind": self._kind(attempt), "score": answered, "max_score": maximum,
                               "finished_at": None, "run": None}
        finish = attempt.finish
        if finish is not None:
            result = json.loads(finish.result)
            score = _as_dict(result.get("score"))
            raw, top = _number(score.get("raw")), _number(score.get("max"))
            row.update(score=answered if raw is None else raw, max_score=maximum if top is None else top,
                       finished_at=finish.timestamp)
            seconds = duration_seconds(result.get("duration"))
            if seconds is not None:
                started = datetime.fromisoformat(finish.timestamp) - timedelta(seconds=round(seconds))
                starts.append(started.isoformat())
            path = _extension(result, "path")
            if row["kind"] == "scenario" or isinstance(path, list):
                row["kind"] = "scenario"
                path = [str(node) for node in path] if isinstance(path, list) else []
                scenario = block if isinstance(block, Scenario) else None
                row["run"] = (path, scenario_choices(scenario, path), str(result.get("response", "")),
                              str(_extension(result, "outcome") or ""), row["score"])
            starts.append(finish.timestamp)
        row["started_at"] = min(starts)
        return attempt, row

    @staticmethod
    def _insert_attempt(conn: sqlite3.Connection, profile_id: int, attempt: _Attempt, row: dict[str, Any]) -> None:
        attempt_id = conn.execute(
            "INSERT INTO attempts(uid, profile_id, lesson_id, block_id, kind, score, max_score, started_at, "
            "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (attempt.uid, profile_id, attempt.lesson_id, attempt.block_id, row["kind"], row["score"],
             row["max_score"], row["started_at"], row["finished_at"])).lastrowid
        answers = []
        for fact in attempt.answers:  # already oldest first, ties by statement id
            result = json.loads(fact.result)
            score = _as_dict(result.get("score"))
            response = stored_response(fact.interaction, result.get("response"))
            answers.append((attempt_id, fact.item_id, json.dumps(response, ensure_ascii=False),
                            int(result.get("success") is True), _number(score.get("raw")) or 0.0,
                            _number(score.get("max")) or 0.0, fact.timestamp))
        conn.executemany("INSERT INTO answers(attempt_id, question_id, response, correct, score, max_score, "
                         "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", answers)
        if row["run"] is not None:
            path, choices, ending_id, outcome, score = row["run"]
            conn.execute("INSERT INTO scenario_runs(attempt_id, path, choices, ending_id, outcome, score) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         (attempt_id, json.dumps(path), json.dumps(choices, ensure_ascii=False), ending_id, outcome,
                          score))
