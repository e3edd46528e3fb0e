"""Sync in the app, driven like a nurse would, against the real clinic server on loopback:
the status bar, "Sync now", the conflict screen ("Keep theirs") until two laptops agree;
backoff when the server goes away; cancel; a revoked device. Screenshots:
tests/artifacts/sync_*.png."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.models.base import utcnow
from app.models.entities import Patient, Task
from app.sync.engine import SyncClient, open_conflicts, pending_count
from app.sync.transport import HttpTransport, ServerUnreachable
from app.views.background import Runner
from app.views.main_window import OFFLINE_TEXT, MainWindow
from app.views.sync.conflicts import ConflictsDialog
from app.views.sync.controller import (
    IDLE,
    OFFLINE,
    REVOKED,
    SyncController,
    SyncStatus,
)
from app.views.sync.status import SyncStatusWidget, describe
from tests.sync.conftest import enrolled_client

pytest.importorskip("server.app")
pytest.importorskip("uvicorn")
UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 29, 15, 0, tzinfo=UTC)
FAST = {"interval_ms": 60_000, "backoff_min_ms": 100, "backoff_max_ms": 800}


def _client(tmp_path: Path, name: str, live: dict[str, Any]) -> SyncClient:
    return enrolled_client(tmp_path, name, live, attempts=1, timeout=(2.0, 10.0))


class Threads:
    """A client factory that records the thread each sync ran on."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client
        self.threads: list[threading.Thread] = []

    def __call__(self, _store: Any) -> SyncClient:
        self.threads.append(threading.current_thread())
        return self.client


def _window(qtbot: Any, client: SyncClient, runner: Runner, factory: Any = None,
            **options: Any) -> MainWindow:
    window = MainWindow(client.store, runner, demo=False, watch_system=False,
                        sync_options={"client_factory": factory or (lambda _s: client),
                                      **FAST, **options})
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _wait_controller(qtbot: Any, window: MainWindow) -> SyncController:
    qtbot.waitUntil(lambda: window.sync is not None, timeout=10_000)
    assert window.sync is not None
    return window.sync


def _wait_idle(qtbot: Any, sync: SyncController, started: int) -> None:
    """Until a sync started after ``started`` syncs has finished."""
    qtbot.waitUntil(lambda: sync.syncs_started > started and not sync.running,
                    timeout=30_000)


def _status_shot(window: MainWindow, shot: Any, name: str) -> None:
    """The bottom of the window (the status bar) at full width."""
    for _ in range(3):  # the status bar's layout follows its new texts
        QApplication.processEvents()
    shot(window.statusBar(), name)


# -- the texts -----------------------------------------------------------------------------------
def test_status_texts() -> None:
    assert describe(SyncStatus(), NOW).main == OFFLINE_TEXT
    synced = SyncStatus(phase=IDLE, enrolled=True, last_sync_at=NOW - dt.timedelta(minutes=2))
    assert describe(synced, NOW).main == "Synced 2 min ago"
    assert describe(SyncStatus(phase="syncing", enrolled=True), NOW).main == "Syncing…"
    since = dt.datetime(2026, 11, 29, 10, 42).astimezone()  # local 10:42
    off = SyncStatus(phase=OFFLINE, enrolled=True, offline_since=since,
                     retry_at=NOW + dt.timedelta(seconds=30), message="cannot be reached")
    texts = describe(off, NOW)
    assert texts.main.startswith("Offline since ") and "10:42" in texts.main
    assert texts.main.endswith("(retry in 30 s)") and "cannot be reached" in texts.tooltip
    waiting = SyncStatus(phase=IDLE, enrolled=True, last_sync_at=NOW, pending=3,
                         oldest_pending_at=NOW - dt.timedelta(hours=2), conflicts=1,
                         quarantined=2)
    texts = describe(waiting, NOW)
    assert texts.pending == "3 changes not synced (oldest 2 h)"
    assert texts.conflicts == "1 conflict to resolve"
    assert texts.quarantined == "2 refused changes"
    revoked = describe(SyncStatus(phase=REVOKED, enrolled=True, message="revoked"), NOW)
    assert revoked.main == "Device revoked — patient data removed"


