"""Transitions: the open transitions of care (discharges followed through transitional care).

One row per open transition: patient, discharge, facility, LACE score with its risk, and each
step (contact, home visit, follow-up) with its due time and state — done, due, overdue or
late, always in words with an icon, overdue ones also in red. The detail panel shows every
LACE component with its evidence and the actions that record each step, change the
complexity (which moves the follow-up deadline) or close the transition.

All reads and writes run through the Runner (app.coordination.transitions); the widgets only
show what comes back. :class:`TransitionsRefresher` opens new transitions and escalates missed
steps at start, after an import and on a timer.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.coordination import transitions as T
from app.models.base import utcnow
from app.views.background import Runner
from app.views.chart.common import count
from app.coordination import lace as lace_mod
from app.views import formatting
from app.views.formatting import fmt_datetime, fmt_time
from app.views.icons import icon
from app.views.tables import setup_table

OVERDUE_COLOUR = QColor("#b00020")  # dark red: 7:1 on white; always with a word and an icon
_Index = QModelIndex | QPersistentModelIndex


def _short(value: dt.datetime | None) -> str:
    """"Wed 4 Nov 23:59" in local time."""
    if value is None:
        return "—"
    local = value.astimezone()
    # the module's names read at call time: the UI language's, after a change in Settings
    return (f"{formatting.WEEKDAYS[local.weekday()]} {local.day} "
            f"{formatting.MONTHS[local.month - 1]} {fmt_time(local)}")


def refresh_job(store: Any) -> tuple[int, int]:
    return T.refresh(store)


class TransitionsRefresher(QObject):
    """Opens transitions for new discharges and escalates missed steps in the background: at
    :meth:`set_store`, on :meth:`refresh` (after an import) and every ``interval_ms``.
    ``sig_changed`` when something was opened or escalated."""

    sig_changed = Signal()

    def __init__(self, store: Any, runner: Runner, *, interval_ms: int = 10 * 60_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        if store is not None:
            self.timer.start()
            self.refresh()

    def set_store(self, store: Any) -> None:
        self.store = store
        if store is None:
            self.timer.stop()
            return
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.store is None or self._busy:
            return
        self._busy = True
        store = self.store
        self.runner.run(refresh_job, store,
                        on_done=lambda counts: self._done(store, counts),
                        on_error=lambda _message, _exc: self._failed())

    def _failed(self) -> None:
        self._busy = False

    def _done(self, store: Any, counts: tuple[int, int]) -> None:
        self._busy = False
        if store is self.store and any(counts):
            self.sig_changed.emit()


class Column(enum.IntEnum):
    PATIENT = 0
    DISCHARGED = 1
    FACILITY = 2
    LACE = 3
    CONTACT = 4
    HOME_VISIT = 5
    FOLLOWUP = 6
    STATUS = 7


_STEP_COLUMNS = {Column.CONTACT: "contact", Column.HOME_VISIT: "home_visit",
                 Column.FOLLOWUP: "followup"}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class TransitionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[T.TransitionRow] = []

    def set_rows(self, rows: list[T.TransitionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Patient"), self.tr("Discharged"), self.tr("Facility"),
                self.tr("LACE"), self.tr("Contact"), self.tr("Home visit"),
                self.tr("Follow-up"), self.tr("Status"))[section]

    def status_text(self, row: T.TransitionRow) -> str:
        if row.status == "completed":
            return self.tr("Completed")
        if row.status == "cancelled":
            return self.tr("Closed without completing")
        return self.tr("Overdue") if row.overdue else self.tr("Open")

    def step_text(self, step: T.StepRow) -> str:
        if step.state == T.DONE:
            text = self.tr("Done %1").replace("%1", _short(step.done_at))
            limit = step.late_at or step.due_at
            if limit is not None and step.done_at is not None and step.done_at > limit:
                text += self.tr(" (late)")
            return text
        if step.state == T.CANCELLED:
            return self.tr("Cancelled")
        if step.state == T.LATE:
            return self.tr("Late: was due %1").replace("%1", _short(step.due_at))
        if step.state == T.OVERDUE:
            text = self.tr("Overdue: was due %1").replace("%1", _short(step.due_at))
            if step.late_at is not None:
                text += self.tr(" (late after %1)").replace("%1", _short(step.late_at))
            return text
        text = self.tr("Due %1").replace("%1", _short(step.due_at))
        if step.late_at is not None:
            text += self.tr(" (late after %1)").replace("%1", _short(step.late_at))
        return text

    def risk_text(self, row: T.TransitionRow) -> str:
        if row.lace_score is None:
            return self.tr("not computed")
        risk = {"high": self.tr("high risk"), "moderate": self.tr("moderate risk"),
                "low": self.tr("low risk")}.get(row.lace_risk or "", "")
        return f"{row.lace_score} · {risk}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = Column(index.column())
        step = row.step(_STEP_COLUMNS[col]) if col in _STEP_COLUMNS else None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == Column.PATIENT:
                return row.patient_name
            if col == Column.DISCHARGED:
                return fmt_datetime(row.discharged_at)
            if col == Column.FACILITY:
                return row.facility or "—"
            if col == Column.LACE:
                return self.risk_text(row)
            if col == Column.STATUS:
                return self.status_text(row)
            assert step is not None
            return self.step_text(step)
        if role == Qt.ItemDataRole.ForegroundRole:
            late = step is not None and step.state in (T.OVERDUE, T.LATE)
            high = col == Column.LACE and row.lace_risk == "high"
            if late or high or (col == Column.STATUS and row.overdue):
                return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and col == Column.STATUS:
            return icon("warning") if row.overdue else icon("task") if (
                row.status == "completed") else None
        if role == Qt.ItemDataRole.DecorationRole and step is not None:
            if step.state in (T.OVERDUE, T.LATE):
                return icon("warning")
            if step.state == T.DONE:
                return icon("task")
        if role == Qt.ItemDataRole.AccessibleTextRole and step is not None:
            return f"{self.headerData(col, Qt.Orientation.Horizontal)}: {self.step_text(step)}"
        return None


class StepDialog(QDialog):
    """When a step happened (now by default); for a contact, its outcome; for an attempt,
    why the patient was not reached."""

    def __init__(self, title: str, *, kind: str, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setDateTime(QDateTime(clock().astimezone().replace(tzinfo=None)))
        form.addRow(self.tr("&When:"), self.when_edit)
        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setPlaceholderText(self.tr("e.g. Reached the patient; meds reviewed"))
        self.attempt_combo = QComboBox(self)
        for value, label in (("no answer", self.tr("No answer")),
                             ("left message", self.tr("Left a message")),
                             ("line busy", self.tr("Line busy")),
                             ("wrong number", self.tr("Wrong number"))):
            self.attempt_combo.addItem(label, value)
        if kind == "contact":
            form.addRow(self.tr("&Outcome:"), self.outcome_edit)
        elif kind == "attempt":
            form.addRow(self.tr("&Outcome:"), self.attempt_combo)
            note = QLabel(self.tr("Two documented attempts count as the contact (CMS)."), self)
            note.setWordWrap(True)
            form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def when(self) -> dt.datetime:
        return self.when_edit.dateTime().toPython().astimezone()  # type: ignore[union-attr]


class CancelDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the transition"))
        form = QFormLayout(self)
        self.reason_combo = QComboBox(self)
        for value, label in (("readmitted", self.tr("Readmitted to hospital")),
                             ("died", self.tr("Died")),
                             ("declined", self.tr("Declined transitional care")),
                             ("other", self.tr("Other"))):
            self.reason_combo.addItem(label, value)
        self.comment_edit = QLineEdit(self)
        form.addRow(self.tr("&Reason:"), self.reason_combo)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DischargeDialog(QDialog):
    """Record a discharge: patient, hospital, admitted, discharged, diagnosis, emergent."""

    def __init__(self, patients: list[tuple[str, str]], *, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a discharge"))
        form = QFormLayout(self)
        self.patient_combo = QComboBox(self)
        self.patient_combo.setEditable(True)
        self.patient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, name in patients:
            self.patient_combo.addItem(name, pid)
        self.facility_edit = QLineEdit(self)
        now = clock().astimezone().replace(tzinfo=None, second=0, microsecond=0)
        self.admitted_edit = QDateTimeEdit(QDateTime(now - dt.timedelta(days=3)), self)
        self.discharged_edit = QDateTimeEdit(QDateTime(now), self)
        for edit in (self.admitted_edit, self.discharged_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.diagnosis_edit = QLineEdit(self)
        self.emergent_check = QCheckBox(self.tr("Admitted through the emergency department"), self)
        form.addRow(self.tr("&Patient:"), self.patient_combo)
        form.addRow(self.tr("&Hospital:"), self.facility_edit)
        form.addRow(self.tr("&Admitted:"), self.admitted_edit)
        form.addRow(self.tr("&Discharged:"), self.discharged_edit)
        form.addRow(self.tr("D&iagnosis:"), self.diagnosis_edit)
        form.addRow(self.emergent_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "patient_id": self.patient_combo.currentData(),
            "facility": self.facility_edit.text(),
            "admitted_at": self.admitted_edit.dateTime().toPython().astimezone(),  # type: ignore[union-attr]
            "discharged_at": self.discharged_edit.dateTime().toPython().astimezone(),  # type: ignore[union-attr]
            "diagnosis": self.diagnosis_edit.text(),
            "emergent": self.emergent_check.isChecked(),
        }


class TransitionsWidget(QWidget):
    """The Transitions workspace page. Signals: ``sig_open_patient(patient_id)``,
    ``sig_changed()`` after a write (tasks changed too), ``sig_loaded(n)`` after each load
    (-1 when it failed), ``sig_failed(message)`` when a write was refused."""

    sig_open_patient = Signal(str)
    sig_changed = Signal()
    sig_loaded = Signal(int)
    sig_failed = Signal(str)

    def __init__(self, store: Any, runner: Runner, *,
                 clock: Callable[[], dt.datetime] = utcnow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._clock = clock
        self._generation = 0
        self._selected_id: str | None = None
        self.last_dialog: QDialog | None = None
        self.model = TransitionsModel(self)
        self._build_ui()
        if store is not None:
            self.reload()

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Transitions of care"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Transitions summary"))
        self.discharge_button = QPushButton(self.tr("&Record a discharge…"), self)
        self.discharge_button.clicked.connect(self.record_discharge)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_BrowserReload))
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.discharge_button)
        top.addWidget(self.reload_button)
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.stack = QStackedWidget(splitter)
        self.empty_label = QLabel(self.tr("No open transitions. Discharges from the last 30 days "
                                          "open one automatically; use \"Record a discharge\" "
                                          "for one you hear about."), self.stack)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableView(self.stack)
        self.table.setModel(self.model)
        setup_table(self.table, self.tr("Open transitions of care"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.table.doubleClicked.connect(lambda _i: self._open_current_patient())
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)

        detail = QWidget(splitter)
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.detail_view = QTextBrowser(detail)
        self.detail_view.setAccessibleName(self.tr("Transition details and LACE components"))
        self.detail_view.setOpenLinks(False)
        dl.addWidget(self.detail_view, 3)
        actions = QGroupBox(self.tr("Record"), detail)
        al = QVBoxLayout(actions)
        self.contact_button = QPushButton(self.tr("&Contact made…"), actions)
        self.attempt_button = QPushButton(self.tr("Contact &attempt, not reached…"), actions)
        self.home_button = QPushButton(self.tr("&Home visit done…"), actions)
        self.followup_button = QPushButton(self.tr("&Follow-up visit done…"), actions)
        self.complexity_combo = QComboBox(actions)
        self.complexity_combo.addItem(self.tr("Moderate complexity (99495, 14 days)"), "moderate")
        self.complexity_combo.addItem(self.tr("High complexity (99496, 7 days)"), "high")
        self.complexity_combo.setAccessibleName(self.tr("Complexity"))
        self.complexity_combo.activated.connect(lambda _i: self._complexity_chosen())
        self.cancel_button = QPushButton(self.tr("Close &without completing…"), actions)
        self.chart_button = QPushButton(icon("chart"), self.tr("Open &chart"), actions)
        self.contact_button.clicked.connect(lambda: self._ask_step("contact"))
        self.attempt_button.clicked.connect(lambda: self._ask_step("attempt"))
        self.home_button.clicked.connect(lambda: self._ask_step("home_visit"))
        self.followup_button.clicked.connect(lambda: self._ask_step("followup"))
        self.cancel_button.clicked.connect(self._ask_cancel)
        self.chart_button.clicked.connect(self._open_current_patient)
        for w in (self.contact_button, self.attempt_button, self.home_button,
                  self.followup_button, self.complexity_combo, self.cancel_button,
                  self.chart_button):
            al.addWidget(w)
        al.addStretch(1)
        dl.addWidget(actions, 1)
        splitter.addWidget(self.stack)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 450])
        outer.addWidget(splitter, 1)
        self._update_actions(None)

    # -- loading -------------------------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self.store = store
        self.model.set_rows([])
        self.reload()

    def reload(self) -> None:
        if self.store is None:
            return
        self._generation += 1
        generation = self._generation
        self.runner.run(T.fetch_transitions, self.store, now=self._clock(),
                        on_done=lambda rows: self._loaded(generation, rows),
                        on_error=lambda message, _exc: self._load_failed(generation, message))

    def _loaded(self, generation: int, rows: list[T.TransitionRow]) -> None:
        if generation != self._generation:
            return
        keep = self._selected_id
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        n_open = sum(r.status == "open" for r in rows)
        n_overdue = sum(r.overdue for r in rows)
        text = self.tr("%1 open").replace("%1", str(n_open))
        if n_overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(n_overdue))
        self.summary_label.setText(text)
        if rows:
            self.table.resizeColumnsToContents()
            for col in (Column.CONTACT, Column.HOME_VISIT, Column.FOLLOWUP):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 330))
            index = next((i for i, r in enumerate(rows) if r.id == keep), 0)
            self.table.selectRow(index)
        self._show_detail()
        self.sig_loaded.emit(len(rows))

    def _load_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.summary_label.setText(self.tr("The transitions could not be loaded."))
            self.sig_loaded.emit(-1)

    # -- selection and detail ------------------------------------------------------------------
    def current(self) -> T.TransitionRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[index.row()]

    def select_patient(self, patient_id: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.patient_id == patient_id:
                self.table.selectRow(i)
                return True
        return False

    def _update_actions(self, row: T.TransitionRow | None) -> None:
        live = row is not None and row.status == "open"
        contact_open = live and row is not None and row.step("contact").done_at is None
        self.contact_button.setEnabled(contact_open)
        self.attempt_button.setEnabled(contact_open)
        self.home_button.setEnabled(live and row is not None
                                    and row.step("home_visit").done_at is None)
        self.followup_button.setEnabled(live and row is not None
                                        and row.step("followup").done_at is None)
        self.complexity_combo.setEnabled(live)
        self.cancel_button.setEnabled(live)
        self.chart_button.setEnabled(row is not None)
        if row is not None:
            self.complexity_combo.setCurrentIndex(self.complexity_combo.findData(row.complexity))

    def _show_detail(self) -> None:
        row = self.current()
        self._selected_id = row.id if row is not None else None
        self._update_actions(row)
        self.detail_view.setHtml(self.detail_html(row) if row is not None else "")

    def detail_html(self, row: T.TransitionRow) -> str:
        esc = _esc
        parts = [f"<h3>{esc(row.patient_name)}</h3>",
                 "<p>" + esc(self.tr("Discharged %1 from %2").replace(
                     "%1", fmt_datetime(row.discharged_at)).replace("%2", row.facility or "—")),
                 ]
        if row.diagnosis:
            parts.append("<br>" + esc(self.tr("Diagnosis: %1").replace("%1", row.diagnosis)))
        complexity = {"moderate": self.tr("moderate"), "high": self.tr("high")}.get(
            row.complexity, row.complexity)
        parts.append("<br>" + esc(self.tr("Complexity: %1 (CPT %2)").replace(
            "%1", complexity).replace("%2", row.cpt)))
        status = {"open": self.tr("open"), "completed": self.tr("completed"),
                  "cancelled": self.tr("closed without completing")}.get(row.status, row.status)
        parts.append("<br>" + esc(self.tr("Status: %1").replace("%1", status)))
        if row.overdue:
            parts.append(" <b style='color:#b00020'>⚠ " + esc(self.tr("overdue")) + "</b>")
        parts.append("</p><p>")
        for step in row.steps:
            text = self.model.step_text(step)
            mark = "✔ " if step.state == T.DONE else "⚠ " if step.state in (T.OVERDUE, T.LATE) \
                else "○ "
            style = " style='color:#b00020'" if step.state in (T.OVERDUE, T.LATE) else ""
            extra = f" — {esc(step.outcome)}" if step.outcome else ""
            if step.escalated and step.state != T.DONE:
                extra += " — " + esc(self.tr("escalated"))
            parts.append(f"<span{style}>{mark}<b>{esc(self._step_name(step.step))}</b>: "
                         f"{esc(text)}{extra}</span><br>")
        if row.contact_attempts and row.step("contact").done_at is None:
            n = row.contact_attempts  # English has no plural forms file: a text for each
            parts.append(esc(self.tr("%n contact attempt documented", "", n) if n == 1
                             else self.tr("%n contact attempts documented", "", n)) + "<br>")
        if row.notes:
            parts.append(esc(row.notes) + "<br>")
        parts.append("</p>")
        parts.append(self.lace_html(row))
        return "".join(parts)

    def _step_name(self, step: str) -> str:
        return {"contact": self.tr("Contact (2 business days)"),
                "home_visit": self.tr("Home visit (48–72 h)"),
                "followup": self.tr("Face-to-face follow-up")}.get(step, step)

    def lace_html(self, row: T.TransitionRow) -> str:
        esc = _esc
        lace = row.lace or {}
        if row.lace_score is None or not lace:
            return "<p>" + esc(self.tr("LACE not computed (no hospital stay data).")) + "</p>"
        meta = lace.get("meta", {})
        risk = {"high": self.tr("high risk"), "moderate": self.tr("moderate risk"),
                "low": self.tr("low risk")}.get(meta.get("risk", ""), "")
        lace_index, points = self.tr("LACE index"), self.tr("points")
        out = [f"<h4>{esc(lace_index)}: {row.lace_score} · {esc(risk)}</h4>"
               "<table cellspacing='0' cellpadding='2'>"]
        names = {"L": self.tr("Length of stay"), "A": self.tr("Acuity of admission"),
                 "C": self.tr("Comorbidity (Charlson)"),
                 "E": self.tr("Emergency visits, previous 6 months")}
        for letter in "LACE":
            comp = lace.get(letter) or {}
            out.append(f"<tr><td><b>{letter}</b></td><td>{esc(names[letter])}</td>"
                       f"<td align='right'><b>{comp.get('points', 0)}</b> "
                       f"{esc(points)}</td><td>{esc(self.lace_detail(letter, comp))}"
                       "</td></tr>")
            for ev in comp.get("evidence") or []:
                if ev.get("kind") == "charlson":
                    counted = "" if ev.get("counted") else " " + self.tr("(not counted: a "
                                                                          "heavier one applies)")
                    label = lace_mod.category_name(str(ev.get("category", "")),
                                                   formatting.ui_language(),
                                                   str(ev.get("label", "")))
                    text = (f"{label} +{ev.get('weight')}{counted}: "
                            + ", ".join(ev.get("conditions") or []))
                elif letter != "L":
                    when = ev.get("start")
                    day = fmt_datetime(dt.datetime.fromisoformat(when)) if when else ""
                    text = f"{ev.get('label', '')} · {day}"
                else:
                    continue
                out.append(f"<tr><td></td><td colspan='3'>· {esc(text)}</td></tr>")
        out.append("</table>")
        out.append("<p><small>" + esc(self.tr(
            "Score of %1 or more: high risk of death or readmission within 30 days. "
            "Source: %2").replace("%1", str(meta.get("cutoff", 10))).replace(
            "%2", str(meta.get("cutoff_source", "")))) + "</small></p>")
        return "".join(out)

    def lace_detail(self, letter: str, comp: dict[str, Any]) -> str:
        """A LACE component's line in the UI language, from its key and numbers (what
        app.coordination.lace stores beside the English line); the stored English line for
        one computed before the keys were kept."""
        key, args = comp.get("detail_key"), comp.get("detail_args") or {}
        value = comp.get("value")
        if (letter == "L" and isinstance(value, int) and not isinstance(value, bool)
                and value >= 0 and key in ("los_days", None)):
            return count(value, self.tr("%1 day in hospital"), self.tr("%1 days in hospital"))
        if letter == "A":
            words = {"through_ed": self.tr("admitted through the emergency department"),
                     "coded_emergency": self.tr("coded as an emergency admission"),
                     "reported_emergent": self.tr("emergent admission, as reported"),
                     "elective": self.tr("no emergency visit before the admission (elective)")}
            if key in words:
                return words[key]
        if letter == "C" and key == "no_charlson":
            return self.tr("no Charlson conditions recorded")
        if letter == "C" and key == "charlson":
            lang = formatting.ui_language()
            items = ", ".join(
                lace_mod.category_name(str(ev.get("category", "")), lang,
                                       str(ev.get("label", ""))) + f" +{ev.get('weight')}"
                for ev in comp.get("evidence") or []
                if ev.get("kind") == "charlson" and ev.get("counted"))
            return self.tr("Charlson score %1: %2").replace(
                "%1", str(args.get("score", value))).replace("%2", items)
        if letter == "E" and key == "ed_visits":
            visits = int(args.get("visits", value or 0))
            text = count(visits,
                         self.tr("%1 emergency visit in the 6 months before the admission"),
                         self.tr("%1 emergency visits in the 6 months before the admission"))
            if "counted_as" in args:
                text += " " + self.tr("(counted as %1)").replace("%1", str(args["counted_as"]))
            return text
        return str(comp.get("detail", ""))

    # -- actions -------------------------------------------------------------------------------
    def _open_current_patient(self) -> None:
        row = self.current()
        if row is not None:
            self.sig_open_patient.emit(row.patient_id)

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _ask_step(self, kind: str) -> None:
        row = self.current()
        if row is None:
            return
        titles = {"contact": self.tr("Contact made"), "attempt": self.tr("Contact attempt"),
                  "home_visit": self.tr("Home visit done"),
                  "followup": self.tr("Follow-up visit done")}
        dialog = StepDialog(titles[kind], kind=kind, clock=self._clock, parent=self)
        dialog.accepted.connect(lambda: self._record(kind, row.id, dialog))
        self._show_dialog(dialog)

    def _record(self, kind: str, transition_id: str, dialog: StepDialog) -> None:
        at, now = dialog.when(), self._clock()
        if kind == "contact":
            self._write(T.record_contact, transition_id, outcome=dialog.outcome_edit.text(),
                        at=at, now=now)
        elif kind == "attempt":
            self._write(T.record_contact_attempt, transition_id,
                        outcome=dialog.attempt_combo.currentData(), at=at, now=now)
        elif kind == "home_visit":
            self._write(T.record_home_visit, transition_id, at=at, now=now)
        else:
            self._write(T.record_followup, transition_id, at=at, now=now)

    def _complexity_chosen(self) -> None:
        row = self.current()
        value = self.complexity_combo.currentData()
        if row is not None and value != row.complexity:
            self._write(T.set_complexity, row.id, value, now=self._clock())

    def _ask_cancel(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = CancelDialog(self)
        dialog.accepted.connect(lambda: self._write(
            T.cancel_transition, row.id, reason=dialog.reason_combo.currentData(),
            comment=dialog.comment_edit.text(), now=self._clock()))
        self._show_dialog(dialog)

    def record_discharge(self) -> None:
        if self.store is None:
            return
        self.runner.run(T.patient_choices, self.store, on_done=self._ask_discharge)

    def _ask_discharge(self, patients: list[tuple[str, str]]) -> None:
        dialog = DischargeDialog(patients, clock=self._clock, parent=self)
        dialog.accepted.connect(lambda: self._save_discharge(dialog.values()))
        self._show_dialog(dialog)

    def _save_discharge(self, values: dict[str, Any]) -> None:
        self.runner.run(T.record_discharge, self.store, now=self._clock(), **values,
                        on_done=self._written, on_error=lambda m, _e: self._write_failed(m))

    def _write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.runner.run(fn, self.store, *args, **kwargs, on_done=self._written,
                        on_error=lambda message, _exc: self._write_failed(message))

    def _written(self, row: T.TransitionRow) -> None:
        self._selected_id = row.id
        self.sig_changed.emit()
        self.reload()

    def _write_failed(self, message: str) -> None:
        self.sig_failed.emit(message)
        self.summary_label.setText(message)
        self.reload()


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def patient_transition_job(store: Any, patient_id: str) -> T.TransitionRow | None:
    with store.session() as s:
        return T.patient_transition(s, patient_id)


class TransitionSummary(QLabel):
    """The patient's open transition of care, one line per step, for the chart summary's
    discharge card. Loads itself through the Runner once given the store (set_services)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_transition")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Transition of care"))
        self.store: Any = None
        self.runner: Runner | None = None
        self.patient_id: str | None = None
        self.row: T.TransitionRow | None = None
        self._model = TransitionsModel(self)
        self.hide()

    def set_services(self, store: Any, runner: Runner) -> None:
        self.store, self.runner = store, runner
        self.reload()

    def set_patient(self, patient_id: str) -> None:
        self.patient_id = patient_id
        self.reload()

    def reload(self) -> None:
        if self.store is None or self.runner is None or self.patient_id is None:
            return
        pid = self.patient_id
        self.runner.run(patient_transition_job, self.store, pid,
                        on_done=lambda row: self._show(pid, row),
                        on_error=lambda _m, _e: None)

    def _show(self, patient_id: str, row: T.TransitionRow | None) -> None:
        if patient_id != self.patient_id:
            return
        self.row = row
        if row is None:
            self.hide()
            self.clear()
            return
        lines = [f"<b>{_esc(self.tr('Transition of care'))}</b>"
                 + (f" · LACE {_esc(self._model.risk_text(row))}" if row.lace_score is not None
                    else "")]
        names = {"contact": self.tr("Contact"), "home_visit": self.tr("Home visit"),
                 "followup": self.tr("Follow-up")}
        for step in row.steps:
            late = step.state in (T.OVERDUE, T.LATE)
            mark = "✔" if step.state == T.DONE else "⚠" if late else "○"
            text = f"{mark} {_esc(names[step.step])}: {_esc(self._model.step_text(step))}"
            lines.append(f"<span style='color:#b00020'>{text}</span>" if late else text)
        self.setText("<br>".join(lines))
        self.show()
