"""My day: the tasks overdue and due today across her panel, with the patient a click away.

Groups (header rows spanning the table): Overdue, Due today, No due date, Done today. Each
task row: a check box to complete it, the task, the patient (a link: one click opens the
patient), the due time in local time ("Overdue" in words, bold, with a warning icon; colour
is never the only signal) and the priority.

Keyboard: Space completes (or reopens) the current task, Enter opens its patient, Ctrl+N
makes a new task. Every read and write goes through the Runner; a completed task stays where
it is, ticked and struck through, until the next reload moves it to "Done today".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.base import utcnow
from app.views.background import Runner
from app.views.coordination.texts import task_title
from app.views.icons import icon
from app.views.workspace.task_dialogs import (
    DueDialog,
    NewTaskDialog,
    NewTaskValues,
    priority_label,
)
from app.worklist import service
from app.worklist.service import DONE, GROUPS, NO_DATE, OVERDUE, TODAY, TaskRow

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the group of a header row (None on task rows)

Index = QModelIndex | QPersistentModelIndex


# Texts outside a QObject: QCoreApplication.translate under the "MyDayModel" context, called
# by this bare name so that pyside6-lupdate finds them.
translate = QCoreApplication.translate


class Column(enum.IntEnum):
    DONE = 0
    TITLE = 1
    PATIENT = 2
    DUE = 3
    PRIORITY = 4


def _headers() -> dict[Column, tuple[str, str]]:
    return {
        Column.DONE: (translate("MyDayModel", "Done"),
                      translate("MyDayModel", "Tick to mark the task done (Space)")),
        Column.TITLE: (translate("MyDayModel", "Task"),
                       translate("MyDayModel", "What needs doing")),
        Column.PATIENT: (translate("MyDayModel", "Patient"),
                         translate("MyDayModel",
                                   "Click the name (or press Enter) to open the patient")),
        Column.DUE: (translate("MyDayModel", "Due"),
                     translate("MyDayModel", "When the task is due, in local time")),
        Column.PRIORITY: (translate("MyDayModel", "Priority"),
                          translate("MyDayModel", "Routine, urgent or stat")),
    }


def group_title(group: str) -> str:
    return {
        OVERDUE: translate("MyDayModel", "Overdue"),
        TODAY: translate("MyDayModel", "Due today"),
        NO_DATE: translate("MyDayModel", "No due date"),
        DONE: translate("MyDayModel", "Done today"),
    }.get(group, group)


# -- formatting ----------------------------------------------------------------------------------
def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def fmt_time(value: dt.datetime) -> str:
    return QLocale().toString(_qdt(value), "HH:mm")


def fmt_when(value: dt.datetime, today: dt.date) -> str:
    """"today 14:00", "yesterday 09:30", "tomorrow 10:00", else "Tue 3 Mar, 09:30" (with the
    year when it is not this year), in local time."""
    local = value.astimezone()
    delta = (local.date() - today).days
    words = {0: translate("MyDayModel", "today"), -1: translate("MyDayModel", "yesterday"),
             1: translate("MyDayModel", "tomorrow")}
    if delta in words:
        return f"{words[delta]} {fmt_time(value)}"
    fmt = "ddd d MMM, HH:mm" if local.year == today.year else "d MMM yyyy, HH:mm"
    return QLocale().toString(_qdt(value), fmt)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class _Entry:
    group: str
    row: TaskRow | None = None  # None: the group's header row
    count: int = 0


# -- the model -------------------------------------------------------------------------------------
class MyDayModel(QAbstractTableModel):
    """My day's rows, with a header row before each group. ``sig_toggle_requested(task_id,
    done)`` asks the widget to complete or reopen a task (the model never writes)."""

    sig_toggle_requested = Signal(str, bool)

    def __init__(self, parent: Any = None, *, clock: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[TaskRow] = []
        self._entries: list[_Entry] = []
        self._groups: set[str] = set(GROUPS)
        self._icons: dict[str, QIcon] = {}

    # data in
    def set_rows(self, rows: list[TaskRow]) -> None:
        self._rows = sorted(rows, key=service.sort_key)
        self._rebuild()

    def set_groups(self, groups: set[str] | None) -> None:
        """Show only these groups (None: all)."""
        self._groups = set(groups) if groups else set(GROUPS)
        self._rebuild()

    def add_row(self, row: TaskRow) -> None:
        self._rows = sorted([*self._rows, row], key=service.sort_key)
        self._rebuild()

    def update_row(self, row: TaskRow) -> None:
        """Show a task's new state in place (no regrouping until the next load)."""
        self._rows = [row if r.task_id == row.task_id else r for r in self._rows]
        for i, entry in enumerate(self._entries):
            if entry.row is not None and entry.row.task_id == row.task_id:
                self._entries[i] = _Entry(entry.group, row)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(Column) - 1))

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._entries = []
        for group in GROUPS:
            if group not in self._groups:
                continue
            members = [r for r in self._rows if r.group == group]
            if not members:
                continue
            self._entries.append(_Entry(group, None, len(members)))
            self._entries.extend(_Entry(group, r) for r in members)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, len(Column) - 1))

    # data out
    @property
    def rows(self) -> list[TaskRow]:
        return list(self._rows)

    def task_rows(self) -> list[TaskRow]:
        """The task rows shown, in order."""
        return [e.row for e in self._entries if e.row is not None]

    def row_of(self, task_id: str) -> int:
        for i, entry in enumerate(self._entries):
            if entry.row is not None and entry.row.task_id == task_id:
                return i
        return -1

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._entries) and self._entries[row].row is None

    def task_at(self, row: int) -> TaskRow | None:
        return self._entries[row].row if 0 <= row < len(self._entries) else None

    def counts(self) -> dict[str, int]:
        """Open tasks per group, as they stand now (a ticked task no longer counts)."""
        out = {g: 0 for g in GROUPS}
        for r in self._rows:
            out[r.group if r.is_open else DONE] += 1
        return out

    # Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.is_header(index.row()):
            return Qt.ItemFlag.NoItemFlags  # headers: not selectable, skipped by the arrows
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        label, tip = _headers()[Column(section)]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if entry.row is None:
            return self._header_data(entry, index.column(), role)
        return self._task_data(entry.row, Column(index.column()), role)

    def _header_data(self, entry: _Entry, column: int, role: int) -> Any:
        if role == GROUP_ROLE:
            return entry.group
        if column != 0:
            return None
        title = group_title(entry.group)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} ({entry.count})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = translate("MyDayModel", "%1, %2 tasks")
            return text.replace("%1", title).replace("%2", str(entry.count))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Active,
                                                   QPalette.ColorRole.WindowText)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Window)
        if role == Qt.ItemDataRole.DecorationRole and entry.group == OVERDUE:
            return self._icon("warning")
        return None

    def _task_data(self, row: TaskRow, column: Column, role: int) -> Any:
        if role == TASK_ROLE:
            return row
        if role == PATIENT_ID_ROLE:
            return row.patient_id
        if role == GROUP_ROLE:
            return None
        today = self._clock().astimezone().date()
        if column == Column.DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (translate("MyDayModel", "Done") if row.done
                        else translate("MyDayModel", "Not done"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return (translate("MyDayModel", "Reopen this task") if row.done
                        else translate("MyDayModel", "Mark this task done"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, today)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column, today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, today)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QGuiApplication.font())
            if row.done and column == Column.TITLE:
                font.setStrikeOut(True)
                return font
            if not row.done and ((column == Column.DUE and row.overdue)
                                 or (column == Column.PRIORITY and row.priority != "routine")):
                font.setBold(True)
                return font
            if column == Column.PATIENT and row.patient_id:
                font.setUnderline(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if row.done or (column == Column.DUE and row.due_at is None):
                return palette.color(QPalette.ColorRole.PlaceholderText)
            if column == Column.PATIENT and row.patient_id:
                return palette.color(QPalette.ColorRole.Link)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.DUE:
            if row.overdue and not row.done:
                return self._icon("warning")
            return None
        return None

    def _text(self, row: TaskRow, column: Column, today: dt.date) -> str:
        if column == Column.TITLE:
            return task_title(row.title, None)
        if column == Column.PATIENT:
            return row.patient_name or "—"
        if column == Column.PRIORITY:
            return priority_label(row.priority)
        # due
        if row.done:
            when = row.completed_at
            return (translate("MyDayModel", "Done %1").replace("%1", fmt_when(when, today)) if when
                    else translate("MyDayModel", "Done"))
        if row.due_at is None:
            return translate("MyDayModel", "No date")
        if row.overdue:
            text = translate("MyDayModel", "Overdue · %1")
            return text.replace("%1", fmt_when(row.due_at, today))
        return _capital(fmt_when(row.due_at, today))

    def _accessible(self, row: TaskRow, column: Column, today: dt.date) -> str:
        if column == Column.TITLE:
            state = translate("MyDayModel", "done") if row.done else translate("MyDayModel", "open")
            text = translate("MyDayModel", "Task %1, %2")
            return text.replace("%1", task_title(row.title, None)).replace("%2", state)
        if column == Column.PATIENT:
            name = row.patient_name or translate("MyDayModel", "none")
            return translate("MyDayModel", "Patient %1").replace("%1", name)
        if column == Column.PRIORITY:
            text = translate("MyDayModel", "Priority %1")
            return text.replace("%1", priority_label(row.priority))
        return self._text(row, column, today)

    def _tooltip(self, row: TaskRow, column: Column, today: dt.date) -> str | None:
        if column == Column.TITLE:
            return task_title(row.title, None) + (f"\n\n{row.description}" if row.description
                                                  else "")
        if column == Column.PATIENT and row.patient_id:
            return translate("MyDayModel", "Open %1").replace("%1", row.patient_name)
        if column == Column.DUE and row.due_at is not None:
            local = row.due_at.astimezone()
            full = QLocale().toString(_qdt(row.due_at), "dddd d MMMM yyyy, HH:mm")
            if row.overdue and not row.done:
                days = (today - local.date()).days
                if days <= 0:
                    late = translate("MyDayModel", "due earlier today")
                else:
                    late = self.tr("%n day(s) overdue", "", days)
                return f"{full} ({late})"
            return full
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != Column.DONE):
            return False
        row = self.task_at(index.row())
        if row is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        if checked != row.done:
            self.sig_toggle_requested.emit(row.task_id, checked)
        return False  # the row changes when the write is done (update_row)

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]


