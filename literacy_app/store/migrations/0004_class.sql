-- A class across many PCs: what the teacher did to learners (resets, archiving and their undo), kept as events
-- with their time, so they travel through the class folder and merge with every PC's work; and the learner's
-- uid on every PC, so the same learner is the same everywhere.
CREATE TABLE class_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                  -- reset | unreset | archive | restore
    learner_uid TEXT NOT NULL,
    lesson_id TEXT NOT NULL DEFAULT '',  -- the lesson of a reset ('' for archive and restore)
    at TEXT NOT NULL,                    -- when it was done (for unreset: the time of the reset it undoes)
    pc_id TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, learner_uid, lesson_id, at)
);
CREATE INDEX class_events_by_learner ON class_events(learner_uid);
