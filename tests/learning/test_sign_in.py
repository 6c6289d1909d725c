"""Sign-in as the school chooses, and private reflections, on a real SQLite file (no Qt, no sleeping)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from literacy_app.clock import clock
from literacy_app.content.library import load_library
from literacy_app.learning.learner_secret import secret_text
from literacy_app.services.session import Session
from literacy_app.services.sign_in import SignInService
from literacy_app.store.db import open_database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def lab(data_dir: Path):
    db, _ = open_database(data_dir)
    session = Session(Records(db), load_library([FIXTURE_COURSE]))
    yield session, db
    db.close()


def test_the_config_file_wins_over_the_teacher_and_the_default_is_none(lab) -> None:
    session, _db = lab
    assert SignInService(session).mode == "none"
    teacher_choice = SignInService(session)
    teacher_choice.set_mode("picture")
    assert SignInService(session).mode == "picture"
    fixed = SignInService(session, configured_mode="code")
    assert fixed.mode == "code" and not fixed.can_change
    with pytest.raises(PermissionError):
        fixed.set_mode("none")
    with pytest.raises(ValueError):
        teacher_choice.set_mode("password")


def test_pictures_are_chosen_once_then_checked_in_any_order(lab) -> None:
    session, _db = lab
    time = FakeTime()
    sign_in = SignInService(session, "picture", clock=time)
    ana = session.profile_named("Ana")
    assert sign_in.needed(ana) == "choose"
    assert sign_in.choose(ana, [3]).problem == "Pick 2 pictures."
    assert sign_in.choose(ana, [3, 9]).problem == "Pick pictures from the grid."
    assert sign_in.choose(ana, [7, 2]).accepted and session.proven(ana.uid)
    session.sign_out()
    assert not session.proven(ana.uid) and sign_in.needed(ana) == "check"
    assert not sign_in.choose(ana, [0, 1]).accepted  # a second learner cannot choose over it
    assert sign_in.check(ana, [2, 7]).accepted  # the order they are picked in does not matter


def test_a_wrong_code_is_refused_and_each_wrong_try_doubles_the_wait_even_after_a_restart(lab) -> None:
    session, db = lab
    time = FakeTime()
    sign_in = SignInService(session, "code", clock=time)
    ana = session.profile_named("Ana")
    assert sign_in.choose(ana, "12").problem == "Use 4 to 6 digits."
    assert sign_in.choose(ana, "12a4").problem == "Use digits only."
    assert sign_in.choose(ana, "4821").accepted
    session.sign_out()
    waits = []
    for _ in range(4):
        verdict = sign_in.check(ana, "4822")
        assert not verdict.accepted and verdict.checked
        waits.append(verdict.wait_seconds)
        refused = SignInService(session, "code", clock=time).check(ana, "4821")  # even the right code waits
        assert not refused.accepted and not refused.checked
        time.now += verdict.wait_seconds
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert SignInService(session, "code", clock=time).check(ana, "48211").wait_seconds == 16.0  # kept in the file
    time.now += 16
    assert sign_in.check(ana, "4821").accepted
    assert sign_in.secrets.get(ana.id).failures == 0
    stored = db.scalar("SELECT hash FROM learner_secrets")
    assert stored.startswith("scrypt$n=16384,r=8,p=5$") and "4821" not in stored
    assert b"4821" not in (Path(db.path).read_bytes())
    assert not SignInService(session, "picture", clock=time).check(ana, [1, 2]).accepted  # another mode


def test_forgot_my_code_lets_the_learner_choose_again_and_keeps_their_reflections_readable(lab) -> None:
    session, _db = lab
    sign_in = SignInService(session, "code", clock=FakeTime())
    lesson = session.library.lesson("fixture-basics")
    ana = session.profile_named("Ana")
    with clock(lambda: datetime(2026, 3, 2, 9, tzinfo=timezone.utc)):
        assert sign_in.choose(ana, "1111").accepted
    session.choose_profile(ana)
    with clock(lambda: datetime(2026, 3, 2, 10, tzinfo=timezone.utc)):
        session.save_reflection(lesson, "thoughts", "Only mine to read again.")
    session.sign_out()
    assert sign_in.reset(ana.id) and sign_in.needed(ana) == "choose"
    assert sign_in.choose(ana, "2222").accepted  # the teacher vouched: the learner's earlier words stay theirs
    session.choose_profile(ana)
    assert session.visible_reflection(lesson, "thoughts") == "Only mine to read again."


def test_with_no_sign_in_a_reflection_is_readable_only_in_the_session_that_wrote_it(lab) -> None:
    session, _db = lab
    lesson = session.library.lesson("fixture-basics")
    ana = session.profile_named("Ana")
    session.choose_profile(ana)
    assert session.visible_reflection(lesson, "thoughts") is None and session.reflection_written_at(
        lesson, "thoughts") is None
    session.save_reflection(lesson, "thoughts", "I watch her every night.")
    assert session.visible_reflection(lesson, "thoughts") == "I watch her every night."
    session.sign_out()
    session.choose_profile(ana)  # whoever picks the tile next
    assert session.visible_reflection(lesson, "thoughts") is None
    written = session.reflection_written_at(lesson, "thoughts")
    assert written is not None and datetime.fromisoformat(written) > datetime.now(timezone.utc) - timedelta(hours=1)
    assert session.reflection(lesson, "thoughts") == "I watch her every night."  # stored, still counts as done


def test_a_signed_in_learner_reads_only_what_was_saved_since_they_chose_their_secret(lab) -> None:
    session, _db = lab
    sign_in = SignInService(session, "picture", clock=FakeTime())
    lesson = session.library.lesson("fixture-basics")
    ana = session.profile_named("Ana")
    session.choose_profile(ana)
    with clock(lambda: datetime(2026, 3, 1, tzinfo=timezone.utc)):
        session.save_reflection(lesson, "before", "Written while anyone could pick the tile.")
    session.sign_out()
    with clock(lambda: datetime(2026, 3, 2, tzinfo=timezone.utc)):
        assert sign_in.choose(ana, [0, 8]).accepted
    session.choose_profile(ana)
    with clock(lambda: datetime(2026, 3, 3, tzinfo=timezone.utc)):
        session.save_reflection(lesson, "after", "Written after choosing the pictures.")
    session.sign_out()
    assert sign_in.check(ana, [8, 0]).accepted
    session.choose_profile(ana)
    assert session.visible_reflection(lesson, "after") == "Written after choosing the pictures."
    # whoever chose the pictures first may not be the author of what was written before
    assert session.visible_reflection(lesson, "before") is None
    assert session.reflection_written_at(lesson, "before") == "2026-03-01T00:00:00+00:00"
    ben = session.profile_named("Ben")
    session.choose_profile(ben)  # the proof was Ana's, not Ben's
    assert not session.proven(ben.uid)


def test_the_secret_text_names_its_kind() -> None:
    assert secret_text("picture", [5, 1]) == secret_text("picture", (1, 5)) == "picture:1,5"
    assert secret_text("code", "0042") == "code:0042"
    with pytest.raises(ValueError):
        secret_text("code", [1, 2])


def test_sign_in_idle_and_retention_come_from_literacy_app_ini(tmp_path: Path, monkeypatch) -> None:
    from literacy_app import config, resources

    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.setattr(resources, "executable_dir", lambda: program)
    assert (config.resolve_settings().sign_in, config.resolve_settings().keep_months) == ("", None)
    (program / config.CONFIG_NAME).write_text(
        "[learners]\nsign_in = Picture\nidle_minutes = 5\n[privacy]\nkeep_months = 24\n", encoding="utf-8")
    settings = config.resolve_settings()
    assert (settings.sign_in, settings.idle_minutes, settings.keep_months) == ("picture", 5.0, 24)
    assert settings.sources["sign_in"] == "config beside the executable"
    (program / config.CONFIG_NAME).write_text("[learners]\nsign_in = passwords\n[privacy]\nkeep_months = soon\n",
                                              encoding="utf-8")
    settings = config.resolve_settings()  # a typo keeps the defaults: the teacher view decides the mode
    assert (settings.sign_in, settings.keep_months) == ("", None)
