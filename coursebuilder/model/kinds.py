"""What each concern does for each question kind, registered against the kind's ``type``.

A concern (the phone view, the phone's answer key, the slide text, GIFT, the preview, the
editor...) makes one ``KindRegistry`` and registers one function per kind. Nothing chooses
by ``isinstance``: a kind added to ``QUESTION_TYPES`` and forgotten in a concern is named by
``tests/test_question_kinds.py`` (and by ``missing()``), not found by a trainee.
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar, Generic, TypeVar

from .questions import QUESTION_TYPES, Question

F = TypeVar("F", bound=Callable[..., Any])


class KindRegistry(Generic[F]):
    """One concern's function for each question kind."""

    #: Every registry made, so one test can check them all.
    made: ClassVar[list["KindRegistry[Any]"]] = []

    def __init__(self, concern: str):
        self.concern = concern
        self._by_type: dict[str, F] = {}
        KindRegistry.made.append(self)

    def register(self, *types: str) -> Callable[[F], F]:
        """Register the decorated function for the kinds named by ``types``."""
        unknown = [t for t in types if t not in QUESTION_TYPES]
        if unknown:
            raise ValueError(f"{self.concern}: no question kind is called {unknown[0]!r}")

        def add(fn: F) -> F:
            for t in types:
                if t in self._by_type:
                    raise ValueError(f"{self.concern}: {t} is registered twice")
                self._by_type[t] = fn
            return fn

        return add

    def __getitem__(self, q: Question | str) -> F:
        """Return the function for a question (or a kind's type)."""
        kind = q if isinstance(q, str) else q.type
        try:
            return self._by_type[kind]
        except KeyError:
            raise LookupError(f"{self.concern} knows no question kind {kind!r}") from None

    def missing(self) -> list[str]:
        """Return the kinds of QUESTION_TYPES this concern has nothing for."""
        return [t for t in QUESTION_TYPES if t not in self._by_type]
