"""Classroom benchmark: 500 phones at once on loopback against the real server in its own process.

Run: python -m benchmarks.bench_classroom [--phones N]
Each phone loads the home page, two lessons with their pictures (the phone-sized ones) and the page assets,
then submits a quiz and a survey; 5% of submissions are sent twice. Each phone connects from its own
127.x.y.z address, as phones in a room do, so the per-address rate limit applies as it would there.
Prints requests per second, p50/p95/p99 latency of pages and of submissions, lost/doubled/failed counts,
and the server process's peak memory and CPU seconds. Traffic goes to 127.0.0.1 only, bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_courses" / "selling-produce-online"
TIME_LIMIT = 300  # seconds for the whole burst, at most


def _cpu() -> float:
    """Return this process's CPU seconds so far, all threads."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def serve(port: int, home: str) -> None:
    """Run in the child process: serve the sample course until stdin closes, then print the stored ids."""
    os.environ["COURSEBUILDER_HOME"] = home
    from coursebuilder.classroom import ClassroomServer, ResultsStore, build_snapshot

    snap = build_snapshot(SAMPLE)
    store = ResultsStore.for_course(snap.course.id)
    session = store.start_session("loopback", "benchmark")
    server = ClassroomServer(snap, store, session, "127.0.0.1", port)
    server.start()
    print(json.dumps({"ready": server.url, "pages": sorted(u for u in snap.files if u.endswith(".html")),
                      "cpu": _cpu()}), flush=True)
    sys.stdin.read()
    server.stop()
    subs = store.submissions(session.id)
    store.close()
    snap.remove()
    print(json.dumps({"stored": [s.id for s in subs], "cpu": _cpu()}), flush=True)


