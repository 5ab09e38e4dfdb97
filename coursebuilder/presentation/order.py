"""The one shuffle: the order in which mixed options are offered, the same on slides and phones."""

from __future__ import annotations

import random


def mixed_order(count: int, seed: str) -> list[int]:
    """Return a stable mixed order of ``range(count)``, never the original order when it can differ.

    Seeded by the question's id, so a deck and a phone package of the same course (and every
    export of it) offer a matching question's answers, or an ordering question's steps, in one order.
    """
    order = list(range(count))
    random.Random(seed).shuffle(order)
    if count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order
