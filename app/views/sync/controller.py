"""Background sync for the app: when to sync, one at a time, backoff, cancel, state.

The controller lives on the GUI thread and never touches the store itself: each sync (and
each read of the counts for the status bar) is one plain function run by the
:class:`~app.views.background.Runner`; results come back by its callbacks. A sync asked for
while one runs is remembered and run once more afterwards (never two at a time).

Timers: a sync every ``interval_ms`` while online (2 min); after a failure, retries with
exponential backoff and jitter from ``backoff_min_ms`` (1 s) to ``backoff_max_ms`` (5 min).
Tests pass short ones.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import func, select

from app.models.base import utcnow
from app.models.entities import Device
from app.models.sync import SyncConflict, SyncOutbox, SyncQuarantine, SyncState, parse_utc
from app.sync.engine import SyncCancelled, SyncClient, SyncReport
from app.sync.transport import (
    DeviceRevoked,
    HttpTransport,
    NotEnrolled,
    ServerUnreachable,
    Unauthorized,
)
from app.views.background import Runner

log = logging.getLogger(__name__)

INTERVAL_MS = 120_000
BACKOFF_MIN_MS = 1_000
BACKOFF_MAX_MS = 300_000

#: phases of :class:`SyncStatus`
NOT_ENROLLED, IDLE, SYNCING, OFFLINE, FAILED, REVOKED = (
    "not_enrolled", "idle", "syncing", "offline", "failed", "revoked")


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows; plain data, made on the GUI thread."""

    phase: str = NOT_ENROLLED
    enrolled: bool = False
    last_sync_at: dt.datetime | None = None
    offline_since: dt.datetime | None = None
    retry_at: dt.datetime | None = None  # the next automatic retry after a failure
    pending: int = 0  # outbox entries not yet accepted by the server
    oldest_pending_at: dt.datetime | None = None
    conflicts: int = 0  # open conflicts
    quarantined: int = 0  # changes the server refused
    message: str = ""  # the last problem, for people
    device_name: str = ""
    server_url: str = ""
    nurse_name: str = ""  # whom this device was enrolled for


@dataclass(frozen=True)
class StoreSyncFacts:
    """The store's side of the status (read in the background)."""

    enrolled: bool
    revoked: bool
    last_sync_at: dt.datetime | None
    pending: int
    oldest_pending_at: dt.datetime | None
    conflicts: int
    quarantined: int
    device_id: str
    device_name: str
    server_url: str
    nurse_name: str = ""


def read_sync_status(store: Any) -> StoreSyncFacts:
    """The sync facts of ``store`` (a background job: it reads the database)."""
    with store.session() as s:
        state = {row.key: row.value for row in s.scalars(select(SyncState))}
        pending, oldest = s.execute(select(func.count(), func.min(SyncOutbox.at))).one()
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict)
                             .where(SyncConflict.status == "open")) or 0
        refused = s.scalar(select(func.count()).select_from(SyncQuarantine)) or 0
        device_id = state.get("device_id") or ""
        device = s.get(Device, device_id) if device_id else None
        device_name = device.name if device is not None else ""
    last = state.get("last_sync_at")
    if isinstance(oldest, dt.datetime) and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=dt.timezone.utc)
    return StoreSyncFacts(
        enrolled=bool(device_id and state.get("server_url")),
        revoked=bool(state.get("revoked")), last_sync_at=parse_utc(last) if last else None,
        pending=int(pending or 0), oldest_pending_at=oldest, conflicts=int(conflicts),
        quarantined=int(refused), device_id=device_id, device_name=device_name,
        server_url=state.get("server_url") or "", nurse_name=state.get("nurse_name") or "")


def default_client_factory(store: Any) -> SyncClient:
    """A :class:`SyncClient` for the store's enrolled server (token from the OS keyring).
    Two quick attempts per request: the controller does the longer backoff itself."""
    client = SyncClient(store, transport=None)  # type: ignore[arg-type]
    state = client.state()
    if not state.get("server_url"):
        raise NotEnrolled("this store is not enrolled with a clinic server")
    client.transport = HttpTransport(state["server_url"] or "", ca_file=state.get("ca_file"),
                                     attempts=2, backoff_base=0.5)
    return client


