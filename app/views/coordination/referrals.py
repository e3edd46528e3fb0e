"""The referral loop on the chart's Referrals tab: the patient's referrals with their status,
days waiting and time to the appointment ("Overdue: …" in words, never by colour alone), the
chosen referral's contact details and timeline, and a button for each next step.

Buttons: New referral… (previously used specialists offered, their contact details filled
in), Mark sent, Book appointment…, Mark seen, Mark report received, Mark reviewed, Mark
closed, Cancel referral… Every read and write goes through the Runner
(:mod:`app.coordination.referrals`); a refused step says why under the buttons.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.coordination import referrals as loop
from app.coordination.referrals import ReferralRow, Specialist
from app.coordination.loops import rule_text
from app.views import formatting
from app.views.chart.common import (
    EmptyableView,
    Row,
    RowsModel,
    cell,
    count,
    days_text,
    escape,
    fit_columns,
    fmt_date_of,
    fmt_datetime,
)
from app.views.coordination.loop_common import LoopPanel, from_qdatetime, to_qdatetime
from app.views.tables import setup_table

DATE_TIME_FORMAT = "ddd d MMM yyyy, HH:mm"


# Texts outside a QObject: called by this bare name so that pyside6-lupdate finds them.
translate = QCoreApplication.translate


def status_text(r: ReferralRow) -> str:
    community = r.kind == "community"
    return {
        "draft": translate("ReferralLoop", "Draft, not sent"),
        "sent": translate("ReferralLoop", "Sent, waiting for a date"),
        "scheduled": translate("ReferralLoop", "Appointment booked"),
        "seen": translate("ReferralLoop", "Service reached") if community else translate("ReferralLoop", "Seen, waiting for the report"),
        "report_received": translate("ReferralLoop", "Report received, to review"),
        "reviewed": translate("ReferralLoop", "Reviewed, to close"),
        "closed": translate("ReferralLoop", "Closed"),
        "cancelled": translate("ReferralLoop", "Cancelled"),
    }.get(r.status, r.status)


def kind_text(r: ReferralRow) -> str:
    if r.kind == "community":
        need = {"housing": translate("ReferralLoop", "housing"), "food": translate("ReferralLoop", "food"),
                "transportation": translate("ReferralLoop", "transportation"), "utilities": translate("ReferralLoop", "utilities"),
                "safety": translate("ReferralLoop", "safety")}.get(r.need_domain or "", r.need_domain or "")
        if not need:
            return translate("ReferralLoop", "Community")
        return translate("ReferralLoop", "Community: %1").replace("%1", need)
    return translate("ReferralLoop", "Clinical")


def step_label(step: str, kind: str) -> str:
    community = kind == "community"
    return {
        # One mnemonic (K) for the next step: the steps that can show together differ.
        "sent": translate("ReferralLoop", "Mar&k sent"),
        "scheduled": translate("ReferralLoop", "&Book appointment…"),
        "seen": (translate("ReferralLoop", "Mar&k service reached") if community
                 else translate("ReferralLoop", "Mar&k seen")),
        "report_received": translate("ReferralLoop", "Mar&k report received"),
        "reviewed": translate("ReferralLoop", "Mar&k reviewed"),
        "closed": (translate("ReferralLoop", "Mar&k closed (service received)") if community
                   else translate("ReferralLoop", "Mar&k closed")),
        "cancelled": translate("ReferralLoop", "Cancel referral…"),
    }[step]


def _row(r: ReferralRow) -> Row:
    to = r.to_name + (f" ({r.to_specialty})" if r.to_specialty else "")
    over = r.overdue
    late = (translate("ReferralLoop", "Overdue %1: %2").replace("%1", days_text(over.days_late))
            .replace("%2", rule_text(over.title, formatting.ui_language()))
            if over is not None else "")
    waiting = days_text(r.days_waiting) if r.days_waiting is not None else ""
    if r.days_to_seen is not None:
        to_appt = translate("ReferralLoop", "Seen after %1").replace("%1", days_text(r.days_to_seen))
    elif r.days_to_appointment is not None:
        to_appt = translate("ReferralLoop", "Booked %1 after sending").replace("%1", days_text(r.days_to_appointment))
    else:
        to_appt = ""
    urgent = r.priority == "urgent"
    return Row((
        cell(to, "\n".join(x for x in (to, r.to_phone and translate("ReferralLoop", "Phone %1").replace(
            "%1", r.to_phone)) if x)),
        cell(kind_text(r)),
        cell(status_text(r), bold=r.status == "report_received",
             icon="information" if r.status == "report_received" else None),
        cell(late, bold=bool(late), icon="warning" if late else None,
             accessible=late or translate("ReferralLoop", "Not overdue")),
        cell(waiting),
        cell(to_appt),
        cell(translate("ReferralLoop", "Urgent") if urgent else translate("ReferralLoop", "Routine"), bold=urgent),
    ), id=r.id, item=r, highlight=over is not None)


def details_html(r: ReferralRow) -> str:
    def line(label: str, value: str | None) -> str:
        return (f"<tr><td><b>{escape(label)}</b>&nbsp;</td><td>{escape(value)}</td></tr>"
                if value else "")

    parts = [f"<p><b>{escape(r.to_name)}</b>"
             + (f" — {escape(r.to_specialty)}" if r.to_specialty else "") + "</p>"]
    if r.overdue is not None:
        o = r.overdue
        basis = translate("ReferralLoop", "program default") if o.program_default else translate("ReferralLoop", "rule")
        title = rule_text(o.title, formatting.ui_language())
        parts.append("<p><b>" + escape(translate("ReferralLoop", "OVERDUE: %1").replace("%1", title)) + "</b><br>"
                     + escape(rule_text(o.action, formatting.ui_language())) + "<br><small>"
                     + escape(translate("ReferralLoop", "Due %1 (%2; source: %3)").replace("%1", fmt_date_of(o.due_at))
                              .replace("%2", basis).replace("%3", o.source))
                     + "</small></p>")
    parts.append("<table>" + "".join((
        line(translate("ReferralLoop", "Phone"), r.to_phone or translate("ReferralLoop", "not recorded")),
        line(translate("ReferralLoop", "Fax"), r.to_fax or translate("ReferralLoop", "not recorded")),
        line(translate("ReferralLoop", "Address"), r.to_address or translate("ReferralLoop", "not recorded")),
        line(translate("ReferralLoop", "Reason"), r.reason),
        line(translate("ReferralLoop", "Priority"), translate("ReferralLoop", "Urgent") if r.priority == "urgent" else translate("ReferralLoop", "Routine")),
        line(translate("ReferralLoop", "Kind"), kind_text(r)),
        line(translate("ReferralLoop", "Written"), fmt_datetime(r.created_at)
             if r.sent_at is None or r.created_at <= r.sent_at else None),
        line(translate("ReferralLoop", "Sent"), fmt_datetime(r.sent_at) if r.sent_at else None),
        line(translate("ReferralLoop", "Appointment"), (fmt_datetime(r.scheduled_for)
                                  + (f", {r.appointment_location}" if r.appointment_location
                                     else "")) if r.scheduled_for else None),
        line(translate("ReferralLoop", "Seen"), fmt_datetime(r.seen_at) if r.seen_at else None),
        line(translate("ReferralLoop", "Report received"), fmt_datetime(r.report_received_at)
             if r.report_received_at else None),
        line(translate("ReferralLoop", "Reviewed"), fmt_datetime(r.reviewed_at) if r.reviewed_at else None),
        line(translate("ReferralLoop", "Closed") if r.status != "cancelled" else translate("ReferralLoop", "Cancelled"),
             fmt_datetime(r.closed_at) if r.closed_at else None),
        line(translate("ReferralLoop", "Days waiting"), days_text(r.days_waiting) if r.days_waiting is not None
             else None),
        line(translate("ReferralLoop", "Notes"), r.notes),
    )) + "</table>")
    return "".join(parts)


HEADERS = [(QT_TRANSLATE_NOOP("ReferralLoop", "Referred to"),
            QT_TRANSLATE_NOOP("ReferralLoop", "The clinician or service, with the phone in the tooltip")),
           (QT_TRANSLATE_NOOP("ReferralLoop", "Kind"),
            QT_TRANSLATE_NOOP("ReferralLoop", "Clinical, or community (and the social need)")),
           (QT_TRANSLATE_NOOP("ReferralLoop", "Status"),
            QT_TRANSLATE_NOOP("ReferralLoop", "Where the referral stands")),
           (QT_TRANSLATE_NOOP("ReferralLoop", "Overdue"),
            QT_TRANSLATE_NOOP("ReferralLoop", "The step that is late, in words")),
           (QT_TRANSLATE_NOOP("ReferralLoop", "Waiting"),
            QT_TRANSLATE_NOOP("ReferralLoop", "Days since it was sent, while it is open")),
           (QT_TRANSLATE_NOOP("ReferralLoop", "Time to appointment"),
            QT_TRANSLATE_NOOP("ReferralLoop", "Days from sending to the appointment")),
           (QT_TRANSLATE_NOOP("ReferralLoop", "Priority"),
            QT_TRANSLATE_NOOP("ReferralLoop", "Routine or urgent"))]


class ReferralLoopPanel(LoopPanel):
    """The referral loop of one patient (see the module doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReferralRow] = []
        self.specialists: list[Specialist] = []
        self.setAccessibleName(self.tr("Referral loop"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel("", self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)

        self.table = QTableView()
        setup_table(self.table, self.tr("Referrals"),
                    self.tr("Open referrals first, overdue at the top; choose one to see its "
                            "contact details and act on it"))
        self.model = RowsModel([(translate("ReferralLoop", a), translate("ReferralLoop", b))
                                for a, b in HEADERS], self)
        self.table.setModel(self.model)
        self.list = EmptyableView(self.table, self.tr("No referrals recorded. "
                                                      "Use \u201cNew referral…\u201d to write one."),
                                  self)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Referral details"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ne&w referral…"), self)
        self.new_button.clicked.connect(self.new_referral)
        bar.addWidget(self.new_button)
        self.contact_button = QPushButton(self.tr("Edit contact…"), self)
        self.contact_button.setToolTip(self.tr("Correct the phone, fax or address of the "
                                               "clinician or service"))
        self.contact_button.clicked.connect(self.edit_contact)
        bar.addWidget(self.contact_button)
        self.step_buttons: dict[str, QPushButton] = {}
        for step in ("sent", "scheduled", "seen", "report_received", "reviewed", "closed",
                     "cancelled"):
            button = QPushButton(step_label(step, "clinical"), self)
            button.setProperty("step", step)
            button.clicked.connect(lambda _c=False, st=step: self.take_step(st))
            button.hide()
            self.step_buttons[step] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.name_buttons()

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.bound or not self.patient_id:
            return
        self.runner.run(loop.fetch_referrals, self.store, self.patient_id,
                        on_done=self._loaded, on_error=lambda m, _e: self.show_error(m))

    def _loaded(self, result: tuple[list[ReferralRow], list[Specialist], int]) -> None:
        current = self.current()
        self.rows, self.specialists, created = result
        self.model.set_rows([_row(r) for r in self.rows])
        self.list.refresh()
        n_open = sum(r.is_open for r in self.rows)
        n_late = sum(r.overdue is not None for r in self.rows)
        n_review = sum(r.status == "report_received" for r in self.rows)
        text = ""
        if self.rows:
            text = count(n_open, self.tr("%1 open referral"), self.tr("%1 open referrals"))
            text += "; " + count(n_late, self.tr("%1 overdue"), self.tr("%1 overdue"))
            if n_review:
                text += "; " + count(n_review, self.tr("%1 report to review"),
                                     self.tr("%1 reports to review"))
            text += "."
        self.caption.setText(text)
        self.caption.setAccessibleName(text)
        self.caption.setVisible(bool(text))
        fit_columns(self.table, 3, caps={0: 30, 1: 22, 2: 42})
        keep = next((i for i, r in enumerate(self.rows) if current and r.id == current.id), 0)
        if self.rows:
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._show_current()
        if created:
            self.sig_data_changed.emit()  # new follow-up tasks: the chart and My day reload

    def current(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def select(self, referral_id: str) -> None:
        for i, r in enumerate(self.rows):
            if r.id == referral_id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return

    def _show_current(self) -> None:
        r = self.current()
        self.details.setHtml(details_html(r) if r else "")
        self.details.setVisible(r is not None)
        steps = r.next_steps if r else ()
        self.contact_button.setVisible(r is not None)
        for step, button in self.step_buttons.items():
            button.setText(step_label(step, r.kind if r else "clinical"))
            button.setVisible(step in steps)
        self.name_buttons()

    def visible_steps(self) -> list[str]:
        return [s for s, b in self.step_buttons.items() if not b.isHidden()]

    # -- actions ------------------------------------------------------------------------------
    def take_step(self, step: str) -> None:
        r = self.current()
        if r is None:
            return
        if step == "scheduled":
            dialog = ScheduleDialog(r, self)
            self.open_dialog(dialog, lambda: self.write(
                loop.schedule_referral, r.id, dialog.when(), location=dialog.location()))
        elif step == "cancelled":
            dialog = CancelDialog(self)
            self.open_dialog(dialog, lambda: self.write(loop.cancel_referral, r.id,
                                                        dialog.reason()))
        else:
            self.write(loop.advance, r.id, step)

    def edit_contact(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = ContactDialog(r, self)
        self.open_dialog(dialog, lambda: self.write(loop.update_contact, r.id,
                                                    **dialog.values()))

    def new_referral(self) -> None:
        if not self.patient_id:
            return
        dialog = NewReferralDialog(self.specialists, self)
        pid = self.patient_id
        self.open_dialog(dialog, lambda: self.write(loop.create_referral,
                                                    **dialog.values(), patient_id=pid))


# -- dialogs ---------------------------------------------------------------------------------------
class NewReferralDialog(QDialog):
    """A new referral: the clinician or service (pick one used before to fill in the contact
    details), the reason, the priority; clinical or community (with the social need)."""

    def __init__(self, specialists: list[Specialist], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New referral"))
        self.specialists = specialists
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Clinical (specialist)"), "clinical")
        self.kind.addItem(self.tr("Community resource (social need)"), "community")
        self.need = QComboBox(self)
        for key, text in (("housing", self.tr("Housing")), ("food", self.tr("Food")),
                          ("transportation", self.tr("Transportation")),
                          ("utilities", self.tr("Utilities")), ("safety", self.tr("Safety"))):
            self.need.addItem(text, key)
        self.previous = QComboBox(self)
        self.previous.addItem(self.tr("(someone new)"), None)
        for sp in specialists:
            label = sp.to_name + (f" — {sp.to_specialty}" if sp.to_specialty else "")
            self.previous.addItem(label, sp)
        self.previous.setAccessibleName(self.tr("Referred to before"))
        self.name = QLineEdit(self)
        self.specialty = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.fax = QLineEdit(self)
        self.address = QLineEdit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.priority = QComboBox(self)
        self.priority.addItem(self.tr("Routine"), "routine")
        self.priority.addItem(self.tr("Urgent"), "urgent")
        self.send_now = QCheckBox(self.tr("Sent today (mark it sent now)"), self)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Kind:"), self.kind), (self.tr("Social &need:"), self.need),
            (self.tr("Referred to &before:"), self.previous),
            (self.tr("&To (name):"), self.name), (self.tr("&Specialty or service:"), self.specialty),
            (self.tr("&Phone:"), self.phone), (self.tr("&Fax:"), self.fax),
            (self.tr("&Address:"), self.address), (self.tr("&Reason:"), self.reason),
            (self.tr("Pr&iority:"), self.priority)]
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        form.addRow("", self.send_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save referral"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.previous.currentIndexChanged.connect(self._pick_previous)
        self.name.textChanged.connect(self._update_ok)
        self.reason.textChanged.connect(self._update_ok)
        self._kind_changed()
        self._update_ok()

    def _kind_changed(self) -> None:
        self.need.setEnabled(self.kind.currentData() == "community")

    def _pick_previous(self) -> None:
        sp = self.previous.currentData()
        if not isinstance(sp, Specialist):
            return
        self.name.setText(sp.to_name)
        self.specialty.setText(sp.to_specialty or "")
        self.phone.setText(sp.to_phone or "")
        self.fax.setText(sp.to_fax or "")
        self.address.setText(sp.to_address or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(sp.kind)))
        if sp.need_domain:
            self.need.setCurrentIndex(max(0, self.need.findData(sp.need_domain)))

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip())
                                  and bool(self.reason.toPlainText().strip()))

    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        return {"kind": kind, "to_name": self.name.text(), "to_specialty": self.specialty.text(),
                    "to_phone": self.phone.text(), "to_fax": self.fax.text(),
                    "to_address": self.address.text(), "reason": self.reason.toPlainText(),
                    "priority": self.priority.currentData(),
                    "need_domain": self.need.currentData() if kind == "community" else None,
                    "send": self.send_now.isChecked()}


