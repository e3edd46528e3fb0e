"""The conflict screen: each open conflict side by side (who, when, which device), resolved
by "Keep mine", "Keep theirs" or, for text, a merged value she writes; and the changes the
server refused, with its reason (kept here, read-only: nothing is dropped).

Loading and resolving run through the :class:`~app.views.background.Runner`; the rows the
dialog shows are plain data (:class:`ConflictRow`, :class:`RefusedRow`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.models.entities import Device, Patient, User
from app.models.sync import SyncConflict, SyncQuarantine, SyncState, parse_utc
from app.sync.engine import MODELS, resolve_conflict
from app.views.background import Runner
from app.views.formatting import fmt_datetime

translate = QCoreApplication.translate
CONTEXT = "ConflictsDialog"

# Kept in English, marked for lupdate; translated where shown (word()).
ENTITY_LABELS = {
    "patients": QT_TRANSLATE_NOOP("ConflictsDialog", "Patient details"),
    "patient_identifiers": QT_TRANSLATE_NOOP("ConflictsDialog", "Identifier"),
    "patient_contacts": QT_TRANSLATE_NOOP("ConflictsDialog", "Contact"),
    "panel_memberships": QT_TRANSLATE_NOOP("ConflictsDialog", "Panel"),
    "allergies": QT_TRANSLATE_NOOP("ConflictsDialog", "Allergy"),
    "conditions": QT_TRANSLATE_NOOP("ConflictsDialog", "Problem"),
    "medications": QT_TRANSLATE_NOOP("ConflictsDialog", "Medication"),
    "encounters": QT_TRANSLATE_NOOP("ConflictsDialog", "Encounter"),
    "observations": QT_TRANSLATE_NOOP("ConflictsDialog", "Observation"),
    "immunizations": QT_TRANSLATE_NOOP("ConflictsDialog", "Immunization"),
    "procedures": QT_TRANSLATE_NOOP("ConflictsDialog", "Procedure"),
    "care_plans": QT_TRANSLATE_NOOP("ConflictsDialog", "Care plan"),
    "goals": QT_TRANSLATE_NOOP("ConflictsDialog", "Goal"),
    "tasks": QT_TRANSLATE_NOOP("ConflictsDialog", "Task"),
    "referrals": QT_TRANSLATE_NOOP("ConflictsDialog", "Referral"),
    "appointments": QT_TRANSLATE_NOOP("ConflictsDialog", "Appointment"),
    "visit_notes": QT_TRANSLATE_NOOP("ConflictsDialog", "Visit note"),
    "social_needs_screenings": QT_TRANSLATE_NOOP("ConflictsDialog", "Social needs screening"),
    "communication_log": QT_TRANSLATE_NOOP("ConflictsDialog", "Communication"),
    "medrec_worksheets": QT_TRANSLATE_NOOP("ConflictsDialog", "Med rec worksheet"),
    "reconciled_list_snapshots": QT_TRANSLATE_NOOP("ConflictsDialog", "Reconciled list"),
    "education_records": QT_TRANSLATE_NOOP("ConflictsDialog", "Handout given"),
    "users": QT_TRANSLATE_NOOP("ConflictsDialog", "User"),
    "devices": QT_TRANSLATE_NOOP("ConflictsDialog", "Device"),
}
TITLE_FIELDS = ("title", "code_text", "name", "to_name", "party_name", "display_name")
FIELD_LABELS = {
    "sig": QT_TRANSLATE_NOOP("ConflictsDialog", "Instructions (sig)"),
    "code_text": QT_TRANSLATE_NOOP("ConflictsDialog", "Name"),
    "due_at": QT_TRANSLATE_NOOP("ConflictsDialog", "Due"),
    "given_name": QT_TRANSLATE_NOOP("ConflictsDialog", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ConflictsDialog", "Family name"),
    "birth_date": QT_TRANSLATE_NOOP("ConflictsDialog", "Birth date"),
    "title": QT_TRANSLATE_NOOP("ConflictsDialog", "Title"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "Status"),
    "description": QT_TRANSLATE_NOOP("ConflictsDialog", "Description"),
    "sections": QT_TRANSLATE_NOOP("ConflictsDialog", "Note sections"),
    "priority": QT_TRANSLATE_NOOP("ConflictsDialog", "Priority"),
    "note": QT_TRANSLATE_NOOP("ConflictsDialog", "Note"),
    "notes": QT_TRANSLATE_NOOP("ConflictsDialog", "Notes"),
    "phone": QT_TRANSLATE_NOOP("ConflictsDialog", "Phone"),
    "address": QT_TRANSLATE_NOOP("ConflictsDialog", "Address"),
    "dose": QT_TRANSLATE_NOOP("ConflictsDialog", "Dose"),
    "frequency": QT_TRANSLATE_NOOP("ConflictsDialog", "Frequency"),
    "reason": QT_TRANSLATE_NOOP("ConflictsDialog", "Reason"),
    "starts_at": QT_TRANSLATE_NOOP("ConflictsDialog", "Starts"),
    "risk_level": QT_TRANSLATE_NOOP("ConflictsDialog", "Risk level"),
}


def word(text: str) -> str:
    """A table's word in the language installed (safe on a worker thread)."""
    return translate(CONTEXT, text)


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return word(label) if label else name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Side:
    value: Any
    text: str  # the value as shown
    who: str
    when: str
    device: str
    mine: bool  # made on this device


