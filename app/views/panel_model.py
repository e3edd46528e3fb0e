"""The panel table: a Qt item model over :class:`~app.panel.service.PanelRow` lists, and the
proxy that searches and filters it.

Display texts, sort keys, tooltips and accessible texts are worked out once per row when the
rows are set, so painting, sorting and filtering a 5,000-patient panel stay fast. Times are
stored in UTC and shown in local time. Colour is never the only signal: a high-risk patient,
overdue tasks and a discharge within 72 hours also get words, bold text and an icon.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette

from app.models.base import to_local
from app.views.formatting import (
    NONE_TEXT,
    fmt_appointment,
    fmt_date_of,
    fmt_datetime,
    fmt_day,
    plural,
    relative_day,
)
from app.views.icons import icon
from app.panel.service import PanelRow

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # the header label on one line

RISK_RANK = {"high": 3, "medium": 2, "moderate": 2, "low": 1}

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    AGE = 1
    PROBLEMS = 2
    RISK = 3
    LAST_VISIT = 4
    NEXT_VISIT = 5
    DISCHARGE = 6
    TASKS = 7
    MEDS = 8


HEADERS: dict[Column, tuple[str, str]] = {
    Column.NAME: ("Name", "Family name, given name"),
    Column.AGE: ("Age", "Age in years"),
    Column.PROBLEMS: ("Key problems", "Up to three active problems, most recent first"),
    Column.RISK: ("Risk", "Risk level from the care team"),
    Column.LAST_VISIT: ("Last visit", "Last home, clinic or virtual visit (local time)"),
    Column.NEXT_VISIT: ("Next visit", "Next booked appointment (local time)"),
    # Long labels on two lines leave the width to the key problems.
    Column.DISCHARGE: ("Days since\ndischarge",
                       "Days since the last hospital discharge; 'recent' means within 72 hours"),
    Column.TASKS: ("Open tasks", "Open tasks, with how many are overdue"),
    Column.MEDS: ("Meds to\nreconcile",
                  "Medications changed since the last completed reconciliation"),
}
RIGHT_ALIGNED = {Column.AGE, Column.MEDS}


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any
    tooltip: str
    accessible: str
    bold: bool = False
    icon: str | None = None  # "warning" | "information"


def _cells(row: PanelRow, today: dt.date) -> tuple[Cell, ...]:
    name_tip = [row.name]
    if row.mrn:
        name_tip.append(f"MRN {row.mrn}")
    if row.birth_date:
        name_tip.append(f"Born {fmt_day(row.birth_date)}")
    if row.sex:
        name_tip.append(f"Sex: {row.sex}")
    if row.language:
        name_tip.append(f"Language: {row.language}")
    allergies = ", ".join(row.allergies) if row.allergies else "none recorded"
    name_tip.append(f"Allergies: {allergies}")
    name_sort = (row.family_name.casefold(), row.given_name.casefold())
    name = Cell(row.name, name_sort, "\n".join(name_tip), f"Patient {row.name}")

    if row.age is None:
        age = Cell(NONE_TEXT, None, "Date of birth unknown", "Age unknown")
    else:
        age = Cell(str(row.age), row.age, f"{row.age} years", f"Age {row.age}")

    if row.key_problems:
        joined = "; ".join(row.key_problems)
        problems = Cell(joined, joined.casefold(), "\n".join(row.key_problems),
                        f"Key problems: {joined}")
    else:
        problems = Cell(NONE_TEXT, None, "No active problems recorded", "No key problems")

    level = (row.risk_level or "").strip().lower()
    if level:
        high = level == "high"
        risk = Cell(level.capitalize(), RISK_RANK.get(level, 0), f"{level.capitalize()} risk",
                    f"Risk {level}", bold=high, icon="warning" if high else None)
    else:
        risk = Cell(NONE_TEXT, None, "No risk level set", "Risk not set")

    if row.last_visit is None:
        last = Cell(NONE_TEXT, None, "No visit recorded", "No visit recorded")
    else:
        local = to_local(row.last_visit)
        assert local is not None
        when = relative_day(local.date(), today)
        last = Cell(fmt_date_of(row.last_visit), row.last_visit.timestamp(),
                    f"{fmt_datetime(row.last_visit)} ({when})",
                    f"Last visit {fmt_date_of(row.last_visit)}, {when}")

    if row.next_visit is None:
        nxt = Cell(NONE_TEXT, None, "No visit booked", "No visit booked")
    else:
        local = to_local(row.next_visit)
        assert local is not None
        when = relative_day(local.date(), today)
        nxt = Cell(fmt_appointment(row.next_visit, today), row.next_visit.timestamp(),
                   f"{fmt_datetime(row.next_visit)} ({when})",
                   f"Next visit {fmt_datetime(row.next_visit)}, {when}")

    days = row.days_since_discharge
    if days is None:
        discharge = Cell(NONE_TEXT, None, "No hospital discharge recorded", "No discharge")
    else:
        amount = "Today" if days == 0 else plural(days, "day")
        when = fmt_datetime(row.last_discharge)
        if row.recently_discharged:
            discharge = Cell(
                f"{amount} · recent", days,
                f"Discharged {when}: within the 72-hour transition-of-care window",
                f"Discharged {amount.lower()} ago, within 72 hours" if days else
                "Discharged today, within 72 hours",
                bold=True, icon="information",
            )
        else:
            discharge = Cell(amount, days, f"Discharged {when}",
                             f"Discharged {amount.lower()} ago")

    if row.open_tasks == 0:
        tasks = Cell(NONE_TEXT, (0, 0), "No open tasks", "No open tasks")
    elif row.overdue_tasks:
        text = f"{row.open_tasks} ({row.overdue_tasks} overdue)"
        tasks = Cell(text, (row.overdue_tasks, row.open_tasks),
                     f"{plural(row.open_tasks, 'open task')}, {row.overdue_tasks} overdue",
                     f"{plural(row.open_tasks, 'open task')}, {row.overdue_tasks} overdue",
                     bold=True, icon="warning")
    else:
        tasks = Cell(str(row.open_tasks), (0, row.open_tasks),
                     f"{plural(row.open_tasks, 'open task')}, none overdue",
                     f"{plural(row.open_tasks, 'open task')}, none overdue")

    since = (f"since the reconciliation of {fmt_date_of(row.last_reconciled)}"
             if row.last_reconciled else "no reconciliation completed yet")
    if row.unreconciled_meds:
        meds = Cell(str(row.unreconciled_meds), row.unreconciled_meds,
                    f"{row.unreconciled_meds} of {plural(row.active_meds, 'active medication')} "
                    f"to reconcile ({since})",
                    f"{plural(row.unreconciled_meds, 'medication')} to reconcile")
    else:
        meds = Cell(NONE_TEXT, 0,
                    f"Nothing to reconcile ({plural(row.active_meds, 'active medication')})",
                    "No medications to reconcile")
    return (name, age, problems, risk, last, nxt, discharge, tasks, meds)


def _haystack(row: PanelRow) -> str:
    parts = [row.family_name, row.given_name, row.given_name, row.family_name, row.mrn or ""]
    if row.birth_date:
        b = row.birth_date
        parts += [b.isoformat(), f"{b.month:02d}/{b.day:02d}/{b.year:04d}"]
    return " ".join(parts).casefold()


def _sort_keys(row: PanelRow) -> tuple[Any, ...]:
    """Each column's sort key (None: no value, sorts last), the same as its Cell's ``sort``,
    computed without formatting any text (sorting needs every row, display only a screenful)."""
    level = (row.risk_level or "").strip().lower()
    problems = "; ".join(row.key_problems).casefold() if row.key_problems else None
    if row.open_tasks == 0:
        tasks: Any = (0, 0)
    else:
        tasks = (row.overdue_tasks, row.open_tasks) if row.overdue_tasks else (0, row.open_tasks)
    return (
        (row.family_name.casefold(), row.given_name.casefold()),
        row.age,
        problems,
        RISK_RANK.get(level, 0) if level else None,
        row.last_visit.timestamp() if row.last_visit else None,
        row.next_visit.timestamp() if row.next_visit else None,
        row.days_since_discharge,
        tasks,
        row.unreconciled_meds or 0,
    )


# -- the model -----------------------------------------------------------------------------------
RowFilter = Callable[[PanelRow, str], bool]  # (row, its search haystack) -> shown?


class PanelTableModel(QAbstractTableModel):
    """Read-only table of the panel, one row per patient.

    Sorting and filtering happen here, in plain Python over precomputed keys, because a
    10,000-patient panel must re-filter at typing speed: Qt's proxy asks Python about every
    row one call at a time (measured 25 ms per keystroke at 10,000 rows), while one list pass
    takes a few ms. :class:`PanelFilterProxy` is the view-facing façade that says what to
    filter and sort by."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter: RowFilter | None = None
        self._shown: list[int] | None = None  # indices of shown rows; None: all of them
        self._rows: list[PanelRow] = []
        self._cells: list[tuple[Cell, ...] | None] = []  # formatted when first shown
        self._keys: list[tuple[Any, ...]] = []
        self._haystacks: list[str] = []
        self._today = dt.date.today()
        self._icons: dict[str, QIcon] = {}

    # data in
    def set_rows(self, rows: list[PanelRow], *, today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [None] * len(self._rows)
        self._keys = [_sort_keys(r) for r in self._rows]
        self._haystacks = [_haystack(r) for r in self._rows]
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, row_filter: RowFilter | None) -> None:
        """Show only the rows the filter accepts (None: every row)."""
        self.beginResetModel()
        self._filter = row_filter
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        keep = self._filter
        self._shown = None if keep is None else [
            i for i, (row, hay) in enumerate(zip(self._rows, self._haystacks)) if keep(row, hay)
        ]

    @property
    def rows(self) -> list[PanelRow]:
        """Every row of the panel, shown or not."""
        return list(self._rows)

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def _full(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by a column in one Python sort over precomputed keys (not a Qt
        sort calling back into Python per comparison). Empty values go last in either
        order; ties by name. Selections survive (persistent indexes are moved)."""
        if not 0 <= column < len(Column) or not self._rows:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        keys = self._keys
        filled = [i for i, k in enumerate(keys) if k[column] is not None]
        empty = [i for i, k in enumerate(keys) if k[column] is None]
        filled.sort(key=lambda i: keys[i][Column.NAME])  # stable: the tie-break survives
        filled.sort(key=lambda i: keys[i][column], reverse=descending)
        empty.sort(key=lambda i: keys[i][Column.NAME])
        new_order = filled + empty
        self.layoutAboutToBeChanged.emit()
        moved_from = self.persistentIndexList()
        patients = [self.row_at(i.row()).patient_id for i in moved_from]
        self._rows = [self._rows[i] for i in new_order]
        self._cells = [self._cells[i] for i in new_order]
        self._keys = [self._keys[i] for i in new_order]
        self._haystacks = [self._haystacks[i] for i in new_order]
        self._apply_filter()
        where = {self.row_at(r).patient_id: r for r in range(self.rowCount())}
        moved_to = [self.index(where[pid], i.column()) if pid in where else QModelIndex()
                    for pid, i in zip(patients, moved_from)]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> PanelRow:
        """The patient shown at a row."""
        return self._rows[self._full(row)]

    def haystack(self, row: int) -> str:
        return self._haystacks[self._full(row)]

    def cell(self, row: int, column: int) -> Cell:
        full = self._full(row)
        cells = self._cells[full]
        if cells is None:
            cells = self._cells[full] = _cells(self._rows[full], self._today)
        return cells[column]

    # Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        label, tip = HEADERS[Column(section)]
        label = QCoreApplication.translate("PanelTableModel", label)
        tip = QCoreApplication.translate("PanelTableModel", tip)
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == HEADER_TEXT_ROLE:
            return label.replace("\n", " ")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return label.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.accessible
        if role == SORT_ROLE:
            return cell.sort
        if role == ROW_ROLE:
            return self.row_at(index.row())
        if role == PATIENT_ID_ROLE:
            return self.row_at(index.row()).patient_id
        if role == Qt.ItemDataRole.ForegroundRole and cell.text == NONE_TEXT:
            # "nothing here" recedes: the palette's placeholder colour (the dash still reads)
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and cell.icon:
            return self._icon(cell.icon)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if index.column() in RIGHT_ALIGNED
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_at(index.row()).recently_discharged:
            # A light wash of the system highlight colour; the words and icon carry the meaning.
            colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(40)
            return colour
        return None

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = icon("warning" if name == "warning" else "info")
        return self._icons[name]


# -- search and saved filters ----------------------------------------------------------------------
class SavedFilter(enum.Enum):
    ALL = "All patients"
    RECENT_DISCHARGE = "Discharged in last 72 h"
    TRANSITION_VISIT = "Discharged in last 72 h, not yet visited"
    VISITS_THIS_WEEK = "Visits due this week"
    HIGH_RISK = "High risk"
    OVERDUE_TASKS = "Overdue tasks"
    OPEN_REFERRALS = "Open referrals"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("SavedFilter", self.value)

    def accepts(self, row: PanelRow) -> bool:
        if self is SavedFilter.RECENT_DISCHARGE:
            return row.recently_discharged
        if self is SavedFilter.HIGH_RISK:
            return (row.risk_level or "").lower() == "high"
        if self is SavedFilter.OVERDUE_TASKS:
            return row.overdue_tasks > 0
        if self is SavedFilter.TRANSITION_VISIT:
            return row.needs_transition_visit
        if self is SavedFilter.VISITS_THIS_WEEK:
            return row.visit_due_this_week
        if self is SavedFilter.OPEN_REFERRALS:
            return row.open_referrals > 0
        return True


DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y")


def parse_date_query(text: str) -> dt.date | None:
    """A whole date typed in the search box: 1948-03-02 or 03/02/1948 (month first)."""
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class PanelFilterProxy(QSortFilterProxyModel):
    """What the panel view shows: instant search over name, MRN and date of birth, one saved
    filter, and the sort column. The work is done by the source :class:`PanelTableModel` in
    one Python pass (see there why); this proxy holds the criteria and passes rows through."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._date: dt.date | None = None
        self._saved = SavedFilter.ALL
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._push_filter()

    @property
    def saved_filter(self) -> SavedFilter:
        return self._saved

    def set_saved_filter(self, saved: SavedFilter) -> None:
        if saved is not self._saved:
            self._saved = saved
            self._push_filter()

    def set_search_text(self, text: str) -> None:
        date = parse_date_query(text)
        tokens = text.casefold().replace(",", " ").split()
        if (date, tokens) != (self._date, self._tokens):
            self._date, self._tokens = date, tokens
            self._push_filter()

    def _panel(self) -> PanelTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, PanelTableModel) else None

    def _push_filter(self) -> None:
        panel = self._panel()
        if panel is None:
            return
        saved, date, tokens = self._saved, self._date, tuple(self._tokens)
        if saved is SavedFilter.ALL and date is None and not tokens:
            panel.set_filter(None)
            return

        def accepts(row: PanelRow, haystack: str) -> bool:
            if saved is not SavedFilter.ALL and not saved.accepts(row):
                return False
            if date is not None:
                return row.birth_date == date
            return all(token in haystack for token in tokens)

        panel.set_filter(accepts)

    # Sorting: done by the source model, and kept when the panel reloads.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        panel = self._panel()
        if panel is not None:
            panel.sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._sort_order
