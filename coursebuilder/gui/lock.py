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

from PySide6.QtCore import QCoreApplication

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
        text = QCoreApplication.translate("lock", "%1 on %2, since %3")
        return text.replace("%1", self.user).replace("%2", self.host).replace("%3", when)


def _lock_dir(bundle: Path) -> Path:
    # One folder per bundle, one file per window holding it: two windows that both
    # chose "open anyway" each see the other when they save.
    key = hashlib.sha256(os.path.normcase(str(Path(bundle).resolve())).encode("utf-8")).hexdigest()[:24]
    return appdirs.data_dir() / "locks" / key


def pid_alive(pid: int) -> bool:
    """Return whether a process with this id is running on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        # os.kill on Windows would terminate the process, so ask for a handle instead.
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
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


def _holders(bundle: Path) -> list[LockOwner]:
    folder = _lock_dir(bundle)
    found = []
    for file in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(file.read_text("utf-8"))
            found.append(LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]), float(data["since"]), str(data["token"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def _alive(owner: LockOwner) -> bool:
    if owner.host != socket.gethostname():
        return True  # another machine sharing this data folder: trust it
    if owner.pid == os.getpid():
        return owner.token in _HELD
    return pid_alive(owner.pid)


def current_owner(bundle: Path, *, besides: str = "") -> LockOwner | None:
    """Return a live holder of the bundle other than the one with token ``besides``, or None."""
    for owner in _holders(bundle):
        if owner.token != besides and _alive(owner):
            return owner
    return None


class BundleLock:
    """This window's claim on a bundle path."""

    def __init__(self, bundle: Path):
        self.bundle = Path(bundle)
        self.token = os.urandom(8).hex()

    def acquire(self) -> None:
        """Record that this window has the bundle open, clearing claims of dead processes."""
        folder = _lock_dir(self.bundle)
        data = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": time.time(),
            "token": self.token,
            "bundle": str(self.bundle),
        }
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for owner in _holders(self.bundle):
                if not _alive(owner):
                    (folder / f"{owner.token}.json").unlink(missing_ok=True)
            (folder / f"{self.token}.json").write_text(json.dumps(data), "utf-8")
        except OSError:
            return  # a read-only data folder must not stop anyone working
        _HELD.add(self.token)

    def held_by_other(self) -> LockOwner | None:
        """Return another live holder of this bundle, if any."""
        return current_owner(self.bundle, besides=self.token)

    def release(self) -> None:
        """Drop this window's claim."""
        _HELD.discard(self.token)
        try:
            (_lock_dir(self.bundle) / f"{self.token}.json").unlink(missing_ok=True)
        except OSError:
            pass


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing over
        return "someone"
