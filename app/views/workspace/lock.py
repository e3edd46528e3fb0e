"""The lock: after an idle time, on demand (Ctrl+L), and when the system suspends or locks.

- :class:`IdleLock`: an application event filter; mouse, keyboard, wheel, touch and tablet
  input is activity. Idle time is measured on both the monotonic and the wall clock (the
  larger wins): a monotonic clock stops while the laptop sleeps, so a lid closed for an hour
  would otherwise not count. The first input after such a gap locks instead of resetting.
- :class:`SystemEvents`: what the OS tells us. Linux: logind's ``PrepareForSleep(true)``
  (suspend, lid close) and ``Session.Lock`` on the system bus, the desktop screensaver's
  ``ActiveChanged(true)`` on the session bus (QtDBus). Everywhere: Qt's
  ``applicationStateChanged`` to ``ApplicationSuspended`` (only mobile platforms send it; on
  desktops Qt reports Inactive whenever another app has focus, which is no reason to lock),
  ``commitDataRequest`` (logout/shutdown: run the before-lock callbacks) and ``aboutToQuit``.
  Windows (``WM_POWERBROADCAST``) and macOS (``NSWorkspaceWillSleepNotification``) have no Qt
  signal; there the wall-clock idle check locks at the first event after the machine wakes.
- :class:`LockScreen`: "Hearth is locked", how this store unlocks, and the passphrase field
  or (keyring stores) an Unlock button. No names, no patient data, not even counts.
- :class:`LockController`: locks a main window: runs the before-lock callbacks (flush
  drafts), swaps the central widget for the lock screen, hides the menu bar, status bar,
  tool bars, docks and every other window of the app (dialogs, popups, tooltips), replaces
  the window title, and eats every shortcut but the lock screen's own until she unlocks.

Dialogs should be opened with ``open()``: Qt ends a hidden dialog's ``exec()``, so a dialog
running ``exec()`` when the lock comes is closed (cancelled) rather than hidden and restored.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    SLOT,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.logsetup import safe_exception
from app.security import verify_unlock
from app.views.background import Runner
from app.views.icons import icon

log = logging.getLogger(__name__)

DEFAULT_IDLE_MS = 5 * 60_000
CHECK_EVERY_MS = 5_000  # how often an idle lock looks at the clocks (catches a resume)

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
    QEvent.Type.NativeGesture,
})

_FILTERED = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.Shortcut,
                       QEvent.Type.Show})


class _Clock:
    """Elapsed time that keeps counting while the machine sleeps: the larger of the
    monotonic and the wall-clock difference."""

    def __init__(self) -> None:
        self.mark()

    def mark(self) -> None:
        self._mono = time.monotonic()
        self._wall = time.time()

    def elapsed_ms(self) -> int:
        return int(max(time.monotonic() - self._mono, time.time() - self._wall) * 1000)


# -- idle lock -------------------------------------------------------------------------------------
class IdleLock(QObject):
    """Emits ``sig_lock_requested`` after ``idle_ms`` without input anywhere in the app.
    Install it with :meth:`install` (an application event filter); inactive while the app is
    locked (:meth:`set_active`)."""

    sig_lock_requested = Signal()

    def __init__(self, idle_ms: int = DEFAULT_IDLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle_ms = max(1, int(idle_ms))
        self._active = True
        self._pending = False
        self._clock = _Clock()
        self._app: QCoreApplication | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_ms(self, idle_ms: int) -> None:
        self._idle_ms = max(1, int(idle_ms))
        self._schedule()

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        self._active = active
        self._pending = False
        if active:
            self.reset()
        else:
            self._timer.stop()

    def install(self, app: QCoreApplication | None = None) -> None:
        app = app or QCoreApplication.instance()
        if app is None or self._app is app:
            return
        self.uninstall()
        self._app = app
        app.installEventFilter(self)
        self.reset()

    def uninstall(self) -> None:
        if self._app is not None and shiboken6.isValid(self._app):
            self._app.removeEventFilter(self)
        self._app = None
        self._timer.stop()

    def reset(self) -> None:
        """Count idle time from now."""
        self._clock.mark()
        self._schedule()

    def idle_for_ms(self) -> int:
        return self._clock.elapsed_ms()

    def _schedule(self) -> None:
        if not self._active:
            return
        remaining = max(0, self._idle_ms - self._clock.elapsed_ms())
        self._timer.start(min(remaining, CHECK_EVERY_MS))

    def _check(self) -> None:
        if not self._active:
            return
        if self._clock.elapsed_ms() >= self._idle_ms:
            self._request_lock()
        else:
            self._schedule()

    def _request_lock(self) -> None:
        self._pending = False
        self._timer.stop()
        self.sig_lock_requested.emit()
        if self._active:  # nobody locked: count again from now
            self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._active or event.type() not in _ACTIVITY:
            return False
        if self._pending:
            return True
        if self._clock.elapsed_ms() >= self._idle_ms:
            # Idle too long (the machine slept, or the timer was late). The input that woke
            # it must not reach the window (a click on "Mark done"): lock first.
            self._pending = True
            QTimer.singleShot(0, self._request_lock)
            return True
        self._clock.mark()  # cheap; the timer reschedules itself when it fires
        return False


# -- what the OS tells us --------------------------------------------------------------------------
class SystemEvents(QObject):
    """``sig_lock_now`` when the system is about to sleep or its session locks (Linux, via
    D-Bus; nothing on platforms without it). The buses can be given for tests."""

    sig_lock_now = Signal(str)  # the reason: "sleep" | "session-lock" | "screensaver"

    LOGIND_MANAGER = "org.freedesktop.login1.Manager"
    LOGIND_SESSION = "org.freedesktop.login1.Session"
    SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")

    def __init__(self, parent: QObject | None = None, *, system_bus: Any = None,
                 session_bus: Any = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a platform or build without QtDBus
            return
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if system.isConnected():
            if system.connect("", "", self.LOGIND_MANAGER, "PrepareForSleep", self,
                              SLOT("_prepare_for_sleep(bool)")):
                self.watching.append("logind sleep")
            if system.connect("", "", self.LOGIND_SESSION, "Lock", self,
                              SLOT("_session_lock()")):
                self.watching.append("logind session lock")
        if session.isConnected():
            for interface in self.SCREENSAVERS:
                if session.connect("", "", interface, "ActiveChanged", self,
                                   SLOT("_screensaver(bool)")):
                    self.watching.append(interface)
        log.debug("system lock events: %s", ", ".join(self.watching) or "none")

    @Slot(bool)
    def _prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.sig_lock_now.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.sig_lock_now.emit("session-lock")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.sig_lock_now.emit("screensaver")


# -- the lock screen -------------------------------------------------------------------------------
class LockScreen(QWidget):
    """The locked window's only content. ``store``: the open store (its header says how it
    unlocks); ``demo``: a demo store of invented patients unlocks with a button (its random
    passphrase is known to nobody). ``sig_unlocked`` once the passphrase or the keyring's key
    matched the store."""

    sig_unlocked = Signal()
    sig_attempt_finished = Signal(bool)
    sig_quit_requested = Signal()

    def __init__(self, store: Any, runner: Runner, parent: QWidget | None = None, *,
                 demo: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.demo = demo
        self._busy = False
        self._locked_at: QDateTime | None = None
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self._build_ui()
        self._retranslate()
        self._apply_mode()

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.addStretch(2)

        self.card = QFrame(self)
        self.card.setMaximumWidth(max(520, self.fontMetrics().horizontalAdvance("M") * 36))
        card = QVBoxLayout(self.card)
        card.setSpacing(12)
        self.icon_label = QLabel(self.card)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.icon_label)

        self.heading = QLabel(self.card)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.heading)

        self.info_label = QLabel(self.card)
        self.info_label.setWordWrap(True)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.info_label)
        self.time_label = QLabel(self.card)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.time_label)
        card.addSpacing(6)

        self.passphrase_label = QLabel(self.card)
        self.passphrase_field = QLineEdit(self.card)
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData)
        self.passphrase_label.setBuddy(self.passphrase_field)
        self.passphrase_field.returnPressed.connect(self.try_unlock)
        self.passphrase_field.textEdited.connect(self._edited)
        card.addWidget(self.passphrase_label)
        card.addWidget(self.passphrase_field)

        row = QHBoxLayout()
        row.addStretch(1)
        self.unlock_button = QPushButton(self.card)
        self.unlock_button.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        card.addLayout(row)

        message_row = QHBoxLayout()
        self.message_icon = QLabel(self.card)
        self.message_label = QLabel(self.card)
        self.message_label.setWordWrap(True)
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)
        card.addLayout(message_row)
        # A message or the busy bar appearing must not make the card jump.
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing() * 2)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for widget in (self.message_icon, self.message_label):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)

        self.progress = QProgressBar(self.card)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        card.addWidget(self.progress)

        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.card, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.quit_button = QPushButton(self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.sig_quit_requested)
        bottom.addWidget(self.quit_button)
        outer.addLayout(bottom)
        self._set_message("")
        self.progress.hide()
        self._update_icon()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Hearth is locked"))
        self.heading.setText(self.tr("Hearth is locked"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase_field.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_field.setAccessibleDescription(
            self.tr("The passphrase of your Hearth store"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock Hearth"))
        self.message_label.setAccessibleName(self.tr("Unlock message"))
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.quit_button.setText(self.tr("&Quit Hearth"))
        self.icon_label.setAccessibleName(self.tr("Locked"))
        self._apply_mode()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._update_icon()
        super().changeEvent(event)

    def _update_icon(self) -> None:
        """Hearth's icons, sized from the font (so a 200 % font gets big icons too)."""
        line = self.fontMetrics().height()
        size = max(56, int(line * 3.2))
        self.icon_label.setPixmap(icon("lock").pixmap(QSize(size, size),
                                                      self.devicePixelRatioF()))
        small = max(16, line)
        self.unlock_button.setIcon(icon("unlock"))
        self.unlock_button.setIconSize(QSize(small, small))
        self.message_icon.setPixmap(icon("warning").pixmap(QSize(small, small),
                                                           self.devicePixelRatioF()))

    # -- mode ----------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """"passphrase", "keyring" or "open" (a demo store, or no store yet)."""
        if self.store is None or self.demo:
            return "open"
        return "keyring" if self.store.header.key_mode == "keyring" else "passphrase"

    def set_store(self, store: Any, *, demo: bool = False) -> None:
        self.store = store
        self.demo = demo
        self._apply_mode()

    def _apply_mode(self) -> None:
        mode = self.mode
        if mode == "passphrase":
            info = self.tr("Your store is encrypted. Enter your passphrase to unlock it.")
        elif mode == "keyring":
            info = self.tr("Your store's key is kept in this computer's keyring. Press Unlock; "
                      "your system may ask for your login password.")
        else:
            info = self.tr("Demo panel: invented patients. Press Unlock to go on.")
        self.info_label.setText(info)
        needs_passphrase = mode == "passphrase"
        self.passphrase_label.setVisible(needs_passphrase)
        self.passphrase_field.setVisible(needs_passphrase)
        self._update_time()
        self._update_enabled()

    def _update_time(self) -> None:
        if self._locked_at is None:
            self.time_label.setText("")
            return
        when = QLocale().toString(self._locked_at, "HH:mm")
        self.time_label.setText(self.tr("Locked at %1").replace("%1", when))

    def reset(self) -> None:
        """Ready for a new lock: empty field, no message, the focus where she types."""
        self._locked_at = QDateTime.currentDateTime()
        self.passphrase_field.clear()
        self._set_message("")
        self._apply_mode()
        self.focus_input()

    def focus_input(self) -> None:
        target = self.passphrase_field if self.mode == "passphrase" else self.unlock_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- unlocking -----------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        if self.message_label.text():
            self._set_message("")
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.passphrase_field.setEnabled(not self._busy)
        ready = not self._busy and (self.mode != "passphrase"
                                    or bool(self.passphrase_field.text()))
        self.unlock_button.setEnabled(ready)

    def try_unlock(self) -> None:
        if self._busy:
            return
        mode = self.mode
        if mode == "open":
            self._done(True)
            return
        passphrase = self.passphrase_field.text() if mode == "passphrase" else None
        if mode == "passphrase" and not passphrase:
            return
        self._set_busy(True)
        self._set_message(self.tr("Checking…") if mode == "passphrase"
                          else self.tr("Asking the keyring…"), warning=False)
        self.runner.run(verify_unlock, self.store, passphrase, on_done=self._done,
                        on_error=lambda message, _exc: self._failed(message))

    def _done(self, ok: bool) -> None:
        self._set_busy(False)
        self.passphrase_field.clear()
        if ok:
            self._set_message("")
            self.sig_attempt_finished.emit(True)
            self.sig_unlocked.emit()
            return
        if self.mode == "keyring":
            self._failed(self.tr("The keyring did not give Hearth's key. Unlock your keyring "
                                 "(your login password) and try again."))
        else:
            self._failed(self.tr("Wrong passphrase — try again"))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.passphrase_field.clear()
        self._set_message(message)
        self._update_enabled()
        self.focus_input()
        self.sig_attempt_finished.emit(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update_enabled()

    def _set_message(self, text: str, *, warning: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.message_icon.setVisible(bool(text) and warning)


# -- the controller --------------------------------------------------------------------------------
def _widget_chain_contains(ancestor: QWidget, widget: QObject) -> bool:
    """``widget`` is ``ancestor`` or below it, across window boundaries (popups too)."""
    node: Any = widget
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent()
    return False


class LockController(QObject):
    """Locks ``window`` (a QMainWindow) on demand (:meth:`lock`, ``lock_action`` Ctrl+L),
    after ``idle_ms`` without input, and when the system sleeps or locks; unlocking needs the
    store's passphrase or its key from the OS keyring (see :class:`LockScreen`).

    ``add_before_lock(callable)``: called, in order, before every lock and when the app is
    about to quit or the session ends (flush drafts there; a callback must finish its writes
    before it returns, or hand them to the Runner, which is drained at quit).
    """

    sig_locked = Signal()
    sig_unlocked = Signal()

    def __init__(self, window: QMainWindow, store: Any, runner: Runner, *,
                 idle_ms: int = DEFAULT_IDLE_MS, demo: bool = False,
                 watch_system: bool = True, app: QApplication | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.runner = runner
        self._app = app or QApplication.instance()
        self._before_lock: list[Callable[[], Any]] = []
        self._locked = False
        self._central: QWidget | None = None
        self._central_visible = True
        self._hidden_bars: list[QWidget] = []
        self._hidden_windows: list[QWidget] = []
        self._title = ""
        self._focus: QWidget | None = None
        self._setting_title = False

        # Everything stays in the window's object tree (so it all goes when the window goes):
        # unlocked, the lock screen is a hidden child of the window; locked, the panel is a
        # hidden child of the lock screen.
        self.screen = LockScreen(store, runner, window, demo=demo)
        self.screen.hide()
        self.screen.sig_unlocked.connect(self._unlock)
        self.screen.sig_quit_requested.connect(self.window.close)

        self.lock_action = QAction(icon("lock"), self.tr("&Lock Hearth"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock Hearth now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        self._lock_key = self.lock_action.shortcut()[0]

        self.idle = IdleLock(idle_ms, self)
        self.idle.sig_lock_requested.connect(self.lock)
        self.idle.install(self._app)

        self.system: SystemEvents | None = None
        if watch_system:
            self.system = SystemEvents(self)
            self.system.sig_lock_now.connect(self._system_lock)
        if isinstance(self._app, QGuiApplication):
            self._app.applicationStateChanged.connect(self._state_changed)
            self._app.commitDataRequest.connect(self._session_ending)
        if self._app is not None:
            self._app.aboutToQuit.connect(self._about_to_quit)
            # Ctrl+L from any window (a modal dialog blocks the window's own shortcuts), and
            # while locked: no other shortcut, no new window.
            self._app.installEventFilter(self)
        window.windowTitleChanged.connect(self._title_changed)

    # -- API -------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._locked

    def add_before_lock(self, callback: Callable[[], Any]) -> None:
        self._before_lock.append(callback)

    def remove_before_lock(self, callback: Callable[[], Any]) -> None:
        if callback in self._before_lock:
            self._before_lock.remove(callback)

    def set_idle_ms(self, idle_ms: int) -> None:
        self.idle.set_idle_ms(idle_ms)

    def set_store(self, store: Any, *, demo: bool = False) -> None:
        """Another store is open (the demo, then her own): unlocking follows its key mode."""
        self.store = store
        self.screen.set_store(store, demo=demo)

    def run_before_lock(self) -> None:
        """Call every before-lock callback; one that fails is logged and the rest still run."""
        for callback in list(self._before_lock):
            try:
                callback()
            except Exception as exc:  # noqa: BLE001 - a failed flush must not stop the lock
                log.error("before-lock callback failed\n%s", safe_exception(exc))

    def lock(self) -> None:
        if self._locked or not shiboken6.isValid(self.window):
            return
        self.run_before_lock()
        self._locked = True
        self.idle.set_active(False)
        window = self.window
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and window.isAncestorOf(focus) else None
        QToolTip.hideText()

        # Every other window of the app: dialogs, floating docks, popups, tooltips.
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget is window or widget is self.screen or not widget.isVisible():
                continue
            transient = widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            widget.hide()
            if not transient:
                self._hidden_windows.append(widget)

        # Menus, status bar, tool bars, docks: anything but the lock screen.
        self._hidden_bars = []
        bars: list[QWidget | None] = [window.menuWidget(), window.findChild(QStatusBar)]
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        bars += window.findChildren(QToolBar, "", direct)
        bars += window.findChildren(QDockWidget, "", direct)
        for bar in bars:
            if bar is not None and bar.isVisible():
                bar.hide()
                self._hidden_bars.append(bar)

        central = window.centralWidget()
        self._central_visible = central is not None and not central.isHidden()
        self._central = window.takeCentralWidget()
        window.setCentralWidget(self.screen)
        if self._central is not None:
            self._central.setParent(self.screen)  # hidden, owned, out of any layout
            self._central.hide()
        self.screen.show()
        self._title = window.windowTitle()
        self._set_locked_title()
        self.screen.reset()
        log.info("locked")
        self.sig_locked.emit()

    # -- unlocking -------------------------------------------------------------------------------
    def _unlock(self) -> None:
        if not self._locked:
            return
        window = self.window
        taken = window.takeCentralWidget()
        if taken is not None and taken is not self.screen:  # should not happen; keep it shown
            window.setCentralWidget(taken)
        else:
            self.screen.setParent(window)
            self.screen.hide()
            if self._central is not None and shiboken6.isValid(self._central):
                window.setCentralWidget(self._central)
                self._central.setVisible(self._central_visible)
        self._central = None
        for bar in self._hidden_bars:
            if shiboken6.isValid(bar):
                bar.show()
        self._hidden_bars = []
        self._setting_title = True
        window.setWindowTitle(self._title)
        self._setting_title = False
        self._locked = False
        for widget in self._hidden_windows:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden_windows = []
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        self.idle.set_active(True)
        log.info("unlocked")
        self.sig_unlocked.emit()

    # -- while locked ----------------------------------------------------------------------------
    def _set_locked_title(self) -> None:
        self._setting_title = True
        self.window.setWindowTitle(self.tr("Hearth — Locked"))
        self._setting_title = False

    def _title_changed(self, title: str) -> None:
        if self._locked and not self._setting_title:
            self._title = title  # the window changed its title while locked: keep it for later
            self._set_locked_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+L anywhere; while locked, no shortcut but the lock screen's, no new window."""
        kind = event.type()
        if kind not in _FILTERED or not self._window_shown():
            return False
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if isinstance(event, QKeyEvent) and event.keyCombination() == self._lock_key:
                event.accept()
                if kind == QEvent.Type.ShortcutOverride and not self._locked:
                    QTimer.singleShot(0, self.lock)  # after this key event is done with
                return True
            return False
        if not self._locked:
            return False
        if kind == QEvent.Type.Shortcut:
            return not _widget_chain_contains(self.screen, watched)
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if (watched is not self.window and watched.windowType() != Qt.WindowType.ToolTip
                    and not _widget_chain_contains(self.screen, watched)):
                # Hidden as soon as Qt is done showing it (hiding a window from inside its
                # own Show event leaves Qt's window state inconsistent).
                QTimer.singleShot(0, lambda w=watched: self._hide_late(w))
        return False

    def _window_shown(self) -> bool:
        return shiboken6.isValid(self.window) and self.window.isVisible()

    def _hide_late(self, widget: QWidget) -> None:
        if not self._locked or not shiboken6.isValid(widget) or not widget.isVisible():
            return
        widget.hide()
        if widget.windowType() != Qt.WindowType.Popup and widget not in self._hidden_windows:
            self._hidden_windows.append(widget)

    # -- system events ---------------------------------------------------------------------------
    def _system_lock(self, reason: str) -> None:
        log.info("locking: %s", reason)
        self.lock()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def _session_ending(self, _manager: Any) -> None:
        self.run_before_lock()

    def _about_to_quit(self) -> None:
        self.run_before_lock()
        self.runner.wait_for_done(10_000)


__all__ = ["IdleLock", "LockController", "LockScreen", "SystemEvents"]
