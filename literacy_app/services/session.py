"""The learning session: who is learning, what they opened, what they answered.

Plain Python between the widgets and the store; widgets call it and never touch SQL.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from literacy_app.clock import clock, now_iso
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson
from literacy_app.logs import keep_out_of_log
from literacy_app.store.records import AnswerRecord, AttemptRecord, Profile, Records

if TYPE_CHECKING:  # loaded when first used: a learner's first lesson needs neither
    # scoring and the block types: with the first answer (a returning learner's first frame is painted without)
    from literacy_app.content.blocks import Submission
    from literacy_app.content.blocks.registry import Block, Response
    from literacy_app.content.model import Feed, Question, Quiz, Scenario
    from literacy_app.learning.scoring import PostResult, QuestionResult, ScenarioResult
    from literacy_app.learning.xapi import StatementBuilder
    from literacy_app.services.class_folder import ClassFolder
    from literacy_app.store.class_merge import Learner

# avatars a learner may pick instead of their initials: friendly, and easy to tell apart on a projector
AVATAR_CHOICES = ["🦊", "🐼", "🐙", "🦉", "🐢", "🦁", "🐸", "🐝", "🦄", "🐳", "🌵", "🌻", "🚀", "⚽", "🎸", "🎨"]


@dataclass(frozen=True)
class QuizState:
    """What the learner has done in a quiz: the current attempt's answers and what is left."""

    attempt: AttemptRecord | None
    answers: dict[str, AnswerRecord]
    finished_attempts: int
    attempts_allowed: int | None

    @property
    def can_retry(self) -> bool:
        return self.attempts_allowed is None or self.finished_attempts < self.attempts_allowed


