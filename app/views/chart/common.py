"""Building blocks of the chart's tabs: display formats, a read-only table model over
precomputed cells, tree rows for QStandardItemModel, and a view that says in words when it
has nothing to show.

Cells are worked out once when a chart is set (text, tooltip, accessible text, icon, bold), so
painting never formats. Colour is never the only signal: a highlighted row also carries words,
bold text and an icon.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPalette,
    QStandardItem,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeView,
    QWidget,
)

from app.views.tables import setup_table, setup_tree  # noqa: F401  (re-exported)
from app.views.formatting import (  # noqa: F401  (re-exported for the chart pages)
    MONTHS,
    NONE_TEXT,
    WEEKDAYS,
    fmt_date_of,
    fmt_datetime,
    fmt_day,
    fmt_time,
    plural,
    weekday,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id behind a row (task, note...)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the dataclass behind a row
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # tree rows: "group" or "item"

Index = QModelIndex | QPersistentModelIndex


# Texts outside a QObject: QCoreApplication.translate, called by this bare name so that
# pyside6-lupdate finds them (see resources/translations/README.md).
translate = QCoreApplication.translate


def count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with ``%1`` for the number) as ``n`` asks:
    ``count(n, translate("Ctx", "%1 day"), translate("Ctx", "%1 days"))``. English and
    Spanish both use the singular for 1 only."""
    return (one if n == 1 else many).replace("%1", str(n))


# -- formats (shared with every view; see app.views.formatting) ----------------------------------
def fmt_duration(delta: dt.timedelta | None) -> str:
    if delta is None:
        return NONE_TEXT
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return translate("ChartFormat", "%1 min").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return (translate("ChartFormat", "%1 h %2 min").replace("%1", str(hours))
                .replace("%2", str(rest)) if rest
                else translate("ChartFormat", "%1 h").replace("%1", str(hours)))
    return days_text(round(hours / 24))


def days_text(n: int) -> str:
    """"1 day", "3 days"."""
    return count(n, translate("ChartFormat", "%1 day"), translate("ChartFormat", "%1 days"))


def relative_day(day: dt.date, today: dt.date) -> str:
    """"today", "yesterday", "tomorrow", "3 days ago", "in 3 days" (translated)."""
    delta = (day - today).days
    if delta == 0:
        return translate("ChartFormat", "today")
    if delta == -1:
        return translate("ChartFormat", "yesterday")
    if delta == 1:
        return translate("ChartFormat", "tomorrow")
    if delta < 0:
        return translate("ChartFormat", "%1 days ago").replace("%1", str(-delta))
    return translate("ChartFormat", "in %1 days").replace("%1", str(delta))


