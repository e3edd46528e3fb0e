"""Puts the care-plan, care-gap and social-needs sections into an open chart.

The chart widget is pure display (no store); these sections need the store and the Runner,
so the main window installs them into each chart it opens::

    install_chart_coordination(chart, store, runner, patient_id, on_changed=...)

- "Care plan & goals" tab: goals with targets and latest values, "Record review…",
  "Print plan…" (above the plans' tree), and the patient's "Care gaps" (below it);
- "Social needs" tab: "New screening…" and the community-referral offer (above the list).

The sections load when their tab is shown and after every change they make; ``on_changed``
is called after a change so the main window can reload the chart (tasks, referrals...).
When the chart rebuilds its pages (a language change), the sections move to the new pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from app.views.background import Runner
from app.views.coordination.care_gaps import PatientGapsPanel
from app.views.coordination.care_plans import CarePlanPanel
from app.views.coordination.social_needs import SocialNeedsPanel

__all__ = ["ChartCoordination", "install_chart_coordination"]


class ChartCoordination(QObject):
    def __init__(self, chart: QWidget, store: Any, runner: Runner, patient_id: str, *,
                 on_changed: Callable[[], None] | None = None,
                 care_team: tuple[str | None, str | None] = (None, None)) -> None:
        super().__init__(chart)
        self.chart = chart
        self.on_changed = on_changed
        self.plan = CarePlanPanel(store, runner, patient_id, care_team=care_team)
        self.gaps = PatientGapsPanel(store, runner, patient_id)
        self.social = SocialNeedsPanel(store, runner, patient_id)
        for panel in (self.plan, self.gaps, self.social):
            panel.sig_changed.connect(self._changed)
        self.splitter: QSplitter | None = None
        self._pages: tuple[Any, Any] | None = None
        self._loaded = False
        self._install()
        chart.installEventFilter(self)
        chart.tabs.currentChanged.connect(self._tab_changed)

    # -- placing the sections ----------------------------------------------------------------
    def _install(self) -> None:
        chart = self.chart
        care_page, social_page = chart.care_plan, chart.social
        if self._pages == (care_page, social_page):
            return
        splitter = QSplitter(Qt.Orientation.Vertical, care_page)
        splitter.setChildrenCollapsible(False)
        layout = care_page.layout_
        layout.removeWidget(care_page.list)
        splitter.addWidget(self.plan)
        splitter.addWidget(care_page.list)
        splitter.addWidget(self.gaps)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        social_page.layout_.insertWidget(0, self.social)
        self._pages = (care_page, social_page)

    def _detach(self) -> None:
        """Before the chart deletes its pages: keep the sections alive."""
        for panel in (self.plan, self.gaps, self.social):
            panel.setParent(None)
        self._pages = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.chart and event.type() == QEvent.Type.LanguageChange:
            self._detach()
            QTimer.singleShot(0, self._reinstall)
        return False

    def _reinstall(self) -> None:
        self._install()
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        if self.chart.current_tab in ("care_plan", "social"):
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.plan.reload()
        self.gaps.reload()
        self.social.reload()

    def _changed(self) -> None:
        # new evidence changes the goals' latest values, a review the gaps' view, and so on
        self.reload()
        if self.on_changed is not None:
            self.on_changed()


def install_chart_coordination(chart: QWidget, store: Any, runner: Runner, patient_id: str, *,
                               on_changed: Callable[[], None] | None = None,
                               care_team: tuple[str | None, str | None] = (None, None)
                               ) -> ChartCoordination:
    """Add the sections to ``chart`` (kept as ``chart.coordination``) and load them."""
    ext = ChartCoordination(chart, store, runner, patient_id, on_changed=on_changed,
                            care_team=care_team)
    chart.coordination = ext  # type: ignore[attr-defined]
    ext.reload()
    return ext
