"""The teacher PIN: slow salted hash, constant-time check, growing delay that survives a restart."""

from __future__ import annotations

import base64
import hashlib

import pytest

from literacy_app.learning.teacher_pin import (
    FAILURES_KEY,
    HASH_KEY,
    PinGuard,
    delay_after,
    hash_pin,
    pin_problem,
    verify_pin,
)
from literacy_app.store.db import Database
from literacy_app.store.records import Records


class FakeClock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def records(data_dir):
    db = Database(data_dir / "pin.sqlite3")
    yield Records(db)
    db.close()


def test_hash_holds_algorithm_parameters_salt_and_hash_and_is_salted():
    first, second = hash_pin("4711"), hash_pin("4711")
    algorithm, params, salt, digest = first.split("$")
    assert algorithm == "scrypt" and params == "n=16384,r=8,p=5"
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert first != second  # a fresh salt every time
    assert "4711" not in first
    assert verify_pin("4711", first) and verify_pin("4711", second)
    assert not verify_pin("4712", first)
    assert not verify_pin("4711", "garbage") and not verify_pin("4711", "")


def test_pbkdf2_hash_from_it_is_accepted_only_with_enough_iterations():
    salt = b"0123456789abcdef"

    def pbkdf2(iterations: int) -> str:
        digest = hashlib.pbkdf2_hmac("sha256", b"2468", salt, iterations)
        return f"pbkdf2_sha256$i={iterations}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"

    assert verify_pin("2468", pbkdf2(600_000))
    assert not verify_pin("1357", pbkdf2(600_000))
    assert not verify_pin("2468", pbkdf2(1_000))


def test_pin_rules_and_delay_sequence():
    assert pin_problem("12a4") and pin_problem("123") and pin_problem("1" * 13) and pin_problem("١٢٣٤")
    assert pin_problem("0000") == ""
    assert [delay_after(n) for n in range(0, 6)] == [0, 1, 2, 4, 8, 16]
    assert delay_after(40) == 15 * 60


def test_set_wrong_right_and_lockout_with_injected_clock(records):
    clock = FakeClock()
    guard = PinGuard(records, clock=clock)
    assert not guard.is_set and guard.can_change
    guard.set_pin("2580")
    assert records.state(HASH_KEY).startswith("scrypt$") and "2580" not in records.state(HASH_KEY)

    first = guard.check("1111")
    assert not first.accepted and first.checked and first.wait_seconds == 1
    refused = guard.check("2580")  # the right PIN during the delay is not even checked
    assert not refused.accepted and not refused.checked and refused.wait_seconds == pytest.approx(1)
    clock.now += 1
    second = guard.check("2222")
    assert second.wait_seconds == 2
    clock.now += 2
    assert guard.check("3333").wait_seconds == 4

    # a restart (a new guard on the same database) keeps the count and the lock
    restarted = PinGuard(Records(records.db), clock=clock)
    assert restarted.failures == 3 and restarted.wait_remaining() == pytest.approx(4)
    clock.now += 4
    assert restarted.check("2580").accepted
    assert restarted.failures == 0 and restarted.wait_remaining() == 0
    assert records.state(FAILURES_KEY) == "0"


def test_configured_hash_wins_and_cannot_be_changed_in_the_app(records):
    guard = PinGuard(records, configured_hash=hash_pin("9753"), clock=FakeClock())
    assert guard.is_set and not guard.can_change
    assert guard.check("9753").accepted
    with pytest.raises(PermissionError):
        guard.set_pin("1234")
    with pytest.raises(ValueError):
        PinGuard(records).set_pin("12")
