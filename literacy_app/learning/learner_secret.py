"""A learner's sign-in secret: two of nine pictures, or a 4-6 digit code. Pure and Qt-free.

The secret is hashed exactly like the teacher PIN (teacher_pin.py: scrypt with its parameters beside the hash,
a constant-time comparison), and wrong tries wait the same growing delay. What is hashed says which kind of
secret it is, so a code can never pass for a picture pair or the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable

from literacy_app.learning.teacher_pin import delay_after, hash_pin, verify_pin
from literacy_app.logs import keep_out_of_log

KINDS = ("picture", "code")
# nine pictures a young learner can name and tell apart; the UI draws them (ui/shell/sign_in_picture.py)
PICTURES = ("sun", "moon", "star", "tree", "fish", "house", "boat", "flower", "heart")
PICTURES_TO_PICK = 2
CODE_MIN, CODE_MAX = 4, 6

__all__ = ["CODE_MAX", "CODE_MIN", "KINDS", "PICTURES", "PICTURES_TO_PICK", "code_problem", "delay_after",
           "hash_secret", "picture_problem", "secret_text", "verify_secret"]


def picture_problem(picks: Iterable[int]) -> str:
    """Why these picture numbers are not a valid pair, or "" when they are."""
    chosen = list(picks)
    if len(set(chosen)) != PICTURES_TO_PICK or len(chosen) != PICTURES_TO_PICK:
        return f"Pick {PICTURES_TO_PICK} pictures."
    if not all(0 <= pick < len(PICTURES) for pick in chosen):
        return "Pick pictures from the grid."
    return ""


def code_problem(code: str) -> str:
    """Why a new code cannot be used, or "" when it can."""
    if not code.isdigit() or not code.isascii():
        return "Use digits only."
    if not CODE_MIN <= len(code) <= CODE_MAX:
        return f"Use {CODE_MIN} to {CODE_MAX} digits."
    return ""


def secret_text(kind: str, value: str | Iterable[int]) -> str:
    """What is hashed: the kind, then the code or the picture numbers in a fixed order (the order the
    pictures were picked in does not matter)."""
    if kind == "picture" and not isinstance(value, str):
        return "picture:" + ",".join(str(int(pick)) for pick in sorted(set(value)))
    if kind == "code" and isinstance(value, str):
        return f"code:{value}"
    raise ValueError(f"not a {kind} secret")


def hash_secret(kind: str, value: str | Iterable[int]) -> str:
    text = secret_text(kind, value)
    _keep_private(value, text)
    return hash_pin(text)


def verify_secret(kind: str, value: str | Iterable[int], stored: str) -> bool:
    """A wrong kind, a malformed value or an empty stored hash is simply not a match (no hint which)."""
    try:
        text = secret_text(kind, value)
    except (TypeError, ValueError):
        return False
    _keep_private(value, text)
    return bool(stored) and verify_pin(text, stored)


def _keep_private(value: str | Iterable[int], text: str) -> None:
    """A code (and wrong guesses, which are often close to it) never reaches the log."""
    if isinstance(value, str):
        keep_out_of_log(value)
    keep_out_of_log(text)
