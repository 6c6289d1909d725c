-- Privacy: how a learner proves who they are when the school turns sign-in on ([learners] sign_in).
-- Only a salted slow hash is kept, with its parameters in the same text ('scrypt$n=...,r=...,p=...$salt$hash'),
-- so they can be raised later without breaking the hashes already stored. Wrong tries in a row and the time
-- before the next try is checked are kept here too, so restarting the app does not reset the delay.
-- class_events gains one kind, 'erase' (the learner's random uid and when, nothing else): every PC of a class
-- erases its own copy of that learner when it reads the class folder.
CREATE TABLE learner_secrets (
    profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
    kind TEXT NOT NULL,                    -- picture | code
    hash TEXT NOT NULL DEFAULT '',         -- '' once the teacher reset it ("forgot my code"): chosen again at next sign-in
    since TEXT NOT NULL,                   -- when the learner first chose it: reflections saved since are theirs to read
    failures INTEGER NOT NULL DEFAULT 0,   -- wrong tries in a row
    locked_until REAL NOT NULL DEFAULT 0,  -- no try is checked before this time (seconds since 1970)
    updated_at TEXT NOT NULL
);
