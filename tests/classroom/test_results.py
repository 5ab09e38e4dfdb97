"""Results: the store keeps each submission once, sums it up per quiz and survey, and exports CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading

from classroom.classroom_support import quiz_submission, survey_submission
from factories import make_bundle

from coursebuilder.classroom import CONFLICT, CREATED, DUPLICATE, ResultsStore
from coursebuilder.classroom.results import csv_text, summarise, write_csv
from coursebuilder.classroom.store import database_path
from coursebuilder.cli import main


def _store(tmp_path, course):
    return ResultsStore(database_path(course.id, tmp_path))


def _add(store, session, body, trainee=""):
    return store.submit(session, body["item"], body["kind"], trainee, body["id"], body)


def test_store_answers_created_duplicate_conflict_and_is_wal(tmp_path):
    course = make_bundle().course
    store = _store(tmp_path, course)
    s = store.start_session("Hall 2", "Day 1")
    body = quiz_submission(course, 80)
    assert _add(store, s.id, body) == CREATED
    assert _add(store, s.id, dict(body)) == DUPLICATE
    assert _add(store, s.id, dict(body, attempt=2)) == CONFLICT
    store.close()
    con = sqlite3.connect(database_path(course.id, tmp_path))
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT COUNT(*) FROM submissions").fetchone()[0] == 1
    assert store.sessions()[0].venue == "Hall 2" and store.sessions()[0].label == "Day 1"


def test_many_writers_at_once_store_each_submission_once(tmp_path):
    course = make_bundle().course
    store = _store(tmp_path, course)
    s = store.start_session()
    bodies = [quiz_submission(course, n % 100) for n in range(300)]
    out = []
    threads = [threading.Thread(target=lambda b=b: out.extend([_add(store, s.id, b), _add(store, s.id, b)]))
               for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out.count(CREATED) == 300 and out.count(DUPLICATE) == 300
    assert store.count(s.id) == 300
    store.close()


def test_summary_histogram_pass_rate_correct_rates_shares_and_means(tmp_path):
    course = make_bundle().course
    store = _store(tmp_path, course)
    a, b = store.start_session(label="A"), store.start_session(label="B")
    for pct in (95, 75, 40, 10):
        _add(store, a.id, quiz_submission(course, pct))
    _add(store, b.id, quiz_submission(course, 100))
    for choice, rating, text in ((0, 5, "Noodles"), (1, 4, ""), (1, 3, "Eggs")):
        _add(store, a.id, survey_submission(course, choice, rating, text))
    summary = {s.kind: s for s in summarise(course, store.submissions(a.id))}
    quiz, survey = summary["quiz"], summary["survey"]
    assert quiz.submissions == 4 and quiz.pass_rate == 0.5  # pass mark 70: 95 and 75 pass
    assert quiz.histogram[9] == 1 and quiz.histogram[7] == 1 and quiz.histogram[4] == 1 and quiz.histogram[1] == 1
    assert quiz.questions[0].correct_rate == 1.0 and quiz.questions[1].correct_rate == 0.0
    age, useful, open_text = survey.questions
    assert age.shares == [("18-30", 1), ("31-40", 2), ("41-50", 0), ("51+", 0)]
    assert useful.mean == 4.0 and open_text.texts == ["Noodles", "Eggs"]
    everyone = {s.kind: s for s in summarise(course, store.submissions())}
    assert everyone["quiz"].submissions == 5
    store.close()


def test_csv_has_a_row_per_submission_a_column_per_question_and_a_bom(tmp_path):
    course = make_bundle().course
    store = _store(tmp_path, course)
    s = store.start_session()
    _add(store, s.id, quiz_submission(course, 80), "张三")
    _add(store, s.id, survey_submission(course, 1, 5, "=HYPERLINK(\"x\")"))
    path = tmp_path / "out.csv"
    write_csv(course, store.submissions(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    n_questions = sum(len(i.questions) for m in course.modules for i in m.items if hasattr(i, "questions"))
    assert len(rows) == 3 and len(rows[0]) == 10 + n_questions
    assert rows[1][5] == "张三" and rows[1][9] == "yes"
    assert "31-40" in rows[2] and "'=HYPERLINK(\"x\")" in rows[2]
    assert csv_text(course, []).count("\r\n") == 1
    store.close()


def test_results_command_prints_and_writes_csv(tmp_path, capsys, _app_home):
    from coursebuilder.bundle import save_bundle
    bundle = make_bundle()
    path = tmp_path / "c.coursebundle"
    save_bundle(bundle, path)
    assert main(["results", str(path)]) == 3
    assert "no classroom results yet" in capsys.readouterr().err
    store = ResultsStore.for_course(bundle.course.id)
    s = store.start_session(label="Morning")
    _add(store, s.id, quiz_submission(bundle.course, 90))
    store.close()
    assert main(["results", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 submissions, 100% passed" in out and s.id in out
    assert main(["results", str(path), "--session", "nope", "--csv", str(tmp_path / "x.csv")]) == 2
    assert main(["results", str(path), "--session", s.id, "--csv", str(tmp_path / "x.csv")]) == 0
    assert (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")
