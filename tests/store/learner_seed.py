"""A data folder where one learner has a row in every table that can hold learner data, written through the
app's own code paths (Session, Classroom, LearnerService, sign-in), beside a second learner who must be left
alone. Used by the export, erase and kill-harness tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from literacy_app.clock import clock
from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz, Scenario
from literacy_app.learning.xapi import StatementBuilder
from literacy_app.services.learner import LearnerService
from literacy_app.services.session import Session
from literacy_app.services.sign_in import SignInService
from literacy_app.store.classroom import Classroom
from literacy_app.store.db import Database, open_database
from literacy_app.store.outbox import Outbox
from literacy_app.store.records import Profile, Records
from tests.conftest import FIXTURE_COURSE

# a phrase no other part of the app writes: if any byte of it is left in the file after an erase, it leaked
SECRET_PHRASE = "zebra-lantern-quietly-47 my cousin's channel makes me feel less alone"
SECOND_PHRASE = "Ben writes about the radio host he likes"
START = datetime(2026, 1, 12, 9, 0, tzinfo=timezone.utc)


def _moment(minutes: int):
    return clock(lambda: START + timedelta(minutes=minutes))


def fill_learner(session: Session, profile: Profile, phrase: str, data_dir: Path) -> None:
    """Every kind of work for one learner, each through the code that writes it in the app."""
    lesson = session.library.lesson("fixture-basics")
    quiz = next(iter(lesson.blocks(Quiz)))
    scenario = next(iter(lesson.blocks(Scenario)))
    with _moment(0):
        session.choose_profile(profile)
        session.set_position(lesson, 1)
        session.answer_item(lesson, quiz, "q-which", [0])  # wrong: comes back for review
        session.save_reflection(lesson, "first-thoughts", f"{phrase} (first version)")
    archive = Classroom(session.records.db).reset_lesson(profile.id, lesson.id)  # goes to reset_archive
    assert archive is not None
    with _moment(5):
        session.choose_profile(profile)
        session.set_position(lesson, 2)
        session.answer_item(lesson, quiz, "q-which", [0])
        session.answer_item(lesson, quiz, "q-sources", [0])
        session.finish_scenario(lesson, scenario, ["start", "checked", "end-skip"],
                                ["Check for an #ad label first", "Skip it"], (START + timedelta(minutes=5)).isoformat())
        session.save_reflection(lesson, "first-thoughts", phrase)
        session.complete_lesson(lesson)
    learner = LearnerService(session, "Hill School", data_dir / "certificates")
    with _moment(60 * 24 + 10):  # the next day: the mistakes are due, and one is answered in review
        deck = learner.review_deck()
        assert deck.cards, "a wrong answer comes back for review"
        learner.answer(deck.cards[0], [1])
        learner.add_time(lesson.id, 125)
    with session.records.db.transaction() as conn:
        conn.execute("INSERT INTO class_events(kind, learner_uid, lesson_id, at, pc_id) VALUES "
                     "('reset', ?, ?, ?, 'lab-1')", (profile.uid, lesson.id, START.isoformat()))
        conn.execute("INSERT INTO app_state(key, value) VALUES (?, ?)",
                     (f"class.applied:reset:{profile.uid}:{lesson.id}:{START.isoformat()}", START.isoformat()))
    outbox = Outbox(session.records.db)
    mine = [queued.row_id for queued in outbox.pending(1000)
            if queued.statement["actor"]["account"]["name"] == profile.uid]
    outbox.mark_sent(mine[:2])  # two statements the LRS already has


def seeded(data_dir: Path, mode: str = "code") -> tuple[Database, Session, Profile, Profile]:
    """Ana (with the secret phrase) and Ben, each with work in every table; the database stays open."""
    db, _notice = open_database(data_dir)
    session = Session(Records(db), load_library([FIXTURE_COURSE]), StatementBuilder())
    ana = session.profile_named("Ana")
    ben = session.profile_named("Ben")
    sign_in = SignInService(session, configured_mode=mode)
    for profile, phrase, secret in ((ben, SECOND_PHRASE, "2468"), (ana, SECRET_PHRASE, "1357")):
        fill_learner(session, profile, phrase, data_dir)
        assert sign_in.choose(profile, secret if mode == "code" else [1, 4]).accepted
        session.sign_out()
    session.remember("last_profile", str(ana.id))
    return db, session, ana, ben