class Session:
    def __init__(self, records: Records, library: Library,
                 xapi: StatementBuilder | Callable[[], StatementBuilder] | None = None) -> None:
        self.records = records
        self.library = library
        # every finished action is also queued as an xAPI statement, whether or not an LRS is configured yet;
        # the builder is made with the first statement (a callable here makes it then)
        self._xapi_source = xapi
        self._xapi: StatementBuilder | None = None
        self._profile: Profile | None = None
        # writes the disk refused (read-only, full, locked by another copy), oldest first, with their time
        self._pending: list[tuple[datetime, Callable[[], object]]] = []
        self._holding = False  # start-up: writes wait in memory until release_writes()
        self._held_work = False  # the learner's work is among the writes held
        self._storage_trouble = False
        self._settings: dict[str, str] = {}  # settings remembered in this run, saved or still waiting
        # the UI shows these plain-words messages; called with "" once everything is saved again
        self.on_storage_problem: Callable[[str], None] = lambda message: None
        # called after a learner's finished work is saved (the class folder shares it, debounced)
        self.on_work_saved: Callable[[], None] = lambda: None
        self.class_folder: ClassFolder | None = None  # set when the PC belongs to a class across many PCs
        self._elsewhere: dict[str, list[Learner]] = {}  # uid -> the learner's copies on other PCs
        # private reflections: a reflection is shown again only to its author. Whoever picked the tile may read
        # what they wrote in this session; a learner who signed in (pictures or code, services/sign_in.py) also
        # what was saved since they first chose their secret
        self._written: set[tuple[str, str]] = set()  # (lesson id, block id) saved since this learner was chosen
        self._proof: tuple[str, str] | None = None  # (uid, since) of a learner who signed in

    @property
    def xapi(self) -> StatementBuilder:
        if self._xapi is None:
            from literacy_app.learning.xapi import StatementBuilder

            source = self._xapi_source
            self._xapi = source if isinstance(source, StatementBuilder) else \
                source() if source is not None else StatementBuilder()
        return self._xapi

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def _require_profile(self) -> Profile:
        if self._profile is None:
            raise RuntimeError("no learner is chosen")
        return self._profile

    def choose_profile(self, profile: Profile) -> None:
        """Start learning as this learner; in a class, their work from every PC comes along first."""
        profile = self.resolve(profile)
        self._profile = profile
        self._written = set()
        if self._proof is not None and self._proof[0] != profile.uid:
            self._proof = None
        if self.class_folder is not None:
            self.class_folder.signed_in_uid = profile.uid
        self._write(partial(self.records.touch_profile, profile.id), work=False)
        self.remember("last_profile", str(profile.id))

    def resolve(self, profile: Profile) -> Profile:
        """The learner as a profile on this PC: in a class, one who worked elsewhere or is only on the roster
        is brought here (with their work) first."""
        return self._bring_here(profile) if self.class_folder is not None else profile

    def prove(self, uid: str, since: str) -> None:
        """The learner with this uid signed in with the secret they chose at `since` (services/sign_in.py)."""
        self._proof = (uid, since)

    def proven(self, uid: str) -> bool:
        return self._proof is not None and self._proof[0] == uid

    def _bring_here(self, profile: Profile) -> Profile:
        from literacy_app.store.class_merge import Learner

        assert self.class_folder is not None
        copies = self._elsewhere.get(profile.uid, [])
        if profile.id < 0 and not copies:  # a roster name nobody has used yet
            return self.profile_named(profile.name, student_id=profile.student_id)
        if not copies:
            return profile
        local = [Learner(profile.uid, profile.name, profile.avatar, profile.student_id, "", None, None)] \
            if profile.id >= 0 else []
        try:
            profile_id = self.class_folder.bring_learner_here([*copies, *local])
        except (OSError, sqlite3.Error):
            return profile if profile.id >= 0 else self.profile_named(profile.name, student_id=profile.student_id)
        found = self.records.profile(profile_id)
        return found if found is not None else profile

    def profile_named(self, name: str, student_id: str = "") -> Profile:
        """The active profile with this name, created if there is none."""
        existing = self.records.profile_by_name(name)
        if existing is not None:
            return existing
        try:
            return self.records.add_profile(name, student_id=student_id)
        except sqlite3.IntegrityError:  # another copy of the app created it a moment ago
            found = self.records.profile_by_name(name)
            if found is None:
                raise
            return found

    def learners(self) -> list[Profile]:
        """Every active learner, for the picker: this PC's, and in a class also those who worked on other PCs
        and the class roster's names (those not on this PC have a negative id until they are chosen)."""
        if self.class_folder is None:
            return self.records.profiles()
        read = self.class_folder.read()  # first: a learner erased on another PC is erased here as it is read
        local = self.records.profiles()
        by_uid = {p.uid: p for p in local}
        by_student = {p.student_id.casefold(): p for p in local if p.student_id}
        self._elsewhere = {}
        others: list[Profile] = []
        for copies in self.class_folder.learners_elsewhere(read):
            here = next((by_uid[c.uid] for c in copies if c.uid in by_uid), None) or \
                (by_student.get(copies[0].student_id.casefold()) if copies[0].student_id else None)
            if here is not None:
                self._elsewhere[here.uid] = copies  # synced when chosen
                continue
            first = copies[0]
            others.append(Profile(-1 - len(others), first.uid, first.name, first.avatar, first.student_id,
                                  max((c.last_active_at or "" for c in copies), default="") or None))
            self._elsewhere[first.uid] = copies
        others = self._tell_apart(local, others)
        names = {p.name.casefold() for p in [*local, *others]}
        students = {p.student_id.casefold() for p in [*local, *others] if p.student_id}
        for entry in self.class_folder.roster():
            if entry.name.casefold() in names or (entry.student_id and entry.student_id.casefold() in students):
                continue
            others.append(Profile(-1 - len(others), "", entry.name, "", entry.student_id))
        return sorted([*local, *others], key=lambda p: (p.name.casefold(), p.id))

    def _tell_apart(self, local: list[Profile], others: list[Profile]) -> list[Profile]:
        """Learners from other PCs whose name is taken (two people called Ana, neither with a student id)
        carry the PC they were first seen on: "Ana (lab-12)"."""
        assert self.class_folder is not None
        taken = {p.name.casefold() for p in local}
        counts: dict[str, int] = {}
        for profile in others:
            counts[profile.name.casefold()] = counts.get(profile.name.casefold(), 0) + 1
        shown = []
        for profile in others:
            key = profile.name.casefold()
            if key in taken or counts[key] > 1:
                pc = self.class_folder.first_seen_on.get(profile.uid, "")
                profile = dataclasses.replace(profile, name=f"{profile.name} ({pc})" if pc else profile.name)
            shown.append(profile)
        return shown

    def reflection_elsewhere(self, lesson: Lesson, block_id: str) -> str | None:
        """When the learner wrote this reflection on another PC whose text stays there, or None."""
        from literacy_app.store.class_merge import Learner

        profile = self._require_profile()
        if self.class_folder is None:
            return None
        copies = self._elsewhere.get(profile.uid) or [Learner(profile.uid, profile.name, "", profile.student_id,
                                                              "", None, None)]
        return self.class_folder.reflections_elsewhere(copies).get((lesson.id, block_id))

    def learner_named(self, name: str) -> Profile | None:
        return self.records.profile_by_name(name)

    def add_learner(self, name: str, avatar: str = "") -> Profile:
        return self.records.add_profile(name, avatar=avatar)

    def sign_out(self) -> None:
        self._profile = None
        self._written = set()
        self._proof = None
        if self.class_folder is not None:
            self.class_folder.signed_in_uid = None

    # -- answers ---------------------------------------------------------------------------
    def answer_question(self, lesson: Lesson, quiz: Quiz, question: Question, response: Response) -> QuestionResult:
        """Score one answer and store it in a single transaction."""
        from literacy_app.learning.scoring import score_question

        profile = self._require_profile()
        result = score_question(question, response)
        # whether this answer finishes the attempt is decided inside the write's transaction, from the open
        # attempt's answers: a finished attempt never counts, and a write kept waiting counts when it lands
        self._write(partial(
            self.records.record_answer, profile.id, lesson.id, quiz.id, "quiz",
            AnswerRecord(question.id, result.response, result.correct, result.score, result.max_score),
            quiz.max_points, statements=self.xapi.for_answer(profile.uid, lesson, quiz, question, result),
            completes_with=[q.id for q in quiz.questions],
        ))
        return result

    def submit_test(self, lesson: Lesson, quiz: Quiz, responses: dict[str, Response]) -> dict[str, QuestionResult]:
        """A quiz in test mode: every answer scored and stored in one transaction that finishes the attempt."""
        from literacy_app.learning.scoring import score_question

        profile = self._require_profile()
        results = [(q, score_question(q, responses[q.id])) for q in quiz.questions if q.id in responses]
        answers = [AnswerRecord(q.id, r.response, r.correct, r.score, r.max_score) for q, r in results]
        self._write(partial(
            self.records.record_answers, profile.id, lesson.id, quiz.id, "quiz", answers, quiz.max_points,
            finishes=True, statements=self.xapi.for_test(profile.uid, lesson, quiz, results),
        ))
        return {q.id: r for q, r in results}

    def feedback_released(self, lesson: Lesson, quiz: Quiz) -> bool:
        """Whether the learner may see a test's answers now: right away (practice), once submitted
        (after-submit), or once the module's post-test is done (after-course: a pre-test must not teach
        its own answers)."""
        if quiz.mode != "test" or quiz.feedback == "immediate":
            return True
        state = self.quiz_state(lesson, quiz)
        submitted = state.attempt is not None and state.attempt.finished_at is not None
        if quiz.feedback == "after-submit":
            return submitted
        from literacy_app.content.model import Quiz  # not at the top: this module loads before any lesson body

        post = next((other for other in self.library.lessons
                     if other.module == lesson.module and other.assessment == "post" and other.id != lesson.id), None)
        if post is None:
            return submitted  # no post-test to wait for
        profile = self._require_profile()
        if self.records.progress(profile.id).get(post.id, {}).get("completed_at"):
            return submitted
        return submitted and any(
            (attempt := self.records.latest_attempt(profile.id, post.id, block.id)) is not None
            and attempt.finished_at is not None
            for block in post.blocks(Quiz))

    def answer_item(self, lesson: Lesson, quiz: Quiz, item_id: str, response: Response) -> QuestionResult:
        """answer_question, with the question named by its id (the demo class answers this way)."""
        question = next((q for q in quiz.questions if q.id == item_id), None)
        if question is None:
            raise KeyError(f"quiz '{quiz.id}' has no question '{item_id}'")
        return self.answer_question(lesson, quiz, question, response)

    def quiz_state(self, lesson: Lesson, quiz: Quiz) -> QuizState:
        profile = self._require_profile()
        attempt = self.records.open_attempt(profile.id, lesson.id, quiz.id)
        if attempt is None:
            attempt = self.records.latest_attempt(profile.id, lesson.id, quiz.id)
        answers = {a.question_id: a for a in self.records.answers(attempt.id)} if attempt else {}
        finished = self.records.finished_attempt_count(profile.id, lesson.id, quiz.id)
        return QuizState(attempt, answers, finished, quiz.attempts)

    def finish_scenario(self, lesson: Lesson, scenario: Scenario, path: list[str], choices: list[str],
                        started_at: str) -> ScenarioResult:
        from literacy_app.learning.scoring import score_scenario

        profile = self._require_profile()
        result = score_scenario(scenario, path)
        self._write(partial(
            self.records.record_scenario_run, profile.id, lesson.id, scenario.id, path, choices, result.ending.id,
            result.ending.ending or "", result.score, result.max_score, started_at,
            statements=self.xapi.for_scenario(profile.uid, lesson, scenario, result),
        ))
        return result

    def scenario_runs(self, lesson: Lesson, scenario: Scenario) -> list[dict[str, Any]]:
        return self.records.scenario_runs(self._require_profile().id, lesson.id, scenario.id)

    def submit(self, lesson: Lesson, block: Block, response: Response) -> Submission:
        """Score a block answered as a whole (a feed, a poll); its items are stored in one transaction that
        finishes the attempt, so a crash never leaves half a submission behind."""
        from literacy_app.content.blocks import type_of
        from literacy_app.learning.scoring import max_score, score_block

        profile = self._require_profile()
        submission = score_block(block, response)
        answers = [AnswerRecord(item.item_id, item.response, item.correct, item.score, item.max_score)
                   for item in submission.items]
        kind = type_of(block)
        self._write(partial(self.records.record_answers, profile.id, lesson.id, block.id,
                            kind.name if kind else "block", answers, max_score(block), finishes=True,
                            statements=self.xapi.for_submission(profile.uid, lesson, block, submission)))
        return submission

    def last_submission(self, lesson: Lesson, block: Block) -> dict[str, dict[str, Any]] | None:
        """item id -> stored response of the learner's last finished submission of a block, or None."""
        profile = self._require_profile()
        attempt = self.records.latest_attempt(profile.id, lesson.id, block.id)
        if attempt is None or attempt.finished_at is None:
            return None
        return {a.question_id: a.response for a in self.records.answers(attempt.id)}

    def submit_feed(self, lesson: Lesson, feed: Feed, tags: dict[str, list[str]]) -> list[PostResult]:
        """Score every post; each post's tags are one answer, all stored together and finishing the attempt."""
        return list(self.submit(lesson, feed, tags).details)

    def feed_submission(self, lesson: Lesson, feed: Feed) -> dict[str, list[str]] | None:
        """The tags of the learner's last finished feed attempt (post id -> cues), or None."""
        last = self.last_submission(lesson, feed)
        return None if last is None else {post_id: list(r.get("tags", [])) for post_id, r in last.items()}

    def save_reflection(self, lesson: Lesson, block_id: str, text: str) -> None:
        profile = self._require_profile()
        keep_out_of_log(text)  # a learner's own words never end up in the log file
        self._write(partial(self.records.save_reflection, profile.id, lesson.id, block_id, text,
                            statements=[self.xapi.reflection_written(profile.uid, lesson, block_id, text)]))
        self._written.add((lesson.id, block_id))

    def reflection(self, lesson: Lesson, block_id: str) -> str | None:
        """The stored text, whoever sits at the PC: for counting what is done. Show `visible_reflection`."""
        return self.records.reflection(self._require_profile().id, lesson.id, block_id)

    def visible_reflection(self, lesson: Lesson, block_id: str) -> str | None:
        """The reflection's text if the person at the PC may read it again: they wrote it in this session, or
        they signed in and it was saved since they chose their secret. Otherwise None (see reflection_written_at)."""
        profile = self._require_profile()
        saved = self.records.reflection_saved(profile.id, lesson.id, block_id)
        if saved is None:
            return None
        text, saved_at = saved
        if (lesson.id, block_id) in self._written:
            return text
        if self._proof is not None and self._proof[0] == profile.uid and saved_at >= self._proof[1]:
            return text
        return None

    def reflection_written_at(self, lesson: Lesson, block_id: str) -> str | None:
        """When a reflection the person at the PC may not read was saved (ISO time), or None."""
        profile = self._require_profile()
        saved = self.records.reflection_saved(profile.id, lesson.id, block_id)
        if saved is None or self.visible_reflection(lesson, block_id) is not None:
            return None
        return saved[1]

    # -- where the learner is --------------------------------------------------------------
    def set_position(self, lesson: Lesson, step: int) -> None:
        self._write(partial(self.records.set_progress, self._require_profile().id, lesson.id, step, lesson.step_count))

    def complete_lesson(self, lesson: Lesson) -> None:
        profile = self._require_profile()
        self._write(partial(self.records.complete_lesson, profile.id, lesson.id, lesson.step_count,
                            statements=[self.xapi.lesson_completed(profile.uid, lesson)]))

    def resume_point(self) -> tuple[Lesson, int] | None:
        """The lesson and step the learner was last on, if it still exists."""
        profile = self._require_profile()
        lesson_id = self.records.last_lesson(profile.id)
        lesson = self.library.lesson(lesson_id) if lesson_id else None
        if lesson is None:
            return None
        return lesson, self.step_of(lesson)

    def step_of(self, lesson: Lesson) -> int:
        step = int(self.records.progress(self._require_profile().id).get(lesson.id, {}).get("step", 0))
        return min(step, max(lesson.step_count - 1, 0))

    def lesson_status(self) -> dict[str, str]:
        """lesson id -> 'done' or 'started' for the current learner."""
        progress = self.records.progress(self._require_profile().id)
        return {lesson_id: ("done" if row["completed_at"] else "started") for lesson_id, row in progress.items()}

    # -- writes the disk refused -----------------------------------------------------------
    def remember(self, key: str, value: str) -> None:
        """Store an app setting (window size, text size, theme) the same safe way as answers: a full or locked
        disk keeps it in memory instead of raising."""
        self._settings[key] = value
        self._write(partial(self.records.set_state, key, value), work=False)

    def setting(self, key: str) -> str | None:
        """An app setting stored with remember(); one waiting in memory counts too."""
        if key in self._settings:
            return self._settings[key]
        try:
            return self.records.state(key)
        except sqlite3.OperationalError:
            return None

    def keep(self, action: Callable[[], object]) -> None:
        """Run another service's write for this learner (a review answer, time spent) through the same
        pending-write path as answers."""
        self._write(action)

    @property
    def pending_count(self) -> int:
        """How many writes wait in memory because the disk refused them."""
        return len(self._pending)

    def hold_writes(self) -> None:
        """Keep writes in memory, in order, until release_writes(). A start's writes (the learner's last visit,
        the step opened) wait until the first lesson is on screen: on a spinning disk each commit costs tens of
        milliseconds."""
        self._holding = True

    def release_writes(self) -> None:
        """Write what was held, each with the time it was made; writes go to the disk at once again."""
        if not self._holding:
            return
        work, self._holding, self._held_work = self._held_work, False, False
        if self.flush_pending() and work:
            self.on_work_saved()

    def _write(self, action: Callable[[], object], work: bool = True) -> None:
        """Run one write; if the disk refuses it, keep it in memory (in order) and say so in plain words.
        `work`: the learner's work (shared with the class), as opposed to a view setting."""
        self._pending.append((datetime.fromisoformat(now_iso()), action))
        if self._holding:
            self._held_work = self._held_work or work
            return
        if self.flush_pending() and work:
            self.on_work_saved()

    def flush_pending(self) -> bool:
        """Try the waiting writes again, oldest first, each stamped with the time it was made."""
        while self._pending:
            moment, action = self._pending[0]
            try:
                with clock(partial(_fixed, moment)):
                    action()
            except sqlite3.OperationalError as exc:
                self._storage_trouble = True
                self.on_storage_problem(storage_problem_message(exc, len(self._pending)))
                return False
            self._pending.pop(0)
        if self._storage_trouble:
            self._storage_trouble = False
            self.on_storage_problem("")
        return True


def _fixed(moment: datetime) -> datetime:
    return moment


def storage_problem_message(exc: sqlite3.OperationalError, waiting: int) -> str:
    """Why saving failed, in words a learner understands, and what happens next."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        reason = "The folder where results are saved is read-only."
    elif "full" in text:
        reason = "The disk where results are saved is full."
    elif "locked" in text or "busy" in text:
        reason = "Another copy of Media Literacy Lab is saving to the same results."
    else:
        reason = "Your results could not be saved just now."
    return (f"{reason} {waiting} answer(s) are kept in memory and will be saved as soon as possible. "
            "Please keep the app open.")