def _code_words() -> dict[str, tuple[str, str]]:
    """Codes as words, (masculine or neutral, feminine) where Spanish needs both: statuses,
    priorities, channels, screening domains, allergy categories."""
    def both(text: str, fem: str | None = None) -> tuple[str, str]:
        return text, fem or text

    return {
        # statuses (problems, medicines, care plans: masculine; tasks, referrals, goals: feminine)
        "active": both(translate("ChartWords", "Active")),
        "inactive": both(translate("ChartWords", "Inactive")),
        "resolved": both(translate("ChartWords", "Resolved")),
        "remission": both(translate("ChartWords", "Remission")),
        "recurrence": both(translate("ChartWords", "Recurrence")),
        "relapse": both(translate("ChartWords", "Relapse")),
        "completed": both(translate("ChartWords", "Completed"),
                          translate("ChartWords", "Completed", "a task, referral or goal")),
        "stopped": both(translate("ChartWords", "Stopped")),
        "on-hold": both(translate("ChartWords", "On hold")),
        "on_hold": both(translate("ChartWords", "On hold")),
        "intended": both(translate("ChartWords", "Intended")),
        "not-taken": both(translate("ChartWords", "Not taken")),
        "unknown": both(translate("ChartWords", "Unknown")),
        "draft": both(translate("ChartWords", "Draft")),
        "revoked": both(translate("ChartWords", "Revoked")),
        "cancelled": both(translate("ChartWords", "Cancelled"),
                          translate("ChartWords", "Cancelled", "a task, referral or goal")),
        "open": both(translate("ChartWords", "Open")),
        "in_progress": both(translate("ChartWords", "In progress")),
        "in-progress": both(translate("ChartWords", "In progress")),
        "done": both(translate("ChartWords", "Done")),
        "sent": both(translate("ChartWords", "Sent")),
        "scheduled": both(translate("ChartWords", "Scheduled")),
        "seen": both(translate("ChartWords", "Seen")),
        "report_received": both(translate("ChartWords", "Report received")),
        "reviewed": both(translate("ChartWords", "Reviewed")),
        "closed": both(translate("ChartWords", "Closed")),
        "booked": both(translate("ChartWords", "Booked")),
        # goals
        "improving": both(translate("ChartWords", "Improving")),
        "worsening": both(translate("ChartWords", "Worsening")),
        "no-change": both(translate("ChartWords", "No change")),
        "achieved": both(translate("ChartWords", "Achieved")),
        "sustaining": both(translate("ChartWords", "Sustaining")),
        "not-achieving": both(translate("ChartWords", "Not achieving")),
        "no-progress": both(translate("ChartWords", "No progress")),
        "not-attainable": both(translate("ChartWords", "Not attainable")),
        "proposed": both(translate("ChartWords", "Proposed")),
        "planned": both(translate("ChartWords", "Planned")),
        "accepted": both(translate("ChartWords", "Accepted")),
        # priorities
        "routine": both(translate("ChartWords", "Routine")),
        "urgent": both(translate("ChartWords", "Urgent")),
        "stat": both(translate("ChartWords", "Stat")),
        "asap": both(translate("ChartWords", "Asap")),
        # communication
        "incoming": both(translate("ChartWords", "Incoming")),
        "outgoing": both(translate("ChartWords", "Outgoing")),
        "phone": both(translate("ChartWords", "Phone")),
        "message": both(translate("ChartWords", "Message")),
        "fax": both(translate("ChartWords", "Fax")),
        "email": both(translate("ChartWords", "Email")),
        "in_person": both(translate("ChartWords", "In person")),
        "video": both(translate("ChartWords", "Video")),
        "letter": both(translate("ChartWords", "Letter")),
        # where a task came from
        "transition": both(translate("ChartWords", "Transition")),
        "referral": both(translate("ChartWords", "Referral")),
        "manual": both(translate("ChartWords", "Manual")),
        # social-needs domains and allergy categories
        "housing": both(translate("ChartWords", "Housing")),
        "food": both(translate("ChartWords", "Food")),
        "transportation": both(translate("ChartWords", "Transportation")),
        "utilities": both(translate("ChartWords", "Utilities")),
        "safety": both(translate("ChartWords", "Safety")),
        "medication": both(translate("ChartWords", "Medication")),
        "environment": both(translate("ChartWords", "Environment")),
        "biologic": both(translate("ChartWords", "Biologic")),
    }


_code_words_cache: dict[str, dict[str, tuple[str, str]]] = {}


def words(code: str | None, *, feminine: bool = False) -> str:
    """A code as words: "in_progress" -> "In progress", "report_received" -> "Report received"
    (translated for the codes Hearth knows; ``feminine`` picks the Spanish feminine form of a
    status, for tasks, referrals and goals)."""
    if not code:
        return NONE_TEXT
    stamp = translate("ChartWords", "Active")  # changes with the language
    known = _code_words_cache.get(stamp)
    if known is None:
        _code_words_cache.clear()
        known = _code_words_cache[stamp] = _code_words()
    found = known.get(code.strip().lower())
    if found is not None:
        return found[1] if feminine else found[0]
    text = code.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


# -- icons ----------------------------------------------------------------------------------------
_ICON_PIXMAPS = {
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "critical": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "information": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    "note": QStyle.StandardPixmap.SP_FileIcon,
    "draft": QStyle.StandardPixmap.SP_FileDialogContentsView,
}
_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    if name not in _icons:
        style = QApplication.style()
        _icons[name] = (style.standardIcon(_ICON_PIXMAPS[name]) if style is not None
                        else QIcon())
    return _icons[name]


def bold_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


