"""The new-task dialog (patient picker with type-to-search, title, due date and time,
priority, details) and the due-date dialog.

The dialogs only collect and check what she typed; the caller writes it through the Runner.
Times are chosen in local time and handed back timezone-aware.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.base import utcnow
from app.views.icons import icon
from app.worklist.service import PRIORITIES, TITLE_MAX

DATE_TIME_FORMAT = "ddd d MMM yyyy, HH:mm"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """An aware time as a local QDateTime."""
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A QDateTime (local) as an aware UTC time."""
    return dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, dt.timezone.utc)


def default_due(now: dt.datetime | None = None) -> dt.datetime:
    """Today at 17:00 local time, or tomorrow at 09:00 once it is past 16:00."""
    local = (now or utcnow()).astimezone()
    if local.hour < 16:
        day, hour = local.date(), 17
    else:
        day, hour = local.date() + dt.timedelta(days=1), 9
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone()


def priority_label(priority: str) -> str:
    labels = {
        "routine": QCoreApplication.translate("MyDayModel", "Routine"),
        "urgent": QCoreApplication.translate("MyDayModel", "Urgent"),
        "stat": QCoreApplication.translate("MyDayModel", "Stat"),
    }
    return labels.get(priority, priority.capitalize())


@dataclass(frozen=True)
class NewTaskValues:
    patient_id: str
    title: str
    due_at: dt.datetime | None
    priority: str
    description: str | None


