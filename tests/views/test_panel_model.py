"""The panel item model and its search/filter proxy, on plain PanelRows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.panel.service import PanelRow
from app.views.panel_model import (
    HEADER_TEXT_ROLE,
    SORT_ROLE,
    Column,
    PanelFilterProxy,
    PanelTableModel,
    SavedFilter,
    parse_date_query,
)

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 3, 10, 15, 0, tzinfo=UTC)


def _row(family: str, given: str, **kw: object) -> PanelRow:
    return PanelRow(patient_id=f"id-{family}", name=f"{family}, {given}", family_name=family,
                    given_name=given, birth_date=kw.pop("birth_date", None),
                    age=kw.pop("age", None), sex=None, mrn=kw.pop("mrn", None), language=None,
                    risk_level=kw.pop("risk_level", None), **kw)  # type: ignore[arg-type]


ROWS = [
    _row("Abbott", "Margaret", birth_date=dt.date(1948, 3, 2), age=77, mrn="M1001",
         risk_level="high", days_since_discharge=2, hours_since_discharge=48.0, last_discharge=NOW - dt.timedelta(days=2),
         open_tasks=3, overdue_tasks=1, unreconciled_meds=4, active_meds=6,
         last_visit=NOW - dt.timedelta(days=20)),
    _row("Baker", "Thomas", age=85, mrn="M1002", risk_level="low", days_since_discharge=10, hours_since_discharge=240.0,
         last_discharge=NOW - dt.timedelta(days=10), open_tasks=1,
         next_visit=NOW + dt.timedelta(days=1), days_to_next_visit=1, open_referrals=2),
    _row("Chen", "Li", age=None, mrn="M1003", risk_level="medium",
         last_visit=NOW - dt.timedelta(days=3)),
]


def _proxy(qapp) -> tuple[PanelTableModel, PanelFilterProxy]:
    model = PanelTableModel()
    model.set_rows(ROWS, today=NOW.date())
    proxy = PanelFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _names(proxy: PanelFilterProxy) -> list[str]:
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def test_display_texts_tooltips_and_accessible_text(qapp) -> None:
    model, _ = _proxy(qapp)
    assert model.columnCount() == 9
    headers = [model.headerData(c, Qt.Orientation.Horizontal, HEADER_TEXT_ROLE)
               for c in range(9)]
    assert headers == ["Name", "Age", "Key problems", "Risk", "Last visit", "Next visit",
                       "Days since discharge", "Open tasks", "Meds to reconcile"]
    abbott = [model.index(0, c).data() for c in range(9)]
    assert abbott[Column.TASKS] == "3 (1 overdue)"
    assert abbott[Column.RISK] == "High"
    assert "recent" in abbott[Column.DISCHARGE]  # words, not only a colour
    assert model.index(0, Column.DISCHARGE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, Column.NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "MRN M1001" in model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.TASKS).data(
        Qt.ItemDataRole.AccessibleTextRole) == "3 open tasks, 1 overdue"
    assert model.index(2, Column.AGE).data() == "—"
    assert model.index(0, Column.LAST_VISIT).data(SORT_ROLE) == (
        NOW - dt.timedelta(days=20)).timestamp()


def test_sorting_keeps_blanks_last_in_both_orders(qapp) -> None:
    _, proxy = _proxy(qapp)
    proxy.sort(Column.AGE, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Abbott, Margaret", "Baker, Thomas", "Chen, Li"]
    proxy.sort(Column.AGE, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Baker, Thomas", "Abbott, Margaret", "Chen, Li"]
    proxy.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Abbott, Margaret", "Chen, Li", "Baker, Thomas"]
    proxy.sort(Column.LAST_VISIT, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Chen, Li", "Abbott, Margaret", "Baker, Thomas"]
    proxy.sort(Column.TASKS, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[0] == "Abbott, Margaret"


def test_search_by_name_mrn_and_date_of_birth(qapp) -> None:
    _, proxy = _proxy(qapp)
    for text, expected in [
        ("a", ["Abbott, Margaret", "Baker, Thomas"]),
        ("abbott, marg", ["Abbott, Margaret"]),
        ("margaret abbott", ["Abbott, Margaret"]),
        ("M1003", ["Chen, Li"]),
        ("1948-03-02", ["Abbott, Margaret"]),
        ("03/02/1948", ["Abbott, Margaret"]),
        ("1948-03", ["Abbott, Margaret"]),
        ("nobody", []),
        ("", ["Abbott, Margaret", "Baker, Thomas", "Chen, Li"]),
    ]:
        proxy.set_search_text(text)
        assert sorted(_names(proxy)) == expected, text
    assert parse_date_query("03/02/1948") == dt.date(1948, 3, 2)
    assert parse_date_query("Abbott") is None


def test_saved_filters(qapp) -> None:
    _, proxy = _proxy(qapp)
    expected = {
        SavedFilter.ALL: 3,
        SavedFilter.RECENT_DISCHARGE: 1,
        SavedFilter.HIGH_RISK: 1,
        SavedFilter.OVERDUE_TASKS: 1,
        SavedFilter.TRANSITION_VISIT: 1,  # Abbott: discharged 2 days ago, last visit before
        SavedFilter.VISITS_THIS_WEEK: 1,
        SavedFilter.OPEN_REFERRALS: 1,
    }
    for saved, count in expected.items():
        proxy.set_saved_filter(saved)
        assert proxy.rowCount() == count, saved
    proxy.set_saved_filter(SavedFilter.ALL)
    proxy.set_search_text("baker")
    proxy.set_saved_filter(SavedFilter.HIGH_RISK)
    assert proxy.rowCount() == 0  # search and saved filter combine


def test_sort_keys_match_the_cells_they_sort() -> None:
    """Sorting uses keys computed without formatting; they must be the cells' own keys."""
    from app.views.panel_model import _cells, _sort_keys

    for row in ROWS:
        assert _sort_keys(row) == tuple(c.sort for c in _cells(row, NOW.date()))
