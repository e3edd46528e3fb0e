"""The chart's tabs other than "Vitals & labs" (see :mod:`app.views.chart.trends`).

Each page takes a whole :class:`~app.chart.service.Chart` in ``set_chart`` and shows one part
of it through an item model (a :class:`RowsModel` table or a QStandardItemModel tree); when
that part is empty it says so in words. Display texts are worked out here, once per chart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.chart.service import (
    SCREENING_DOMAINS,
    CarePlanItem,
    Chart,
    CommunicationItem,
    EncounterItem,
    MedicationGroup,
    MedicationItem,
    NoteItem,
    ProblemItem,
    ReferralItem,
    ScreeningItem,
    TaskItem,
)
from app.models.base import to_local
from app.views.chart.common import (
    BLANK,
    ID_ROLE,
    ITEM_ROLE,
    Cell,
    CheckTableView,
    EmptyableView,
    Row,
    RowsModel,
    cell,
    escape,
    fit_columns,
    fmt_date_of,
    fmt_datetime,
    fmt_day,
    fmt_duration,
    group_row,
    plural,
    relative_day,
    setup_table,
    setup_tree,
    span_groups,
    tree_row,
    weekday,
    words,
)
from app.views.chart.trends import interpretation_text

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByKeyboard
              | Qt.TextInteractionFlag.TextSelectableByMouse)

ENCOUNTER_KINDS = {"inpatient": "Hospital admission", "emergency": "Emergency visit",
                   "ambulatory": "Clinic visit", "home": "Home visit",
                   "virtual": "Virtual visit", "other": "Other encounter"}
APPOINTMENT_KINDS = {"home_visit": "Home visit", "clinic": "Clinic visit",
                     "specialist": "Specialist visit", "virtual": "Virtual visit"}
SCREENING_WORDS = {"positive": "Positive", "negative": "Negative", "declined": "Declined",
                   "unknown": "Not asked"}
TEMPLATE_WORDS = {"home_visit": "Home visit note", "phone": "Phone note",
                  "transition": "Transition-of-care note"}
RECENT_DISCHARGE_HOURS = 72


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    label.setAccessibleName(text)
    return label


def _set_caption(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)


class _Page(QWidget):
    """A caption over one list (table or tree) that says in words when it is empty."""

    def __init__(self, name: str, empty_text: str, view: QTableView | QTreeView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.caption = _caption("", self)
        self.caption.hide()
        self.view = view
        view.setParent(self)
        self.list = EmptyableView(view, empty_text, self)
        self.layout_.addWidget(self.caption)
        self.layout_.addWidget(self.list, 1)

    def set_caption(self, text: str) -> None:
        _set_caption(self.caption, text)
        self.caption.setVisible(bool(text))


# -- Summary --------------------------------------------------------------------------------------
class SummaryPage(QScrollArea):
    """Cards: hospital discharge, open tasks, active problems, medications, latest vitals and
    upcoming appointments. Two columns, or one when the page is narrow (large fonts)."""

    CARDS = (("discharge", "Hospital discharge"), ("tasks", "Open tasks"),
             ("problems", "Active problems"), ("meds", "Medications"),
             ("vitals", "Latest vitals"), ("appointments", "Upcoming appointments"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Summary")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self)
        inner.setAccessibleName("Summary")
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.boxes: dict[str, QGroupBox] = {}
        self.labels: dict[str, QLabel] = {}
        for key, title in self.CARDS:
            box = QGroupBox(title, inner)
            box.setAccessibleName(title)
            box_layout = QVBoxLayout(box)
            label = QLabel(box)
            label.setObjectName(f"summary_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(SELECTABLE)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setAccessibleName(title)
            box_layout.addWidget(label)
            box_layout.addStretch(1)
            self.boxes[key] = box
            self.labels[key] = label
        self.setWidget(inner)
        self._columns = 0
        self._arrange(2)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        for i, (key, _title) in enumerate(self.CARDS):
            self.grid.addWidget(self.boxes[key], i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        rows = (len(self.CARDS) + columns - 1) // columns
        for r in range(len(self.CARDS) + 1):
            self.grid.setRowStretch(r, 1 if r == rows else 0)  # spare height below the cards
        previous: QWidget | None = None
        for key, _title in self.CARDS:
            if previous is not None:
                QWidget.setTabOrder(previous, self.labels[key])
            previous = self.labels[key]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        em = self.fontMetrics().horizontalAdvance("M")
        self._arrange(2 if event.size().width() >= 52 * em else 1)

    def focus_chain(self) -> list[QWidget]:
        return [self.labels[key] for key, _ in self.CARDS]

    def _card(self, key: str, rich: list[str], plain: list[str]) -> None:
        label = self.labels[key]
        label.setText("<br>".join(rich))
        title = dict(self.CARDS)[key]
        label.setAccessibleName(f"{title}: " + ". ".join(plain))

    def set_chart(self, chart: Chart) -> None:
        now = chart.loaded_at
        today = now.astimezone().date()

        # Hospital discharge
        last = chart.last_discharge
        if last is None or chart.days_since_discharge is None:
            self._card("discharge", ["No hospital discharge recorded"],
                       ["No hospital discharge recorded"])
        else:
            days = chart.days_since_discharge
            ago = "today" if days == 0 else f"{plural(days, 'day')} ago"
            recent = (chart.hours_since_discharge or 0) <= RECENT_DISCHARGE_HOURS
            head = f"Discharged {ago}"
            details = f"{fmt_datetime(last.end_at)}"
            if last.facility:
                details += f", from {last.facility}"
            if last.length_of_stay_days is not None:
                details += f", after {plural(last.length_of_stay_days, 'day')}"
            rich = [f"<b>{escape(head)}</b> ({escape(details)})"]
            plain = [f"{head} ({details})"]
            if recent:
                rich.append("<b>Within the 72-hour transition-of-care window</b>")
                plain.append("Within the 72-hour transition-of-care window")
            if last.reason:
                rich.append(f"Reason: {escape(last.reason)}")
                plain.append(f"Reason: {last.reason}")
            if last.discharge_disposition:
                rich.append(f"Discharged to: {escape(last.discharge_disposition)}")
                plain.append(f"Discharged to: {last.discharge_disposition}")
            self._card("discharge", rich, plain)

        # Open tasks
        open_tasks = chart.open_tasks
        if not open_tasks:
            self._card("tasks", ["No open tasks"], ["No open tasks"])
        else:
            overdue = len(chart.overdue_tasks)
            head = f"{plural(len(open_tasks), 'open task')}" + (f", {overdue} overdue"
                                                                if overdue else "")
            rich, plain = [f"<b>{escape(head)}</b>"], [head]
            for t in open_tasks[:6]:
                due = f"due {fmt_date_of(t.due_at)}" if t.due_at else "no due date"
                flags = [w for w, on in (("Overdue", t.overdue),
                                         (words(t.priority), t.priority in ("urgent", "stat")))
                         if on]
                prefix = "".join(f"<b>{w}:</b> " for w in flags)
                rich.append(f"• {prefix}{escape(t.title)} ({due})")
                plain.append("".join(f"{w}: " for w in flags) + f"{t.title} ({due})")
            if len(open_tasks) > 6:
                more = f"…and {len(open_tasks) - 6} more on the Tasks tab"
                rich.append(escape(more))
                plain.append(more)
            self._card("tasks", rich, plain)

        # Active problems
        problems = chart.active_problems
        if not problems:
            self._card("problems", ["No active problems recorded"],
                       ["No active problems recorded"])
        else:
            lines = [p.label + (f" (since {to_local(p.onset_at).year})"  # type: ignore[union-attr]
                                if p.onset_at else "") for p in problems[:10]]
            if len(problems) > 10:
                lines.append(f"…and {len(problems) - 10} more on the Problems tab")
            self._card("problems", [f"• {escape(x)}" for x in lines], lines)

        # Medications
        rich, plain = [], []
        for kind, title in (("prescribed", "As prescribed"),
                            ("taken", "As taken (patient, bottles)"),
                            ("reconciled", "Reconciled list")):
            groups = chart.medication_groups(kind)
            parts = [f"{len(g.current)} current" if kind == "reconciled" else
                     f"{g.title}: {len(g.current)} current" for g in groups]
            text = "; ".join(parts) if parts else "none recorded"
            rich.append(f"<b>{escape(title)}</b> — {escape(text)}")
            plain.append(f"{title}: {text}")
        self._card("meds", rich, plain)

        # Latest vitals
        vitals = chart.latest_vitals
        if not vitals:
            self._card("vitals", ["No vital signs recorded"], ["No vital signs recorded"])
        else:
            rich, plain = [], []
            for m in vitals[:8]:
                r = m.latest
                assert r is not None
                flag = interpretation_text(r.interpretation) if r.is_abnormal else ""
                when = fmt_date_of(r.at)
                text = f"{m.label}: {r.text}"
                rich.append(f"{escape(m.label)}: <b>{escape(r.text)}</b>"
                            + (f" — <b>{escape(flag)}</b>" if flag else "")
                            + f" <span>({escape(when)})</span>")
                plain.append(text + (f", {flag}" if flag else "") + f", {when}")
            self._card("vitals", rich, plain)

        # Upcoming appointments
        appts = chart.upcoming_appointments
        if not appts:
            self._card("appointments", ["No upcoming appointments"],
                       ["No upcoming appointments"])
        else:
            rich, plain = [], []
            for a in appts[:5]:
                local = to_local(a.starts_at)
                assert local is not None
                when = (f"{weekday(local)} {fmt_datetime(a.starts_at)} "
                        f"({relative_day(local.date(), today)})")
                what = APPOINTMENT_KINDS.get(a.kind, words(a.kind))
                who = f" with {a.with_whom}" if a.with_whom else ""
                line = f"{when}: {what}{who}"
                if a.purpose:
                    line += f" — {a.purpose}"
                rich.append(f"• {escape(line)}")
                plain.append(line)
            self._card("appointments", rich, plain)


# -- Problems -------------------------------------------------------------------------------------
PROBLEM_HEADERS = ["Problem", "Status", "Onset", "Resolved", "Type"]


def _problem_cells(p: ProblemItem) -> list[Cell]:
    status = words(p.clinical_status or "active")
    if p.verification_status in ("provisional", "differential", "unconfirmed"):
        status += f" ({p.verification_status})"
    category = {"problem-list-item": "Problem list", "encounter-diagnosis": "Encounter diagnosis",
                "health-concern": "Health concern"}.get(p.category or "", words(p.category)
                                                        if p.category else "")
    return [cell(p.label, accessible=p.label, bold=p.is_active), cell(status),
            cell(fmt_date_of(p.onset_at) if p.onset_at else ""),
            cell(fmt_date_of(p.abatement_at) if p.abatement_at else ""), cell(category)]


class ProblemsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        tree = QTreeView()
        setup_tree(tree, "Problems", "Active problems first, then resolved or inactive ones")
        super().__init__("Problems", "No problems recorded", tree, parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(PROBLEM_HEADERS)
        tree.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        self.model.removeRows(0, self.model.rowCount())
        active, inactive = chart.active_problems, chart.inactive_problems
        for title, items, expand in ((f"Active ({len(active)})", active, True),
                                     (f"Resolved or inactive ({len(inactive)})", inactive,
                                      len(inactive) <= 30)):
            if not items:
                continue
            group = group_row(title, len(PROBLEM_HEADERS), f"{title} problems")
            for p in items:
                group[0].appendRow(tree_row(_problem_cells(p), id=p.id, item=p))
            self.model.appendRow(group)
            self.view.setExpanded(group[0].index(), expand)
        self.list.refresh()
        span_groups(self.view)
        fit_columns(self.view, 0, max_chars=24)


# -- Medications ----------------------------------------------------------------------------------
MED_HEADERS = ["Medication", "Dose", "Route", "How often", "Status", "Instructions (sig)",
               "Since", "Prescriber"]


def _med_cells(m: MedicationItem, taken: bool) -> list[Cell]:
    how = m.frequency
    if m.as_needed:
        prn = f"as needed{' for ' + m.as_needed_reason if m.as_needed_reason else ''}"
        how = f"{how}, {prn}" if how else prn
    status = words(m.status) if m.status else ("Active" if taken else "")
    if taken and m.taking is not None:
        status = "Taking" if m.taking else "Not taking"
        if m.status and m.status not in ("active",):
            status += f" ({words(m.status).lower()})"
    stopped = m.status in ("stopped", "cancelled", "completed", "not-taken")
    tip = m.label + (f"\nFor: {m.reason}" if m.reason else "") + (
        f"\n{m.sig}" if m.sig else "")
    return [
        cell(m.label, tip, m.label, bold=m.is_current),
        cell(m.dose), cell(m.route), cell(how),
        cell(status, bold=stopped and m.source == "discharge",
             icon="warning" if stopped and m.source == "discharge" else None),
        cell(m.sig), cell(fmt_date_of(m.start_at or m.authored_at)
                          if (m.start_at or m.authored_at) else ""),
        cell(m.prescriber),
    ]


class MedicationSection(QWidget):
    """One of "As prescribed", "As taken (patient, bottles)", "Reconciled list": a tree with
    one heading per source list, current medicines first, past ones folded under them."""

    def __init__(self, title: str, name: str, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_title = name
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.label = QLabel(title, self)
        font = self.label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.tree = QTreeView(self)
        setup_tree(self.tree, name)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(MED_HEADERS)
        self.tree.setModel(self.model)
        self.label.setBuddy(self.tree)
        self.title = title.replace("&", "")
        self.empty_text = empty_text
        self.list = EmptyableView(self.tree, empty_text, self)
        self.list.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.list.set_empty_text(f"<b>{escape(self.title)}:</b> {escape(empty_text)}")
        self.list.empty_label.setAccessibleName(f"{name}: {empty_text}")
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)

    def set_groups(self, groups: list[MedicationGroup], taken: bool) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for g in groups:
            current, past = g.current, g.past
            title = f"{g.title}: {len(current)} current"
            if past:
                title += f", {len(past)} stopped or completed"
            head = group_row(title, len(MED_HEADERS))
            for m in current:
                head[0].appendRow(tree_row(_med_cells(m, taken), id=m.id, item=m))
            sub = None
            if past:
                sub = group_row(f"Stopped or completed ({len(past)})", len(MED_HEADERS))
                for m in past:
                    sub[0].appendRow(tree_row(_med_cells(m, taken), id=m.id, item=m))
                head[0].appendRow(sub)
            self.model.appendRow(head)
            self.tree.setExpanded(head[0].index(), True)
            if sub is not None:
                # Past medicines of a discharge list matter (what was stopped): show a few.
                self.tree.setExpanded(sub[0].index(),
                                      len(past) <= 5 or g.source == "discharge")
        self.list.refresh()
        self.label.setVisible(not self.list.is_empty)  # the sentence names the list itself
        span_groups(self.tree)
        fit_columns(self.tree, 5, caps={0: 56, 3: 30, 7: 26})

    @property
    def visible_rows(self) -> int:
        """Rows the tree shows as expanded now (headings included)."""
        n = 0
        index = self.model.index(0, 0)
        while index.isValid():
            n += 1
            index = self.tree.indexBelow(index)
        return n

    @property
    def medication_count(self) -> int:
        n = 0
        stack = [self.model.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for r in range(item.rowCount()):
                child = item.child(r, 0)
                if child.data(ITEM_ROLE) is not None:
                    n += 1
                stack.append(child)
        return n


class MedicationsPage(QWidget):
    """"As prescribed", "As taken (patient, bottles)" and "Reconciled list", one above the
    other in a splitter. Each list with medicines keeps room for a few rows; when the page is
    too short for that (large fonts), the page scrolls instead of squeezing the lists."""

    MIN_ROWS = (4, 3, 3)  # rows each list keeps at least, when it has them
    sig_reconcile = Signal()  # "Reconcile medicines…": start or resume the worksheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Medications")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        self.reconcile_button = QPushButton("Reconcile medicines…", self)
        self.reconcile_button.setAccessibleName("Reconcile medicines")
        self.reconcile_button.setToolTip("Compare the lists with what the patient takes and "
                                         "record a decision for each medicine")
        self.reconcile_button.clicked.connect(self.sig_reconcile)
        bar.addWidget(self.reconcile_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self.scroll)
        inner.setAccessibleName("Medications")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(6, 6, 6, 6)
        self.inner = inner
        self.splitter = QSplitter(Qt.Orientation.Vertical, inner)
        self.splitter.setChildrenCollapsible(False)
        self.prescribed = MedicationSection(
            "As prescri&bed (EHR, discharge, pharmacy, PCP)", "As prescribed",
            "No prescribed medications recorded (no EHR, discharge, pharmacy or PCP list)",
            self.splitter)
        self.taken = MedicationSection(
            "As ta&ken (patient, bottles)", "As taken (patient, bottles)",
            "Nothing recorded yet about what the patient actually takes (no patient report, "
            "no bottles checked)", self.splitter)
        self.reconciled = MedicationSection(
            "Reconc&iled list", "Reconciled list",
            "No reconciled list yet", self.splitter)
        for section in (self.prescribed, self.taken, self.reconciled):
            self.splitter.addWidget(section)
        inner_layout.addWidget(self.splitter)
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll)
        self._balancing = False

    def set_chart(self, chart: Chart) -> None:
        self.prescribed.set_groups(chart.prescribed, taken=False)
        self.taken.set_groups(chart.taken, taken=True)
        self.reconciled.set_groups(chart.reconciled, taken=False)
        self._balance()

    def _needs(self) -> tuple[list[int], list[int]]:
        """(height each list needs, extra height each would like) in the current font."""
        line = self.fontMetrics().height()
        row = line + 4
        width = max(200, self.scroll.viewport().width() - 12)
        needs, extra = [], []
        for s, least in zip((self.prescribed, self.taken, self.reconciled), self.MIN_ROWS,
                            strict=True):
            if s.list.is_empty:
                needs.append(s.list.empty_label.heightForWidth(width) + line // 2)
                extra.append(0)
                continue
            rows = s.visible_rows
            chrome = (s.label.sizeHint().height() + s.tree.header().sizeHint().height()
                      + s.tree.horizontalScrollBar().sizeHint().height() + line)
            needs.append(chrome + min(rows, least) * row)
            extra.append(max(0, rows - least) * row)
        return needs, extra

    def _balance(self) -> None:
        """An empty list needs only its sentence; a list with medicines keeps its title, its
        header and a few rows; what is left goes to the lists by how many more rows they
        have to show."""
        if self._balancing:
            return
        self._balancing = True
        try:
            needs, extra = self._needs()
            handles = self.splitter.handleWidth() * 2 + 12
            self.inner.setMinimumHeight(sum(needs) + handles)
            height = max(self.scroll.viewport().height() - 12, sum(needs) + handles)
            free = max(0, height - handles - sum(needs))
            wanted = sum(extra)
            if wanted == 0:  # everything shows: the rest goes to the first list with medicines
                first = next((i for i, n in enumerate(needs) if extra[i] or n), 0)
                extra[first], wanted = 1, 1
            self.splitter.setSizes([n + free * e // wanted
                                    for n, e in zip(needs, extra, strict=True)])
        finally:
            self._balancing = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._balance()


# -- Encounters -----------------------------------------------------------------------------------
ENCOUNTER_HEADERS = [("Start", "When it began (local time)"), ("Type", "Kind of encounter"),
                     ("Reason", "Why"), ("Where", "Facility"),
                     ("Length", "Length of stay (admissions: nights)"),
                     ("Discharged to", "Discharge disposition"), ("Clinician", "Clinician")]


def encounter_kind_text(e: EncounterItem) -> str:
    return ENCOUNTER_KINDS.get(e.kind, words(e.kind))


def _encounter_row(e: EncounterItem) -> Row:
    kind = encounter_kind_text(e)
    tip = kind + (f": {e.label}" if e.label else "")
    reason = e.reason or (e.label if e.label and e.label.casefold() != kind.casefold() else "")
    if e.kind == "inpatient":
        length = (plural(e.length_of_stay_days, "day") if e.length_of_stay_days is not None
                  else fmt_duration(e.duration))
    else:
        length = fmt_duration(e.duration) if e.duration is not None else ""
    return Row((
        cell(fmt_datetime(e.start_at) if e.start_at else ""),
        cell(kind, tip, kind, bold=e.is_hospital, icon="warning" if e.is_hospital else None),
        cell(reason), cell(e.facility), cell(length),
        cell(e.discharge_disposition), cell(e.practitioner),
    ), id=e.id, item=e, highlight=e.is_hospital)


class EncountersPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, "Encounters", "Most recent first; admissions and emergency visits "
                    "are marked with a warning icon and bold type")
        super().__init__("Encounters", "No encounters recorded", table, parent)
        self.model = RowsModel(ENCOUNTER_HEADERS, self)
        table.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        encounters = chart.encounters
        self.model.set_rows([_encounter_row(e) for e in encounters])
        self.list.refresh()
        if encounters:
            admissions = sum(e.kind == "inpatient" for e in encounters)
            ed = sum(e.kind == "emergency" for e in encounters)
            self.set_caption(
                f"{plural(len(encounters), 'encounter')}, most recent first: "
                f"{plural(admissions, 'hospital admission')} and "
                f"{plural(ed, 'emergency visit')} (marked with an icon and bold type).")
        else:
            self.set_caption("")
        fit_columns(self.view, 2, caps={3: 30, 5: 30})


# -- Care plan and goals --------------------------------------------------------------------------
CARE_HEADERS = ["Plan, goal or activity", "Status", "Target", "Due or period"]


def _plan_rows(plan: CarePlanItem) -> list[QStandardItem]:
    period = ""
    if plan.period_start:
        period = f"Since {fmt_date_of(plan.period_start)}"
        if plan.period_end:
            period = f"{fmt_date_of(plan.period_start)} to {fmt_date_of(plan.period_end)}"
    status = words(plan.status) if plan.status else ""
    head = tree_row([Cell(plan.title, plan.description or plan.title, f"Care plan: {plan.title}"),
                     Cell(status) if status else BLANK, BLANK,
                     Cell(period) if period else BLANK], id=plan.id, item=plan, group=True)
    columns = len(CARE_HEADERS)
    if plan.description:
        head[0].appendRow(tree_row([cell(f"About: {plan.description}"), BLANK, BLANK, BLANK]))
    if plan.addresses:
        text = "Addresses: " + "; ".join(plan.addresses)
        head[0].appendRow(tree_row([cell(text), BLANK, BLANK, BLANK]))
    goals = group_row(f"Goals ({len(plan.goals)})", columns)
    for g in plan.goals:
        achievement = words(g.achievement_status) if g.achievement_status else ""
        status = achievement or words(g.lifecycle_status or "")
        worsening = g.achievement_status in ("worsening", "not-achieving", "no-progress")
        goals[0].appendRow(tree_row([
            cell(g.description, accessible=f"Goal: {g.description}"),
            cell(status, bold=worsening, icon="warning" if worsening else None),
            cell(g.target), cell(fmt_day(g.due_date) if g.due_date else ""),
        ], id=g.id, item=g))
    if not plan.goals:
        goals[0].appendRow(tree_row([cell("No goals recorded for this plan"), BLANK, BLANK,
                                     BLANK]))
    head[0].appendRow(goals)
    if plan.activities:
        acts = group_row(f"Activities ({len(plan.activities)})", columns)
        for text, act_status in plan.activities:
            acts[0].appendRow(tree_row([cell(text), cell(words(act_status) if act_status
                                                          else ""), BLANK, BLANK]))
        head[0].appendRow(acts)
    return head


class CarePlanPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        tree = QTreeView()
        setup_tree(tree, "Care plans and goals")
        super().__init__("Care plan and goals", "No care plan or goals recorded", tree, parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(CARE_HEADERS)
        tree.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for plan in chart.care_plans:
            head = _plan_rows(plan)
            self.model.appendRow(head)
            if plan.is_active or plan.id is None:
                self.view.expandRecursively(head[0].index())
        self.list.refresh()
        span_groups(self.view)
        fit_columns(self.view, 0, max_chars=24)


# -- Referrals ------------------------------------------------------------------------------------
REFERRAL_HEADERS = [("Referred to", "The clinician or service"), ("Reason", "Why"),
                    ("Status", "Where the referral stands"), ("Priority", "Routine or urgent"),
                    ("Sent", "When it was sent"),
                    ("Appointment", "Scheduled for, or seen on"),
                    ("Report", "When the report came back"),
                    ("Closed", "When the loop was closed")]


def _referral_row(r: ReferralItem) -> Row:
    to = r.to_name + (f" ({r.to_specialty})" if r.to_specialty else "")
    if r.to_phone:
        tip = f"{to}\nPhone {r.to_phone}"
    else:
        tip = to
    needs_review = r.status == "report_received"
    status = words(r.status)
    if needs_review:
        status = "Report received — to review"
    appointment = (f"Seen {fmt_date_of(r.seen_at)}" if r.seen_at else
                   f"Booked {fmt_date_of(r.scheduled_for)}" if r.scheduled_for else "")
    urgent = r.priority in ("urgent", "stat")
    return Row((
        cell(to, tip + (f"\n{r.notes}" if r.notes else "")),
        cell(r.reason),
        cell(status, bold=needs_review, icon="information" if needs_review else None),
        cell(words(r.priority), bold=urgent),
        cell(fmt_date_of(r.sent_at) if r.sent_at else "Not sent"),
        cell(appointment),
        cell(fmt_date_of(r.report_received_at) if r.report_received_at else ""),
        cell(fmt_date_of(r.closed_at) if r.closed_at else ""),
    ), id=r.id, item=r)


class ReferralsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, "Referrals", "Open referrals first")
        super().__init__("Referrals", "No referrals recorded", table, parent)
        self.model = RowsModel(REFERRAL_HEADERS, self)
        table.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        self.model.set_rows([_referral_row(r) for r in chart.referrals])
        self.list.refresh()
        n_open = sum(r.is_open for r in chart.referrals)
        self.set_caption(f"{plural(n_open, 'open referral')}, listed first." if chart.referrals
                         else "")
        fit_columns(self.view, 1, caps={0: 36})


# -- Tasks ----------------------------------------------------------------------------------------
TASK_HEADERS = [("Done", "Tick when done (Space)"), ("Task", "What to do"),
                ("Status", "Open, in progress, done or cancelled"),
                ("Priority", "Routine, urgent or stat"), ("Due", "When it is due (local time)"),
                ("Completed", "When it was done"), ("From", "What created the task")]


def _task_row(t: TaskItem, today: dt.date) -> Row:
    due = ""
    if t.due_at:
        local = to_local(t.due_at)
        assert local is not None
        due = f"{fmt_datetime(t.due_at)} ({relative_day(local.date(), today)})"
        if t.overdue:
            due = f"Overdue: {due}"
    urgent = t.priority in ("urgent", "stat")
    done = t.status == "done"
    return Row((
        Cell("", "Tick when done", "Done" if done else "Not done", check=done),
        cell(t.title, t.title + (f"\n{t.description}" if t.description else ""), bold=t.is_open),
        cell(words(t.status)),
        cell(words(t.priority), bold=urgent, icon="warning" if urgent and t.is_open else None),
        cell(due, bold=t.overdue, icon="warning" if t.overdue else None),
        cell(fmt_date_of(t.completed_at) if t.completed_at else ""),
        cell(words(t.origin) if t.origin else ""),
    ), id=t.id, item=t, highlight=t.overdue)


class TasksPage(_Page):
    sig_task_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        table = CheckTableView()
        setup_table(table, "Tasks", "Open tasks first, overdue at the top. Space ticks the "
                    "selected task done or not done")
        super().__init__("Tasks", "No tasks for this patient", table, parent)
        self.model = RowsModel(TASK_HEADERS, self)
        table.setModel(self.model)
        self.model.sig_check_toggled.connect(self._toggled)
        self._today = dt.date.today()
        bar = QHBoxLayout()
        self.toggle_button = QPushButton("Mar&k done", self)
        self.toggle_button.setAccessibleName("Mark the selected task done or not done")
        self.toggle_button.setEnabled(False)
        self.toggle_button.clicked.connect(self.toggle_current)
        bar.addWidget(self.toggle_button)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())

    def set_chart(self, chart: Chart) -> None:
        self._today = chart.loaded_at.astimezone().date()
        self.model.set_rows([_task_row(t, self._today) for t in chart.tasks])
        self.list.refresh()
        n_open, n_over = len(chart.open_tasks), len(chart.overdue_tasks)
        self.set_caption(f"{plural(n_open, 'open task')}, {n_over} overdue. Tick a task (or "
                         "press Space) to mark it done." if chart.tasks else "")
        fit_columns(self.view, 1, caps={4: 44}, min_stretch_chars=34)
        self._update_button()

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_button(self) -> None:
        row = self._current_row()
        if row < 0:
            self.toggle_button.setEnabled(False)
            return
        done = bool(self.model.row(row).cells[0].check)
        self.toggle_button.setEnabled(True)
        self.toggle_button.setText("Mar&k not done" if done else "Mar&k done")

    def toggle_current(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        index = self.model.index(row, 0)
        done = bool(self.model.row(row).cells[0].check)
        self.model.setData(index, Qt.CheckState.Unchecked if done else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _toggled(self, row: int, done: bool) -> None:
        old = self.model.row(row)
        task = old.item
        if not isinstance(task, TaskItem):
            return
        # Show the new state at once; the owner saves it and sends the chart again.
        changed = dataclasses.replace(task, status="done" if done else "open",
                                      overdue=False if done else task.overdue)
        self.model.replace_row(row, _task_row(changed, self._today))
        self._update_button()
        self.sig_task_toggled.emit(task.id, done)


# -- Notes ----------------------------------------------------------------------------------------
NOTE_HEADERS = ["Visit", "Note", "Status", "Author", "Signed", "Beginning"]


def _note_cells(n: NoteItem) -> list[Cell]:
    kind = TEMPLATE_WORDS.get(n.template, words(n.template))
    if n.is_addendum:
        kind = f"Addendum to {kind.lower()}" if n.template else "Addendum"
    status = "Draft — not signed" if n.is_draft else "Signed"
    return [
        cell(fmt_datetime(n.visit_at) if n.visit_at else ""),
        cell(kind),
        cell(status, bold=n.is_draft, icon="draft" if n.is_draft else "done"),
        cell(n.author),
        cell(fmt_datetime(n.signed_at) + (f" by {n.signed_by}" if n.signed_by
                                          and n.signed_by != n.author else "")
             if n.signed_at else ""),
        cell(n.preview),
    ]


class NotesPage(_Page):
    sig_open_note = Signal(str)
    sig_new_note = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        tree = QTreeView()
        setup_tree(tree, "Visit notes", "Drafts first, then signed notes, newest first; "
                   "addenda under the note they amend. Enter opens the selected note")
        tree.setExpandsOnDoubleClick(False)
        super().__init__("Notes", "No visit notes yet", tree, parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(NOTE_HEADERS)
        tree.setModel(self.model)
        tree.activated.connect(self._activated)
        bar = QHBoxLayout()
        self.new_button = QPushButton("Ne&w note…", self)
        self.new_button.setAccessibleName("New visit note")
        self.new_button.clicked.connect(self.sig_new_note)
        self.open_button = QPushButton("Open note", self)
        self.open_button.setAccessibleName("Open the selected note")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        self.layout_.insertLayout(1, bar)
        tree.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.open_button.setEnabled(
                bool(current.isValid() and current.siblingAtColumn(0).data(ID_ROLE))))

    def set_chart(self, chart: Chart) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for n in chart.notes:
            row = tree_row(_note_cells(n), id=n.id, item=n, highlight=n.is_draft)
            for a in n.addenda:
                row[0].appendRow(tree_row(_note_cells(a), id=a.id, item=a))
            self.model.appendRow(row)
        self.view.expandAll()
        self.list.refresh()
        drafts = sum(n.is_draft for n in chart.all_notes)
        self.set_caption(f"{plural(len(chart.all_notes), 'note')}, "
                         f"{plural(drafts, 'draft')} not signed yet." if chart.notes else "")
        fit_columns(self.view, 5)
        self.open_button.setEnabled(False)

    def _activated(self, index: QModelIndex) -> None:
        note_id = index.siblingAtColumn(0).data(ID_ROLE)
        if note_id:
            self.sig_open_note.emit(str(note_id))

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._activated(index)


# -- Social needs ---------------------------------------------------------------------------------
SCREENING_HEADERS = [("Screened", "When (local time)"), ("Instrument", "Screening tool")] + [
    (words(d), f"{words(d)} need") for d in SCREENING_DOMAINS] + [
    ("Score", "Number of positive domains"),
    ("Positive answers", "The answers that screened positive")]


def _screening_row(s: ScreeningItem) -> Row:
    cells = [cell(fmt_date_of(s.screened_at)), cell(s.instrument)]
    for d in SCREENING_DOMAINS:
        answer = s.answers.get(d) or "unknown"
        text = SCREENING_WORDS.get(answer, words(answer))
        positive = answer == "positive"
        tip = f"{words(d)}: {text}"
        if s.positive_answers.get(d):
            tip += "\nAnswers: " + "; ".join(s.positive_answers[d])
        cells.append(cell(text, tip, f"{words(d)}: {text}", bold=positive,
                          icon="warning" if positive else None))
    cells.append(cell(str(s.score) if s.score is not None else ""))
    answers = "; ".join(f"{words(d)}: {', '.join(a)}" for d, a in s.positive_answers.items())
    cells.append(cell(answers) if answers else BLANK)
    return Row(tuple(cells), id=s.id, item=s)


class SocialNeedsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, "Social-needs screenings", "Newest first; positive domains in bold "
                    "with a warning icon")
        super().__init__("Social needs", "No social-needs screening recorded", table, parent)
        self.model = RowsModel(SCREENING_HEADERS, self)
        table.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        self.model.set_rows([_screening_row(s) for s in chart.screenings])
        self.list.refresh()
        if chart.screenings:
            latest = chart.screenings[0]
            when = fmt_date_of(latest.screened_at)
            if latest.positives:
                found = ", ".join(words(d).lower() for d in latest.positives)
                self.set_caption(f"Latest screening ({latest.instrument}, {when}): positive "
                                 f"for {found}.")
            else:
                self.set_caption(f"Latest screening ({latest.instrument}, {when}): no "
                                 "positive domain.")
        else:
            self.set_caption("")
        fit_columns(self.view, len(SCREENING_HEADERS) - 1)


# -- Communication log ----------------------------------------------------------------------------
COMM_HEADERS = [("When", "Local time"), ("Direction", "Incoming or outgoing"),
                ("Channel", "Phone, message, fax…"), ("With", "Who, and their role"),
                ("Summary", "What was said"), ("Outcome", "What came of it")]
SBAR_PARTS = (("situation", "Situation"), ("background", "Background"),
              ("assessment", "Assessment"), ("recommendation", "Recommendation"))


def _comm_row(c: CommunicationItem) -> Row:
    who = c.party_name or ""
    if c.party_role:
        who = f"{who} ({c.party_role})" if who else c.party_role
    direction = {"incoming": "Incoming ←", "outgoing": "Outgoing →"}.get(
        c.direction, words(c.direction))
    summary = c.summary
    if c.sbar:
        summary = f"SBAR handoff: {summary}"
    return Row((
        cell(fmt_datetime(c.occurred_at)),
        cell(direction, accessible=words(c.direction)),
        cell(words(c.channel)), cell(who),
        cell(summary, icon="information" if c.sbar else None), cell(c.outcome),
    ), id=c.id, item=c)


def communication_html(c: CommunicationItem) -> str:
    who = escape(c.party_name or "")
    if c.party_role:
        who += f" ({escape(c.party_role)})"
    parts = [f"<p><b>{escape(fmt_datetime(c.occurred_at))}</b> — {escape(words(c.direction))} "
             f"{escape(c.channel)}{', with ' + who if who else ''}</p>",
             f"<p>{escape(c.summary)}</p>"]
    if c.outcome:
        parts.append(f"<p><b>Outcome:</b> {escape(c.outcome)}</p>")
    if c.sbar:
        for key, title in SBAR_PARTS:
            if c.sbar.get(key):
                parts.append(f"<p><b>{title}:</b> {escape(c.sbar[key])}</p>")
    return "".join(parts)


class CommunicationPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, "Communication log", "Newest first; choose an entry to read it "
                    "in full below")
        super().__init__("Communication log", "No calls, messages or handoffs recorded", table,
                         parent)
        self.model = RowsModel(COMM_HEADERS, self)
        table.setModel(self.model)
        # The list above, the chosen entry in full below (SBAR handoffs are long).
        self.layout_.removeWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        box = QWidget(self.splitter)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        self.details_label = QLabel("&Details", box)
        self.details = QTextBrowser(box)
        self.details.setAccessibleName("Communication details")
        self.details.setOpenLinks(False)
        self.details_label.setBuddy(self.details)
        box_layout.addWidget(self.details_label)
        box_layout.addWidget(self.details, 1)
        self.details_box = box
        self.splitter.addWidget(box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(self.splitter, 1)
        table.selectionModel().currentRowChanged.connect(self._show_current)

    def set_chart(self, chart: Chart) -> None:
        self.model.set_rows([_comm_row(c) for c in chart.communications])
        self.list.refresh()
        has = bool(chart.communications)
        self.details_box.setVisible(has)
        self.details.clear()
        fit_columns(self.view, 4, caps={3: 34, 5: 30})
        if has:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(ITEM_ROLE) if current.isValid() else None
        if isinstance(item, CommunicationItem):
            self.details.setHtml(communication_html(item))
        else:
            self.details.clear()


__all__ = [
    "CarePlanPage", "CommunicationPage", "EncountersPage", "MedicationsPage", "NotesPage",
    "ProblemsPage", "ReferralsPage", "SocialNeedsPage", "SummaryPage", "TasksPage",
]
