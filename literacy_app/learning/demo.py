"""Simulated learners for the demo class: who they are and how they answer. Pure; see services/class_simulation.py.

A simulated learner has an ability that grows through the course and a habit of retrying. What they
answer in a block comes from the block type's own `demo` entry, which asks the learner whether they
know an item (`knows`), to pick among options (`pick`) or to take a chance (`chance`).
"""

from __future__ import annotations

import random
from typing import Any

FIRST_NAMES = [
    "Amélie", "Jonas", "Zoë", "Mateo", "Aïcha", "Liam", "Sofia", "Noah", "Chloé", "Yusuf", "Emma", "Björn",
    "Priya", "Lucas", "Mia", "Kenji", "Léa", "Omar", "Hannah", "José", "Ngozi", "Finn", "Ines", "Mehmet",
    "Olivia", "Søren", "Fatima", "Elias", "Maja", "Diego", "Nora", "Tomasz", "Ava", "Kofi", "Greta", "Ravi",
    "Elif", "Milan", "Lena", "Hugo",
]
LAST_NAMES = [
    "Dubois", "Schmidt", "Müller", "García", "Benali", "O'Brien", "Rossi", "Kowalski", "Martin", "Yilmaz",
    "Novak", "Larsson", "Sharma", "Fernández", "Nguyen", "Tanaka", "Moreau", "Haddad", "Weber", "Álvarez",
    "Okafor", "Jensen", "Silva", "Demir", "Brown", "Nielsen", "Rahman", "Fischer", "Horvat", "López",
    "Berg", "Nowak", "Wilson", "Mensah", "Lindqvist", "Patel", "Kaya", "Popescu", "Wagner", "Lambert",
]
def class_names(count: int, rng: random.Random) -> list[str]:
    pairs = [(f, last) for f, last in zip(FIRST_NAMES, LAST_NAMES, strict=False)]
    rng.shuffle(pairs)
    names = [f"{first} {last}" for first, last in pairs]
    while len(names) < count:  # bigger classes: more combinations, still unique
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in names:
            names.append(name)
    return names[:count]


class SimulatedLearner:
    """One learner of the demo class; `boost` is what they have learnt by now (set before each activity)."""

    def __init__(self, rng: random.Random, ability: float, persistence: float) -> None:
        self.rng = rng
        self.ability = ability
        self.persistence = persistence
        self.boost = 0.0
        self._difficulty: dict[str, float] = {}

    def knows(self, item_key: str, boost: float = 0.0) -> bool:
        """Whether they get this item right now: the item's difficulty against their ability."""
        if item_key not in self._difficulty:
            self._difficulty[item_key] = self.rng.uniform(-0.25, 0.3)
        chance = self.ability - self._difficulty[item_key] + self.boost + boost
        return self.rng.random() < min(0.98, max(0.05, chance))

    def pick(self, options: list[Any]) -> Any:
        return self.rng.choice(options)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def retries(self, limit: int | None, attempts: int) -> int:
        """How many attempts they make, at most `attempts` and at most what the block allows."""
        allowed = min(attempts, limit) if limit else attempts
        count = 1
        while count < allowed and self.rng.random() < self.persistence:
            count += 1
        return count
