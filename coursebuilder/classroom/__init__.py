"""Classroom mode: serve the course to the phones in the room and collect their results, exactly once."""

from .network import Address, list_addresses, pick_port, url_for
from .server import API_PATH, ClassroomServer, Limits, ServeError
from .snapshot import Snapshot, SnapshotError, build_snapshot
from .store import CONFLICT, CREATED, DUPLICATE, ResultsStore, Session, StoreError, Submission

__all__ = [
    "API_PATH", "CONFLICT", "CREATED", "DUPLICATE", "Address", "ClassroomServer", "Limits", "ResultsStore",
    "ServeError", "Session", "Snapshot", "SnapshotError", "StoreError", "Submission", "build_snapshot",
    "list_addresses", "pick_port", "url_for",
]