def sync_job(store: Any, client_factory: Callable[[Any], SyncClient],
             stop: threading.Event) -> tuple[SyncReport, StoreSyncFacts]:
    """One sync, then the new counts (on a worker thread)."""
    client = client_factory(store)
    try:
        report = client.sync_once(should_stop=stop.is_set)
    finally:
        if client_factory is default_client_factory:  # its own connection pool
            close = getattr(client.transport, "close", None)
            if close is not None:
                close()
    return report, read_sync_status(store)


class SyncController(QObject):
    """Runs syncs in the background for one enrolled store and reports their state.

    Signals: ``sig_state(SyncStatus)`` on every change; ``sig_finished(SyncReport)`` after a
    sync that finished; ``sig_failed(str)`` with a message for people after one that did not;
    ``sig_revoked(str)`` once the server revoked this device (its patient data was wiped);
    ``sig_data_changed()`` when a sync brought or removed records (the views reload).
    """

    sig_state = Signal(object)
    sig_finished = Signal(object)
    sig_failed = Signal(str)
    sig_revoked = Signal(str)
    sig_data_changed = Signal()

    def __init__(self, store: Any, runner: Runner, *,
                 client_factory: Callable[[Any], SyncClient] | None = None,
                 interval_ms: int = INTERVAL_MS, backoff_min_ms: int = BACKOFF_MIN_MS,
                 backoff_max_ms: int = BACKOFF_MAX_MS,
                 rand: Callable[[], float] = random.random,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.client_factory = client_factory or default_client_factory
        self.interval_ms = interval_ms
        self.backoff_min_ms = backoff_min_ms
        self.backoff_max_ms = backoff_max_ms
        self._rand = rand
        self.status = SyncStatus(phase=IDLE, enrolled=True)  # made for enrolled stores only
        self.failures = 0  # consecutive failed syncs (for the backoff)
        self.last_delay_ms = 0  # the last retry delay chosen
        self.syncs_started = 0
        self._running = False
        self._again = False
        self._stopped = False
        self._reads = 0  # numbered reads of the counts, so a late one never wins
        self._shown = 0
        self._stop = threading.Event()
        self._timer = QTimer(self)  # the next automatic sync (interval or retry)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.request_sync("timer"))

    # -- API -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Show the store's counts and sync now (the app has just opened the store)."""
        self._stopped = False
        self.refresh()
        self.request_sync("start")

    def shutdown(self) -> None:
        """No more syncs (the store is closing or switching); a running one is cancelled."""
        self._stopped = True
        self._timer.stop()
        self._stop.set()

    def request_sync(self, reason: str = "request") -> None:
        """Sync as soon as possible; during a sync, once more after it."""
        if self._stopped or self.status.phase == REVOKED:
            return
        if self._running:
            self._again = True
            return
        log.info("sync requested (%s)", reason)
        self._timer.stop()
        self._running = True
        self._again = False
        self._stop = threading.Event()
        self.syncs_started += 1
        self._set(phase=SYNCING, retry_at=None)
        self.runner.run(sync_job, self.store, self.client_factory, self._stop,
                        on_done=self._done, on_error=self._failed)

    def cancel(self) -> None:
        """Stop the running sync at its next batch or page; no automatic retry follows
        until the timer's next turn."""
        self._again = False
        if self._running:
            self._stop.set()

    def refresh(self) -> None:
        """Re-read the counts (after a local change: a note signed, a conflict resolved)."""
        self._reads += 1
        n = self._reads

        def show(facts: StoreSyncFacts) -> None:
            if not self._stopped and n > self._shown:  # never older counts over newer ones
                self._shown = n
                self._apply_facts(facts)

        self.runner.run(read_sync_status, self.store, on_done=show,
                        on_error=lambda message, _exc: log.info("sync status not read"))

    def next_delay_ms(self) -> int:
        """The backoff before retry number ``failures``: exponential from the minimum to
        the cap, with jitter (between 75 % and 100 % of it, never under the minimum)."""
        n = max(1, self.failures)
        ceiling = min(self.backoff_max_ms, self.backoff_min_ms * (2 ** min(n - 1, 30)))
        return max(self.backoff_min_ms, int(ceiling * (0.75 + 0.25 * self._rand())))

    @property
    def timer_remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    # -- outcomes (GUI thread) -----------------------------------------------------------------
    def _done(self, result: tuple[SyncReport, StoreSyncFacts]) -> None:
        report, facts = result
        self._running = False
        if self._stopped:  # the window closed or the store changed meanwhile
            return
        self.failures = 0
        self._reads += 1  # read at the end of the sync: newer than any earlier refresh
        self._shown = self._reads
        self._apply_facts(facts, phase=IDLE, offline_since=None, retry_at=None, message="")
        self.sig_finished.emit(report)
        if report.pulled or report.purged:
            self.sig_data_changed.emit()
        self._next(self.interval_ms)

    def _failed(self, message: str, exc: BaseException) -> None:
        self._running = False
        if self._stopped:
            return
        if isinstance(exc, SyncCancelled):
            self._set(phase=IDLE, message=self.tr("Sync stopped; it goes on from there next "
                                                  "time."))
            self.refresh()
            self._next(self.interval_ms, again=False)
            return
        if isinstance(exc, DeviceRevoked):
            self._timer.stop()
            self._again = False
            text = self.tr("The clinic revoked this device. Its patient data has been removed "
                           "from this computer and nothing more is sent. Ask the clinic to "
                           "enrol it again.")
            self._set(phase=REVOKED, message=text, retry_at=None)
            self.refresh()
            self.sig_revoked.emit(text)
            self.sig_data_changed.emit()
            return
        if isinstance(exc, NotEnrolled):
            self._timer.stop()
            self._set(phase=NOT_ENROLLED, enrolled=False, message=message)
            self.sig_failed.emit(message)
            return
        self.failures += 1
        self.last_delay_ms = delay = self.next_delay_ms()
        now = utcnow()
        if isinstance(exc, ServerUnreachable):
            phase = OFFLINE
        elif isinstance(exc, Unauthorized):
            phase, delay = FAILED, max(delay, self.interval_ms)
        else:
            phase = FAILED
        self._set(phase=phase, message=message,
                  offline_since=self.status.offline_since or now,
                  retry_at=now + dt.timedelta(milliseconds=delay))
        self.refresh()
        self.sig_failed.emit(message)
        self._next(delay, again=False)

    def _next(self, delay_ms: int, *, again: bool = True) -> None:
        if self._stopped:
            return
        if again and self._again:
            self._again = False
            QTimer.singleShot(0, self, lambda: self.request_sync("again"))
            return
        self._again = False
        self._timer.start(max(0, int(delay_ms)))

    def show_facts(self, facts: StoreSyncFacts) -> None:
        """Show the store's counts (read by :func:`read_sync_status`)."""
        self._apply_facts(facts)

    def _apply_facts(self, facts: StoreSyncFacts, **changes: Any) -> None:
        phase = changes.pop("phase", self.status.phase)
        if facts.revoked:
            phase = REVOKED
        elif not facts.enrolled:
            phase = NOT_ENROLLED
        elif phase == NOT_ENROLLED:
            phase = IDLE
        self._set(phase=phase, enrolled=facts.enrolled, last_sync_at=facts.last_sync_at,
                  pending=facts.pending, oldest_pending_at=facts.oldest_pending_at,
                  conflicts=facts.conflicts, quarantined=facts.quarantined,
                  device_name=facts.device_name, server_url=facts.server_url,
                  nurse_name=facts.nurse_name, **changes)

    def _set(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        self.sig_state.emit(self.status)
