"""Notice a bundle that another CourseBuilder window already has open.

Locks live in the data folder, not beside the bundle: bundles travel on USB
sticks between Windows and macOS, and a stick pulled out mid-session would
carry a stale lock file to the next machine (and clutter the lecturer's folder).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from .. import appdirs


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: process, machine, user and since when."""

    pid: int
    host: str
    user: str
    since: float
    token: str

    def describe(self) -> str:
        """Return the owner in words, for a message box."""
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since))
        return f"{self.user} on {self.host}, since {when}"


def _lock_file(bundle: Path) -> Path:
    key = hashlib.sha256(os.path.normcase(str(Path(bundle).resolve())).encode("utf-8")).hexdigest()[:24]
    return appdirs.data_dir() / "locks" / f"{key}.lock"


def pid_alive(pid: int) -> bool:
    """Return whether a process with this id is running on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        # os.kill on Windows would terminate the process, so ask for a handle instead.
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: Tokens of the locks this process holds, so two windows of one process see each other.
_HELD: set[str] = set()


def current_owner(bundle: Path) -> LockOwner | None:
    """Return the live owner of a bundle's lock, or None if nobody holds it."""
    try:
        data = json.loads(_lock_file(bundle).read_text("utf-8"))
        owner = LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]), float(data["since"]), str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.host != socket.gethostname():
        return owner  # another machine sharing this data folder: trust it
    if owner.pid == os.getpid():
        return owner if owner.token in _HELD else None
    return owner if pid_alive(owner.pid) else None


class BundleLock:
    """This window's claim on a bundle path."""

    def __init__(self, bundle: Path):
        self.bundle = Path(bundle)
        self.token = os.urandom(8).hex()

    def acquire(self) -> None:
        """Write the lock, replacing any stale or overridden one."""
        path = _lock_file(self.bundle)
        data = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": time.time(),
            "token": self.token,
            "bundle": str(self.bundle),
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(data), "utf-8")
        except OSError:
            return  # a read-only data folder must not stop anyone working
        _HELD.add(self.token)

    def held_by_other(self) -> LockOwner | None:
        """Return the owner if someone other than this window holds the lock now."""
        owner = current_owner(self.bundle)
        return owner if owner and owner.token != self.token else None

    def release(self) -> None:
        """Drop the lock if it is still ours."""
        _HELD.discard(self.token)
        path = _lock_file(self.bundle)
        try:
            if json.loads(path.read_text("utf-8")).get("token") == self.token:
                path.unlink()
        except (OSError, ValueError):
            pass


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing over
        return "someone"
