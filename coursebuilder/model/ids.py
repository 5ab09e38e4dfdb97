"""Identifiers for course items."""

import secrets


def new_id(prefix: str = "") -> str:
    """Return a short random identifier, unique enough for one course."""
    return f"{prefix}{secrets.token_hex(5)}"
