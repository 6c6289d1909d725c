"""The teacher PIN: a salted slow hash, a constant-time check, and a growing, persisted delay after
wrong entries. No Qt; the clock and the state store are passed in so that tests never sleep.

Run `python -m literacy_app.learning.teacher_pin` to make a hash for literacy-app.ini ([teacher] pin_hash).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from literacy_app.logs import keep_out_of_log

# scrypt with OWASP's equivalent-strength parameters at 16 MiB of memory (N=2^14, r=8, p=5)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 5
PBKDF2_MIN_ITERATIONS = 600_000
MIN_LENGTH, MAX_LENGTH = 4, 12
MAX_DELAY_S = 15 * 60

HASH_KEY = "teacher_pin_hash"
FAILURES_KEY = "teacher_pin_failures"
LOCKED_UNTIL_KEY = "teacher_pin_locked_until"


class StateStore(Protocol):
    def state(self, key: str) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$n=16384,r=8,p=5$<salt>$<hash>`: algorithm, parameters, salt and hash in one string."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt$n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Check a PIN against a stored hash (scrypt, or pbkdf2_sha256 with >= 600,000 iterations)."""
    try:
        algorithm, params, salt_text, hash_text = stored.strip().split("$")
        salt, expected = base64.b64decode(salt_text), base64.b64decode(hash_text)
        if algorithm == "scrypt":
            values = dict(part.split("=") for part in params.split(","))
            digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=int(values["n"]), r=int(values["r"]),
                                    p=int(values["p"]), maxmem=256 * 1024 * 1024, dklen=len(expected))
        elif algorithm == "pbkdf2_sha256":
            iterations = int(params.removeprefix("i="))
            if iterations < PBKDF2_MIN_ITERATIONS:
                return False
            digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations, dklen=len(expected))
        else:
            return False
    except (ValueError, KeyError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def pin_problem(pin: str) -> str:
    """Why a new PIN cannot be used, or "" when it can."""
    if not pin.isdigit() or not pin.isascii():
        return "Use digits only."
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return f"Use {MIN_LENGTH} to {MAX_LENGTH} digits."
    return ""


def delay_after(failures: int) -> float:
    """Seconds to wait after this many wrong entries in a row: 1, 2, 4, 8 ... up to 15 minutes."""
    return 0.0 if failures <= 0 else float(min(2 ** (failures - 1), MAX_DELAY_S))


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    wait_seconds: float = 0.0  # how long until the next try is allowed
    checked: bool = True  # False when the try was refused because of the delay


class PinGuard:
    """Who may enter teacher mode. A PIN configured by IT (`configured_hash`) wins over one set in the app."""

    def __init__(self, store: StateStore, configured_hash: str = "",
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.configured_hash = configured_hash.strip()
        self.clock = clock

    @property
    def stored_hash(self) -> str:
        return self.configured_hash or (self.store.state(HASH_KEY) or "")

    @property
    def is_set(self) -> bool:
        return bool(self.stored_hash)

    @property
    def can_change(self) -> bool:
        return not self.configured_hash

    def set_pin(self, pin: str) -> None:
        keep_out_of_log(pin)
        problem = pin_problem(pin)
        if problem:
            raise ValueError(problem)
        if not self.can_change:
            raise PermissionError("the PIN is set by the school's configuration")
        self.store.set_state(HASH_KEY, hash_pin(pin))
        self._record_failures(0, 0.0)

    @property
    def failures(self) -> int:
        return int(self.store.state(FAILURES_KEY) or 0)

    def wait_remaining(self) -> float:
        locked_until = float(self.store.state(LOCKED_UNTIL_KEY) or 0)
        return max(0.0, locked_until - self.clock())

    def check(self, pin: str) -> Verdict:
        keep_out_of_log(pin)  # wrong guesses are often close to the real PIN
        wait = self.wait_remaining()
        if wait > 0:
            return Verdict(False, wait, checked=False)
        if self.is_set and verify_pin(pin, self.stored_hash):
            self._record_failures(0, 0.0)
            return Verdict(True)
        failures = self.failures + 1
        delay = delay_after(failures)
        self._record_failures(failures, self.clock() + delay)
        return Verdict(False, delay)

    def _record_failures(self, failures: int, locked_until: float) -> None:
        self.store.set_state(FAILURES_KEY, str(failures))
        self.store.set_state(LOCKED_UNTIL_KEY, repr(locked_until))


def main() -> int:
    import getpass

    pin = getpass.getpass("New teacher PIN: ")
    if problem := pin_problem(pin):
        print(problem)
        return 1
    if getpass.getpass("Same PIN again: ") != pin:
        print("The two PINs differ.")
        return 1
    print(f"[teacher]\npin_hash = {hash_pin(pin)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
