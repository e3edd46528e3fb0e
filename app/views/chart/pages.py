"""The chart's tabs other than "Vitals & labs" (see :mod:`app.views.chart.trends`).

Each page takes a whole :class:`~app.chart.service.Chart` in ``set_chart`` and shows one part
of it through an item model (a :class:`RowsModel` table or a QStandardItemModel tree); when
that part is empty it says so in words. Display texts are worked out here, once per chart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
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
    count,
    days_text,
    escape,
    fit_columns,
    fmt_date_of,
    fmt_datetime,
    fmt_day,
    fmt_duration,
    group_row,
    relative_day,
    setup_table,
    setup_tree,
    span_groups,
    translate,
    tree_row,
    weekday,
    words,
)
from app.views.chart.trends import interpretation_text
from app.views.coordination.texts import task_title

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByKeyboard
              | Qt.TextInteractionFlag.TextSelectableByMouse)

# Display words in English (translated where shown, context "ChartPages").
ENCOUNTER_KINDS = {"inpatient": QT_TRANSLATE_NOOP("ChartPages", "Hospital admission"),
                   "emergency": QT_TRANSLATE_NOOP("ChartPages", "Emergency visit"),
                   "ambulatory": QT_TRANSLATE_NOOP("ChartPages", "Clinic visit"),
                   "home": QT_TRANSLATE_NOOP("ChartPages", "Home visit"),
                   "virtual": QT_TRANSLATE_NOOP("ChartPages", "Virtual visit"),
                   "other": QT_TRANSLATE_NOOP("ChartPages", "Other encounter")}
APPOINTMENT_KINDS = {"home_visit": QT_TRANSLATE_NOOP("ChartPages", "Home visit"),
                     "clinic": QT_TRANSLATE_NOOP("ChartPages", "Clinic visit"),
                     "specialist": QT_TRANSLATE_NOOP("ChartPages", "Specialist visit"),
                     "virtual": QT_TRANSLATE_NOOP("ChartPages", "Virtual visit")}
SCREENING_WORDS = {"positive": QT_TRANSLATE_NOOP("ChartPages", "Positive"),
                   "negative": QT_TRANSLATE_NOOP("ChartPages", "Negative"),
                   "declined": QT_TRANSLATE_NOOP("ChartPages", "Declined"),
                   "unknown": QT_TRANSLATE_NOOP("ChartPages", "Not asked")}
TEMPLATE_WORDS = {"home_visit": QT_TRANSLATE_NOOP("ChartPages", "Home visit note"),
                  "phone": QT_TRANSLATE_NOOP("ChartPages", "Phone note"),
                  "transition": QT_TRANSLATE_NOOP("ChartPages", "Transition-of-care note")}
RECENT_DISCHARGE_HOURS = 72


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("ChartPages", …), translated now."""
    return translate("ChartPages", text)


def _headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(_t(label), _t(tip)) for label, tip in headers]


def _labels(headers: list[str]) -> list[str]:
    return [_t(label) for label in headers]


def group_title(g: MedicationGroup) -> str:
    """A medication list's title (app.chart.service.SOURCE_TITLES), translated: the same
    words as the worksheet's list kinds (context "MedRecWorksheet")."""
    if g.title == "Reconciled list":
        return translate("ChartPages", "Reconciled list")
    return translate("MedRecWorksheet", g.title)


