"""Sub-commands ``serve`` (the course to the phones in the room) and ``results`` (what came back)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from ..bundle import BundleError, open_bundle
from .common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, TextProgress, fail


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``serve`` and ``results``."""
    p = sub.add_parser(
        "serve",
        help="serve the course to phones in the room over Wi-Fi and collect their results",
        description="Build the phone package into a private folder and serve it on this machine's Wi-Fi "
        "address until Ctrl+C. Quiz and survey results are stored once each in the course's results "
        "database in your data folder (see `results`).",
    )
    p.add_argument("bundle", type=Path, help="course bundle file or folder")
    p.add_argument("--host", metavar="ADDRESS", help="address to listen on (default: the Wi-Fi address "
                   "with the default route)")
    p.add_argument("--port", type=int, metavar="N", help="port (default: 80 if free, else the first free from 8080)")
    p.add_argument("--pin", metavar="CODE", help="trainees must type this code before results are accepted")
    p.add_argument("--venue", default="", help="where this session takes place, kept with its results")
    p.add_argument("--label", default="", help="your name for this session, such as 'Group B, day 2'")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser(
        "results",
        help="sum up or export the results phones sent in classroom sessions",
        description="Print a summary of the course's classroom results, or write them as CSV "
        "(a row per submission, a column per question, UTF-8 with BOM for Excel).",
    )
    p.add_argument("bundle", type=Path, help="course bundle file or folder")
    p.add_argument("--session", metavar="ID", help="only this session (see the list printed without --csv)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write the submissions to this CSV file")
    p.set_defaults(run=cmd_results)


def _open(path: Path):
    if not path.exists():
        raise BundleError(f"{path} does not exist")
    return open_bundle(path)


def cmd_serve(args) -> int:
    """Serve the course until Ctrl+C, then free the port and remove the snapshot."""
    from ..classroom import ClassroomServer, ResultsStore, ServeError, SnapshotError, StoreError, build_snapshot
    from ..classroom.network import list_addresses, pick_port
    from ..classroom.strings import join_lines

    if args.port is not None and not 0 < args.port < 65536:
        return fail("--port must be from 1 to 65535", EXIT_USAGE)
    if args.pin is not None and not (args.pin.isdigit() and 3 <= len(args.pin) <= 12):
        return fail("--pin must be 3 to 12 digits", EXIT_USAGE)
    try:
        bundle = _open(args.bundle)
    except BundleError as exc:
        return fail(str(exc), EXIT_INPUT)
    host = args.host
    if not host:
        found = list_addresses()
        if not found:
            print("note: no Wi-Fi or network address found; serving on 127.0.0.1 (this machine only)",
                  file=sys.stderr)
        host = found[0].ip if found else "127.0.0.1"
    try:
        port = pick_port(host, args.port)
    except OSError as exc:
        return fail(str(exc), EXIT_OUTPUT)
    try:
        snapshot = build_snapshot(bundle, progress=TextProgress("preparing"))
    except SnapshotError as exc:
        return fail(str(exc), EXIT_INPUT)
    try:
        store = ResultsStore.for_course(bundle.course.id)
    except StoreError as exc:
        snapshot.remove()
        return fail(str(exc), EXIT_OUTPUT)
    session = store.start_session(args.venue, args.label)
    server = ClassroomServer(snapshot, store, session, host, port, pin=args.pin)
    stop = threading.Event()
    old = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            url = server.start()
        except ServeError as exc:
            return fail(str(exc), EXIT_OUTPUT)
        print(f"Serving {bundle.course.title} at {url}", flush=True)
        print(f"session {session.id}; results go to {store.path}", flush=True)
        for _, lines in join_lines(bundle.course.language):
            print("  " + "  ".join(f"{n}. {line}" for n, line in enumerate(lines, 1)))
        print("A laptop hotspot holds only about 8 phones; a full room needs real access points.")
        print("Press Ctrl+C to stop.", flush=True)
        last = None
        while not stop.wait(15):
            now = (server.stats.phones(), server.stats.submissions)
            if now != last:
                print(f"phones in the last 2 minutes: {now[0]}; submissions this session: {now[1]}", flush=True)
                last = now
    finally:
        server.stop()
        store.end_session(session.id)
        store.close()
        snapshot.remove()
        for s, handler in old.items():
            signal.signal(s, handler)
    print("stopped; the port is free", flush=True)
    return EXIT_OK


def cmd_results(args) -> int:
    """Print the summary of the course's results, or write them as CSV."""
    from ..classroom import ResultsStore, StoreError
    from ..classroom.results import summarise, write_csv
    from ..classroom.store import database_path

    try:
        bundle = _open(args.bundle)
    except BundleError as exc:
        return fail(str(exc), EXIT_INPUT)
    course = bundle.course
    path = database_path(course.id)
    if not path.exists():
        return fail(f"no classroom results yet for {course.title} (looked in {path})", EXIT_INPUT)
    try:
        store = ResultsStore(path)
        sessions = store.sessions()
        if args.session and args.session not in {s.id for s in sessions}:
            return fail(f"no session {args.session}; sessions: {', '.join(s.id for s in sessions) or 'none'}",
                        EXIT_USAGE)
        subs = store.submissions(args.session)
    except StoreError as exc:
        return fail(str(exc), EXIT_INPUT)
    if args.csv:
        try:
            write_csv(course, subs, args.csv)
        except OSError as exc:
            return fail(f"cannot write {args.csv}: {exc.strerror or exc}", EXIT_OUTPUT)
        print(f"wrote {len(subs)} submissions to {args.csv}")
        return EXIT_OK
    for s in sessions:
        print(f"session {s.id}  {s.title()}  {sum(1 for x in subs if x.session == s.id)} submissions")
    for item in summarise(course, subs):
        rate = f", {item.pass_rate:.0%} passed" if item.pass_rate is not None else ""
        print(f"\n{item.kind} {item.title}: {item.submissions} submissions{rate}")
        for q in item.questions:
            bits = []
            if q.correct_rate is not None:
                bits.append(f"{q.correct_rate:.0%} right")
            if q.mean is not None:
                bits.append(f"mean {q.mean:.2f}")
            total = sum(n for _, n in q.shares)
            if total:
                bits.append(", ".join(f"{label} {n / max(item.submissions, 1):.0%}" for label, n in q.shares))
            if q.texts:
                bits.append(f"{len(q.texts)} open answers")
            print(f"  {q.prompt[:60]}: {'; '.join(bits) or 'no answers'}")
    return EXIT_OK
