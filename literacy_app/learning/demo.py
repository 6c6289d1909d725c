"""A simulated class, for trying the teacher view, for tests and for benchmarks.

Every answer goes through the same Session methods a learner's clicks use; only the clock is simulated,
so the work is spread over the past weeks. The same seed always gives the same class.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from literacy_app.content.library import Library
from literacy_app.content.model import Feed, Lesson, Question, Quiz, Reflection, Scenario
from literacy_app.session import Session
from literacy_app.store.classroom import AVATAR_CHOICES
from literacy_app.store.db import Database, clock, now_iso
from literacy_app.store.records import Records

FIRST_NAMES = [
    "Amélie", "Jonas", "Zoë", "Mateo", "Aïcha", "Liam", "Sofia", "Noah", "Chloé", "Yusuf", "Emma", "Björn",
    "Priya", "Lucas", "Mia", "Kenji", "Léa", "Omar", "Hannah", "José", "Ngozi", "Finn", "Ines", "Mehmet",
    "Olivia", "Søren", "Fatima", "Elias", "Maja", "Diego", "Nora", "Tomasz", "Ava", "Kofi", "Greta", "Ravi",
    "Elif", "Milan", "Lena", "Hugo",
]
LAST_NAMES = [
    "Dubois", "Schmidt", "Müller", "García", "Benali", "O'Brien", "Rossi", "Kowalski", "Martin", "Yilmaz",
    "Novak", "Larsson", "Sharma", "Fernández", "Nguyen", "Tanaka", "Moreau", "Haddad", "Weber", "Álvarez",
    "Okafor", "Jensen", "Silva", "Demir", "Brown", "Nielsen", "Rahman", "Fischer", "Horvat", "López",
    "Berg", "Nowak", "Wilson", "Mensah", "Lindqvist", "Patel", "Kaya", "Popescu", "Wagner", "Lambert",
]
REFLECTIONS = [
    "I follow a streamer every day and I realised I feel like I know her, but she does not know me at all.",
    "Next time I see a discount code I will look for #ad before I buy anything.",
    "I think the algorithm shows me the same creators again and again, so they feel like friends.",
    "It is fine to enjoy a creator's videos, but I should remember it is also their job.",
    "My little brother watches toy unboxing videos and now I understand why he wants everything.",
    "I did not know that 'link in bio' can earn the creator money. I will check that now.",
    "Sometimes I feel left out when I miss a live stream. I want to turn off some notifications.",
    "A virtual influencer is made by a company, so its 'feelings' are really marketing.",
]


def _names(count: int, rng: random.Random) -> list[str]:
    pairs = [(f, last) for f, last in zip(FIRST_NAMES, LAST_NAMES, strict=False)]
    rng.shuffle(pairs)
    names = [f"{first} {last}" for first, last in pairs]
    while len(names) < count:  # bigger classes: more combinations, still unique
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in names:
            names.append(name)
    return names[:count]


class _Learner:
    """One simulated learner: an ability that grows through the course, and a habit of retrying."""

    def __init__(self, rng: random.Random, ability: float, persistence: float) -> None:
        self.rng = rng
        self.ability = ability
        self.persistence = persistence

    def knows(self, difficulty: float, boost: float) -> bool:
        return self.rng.random() < min(0.98, max(0.05, self.ability - difficulty + boost))

    def response(self, question: Question, correct: bool, distractors: list[int]):
        """A response of the right shape: right when `correct`, else a plausible mistake."""
        rng, kind, choices = self.rng, question.kind, question.choices
        right = [i for i, c in enumerate(choices) if c.correct]
        wrong = [i for i, c in enumerate(choices) if not c.correct]
        if kind in ("single", "true-false"):
            if correct or not wrong:
                return right[:1]
            return [rng.choices(distractors, weights=[4] + [1] * (len(distractors) - 1))[0]]
        if kind == "multiple":
            if correct or not (wrong or len(right) > 1):
                return right
            picked = [i for i in right if rng.random() < 0.6] + ([distractors[0]] if wrong else [])
            return sorted(set(picked)) if set(picked) != set(right) else right[:-1]
        if kind == "short":
            accepted = [c.text for c in choices if c.correct]
            if correct and accepted:
                return rng.choice(accepted)
            mistakes = [c.text for c in choices if not c.correct] or ["I am not sure"]
            return mistakes[0] if rng.random() < 0.6 else rng.choice(mistakes)
        if kind == "order":
            order = list(range(len(choices)))
            if not correct and len(order) > 1:
                position = rng.randrange(len(order) - 1)
                order[position], order[position + 1] = order[position + 1], order[position]
            return order
        if kind == "match":
            rights = [right_text for _, right_text in question.pairs]
            if not correct and len(rights) > 1:
                rights[0], rights[1] = rights[1], rights[0]
            return rights
        raise ValueError(f"unknown question type {kind!r}")


class _Simulation:
    def __init__(self, session: Session, rng: random.Random, attempts: int, start: datetime) -> None:
        self.session = session
        self.rng = rng
        self.attempts = max(1, attempts)
        self.now = start
        self.difficulty: dict[str, float] = {}
        self.distractors: dict[str, list[int]] = {}

    def tick(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)

    def _difficulty(self, key: str) -> float:
        if key not in self.difficulty:
            self.difficulty[key] = self.rng.uniform(-0.25, 0.3)
        return self.difficulty[key]

    def _distractors(self, question: Question) -> list[int]:
        if question.id not in self.distractors:
            wrong = [i for i, c in enumerate(question.choices) if not c.correct]
            self.rng.shuffle(wrong)
            self.distractors[question.id] = wrong
        return self.distractors[question.id]

    def _retries(self, learner: _Learner, limit: int | None) -> int:
        allowed = min(self.attempts, limit) if limit else self.attempts
        count = 1
        while count < allowed and learner.rng.random() < learner.persistence:
            count += 1
        return count

    def quiz(self, learner: _Learner, lesson: Lesson, quiz: Quiz, boost: float) -> None:
        for attempt in range(self._retries(learner, quiz.attempts)):
            for question in quiz.questions:
                knows = learner.knows(self._difficulty(question.id), boost + 0.12 * attempt)
                response = learner.response(question, knows, self._distractors(question))
                self.session.answer_question(lesson, quiz, question, response)
                self.tick(self.rng.uniform(0.3, 2.5))

    def scenario(self, learner: _Learner, lesson: Lesson, scenario: Scenario, boost: float) -> None:
        for attempt in range(self._retries(learner, None)):
            started_at = now_iso()
            path, picked, score = [scenario.start], [], 0
            node = scenario.node(scenario.start)
            while node is not None and not node.is_ending and len(path) < 40:
                options = [c for c in node.choices if c.available(score)]
                if not options:
                    break
                best = max(options, key=lambda c: c.delta)
                choice = best if learner.knows(0.1, boost + 0.1 * attempt) else self.rng.choice(options)
                picked.append(choice.text)
                score += choice.delta
                path.append(choice.target)
                node = scenario.node(choice.target)
                self.tick(self.rng.uniform(0.3, 1.5))
            if node is not None and node.is_ending:
                self.session.finish_scenario(lesson, scenario, path, picked, started_at)

    def feed(self, learner: _Learner, lesson: Lesson, feed: Feed, boost: float) -> None:
        for attempt in range(self._retries(learner, None)):
            tags: dict[str, list[str]] = {}
            for post in feed.posts:
                chosen = [cue for cue in post.cues if learner.knows(self._difficulty(post.id), boost + 0.1 * attempt)]
                others = [cue for cue in feed.cues if cue not in post.cues]
                if others and self.rng.random() < 0.35 * (1 - learner.ability):
                    chosen.append(self.rng.choice(others))
                tags[post.id] = chosen
                self.tick(self.rng.uniform(0.2, 1.0))
            self.session.submit_feed(lesson, feed, tags)

    def reflection(self, lesson: Lesson, reflection: Reflection) -> None:
        text = self.rng.choice(REFLECTIONS)
        while len(text) < reflection.min_length:
            text += " " + self.rng.choice(REFLECTIONS)
        self.session.save_reflection(lesson, reflection.id, text)
        self.tick(self.rng.uniform(2, 6))

    def lesson(self, learner: _Learner, lesson: Lesson, boost: float, finishes: bool) -> None:
        steps = len(lesson.steps)
        stop = steps if finishes else self.rng.randrange(1, max(steps, 2))
        for index, step in enumerate(lesson.steps[:stop]):
            self.session.set_position(lesson, index)
            self.tick(self.rng.uniform(1, 4))
            for item in step.items:
                if isinstance(item, Quiz):
                    self.quiz(learner, lesson, item, boost)
                elif isinstance(item, Scenario):
                    self.scenario(learner, lesson, item, boost)
                elif isinstance(item, Feed):
                    self.feed(learner, lesson, item, boost)
                elif isinstance(item, Reflection) and self.rng.random() < 0.85:
                    self.reflection(lesson, item)
        if finishes:
            self.session.complete_lesson(lesson)


def simulate_class(db: Database, library: Library, students: int, seed: int = 1, attempts: int = 3,
                   end: datetime | None = None) -> None:
    """Add `students` learners who work through the library's lessons over the three weeks before `end`
    (default: now), with varied ability, up to `attempts` attempts per graded block, scenario paths,
    feed tags and reflections. Deterministic for a seed (and `end`)."""
    rng = random.Random(seed)
    records = Records(db)
    session = Session(records, library)
    lessons = list(library.lessons)
    end = end or datetime.now(timezone.utc).replace(microsecond=0)
    course_start = end - timedelta(days=21)
    gap_minutes = 18 * 24 * 60 / max(len(lessons), 1)  # the course fits in the three weeks
    db.conn.execute("PRAGMA synchronous=OFF")  # simulated data: no need to wait for the disk on every answer
    try:
        for number, name in enumerate(_names(students, rng)):
            learner = _Learner(rng, ability=rng.betavariate(5, 3), persistence=rng.uniform(0.15, 0.75))
            avatar = rng.choice(AVATAR_CHOICES) if rng.random() < 0.5 else ""
            student_id = f"S{1001 + number}" if rng.random() < 0.9 else ""
            simulation = _Simulation(session, rng, attempts, course_start + timedelta(hours=rng.uniform(8, 60)))
            with clock(lambda simulation=simulation: simulation.now):
                profile = records.add_profile(name, avatar=avatar, student_id=student_id)
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