def open_tasks_text(n: int) -> str:
    return count(n, translate("ChartPages", "%1 open task"),
                 translate("ChartPages", "%1 open tasks"))


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

    CARDS = (("discharge", QT_TRANSLATE_NOOP("ChartPages", "Hospital discharge")),
             ("tasks", QT_TRANSLATE_NOOP("ChartPages", "Open tasks")),
             ("problems", QT_TRANSLATE_NOOP("ChartPages", "Active problems")),
             ("meds", QT_TRANSLATE_NOOP("ChartPages", "Medications")),
             ("vitals", QT_TRANSLATE_NOOP("ChartPages", "Latest vitals")),
             ("appointments", QT_TRANSLATE_NOOP("ChartPages", "Upcoming appointments")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ChartWidget", "Summary"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self)
        inner.setAccessibleName(translate("ChartWidget", "Summary"))
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.boxes: dict[str, QGroupBox] = {}
        self.labels: dict[str, QLabel] = {}
        for key, title in self.CARDS:
            title = _t(title)
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
        # The open transition of care (app.views.coordination.transitions), in the discharge
        # card; it loads itself once the window gives the chart the store (set_services).
        from app.views.coordination.transitions import TransitionSummary

        self.transition = TransitionSummary(self.boxes["discharge"])
        self.boxes["discharge"].layout().insertWidget(1, self.transition)

    def set_services(self, store: object, runner: object) -> None:
        self.transition.set_services(store, runner)

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
        title = _t(dict(self.CARDS)[key])
        label.setAccessibleName(f"{title}: " + ". ".join(plain))

    def set_chart(self, chart: Chart) -> None:
        now = chart.loaded_at
        today = now.astimezone().date()
        self.transition.set_patient(chart.patient_id)

        # Hospital discharge
        last = chart.last_discharge
        if last is None or chart.days_since_discharge is None:
            none = translate("ChartPages", "No hospital discharge recorded")
            self._card("discharge", [none], [none])
        else:
            days = chart.days_since_discharge
            head = (translate("ChartPages", "Discharged today") if days == 0 else
                    count(days, translate("ChartPages", "Discharged %1 day ago"),
                          translate("ChartPages", "Discharged %1 days ago")))
            recent = (chart.hours_since_discharge or 0) <= RECENT_DISCHARGE_HOURS
            details = f"{fmt_datetime(last.end_at)}"
            if last.facility:
                details += translate("ChartPages", ", from %1").replace("%1", last.facility)
            if last.length_of_stay_days is not None:
                details += translate("ChartPages", ", after %1").replace(
                    "%1", days_text(last.length_of_stay_days))
            rich = [f"<b>{escape(head)}</b> ({escape(details)})"]
            plain = [f"{head} ({details})"]
            if recent:
                window = translate("ChartPages", "Within the 72-hour transition-of-care window")
                rich.append(f"<b>{escape(window)}</b>")
                plain.append(window)
            if last.reason:
                reason = translate("ChartPages", "Reason: %1")
                rich.append(reason.replace("%1", escape(last.reason)))
                plain.append(reason.replace("%1", last.reason))
            if last.discharge_disposition:
                to = translate("ChartPages", "Discharged to: %1")
                rich.append(to.replace("%1", escape(last.discharge_disposition)))
                plain.append(to.replace("%1", last.discharge_disposition))
            self._card("discharge", rich, plain)

        # Open tasks
        open_tasks = chart.open_tasks
        if not open_tasks:
            none = translate("ChartPages", "No open tasks")
            self._card("tasks", [none], [none])
        else:
            overdue = len(chart.overdue_tasks)
            head = open_tasks_text(len(open_tasks)) + (
                translate("ChartPages", ", %1 overdue").replace("%1", str(overdue))
                if overdue else "")
            rich, plain = [f"<b>{escape(head)}</b>"], [head]
            for t in open_tasks[:6]:
                due = (translate("ChartPages", "due %1").replace("%1", fmt_date_of(t.due_at))
                       if t.due_at else translate("ChartPages", "no due date"))
                flags = [w for w, on in ((translate("ChartPages", "Overdue"), t.overdue),
                                         (words(t.priority), t.priority in ("urgent", "stat")))
                         if on]
                prefix = "".join(f"<b>{w}:</b> " for w in flags)
                title = task_title(t.title, t.origin)
                rich.append(f"• {prefix}{escape(title)} ({due})")
                plain.append("".join(f"{w}: " for w in flags) + f"{title} ({due})")
            if len(open_tasks) > 6:
                more = translate("ChartPages", "…and %1 more on the Tasks tab").replace(
                    "%1", str(len(open_tasks) - 6))
                rich.append(escape(more))
                plain.append(more)
            self._card("tasks", rich, plain)

        # Active problems
        problems = chart.active_problems
        if not problems:
            none = translate("ChartPages", "No active problems recorded")
            self._card("problems", [none], [none])
        else:
            since = translate("ChartPages", " (since %1)")
            lines = [p.label + (since.replace("%1", str(to_local(p.onset_at).year))  # type: ignore[union-attr]  # noqa: E501
                                if p.onset_at else "") for p in problems[:10]]
            if len(problems) > 10:
                lines.append(translate("ChartPages", "…and %1 more on the Problems tab").replace(
                    "%1", str(len(problems) - 10)))
            self._card("problems", [f"• {escape(x)}" for x in lines], lines)

        # Medications
        rich, plain = [], []
        current = translate("ChartPages", "%1 current")
        for kind, title in (("prescribed", translate("ChartPages", "As prescribed")),
                            ("taken", translate("ChartPages", "As taken (patient, bottles)")),
                            ("reconciled", translate("ChartPages", "Reconciled list"))):
            groups = chart.medication_groups(kind)
            parts = [current.replace("%1", str(len(g.current))) if kind == "reconciled" else
                     f"{group_title(g)}: " + current.replace("%1", str(len(g.current)))
                     for g in groups]
            text = "; ".join(parts) if parts else translate("ChartPages", "none recorded")
            rich.append(f"<b>{escape(title)}</b> — {escape(text)}")
            plain.append(f"{title}: {text}")
        self._card("meds", rich, plain)

        # Latest vitals
        vitals = chart.latest_vitals
        if not vitals:
            none = translate("ChartPages", "No vital signs recorded")
            self._card("vitals", [none], [none])
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
            none = translate("ChartPages", "No upcoming appointments")
            self._card("appointments", [none], [none])
        else:
            rich, plain = [], []
            for a in appts[:5]:
                local = to_local(a.starts_at)
                assert local is not None
                when = (f"{weekday(local)} {fmt_datetime(a.starts_at)} "
                        f"({relative_day(local.date(), today)})")
                what = (_t(APPOINTMENT_KINDS[a.kind]) if a.kind in APPOINTMENT_KINDS
                        else words(a.kind))
                who = (translate("ChartPages", " with %1").replace("%1", a.with_whom)
                       if a.with_whom else "")
                line = f"{when}: {what}{who}"
                if a.purpose:
                    line += f" — {a.purpose}"
                rich.append(f"• {escape(line)}")
                plain.append(line)
            self._card("appointments", rich, plain)


# -- Problems -------------------------------------------------------------------------------------
PROBLEM_HEADERS = [QT_TRANSLATE_NOOP("ChartPages", "Problem"),
                   QT_TRANSLATE_NOOP("ChartPages", "Status"),
                   QT_TRANSLATE_NOOP("ChartPages", "Onset"),
                   QT_TRANSLATE_NOOP("ChartPages", "Resolved"),
                   QT_TRANSLATE_NOOP("ChartPages", "Type")]


def _problem_cells(p: ProblemItem) -> list[Cell]:
    status = words(p.clinical_status or "active")
    if p.verification_status in ("provisional", "differential", "unconfirmed"):
        verification = {"provisional": translate("ChartPages", "provisional"),
                        "differential": translate("ChartPages", "differential"),
                        "unconfirmed": translate("ChartPages", "unconfirmed")}
        status += f" ({verification[p.verification_status]})"
    category = {"problem-list-item": translate("ChartPages", "Problem list"),
                "encounter-diagnosis": translate("ChartPages", "Encounter diagnosis"),
                "health-concern": translate("ChartPages", "Health concern")}.get(
        p.category or "", words(p.category) if p.category else "")
    return [cell(p.label, accessible=p.label, bold=p.is_active), cell(status),
            cell(fmt_date_of(p.onset_at) if p.onset_at else ""),
            cell(fmt_date_of(p.abatement_at) if p.abatement_at else ""), cell(category)]


class ProblemsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        tree = QTreeView()
        setup_tree(tree, translate("ChartWidget", "Problems"),
                   translate("ChartPages", "Active problems first, then resolved or inactive ones"))
        super().__init__(translate("ChartWidget", "Problems"),
                         translate("ChartPages", "No problems recorded"), tree, parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(_labels(PROBLEM_HEADERS))
        tree.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        self.model.removeRows(0, self.model.rowCount())
        active, inactive = chart.active_problems, chart.inactive_problems
        for title, items, expand in (
                (translate("ChartPages", "Active (%1)").replace("%1", str(len(active))),
                 active, True),
                (translate("ChartPages", "Resolved or inactive (%1)").replace(
                    "%1", str(len(inactive))), inactive, len(inactive) <= 30)):
            if not items:
                continue
            group = group_row(title, len(PROBLEM_HEADERS),
                              translate("ChartPages", "%1 problems").replace("%1", title))
            for p in items:
                group[0].appendRow(tree_row(_problem_cells(p), id=p.id, item=p))
            self.model.appendRow(group)
            self.view.setExpanded(group[0].index(), expand)
        self.list.refresh()
        span_groups(self.view)
        fit_columns(self.view, 0, max_chars=24)


# -- Medications ----------------------------------------------------------------------------------
MED_HEADERS = [QT_TRANSLATE_NOOP("ChartPages", "Medication"),
               QT_TRANSLATE_NOOP("ChartPages", "Dose"),
               QT_TRANSLATE_NOOP("ChartPages", "Route"),
               QT_TRANSLATE_NOOP("ChartPages", "How often"),
               QT_TRANSLATE_NOOP("ChartPages", "Status"),
               QT_TRANSLATE_NOOP("ChartPages", "Instructions (sig)"),
               QT_TRANSLATE_NOOP("ChartPages", "Since"),
               QT_TRANSLATE_NOOP("ChartPages", "Prescriber")]


def _med_cells(m: MedicationItem, taken: bool) -> list[Cell]:
    how = m.frequency
    if m.as_needed:
        prn = (translate("ChartPages", "as needed for %1").replace("%1", m.as_needed_reason)
               if m.as_needed_reason else translate("ChartPages", "as needed"))
        how = f"{how}, {prn}" if how else prn
    status = words(m.status) if m.status else (words("active") if taken else "")
    if taken and m.taking is not None:
        status = (translate("ChartPages", "Taking") if m.taking
                  else translate("ChartPages", "Not taking"))
        if m.status and m.status not in ("active",):
            status += f" ({words(m.status).lower()})"
    stopped = m.status in ("stopped", "cancelled", "completed", "not-taken")
    tip = m.label + ("\n" + translate("ChartPages", "For: %1").replace("%1", m.reason)
                     if m.reason else "") + (
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
        self.model.setHorizontalHeaderLabels(_labels(MED_HEADERS))
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
            title = f"{group_title(g)}: " + translate("ChartPages", "%1 current").replace(
                "%1", str(len(current)))
            if past:
                title += translate("ChartPages", ", %1 stopped or completed").replace(
                    "%1", str(len(past)))
            head = group_row(title, len(MED_HEADERS))
            for m in current:
                head[0].appendRow(tree_row(_med_cells(m, taken), id=m.id, item=m))
            sub = None
            if past:
                sub = group_row(translate("ChartPages", "Stopped or completed (%1)").replace(
                    "%1", str(len(past))), len(MED_HEADERS))
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
        self.setAccessibleName(translate("ChartWidget", "Medications"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        self.reconcile_button = QPushButton(translate("ChartPages", "Reconcile medicines…"), self)
        self.reconcile_button.setAccessibleName(translate("ChartPages", "Reconcile medicines"))
        self.reconcile_button.setToolTip(translate(
            "ChartPages", "Compare the lists with what the patient takes and record a decision "
            "for each medicine"))
        self.reconcile_button.clicked.connect(self.sig_reconcile)
        bar.addWidget(self.reconcile_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self.scroll)
        inner.setAccessibleName(translate("ChartWidget", "Medications"))
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(6, 6, 6, 6)
        self.inner = inner
        self.splitter = QSplitter(Qt.Orientation.Vertical, inner)
        self.splitter.setChildrenCollapsible(False)
        self.prescribed = MedicationSection(
            translate("ChartPages", "As prescri&bed (EHR, discharge, pharmacy, PCP)"),
            translate("ChartPages", "As prescribed"),
            translate("ChartPages", "No prescribed medications recorded (no EHR, discharge, "
                      "pharmacy or PCP list)"),
            self.splitter)
        self.taken = MedicationSection(
            translate("ChartPages", "As ta&ken (patient, bottles)"),
            translate("ChartPages", "As taken (patient, bottles)"),
            translate("ChartPages", "Nothing recorded yet about what the patient actually takes "
                      "(no patient report, no bottles checked)"), self.splitter)
        self.reconciled = MedicationSection(
            translate("ChartPages", "Reconc&iled list"), translate("ChartPages", "Reconciled list"),
            translate("ChartPages", "No reconciled list yet"), self.splitter)
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
ENCOUNTER_HEADERS = [(QT_TRANSLATE_NOOP("ChartPages", "Start"),
                      QT_TRANSLATE_NOOP("ChartPages", "When it began (local time)")),
                     (QT_TRANSLATE_NOOP("ChartPages", "Type"),
                      QT_TRANSLATE_NOOP("ChartPages", "Kind of encounter")),
                     (QT_TRANSLATE_NOOP("ChartPages", "Reason"),
                      QT_TRANSLATE_NOOP("ChartPages", "Why")),
                     (QT_TRANSLATE_NOOP("ChartPages", "Where"),
                      QT_TRANSLATE_NOOP("ChartPages", "Facility")),
                     (QT_TRANSLATE_NOOP("ChartPages", "Length"),
                      QT_TRANSLATE_NOOP("ChartPages", "Length of stay (admissions: nights)")),
                     (QT_TRANSLATE_NOOP("ChartPages", "Discharged to"),
                      QT_TRANSLATE_NOOP("ChartPages", "Discharge disposition")),
                     (QT_TRANSLATE_NOOP("ChartPages", "Clinician"),
                      QT_TRANSLATE_NOOP("ChartPages", "Clinician"))]


def encounter_kind_text(e: EncounterItem) -> str:
    return _t(ENCOUNTER_KINDS[e.kind]) if e.kind in ENCOUNTER_KINDS else words(e.kind)


def _encounter_row(e: EncounterItem) -> Row:
    kind = encounter_kind_text(e)
    tip = kind + (f": {e.label}" if e.label else "")
    reason = e.reason or (e.label if e.label and e.label.casefold() != kind.casefold() else "")
    if e.kind == "inpatient":
        length = (days_text(e.length_of_stay_days) if e.length_of_stay_days is not None
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
        setup_table(table, translate("ChartWidget", "Encounters"),
                    translate("ChartPages", "Most recent first; admissions and emergency visits "
                              "are marked with a warning icon and bold type"))
        super().__init__(translate("ChartWidget", "Encounters"),
                         translate("ChartPages", "No encounters recorded"), table, parent)
        self.model = RowsModel(_headers(ENCOUNTER_HEADERS), self)
        table.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        encounters = chart.encounters
        self.model.set_rows([_encounter_row(e) for e in encounters])
        self.list.refresh()
        if encounters:
            admissions = sum(e.kind == "inpatient" for e in encounters)
            ed = sum(e.kind == "emergency" for e in encounters)
            self.set_caption(
                translate("ChartPages", "%1, most recent first: %2 and %3 (marked with an icon "
                          "and bold type).")
                .replace("%1", count(len(encounters), translate("ChartPages", "%1 encounter"),
                                     translate("ChartPages", "%1 encounters")))
                .replace("%2", count(admissions, translate("ChartPages", "%1 hospital admission"),
                                     translate("ChartPages", "%1 hospital admissions")))
                .replace("%3", count(ed, translate("ChartPages", "%1 emergency visit"),
                                     translate("ChartPages", "%1 emergency visits"))))
        else:
            self.set_caption("")
        fit_columns(self.view, 2, caps={3: 30, 5: 30})


# -- Care plan and goals --------------------------------------------------------------------------
CARE_HEADERS = [QT_TRANSLATE_NOOP("ChartPages", "Plan, goal or activity"),
                QT_TRANSLATE_NOOP("ChartPages", "Status"),
                QT_TRANSLATE_NOOP("ChartPages", "Target"),
                QT_TRANSLATE_NOOP("ChartPages", "Due or period")]


def _plan_rows(plan: CarePlanItem) -> list[QStandardItem]:
    period = ""
    if plan.period_start:
        period = translate("ChartPages", "Since %1").replace("%1", fmt_date_of(plan.period_start))
        if plan.period_end:
            period = (translate("ChartPages", "%1 to %2")
                      .replace("%1", fmt_date_of(plan.period_start))
                      .replace("%2", fmt_date_of(plan.period_end)))
    status = words(plan.status) if plan.status else ""
    head = tree_row([Cell(plan.title, plan.description or plan.title,
                          translate("ChartPages", "Care plan: %1").replace("%1", plan.title)),
                     Cell(status) if status else BLANK, BLANK,
                     Cell(period) if period else BLANK], id=plan.id, item=plan, group=True)
    columns = len(CARE_HEADERS)
    if plan.description:
        head[0].appendRow(tree_row([cell(translate("ChartPages", "About: %1").replace(
            "%1", plan.description)), BLANK, BLANK, BLANK]))
    if plan.addresses:
        text = translate("ChartPages", "Addresses: %1").replace("%1", "; ".join(plan.addresses))
        head[0].appendRow(tree_row([cell(text), BLANK, BLANK, BLANK]))
    goals = group_row(translate("ChartPages", "Goals (%1)").replace("%1", str(len(plan.goals))),
                      columns)
    for g in plan.goals:
        achievement = (words(g.achievement_status, feminine=True) if g.achievement_status
                       else "")
        status = achievement or words(g.lifecycle_status or "", feminine=True)
        worsening = g.achievement_status in ("worsening", "not-achieving", "no-progress")
        goals[0].appendRow(tree_row([
            cell(g.description,
                 accessible=translate("ChartPages", "Goal: %1").replace("%1", g.description)),
            cell(status, bold=worsening, icon="warning" if worsening else None),
            cell(g.target), cell(fmt_day(g.due_date) if g.due_date else ""),
        ], id=g.id, item=g))
    if not plan.goals:
        goals[0].appendRow(tree_row([cell(translate("ChartPages", "No goals recorded for this "
                                                    "plan")), BLANK, BLANK, BLANK]))
    head[0].appendRow(goals)
    if plan.activities:
        acts = group_row(translate("ChartPages", "Activities (%1)").replace(
            "%1", str(len(plan.activities))), columns)
        for text, act_status in plan.activities:
            acts[0].appendRow(tree_row([cell(text), cell(words(act_status) if act_status
                                                          else ""), BLANK, BLANK]))
        head[0].appendRow(acts)
    return head


class CarePlanPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        tree = QTreeView()
        setup_tree(tree, translate("ChartPages", "Care plans and goals"))
        super().__init__(translate("ChartWidget", "Care plan and goals"),
                         translate("ChartPages", "No care plan or goals recorded"), tree, parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(_labels(CARE_HEADERS))
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
REFERRAL_HEADERS = [(QT_TRANSLATE_NOOP("ChartPages", "Referred to"),
                     QT_TRANSLATE_NOOP("ChartPages", "The clinician or service")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Reason"),
                     QT_TRANSLATE_NOOP("ChartPages", "Why")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Status"),
                     QT_TRANSLATE_NOOP("ChartPages", "Where the referral stands")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Priority"),
                     QT_TRANSLATE_NOOP("ChartPages", "Routine or urgent")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Sent"),
                     QT_TRANSLATE_NOOP("ChartPages", "When it was sent")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Appointment"),
                     QT_TRANSLATE_NOOP("ChartPages", "Scheduled for, or seen on")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Report"),
                     QT_TRANSLATE_NOOP("ChartPages", "When the report came back")),
                    (QT_TRANSLATE_NOOP("ChartPages", "Closed"),
                     QT_TRANSLATE_NOOP("ChartPages", "When the loop was closed"))]


def _referral_row(r: ReferralItem) -> Row:
    to = r.to_name + (f" ({r.to_specialty})" if r.to_specialty else "")
    if r.to_phone:
        tip = f"{to}\n" + translate("ChartPages", "Phone %1").replace("%1", r.to_phone)
    else:
        tip = to
    needs_review = r.status == "report_received"
    status = words(r.status, feminine=True)
    if needs_review:
        status = translate("ChartPages", "Report received — to review")
    appointment = (translate("ChartPages", "Seen %1").replace("%1", fmt_date_of(r.seen_at))
                   if r.seen_at else
                   translate("ChartPages", "Booked %1").replace("%1", fmt_date_of(r.scheduled_for))
                   if r.scheduled_for else "")
    urgent = r.priority in ("urgent", "stat")
    return Row((
        cell(to, tip + (f"\n{r.notes}" if r.notes else "")),
        cell(r.reason),
        cell(status, bold=needs_review, icon="information" if needs_review else None),
        cell(words(r.priority), bold=urgent),
        cell(fmt_date_of(r.sent_at) if r.sent_at else translate("ChartPages", "Not sent")),
        cell(appointment),
        cell(fmt_date_of(r.report_received_at) if r.report_received_at else ""),
        cell(fmt_date_of(r.closed_at) if r.closed_at else ""),
    ), id=r.id, item=r)


class ReferralsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, translate("ChartWidget", "Referrals"),
                    translate("ChartPages", "Open referrals first"))
        super().__init__(translate("ChartWidget", "Referrals"),
                         translate("ChartPages", "No referrals recorded"), table, parent)
        self.model = RowsModel(_headers(REFERRAL_HEADERS), self)
        table.setModel(self.model)
        # The referral loop (app.views.coordination.referrals): shown instead of the list above
        # once the window gives the chart the store (set_services).
        from app.views.coordination.referrals import ReferralLoopPanel

        self.loop = ReferralLoopPanel(self)
        self.loop.hide()
        self.layout_.addWidget(self.loop, 1)
        self.sig_data_changed = self.loop.sig_data_changed

    def set_services(self, store: object, runner: object) -> None:
        self.list.hide()
        self.caption.hide()
        self.loop.show()
        self.loop.set_services(store, runner)

    def set_chart(self, chart: Chart) -> None:
        self.loop.set_patient(chart.patient_id)
        self.model.set_rows([_referral_row(r) for r in chart.referrals])
        self.list.refresh()
        n_open = sum(r.is_open for r in chart.referrals)
        self.set_caption(count(n_open, translate("ChartPages", "%1 open referral, listed first."),
                               translate("ChartPages", "%1 open referrals, listed first."))
                         if chart.referrals and not self.loop.bound else "")
        fit_columns(self.view, 1, caps={0: 36})


# -- Tasks ----------------------------------------------------------------------------------------
TASK_HEADERS = [(QT_TRANSLATE_NOOP("ChartPages", "Done"),
                 QT_TRANSLATE_NOOP("ChartPages", "Tick when done (Space)")),
                (QT_TRANSLATE_NOOP("ChartPages", "Task"),
                 QT_TRANSLATE_NOOP("ChartPages", "What to do")),
                (QT_TRANSLATE_NOOP("ChartPages", "Status"),
                 QT_TRANSLATE_NOOP("ChartPages", "Open, in progress, done or cancelled")),
                (QT_TRANSLATE_NOOP("ChartPages", "Priority"),
                 QT_TRANSLATE_NOOP("ChartPages", "Routine, urgent or stat")),
                (QT_TRANSLATE_NOOP("ChartPages", "Due"),
                 QT_TRANSLATE_NOOP("ChartPages", "When it is due (local time)")),
                (QT_TRANSLATE_NOOP("ChartPages", "Completed"),
                 QT_TRANSLATE_NOOP("ChartPages", "When it was done")),
                (QT_TRANSLATE_NOOP("ChartPages", "From"),
                 QT_TRANSLATE_NOOP("ChartPages", "What created the task"))]


def _task_row(t: TaskItem, today: dt.date) -> Row:
    due = ""
    if t.due_at:
        local = to_local(t.due_at)
        assert local is not None
        due = f"{fmt_datetime(t.due_at)} ({relative_day(local.date(), today)})"
        if t.overdue:
            due = translate("ChartPages", "Overdue: %1").replace("%1", due)
    urgent = t.priority in ("urgent", "stat")
    done = t.status == "done"
    return Row((
        Cell("", translate("ChartPages", "Tick when done"),
             translate("ChartWords", "Done") if done else translate("ChartWords", "Not done"),
             check=done),
        cell(task_title(t.title, t.origin), task_title(t.title, t.origin)
             + (f"\n{t.description}" if t.description else ""), bold=t.is_open),
        cell(words(t.status, feminine=True)),
        cell(words(t.priority), bold=urgent, icon="warning" if urgent and t.is_open else None),
        cell(due, bold=t.overdue, icon="warning" if t.overdue else None),
        cell(fmt_date_of(t.completed_at) if t.completed_at else ""),
        cell(words(t.origin) if t.origin else ""),
    ), id=t.id, item=t, highlight=t.overdue)


class TasksPage(_Page):
    sig_task_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        table = CheckTableView()
        setup_table(table, translate("ChartWidget", "Tasks"),
                    translate("ChartPages", "Open tasks first, overdue at the top. Space ticks the "
                              "selected task done or not done"))
        super().__init__(translate("ChartWidget", "Tasks"),
                         translate("ChartPages", "No tasks for this patient"), table, parent)
        self.model = RowsModel(_headers(TASK_HEADERS), self)
        table.setModel(self.model)
        self.model.sig_check_toggled.connect(self._toggled)
        self._today = dt.date.today()
        bar = QHBoxLayout()
        self.toggle_button = QPushButton(translate("ChartPages", "Mar&k done"), self)
        self.toggle_button.setAccessibleName(
            translate("ChartPages", "Mark the selected task done or not done"))
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
        self.set_caption(
            translate("ChartPages", "%1, %2 overdue. Tick a task (or press Space) to mark it "
                      "done.").replace("%1", open_tasks_text(n_open)).replace("%2", str(n_over))
            if chart.tasks else "")
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
        self.toggle_button.setText(translate("ChartPages", "Mar&k not done") if done
                                   else translate("ChartPages", "Mar&k done"))

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
NOTE_HEADERS = [QT_TRANSLATE_NOOP("ChartPages", "Visit"),
                QT_TRANSLATE_NOOP("ChartPages", "Note"),
                QT_TRANSLATE_NOOP("ChartPages", "Status"),
                QT_TRANSLATE_NOOP("ChartPages", "Author"),
                QT_TRANSLATE_NOOP("ChartPages", "Signed"),
                QT_TRANSLATE_NOOP("ChartPages", "Beginning")]


def _note_cells(n: NoteItem) -> list[Cell]:
    kind = _t(TEMPLATE_WORDS[n.template]) if n.template in TEMPLATE_WORDS else words(n.template)
    if n.is_addendum:
        kind = (translate("ChartPages", "Addendum to %1").replace("%1", kind.lower())
                if n.template else translate("ChartPages", "Addendum"))
    status = (translate("ChartPages", "Draft — not signed") if n.is_draft
              else translate("ChartPages", "Signed"))
    return [
        cell(fmt_datetime(n.visit_at) if n.visit_at else ""),
        cell(kind),
        cell(status, bold=n.is_draft, icon="draft" if n.is_draft else "done"),
        cell(n.author),
        cell(fmt_datetime(n.signed_at) + (translate("ChartPages", " by %1").replace(
            "%1", n.signed_by) if n.signed_by
                                          and n.signed_by != n.author else "")
             if n.signed_at else ""),
        cell(n.preview),
    ]


class NotesPage(_Page):
    sig_open_note = Signal(str)
    sig_new_note = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        tree = QTreeView()
        setup_tree(tree, translate("ChartPages", "Visit notes"),
                   translate("ChartPages", "Drafts first, then signed notes, newest first; "
                             "addenda under the note they amend. Enter opens the selected note"))
        tree.setExpandsOnDoubleClick(False)
        super().__init__(translate("ChartWidget", "Notes"),
                         translate("ChartPages", "No visit notes yet"), tree, parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(_labels(NOTE_HEADERS))
        tree.setModel(self.model)
        tree.activated.connect(self._activated)
        bar = QHBoxLayout()
        self.new_button = QPushButton(translate("ChartPages", "Ne&w note…"), self)
        self.new_button.setAccessibleName(translate("ChartPages", "New visit note"))
        self.new_button.clicked.connect(self.sig_new_note)
        self.open_button = QPushButton(translate("ChartPages", "Open note"), self)
        self.open_button.setAccessibleName(translate("ChartPages", "Open the selected note"))
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
        self.set_caption(
            translate("ChartPages", "%1, %2 not signed yet.")
            .replace("%1", count(len(chart.all_notes), translate("ChartPages", "%1 note"),
                                 translate("ChartPages", "%1 notes")))
            .replace("%2", count(drafts, translate("ChartPages", "%1 draft"),
                                 translate("ChartPages", "%1 drafts")))
            if chart.notes else "")
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
def screening_headers() -> list[tuple[str, str]]:
    return [(translate("ChartPages", "Screened"), translate("ChartPages", "When (local time)")),
            (translate("ChartPages", "Instrument"), translate("ChartPages", "Screening tool"))] + [
        (words(d), translate("ChartPages", "%1 need").replace("%1", words(d)))
        for d in SCREENING_DOMAINS] + [
        (translate("ChartPages", "Score"), translate("ChartPages", "Number of positive domains")),
        (translate("ChartPages", "Positive answers"),
         translate("ChartPages", "The answers that screened positive"))]


SCREENING_COLUMNS = 4 + len(SCREENING_DOMAINS)


def _screening_row(s: ScreeningItem) -> Row:
    cells = [cell(fmt_date_of(s.screened_at)), cell(s.instrument)]
    for d in SCREENING_DOMAINS:
        answer = s.answers.get(d) or "unknown"
        text = _t(SCREENING_WORDS[answer]) if answer in SCREENING_WORDS else words(answer)
        positive = answer == "positive"
        tip = f"{words(d)}: {text}"
        if s.positive_answers.get(d):
            tip += "\n" + translate("ChartPages", "Answers: %1").replace(
                "%1", "; ".join(s.positive_answers[d]))
        cells.append(cell(text, tip, f"{words(d)}: {text}", bold=positive,
                          icon="warning" if positive else None))
    cells.append(cell(str(s.score) if s.score is not None else ""))
    answers = "; ".join(f"{words(d)}: {', '.join(a)}" for d, a in s.positive_answers.items())
    cells.append(cell(answers) if answers else BLANK)
    return Row(tuple(cells), id=s.id, item=s)


class SocialNeedsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, translate("ChartPages", "Social-needs screenings"),
                    translate("ChartPages", "Newest first; positive domains in bold with a "
                              "warning icon"))
        super().__init__(translate("ChartWidget", "Social needs"),
                         translate("ChartPages", "No social-needs screening recorded"), table,
                         parent)
        self.model = RowsModel(screening_headers(), self)
        table.setModel(self.model)

    def set_chart(self, chart: Chart) -> None:
        self.model.set_rows([_screening_row(s) for s in chart.screenings])
        self.list.refresh()
        if chart.screenings:
            latest = chart.screenings[0]
            when = fmt_date_of(latest.screened_at)
            if latest.positives:
                found = ", ".join(words(d).lower() for d in latest.positives)
                self.set_caption(
                    translate("ChartPages", "Latest screening (%1, %2): positive for %3.")
                    .replace("%1", latest.instrument).replace("%2", when).replace("%3", found))
            else:
                self.set_caption(
                    translate("ChartPages", "Latest screening (%1, %2): no positive domain.")
                    .replace("%1", latest.instrument).replace("%2", when))
        else:
            self.set_caption("")
        fit_columns(self.view, SCREENING_COLUMNS - 1)


# -- Communication log ----------------------------------------------------------------------------
COMM_HEADERS = [(QT_TRANSLATE_NOOP("ChartPages", "When"),
                 QT_TRANSLATE_NOOP("ChartPages", "Local time")),
                (QT_TRANSLATE_NOOP("ChartPages", "Direction"),
                 QT_TRANSLATE_NOOP("ChartPages", "Incoming or outgoing")),
                (QT_TRANSLATE_NOOP("ChartPages", "Channel"),
                 QT_TRANSLATE_NOOP("ChartPages", "Phone, message, fax…")),
                (QT_TRANSLATE_NOOP("ChartPages", "With"),
                 QT_TRANSLATE_NOOP("ChartPages", "Who, and their role")),
                (QT_TRANSLATE_NOOP("ChartPages", "Summary"),
                 QT_TRANSLATE_NOOP("ChartPages", "What was said")),
                (QT_TRANSLATE_NOOP("ChartPages", "Outcome"),
                 QT_TRANSLATE_NOOP("ChartPages", "What came of it"))]
SBAR_PARTS = (("situation", QT_TRANSLATE_NOOP("ChartPages", "Situation")),
              ("background", QT_TRANSLATE_NOOP("ChartPages", "Background")),
              ("assessment", QT_TRANSLATE_NOOP("ChartPages", "Assessment")),
              ("recommendation", QT_TRANSLATE_NOOP("ChartPages", "Recommendation")))


def _comm_row(c: CommunicationItem) -> Row:
    who = c.party_name or ""
    if c.party_role:
        who = f"{who} ({c.party_role})" if who else c.party_role
    direction = {"incoming": translate("ChartPages", "Incoming ←"),
                 "outgoing": translate("ChartPages", "Outgoing →")}.get(
        c.direction, words(c.direction))
    summary = c.summary
    if c.sbar:
        summary = translate("ChartPages", "SBAR handoff: %1").replace("%1", summary)
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
    with_ = translate("ChartPages", ", with %1").replace("%1", who) if who else ""
    # "Outgoing phone, with …" ("Saliente por teléfono, con …").
    how = (translate("ChartPages", "%1 %2", "direction and channel: Outgoing phone")
           .replace("%1", words(c.direction))
           .replace("%2", words(c.channel).lower() if c.channel else ""))
    parts = [f"<p><b>{escape(fmt_datetime(c.occurred_at))}</b> — {escape(how)}{with_}</p>",
             f"<p>{escape(c.summary)}</p>"]
    if c.outcome:
        outcome = translate("ChartPages", "Outcome:")
        parts.append(f"<p><b>{escape(outcome)}</b> {escape(c.outcome)}</p>")
    if c.sbar:
        for key, title in SBAR_PARTS:
            if c.sbar.get(key):
                parts.append(f"<p><b>{escape(_t(title))}:</b> {escape(c.sbar[key])}</p>")
    return "".join(parts)


class CommunicationPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        table = QTableView()
        setup_table(table, translate("ChartWidget", "Communication log"),
                    translate("ChartPages", "Newest first; choose an entry to read it in full "
                              "below"))
        super().__init__(translate("ChartWidget", "Communication log"),
                         translate("ChartPages", "No calls, messages or handoffs recorded"), table,
                         parent)
        self.model = RowsModel(_headers(COMM_HEADERS), self)
        table.setModel(self.model)
        # The list above, the chosen entry in full below (SBAR handoffs are long).
        self.layout_.removeWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        box = QWidget(self.splitter)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        self.details_label = QLabel(translate("ChartPages", "&Details"), box)
        self.details = QTextBrowser(box)
        self.details.setAccessibleName(translate("ChartPages", "Communication details"))
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
        # Log call or message…, SBAR handoff… (app.views.coordination.communication): shown
        # once the window gives the chart the store (set_services).
        from app.views.coordination.communication import CommunicationActions

        self.actions_bar = CommunicationActions(self)
        self.layout_.addWidget(self.actions_bar)
        self.sig_data_changed = self.actions_bar.sig_data_changed

    def set_services(self, store: object, runner: object) -> None:
        self.actions_bar.set_services(store, runner)

    def set_chart(self, chart: Chart) -> None:
        self.actions_bar.set_patient(chart.patient_id)
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
