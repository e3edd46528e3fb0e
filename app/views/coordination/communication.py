"""Logging calls, messages and SBAR handoffs from the chart's Communication log tab, and the
workspace's Call list: today's calls (overdue first) with why, whom and the number, and a
one-click "Log call…" that logs the call and takes it off the list.

Every read and write goes through the Runner (:mod:`app.coordination.communication`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.coordination import communication as comm
from app.coordination.communication import CallItem
from app.coordination.loops import rule_text
from app.views import formatting
from app.views.coordination.texts import task_title, transition_task_title
from app.views.chart.common import (
    EmptyableView,
    Row,
    RowsModel,
    cell,
    count,
    fit_columns,
    fmt_datetime,
    relative_day,
)
from app.views.coordination.loop_common import (
    LoopPanel,
    from_qdatetime,
    ok_cancel_buttons,
    to_qdatetime,
)
from app.views.tables import setup_table

translate = QCoreApplication.translate
DATE_TIME_FORMAT = "ddd d MMM yyyy, HH:mm"

CHANNELS = (("phone", QT_TRANSLATE_NOOP("CommLog", "Phone")),
            ("message", QT_TRANSLATE_NOOP("CommLog", "Message")),
            ("voicemail", QT_TRANSLATE_NOOP("CommLog", "Voicemail")),
            ("fax", QT_TRANSLATE_NOOP("CommLog", "Fax")),
            ("email", QT_TRANSLATE_NOOP("CommLog", "Email")),
            ("portal", QT_TRANSLATE_NOOP("CommLog", "Patient portal")),
            ("letter", QT_TRANSLATE_NOOP("CommLog", "Letter")),
            ("in_person", QT_TRANSLATE_NOOP("CommLog", "In person")),
            ("video", QT_TRANSLATE_NOOP("CommLog", "Video")))
ROLES = (("patient", QT_TRANSLATE_NOOP("CommLog", "patient")),
         ("caregiver", QT_TRANSLATE_NOOP("CommLog", "caregiver")),
         ("PCP", QT_TRANSLATE_NOOP("CommLog", "PCP")),
         ("specialist", QT_TRANSLATE_NOOP("CommLog", "specialist")),
         ("pharmacist", QT_TRANSLATE_NOOP("CommLog", "pharmacist")),
         ("home health", QT_TRANSLATE_NOOP("CommLog", "home health")),
         ("social worker", QT_TRANSLATE_NOOP("CommLog", "social worker")),
         ("hospital", QT_TRANSLATE_NOOP("CommLog", "hospital")),
         ("community agency", QT_TRANSLATE_NOOP("CommLog", "community agency")),
         ("other", QT_TRANSLATE_NOOP("CommLog", "other")))
OUTCOMES = (("reached", QT_TRANSLATE_NOOP("CommLog", "Reached")),
            ("left_message", QT_TRANSLATE_NOOP("CommLog", "Left a message")),
            ("no_answer", QT_TRANSLATE_NOOP("CommLog", "No answer")),
            ("wrong_number", QT_TRANSLATE_NOOP("CommLog", "Wrong number")),
            ("call_back_later", QT_TRANSLATE_NOOP("CommLog", "Call back later")))
SBAR_FIELDS = (("situation", QT_TRANSLATE_NOOP("CommLog", "&Situation:"),
                QT_TRANSLATE_NOOP("CommLog", "What is happening now")),
               ("background", QT_TRANSLATE_NOOP("CommLog", "&Background:"),
                QT_TRANSLATE_NOOP("CommLog", "The context: history, medicines, recent events")),
               ("assessment", QT_TRANSLATE_NOOP("CommLog", "&Assessment:"),
                QT_TRANSLATE_NOOP("CommLog", "What you think the problem is")),
               ("recommendation", QT_TRANSLATE_NOOP("CommLog", "&Recommendation:"),
                QT_TRANSLATE_NOOP("CommLog", "What you ask for or suggest")))


def _combo(parent: QWidget, items: tuple[tuple[str, str], ...], name: str,
           editable: bool = False) -> QComboBox:
    box = QComboBox(parent)
    for key, text in items:
        box.addItem(translate("CommLog", text), key)
    box.setEditable(editable)
    box.setAccessibleName(name)
    return box


def _role_value(box: QComboBox) -> str:
    index = box.findText(box.currentText())
    data = box.itemData(index) if index >= 0 else None
    return str(data) if data else box.currentText()


class _EntryForm(QDialog):
    """What every log entry has: when, direction, channel, with whom and their role."""

    def _common(self, form: QFormLayout) -> None:
        self.when = QDateTimeEdit(to_qdatetime(dt.datetime.now(dt.UTC)), self)
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.when.setCalendarPopup(True)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Outgoing (I called or wrote)"), "outgoing")
        self.direction.addItem(self.tr("Incoming (they called or wrote)"), "incoming")
        self.channel = _combo(self, CHANNELS, self.tr("Channel"))
        self.party = QLineEdit(self)
        self.role = _combo(self, ROLES, self.tr("Role"), editable=True)
        for text, widget in ((self.tr("&When:"), self.when),
                             (self.tr("&Direction:"), self.direction),
                             (self.tr("&How:"), self.channel),
                             (self.tr("With (&name):"), self.party),
                             (self.tr("R&ole:"), self.role)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)

    def common_values(self) -> dict[str, Any]:
        return {"occurred_at": from_qdatetime(self.when.dateTime()),
                    "direction": self.direction.currentData(), "channel": self.channel.currentData(),
                    "party_name": self.party.text(), "party_role": _role_value(self.role)}


class LogEntryDialog(_EntryForm):
    """A call, message or handoff: what was said and what came of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a call or message"))
        form = QFormLayout()
        self._common(form)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.outcome = QLineEdit(self)
        for text, widget in ((self.tr("What was &said:"), self.summary),
                             (self.tr("O&utcome:"), self.outcome)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = ok_cancel_buttons(self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.summary.textChanged.connect(
            lambda: ok.setEnabled(bool(self.summary.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return dict(**self.common_values(), summary=self.summary.toPlainText(),
                    outcome=self.outcome.text())


class SbarDialog(_EntryForm):
    """An SBAR handoff: all four parts are required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SBAR handoff"))
        form = QFormLayout()
        self._common(form)
        self.parts: dict[str, QPlainTextEdit] = {}
        for key, text, tip in SBAR_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            edit.setPlaceholderText(translate("CommLog", tip))
            label = QLabel(translate("CommLog", text), self)
            label.setBuddy(edit)
            edit.setAccessibleName(translate("CommLog", text).replace("&", "").rstrip(":"))
            form.addRow(label, edit)
            self.parts[key] = edit
            edit.textChanged.connect(self._update_ok)
        self.outcome = QLineEdit(self)
        label = QLabel(self.tr("O&utcome:"), self)
        label.setBuddy(self.outcome)
        form.addRow(label, self.outcome)
        self.hint = QLabel(self.tr("All four parts are required."), self)
        buttons = ok_cancel_buttons(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(all(e.toPlainText().strip() for e in self.parts.values()))

    def values(self) -> dict[str, Any]:
        return dict(**self.common_values(), outcome=self.outcome.text(),
                    **{k: e.toPlainText() for k, e in self.parts.items()})


class ScheduleCallDialog(QDialog):
    """A call to make on a day (it shows on that day's call list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule a call"))
        local = dt.datetime.now().astimezone() + dt.timedelta(days=1)
        start = local.replace(hour=10, minute=0, second=0, microsecond=0)
        self.when = QDateTimeEdit(to_qdatetime(start), self)
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.when.setCalendarPopup(True)
        self.purpose = QLineEdit(self)
        self.with_whom = QLineEdit(self)
        self.with_whom.setPlaceholderText(self.tr("The patient, if left blank"))
        form = QFormLayout()
        for text, widget in ((self.tr("&When:"), self.when),
                             (self.tr("&Why:"), self.purpose),
                             (self.tr("With (&name):"), self.with_whom)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = ok_cancel_buttons(self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.purpose.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"at": from_qdatetime(self.when.dateTime()), "purpose": self.purpose.text(),
                "with_whom": self.with_whom.text()}


class CommunicationActions(LoopPanel):
    """The buttons under the chart's communication log: Log call or message…, SBAR
    handoff…"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Lo&g call or message…"), self)
        self.log_button.clicked.connect(self.log_entry)
        self.sbar_button = QPushButton(self.tr("S&BAR handoff…"), self)
        self.sbar_button.clicked.connect(self.sbar)
        self.plan_button = QPushButton(self.tr("Schedule a call…"), self)
        self.plan_button.setToolTip(self.tr("Put a call on the call list of that day"))
        self.plan_button.clicked.connect(self.plan_call)
        bar.addWidget(self.log_button)
        bar.addWidget(self.sbar_button)
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        self.name_buttons()
        self.setVisible(False)

    def set_services(self, store: Any, runner: Any) -> None:
        super().set_services(store, runner)
        self.setVisible(True)

    def reload(self) -> None:
        """The log itself is the chart's (it reloads after ``sig_data_changed``)."""

    def log_entry(self) -> None:
        self._ask_and_write(LogEntryDialog, comm.log_entry)

    def plan_call(self) -> None:
        self._ask_and_write(ScheduleCallDialog, comm.schedule_call)

    def sbar(self) -> None:
        self._ask_and_write(SbarDialog, comm.log_sbar)

    def _ask_and_write(self, dialog_class: Any, action: Any) -> None:
        """Open the dialog for the chart's patient; on OK, write its values with ``action``."""
        if not self.patient_id:
            return
        dialog = dialog_class(self)
        pid = self.patient_id
        self.open_dialog(dialog, lambda: self.write(action, patient_id=pid, **dialog.values()))


# -- the call list ---------------------------------------------------------------------------------
CALL_HEADERS = [(QT_TRANSLATE_NOOP("CallList", "Due"),
                 QT_TRANSLATE_NOOP("CallList", "When the call is due; overdue in words")),
                (QT_TRANSLATE_NOOP("CallList", "Patient"),
                 QT_TRANSLATE_NOOP("CallList", "Whose call it is (Enter opens the chart)")),
                (QT_TRANSLATE_NOOP("CallList", "Why"),
                 QT_TRANSLATE_NOOP("CallList", "What the call is for")),
                (QT_TRANSLATE_NOOP("CallList", "Call"),
                 QT_TRANSLATE_NOOP("CallList", "Whom to call, and their role")),
                (QT_TRANSLATE_NOOP("CallList", "Phone"),
                 QT_TRANSLATE_NOOP("CallList", "The number to dial")),
                (QT_TRANSLATE_NOOP("CallList", "Priority"),
                 QT_TRANSLATE_NOOP("CallList", "Routine or urgent"))]
ORIGIN_WORDS = {"referral": QT_TRANSLATE_NOOP("CallList", "referral follow-up"),
                "result": QT_TRANSLATE_NOOP("CallList", "test result"),
                "transition": QT_TRANSLATE_NOOP("CallList", "transition of care"),
                "scheduled": QT_TRANSLATE_NOOP("CallList", "scheduled call")}


def call_why(c: CallItem) -> str:
    """What the call is for, in the UI language: a loop rule's title from its data file, a
    transition step's task or an unnamed scheduled call in words marked here; the nurse's own
    words as she wrote them. (The task keeps its English title: the loops find their own tasks
    by it.)"""
    if c.text_key in ("contact", "home_visit", "followup"):
        return transition_task_title(c.text_key)
    if c.text_key == "scheduled":
        return translate("CallList", "Scheduled call")
    return task_title(c.why, c.origin)


def call_detail(c: CallItem) -> str | None:
    """The call's detail (what to do), in the UI language like :func:`call_why`."""
    a = c.text_args or {}
    if c.text_key == "contact":
        return translate("CallList", "CMS TCM: interactive contact within %1 business days of "
                         "discharge (two documented attempts also count).").replace(
            "%1", str(a.get("business_days", "")))
    if c.text_key == "home_visit":
        return translate("CallList", "Home visit due %1 h after discharge; late after %2 h.") \
            .replace("%1", str(a.get("due_hours", ""))).replace("%2", str(a.get("late_hours", "")))
    if c.text_key == "followup":
        level = (translate("CallList", "high") if a.get("complexity") == "high"
                 else translate("CallList", "moderate"))
        return translate("CallList", "CMS TCM (%1, %2 complexity): face-to-face visit within %3 "
                         "days of discharge.").replace("%1", str(a.get("cpt", ""))) \
            .replace("%2", level).replace("%3", str(a.get("days", "")))
    return rule_text(c.detail, formatting.ui_language()) if c.detail else c.detail


def _call_row(c: CallItem, today: dt.date) -> Row:
    due = ""
    if c.due_at is not None:
        local = c.due_at.astimezone()
        due = f"{fmt_datetime(c.due_at)} ({relative_day(local.date(), today)})"
        if c.overdue:
            due = translate("CallList", "Overdue: %1").replace("%1", due)
    who = c.party_name or ""
    if c.party_role:
        role = next((translate("CommLog", t) for k, t in ROLES if k == c.party_role),
                    translate("CallList", "clinician") if c.party_role == "clinician"
                    else c.party_role)
        who = f"{who} ({role})" if who else role
    origin = translate("CallList", ORIGIN_WORDS[c.origin]) if c.origin in ORIGIN_WORDS else ""
    what, detail = call_why(c), call_detail(c)
    why = what + (f" — {origin}" if origin else "")
    urgent = c.priority in ("urgent", "stat")
    return Row((
        cell(due, bold=c.overdue, icon="warning" if c.overdue else None),
        cell(c.patient_name),
        cell(why, "\n".join(x for x in (what, detail) if x)),
        cell(who),
        cell(c.phone or translate("CallList", "no number on file")),
        cell(translate("CallList", "Urgent") if urgent else translate("CallList", "Routine"),
             bold=urgent),
    ), id=c.key, item=c, highlight=c.overdue)


class LogCallDialog(QDialog):
    """Log a call from the list: the outcome and a note; "done" takes it off the list (on by
    itself when the person was reached)."""

    def __init__(self, item: CallItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log call"))
        who = item.party_name or ""
        about = QLabel(self.tr("%1\nCall %2 at %3").replace("%1", call_why(item))
                       .replace("%2", who or self.tr("the patient"))
                       .replace("%3", item.phone or self.tr("(no number on file)")), self)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = _combo(self, OUTCOMES, self.tr("Outcome"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setAccessibleName(self.tr("Note"))
        self.done_box = QCheckBox(self.tr("Done: take it off the call list"), self)
        self.done_box.setChecked(True)
        self.outcome.currentIndexChanged.connect(
            lambda _i: self.done_box.setChecked(self.outcome.currentData() == "reached"))
        form = QFormLayout()
        for text, widget in ((self.tr("&Outcome:"), self.outcome), (self.tr("&Note:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.done_box)
        buttons = ok_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log call"))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.currentData(), "note": self.note.toPlainText(),
                    "done": self.done_box.isChecked()}


class CallListWidget(LoopPanel):
    """The workspace's Call list page (see the module doc). ``sig_open_patient(id)`` opens
    a chart."""

    sig_open_patient = Signal(str)

    def __init__(self, store: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[CallItem] = []
        self.setAccessibleName(self.tr("Call list"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.caption = QLabel("", self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = QTableView()
        setup_table(self.table, self.tr("Calls to make today"),
                    self.tr("Overdue first; Enter logs the call, the Open chart button opens "
                            "the patient"))
        self.model = RowsModel([(translate("CallList", a), translate("CallList", b))
                                for a, b in CALL_HEADERS], self)
        self.table.setModel(self.model)
        self.list = EmptyableView(self.table, self.tr("No calls to make today."), self)
        layout.addWidget(self.list, 1)
        bar = QHBoxLayout()
        self.log_button = QPushButton(self.tr("&Log call…"), self)
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(self.log_call)
        self.open_button = QPushButton(self.tr("&Open chart"), self)
        self.open_button.clicked.connect(self.open_current)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.clicked.connect(self.reload)
        for b in (self.log_button, self.open_button, self.reload_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        self.table.activated.connect(lambda _i: self.log_call())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.store, self.runner = store, runner
        self._update_buttons()
        self.name_buttons()

    def set_store(self, store: Any) -> None:
        self.store = store

    def reload(self) -> None:
        if not self.bound:
            return
        self.runner.run(comm.refresh_call_list, self.store, on_done=self._loaded,
                        on_error=lambda m, _e: self.show_error(m))

    def _loaded(self, items: list[CallItem]) -> None:
        self.items = items
        today = dt.datetime.now().astimezone().date()
        self.model.set_rows([_call_row(c, today) for c in items])
        self.list.refresh()
        late = sum(c.overdue for c in items)
        text = (count(len(items), self.tr("%1 call to make today"),
                      self.tr("%1 calls to make today"))
                + ", " + count(late, self.tr("%1 overdue"), self.tr("%1 overdue")) + "."
                if items else "")
        self.caption.setText(text)
        self.caption.setAccessibleName(text)
        self.caption.setVisible(bool(text))
        fit_columns(self.table, 2, caps={0: 54, 3: 34})
        if items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def current(self) -> CallItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.items):
            return None
        return self.items[index.row()]

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.log_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def log_call(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = LogCallDialog(item, self)
        self.open_dialog(dialog, lambda: self.write(comm.complete_call, item.key,
                                                    **dialog.values()))

    def open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.sig_open_patient.emit(item.patient_id)
