-- Classroom: indexes for the teacher dashboard and exports, and a place where reset work is kept.
CREATE INDEX attempts_by_lesson ON attempts(lesson_id, block_id, profile_id);
CREATE INDEX attempts_by_finish ON attempts(finished_at);
CREATE INDEX answers_by_attempt_question ON answers(attempt_id, question_id, correct);
CREATE INDEX progress_by_completion ON progress(completed_at);

-- A reset moves a learner's work in one lesson here (as JSON) instead of deleting it;
-- it can be restored, and is only purged after a second confirmation.
CREATE TABLE reset_archive (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    lesson_id TEXT NOT NULL,
    payload TEXT NOT NULL,               -- JSON: attempts with answers and scenario runs, progress, reflections
    reset_at TEXT NOT NULL,
    restored_at TEXT
);
CREATE INDEX reset_archive_by_profile ON reset_archive(profile_id, lesson_id);