def serve_floor(port: int, home: str) -> None:
    """Run in the child process: the least any server must do for the same traffic.

    Bare aiohttp serving the same snapshot folder with its own static route, and a submission route that
    reads the JSON and answers 201: no path checks, limits, validation or database.
    """
    os.environ["COURSEBUILDER_HOME"] = home
    from aiohttp import web

    from coursebuilder.classroom import build_snapshot

    snap = build_snapshot(SAMPLE)
    site = snap.folder / "site"

    async def index(request):
        return web.FileResponse(site / "index.html")

    async def submit(request):
        await request.json()
        return web.json_response({"stored": True}, status=201)

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/", index)
        app.router.add_post("/api/submissions", submit)
        app.router.add_static("/", site)
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port, backlog=2048).start()
        print(json.dumps({"ready": f"http://127.0.0.1:{port}/",
                          "pages": sorted("/" + p.name for p in site.glob("*.html")), "cpu": _cpu()}), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        state["cpu"] = _cpu()
        await runner.cleanup()

    state: dict = {}

    asyncio.run(main())
    snap.remove()
    print(json.dumps({"stored": [], "cpu": state["cpu"]}), flush=True)


def _pictures(html: str) -> list[str]:
    """Return the pictures a 360 px phone fetches: each <img>'s phone-sized source."""
    out = []
    for m in re.finditer(r'<picture><source type="image/webp" srcset="([^"]+)"', html):
        first = m.group(1).split(",")[0].split()[0]
        out.append(first)
    for m in re.finditer(r'<img [^>]*src="([^"]+)"', html):
        if not m.group(1).startswith(("data:", "http")) and m.group(1).endswith(".webp"):
            out.append(m.group(1))
    return list(dict.fromkeys(out))


def _submissions(course) -> tuple[dict, dict]:
    from coursebuilder.model import Quiz, Survey
    items = [i for m in course.modules for i in m.items]
    quiz = next(i for i in items if isinstance(i, Quiz))
    survey = next(i for i in items if isinstance(i, Survey))
    return quiz, survey


def _bodies(quiz, survey, rnd: random.Random) -> list[dict]:
    answers = {q.id: (q.choices[0].id if hasattr(q, "choices") and q.choices else "4") for q in quiz.questions}
    pct = rnd.randint(20, 100)
    q = {"id": uuid.uuid4().hex, "item": quiz.id, "kind": "quiz", "attempt": 1, "answers": answers,
         "marks": {k: rnd.random() < 0.7 for k in answers},
         "score": {"points": pct, "total": 100, "percent": pct, "passed": pct >= quiz.pass_mark}}
    s_answers = {}
    for x in survey.questions:
        if x.type == "single_choice":
            s_answers[x.id] = rnd.choice(x.choices).id
        elif x.type == "rating_scale":
            s_answers[x.id] = str(rnd.randint(x.scale_min, x.scale_max))
        else:
            s_answers[x.id] = "很有用 useful"
    s = {"id": uuid.uuid4().hex, "item": survey.id, "kind": "survey", "answers": s_answers}
    return [q, s]


async def _phone(n: int, base: str, plan: dict, bodies: list[dict], twice: set[str], rec: dict) -> None:
    local = f"127.{1 + n // 250}.{n % 250 + 1}.{1 + (n * 7) % 250}"
    conn = aiohttp.TCPConnector(limit=4, local_addr=(local, 0), force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=conn, timeout=timeout) as http:
        async def get(path: str) -> None:
            t = time.perf_counter()
            ok, why = False, ""
            # As browsers do for a GET on a kept-alive connection the server just closed: one more try.
            for attempt in range(2):
                try:
                    async with http.get(base + path, headers={"Accept-Encoding": "gzip"}) as r:
                        await r.read()
                        ok, why = r.status == 200, str(r.status)
                    break
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    why = type(exc).__name__
                    if attempt == 0:
                        rec["retried"].append(f"GET {path}: {why}")
            rec["pages"].append(time.perf_counter() - t)
            if not ok:
                rec["failed"].append(f"{path}: {why}")

        async def post(body: dict) -> None:
            # As the phone's outbox does: resend until the laptop answers 2xx, waiting longer each time.
            delay = 0.5
            for _ in range(8):
                t = time.perf_counter()
                try:
                    async with http.post(base + "api/submissions", json=body) as r:
                        await r.read()
                        status = r.status
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    status = type(exc).__name__
                rec["posts"].append(time.perf_counter() - t)
                if status in (200, 201):
                    rec["acked"].add(body["id"])
                    rec["statuses"][status] = rec["statuses"].get(status, 0) + 1
                    return
                rec["retried"].append(f"POST {status}")
                await asyncio.sleep(delay * (0.5 + random.random()))
                delay = min(8.0, delay * 2)
            rec["failed"].append(f"POST {status}")

        await get("")
        await asyncio.gather(*(get(a) for a in plan["assets"]), *(get(p) for p in plan["home_pictures"]))
        for lesson, pictures in plan["lessons"]:
            await get(lesson)
            await asyncio.gather(*(get(p) for p in pictures))
        for body in bodies:
            await post(body)
            if body["id"] in twice:
                await post(body)


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")


def _client(args: tuple) -> dict:
    """Run in a client process: its share of the phones, all at once; return what they saw."""
    base, plan, share, twice, first, start_at = args
    rec: dict = {"pages": [], "posts": [], "failed": [], "retried": [], "acked": set(), "statuses": {}}

    async def run() -> None:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        await asyncio.wait_for(asyncio.gather(*(_phone(first + n, base, plan, bodies, set(twice), rec)
                                                for n, bodies in enumerate(share))), TIME_LIMIT)

    asyncio.run(run())
    rec["acked"] = sorted(rec["acked"])
    cpu = os.times()
    rec["cpu"] = cpu.user + cpu.system
    return rec


def _burst(base: str, plan: dict, phones: int, quiz, survey, processes: int) -> dict:
    """Run the phones in ``processes`` client processes (one Python process cannot play 500 phones quickly)."""
    import multiprocessing

    rnd = random.Random(13)
    bodies = [_bodies(quiz, survey, rnd) for _ in range(phones)]
    all_ids = [b["id"] for pair in bodies for b in pair]
    twice = sorted(rnd.sample(all_ids, max(1, len(all_ids) // 20)))
    per = -(-phones // processes)
    start_at = time.time() + 1.5
    jobs = [(base, plan, bodies[i:i + per], twice, i, start_at) for i in range(0, phones, per)]
    with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
        parts = pool.map(_client, jobs)
    rec: dict = {"pages": [], "posts": [], "failed": [], "retried": [], "acked": set(), "statuses": {}, "cpu": 0.0}
    for part in parts:
        for k in ("pages", "posts", "failed", "retried"):
            rec[k].extend(part[k])
        rec["acked"].update(part["acked"])
        for k, v in part["statuses"].items():
            rec["statuses"][k] = rec["statuses"].get(k, 0) + v
        rec["cpu"] += part["cpu"]
    rec["seconds"] = time.time() - start_at
    rec["sent"] = all_ids
    rec["twice"] = set(twice)
    return rec


def _run(args, kind: str, quiz, survey):
    """Start one server process, play the phones against it, stop it; return what was seen and stored."""
    from coursebuilder.classroom.network import pick_port

    home = tempfile.mkdtemp(prefix="bench-classroom-")
    port = pick_port("127.0.0.1", first=28080)
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_classroom", "--serve", kind, str(port), home],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    ready = json.loads(child.stdout.readline())
    base = ready["ready"]
    lessons = [p for p in ready["pages"] if "lesson-" in p][:2]
    import urllib.request

    def fetch(path: str) -> str:
        with urllib.request.urlopen(base + path.lstrip("/")) as r:
            return r.read().decode("utf-8")

    plan = {"assets": ["assets/site.css", "assets/site.js", "assets/classroom.css", "assets/classroom.js"],
            "home_pictures": _pictures(fetch("/")),
            "lessons": [(p.lstrip("/"), _pictures(fetch(p))) for p in lessons]}
    load_before = os.getloadavg()[0]
    rec = _burst(base, plan, args.phones, quiz, survey, max(1, args.clients))
    rec["plan"] = plan
    child.stdin.close()
    end = json.loads(child.stdout.readline())
    _, _, usage = os.wait4(child.pid, 0)
    rec["server_cpu"] = end["cpu"] - ready["cpu"]
    return rec, end["stored"], usage, load_before


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--phones", type=int, default=500)
    ap.add_argument("--clients", type=int, default=2, help="client processes playing the phones")
    ap.add_argument("--serve", nargs=3, metavar=("KIND", "PORT", "HOME"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        (serve if args.serve[0] == "classroom" else serve_floor)(int(args.serve[1]), args.serve[2])
        return 0
    from coursebuilder.bundle import open_bundle

    quiz, survey = _submissions(open_bundle(SAMPLE).course)
    floor, _, floor_usage, _ = _run(args, "floor", quiz, survey)
    rec, stored, usage, load_before = _run(args, "classroom", quiz, survey)
    requests = len(rec["pages"]) + len(rec["posts"])
    lost = len(set(rec["sent"]) - set(stored))
    doubled = len(stored) - len(set(stored)) + max(0, len(stored) - len(rec["sent"]))
    plan = rec["plan"]
    pictures = sum(len(p) for _, p in plan["lessons"]) + len(plan["home_pictures"])
    print(f"phones: {args.phones} at once; per phone {1 + len(plan['assets']) + len(plan['lessons'])} pages and assets, "
          f"{pictures} pictures, 2 submissions (5% sent twice)")
    print(f"requests: {requests} in {rec['seconds']:.1f} s = {requests / rec['seconds']:.0f} req/s")
    print(f"pages and pictures: p50 {_pct(rec['pages'], 50) * 1000:.0f} ms, p95 {_pct(rec['pages'], 95) * 1000:.0f} ms, "
          f"p99 {_pct(rec['pages'], 99) * 1000:.0f} ms (target p95 < 1000 ms)")
    print(f"submissions: p50 {_pct(rec['posts'], 50) * 1000:.0f} ms, p95 {_pct(rec['posts'], 95) * 1000:.0f} ms, "
          f"p99 {_pct(rec['posts'], 99) * 1000:.0f} ms (target p95 < 500 ms)")
    print(f"submissions: {len(rec['sent'])} made, {len(stored)} stored, {len(rec['twice'])} sent twice "
          f"(answered {rec['statuses']}); lost {lost}, doubled {doubled}, failed requests {len(rec['failed'])} "
          f"(after {len(rec['retried'])} retries as browsers and the outbox make them)")
    print(f"server: peak memory {usage.ru_maxrss / 1024:.0f} MiB (process, including building the snapshot), "
          f"CPU {rec['server_cpu']:.1f} s during the burst")
    print(f"floor (bare aiohttp static + a 201 for every POST, same traffic): "
          f"{len(floor['pages']) + len(floor['posts'])} requests in {floor['seconds']:.1f} s; "
          f"pages p95 {_pct(floor['pages'], 95) * 1000:.0f} ms, submissions p95 {_pct(floor['posts'], 95) * 1000:.0f} ms; "
          f"CPU {floor['server_cpu']:.1f} s, peak memory {floor_usage.ru_maxrss / 1024:.0f} MiB")
    print(f"ratios to the floor: pages p95 {_pct(rec['pages'], 95) / _pct(floor['pages'], 95):.2f}x, "
          f"submissions p95 {_pct(rec['posts'], 95) / _pct(floor['posts'], 95):.2f}x, "
          f"server CPU {rec['server_cpu'] / max(floor['server_cpu'], 0.01):.2f}x")
    print(f"clients: {args.clients} processes, CPU {rec['cpu']:.1f} s; machine load average before the burst "
          f"{load_before:.1f} on {os.cpu_count()} cores (other work shares them)")
    if rec["failed"]:
        print("first failures:", rec["failed"][:5])
    if rec["retried"]:
        print("first retries:", rec["retried"][:5])
    return 0 if not (lost or doubled or rec["failed"]) else 1


if __name__ == "__main__":
    sys.exit(main())
