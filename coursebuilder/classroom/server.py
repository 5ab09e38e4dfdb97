"""The classroom web server: the snapshot to every phone in the room, results back into the store.

aiohttp runs on its own event loop in a background thread, so the editor (or the CLI) stays free;
``start`` returns once the port is bound and ``stop`` returns once the port is free and the thread is gone.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

from aiohttp import web

from .safety import RateLimiter, checked_path
from .snapshot import Snapshot
from .store import CONFLICT, CREATED, ResultsStore, Session, StoreError
from .submissions import SubmissionError, assessments, check_submission

API_PATH = "/api/submissions"
#: The checked, decoded path of a request, set by the guard for the handlers.
_PATH_KEY = web.RequestKey("cb_path", str)
_log = logging.getLogger(__name__)


class ServeError(Exception):
    """The classroom cannot be served (one line, for the lecturer)."""


@dataclass(frozen=True)
class Limits:
    """How much one phone, one request and the whole room may take from the server."""

    body: int = 64 * 1024          # bytes of a submission
    line: int = 4096               # bytes of the request line
    field: int = 8190              # bytes of one header
    headers: int = 64              # number of headers
    connections: int = 3000        # open connections at once, the whole room (500 phones x 6)
    header_seconds: float = 20.0   # to send a complete request after connecting or after the last answer
    body_seconds: float = 10.0     # to send a submission's body
    keepalive_seconds: float = 15.0
    page_rate: float = 40.0        # requests a second per address, after a burst of
    page_burst: float = 200.0
    api_rate: float = 2.0          # submissions a second per address, after a burst of
    api_burst: float = 30.0


@dataclass
class Stats:
    """What the classroom window shows live."""

    seen: dict[str, float] = field(default_factory=dict)
    submissions: int = 0
    duplicates: int = 0
    refused: int = 0
    requests: int = 0

    def phones(self, within: float = 120.0) -> int:
        """Return how many addresses sent a request in the last ``within`` seconds."""
        cut = time.monotonic() - within
        return sum(1 for t in list(self.seen.values()) if t >= cut)


def _json(status: int, data: dict) -> web.Response:
    return web.Response(status=status, text=json.dumps(data), content_type="application/json",
                        headers={"Cache-Control": "no-store"})


def _attachment(name: str) -> str:
    """Return a Content-Disposition for a download whose name may be Chinese (RFC 6266 / 5987)."""
    plain = "".join(c if c.isascii() and c.isalnum() or c in "-_." else "_" for c in name) or "course.html"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{urllib.parse.quote(name)}"


class _Refuse(asyncio.Protocol):
    """Close a connection over the room's cap at once."""

    def connection_made(self, transport) -> None:
        transport.close()


