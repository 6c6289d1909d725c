"""A simulated class, for trying the teacher view, for tests and for benchmarks.

Every answer goes through the same Session methods a learner's clicks use; only the clock is simulated,
so the work is spread over the past weeks. The same seed always gives the same class. What a learner
answers in each block comes from the block type's `demo` entry, so a new block type simulates itself.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from literacy_app.clock import clock, now_iso
from literacy_app.content.blocks import type_of
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson
from literacy_app.learning.demo import SimulatedLearner, class_names
from literacy_app.services.session import AVATAR_CHOICES, Session
from literacy_app.store.db import Database
from literacy_app.store.records import Records


class _Simulation:
    def __init__(self, session: Session, rng: random.Random, attempts: int, start: datetime) -> None:
        self.session = session
        self.rng = rng
        self.attempts = max(1, attempts)
        self.now = start

    def current_time(self) -> datetime:
        return self.now

    def tick(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)

    def block(self, learner: SimulatedLearner, lesson: Lesson, block: Any, boost: float) -> None:
        kind = type_of(block)
        if kind is None or kind.demo is None:
            return
        if kind.answers == "text":
            if self.rng.random() < 0.85:
                self.session.save_reflection(lesson, block.id, kind.demo(block, learner))
                self.tick(self.rng.uniform(2, 6))
            return
        for attempt in range(learner.retries(getattr(block, "attempts", None), self.attempts)):
            learner.boost = boost + 0.12 * attempt  # a second try goes better
            started_at = now_iso()
            response = kind.demo(block, learner)
            if kind.answers == "per-item":
                for item_id, answer in response.items():
                    self.session.answer_item(lesson, block, item_id, answer)
                    self.tick(self.rng.uniform(0.3, 2.5))
            elif kind.answers == "run":
                self.tick(self.rng.uniform(0.3, 1.5) * len(response["path"]))
                self.session.finish_scenario(lesson, block, response["path"], response["choices"], started_at)
            else:
                self.tick(self.rng.uniform(0.2, 1.0) * 5)
                self.session.submit(lesson, block, response)

    def lesson(self, learner: SimulatedLearner, lesson: Lesson, boost: float, finishes: bool) -> None:
        steps = len(lesson.steps)
        stop = steps if finishes else self.rng.randrange(1, max(steps, 2))
        for index, step in enumerate(lesson.steps[:stop]):
            self.session.set_position(lesson, index)
            self.tick(self.rng.uniform(1, 4))
            for item in step.items:
                self.block(learner, lesson, item, boost)
        if finishes:
            self.session.complete_lesson(lesson)


def simulate_class(db: Database, library: Library, students: int, seed: int = 1, attempts: int = 3,
                   end: datetime | None = None, same_learners: bool = False) -> None:
    """Add `students` learners who work through the library's lessons over the three weeks before `end`
    (default: now), with varied ability, up to `attempts` attempts per graded block, scenario paths,
    feed tags and reflections. Deterministic for a seed (and `end`).

    With `same_learners`, a learner has the same uid on every PC simulated with the same seed: the PCs of
    one class, whose learners moved between them."""
    rng = random.Random(seed)
    records = Records(db)
    session = Session(records, library)
    lessons = list(library.lessons)
    end = end or datetime.now(timezone.utc).replace(microsecond=0)
    course_start = end - timedelta(days=21)
    gap_minutes = 18 * 24 * 60 / max(len(lessons), 1)  # the course fits in the three weeks
    db.conn.execute("PRAGMA synchronous=OFF")  # simulated data: no need to wait for the disk on every answer
    try:
        for number, name in enumerate(class_names(students, rng)):
            learner = SimulatedLearner(rng, ability=rng.betavariate(5, 3), persistence=rng.uniform(0.15, 0.75))
            avatar = rng.choice(AVATAR_CHOICES) if rng.random() < 0.5 else ""
            student_id = f"S{1001 + number}" if rng.random() < 0.9 else ""
            simulation = _Simulation(session, rng, attempts, course_start + timedelta(hours=rng.uniform(8, 60)))
            with clock(simulation.current_time):
                uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-learner:{seed}:{number}")) if same_learners else ""
                profile = records.add_profile(name, avatar=avatar, student_id=student_id, uid=uid)
                session.choose_profile(profile)
                reach = len(lessons) if rng.random() < 0.7 else rng.randrange(1, len(lessons) + 1)
                for position, lesson in enumerate(lessons[:reach]):
                    # learners grow through the course; a post-test shows it most
                    boost = 0.03 * position + (0.2 if lesson.assessment == "post" else 0.0)
                    last = position == reach - 1 and reach < len(lessons)
                    simulation.lesson(learner, lesson, boost, finishes=not last or rng.random() < 0.5)
                    simulation.tick(rng.uniform(0.5, 1.0) * gap_minutes)  # the next lesson on a later day
            session.sign_out()
    finally:
        db.conn.execute("PRAGMA synchronous=FULL")
