"""Hand a double-clicked bundle to the editor already running on this machine."""

from __future__ import annotations

import getpass
import hashlib
import json
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: How long a second start waits for the running editor to answer, in milliseconds.
HANDOVER_TIMEOUT_MS = 2000
#: The largest request a running editor reads (a few paths, never megabytes).
MAX_REQUEST = 64 * 1024


def server_name() -> str:
    """Return this user's rendezvous name (COURSEBUILDER_INSTANCE overrides it for tests)."""
    override = os.environ.get("COURSEBUILDER_INSTANCE")
    if override:
        return override
    # Per user: a socket in /tmp on Linux and macOS and a named pipe on Windows are shared by
    # everyone logged in, and one lecturer must never open a course in another's editor.
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return "coursebuilder-" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]


def hand_over(paths: list[str], name: str | None = None) -> bool:
    """Send ``paths`` to a running editor; return True once it has taken them."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(HANDOVER_TIMEOUT_MS):
        return False
    socket.write((json.dumps({"open": paths}) + "\n").encode("utf-8"))
    socket.flush()
    # flush() usually writes everything at once; waitForBytesWritten then has nothing to wait for.
    if socket.bytesToWrite() and not socket.waitForBytesWritten(HANDOVER_TIMEOUT_MS):
        return False
    answered = socket.waitForReadyRead(HANDOVER_TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listen for bundles that later starts of CourseBuilder hand over."""

    sig_open_requested = Signal(list)
    """A later start asked to open these paths (an empty list: just come to the front)."""

    def __init__(self, parent: QObject | None = None, name: str | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; return False if another running editor already does."""
        # Ask first: with access options set, Qt on Unix binds to a temporary path and renames
        # it over the name, which would silently take the name from the running editor.
        if hand_over_probe(self.name):
            return False
        if self._server.listen(self.name):
            return True
        # A socket file left behind by an editor that crashed: nobody answers on it.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_REQUEST:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            request = json.loads(line.decode("utf-8"))
            paths = [str(p) for p in request.get("open", []) if isinstance(p, str)]
        except (ValueError, AttributeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.sig_open_requested.emit(paths)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def hand_over_probe(name: str) -> bool:
    """Return True if an editor answers on ``name``."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(300)
    socket.abort()
    return alive
