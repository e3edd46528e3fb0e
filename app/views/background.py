"""Run slow work (database, files, key derivation) off the GUI thread.

One small helper for the whole GUI: :class:`Runner`. Each user action is one plain function
run in a thread pool; its result or exception comes back on the GUI thread through a queued
signal, where the caller's ``on_done`` / ``on_error`` callbacks run. Workers never touch
widgets. ``Runner(synchronous=True)`` runs the function inline, for tests.

    runner.run(load_panel_rows, store, on_done=self._show_rows, on_error=self._show_error)

Errors: a :class:`~app.models.errors.HearthError` is written for people, so its message is
shown; any other exception gets a generic message (its text may hold patient data, e.g. a
database error carrying a row's values) and is logged with its stack frames, without its text.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)

from app.logsetup import safe_exception
from app.models.errors import HearthError

log = logging.getLogger(__name__)

GENERIC_ERROR = "Something went wrong; the details are in the log."

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[str, BaseException], None]


def user_message(exc: BaseException) -> str:
    """What to tell a person about ``exc``: a Hearth error's own message, else a generic one."""
    if isinstance(exc, HearthError):
        text = str(exc).strip()
        return text[:1].upper() + text[1:] if text else GENERIC_ERROR
    return GENERIC_ERROR


def _task_name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or type(fn).__name__


@dataclass
class _Pending:
    name: str
    on_done: DoneCallback | None
    on_error: ErrorCallback | None


class _Relay(QObject):
    """Lives on the GUI thread; workers emit on it, so delivery is queued to the GUI thread."""

    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, token: int, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._token, self._fn, self._args, self._kwargs = token, fn, args, kwargs
        self._relay = relay

    def run(self) -> None:  # on a pool thread
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            outcome, value = self._relay.sig_failed, exc
        else:
            outcome, value = self._relay.sig_done, result
        finally:
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]
        try:
            outcome.emit(self._token, value)
        except RuntimeError:  # the runner was deleted while we worked: nobody to tell
            pass


class Runner(QObject):
    """Runs functions in a thread pool and hands their outcome back on the GUI thread.

    ``sig_busy(bool)`` tells when the first job starts and the last one ends (for a busy
    cursor or a "Working…" label); ``sig_error(str)`` carries the message of a failed job
    that had no ``on_error`` of its own, for the window to show.
    """

    sig_busy = Signal(bool)
    sig_error = Signal(str)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 max_threads: int = 2) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._deliver_done)
        self._relay.sig_failed.connect(self._deliver_failed)
        self._tokens = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    # -- API -----------------------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
            on_error: ErrorCallback | None = None, **kwargs: Any) -> int:
        """Run ``fn(*args, **kwargs)`` in the background. ``on_done(result)`` or
        ``on_error(message, exc)`` is then called on the GUI thread. Returns a job number."""
        token = next(self._tokens)
        self._pending[token] = _Pending(_task_name(fn), on_done, on_error)
        if len(self._pending) == 1:
            self.sig_busy.emit(True)
        if self.synchronous:
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - reported like a background failure
                self._deliver_failed(token, exc)
            else:
                self._deliver_done(token, result)
        else:
            self._pool.start(_Job(token, fn, args, kwargs, self._relay))
        return token

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every started job has finished and been delivered (shutdown, tests)."""
        timer = QElapsedTimer()
        timer.start()
        if not self._pool.waitForDone(msecs):
            return False
        # Results are queued to this thread: hand them over before returning.
        while self._pending and timer.elapsed() < msecs:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self._pending

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``fn`` in the background while the GUI stays responsive (a local event loop),
        then return its result or raise its exception. For start-up steps that must finish
        before anything else can happen (opening the store)."""
        box: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: Any) -> None:
            box["result"] = result
            loop.quit()

        def failed(_message: str, exc: BaseException) -> None:
            box["error"] = exc
            loop.quit()

        self.run(fn, *args, on_done=done, on_error=failed, **kwargs)
        if not box:
            loop.exec()
        if "error" in box:
            raise box["error"]
        return box.get("result")

    # -- delivery (GUI thread) -----------------------------------------------------------------
    @Slot(int, object)
    def _deliver_done(self, token: int, result: Any) -> None:
        pending = self._pending.pop(token, None)
        try:
            if pending is not None and pending.on_done is not None:
                pending.on_done(result)
        finally:
            self._maybe_idle()

    @Slot(int, object)
    def _deliver_failed(self, token: int, exc: BaseException) -> None:
        pending = self._pending.pop(token, None)
        name = pending.name if pending else "?"
        if isinstance(exc, HearthError):
            log.info("task %s: %s", name, type(exc).__name__)
        else:
            log.error("task %s failed\n%s", name, safe_exception(exc))
        message = user_message(exc)
        try:
            if pending is not None and pending.on_error is not None:
                pending.on_error(message, exc)
            else:
                self.sig_error.emit(message)
        finally:
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self._pending:
            self.sig_busy.emit(False)