def _due_editor(parent: QWidget, value: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    return edit


class NewTaskDialog(QDialog):
    """Asks for a new task. ``patients``: (patient id, display name) pairs, in the order to
    list them; ``patient_id`` preselects one (when opened from a chart)."""

    def __init__(self, patients: list[tuple[str, str]], parent: QWidget | None = None, *,
                 patient_id: str | None = None, now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.patient_combo = QComboBox(self)
        self.patient_combo.setEditable(True)
        self.patient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.patient_combo.setMaxVisibleItems(12)
        for pid, name in patients:
            self.patient_combo.addItem(name, pid)
        completer = QCompleter(self.patient_combo.model(), self.patient_combo)
        completer.setCompletionColumn(0)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.patient_combo.setCompleter(completer)
        index = self.patient_combo.findData(patient_id) if patient_id else -1
        self.patient_combo.setCurrentIndex(index)
        if index < 0:
            self.patient_combo.setEditText("")
        self.patient_combo.editTextChanged.connect(self._validate)
        self.patient_combo.currentIndexChanged.connect(self._validate)
        self.patient_label = QLabel(self)
        self.patient_label.setBuddy(self.patient_combo)
        form.addRow(self.patient_label, self.patient_combo)

        self.title_field = QLineEdit(self)
        self.title_field.setMaxLength(TITLE_MAX)
        self.title_field.textChanged.connect(self._validate)
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_field)
        form.addRow(self.title_label, self.title_field)

        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self)
        self.due_check.setChecked(True)
        self.due_edit = _due_editor(self, default_due(now))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        self.due_label = QLabel(self)
        self.due_label.setBuddy(self.due_edit)
        form.addRow(self.due_label, due_row)

        self.priority_combo = QComboBox(self)
        for priority in PRIORITIES:
            self.priority_combo.addItem("", priority)
        self.priority_label = QLabel(self)
        self.priority_label.setBuddy(self.priority_combo)
        form.addRow(self.priority_label, self.priority_combo)

        self.details_field = QPlainTextEdit(self)
        self.details_field.setTabChangesFocus(True)
        lines = self.details_field.fontMetrics().lineSpacing()
        self.details_field.setFixedHeight(lines * 4 + 12)
        self.details_label = QLabel(self)
        self.details_label.setBuddy(self.details_field)
        form.addRow(self.details_label, self.details_field)
        layout.addLayout(form)

        message_row = QHBoxLayout()
        self.message_icon = QLabel(self)
        self.message_icon.setPixmap(icon("info").pixmap(QSize(18, 18),
                                                        self.devicePixelRatioF()))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)
        layout.addLayout(message_row)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setIcon(icon("task"))
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._retranslate()
        self._validate()
        (self.title_field if index >= 0 else self.patient_combo).setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New task"))
        self.patient_label.setText(self.tr("&Patient:"))
        self.patient_combo.lineEdit().setPlaceholderText(self.tr("Type part of a name"))
        self.patient_combo.setAccessibleName(self.tr("Patient"))
        self.patient_combo.setAccessibleDescription(
            self.tr("Type part of the patient's name, then choose from the list"))
        self.title_label.setText(self.tr("&Task:"))
        self.title_field.setPlaceholderText(self.tr("What needs doing, e.g. Call the PCP"))
        self.title_field.setAccessibleName(self.tr("Task title"))
        self.due_label.setText(self.tr("&Due:"))
        self.due_check.setText(self.tr("On"))
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit.setAccessibleName(self.tr("Due date and time"))
        self.priority_label.setText(self.tr("P&riority:"))
        self.priority_combo.setAccessibleName(self.tr("Priority"))
        for i in range(self.priority_combo.count()):
            self.priority_combo.setItemText(i, priority_label(self.priority_combo.itemData(i)))
        self.details_label.setText(self.tr("D&etails:"))
        self.details_field.setPlaceholderText(self.tr("Optional"))
        self.details_field.setAccessibleName(self.tr("Task details"))
        self.message_label.setAccessibleName(self.tr("New task message"))
        self.create_button.setText(self.tr("&Create task"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------------
    def patient_id(self) -> str | None:
        combo = self.patient_combo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == text:
            return combo.itemData(index)
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        return combo.itemData(index) if index >= 0 else None

    def values(self) -> NewTaskValues | None:
        patient_id = self.patient_id()
        title = self.title_field.text().strip()
        if patient_id is None or not title:
            return None
        due = from_qdatetime(self.due_edit.dateTime()) if self.due_check.isChecked() else None
        details = self.details_field.toPlainText().strip() or None
        return NewTaskValues(patient_id=patient_id, title=title, due_at=due,
                             priority=self.priority_combo.currentData(), description=details)

    def _validate(self, *_args: Any) -> None:
        if not hasattr(self, "create_button"):
            return  # still being built
        patient_ok = self.patient_id() is not None
        title_ok = bool(self.title_field.text().strip())
        if not self.patient_combo.currentText().strip():
            hint = self.tr("Choose a patient: type part of a name.")
        elif not patient_ok:
            hint = self.tr("No patient with that name: choose one from the list.")
        elif not title_ok:
            hint = self.tr("Write what needs doing.")
        else:
            hint = ""
        self.message_label.setText(hint)
        self.message_icon.setVisible(bool(hint))
        self.create_button.setEnabled(patient_ok and title_ok)

    def _accept_if_valid(self) -> None:
        if self.values() is not None:
            self.accept()


class DueDialog(QDialog):
    """Changes a task's due date and time, or takes it away."""

    def __init__(self, due_at: dt.datetime | None, parent: QWidget | None = None, *,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.due_edit = _due_editor(self, due_at or default_due(now))
        self.no_date_check = QCheckBox(self)
        self.no_date_check.setChecked(due_at is None)
        self.due_edit.setEnabled(due_at is not None)
        self.no_date_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        self.due_label = QLabel(self)
        self.due_label.setBuddy(self.due_edit)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_edit)
        layout.addWidget(self.no_date_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.due_edit.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Due date"))
        self.due_label.setText(self.tr("&Due:"))
        self.due_edit.setAccessibleName(self.tr("Due date and time"))
        self.no_date_check.setText(self.tr("&No due date"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def due_at(self) -> dt.datetime | None:
        if self.no_date_check.isChecked():
            return None
        return from_qdatetime(self.due_edit.dateTime())


__all__ = ["DueDialog", "NewTaskDialog", "NewTaskValues", "default_due", "priority_label"]
