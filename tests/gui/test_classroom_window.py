"""Classroom › Start in the editor: the real server in the background, the join slide, the results view."""

from __future__ import annotations

import threading
import urllib.request

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from coursebuilder.bundle import save_bundle
from coursebuilder.classroom import ResultsStore
from coursebuilder.classroom.network import can_bind
from coursebuilder.classroom.simulate import fill_store
from coursebuilder.gui.classroom.join_slide import qr_matrix, save_slide_svg, slide_image
from coursebuilder.gui.classroom.results_view import ResultsWindow
from coursebuilder.model.operations import SetField

from ..factories import make_bundle
from .helpers import wait_job


def _open(window, qtbot, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    window.document.do(SetField(window.document.course, "title", "Unsaved title 未保存"))
    return window


def test_start_serves_the_course_as_edited_and_closing_stops_it(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    window.classroom.open_classroom()
    cw = window.classroom.classroom_window
    cw.address.setCurrentIndex(cw.address.findData("127.0.0.1"))
    cw.port.setValue(0)
    cw.start()
    # The editor stays responsive while the phone copy is built.
    assert cw.controller.busy and not cw.start_button.isEnabled()
    qtbot.waitUntil(lambda: cw.controller.running, timeout=120_000)
    url = cw.controller.server.url
    assert cw.slide.url == url and cw.url_label.text() == url.removeprefix("http://").rstrip("/")
    with urllib.request.urlopen(url) as r:
        assert "Unsaved title 未保存" in r.read().decode("utf-8")
    qtbot.waitUntil(lambda: "1" in cw.counts.text(), timeout=5000)
    # Results opened while the classroom runs show its live counts.
    window.classroom.open_results()
    results = cw.results_window
    assert results.isVisible() and results.live.isVisible() and "1 phones" in results.live.text()
    port = cw.controller.server.port
    cw.show_fullscreen()
    slide = cw._fullscreen
    assert slide.isFullScreen() and slide.url == url
    qtbot.keyClick(slide, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: cw._fullscreen is None, timeout=5000)
    cw.close()
    assert not cw.controller.running
    assert can_bind("127.0.0.1", port)
    assert not [t for t in threading.enumerate() if t.name == "classroom-server"]


def test_no_phone_after_a_minute_shows_the_firewall_hint(window, qtbot, tmp_path, monkeypatch):
    from coursebuilder.gui.classroom import window as classroom_window

    monkeypatch.setattr(classroom_window, "FIREWALL_HINT_SECONDS", 0)
    _open(window, qtbot, tmp_path)
    window.classroom.open_classroom()
    cw = window.classroom.classroom_window
    cw.address.setCurrentIndex(cw.address.findData("127.0.0.1"))
    cw.start()
    qtbot.waitUntil(lambda: cw.controller.running, timeout=120_000)
    cw.refresh_counts()
    assert cw.firewall.isVisibleTo(cw)
    with urllib.request.urlopen(cw.controller.server.url) as r:
        r.read()
    cw.refresh_counts()
    assert not cw.firewall.isVisibleTo(cw)
    window.document.undo_stack.setClean()
    window.close()  # closing the editor stops the classroom too
    assert not cw.controller.running


def test_join_slide_png_and_svg_carry_the_full_url(tmp_path):
    url = "http://192.168.1.20:8080/"
    img = slide_image(url, "zh-Hans", "课程")
    assert img.width() == 1920 and img.height() == 1080
    # The QR code's modules are drawn: its top-left finder square is dark at the corner.
    n = len(qr_matrix(url))
    cell = (1080 - 2 * 1080 * 0.06) / n
    x = int(1080 * 0.06 + 4.5 * cell)
    assert QImage.pixelColor(img, x, x).lightness() < 50
    save_slide_svg(str(tmp_path / "s.svg"), url, "zh-Hans", "课程")
    svg = (tmp_path / "s.svg").read_text("utf-8")
    assert "192.168.1.20:8080" in svg and "关闭手机的移动数据" in svg
    assert qr_matrix(url) != qr_matrix("http://192.168.1.21:8080/")


def test_results_view_shows_200_simulated_questionnaires(qtbot, tmp_path):
    bundle = make_bundle()
    store = ResultsStore(tmp_path / "r.sqlite3")
    a = fill_store(store, bundle.course, 200, "Hall", "Morning")
    fill_store(store, bundle.course, 30, "Hall", "Afternoon", seed=2)
    view = ResultsWindow(bundle.course, store=store)
    qtbot.addWidget(view)
    view.reload()
    assert view.session.count() == 3
    assert view.total.text() == "460 results"
    view.session.setCurrentIndex(view.session.findData(a.id))
    assert view.total.text() == "400 results"
    img = view.report_image()
    assert img.width() == 1240 and img.height() > 600
    store.close()


def test_stop_while_preparing_never_serves(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    window.classroom.open_classroom()
    cw = window.classroom.classroom_window
    cw.address.setCurrentIndex(cw.address.findData("127.0.0.1"))
    cw.start()
    job = cw.controller.job
    cw.stop()
    qtbot.waitUntil(lambda: job.ended, timeout=120_000)
    qtbot.wait(200)
    assert not cw.controller.running and cw.controller.server is None
    assert not [t for t in threading.enumerate() if t.name == "classroom-server"]
