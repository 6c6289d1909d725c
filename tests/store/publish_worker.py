"""A PC that answers and publishes to a class folder in a loop, reporting each finished publish; the kill test
runs it in its own process and kills it at random moments, often in the middle of writing a snapshot."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz
from literacy_app.services.class_folder import ClassFolder
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.records import Records

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"


def main(data_dir: str, class_dir: str, seed: str) -> int:
    rng = random.Random(int(seed))
    library = load_library([FIXTURE_COURSE])
    lesson = library.lesson("fixture-basics")
    quiz = next(block for block in lesson.blocks(Quiz))
    db, _ = open_database(Path(data_dir))
    session = Session(Records(db), library)
    session.choose_profile(session.profile_named("Killed PC learner", student_id="K1"))
    folder = ClassFolder(Path(class_dir), "killed-pc", db, Path(data_dir))
    print("ready", flush=True)
    while True:
        question = rng.choice(quiz.questions)
        session.answer_question(lesson, quiz, question, [0])
        answers = db.scalar("SELECT COUNT(*) FROM answers")
        if folder.publish() is not None:
            print(f"published {answers}", flush=True)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
