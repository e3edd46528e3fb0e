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
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.models.base import to_local
from app.panel.service import PanelRow

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # the header label on one line

NONE_TEXT = "—"
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


# -- formatting ----------------------------------------------------------------------------------
def fmt_day(value: dt.date) -> str:
    return f"{value.day} {value:%b %Y}"


def fmt_datetime(value: dt.datetime | None) -> str:
    local = to_local(value)
    if local is None:
        return NONE_TEXT
    return f"{fmt_day(local.date())}, {local:%H:%M}"


def fmt_appointment(value: dt.datetime, today: dt.date) -> str:
    """"Tue 1 Dec, 09:30" within the year ahead, else with the year."""
    local = to_local(value)
    assert local is not None
    if 0 <= (local.date() - today).days < 300:
        return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"
    return fmt_datetime(value)


def fmt_date_of(value: dt.datetime | None) -> str:
    local = to_local(value)
    return NONE_TEXT if local is None else fmt_day(local.date())


def relative_day(day: dt.date, today: dt.date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == -1:
        return "yesterday"
    if delta == 1:
        return "tomorrow"
    if delta < 0:
        return f"{-delta} days ago"
    return f"in {delta} days"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


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
        parts += [row.birth_date.isoformat(), row.birth_date.strftime("%m/%d/%Y")]
    return " ".join(parts).casefold()


# -- the model -----------------------------------------------------------------------------------
class PanelTableModel(QAbstractTableModel):
    """Read-only table of the panel, one row per patient."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PanelRow] = []
        self._cells: list[tuple[Cell, ...]] = []
        self._haystacks: list[str] = []
        self._icons: dict[str, QIcon] = {}

    # data in
    def set_rows(self, rows: list[PanelRow], *, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [_cells(r, today) for r in self._rows]
        self._haystacks = [_haystack(r) for r in self._rows]
        self.endResetModel()

    @property
    def rows(self) -> list[PanelRow]:
        return list(self._rows)

    def row_at(self, row: int) -> PanelRow:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def cell(self, row: int, column: int) -> Cell:
        return self._cells[row][column]

    # Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.accessible
        if role == SORT_ROLE:
            return cell.sort
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == PATIENT_ID_ROLE:
            return self._rows[index.row()].patient_id
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
        if role == Qt.ItemDataRole.BackgroundRole and self._rows[index.row()].recently_discharged:
            # A light wash of the system highlight colour; the words and icon carry the meaning.
            colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(40)
            return colour
        return None

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            style = QApplication.style()
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if name == "warning"
                      else QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._icons[name] = style.standardIcon(pixmap) if style is not None else QIcon()
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
        return self.value

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
    """Instant search over name, MRN and date of birth, plus one saved filter. Sorting uses
    :data:`SORT_ROLE` keys; rows without a value go last in either order, ties by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._date: dt.date | None = None
        self._saved = SavedFilter.ALL
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def saved_filter(self) -> SavedFilter:
        return self._saved

    def set_saved_filter(self, saved: SavedFilter) -> None:
        if saved is not self._saved:
            self._saved = saved
            self.invalidateRowsFilter()

    def set_search_text(self, text: str) -> None:
        self._date = parse_date_query(text)
        self._tokens = text.casefold().replace(",", " ").split()
        self.invalidateRowsFilter()

    def _panel(self) -> PanelTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, PanelTableModel) else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        panel = self._panel()
        if panel is None:
            return True
        row = panel.row_at(source_row)
        if not self._saved.accepts(row):
            return False
        if self._date is not None:
            return row.birth_date == self._date
        haystack = panel.haystack(source_row)
        return all(token in haystack for token in self._tokens)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        panel = self._panel()
        if panel is None:
            return super().lessThan(left, right)
        a = panel.cell(left.row(), left.column()).sort
        b = panel.cell(right.row(), right.column()).sort
        if a is None or b is None:
            if a is None and b is None:
                return self._by_name(left.row(), right.row())
            # Qt reverses the order for descending sorts: keep blanks at the bottom anyway.
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (b is None) == ascending
        if a == b:
            return self._by_name(left.row(), right.row())
        return bool(a < b)

    def _by_name(self, left_row: int, right_row: int) -> bool:
        panel = self._panel()
        assert panel is not None
        a = panel.cell(left_row, Column.NAME).sort
        b = panel.cell(right_row, Column.NAME).sort
        return bool(a < b)
