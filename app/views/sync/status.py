"""The sync part of the status bar: online or offline, last sync, what is not synced yet,
open conflicts (a link to the conflict screen) and refused changes.

:func:`describe` makes the texts from a :class:`~app.views.sync.controller.SyncStatus` (plain
function, tested on its own); :class:`SyncStatusWidget` shows them and keeps relative times
("2 min ago", "retry in 30 s") current.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.models.base import utcnow
from app.views.sync.controller import (
    FAILED,
    NOT_ENROLLED,
    OFFLINE,
    REVOKED,
    SYNCING,
    SyncStatus,
)

OFFLINE_TEXT = "Offline — not connected to a server"


@dataclass(frozen=True)
class StatusTexts:
    main: str
    tooltip: str
    pending: str  # "" when nothing waits
    conflicts: str  # "" when none
    quarantined: str  # "" when none


def span(seconds: float) -> str:
    """A short duration: "12 s", "2 min", "3 h", "2 days"."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{int(round(seconds))} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400 * 2:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} days"


def ago(when: dt.datetime, now: dt.datetime) -> str:
    seconds = (now - when).total_seconds()
    return "just now" if seconds < 45 else f"{span(seconds)} ago"


def clock(when: dt.datetime) -> str:
    """Local wall-clock time, "10:42" (with the date when it is not today)."""
    local = when.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M")


def describe(status: SyncStatus, now: dt.datetime | None = None) -> StatusTexts:
    now = now or utcnow()
    tips = []
    if status.phase == NOT_ENROLLED:
        main = OFFLINE_TEXT
        tips.append("This computer is not enrolled with a clinic server; everything stays "
                    "on this computer.")
    elif status.phase == REVOKED:
        main = "Device revoked — patient data removed"
        tips.append(status.message)
    elif status.phase == SYNCING:
        main = "Syncing…"
    elif status.phase in (OFFLINE, FAILED):
        since = status.offline_since or now
        head = "Offline" if status.phase == OFFLINE else "Sync failed"
        main = f"{head} since {clock(since)}"
        if status.retry_at is not None:
            left = (status.retry_at - now).total_seconds()
            main += f" (retry in {span(left)})" if left >= 1 else " (retrying…)"
        if status.message:
            tips.append(status.message)
    elif status.last_sync_at is not None:
        main = f"Synced {ago(status.last_sync_at, now)}"
    else:
        main = "Not synced yet"
    if status.enrolled and status.server_url:
        tips.append(f"Server: {status.server_url}")
    if status.enrolled and status.device_name:
        tips.append(f"This device: {status.device_name}")
    if status.last_sync_at is not None and status.phase != NOT_ENROLLED:
        tips.append(f"Last sync: {clock(status.last_sync_at)}")
    pending = ""
    if status.pending:
        noun = "change" if status.pending == 1 else "changes"
        pending = f"{status.pending} {noun} not synced"
        if status.oldest_pending_at is not None:
            age = (now - status.oldest_pending_at).total_seconds()
            pending += f" (oldest {span(age)})" if age >= 60 else " (oldest < 1 min)"
    conflicts = ""
    if status.conflicts:
        conflicts = (f"{status.conflicts} conflict" + ("" if status.conflicts == 1 else "s")
                     + " to resolve")
    quarantined = ""
    if status.quarantined:
        quarantined = (f"{status.quarantined} refused change"
                       + ("" if status.quarantined == 1 else "s"))
    return StatusTexts(main, "\n".join(t for t in tips if t), pending, conflicts, quarantined)


class SyncStatusWidget(QWidget):
    """``sig_open_conflicts(tab)`` when a link is clicked ("conflicts" or "refused");
    ``sig_cancel()`` from the stop button shown while a sync runs."""

    sig_open_conflicts = Signal(str)
    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = SyncStatus()
        self.setAccessibleName(self.tr("Sync status"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(14)
        self.conflicts_link = self._link("conflicts", self.tr("Open sync conflicts"))
        self.quarantine_link = self._link("refused", self.tr("Refused changes"))
        self.pending_label = QLabel(self)
        self.pending_label.setAccessibleName(self.tr("Changes not synced"))
        self.main_label = QLabel(self.tr(OFFLINE_TEXT), self)
        self.main_label.setAccessibleName(self.tr("Connection status"))
        # room for "Offline since 10:42 (retry in 30 s)": the bar does not jump every second
        self.main_label.setMinimumWidth(self.main_label.fontMetrics().horizontalAdvance(
            "Offline since 00:00 (retry in 00 min)"))
        self.main_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop this sync (it goes on from there later)"))
        self.cancel_button.setAccessibleName(self.tr("Stop syncing"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.sig_cancel)
        for w in (self.conflicts_link, self.quarantine_link, self.pending_label,
                  self.main_label, self.cancel_button):
            row.addWidget(w)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.render)
        self.render()

    def _link(self, target: str, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        label.setAccessibleName(name)
        label.linkActivated.connect(lambda _href, t=target: self.sig_open_conflicts.emit(t))
        return label

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.render()

    def render(self) -> None:
        texts = describe(self.status)
        self.main_label.setText(self.tr(texts.main))
        self.main_label.setToolTip(texts.tooltip)
        self.main_label.setAccessibleDescription(texts.tooltip)
        self.pending_label.setText(texts.pending)
        self.pending_label.setVisible(bool(texts.pending))
        self.pending_label.setToolTip(
            "Saved on this computer; sent to the clinic server at the next sync")
        for label, text, tip in (
                (self.conflicts_link, texts.conflicts,
                 "The same field was changed on two devices: choose which value to keep"),
                (self.quarantine_link, texts.quarantined,
                 "Changes the clinic server refused, kept here so nothing is lost")):
            label.setText(f'<a href="#">{text}</a>' if text else "")
            label.setVisible(bool(text))
            label.setToolTip(tip)
            label.setAccessibleDescription(text)
        self.cancel_button.setVisible(self.status.phase == SYNCING)
        # keep "2 min ago" / "retry in 30 s" current
        interval = 1000 if self.status.retry_at is not None else 30_000
        if self._tick.interval() != interval or not self._tick.isActive():
            self._tick.start(interval)