@dataclass(frozen=True)
class ConflictRow:
    id: str
    patient: str
    record: str  # "Task: Call pharmacy"
    field: str  # column name
    field_label: str
    text_field: bool  # a merged value can be written
    mine: Side
    theirs: Side


@dataclass(frozen=True)
class RefusedRow:
    when: str
    patient: str
    record: str
    change: str
    reason: str


def _text(value: Any) -> str:
    if value is None or value == "":
        return translate("ConflictsDialog", "(empty)")
    if isinstance(value, (dict, list)):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return str(value)


def _when(text: str | None) -> str:
    if not text:
        return translate("ConflictsDialog", "unknown time")
    try:
        return fmt_datetime(parse_utc(text))
    except ValueError:
        return text


def _describe_record(s: Any, entity: str, record_id: str,
                     patient_id: str | None) -> tuple[str, str]:
    """(patient name, "Task: Call pharmacy")."""
    patient = ""
    if patient_id:
        p = s.get(Patient, patient_id)
        if p is not None:
            patient = f"{p.family_name}, {p.given_name}"
    label = ENTITY_LABELS.get(entity)
    label = word(label) if label else entity.replace("_", " ").capitalize()
    model = MODELS.get(entity)
    obj = s.get(model, record_id) if model is not None else None
    title = ""
    if obj is not None:
        for name in TITLE_FIELDS:
            value = getattr(obj, name, None)
            if isinstance(value, str) and value.strip():
                title = value.strip()
                break
    return (patient or translate("ConflictsDialog", "No patient"),
            f"{label}: {title}" if title else label)


def _device_name(devices: dict[str, str], this_device: str, d: str | None) -> str:
    if not d:
        return translate("ConflictsDialog", "unknown device")
    name = devices.get(d) or translate("ConflictsDialog", "device %1").replace("%1", d[:8])
    return (translate("ConflictsDialog", "%1 (this device)").replace("%1", name)
            if d == this_device else name)


def load_sync_problems(store: Any) -> tuple[list[ConflictRow], list[RefusedRow]]:
    """The open conflicts and refused changes, described for people (a background job)."""
    with store.session() as s:
        state = {r.key: r.value for r in s.scalars(select(SyncState))}
        this_device = state.get("device_id") or ""
        devices = {d.id: d.name for d in s.scalars(select(Device))}
        users = {u.id: u.display_name for u in s.scalars(select(User))}
        unknown = translate("ConflictsDialog", "unknown")
        conflicts = []
        for c in s.scalars(select(SyncConflict).where(SyncConflict.status == "open")
                           .order_by(SyncConflict.found_at)):
            patient, record = _describe_record(s, c.entity, c.record_id, c.patient_id)
            model = MODELS.get(c.entity)
            col = None
            if model is not None:
                for _key, name, column in _data_columns(model):
                    if name == c.field:
                        col = column
            text_field = (col is not None and _has_python_type(col)
                          and col.type.python_type is str)
            local = Side(c.local_value, _text(c.local_value),
                         users.get(c.local_user or "", c.local_user or unknown),
                         _when(c.local_at),
                         _device_name(devices, this_device, c.local_device),
                         c.local_device == this_device)
            server = Side(c.server_value, _text(c.server_value),
                          users.get(c.server_user or "", c.server_user or unknown),
                          _when(c.server_at),
                          _device_name(devices, this_device, c.server_device),
                          c.server_device == this_device)
            # "mine" is the side made on this device (the client side when neither was)
            mine, theirs = (server, local) if server.mine and not local.mine else (local, server)
            conflicts.append(ConflictRow(c.id, patient, record, c.field, field_label(c.field),
                                         text_field, mine, theirs))
        refused = []
        for q in s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.id)):
            patient, record = _describe_record(s, q.entity, q.record_id, q.patient_id)
            change = "; ".join(
                f"{field_label(k)}: "
                + (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else _text(v))
                for k, v in (q.fields or {}).items())
            when = q.at if isinstance(q.at, dt.datetime) else None
            refused.append(RefusedRow(
                fmt_datetime(when) if when else "",
                patient, record, change[:300], q.reason))
    return conflicts, refused


