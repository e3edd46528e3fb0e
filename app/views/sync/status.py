"""The sync part of the status bar: online or offline, last sync, what is not synced yet,
open conflicts (a link to the conflict screen) and refused changes.

:func:`describe` makes the texts from a :class:`~app.views.sync.controller.SyncStatus` (plain
function, tested on its own); :class:`SyncStatusWidget` shows them and keeps relative times
("2 min ago", "retry in 30 s") current.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
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

OFFLINE_TEXT = QT_TRANSLATE_NOOP("SyncStatus", "Offline — not connected to a server")

translate = QCoreApplication.translate


@dataclass(frozen=True)
class StatusTexts:
    main: str
    tooltip: str
    pending: str  # "" when nothing waits
    conflicts: str  # "" when none
    quarantined: str  # "" when none


def _count(n: int, one: str, many: str) -> str:
    """``one``/``many`` ("%1 change"/"%1 changes", translated) for the number ``n``."""
    return (one if n == 1 else many).replace("%1", str(n))


def span(seconds: float) -> str:
    """A short duration: "12 s", "2 min", "3 h", "2 days"."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return translate("SyncStatus", "%1 s").replace("%1", str(int(round(seconds))))
    if seconds < 3600:
        return translate("SyncStatus", "%1 min").replace("%1", str(int(seconds // 60)))
    if seconds < 86400 * 2:
        return translate("SyncStatus", "%1 h").replace("%1", str(int(seconds // 3600)))
    return translate("SyncStatus", "%1 days").replace("%1", str(int(seconds // 86400)))


def ago(when: dt.datetime, now: dt.datetime) -> str:
    seconds = (now - when).total_seconds()
    if seconds < 45:
        return translate("SyncStatus", "just now")
    return translate("SyncStatus", "%1 ago").replace("%1", span(seconds))


def clock(when: dt.datetime) -> str:
    """Local wall-clock time, "10:42" (with the date when it is not today)."""
    from app.views.formatting import MONTHS, fmt_time

    local = when.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return fmt_time(local)
    return f"{local.day} {MONTHS[local.month - 1]} {fmt_time(local)}"


def describe(status: SyncStatus, now: dt.datetime | None = None) -> StatusTexts:
    """The status bar's texts for ``status`` (in the language installed)."""
    now = now or utcnow()
    tips = []
    if status.phase == NOT_ENROLLED:
        main = translate("SyncStatus", OFFLINE_TEXT)
        tips.append(translate("SyncStatus", "This computer is not connected to a clinic "
                              "server; everything stays on this computer. Use File → Connect "
                              "to clinic server… to connect it."))
    elif status.phase == REVOKED:
        main = translate("SyncStatus", "Device revoked — patient data removed")
        tips.append(status.message)
    elif status.phase == SYNCING:
        main = translate("SyncStatus", "Syncing…")
    elif status.phase in (OFFLINE, FAILED):
        since = clock(status.offline_since or now)
        main = (translate("SyncStatus", "Offline since %1") if status.phase == OFFLINE
                else translate("SyncStatus", "Sync failed since %1")).replace("%1", since)
        if status.retry_at is not None:
            left = (status.retry_at - now).total_seconds()
            main += " " + (translate("SyncStatus", "(retry in %1)").replace("%1", span(left))
                           if left >= 1 else translate("SyncStatus", "(retrying…)"))
        if status.message:
            tips.append(status.message)
    elif status.last_sync_at is not None:
        main = translate("SyncStatus", "Synced %1").replace("%1", ago(status.last_sync_at, now))
    else:
        main = translate("SyncStatus", "Not synced yet")
    if status.enrolled and status.server_url:
        if status.nurse_name:
            tips.append(translate("SyncStatus", "Connected to %1 as %2")
                        .replace("%1", status.server_url).replace("%2", status.nurse_name))
        else:
            tips.append(translate("SyncStatus", "Server: %1").replace("%1", status.server_url))
    if status.enrolled and status.device_name:
        tips.append(translate("SyncStatus", "This device: %1").replace("%1", status.device_name))
    if status.last_sync_at is not None and status.phase != NOT_ENROLLED:
        tips.append(translate("SyncStatus", "Last sync: %1").replace(
            "%1", clock(status.last_sync_at)))
    pending = ""
    if status.pending:
        pending = _count(status.pending, translate("SyncStatus", "%1 change not synced"),
                         translate("SyncStatus", "%1 changes not synced"))
        if status.oldest_pending_at is not None:
            age = (now - status.oldest_pending_at).total_seconds()
            pending += " " + (translate("SyncStatus", "(oldest %1)").replace("%1", span(age))
                              if age >= 60 else translate("SyncStatus", "(oldest < 1 min)"))
    conflicts = ""
    if status.conflicts:
        conflicts = _count(status.conflicts, translate("SyncStatus", "%1 conflict to resolve"),
                           translate("SyncStatus", "%1 conflicts to resolve"))
    quarantined = ""
    if status.quarantined:
        quarantined = _count(status.quarantined, translate("SyncStatus", "%1 refused change"),
                             translate("SyncStatus", "%1 refused changes"))
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
        self.main_label = QLabel(translate("SyncStatus", OFFLINE_TEXT), self)
        self.main_label.setAccessibleName(self.tr("Connection status"))
        # room for "Offline since 10:42 (retry in 30 s)": the bar does not jump every second
        self._fit_main_label()
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

    def _fit_main_label(self) -> None:
        sample = (translate("SyncStatus", "Offline since %1").replace("%1", "00:00") + " "
                  + translate("SyncStatus", "(retry in %1)").replace(
                      "%1", translate("SyncStatus", "%1 min").replace("%1", "00")))
        self.main_label.setMinimumWidth(self.main_label.fontMetrics().horizontalAdvance(sample))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Sync status"))
            self.conflicts_link.setAccessibleName(self.tr("Open sync conflicts"))
            self.quarantine_link.setAccessibleName(self.tr("Refused changes"))
            self.pending_label.setAccessibleName(self.tr("Changes not synced"))
            self.main_label.setAccessibleName(self.tr("Connection status"))
            self.cancel_button.setText(self.tr("Stop"))
            self.cancel_button.setToolTip(self.tr("Stop this sync (it goes on from there later)"))
            self.cancel_button.setAccessibleName(self.tr("Stop syncing"))
            self._fit_main_label()
            self.render()
        super().changeEvent(event)

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
        self.main_label.setText(texts.main)
        self.main_label.setToolTip(texts.tooltip)
        self.main_label.setAccessibleDescription(texts.tooltip)
        self.pending_label.setText(texts.pending)
        self.pending_label.setVisible(bool(texts.pending))
        self.pending_label.setToolTip(
            self.tr("Saved on this computer; sent to the clinic server at the next sync"))
        for label, text, tip in (
                (self.conflicts_link, texts.conflicts,
                 self.tr("The same field was changed on two devices: choose which value to "
                         "keep")),
                (self.quarantine_link, texts.quarantined,
                 self.tr("Changes the clinic server refused, kept here so nothing is lost"))):
            label.setText(f'<a href="#">{text}</a>' if text else "")
            label.setVisible(bool(text))
            label.setToolTip(tip)
            label.setAccessibleDescription(text)
        self.cancel_button.setVisible(self.status.phase == SYNCING)
        # keep "2 min ago" / "retry in 30 s" current
        interval = 1000 if self.status.retry_at is not None else 30_000
        if self._tick.interval() != interval or not self._tick.isActive():
            self._tick.start(interval)
