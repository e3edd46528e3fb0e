"""The patient chart widget: a persistent header band (identity, contacts, code status, risk,
PCP and the allergy banner, always visible) over a QTabWidget with one tab per part of the
chart.

Pure display: :meth:`ChartWidget.set_chart` shows a :class:`~app.chart.service.Chart` loaded
elsewhere (through the Runner, off the GUI thread); nothing here touches the store. What the
nurse asks for goes out as signals for the main window to act on:

- ``sig_open_note(note_id)``: open a visit note (Enter or double-click on the Notes tab);
- ``sig_new_note()``: start a new visit note;
- ``sig_reconcile()``: start (or resume) the medication reconciliation worksheet;
- ``sig_handouts()``: open the Handouts dialog ("Handouts…", at the right of the tab bar);
- ``sig_task_toggled(task_id, done)``: a task was ticked done or not done. The tick shows at
  once; save it, then call ``set_chart`` again with the reloaded chart (also to undo a failed
  save).

Keyboard: Ctrl+PgDown / Ctrl+PgUp go to the next / previous tab, Alt+1 … Alt+9 and Alt+0 to
tabs 1-10, and every tab has a mnemonic (Alt + the underlined letter: S, P, M, V, U, L, R, T,
N, O, C, D, I; E, F and H are left to the main window's menus); Alt+A opens the Handouts dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.chart.service import Chart
from app.views.chart.header import ChartHeader
from app.views.chart.pages import (
    CarePlanPage,
    CommunicationPage,
    EncountersPage,
    MedicationsPage,
    NotesPage,
    ProblemsPage,
    ReferralsPage,
    SocialNeedsPage,
    SummaryPage,
    TasksPage,
)
from app.views.chart.trends import TrendsPage

# (key, tab text with its mnemonic, accessible name), in English; shown translated
# (context "ChartWidget").
TABS: tuple[tuple[str, str, str], ...] = (
    ("summary", QT_TRANSLATE_NOOP("ChartWidget", "&Summary"),
     QT_TRANSLATE_NOOP("ChartWidget", "Summary")),
    ("problems", QT_TRANSLATE_NOOP("ChartWidget", "&Problems"),
     QT_TRANSLATE_NOOP("ChartWidget", "Problems")),
    ("medications", QT_TRANSLATE_NOOP("ChartWidget", "&Medications"),
     QT_TRANSLATE_NOOP("ChartWidget", "Medications")),
    ("vitals", QT_TRANSLATE_NOOP("ChartWidget", "&Vitals && labs"),
     QT_TRANSLATE_NOOP("ChartWidget", "Vitals and labs")),
    ("encounters", QT_TRANSLATE_NOOP("ChartWidget", "Enco&unters"),
     QT_TRANSLATE_NOOP("ChartWidget", "Encounters")),
    ("care_plan", QT_TRANSLATE_NOOP("ChartWidget", "Care p&lan && goals"),
     QT_TRANSLATE_NOOP("ChartWidget", "Care plan and goals")),
    ("referrals", QT_TRANSLATE_NOOP("ChartWidget", "&Referrals"),
     QT_TRANSLATE_NOOP("ChartWidget", "Referrals")),
    ("tasks", QT_TRANSLATE_NOOP("ChartWidget", "&Tasks"),
     QT_TRANSLATE_NOOP("ChartWidget", "Tasks")),
    ("notes", QT_TRANSLATE_NOOP("ChartWidget", "&Notes"),
     QT_TRANSLATE_NOOP("ChartWidget", "Notes")),
    ("social", QT_TRANSLATE_NOOP("ChartWidget", "S&ocial needs"),
     QT_TRANSLATE_NOOP("ChartWidget", "Social needs")),
    ("communication", QT_TRANSLATE_NOOP("ChartWidget", "&Communication log"),
     QT_TRANSLATE_NOOP("ChartWidget", "Communication log")),
    ("results", QT_TRANSLATE_NOOP("ChartWidget", "Tracke&d results"),
     QT_TRANSLATE_NOOP("ChartWidget", "Tracked results")),
    ("monitoring", QT_TRANSLATE_NOOP("ChartWidget", "Mon&itoring"),
     QT_TRANSLATE_NOOP("ChartWidget", "Monitoring")),
)
TAB_KEYS = tuple(key for key, _text, _name in TABS)


class ChartWidget(QWidget):
    """One patient's chart. Build it once, then :meth:`set_chart` for each chart shown."""

    sig_open_note = Signal(str)
    sig_new_note = Signal()
    sig_reconcile = Signal()
    sig_handouts = Signal()
    sig_task_toggled = Signal(str, bool)
    sig_data_changed = Signal()  # a page wrote to the store (referrals, results, log)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self._services: tuple[Any, Any] | None = None
        self._rebuilding = False
        self.setAccessibleName(self.tr("Patient chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        self.header = ChartHeader(self)
        layout.addWidget(self.header)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)

        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        layout.addWidget(self.tabs, 1)
        self.handouts_button = QPushButton(self.tabs)
        self.tabs.setCornerWidget(self.handouts_button, Qt.Corner.TopRightCorner)
        self._retranslate()

        # Signals out.
        self.handouts_button.clicked.connect(self.sig_handouts)

        # Keyboard: next/previous tab and Alt+digit, wherever the focus is in the chart.
        self._shortcuts: list[QShortcut] = []
        self._shortcut("Ctrl+PgDown", lambda: self.step_tab(1))
        self._shortcut("Ctrl+PgUp", lambda: self.step_tab(-1))
        for i in range(min(10, len(TABS))):
            number = "0" if i == 9 else str(i + 1)
            self._shortcut(f"Alt+{number}", lambda i=i: self.show_tab_index(i))

        # Tab order: the header's texts, the tab bar, then the page.
        chain = [*self.header.focus_chain(), self.tabs.tabBar(), self.handouts_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _build_pages(self) -> None:
        """One page per tab, their texts in the language installed now (built again, in
        place, when the language changes)."""
        current = self.tabs.currentIndex()
        old = list(self.pages.values())
        self.summary = SummaryPage()
        self.problems = ProblemsPage()
        self.medications = MedicationsPage()
        self.vitals = TrendsPage()
        self.encounters = EncountersPage()
        self.care_plan = CarePlanPage()
        self.referrals = ReferralsPage()
        self.task_list = TasksPage()
        self.notes = NotesPage()
        self.social = SocialNeedsPage()
        self.communication = CommunicationPage()
        from app.views.coordination.monitoring import MonitoringPage  # not at start-up
        from app.views.coordination.results import ResultsPanel

        self.results = ResultsPanel()
        self.monitoring = MonitoringPage()  # remote readings, care time, survey
        self.pages = {
            "summary": self.summary, "problems": self.problems,
            "medications": self.medications, "vitals": self.vitals,
            "encounters": self.encounters, "care_plan": self.care_plan,
            "referrals": self.referrals, "tasks": self.task_list, "notes": self.notes,
            "social": self.social, "communication": self.communication,
            "results": self.results,
            "monitoring": self.monitoring,
        }
        self.tabs.blockSignals(True)
        try:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for page in old:
                page.deleteLater()
            for key, _text, _name in TABS:
                self.tabs.addTab(self.pages[key], "")
            if current >= 0:
                self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        # Signals out.
        self.notes.sig_open_note.connect(self.sig_open_note)
        self.notes.sig_new_note.connect(self.sig_new_note)
        self.medications.sig_reconcile.connect(self.sig_reconcile)
        self.task_list.sig_task_toggled.connect(self.sig_task_toggled)
        self._bind_services()

    def set_services(self, store: Any, runner: Any) -> None:
        """Give the pages that act on the store (the referral loop, tracked results, the
        communication log's buttons) the store and the Runner; they then say
        ``sig_data_changed`` after each write."""
        self._services = (store, runner)
        self._bind_services()

    def _bind_services(self) -> None:
        if getattr(self, "_services", None) is None:
            return
        for page in self.pages.values():
            bind = getattr(page, "set_services", None)
            if bind is not None:
                bind(*self._services)
            changed = getattr(page, "sig_data_changed", None)
            if changed is not None:
                changed.connect(self.sig_data_changed)

    def _retranslate(self) -> None:
        """The tabs' and the button's texts, in the language now installed."""
        self.tabs.setAccessibleName(self.tr("Chart sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Chart sections"))
        for i, (key, text, name) in enumerate(TABS):
            name = self.tr(name)
            self.pages[key].setAccessibleName(name)
            self.tabs.setTabText(i, self.tr(text))
            self.tabs.tabBar().setAccessibleTabName(i, name)
            number = "0" if i == 9 else str(i + 1)
            tip = f"{name} (Alt+{number})" if i < 10 else name
            self.tabs.setTabToolTip(i, tip)
        self.handouts_button.setText(self.tr("H&andouts…"))
        self.handouts_button.setAccessibleName(self.tr("Handouts"))
        self.handouts_button.setToolTip(self.tr(
            "Preview, print or save handouts for this patient: the medicine schedule, topics, "
            "visit and med rec summaries (Alt+A)"))

    def _shortcut(self, keys: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    # -- tabs -------------------------------------------------------------------------------------
    def step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.show_tab_index((self.tabs.currentIndex() + step) % count)

    def show_tab_index(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def show_tab(self, key: str) -> None:
        self.show_tab_index(TAB_KEYS.index(key))

    @property
    def current_tab(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "handouts_button") \
                and not getattr(self, "_rebuilding", True):
            # Every text of the pages, in the new language: build them again, show the chart.
            self._rebuilding = True
            try:
                self._build_pages()
                self._retranslate()
                self.header.retranslate()
                if self._chart is not None:
                    self.set_chart(self._chart)
                else:
                    self.header.clear()
            finally:
                self._rebuilding = False
            return
        # The system switched between light and dark: cells and the chart take their colours
        # from the palette when they are built, so build them again.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and getattr(self, "_chart", None) is not None \
                and not getattr(self, "_rebuilding", True):
            self._rebuilding = True
            try:
                self.set_chart(self._chart)  # type: ignore[arg-type]
            finally:
                self._rebuilding = False

    # -- data in ----------------------------------------------------------------------------------
    @property
    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart) -> None:
        """Show ``chart`` (pure display; the tab shown stays the same)."""
        self._chart = chart
        self.header.set_header(chart.header)
        self.setAccessibleName(self.tr("Chart of %1").replace("%1", chart.header.name or ""))
        self.summary.set_chart(chart)
        self.problems.set_chart(chart)
        self.medications.set_chart(chart)
        self.vitals.set_measures(chart.measures, chart.goals)
        self.encounters.set_chart(chart)
        self.care_plan.set_chart(chart)
        self.referrals.set_chart(chart)
        self.task_list.set_chart(chart)
        self.notes.set_chart(chart)
        self.social.set_chart(chart)
        self.communication.set_chart(chart)
        self.results.set_chart(chart)
        self.monitoring.set_chart(chart)