def muted_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def highlight_colour() -> QColor:
    """A light wash of the system highlight colour; words and icons carry the meaning."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(40)
    return colour


# -- cells and the table model --------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    text: str
    tooltip: str | None = None
    accessible: str | None = None
    icon: str | None = None
    bold: bool = False
    check: bool | None = None  # a check box in this cell, checked or not


BLANK = Cell("", None, " ")  # an empty cell that is not a missing value (no dash)


def cell(text: str | None, tooltip: str | None = None, accessible: str | None = None,
         **kw: Any) -> Cell:
    """A cell; missing text shows as a dash (read as "none" by screen readers)."""
    shown = text if text else NONE_TEXT
    return Cell(shown, tooltip, accessible or (None if text else translate("ChartWords", "none")),
                **kw)


@dataclass
class Row:
    cells: tuple[Cell, ...]
    id: str | None = None
    item: Any = None
    highlight: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table of precomputed rows. A cell with ``check`` set is user-checkable:
    toggling it emits ``sig_check_toggled(row, checked)`` and leaves the data to the owner."""

    sig_check_toggled = Signal(int, bool)

    def __init__(self, headers: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []
        self._bold = bold_font()

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._bold = bold_font()
        self.endResetModel()

    def set_headers(self, headers: Sequence[tuple[str, str]]) -> None:
        """New header texts (same columns), e.g. in another language."""
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def row(self, index: int) -> Row:
        return self._rows[index]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def replace_row(self, index: int, row: Row) -> None:
        """Show ``row`` in place of row ``index`` (e.g. a task just ticked done)."""
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def set_checked(self, row: int, column: int, checked: bool) -> None:
        old = self._rows[row]
        cells = list(old.cells)
        c = cells[column]
        cells[column] = Cell(c.text, c.tooltip,
                             translate("ChartWords", "Done") if checked
                             else translate("ChartWords", "Not done"), c.icon, c.bold, checked)
        self._rows[row] = Row(tuple(cells), old.id, old.item, old.highlight)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    # Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        label, tip = self._headers[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].cells[index.column()].check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        c = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.tooltip or (c.text if c.text != NONE_TEXT else None)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return c.accessible or c.text
        if role == Qt.ItemDataRole.DecorationRole and c.icon:
            return icon(c.icon)
        if role == Qt.ItemDataRole.FontRole and c.bold:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and c.text == NONE_TEXT:
            return muted_colour()
        if role == Qt.ItemDataRole.BackgroundRole and row.highlight:
            return highlight_colour()
        if role == Qt.ItemDataRole.CheckStateRole and c.check is not None:
            return Qt.CheckState.Checked if c.check else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row.id
        if role == ITEM_ROLE:
            return row.item
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        c = self._rows[index.row()].cells[index.column()]
        if c.check is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        if checked == c.check:
            return False
        self.set_checked(index.row(), index.column(), checked)
        self.sig_check_toggled.emit(index.row(), checked)
        return True


# -- tree rows ------------------------------------------------------------------------------------
def tree_row(cells: Sequence[Cell], *, id: str | None = None, item: Any = None,
             group: bool = False, highlight: bool = False) -> list[QStandardItem]:
    """One row of QStandardItems for a QStandardItemModel tree."""
    out = []
    bold = bold_font()
    for c in cells:
        it = QStandardItem(c.text)
        it.setEditable(False)
        if c.tooltip or c.text != NONE_TEXT:
            it.setToolTip(c.tooltip or c.text)
        it.setData(c.accessible or c.text, Qt.ItemDataRole.AccessibleTextRole)
        if c.icon:
            it.setIcon(icon(c.icon))
        if c.bold or group:
            it.setFont(bold)
        if c.text == NONE_TEXT:
            it.setForeground(muted_colour())
        if highlight:
            it.setBackground(highlight_colour())
        it.setData(id, ID_ROLE)
        it.setData(item, ITEM_ROLE)
        it.setData("group" if group else "item", KIND_ROLE)
        out.append(it)
    return out


def group_row(title: str, columns: int, accessible: str | None = None) -> list[QStandardItem]:
    """A bold group heading for a tree row (the other cells stay empty; span the first
    column with :func:`span_groups` once the rows are in the model)."""
    cells = [Cell(title, None, accessible or title)] + [BLANK] * (columns - 1)
    return tree_row(cells, group=True)


def span_groups(view: QTreeView, parent: QModelIndex | None = None) -> None:
    """Let every group heading's text use the whole row."""
    model = view.model()
    if model is None:
        return
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(KIND_ROLE) == "group":
            view.setFirstColumnSpanned(row, parent, True)
            span_groups(view, index)


# -- views ----------------------------------------------------------------------------------------


FIT_ROWS = 150  # rows looked at to size a column


class _ColumnFitter(QObject):
    """Keeps a view's "stretch" column readable: it takes the width left over when there is
    enough (at least ``min_chars`` characters); otherwise it keeps that minimum and the view
    scrolls sideways (large fonts), instead of squeezing the column to nothing."""

    def __init__(self, view: QTableView | QTreeView, stretch: int, min_chars: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.min_chars = min_chars
        view.viewport().installEventFilter(self)  # resized after the view's own resize

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        view = self.view
        model = view.model()
        if model is None or not 0 <= self.stretch < model.columnCount():
            return
        header = _header(view)
        others = sum(header.sectionSize(c) for c in range(model.columnCount())
                     if c != self.stretch and not header.isSectionHidden(c))
        indent = view.indentation() * 2 if isinstance(view, QTreeView) else 0
        minimum = self.min_chars * max(1, view.fontMetrics().averageCharWidth())
        room = view.viewport().width() - others - indent
        if room >= minimum:
            if header.sectionResizeMode(self.stretch) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.stretch, minimum)


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def fit_columns(view: QTableView | QTreeView, stretch: int, *, max_chars: int = 30,
                caps: dict[int, int] | None = None, min_stretch_chars: int = 28) -> None:
    """Columns as wide as their contents (at most ``max_chars`` average characters, or
    ``caps[column]``, so one long value cannot push the rest off screen); the ``stretch``
    column takes the width left over, but never less than ``min_stretch_chars`` (the view
    scrolls sideways instead). Worked out in the view's font, so it follows font scaling;
    table rows get a compact height in that font too."""
    model = view.model()
    if model is None:
        return
    metrics = view.fontMetrics()
    header = _header(view)
    if isinstance(view, QTableView):
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(metrics.height(), 16) + 8)
    header.setStretchLastSection(False)
    # Widths from the first rows only: long lists (a decade of readings) stay fast to show.
    header.setResizeContentsPrecision(FIT_ROWS)
    if isinstance(view, QTableView):
        view.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
    char = max(1, metrics.averageCharWidth())
    pad = metrics.horizontalAdvance("MM")
    for col in range(model.columnCount()):
        if col == stretch:
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(col)
        width = max(header.sectionSize(col), header.sectionSizeHint(col))
        cap = (caps or {}).get(col, max_chars) * char
        header.resizeSection(col, min(cap, width + pad // 2))
    fitter = view.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(view, stretch, min_stretch_chars)
    fitter.stretch, fitter.min_chars = stretch, min_stretch_chars
    fitter.apply()


class CheckTableView(QTableView):
    """A table whose Space key toggles the row's check box (column ``check_column``), wherever
    the keyboard focus is in the row."""

    check_column = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            current = self.currentIndex()
            model = self.model()
            if current.isValid() and model is not None:
                target = model.index(current.row(), self.check_column)
                state = model.data(target, Qt.ItemDataRole.CheckStateRole)
                if state is not None:
                    new = (Qt.CheckState.Unchecked if Qt.CheckState(state) == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
                    model.setData(target, new, Qt.ItemDataRole.CheckStateRole)
                    event.accept()
                    return
        super().keyPressEvent(event)


class EmptyableView(QStackedWidget):
    """A list view, or a sentence in its place when the list is empty ("No referrals
    recorded"). The sentence can take the keyboard focus, so a screen reader reads it."""

    def __init__(self, view: QAbstractItemView, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName("empty_text")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setMargin(6)
        self.empty_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label.setAccessibleName(empty_text)
        self.addWidget(view)
        self.addWidget(self.empty_label)
        self.setAccessibleName(view.accessibleName() or empty_text)

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(text)

    def refresh(self) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        # An empty list shrinks to its sentence (a hidden page still counts in a stack's
        # minimum size, so the list's own minimum is lifted meanwhile).
        self.view.setMinimumHeight(1 if empty else 0)
        self.setCurrentWidget(self.empty_label if empty else self.view)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_label
