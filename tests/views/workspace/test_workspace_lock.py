"""The lock: idle, Ctrl+L, system events; what a locked window shows; unlocking."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.models import keys
from app.models.entities import Patient
from app.models.store import Store
from app.security import verify_unlock
from app.views.main_window import MainWindow
from app.views.workspace.lock import IdleLock, LockController, LockScreen, SystemEvents
from tests.views.conftest import PASSPHRASE

WRONG = "not the passphrase at all"
LOCKED_TITLE = "Hearth — Locked"


def patient_names(store: Store) -> list[str]:
    with store.session() as s:
        names = {n for p in s.query(Patient).all() for n in (p.given_name, p.family_name) if n}
    return sorted(names)


def visible_texts() -> list[str]:
    """Every text a person (or a screen reader) could see in any visible window of the app."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts += [top.windowTitle(), top.accessibleName()]
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.accessibleName(), widget.accessibleDescription(),
                      widget.toolTip()]
            if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
                texts.append(widget.text())
    return [t for t in texts if t]


def assert_no_patient_data(names: list[str]) -> None:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    leaks = [t for t in visible_texts() if pattern.search(t)]
    assert not leaks, leaks


def _window(qtbot, store: Any, runner: Any, *, demo: bool = False) -> MainWindow:
    window = MainWindow(store, runner, demo=demo, settings=None, watch_system=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._loading, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


# -- idle ------------------------------------------------------------------------------------------
def test_idle_lock_fires_after_a_short_idle_time(qtbot, qapp) -> None:
    idle = IdleLock(150)
    idle.install(qapp)
    try:
        started = time.monotonic()
        with qtbot.waitSignal(idle.sig_lock_requested, timeout=3_000):
            pass
        assert time.monotonic() - started >= 0.14

        # Input counts as activity: it starts the idle time again.
        idle.set_idle_ms(60_000)
        idle.set_active(True)
        target = QWidget()
        qtbot.addWidget(target)
        time.sleep(0.05)
        assert idle.idle_for_ms() >= 50
        QApplication.sendEvent(target, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(3, 3), QPointF(3, 3), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        assert idle.idle_for_ms() < 40
    finally:
        idle.uninstall()


def test_first_input_after_the_machine_slept_locks(qtbot, qapp, monkeypatch) -> None:
    """A monotonic clock stops during suspend; the wall clock does not."""
    idle = IdleLock(60_000)
    idle.install(qapp)
    try:
        target = QWidget()
        qtbot.addWidget(target)
        wall = time.time()
        monkeypatch.setattr(time, "time", lambda: wall + 3600)  # an hour with the lid closed
        with qtbot.waitSignal(idle.sig_lock_requested, timeout=1_000):
            qtbot.keyClick(target, Qt.Key.Key_A)
    finally:
        idle.uninstall()


# -- locking a window ------------------------------------------------------------------------------
def test_ctrl_l_locks_and_the_window_shows_no_patient_data(qtbot, panel_store, pool_runner,
                                                            shot) -> None:
    window = _window(qtbot, panel_store, pool_runner)
    central = window.centralWidget()
    controller = window.lock  # the window's own lock
    calls: list[str] = []
    controller.add_before_lock(lambda: calls.append("drafts flushed"))
    names = patient_names(panel_store)

    # A patient's chart is open when she walks away.
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() > 1)
    chart = window.tabs.currentWidget()
    assert chart.isVisible()
    note = QMessageBox(QMessageBox.Icon.Information, "Abbott, Margaret",
                       "Call Margaret Abbott back", QMessageBox.StandardButton.Ok, window)
    note.open()
    qtbot.waitExposed(note)
    note.activateWindow()
    qtbot.waitUntil(note.isActiveWindow)
    # Ctrl+L works from any window of the app (here the dialog she is reading).
    with qtbot.waitSignal(controller.sig_locked, timeout=2_000):
        qtbot.keyClick(note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked and calls == ["drafts flushed"]
    assert window.centralWidget() is controller.screen and isinstance(controller.screen,
                                                                      LockScreen)
    assert window.windowTitle() == LOCKED_TITLE
    assert not chart.isVisible() and not note.isVisible() and not central.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert controller.screen.passphrase_field.isVisible()
    assert controller.screen.heading.text() == "Hearth is locked"
    assert_no_patient_data(names)

    # While locked: no shortcut works, a new dialog is hidden, a title change is held back.
    found: list[bool] = []
    window.find_action.triggered.connect(lambda: found.append(True))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not found
    window.show_error("The import did not finish.")
    late = window.last_dialog
    qtbot.waitUntil(lambda: not late.isVisible())
    window.setWindowTitle("Hearth — Demo panel")
    assert window.windowTitle() == LOCKED_TITLE
    assert_no_patient_data(names)
    shot(window, "workspace_lock_passphrase")

    controller.lock()  # locking again changes nothing
    assert calls == ["drafts flushed"]


def test_wrong_passphrase_then_right_unlocks(qtbot, panel_store, pool_runner, shot,
                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    window = _window(qtbot, panel_store, pool_runner)
    central = window.centralWidget()
    controller = window.lock  # the window's own lock
    controller.lock()
    screen = controller.screen
    field = screen.passphrase_field
    qtbot.waitUntil(field.hasFocus)
    assert not screen.unlock_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(field, WRONG)
    with qtbot.waitSignal(screen.sig_attempt_finished, timeout=10_000) as attempt:
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert screen.progress.isVisible()
    assert attempt.args == [False]
    assert screen.message_label.text() == "Wrong passphrase — try again"
    assert screen.message_label.isVisible() and screen.message_icon.isVisible()
    assert field.text() == "" and field.hasFocus()
    assert controller.is_locked and window.centralWidget() is screen
    shot(window, "workspace_lock_wrong_passphrase")

    qtbot.keyClicks(field, PASSPHRASE)
    assert screen.message_label.text() == ""  # typing again clears the message
    with qtbot.waitSignal(controller.sig_unlocked, timeout=10_000):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not controller.is_locked and field.text() == ""
    assert window.centralWidget() is central and central.isVisible()
    assert window.windowTitle() == "Hearth"
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.table.model().rowCount() == 8
    assert PASSPHRASE not in caplog.text and WRONG not in caplog.text

    # The idle lock runs again after unlocking; Ctrl+L locks again.
    assert controller.idle.active
    with qtbot.waitSignal(controller.sig_locked, timeout=2_000):
        controller.lock_action.trigger()


def test_dialogs_hidden_by_the_lock_come_back(qtbot, panel_store, sync_runner) -> None:
    window = _window(qtbot, panel_store, sync_runner)
    window.show_error("Something to read later")
    box = window.last_dialog
    qtbot.waitExposed(box)
    controller = LockController(window, panel_store, sync_runner, watch_system=False)
    controller.lock()
    assert not box.isVisible()
    controller.screen.passphrase_field.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.sig_unlocked, timeout=10_000):
        controller.screen.try_unlock()
    assert box.isVisible()


def test_keyring_store_unlocks_with_the_keyring(qtbot, secret_service, tmp_path: Path,
                                                pool_runner, shot) -> None:
    store = Store.create(tmp_path / "keyring-store", mode="keyring")
    try:
        assert store.header.key_mode == "keyring" and verify_unlock(store, None)
        window = _window(qtbot, store, pool_runner)
        controller = LockController(window, store, pool_runner, watch_system=False)
        controller.lock()
        screen = controller.screen
        assert screen.mode == "keyring"
        assert not screen.passphrase_field.isVisible() and screen.unlock_button.isEnabled()
        assert "keyring" in screen.info_label.text()
        qtbot.waitUntil(screen.unlock_button.hasFocus)
        shot(window, "workspace_lock_keyring")

        # The key gone from the keyring: a clear message, still locked.
        header = store.header
        raw = keys.keyring_get(header.store_id, header.key_id)
        assert raw is not None
        keys.keyring_delete(header.store_id, header.key_id)
        try:
            with qtbot.waitSignal(screen.sig_attempt_finished, timeout=10_000) as attempt:
                qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
            assert attempt.args == [False] and controller.is_locked
            assert screen.message_label.text().startswith("The keyring did not give")
            shot(window, "workspace_lock_keyring_refused")
        finally:
            keys.keyring_put(header.store_id, header.key_id, raw)

        with qtbot.waitSignal(controller.sig_unlocked, timeout=10_000):
            qtbot.keyClick(screen.unlock_button, Qt.Key.Key_Space)
        assert not controller.is_locked
    finally:
        store.close()


def test_demo_store_unlocks_with_the_button(qtbot, panel_store, sync_runner) -> None:
    window = _window(qtbot, panel_store, sync_runner, demo=True)
    controller = LockController(window, panel_store, sync_runner, demo=True,
                                watch_system=False)
    controller.lock()
    assert controller.screen.mode == "open"
    assert not controller.screen.passphrase_field.isVisible()
    assert "Demo" in controller.screen.info_label.text()
    with qtbot.waitSignal(controller.sig_unlocked, timeout=2_000):
        controller.screen.unlock_button.click()
    assert window.windowTitle() == "Hearth — Demo panel"


# -- before-lock callbacks and system events ----------------------------------------------------
def test_before_lock_callbacks_run_on_lock_quit_and_session_end(qtbot, qapp, panel_store,
                                                                sync_runner, caplog) -> None:
    window = _window(qtbot, panel_store, sync_runner)
    controller = LockController(window, panel_store, sync_runner, watch_system=False)
    calls: list[str] = []

    def broken() -> None:
        raise RuntimeError("Abbott's draft")  # its text must not reach the log

    controller.add_before_lock(lambda: calls.append("first"))
    controller.add_before_lock(broken)
    controller.add_before_lock(lambda: calls.append("last"))

    qapp.aboutToQuit.emit()  # quitting: drafts are saved, nothing is locked
    assert calls == ["first", "last"] and not controller.is_locked
    assert "Abbott" not in caplog.text and "before-lock callback failed" in caplog.text

    controller.lock()
    assert calls == ["first", "last"] * 2 and controller.is_locked


def test_suspended_application_state_locks(qtbot, qapp, panel_store, sync_runner) -> None:
    window = _window(qtbot, panel_store, sync_runner)
    controller = LockController(window, panel_store, sync_runner, watch_system=False)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not controller.is_locked  # another app took the focus: no reason to lock
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert controller.is_locked


def _session_bus() -> Any:
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus: run the tests with tests/run.sh")
    return bus


def _send_signal(bus: Any, path: str, interface: str, name: str, *args: Any) -> None:
    from PySide6.QtDBus import QDBusMessage

    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert bus.send(message)


def test_system_sleep_and_screensaver_signals(qtbot, panel_store, sync_runner) -> None:
    bus = _session_bus()
    # logind lives on the system bus; the test bus stands in for it.
    events = SystemEvents(system_bus=bus, session_bus=bus)
    assert "logind sleep" in events.watching
    with qtbot.assertNotEmitted(events.sig_lock_now, wait=200):
        _send_signal(bus, "/org/freedesktop/login1", SystemEvents.LOGIND_MANAGER,
                     "PrepareForSleep", False)  # waking up: nothing to do
    with qtbot.waitSignal(events.sig_lock_now, timeout=3_000) as sleeping:
        _send_signal(bus, "/org/freedesktop/login1", SystemEvents.LOGIND_MANAGER,
                     "PrepareForSleep", True)
    assert sleeping.args == ["sleep"]
    with qtbot.waitSignal(events.sig_lock_now, timeout=3_000) as session_lock:
        _send_signal(bus, "/org/freedesktop/login1/session/_31", SystemEvents.LOGIND_SESSION,
                     "Lock")
    assert session_lock.args == ["session-lock"]

    # The real wiring: a controller watching the desktop's screensaver locks with it.
    window = _window(qtbot, panel_store, sync_runner)
    controller = LockController(window, panel_store, sync_runner)
    with qtbot.waitSignal(controller.sig_locked, timeout=3_000):
        _send_signal(bus, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                     "ActiveChanged", True)
    assert controller.is_locked
