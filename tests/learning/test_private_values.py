"""The teacher PIN (and wrong guesses) and reflections never reach the log file or the exports."""

from __future__ import annotations

import json
import sys

from literacy_app.content.library import load_library
from literacy_app.learning.teacher_pin import PinGuard
from literacy_app.logs import log_unexpected, setup_logging
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.export import archive_json, attempts_csv, gradebook_csv
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE

PIN, GUESS = "482913", "482919"


def test_pin_guesses_and_reflections_are_hidden_in_the_log(data_dir):
    log_path = setup_logging(data_dir)
    db, _ = open_database(data_dir)
    records = Records(db)
    guard = PinGuard(records)
    guard.set_pin(PIN)
    assert not guard.check(GUESS).accepted
    library = load_library([FIXTURE_COURSE])
    session = Session(records, library)
    session.choose_profile(session.profile_named("Rae"))
    secret_words = "My mum does not know I watch him every night"
    session.save_reflection(library.lessons[0], "why", secret_words)
    try:
        raise ValueError(f"failed while checking {PIN} / {GUESS}: {secret_words}")
    except ValueError:
        summary = log_unexpected(*sys.exc_info())
    text = log_path.read_text(encoding="utf-8")
    assert "unexpected error ValueError" in text  # the error itself is logged...
    for private in (PIN, GUESS, secret_words):  # ...without the private values
        assert private not in text and private not in summary
    assert "[hidden]" in text


def test_exports_hold_neither_the_pin_nor_its_hash(data_dir):
    db, _ = open_database(data_dir)
    records = Records(db)
    PinGuard(records).set_pin(PIN)
    stored_hash = PinGuard(records).stored_hash
    library = load_library([FIXTURE_COURSE])
    session = Session(records, library)
    session.choose_profile(session.profile_named("Rae"))
    lesson = library.lessons[0]
    quiz = lesson.block("check")
    session.answer_question(lesson, quiz, quiz.questions[0], [1])
    for export in (gradebook_csv(db, library), attempts_csv(db, library), archive_json(db, library)):
        assert PIN not in export and stored_hash not in export and stored_hash.split("$")[-1] not in export
    assert "Rae" in gradebook_csv(db, library)
    assert json.loads(archive_json(db, library))  # the archive is still complete, valid JSON