class _GuardedSite(web.TCPSite):
    """A TCPSite that refuses connections over the cap."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, cap: int):
        # A room of phones connects at once: a short queue would drop connections and make them retry seconds later.
        super().__init__(runner, host, port, backlog=2048)
        self._cap = cap
        #: Every connection's protocol, so stopping can close even those aiohttp has not registered yet.
        self.protocols: set = set()

    def stop_listening(self) -> None:
        """Stop accepting connections; those open stay until the runner shuts them down."""
        if self._server is not None:
            self._server.close()

    def prune(self) -> None:
        """Forget connections that have closed."""
        self.protocols = {h for h in self.protocols
                          if getattr(h, "transport", None) is not None and not h.transport.is_closing()}

    def abort_all(self) -> None:
        """Close every connection still open."""
        for handler in list(self.protocols):
            transport = getattr(handler, "transport", None)
            if transport is not None:
                transport.abort()

    async def start(self) -> None:
        await web.BaseSite.start(self)
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None
        cap = self._cap

        def factory():
            if len(server.connections) >= cap:
                return _Refuse()
            handler = server()
            self.protocols.add(handler)
            return handler

        self._server = await loop.create_server(factory, self._host, self._port, backlog=self._backlog)
        self._bound_port = self._server.sockets[0].getsockname()[1]


class ClassroomServer:
    """Serve one snapshot and collect its results for one session."""

    def __init__(self, snapshot: Snapshot, store: ResultsStore, session: Session, host: str, port: int,
                 pin: str | None = None, limits: Limits = Limits()):
        self.snapshot = snapshot
        self.store = store
        self.session = session
        self.host = host
        self.port = port
        self.pin = pin or None
        self.limits = limits
        self.stats = Stats()
        self._items = assessments(snapshot.course)
        self._pages = RateLimiter(limits.page_rate, limits.page_burst)
        self._api = RateLimiter(limits.api_rate, limits.api_burst)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._busy: dict[object, int] = {}
        self._idle_since: dict[object, float] = {}

    @property
    def url(self) -> str:
        """Return the address phones open."""
        return f"http://{self.host}/" if self.port == 80 else f"http://{self.host}:{self.port}/"

    # ---------- starting and stopping ----------
    def start(self) -> str:
        """Bind the port and serve in a background thread; return the URL or raise ServeError."""
        if self._thread is not None:
            raise ServeError("the classroom is already running")
        self._thread = threading.Thread(target=self._run, name="classroom-server", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            self._thread.join()
            self._thread = None
            err = self._error
            if isinstance(err, OSError):
                raise ServeError(f"cannot listen on {self.host}:{self.port}: {err.strerror or err}") from None
            raise ServeError(f"cannot start the classroom: {err}") from None
        return self.url

    def stop(self) -> None:
        """Close every connection, free the port and wait for the server thread to end."""
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        if loop is not None and self._stopping is not None and thread.is_alive():
            loop.call_soon_threadsafe(self._stopping.set)
        thread.join()
        self._thread = None
        self._loop = None

    @property
    def running(self) -> bool:
        """Return whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # noqa: BLE001 - reported to start(); the thread must not die silently
            if not self._ready.is_set():
                self._error = exc
            else:
                _log.exception("classroom server stopped")
        finally:
            self._ready.set()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            # A connection accepted in the instant the listener closed can be left with a transport
            # nobody refers to; collecting it now closes its socket rather than whenever Python gets to it.
            gc.collect()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=self.limits.body, middlewares=[self._guard],
                              handler_args={"max_line_size": self.limits.line,
                                            "max_field_size": self.limits.field,
                                            "max_headers": self.limits.headers})
        app.router.add_route("POST", API_PATH, self._submit)
        app.router.add_route("*", API_PATH, self._method_not_allowed)
        app.router.add_get("/{tail:.*}", self._static)
        app.router.add_route("*", "/{tail:.*}", self._method_not_allowed)
        runner = web.AppRunner(app, handle_signals=False, access_log=None,
                               keepalive_timeout=self.limits.keepalive_seconds, shutdown_timeout=2.0)
        await runner.setup()
        site = None
        try:
            site = _GuardedSite(runner, self.host, self.port, self.limits.connections)
            await site.start()
            self.port = site._bound_port or self.port
            watchdog = asyncio.create_task(self._watch(runner, site))
            self._ready.set()
            await self._stopping.wait()
            watchdog.cancel()
        finally:
            if site is not None:
                site.stop_listening()
                # Connections accepted just before the listener closed get their protocol a moment later.
                await asyncio.sleep(0.05)
            await runner.cleanup()
            if site is not None:
                site.abort_all()
                await asyncio.sleep(0.01)  # let the aborted transports close their sockets

    # ---------- slow connections ----------
    async def _watch(self, runner: web.AppRunner, site: _GuardedSite) -> None:
        """Close connections that take too long to send a request (a held-open or trickling client)."""
        limit = self.limits.header_seconds
        while True:
            await asyncio.sleep(min(1.0, limit / 4))
            server = runner.server
            if server is None:
                continue
            site.prune()
            now = time.monotonic()
            live = set()
            for handler in server.connections:
                live.add(handler)
                since = self._idle_since.setdefault(handler, now)
                transport = handler.transport
                writing = transport is not None and transport.get_write_buffer_size() > 0
                if self._busy.get(handler) or writing:
                    self._idle_since[handler] = now
                elif now - since > limit:
                    handler.force_close()
                    if transport is not None:
                        transport.close()
            for gone in set(self._idle_since) - live:
                self._idle_since.pop(gone, None)
                self._busy.pop(gone, None)

    # ---------- every request ----------
    @web.middleware
    async def _guard(self, request: web.Request, handler):
        proto = request.protocol
        self._busy[proto] = self._busy.get(proto, 0) + 1
        try:
            return await self._checked(request, handler)
        finally:
            self._busy[proto] -= 1
            self._idle_since[proto] = time.monotonic()

    async def _checked(self, request: web.Request, handler):
        address = request.remote or "?"
        self.stats.requests += 1
        self.stats.seen[address] = time.monotonic()
        path, problem = checked_path(request.raw_path)
        if path is None:
            self.stats.refused += 1
            return web.Response(status=400, text=f"refused: {problem}\n", headers={"Cache-Control": "no-store"})
        request[_PATH_KEY] = path
        limiter = self._api if request.path == API_PATH else self._pages
        if not limiter.allow(address):
            self.stats.refused += 1
            return web.Response(status=429, text="too many requests\n",
                                headers={"Retry-After": str(limiter.retry_after(address)),
                                         "Cache-Control": "no-store"})
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = exc
        served = self.snapshot.lookup(path) if request.path != API_PATH else None
        policy = served.csp if served is not None and served.csp else self.snapshot.csp
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def _method_not_allowed(self, request: web.Request) -> web.Response:
        allow = "POST" if request.path == API_PATH else "GET, HEAD"
        return web.Response(status=405, text="method not allowed\n", headers={"Allow": allow})

    # ---------- the package ----------
    async def _static(self, request: web.Request) -> web.StreamResponse:
        f = self.snapshot.lookup(request[_PATH_KEY])
        if f is None:
            return web.Response(status=404, text="not found\n", headers={"Cache-Control": "no-store"})
        # Pages are checked again on every visit (cheap with the ETag); pictures and assets kept a day.
        cache = "no-cache" if f.mime in ("text/html", "application/javascript", "text/css") else "public, max-age=86400"
        headers = {"ETag": f.etag, "Cache-Control": cache, "Vary": "Accept-Encoding"}
        if f.download_name:
            headers["Content-Disposition"] = _attachment(f.download_name)
        if f.etag in request.headers.get("If-None-Match", ""):
            return web.Response(status=304, headers=headers)
        if f.body is None:
            resp = web.FileResponse(f.path, headers=headers)
            resp.content_type = f.mime
            # Sent here rather than after the handler, so the watchdog sees a busy connection.
            await resp.prepare(request)
            return resp
        body = f.body
        if f.gzipped is not None and "gzip" in request.headers.get("Accept-Encoding", ""):
            body = f.gzipped
            headers["Content-Encoding"] = "gzip"
        charset = "utf-8" if f.mime.startswith("text/") or f.mime == "application/javascript" else None
        if request.method == "HEAD":
            return web.Response(headers={**headers, "Content-Length": str(len(body))},
                                content_type=f.mime, charset=charset)
        return web.Response(body=body, headers=headers, content_type=f.mime, charset=charset)

    # ---------- results ----------
    async def _submit(self, request: web.Request) -> web.Response:
        if request.content_type != "application/json":
            return _json(415, {"error": "send the submission as application/json"})
        if request.content_length is not None and request.content_length > self.limits.body:
            return _json(413, {"error": f"a submission may hold at most {self.limits.body} bytes"})
        if self.pin is not None and request.headers.get("X-Classroom-PIN", "") != self.pin:
            return _json(403, {"error": "pin"})
        try:
            raw = await asyncio.wait_for(request.read(), self.limits.body_seconds)
        except web.HTTPRequestEntityTooLarge:
            return _json(413, {"error": f"a submission may hold at most {self.limits.body} bytes"})
        except asyncio.TimeoutError:
            return _json(408, {"error": "the submission arrived too slowly"})
        except ConnectionError:
            # The phone went away mid-send; its outbox sends again. Nothing to answer, nothing to log.
            return _json(400, {"error": "the connection was lost"})
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return _json(400, {"error": "the submission is not valid JSON"})
        try:
            checked = check_submission(data, self._items)
        except SubmissionError as exc:
            return _json(422, {"error": str(exc)})
        try:
            fut = self.store.submit_future(self.session.id, checked.item, checked.kind, checked.trainee,
                                           checked.id, checked.body)
            outcome = await asyncio.wrap_future(fut)
        except StoreError as exc:
            _log.error("%s", exc)
            return _json(503, {"error": "the results cannot be stored just now"})
        if outcome == CONFLICT:
            return _json(409, {"error": "another submission with this id is stored", "id": checked.id})
        if outcome == CREATED:
            self.stats.submissions += 1
            return _json(201, {"stored": checked.id})
        self.stats.duplicates += 1
        return _json(200, {"stored": checked.id, "duplicate": True})
