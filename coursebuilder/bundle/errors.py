"""Errors raised while reading or writing bundles."""


class BundleError(Exception):
    """A bundle cannot be read or written; the message is one line for the lecturer."""

    def __init__(self, message: str, place: str = ""):
        super().__init__(f"{place}: {message}" if place else message)
        self.message = message
        self.place = place


class Cancelled(Exception):
    """The person asked to stop the work."""