def test_backoff_doubles_with_jitter_and_is_capped(qapp: Any, tmp_path: Path) -> None:
    sync = SyncController(None, Runner(synchronous=True), rand=lambda: 1.0)
    delays = []
    for n in range(1, 12):
        sync.failures = n
        delays.append(sync.next_delay_ms())
    assert delays[:4] == [1_000, 2_000, 4_000, 8_000]
    assert delays[-1] == 300_000 and max(delays) == 300_000
    sync._rand = lambda: 0.0  # noqa: SLF001
    sync.failures = 1
    assert sync.next_delay_ms() == 1_000  # never under the minimum
    sync.failures = 4
    assert sync.next_delay_ms() == 6_000  # 75 % of 8 s


# -- not enrolled ------------------------------------------------------------------------------
def test_a_store_that_is_not_enrolled_has_no_controller(qtbot: Any, empty_store: Any,
                                                         sync_runner: Runner, shot: Any) -> None:
    window = MainWindow(empty_store, sync_runner, demo=False, watch_system=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.sync is None
    assert window.status_label.text() == OFFLINE_TEXT
    assert not window.sync_now_action.isEnabled()
    assert not window.sync_conflicts_action.isEnabled()
    _status_shot(window, shot, "sync_status_not_enrolled")


# -- two laptops, one conflict, resolved on the conflict screen ------------------------------
def test_a_conflict_is_resolved_on_the_conflict_screen_and_both_converge(
        qtbot: Any, tmp_path: Path, live_server: dict[str, Any], pool_runner: Runner,
        shot: Any) -> None:
    a = _client(tmp_path, "a", live_server)
    b = _client(tmp_path, "b", live_server)
    try:
        with a.store.write() as s:
            p = Patient(given_name="Mary", family_name="Smith", birth_date=dt.date(1950, 12, 12))
            s.add(p)
            s.flush()
            task = Task(patient_id=p.id, title="Call pharmacy", status="open")
            s.add(task)
        factory_a, factory_b = Threads(a), Threads(b)
        win_a = _window(qtbot, a, pool_runner, factory_a)
        sync_a = _wait_controller(qtbot, win_a)
        _wait_idle(qtbot, sync_a, 0)  # the sync at start
        assert sync_a.status.phase == IDLE and sync_a.status.pending == 0
        assert win_a.status_label.text() == "Synced just now"
        assert win_a.sync_now_action.isEnabled()
        assert win_a.sync_now_action.shortcut().toString() == "Ctrl+Shift+S"
        # never on the GUI thread
        assert factory_a.threads and all(t is not threading.main_thread()
                                         for t in factory_a.threads)

        win_b = _window(qtbot, b, pool_runner, factory_b)
        sync_b = _wait_controller(qtbot, win_b)
        _wait_idle(qtbot, sync_b, 0)
        with b.store.session() as s:
            assert s.get(Task, task.id).title == "Call pharmacy"

        # the same title changed on both laptops before either syncs
        with a.store.write() as s:
            s.get(Task, task.id).title = "Call pharmacy about furosemide"
        with b.store.write() as s:
            s.get(Task, task.id).title = "Call pharmacy before Friday"
        sync_b.refresh()
        qtbot.waitUntil(lambda: sync_b.status.pending == 1, timeout=10_000)
        assert win_b.sync_status.pending_label.text() == "1 change not synced (oldest < 1 min)"
        _status_shot(win_b, shot, "sync_status_unsynced")

        started = sync_a.syncs_started
        win_a.sync_now_action.trigger()
        _wait_idle(qtbot, sync_a, started)
        started = sync_b.syncs_started
        qtbot.keyClick(win_b, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        _wait_idle(qtbot, sync_b, started)
        assert sync_b.syncs_started > started
        assert sync_b.status.conflicts == 1
        link = win_b.sync_status.conflicts_link
        assert link.isVisible() and "1 conflict to resolve" in link.text()
        _status_shot(win_b, shot, "sync_status_conflict")
        qtbot.waitUntil(lambda: bool(win_b.visible_rows()), timeout=10_000)
        shot(win_b, "sync_main_window_conflict")

        # she clicks the link: the conflict screen, both values, who/when/which device
        link.linkActivated.emit("#")
        dialog = win_b.conflicts_dialog
        assert isinstance(dialog, ConflictsDialog)
        qtbot.waitUntil(lambda: len(dialog.conflicts) == 1, timeout=10_000)
        qtbot.waitExposed(dialog)
        c = dialog.current()
        assert c is not None and c.patient == "Smith, Mary" and c.field == "title"
        assert c.record.startswith("Task: Call pharmacy")
        assert dialog.mine_panel.value.toPlainText() == "Call pharmacy before Friday"
        assert dialog.theirs_panel.value.toPlainText() == "Call pharmacy about furosemide"
        assert "Laptop b (this device)" in dialog.mine_panel.title()
        assert "Laptop a" in dialog.theirs_panel.title()
        assert "Laptop a" in dialog.theirs_panel.who.text()
        assert "Nurse One" in dialog.theirs_panel.who.text()
        assert dialog.merge_box.isVisible()  # a text field: a merged value can be written
        shot(dialog, "sync_conflicts")

        started = sync_b.syncs_started
        qtbot.mouseClick(dialog.theirs_panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.conflicts and dialog.stack.currentIndex() == 0,
                        timeout=10_000)
        _wait_idle(qtbot, sync_b, started)  # the resolution is synced
        shot(dialog, "sync_conflicts_resolved")
        dialog.close()
        started = sync_a.syncs_started
        win_a.sync_now()
        _wait_idle(qtbot, sync_a, started)

        for client in (a, b):
            with client.store.session() as s:
                assert s.get(Task, task.id).title == "Call pharmacy about furosemide"
            assert not open_conflicts(client.store)
            assert pending_count(client.store) == 0
        assert sync_a.status.conflicts == 0 and sync_b.status.conflicts == 0
        assert not win_b.sync_status.conflicts_link.isVisible()
        _status_shot(win_b, shot, "sync_status_synced")
        assert all(t is not threading.main_thread() for t in factory_b.threads)
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()
        b.store.close()


# -- the server goes away: backoff, then back ---------------------------------------------------
class Flaky:
    """A client factory whose server can be "down" (ServerUnreachable from the transport)."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client
        self.down = False
        self.calls = 0
        # a sync's first request: GET /v1/changes (nothing to push) or POST /v1/push
        for name in ("changes", "push"):
            real = getattr(client.transport, name)

            def call(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
                self.calls += 1
                if self.down:
                    raise ServerUnreachable("the sync server cannot be reached (test); "
                                            "nothing was lost, try again later")
                return _real(*args, **kwargs)

            setattr(client.transport, name, call)

    def __call__(self, _store: Any) -> SyncClient:
        return self.client


def test_offline_backs_off_then_recovers(qtbot: Any, tmp_path: Path,
                                         live_server: dict[str, Any], pool_runner: Runner,
                                         shot: Any) -> None:
    a = _client(tmp_path, "a", live_server)
    try:
        flaky = Flaky(a)
        flaky.down = True
        window = _window(qtbot, a, pool_runner, flaky, rand=lambda: 1.0)
        sync = _wait_controller(qtbot, window)
        qtbot.waitUntil(lambda: sync.failures >= 3, timeout=10_000)
        assert sync.status.phase == OFFLINE
        text = window.status_label.text()
        assert text.startswith("Offline since ") and ("(retry in " in text
                                                      or "(retrying…)" in text), text
        assert "cannot be reached" in window.status_label.toolTip()
        assert sync.last_delay_ms >= 400  # 100, 200, 400 … (capped at 800 here)
        # as she would see it with the real 30 s wait (test delays are milliseconds)
        window.sync_status.set_status(replace(sync.status, phase=OFFLINE,
                                              retry_at=utcnow() + dt.timedelta(seconds=30)))
        assert window.status_label.text().endswith("(retry in 30 s)") or \
            window.status_label.text().endswith("(retry in 29 s)")
        _status_shot(window, shot, "sync_status_offline")
        qtbot.waitUntil(lambda: sync.failures >= 5, timeout=10_000)
        assert sync.last_delay_ms == 800  # the cap
        calls = flaky.calls
        flaky.down = False
        qtbot.waitUntil(lambda: sync.status.phase == IDLE, timeout=10_000)
        assert sync.failures == 0 and flaky.calls > calls
        assert window.status_label.text() == "Synced just now"
        assert sync.status.offline_since is None and sync.status.retry_at is None
        # while online the next sync is the interval timer's, not a retry's
        # (Qt's coarse timers may report up to 5 % more)
        assert FAST["interval_ms"] // 2 < sync.timer_remaining_ms <= FAST["interval_ms"] * 1.06
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()


def test_the_real_server_stopped_is_offline(qtbot: Any, tmp_path: Path,
                                            live_server: dict[str, Any], pool_runner: Runner,
                                            ) -> None:
    """Points the client at a port where nothing listens: a real connection failure."""
    a = _client(tmp_path, "a", live_server)
    try:
        from tests.sync.conftest import _free_port

        a.transport = HttpTransport(f"http://127.0.0.1:{_free_port()}", attempts=1,
                                    timeout=(1.0, 2.0))
        window = _window(qtbot, a, pool_runner)
        sync = _wait_controller(qtbot, window)
        qtbot.waitUntil(lambda: sync.failures >= 2, timeout=15_000)
        assert sync.status.phase == OFFLINE
        assert window.status_label.text().startswith("Offline since ")
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()


# -- cancel --------------------------------------------------------------------------------------
def test_cancel_stops_at_the_next_page(qtbot: Any, tmp_path: Path,
                                       live_server: dict[str, Any], pool_runner: Runner) -> None:
    a = _client(tmp_path, "a", live_server)
    b = _client(tmp_path, "b", live_server)
    try:
        with a.store.write() as s:
            for i in range(6):
                s.add(Patient(given_name=f"P{i}", family_name="Test",
                              birth_date=dt.date(1950, 1, 1)))
        a.sync_once()
        b.page_size = 2  # several pages to pull
        gate = threading.Event()
        pages: list[int] = []
        real = b.transport.changes

        def changes(after: int, limit: int) -> Any:
            pages.append(after)
            if len(pages) == 1:
                gate.wait(10)  # the first page waits until the nurse pressed Stop
            return real(after, limit)

        b.transport.changes = changes  # type: ignore[method-assign]
        window = _window(qtbot, b, pool_runner)
        sync = _wait_controller(qtbot, window)
        qtbot.waitUntil(lambda: bool(pages), timeout=10_000)
        assert sync.running and window.status_label.text() == "Syncing…"
        assert window.sync_status.cancel_button.isVisible()
        qtbot.mouseClick(window.sync_status.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
        qtbot.waitUntil(lambda: not sync.running, timeout=10_000)
        assert len(pages) == 1  # stopped after the page it was on
        assert sync.status.phase == IDLE and sync.failures == 0
        assert "stopped" in sync.status.message
        with b.store.session() as s:
            got = len(s.scalars(select(Patient)).all())
        assert got < 6  # the rest comes next time
        assert int(b.state()["cursor"] or 0) > 0  # the page done stays done
        started = sync.syncs_started
        window.sync_now()
        _wait_idle(qtbot, sync, started)
        with b.store.session() as s:
            assert len(s.scalars(select(Patient)).all()) == 6
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()
        b.store.close()


# -- one at a time ---------------------------------------------------------------------------------
def test_a_request_during_a_sync_runs_once_more_after_it(qtbot: Any, tmp_path: Path,
                                                         live_server: dict[str, Any],
                                                         pool_runner: Runner) -> None:
    a = _client(tmp_path, "a", live_server)
    try:
        gate = threading.Event()
        running = []
        real = a.transport.changes  # a sync with nothing to push: one GET /v1/changes

        def changes(after: int, limit: int) -> Any:
            running.append(1)
            if len(running) == 1:
                gate.wait(10)
            return real(after, limit)

        a.transport.changes = changes  # type: ignore[method-assign]
        window = _window(qtbot, a, pool_runner)
        sync = _wait_controller(qtbot, window)
        qtbot.waitUntil(lambda: bool(running), timeout=10_000)
        for _ in range(3):
            window.sync_now()  # three requests during the run: one more sync, not three
        gate.set()
        qtbot.waitUntil(lambda: sync.syncs_started == 2 and not sync.running, timeout=10_000)
        qtbot.wait(100)
        assert sync.syncs_started == 2 and len(running) == 2
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()


# -- a revoked device ------------------------------------------------------------------------------
def test_a_revoked_device_wipes_and_says_so(qtbot: Any, tmp_path: Path,
                                            live_server: dict[str, Any], pool_runner: Runner,
                                            shot: Any) -> None:
    a = _client(tmp_path, "a", live_server)
    try:
        with a.store.write() as s:
            s.add(Patient(given_name="Ada", family_name="Lovel", birth_date=dt.date(1940, 2, 3)))
        a.sync_once()
        live_server["admin"].revoke_device(a.state()["device_id"])
        window = _window(qtbot, a, pool_runner)
        sync = _wait_controller(qtbot, window)
        qtbot.waitUntil(lambda: sync.status.phase == REVOKED, timeout=15_000)
        qtbot.waitUntil(lambda: isinstance(window.last_dialog, QMessageBox), timeout=5_000)
        assert "revoked" in window.last_dialog.text()
        assert "removed from this computer" in window.last_dialog.text()
        assert window.status_label.text() == "Device revoked — patient data removed"
        assert not window.sync_now_action.isEnabled()
        with a.store.session() as s:
            assert s.scalars(select(Patient)).all() == []
        started = sync.syncs_started
        window.sync_now()  # nothing more is sent
        assert sync.syncs_started == started
        window.last_dialog.close()
        _status_shot(window, shot, "sync_status_revoked")
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()


# -- the status-bar widget on its own ------------------------------------------------------------
def test_status_widget_states_links_and_names(qtbot: Any, shot: Any) -> None:
    from PySide6.QtWidgets import QStatusBar

    bar = QStatusBar()
    widget = SyncStatusWidget(bar)
    bar.addPermanentWidget(widget)
    qtbot.addWidget(bar)
    bar.resize(1000, 26)
    bar.show()
    qtbot.waitExposed(bar)
    assert widget.main_label.text() == OFFLINE_TEXT
    assert widget.accessibleName() == "Sync status"
    assert widget.main_label.accessibleName() == "Connection status"
    assert not widget.conflicts_link.isVisible() and not widget.cancel_button.isVisible()

    now = utcnow()
    widget.set_status(SyncStatus(
        phase=OFFLINE, enrolled=True, offline_since=now - dt.timedelta(minutes=5),
        retry_at=now + dt.timedelta(seconds=30, milliseconds=500), pending=3,
        oldest_pending_at=now - dt.timedelta(hours=2), conflicts=2, quarantined=1,
        message="The sync server cannot be reached", device_name="Laptop 12",
        server_url="https://hearth.clinic.example"))
    for _ in range(3):
        QApplication.processEvents()
    assert widget.main_label.text().endswith("(retry in 30 s)")
    assert widget.pending_label.text() == "3 changes not synced (oldest 2 h)"
    assert "2 conflicts to resolve" in widget.conflicts_link.text()
    assert "1 refused change" in widget.quarantine_link.text()
    tip = widget.main_label.toolTip()
    assert "cannot be reached" in tip and "Laptop 12" in tip and "hearth.clinic" in tip
    shot(bar, "sync_status_offline_waiting")
    with qtbot.waitSignal(widget.sig_open_conflicts) as blocker:
        widget.conflicts_link.linkActivated.emit("#")
    assert blocker.args == ["conflicts"]
    with qtbot.waitSignal(widget.sig_open_conflicts) as blocker:
        widget.quarantine_link.linkActivated.emit("#")
    assert blocker.args == ["refused"]

    widget.set_status(SyncStatus(phase="syncing", enrolled=True, pending=1,
                                 oldest_pending_at=now))
    assert widget.main_label.text() == "Syncing…" and widget.cancel_button.isVisible()
    with qtbot.waitSignal(widget.sig_cancel):
        qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        QApplication.processEvents()
    shot(bar, "sync_status_syncing")


# -- a refused change is kept in quarantine and shown ----------------------------------------------
def test_a_refused_change_is_shown_in_quarantine(qtbot: Any, tmp_path: Path,
                                                 live_server: dict[str, Any],
                                                 pool_runner: Runner, shot: Any) -> None:
    from app.models.entities import VisitNote

    a = _client(tmp_path, "a", live_server)
    b = _client(tmp_path, "b", live_server)
    try:
        with a.store.write() as s:
            p = Patient(given_name="Rosa", family_name="Diaz", birth_date=dt.date(1962, 1, 30))
            s.add(p)
            s.flush()
            note = VisitNote(patient_id=p.id, sections={"assessment": "stable"})
            s.add(note)
        a.sync_once()
        b.sync_once()
        with a.store.write() as s:
            n = s.get(VisitNote, note.id)
            n.status, n.signed_at = "signed", dt.datetime.now(UTC)
        a.sync_once()
        with b.store.write() as s:
            s.get(VisitNote, note.id).sections = {"assessment": "edited on b"}
        window = _window(qtbot, b, pool_runner)
        sync = _wait_controller(qtbot, window)
        _wait_idle(qtbot, sync, 0)
        assert sync.status.quarantined == 1
        link = window.sync_status.quarantine_link
        assert link.isVisible() and "1 refused change" in link.text()
        link.linkActivated.emit("#")
        dialog = window.conflicts_dialog
        assert isinstance(dialog, ConflictsDialog)
        qtbot.waitUntil(lambda: len(dialog.refused) == 1, timeout=10_000)
        qtbot.waitExposed(dialog)
        assert dialog.tabs.currentIndex() == 1
        assert dialog.tabs.tabText(1) == "Refused changes (1)"
        table = dialog.refused_table
        assert table.item(0, 1).text() == "Diaz, Rosa"
        assert table.item(0, 2).text() == "Visit note"
        assert "edited on b" in table.item(0, 3).text()
        assert "signed" in table.item(0, 4).text()
        shot(dialog, "sync_quarantine")
        dialog.close()
    finally:
        pool_runner.wait_for_done(30_000)
        a.store.close()
        b.store.close()


# -- after a note is signed ----------------------------------------------------------------------
def test_signing_a_note_asks_for_a_sync(qtbot: Any, tmp_path: Path,
                                        live_server: dict[str, Any],
                                        sync_runner: Runner) -> None:
    from app.notes.service import start_note
    from app.views.notes.editor import NoteEditor

    a = _client(tmp_path, "a", live_server)
    try:
        with a.store.write() as s:
            p = Patient(given_name="Grace", family_name="Okafor", birth_date=dt.date(1936, 9, 9))
            s.add(p)
        window = _window(qtbot, a, sync_runner)  # synchronous: each sync runs inline
        sync = _wait_controller(qtbot, window)
        assert sync.syncs_started == 1 and sync.status.phase == IDLE
        note = start_note(a.store, p.id)
        window._show_note(note)  # noqa: SLF001 - the note tab, as from the chart
        editor = window._editors[note.id]  # noqa: SLF001
        assert isinstance(editor, NoteEditor)
        editor.sig_signed.emit(note.id)
        qtbot.waitUntil(lambda: sync.syncs_started == 2, timeout=5_000)
        assert sync.status.phase == IDLE
    finally:
        a.store.close()
