-- Learners, their attempts and answers, scenario runs, progress and reflections.
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,            -- stable id, used outside this PC (exports, xAPI)
    name TEXT NOT NULL,
    avatar TEXT NOT NULL DEFAULT '',
    student_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    last_active_at TEXT,
    archived_at TEXT
);
CREATE UNIQUE INDEX profiles_active_name ON profiles(name COLLATE NOCASE) WHERE archived_at IS NULL;

CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,            -- one registration per attempt
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    lesson_id TEXT NOT NULL,
    block_id TEXT NOT NULL,
    kind TEXT NOT NULL,                  -- quiz | scenario | feed
    score REAL NOT NULL DEFAULT 0,
    max_score REAL NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX attempts_by_profile ON attempts(profile_id, lesson_id, block_id);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES attempts(id),
    question_id TEXT NOT NULL,           -- a question id, or a post id in a feed
    response TEXT NOT NULL,              -- JSON
    correct INTEGER NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX answers_by_attempt ON answers(attempt_id);
CREATE INDEX answers_by_question ON answers(question_id);

CREATE TABLE scenario_runs (
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL UNIQUE REFERENCES attempts(id),
    path TEXT NOT NULL,                  -- JSON list of node ids, start to ending
    choices TEXT NOT NULL,               -- JSON list of the choice texts picked
    ending_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    score REAL NOT NULL
);

CREATE TABLE progress (
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    lesson_id TEXT NOT NULL,
    step INTEGER NOT NULL DEFAULT 0,
    step_count INTEGER NOT NULL DEFAULT 0,
    completed_at TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, lesson_id)
);

CREATE TABLE reflections (
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    lesson_id TEXT NOT NULL,
    block_id TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, lesson_id, block_id)
);

CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