def _data_columns(model: type) -> list[tuple[str, str, Any]]:
    from app.models.sync import data_columns

    return data_columns(model)


def _has_python_type(col: Any) -> bool:
    try:
        col.type.python_type
    except NotImplementedError:
        return False
    return True


class _SidePanel(QGroupBox):
    sig_keep = Signal()

    def __init__(self, title: str, button: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        grid = QGridLayout(self)
        self.value = QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.value.setAccessibleName(translate("ConflictsDialog", "%1 value").replace(
            "%1", title))
        self.value.setMaximumHeight(110)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(button, self)
        self.button.clicked.connect(self.sig_keep)
        grid.addWidget(self.value, 0, 0)
        grid.addWidget(self.who, 1, 0)
        grid.addWidget(self.button, 2, 0, Qt.AlignmentFlag.AlignLeft)

    def show_side(self, side: Side) -> None:
        self.value.setPlainText(side.text)
        self.who.setText(translate("ConflictsDialog", "By %1\n%2\non %3").replace(
            "%1", side.who).replace("%2", side.when).replace("%3", side.device))
        self.button.setAccessibleDescription(
            translate("ConflictsDialog", "Keep the value %1").replace("%1", side.text))


class ConflictsDialog(QDialog):
    """``sig_resolved()`` after a conflict was resolved (the caller syncs)."""

    sig_resolved = Signal()

    def __init__(self, store: Any, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.conflicts: list[ConflictRow] = []
        self.refused: list[RefusedRow] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setAccessibleName(self.tr("Sync conflicts"))
        self.resize(900, 560)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)

        # conflicts
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "The same field was changed on two devices before they synced. Both values are "
            "kept until you choose; your choice is sent to the clinic server."), page)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.stack = QStackedWidget(page)
        self.none_label = QLabel(self.tr("No open conflicts. Everything agrees."), self.stack)
        self.none_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        split = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.list = QListWidget(split)
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show_current)
        detail = QWidget(split)
        dl = QVBoxLayout(detail)
        self.record_label = QLabel(detail)
        font = self.record_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.record_label.setFont(font)
        self.record_label.setWordWrap(True)
        self.field_label = QLabel(detail)
        dl.addWidget(self.record_label)
        dl.addWidget(self.field_label)
        sides = QHBoxLayout()
        self.mine_panel = _SidePanel(self.tr("Mine"), self.tr("Keep &mine"), detail)
        self.theirs_panel = _SidePanel(self.tr("Theirs"), self.tr("Keep &theirs"), detail)
        self.mine_panel.sig_keep.connect(lambda: self._keep("mine"))
        self.theirs_panel.sig_keep.connect(lambda: self._keep("theirs"))
        sides.addWidget(self.mine_panel)
        sides.addWidget(self.theirs_panel)
        dl.addLayout(sides)
        self.merge_box = QGroupBox(self.tr("Or write a merged value"), detail)
        ml = QVBoxLayout(self.merge_box)
        self.merge_edit = QPlainTextEdit(self.merge_box)
        self.merge_edit.setAccessibleName(self.tr("Merged value"))
        self.merge_edit.setMaximumHeight(90)
        self.merge_button = QPushButton(self.tr("Keep this merged &value"), self.merge_box)
        self.merge_button.clicked.connect(lambda: self._keep("merged"))
        ml.addWidget(self.merge_edit)
        ml.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(self.merge_box)
        dl.addStretch(1)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 620])
        self.stack.addWidget(self.none_label)
        self.stack.addWidget(split)
        self._split = split
        lay.addWidget(self.stack, 1)
        self.tabs.addTab(page, self.tr("Conflicts"))

        # refused changes
        qpage = QWidget(self.tabs)
        ql = QVBoxLayout(qpage)
        qintro = QLabel(self.tr(
            "The clinic server refused these changes (for example a change to a note that "
            "was already signed). They are kept here so nothing is lost; the record keeps the "
            "server's version."), qpage)
        qintro.setWordWrap(True)
        ql.addWidget(qintro)
        self.refused_table = QTableWidget(0, 5, qpage)
        self.refused_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Patient"), self.tr("Record"), self.tr("Change"),
             self.tr("Server's reason")])
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused_table.setAccessibleName(self.tr("Refused changes"))
        self.refused_table.verticalHeader().hide()
        self.refused_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        ql.addWidget(self.refused_table, 1)
        self.tabs.addTab(qpage, self.tr("Refused changes"))

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Conflict screen status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        outer.addLayout(bottom)
        self.reload()

    # -- data ----------------------------------------------------------------------------------
    def show_tab(self, which: str) -> None:
        self.tabs.setCurrentIndex(1 if which == "refused" else 0)

    def reload(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self.runner.run(load_sync_problems, self.store, on_done=self._loaded,
                        on_error=lambda message, _exc: self.status.setText(message))

    def _loaded(self, result: tuple[list[ConflictRow], list[RefusedRow]]) -> None:
        self.conflicts, self.refused = result
        keep = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{c.patient}\n{c.record} — {c.field_label}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.conflicts else 0)
        if self.conflicts:
            self.list.setCurrentRow(min(max(keep, 0), len(self.conflicts) - 1))
            self._show_current(self.list.currentRow())
        self.tabs.setTabText(0, self.tr("Conflicts") + f" ({len(self.conflicts)})")
        self.tabs.setTabText(1, self.tr("Refused changes") + f" ({len(self.refused)})")
        self.refused_table.setRowCount(len(self.refused))
        for i, r in enumerate(self.refused):
            for j, text in enumerate((r.when, r.patient, r.record, r.change, r.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.refused_table.setItem(i, j, item)
        self.refused_table.resizeColumnsToContents()
        header = self.refused_table.horizontalHeader()
        for column in range(4):
            header.resizeSection(column, min(header.sectionSize(column) + 8, 320))
        self.refused_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.status.setText("")

    def current(self) -> ConflictRow | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self, _row: int) -> None:
        c = self.current()
        if c is None:
            return
        self.record_label.setText(f"{c.patient} · {c.record}")
        self.field_label.setText(self.tr("Field:") + f" {c.field_label}")
        self.mine_panel.setTitle(self.tr("Mine") + f" — {c.mine.device}")
        self.theirs_panel.setTitle(self.tr("Theirs") + f" — {c.theirs.device}")
        self.mine_panel.show_side(c.mine)
        self.theirs_panel.show_side(c.theirs)
        self.merge_box.setVisible(c.text_field)
        self.merge_edit.setPlainText(c.mine.text if isinstance(c.mine.value, str) else "")

    # -- resolving -----------------------------------------------------------------------------
    def keep(self, which: str) -> None:
        """Resolve the shown conflict: "mine", "theirs" or "merged" (the edit box)."""
        self._keep(which)

    def _keep(self, which: str) -> None:
        c = self.current()
        if c is None:
            return
        if which == "mine":
            value = c.mine.value
        elif which == "theirs":
            value = c.theirs.value
        else:
            value = self.merge_edit.toPlainText()
        self.status.setText(self.tr("Saving your choice…"))
        for b in (self.mine_panel.button, self.theirs_panel.button, self.merge_button):
            b.setEnabled(False)
        self.runner.run(resolve_conflict, self.store, c.id, value,
                        on_done=lambda _r: self._resolved(),
                        on_error=lambda message, _exc: self._resolve_failed(message))

    def _enable(self) -> None:
        for b in (self.mine_panel.button, self.theirs_panel.button, self.merge_button):
            b.setEnabled(True)

    def _resolved(self) -> None:
        self._enable()
        self.sig_resolved.emit()
        self.reload()

    def _resolve_failed(self, message: str) -> None:
        self._enable()
        self.status.setText(message)