# -- the table -------------------------------------------------------------------------------------
class _Delegate(QStyledItemDelegate):
    """Group headers are not selectable (so the arrows skip them) but drawn as enabled; a
    selected row's text (the patient link too) takes the selection's own text colour."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.data(GROUP_ROLE):
            option.state |= QStyle.StateFlag.State_Enabled
        elif option.state & QStyle.StateFlag.State_Selected:
            palette = QGuiApplication.palette()
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                option.palette.setColor(group, QPalette.ColorRole.HighlightedText,
                                        palette.color(group, QPalette.ColorRole.HighlightedText))


class _TaskTable(QTableView):
    """Space toggles the current task, Enter opens its patient; a click on the patient's name
    opens the patient."""

    sig_toggle = Signal(int)
    sig_open = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        if index.isValid() and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                     Qt.KeyboardModifier.KeypadModifier):
            if event.key() == Qt.Key.Key_Space:
                self.sig_toggle.emit(index.row())
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.sig_open.emit(index.row())
                event.accept()
                return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        on_link = (index.isValid() and index.column() == Column.PATIENT
                   and bool(index.data(PATIENT_ID_ROLE)))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if on_link
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


# -- the widget ------------------------------------------------------------------------------------
# The "Show:" choices, in order (their labels are set in _retranslate).
_FILTERS: tuple[frozenset[str] | None, ...] = (
    None, frozenset({OVERDUE}), frozenset({TODAY}), frozenset({NO_DATE}), frozenset({DONE}),
)


class MyDayWidget(QWidget):
    """My day. ``store`` and ``runner`` are passed in; ``patients`` is the new-task dialog's
    list of (patient id, name) — when None, My day loads it with the tasks.

    Signals: ``sig_open_patient(patient_id)``; ``sig_loaded(n)`` after each load (tasks
    shown, -1 when the load failed); ``sig_task_saved(task_id)`` after a create, complete,
    reopen or due change was written; ``sig_task_failed(message)`` when one was refused.
    """

    sig_open_patient = Signal(str)
    sig_loaded = Signal(int)
    sig_task_saved = Signal(str)
    sig_task_failed = Signal(str)

    def __init__(self, store: Any, runner: Runner, *, user_id: str | None = None,
                 patients: list[tuple[str, str]] | None = None,
                 clock: Callable[[], dt.datetime] = utcnow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.user_id = user_id
        self._patients = list(patients) if patients is not None else None
        self._patients_given = patients is not None
        self._clock = clock
        self._generation = 0
        self._loaded_once = False
        self.last_dialog: QDialog | None = None

        self.model = MyDayModel(self, clock=clock)
        self.model.sig_toggle_requested.connect(self.set_done)
        self._build_ui()
        self.model.modelReset.connect(self._after_reset)  # after the view's own reset
        self._retranslate()
        if store is not None:
            self.reload()

    # -- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        for groups in _FILTERS:
            self.filter_combo.addItem("", groups)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.filter_label.setBuddy(self.filter_combo)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)
        outer.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        style = self.style()
        self.new_button = QPushButton(self)
        self.new_button.setIcon(QIcon.fromTheme(
            "document-new", style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)))
        self.new_button.clicked.connect(lambda: self.new_task())
        self.done_button = QPushButton(self)
        self.done_button.setIcon(icon("task"))
        self.done_button.clicked.connect(self._toggle_current)
        self.due_button = QPushButton(self)
        self.due_button.setIcon(QIcon.fromTheme("x-office-calendar", style.standardIcon(
            QStyle.StandardPixmap.SP_FileDialogDetailedView)))
        self.due_button.clicked.connect(self._change_due_current)
        self.open_button = QPushButton(self)
        self.open_button.setIcon(icon("chart"))
        self.open_button.clicked.connect(self._open_current)
        self.reload_button = QPushButton(self)
        self.reload_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.reload_button.clicked.connect(self.reload)
        for button in (self.new_button, self.done_button, self.due_button, self.open_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        outer.addLayout(bar)

        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda: self.new_task())
        self.addAction(self.new_action)

        self.stack = QStackedWidget(self)
        self.loading_label = QLabel(self.stack)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        self.empty_label = QLabel(self.stack)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.table = _TaskTable(self.stack)
        self.table.setModel(self.model)
        self.table.setItemDelegate(_Delegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setMouseTracking(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.sig_toggle.connect(self._toggle_row)
        self.table.sig_open.connect(self._open_row)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        outer.addWidget(self.stack, 1)

        message_row = QHBoxLayout()
        self.message_icon = QLabel(self)
        self.message_icon.setPixmap(icon("warning").pixmap(QSize(18, 18),
                                                           self.devicePixelRatioF()))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)
        outer.addLayout(message_row)
        self._show_message("")
        self._apply_metrics()
        self._update_buttons()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("My day"))
        self.heading.setAccessibleName(self.tr("My day"))
        self.filter_label.setText(self.tr("&Show:"))
        self.filter_combo.setAccessibleName(self.tr("Show tasks"))
        labels = [self.tr("Everything"), self.tr("Overdue"), self.tr("Due today"),
                  self.tr("No due date"),
                  self.tr("Done today")]
        for i, label in enumerate(labels):
            self.filter_combo.setItemText(i, label)
        self.new_button.setText(self.tr("&New task…"))
        self.new_button.setToolTip(self.tr("Add a task for a patient (Ctrl+N)"))
        self.due_button.setText(self.tr("Due &date…"))
        self.due_button.setToolTip(self.tr("Change when the selected task is due"))
        self.open_button.setText(self.tr("&Open patient"))
        self.open_button.setToolTip(self.tr("Open the selected task's patient (Enter)"))
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Load My day again"))
        self.summary_label.setAccessibleName(self.tr("Task summary"))
        self.table.setAccessibleName(self.tr("My day tasks"))
        self.table.setAccessibleDescription(
            self.tr("Space marks the task done, Enter opens the patient"))
        self.loading_label.setText(self.tr("Loading My day…"))
        self.empty_label.setText(self.tr("Nothing is due today and nothing is overdue."))
        self.message_label.setAccessibleName(self.tr("My day message"))
        self.model.retranslate()
        self._update_buttons()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_metrics()
        super().changeEvent(event)

    def _apply_metrics(self) -> None:
        """Row height, icon and check box size from the current font (so a 200 % font fits),
        then the column widths."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.7))
        icon = max(16, round(metrics.height() * 0.95))
        self.table.setIconSize(QSize(icon, icon))
        indicator = max(13, round(metrics.height() * 0.8))
        self.table.setStyleSheet(
            f"QTableView::indicator {{ width: {indicator}px; height: {indicator}px; }}"
            if indicator > 16 else "")
        button_icon = max(16, round(self.fontMetrics().height() * 0.9))
        for button in (self.new_button, self.done_button, self.due_button, self.open_button,
                       self.reload_button):
            button.setIconSize(QSize(button_icon, button_icon))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths from what the rows show (bold text and icons included), within limits."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        done = metrics.horizontalAdvance(translate("MyDayModel", "Done"))
        header.resizeSection(Column.DONE, max(done, self.table.iconSize().width() + 8) + padding)
        samples = {Column.PATIENT: "Abernathy, Margaret", Column.DUE: "Today 00:00",
                   Column.PRIORITY: translate("MyDayModel", "Priority")}
        limits = {Column.PATIENT: metrics.horizontalAdvance("M") * 22}
        # Measured over the first rows only: a 5,000-patient panel's day can hold thousands of
        # tasks, and measuring them all took most of a second at start-up.
        rows = range(min(self.model.rowCount(), 200))
        for column, sample in samples.items():
            width = metrics.horizontalAdvance(sample)
            for row in rows:
                if self.model.is_header(row):
                    continue
                index = self.model.index(row, column)
                font = index.data(Qt.ItemDataRole.FontRole)
                fm = QFontMetrics(font) if isinstance(font, QFont) else metrics
                extra = (self.table.iconSize().width() + 6
                         if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0)
                width = max(width, fm.horizontalAdvance(index.data() or "") + extra)
            width = min(width, limits.get(column, width))
            header.resizeSection(column, width + padding)

    # -- loading -------------------------------------------------------------------------------
    def set_store(self, store: Any, *, user_id: str | None = None) -> None:
        self.store = store
        self.user_id = user_id
        if not self._patients_given:
            self._patients = None
        self.model.set_rows([])
        self._loaded_once = False
        self.reload()

    def set_patients(self, patients: list[tuple[str, str]]) -> None:
        """The new-task dialog's patients, (patient id, name), in the order to list them."""
        self._patients = list(patients)
        self._patients_given = True

    def reload(self) -> None:
        if self.store is None:
            return
        self._generation += 1
        generation = self._generation
        if not self._loaded_once:
            self.stack.setCurrentWidget(self.loading_label)
        self.runner.run(
            service.fetch_my_day, self.store, user_id=self.user_id, include_done=True,
            with_patients=self._patients is None,
            on_done=lambda result: self._loaded(generation, result),
            on_error=lambda message, _exc: self._load_failed(generation, message),
        )

    def _loaded(self, generation: int,
                result: tuple[list[TaskRow], list[tuple[str, str]] | None]) -> None:
        if generation != self._generation:
            return  # a newer load superseded this one
        rows, patients = result
        if patients is not None:
            self._patients = patients
        selected = self.current_task()
        self._loaded_once = True
        self.model.set_rows(rows)
        if selected is not None:
            self.select_task(selected.task_id)
        self._show_message("")
        self.sig_loaded.emit(len(self.model.task_rows()))

    def _load_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.loading_label.setText(self.tr("My day could not be loaded.") + "\n" + message)
        self.stack.setCurrentWidget(self.loading_label)
        self.sig_loaded.emit(-1)

    def _after_reset(self) -> None:
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_header(row):
                self.table.setSpan(row, 0, 1, len(Column))
        self._fit_columns()
        if self._loaded_once:
            self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty_label)
        if self.current_task() is None and self.model.task_rows():
            self.select_task(self.model.task_rows()[0].task_id)  # Space works at once
        self._update_summary()
        self._update_buttons()

    def _filter_changed(self, _index: int) -> None:
        groups = self.filter_combo.currentData()
        self.model.set_groups(set(groups) if groups else None)

    def _update_summary(self) -> None:
        counts = self.model.counts()
        parts = []
        if counts[OVERDUE]:
            parts.append(self.tr("%n overdue", "", counts[OVERDUE]))
        if counts[TODAY]:
            parts.append(self.tr("%n due today", "", counts[TODAY]))
        if counts[NO_DATE]:
            parts.append(self.tr("%n with no due date", "", counts[NO_DATE]))
        if counts[DONE]:
            parts.append(self.tr("%n done today", "", counts[DONE]))
        self.summary_label.setText(" · ".join(parts))

    # -- selection and actions -----------------------------------------------------------------
    def current_task(self) -> TaskRow | None:
        index = self.table.currentIndex()
        return self.model.task_at(index.row()) if index.isValid() else None

    def select_task(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, Column.TITLE))
        self.table.selectRow(row)
        return True

    def _update_buttons(self, *_args: Any) -> None:
        task = self.current_task()
        has_task = task is not None
        self.done_button.setEnabled(has_task)
        self.due_button.setEnabled(has_task and bool(task and task.is_open))
        self.open_button.setEnabled(bool(task and task.patient_id))
        self.new_button.setEnabled(self.store is not None)
        if task is not None and task.done:
            self.done_button.setText(self.tr("Re&open"))
            self.done_button.setToolTip(self.tr("Put the selected task back on the list (Space)"))
        else:
            self.done_button.setText(self.tr("&Mark done"))
            self.done_button.setToolTip(self.tr("Mark the selected task done (Space)"))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.PATIENT:
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        task = self.model.task_at(row)
        if task is not None and task.patient_id:
            self.sig_open_patient.emit(task.patient_id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _toggle_row(self, row: int) -> None:
        task = self.model.task_at(row)
        if task is not None:
            self.set_done(task.task_id, not task.done)

    def _toggle_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._toggle_row(index.row())
            self.table.setFocus()

    def set_done(self, task_id: str, done: bool) -> None:
        """Complete (``done``) or reopen a task, in the background."""
        if self.store is None:
            return
        fn = service.complete_task if done else service.reopen_task
        self.runner.run(fn, self.store, task_id, on_done=self._task_saved,
                        on_error=lambda message, _exc: self._task_failed(message))

    def set_due(self, task_id: str, due_at: dt.datetime | None) -> None:
        if self.store is None:
            return
        self.runner.run(service.set_due, self.store, task_id, due_at,
                        on_done=self._due_saved,
                        on_error=lambda message, _exc: self._task_failed(message))

    def _task_saved(self, row: TaskRow) -> None:
        self.model.update_row(row)
        self._update_summary()
        self._update_buttons()
        self._show_message("")
        self.sig_task_saved.emit(row.task_id)

    def _due_saved(self, row: TaskRow) -> None:
        # A new due time may move the task to another group (or out of My day): reload.
        self.sig_task_saved.emit(row.task_id)
        self.reload()

    def _task_failed(self, message: str) -> None:
        self._show_message(message)
        self.sig_task_failed.emit(message)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.message_icon.setVisible(bool(text))

    # -- dialogs -------------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.last_dialog is dialog:
            self.last_dialog = None

    def new_task(self, patient_id: str | None = None) -> NewTaskDialog | None:
        """Open the new-task dialog (``patient_id`` preselects the patient)."""
        if self.store is None:
            return None
        dialog = NewTaskDialog(self._patients or [], self, patient_id=patient_id,
                               now=self._clock())
        dialog.accepted.connect(lambda: self._create(dialog.values()))
        self._open_dialog(dialog)
        return dialog

    def _create(self, values: NewTaskValues | None) -> None:
        if values is None or self.store is None:
            return
        self.runner.run(
            service.create_task, self.store, patient_id=values.patient_id, title=values.title,
            due_at=values.due_at, priority=values.priority, description=values.description,
            on_done=self._created, on_error=lambda message, _exc: self._task_failed(message))

    def _created(self, row: TaskRow) -> None:
        end_of_day = service.local_day_start(self._clock(), 1)
        if row.due_at is None or row.due_at < end_of_day:
            self.model.add_row(row)
            self.select_task(row.task_id)
            self._show_message("")
        else:
            assert row.due_at is not None
            when = fmt_when(row.due_at, self._clock().astimezone().date())
            self._show_message(self.tr("Task created, due %1: My day shows it on that day.")
                               .replace("%1", when))
        self.sig_task_saved.emit(row.task_id)

    def _change_due_current(self) -> None:
        task = self.current_task()
        if task is None or not task.is_open:
            return
        dialog = DueDialog(task.due_at, self, now=self._clock())
        dialog.accepted.connect(lambda: self.set_due(task.task_id, dialog.due_at()))
        self._open_dialog(dialog)


__all__ = ["Column", "MyDayModel", "MyDayWidget"]
