"""Errors raised while reading or writing bundles."""


class BundleError(Exception):
    """A bundle cannot be read or written; the message is one line for the lecturer."""

    def __init__(self, message: str, place: str = ""):
        super().__init__(f"{place}: {message}" if place else message)
        self.message = message
        self.place = place


# Defined with the rest of the job plumbing; re-exported here where callers look for it.
from ..jobs import Cancelled  # noqa: E402,F401
