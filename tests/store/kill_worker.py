"""A learner who never stops answering: the process the kill harness shoots.

    python -m tests.store.kill_worker DATA_DIR SEED

Uses the real Session and Records on a real SQLite file. After every answer that has been
committed it prints `committed <answer id> <attempt uid> <question id>` and flushes, so the
harness knows exactly which answers the process believed were safe when it was killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.records import Records

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"


def main(data_dir: str, seed: str) -> int:
    rng = random.Random(int(seed))
    library = load_library([FIXTURE_COURSE])
    lesson = library.lesson("fixture-basics")
    quiz = next(block for block in lesson.blocks(Quiz))
    db, _notice = open_database(Path(data_dir))
    records = Records(db)
    session = Session(records, library)
    session.choose_profile(session.profile_named(f"Learner {rng.randint(1, 3)}"))
    print("ready", flush=True)
    while True:
        state = session.quiz_state(lesson, quiz)
        open_attempt = state.attempt if state.attempt and state.attempt.finished_at is None else None
        remaining = [q for q in quiz.questions if open_attempt is None or q.id not in state.answers]
        if not remaining:  # another copy answered the last question between the two reads of quiz_state
            continue
        question = rng.choice(remaining)
        picks = rng.sample(range(len(question.choices)), k=rng.randint(1, len(question.choices)))
        session.answer_question(lesson, quiz, question, picks if question.kind == "multiple" else picks[:1])
        row = db.query_one(
            "SELECT n.id, a.uid, n.question_id FROM answers n JOIN attempts a ON a.id = n.attempt_id "
            "ORDER BY n.id DESC LIMIT 1"
        )
        print(f"committed {row[0]} {row[1]} {row[2]}", flush=True)
        if rng.random() < 0.2:
            session.save_reflection(lesson, "kill-notes", f"note {row[0]}")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
