"""Sign-in as the school chooses: none (tiles only), two of nine pictures, or a 4-6 digit code.

Plain Python, no Qt. The mode comes from `[learners] sign_in` in literacy-app.ini when IT set it there, else
from the teacher view, else `none`. A secret is chosen at the learner's first sign-in on this PC (it never goes
to the class folder: a hash of 2 of 9 pictures is found by trying all 36 pairs), kept only as a salted slow
hash, and checked in constant time; each wrong try in a row doubles the wait before the next one is checked
(1 s, 2 s, 4 s ... up to 15 minutes), kept in the database so restarting the app does not reset it. The
teacher's reset ("forgot my code") lets the learner choose again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from literacy_app.config import SIGN_IN_MODE_KEY, SIGN_IN_MODES, sign_in_mode
from literacy_app.services.session import Session
from literacy_app.store.learner_secrets import LearnerSecrets
from literacy_app.store.records import Profile

Secret = str | Iterable[int]  # a code, or the numbers of the pictures picked


@dataclass(frozen=True)
class SignInVerdict:
    """The answer to a sign-in try (or to a new secret): accepted, or why not and how long to wait."""

    accepted: bool
    wait_seconds: float = 0.0  # how long until the next try is checked
    checked: bool = True  # False: refused because of the wait, without looking at the secret
    problem: str = ""  # choosing a secret: why it cannot be used ("" when it was taken)


class SignInService:
    def __init__(self, session: Session, configured_mode: str = "", clock: Callable[[], float] = time.time) -> None:
        self.session = session
        self.configured_mode = configured_mode if configured_mode in SIGN_IN_MODES else ""
        self.clock = clock

    @property
    def secrets(self) -> LearnerSecrets:
        return LearnerSecrets(self.session.records.db)

    # -- the school's choice ---------------------------------------------------------------
    @property
    def mode(self) -> str:
        return sign_in_mode(self.configured_mode, self.session.setting(SIGN_IN_MODE_KEY))

    @property
    def can_change(self) -> bool:
        """False when IT fixed the mode in literacy-app.ini."""
        return not self.configured_mode

    def set_mode(self, mode: str) -> None:
        if mode not in SIGN_IN_MODES:
            raise ValueError(f"sign-in is one of {', '.join(SIGN_IN_MODES)}")
        if not self.can_change:
            raise PermissionError("sign-in is set by the school's configuration")
        self.session.remember(SIGN_IN_MODE_KEY, mode)

    # -- one learner -----------------------------------------------------------------------
    def needed(self, profile: Profile) -> str:
        """'none' (go ahead), 'choose' (first sign-in here, or after a reset) or 'check'."""
        if self.mode == "none" or self.session.proven(profile.uid):
            return "none"
        stored = self.secrets.get(profile.id) if profile.id >= 0 else None
        return "check" if stored is not None and stored.kind == self.mode and stored.hash else "choose"

    def resolve(self, profile: Profile) -> Profile:
        """The learner as a profile on this PC (a class brings one who worked elsewhere here first)."""
        return self.session.resolve(profile)

    def choose(self, profile: Profile, secret: Secret) -> SignInVerdict:
        """Keep a newly chosen secret (only when none is set, or after the teacher's reset) and sign in."""
        if self.needed(profile) != "choose":
            return SignInVerdict(False, problem="A secret is already set: sign in with it.")
        from literacy_app.learning.learner_secret import code_problem, hash_secret, picture_problem

        kind = self.mode
        problem = code_problem(secret) if kind == "code" and isinstance(secret, str) else \
            picture_problem(secret) if kind == "picture" and not isinstance(secret, str) else "Not a valid secret."
        if problem:
            return SignInVerdict(False, problem=problem)
        since = self.secrets.choose(profile.id, kind, hash_secret(kind, secret))
        self.session.prove(profile.uid, since)
        return SignInVerdict(True)

    def wait_remaining(self, profile: Profile) -> float:
        stored = self.secrets.get(profile.id) if profile.id >= 0 else None
        return max(0.0, stored.locked_until - self.clock()) if stored is not None else 0.0

    def check(self, profile: Profile, secret: Secret) -> SignInVerdict:
        """A try: accepted, or refused with the wait before the next one (never which part was wrong)."""
        # the hashing modules load with the first sign-in, not on the way to a school without sign-in
        from literacy_app.learning.learner_secret import delay_after, verify_secret

        stored = self.secrets.get(profile.id) if profile.id >= 0 else None
        if stored is None or not stored.hash:
            return SignInVerdict(False, checked=False)
        wait = stored.locked_until - self.clock()
        if wait > 0:
            return SignInVerdict(False, wait, checked=False)
        if stored.kind == self.mode and verify_secret(stored.kind, secret, stored.hash):
            self.secrets.record_try(profile.id, 0, 0.0)
            self.session.prove(profile.uid, stored.since)
            return SignInVerdict(True)
        failures = stored.failures + 1
        delay = delay_after(failures)
        self.secrets.record_try(profile.id, failures, self.clock() + delay)
        return SignInVerdict(False, delay)

    # -- the teacher -----------------------------------------------------------------------
    def has_secret(self, profile_id: int) -> bool:
        stored = self.secrets.get(profile_id)
        return stored is not None and bool(stored.hash)

    def reset(self, profile_id: int) -> bool:
        """"Forgot my code": the learner chooses new pictures or a new code at their next sign-in."""
        return self.secrets.reset(profile_id)
