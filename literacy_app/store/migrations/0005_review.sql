-- Review of mistakes: the items that come back for review, the answers given in review, and time spent.
-- Review answers live apart from attempts and answers: reviewing never changes a lesson's score.

-- One row per learner and item (a question, or a feed post) that was answered wrongly or partly wrongly.
CREATE TABLE review_items (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    lesson_id TEXT NOT NULL,
    block_id TEXT NOT NULL,
    item_id TEXT NOT NULL,               -- a question id, or a post id in a feed
    kind TEXT NOT NULL,                  -- question | post
    answer_key TEXT NOT NULL DEFAULT '', -- JSON: the keyed answer when the mistake was made ('' = not known yet)
    fingerprint TEXT NOT NULL DEFAULT '',
    box INTEGER NOT NULL DEFAULT 0,      -- Leitner box 0-3 (learning/review.py)
    due_on TEXT,                         -- ISO date of the next review; NULL once learned or dropped
    status TEXT NOT NULL DEFAULT 'active',  -- active | learned | dropped (the question's key changed)
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (profile_id, lesson_id, block_id, item_id)
);
CREATE INDEX review_items_due ON review_items(profile_id, status, due_on);

-- Every answer given in a review session.
CREATE TABLE review_answers (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES review_items(id),
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    response TEXT NOT NULL,              -- JSON, as lesson answers store it
    correct INTEGER NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    box_before INTEGER NOT NULL,
    box_after INTEGER NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX review_answers_by_profile ON review_answers(profile_id, answered_at);

-- How far the learner's lesson answers have been looked through for mistakes (answers.id).
CREATE TABLE review_scan (
    profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
    last_answer_id INTEGER NOT NULL
);

-- Time spent in each lesson, added up step by step (a long pause counts as a few minutes at most).
CREATE TABLE study_time (
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    lesson_id TEXT NOT NULL,
    seconds INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, lesson_id)
);