class ContactDialog(QDialog):
    """The clinician's or service's contact details, kept on the referral."""

    def __init__(self, r: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact details"))
        self.name = QLineEdit(r.to_name, self)
        self.specialty = QLineEdit(r.to_specialty or "", self)
        self.phone = QLineEdit(r.to_phone or "", self)
        self.fax = QLineEdit(r.to_fax or "", self)
        self.address = QLineEdit(r.to_address or "", self)
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name),
                             (self.tr("&Specialty or service:"), self.specialty),
                             (self.tr("&Phone:"), self.phone), (self.tr("&Fax:"), self.fax),
                             (self.tr("&Address:"), self.address)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"to_name": self.name.text(), "to_specialty": self.specialty.text(),
                "to_phone": self.phone.text(), "to_fax": self.fax.text(),
                "to_address": self.address.text()}


class ScheduleDialog(QDialog):
    """The appointment's date and time (and where, if not the usual address)."""

    def __init__(self, r: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule the referral appointment"))
        start = r.scheduled_for or (dt.datetime.now(dt.UTC) + dt.timedelta(days=7))
        self.edit = QDateTimeEdit(to_qdatetime(start), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.edit.setAccessibleName(self.tr("Appointment date and time"))
        self.place = QLineEdit(r.appointment_location or r.to_address or "", self)
        self.place.setAccessibleName(self.tr("Where"))
        form = QFormLayout()
        label = QLabel(self.tr("&Appointment:"), self)
        label.setBuddy(self.edit)
        form.addRow(label, self.edit)
        where = QLabel(self.tr("&Where:"), self)
        where.setBuddy(self.place)
        form.addRow(where, self.place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_when(self, value: dt.datetime) -> None:
        self.edit.setDateTime(to_qdatetime(value))

    def when(self) -> dt.datetime:
        return from_qdatetime(self.edit.dateTime())

    def location(self) -> str:
        return self.place.text()


class CancelDialog(QDialog):
    """Why the referral (or tracked test) is cancelled: required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel"))
        self.text = QLineEdit(self)
        self.text.setAccessibleName(self.tr("Reason for cancelling"))
        label = QLabel(self.tr("&Why is it cancelled?"), self)
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.text.text()


__all__ = ["CancelDialog", "ContactDialog", "NewReferralDialog", "ReferralLoopPanel",
           "ScheduleDialog"]
