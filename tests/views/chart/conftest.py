"""Fixtures for the chart widget tests: the chart store (tests/chart/helpers.py), charts
loaded from it, and a shown ChartWidget."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.chart.helpers import ChartStore, make_chart_store


@pytest.fixture(scope="session")
def chart_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChartStore]:
    made = make_chart_store(tmp_path_factory.mktemp("chart-views") / "store")
    yield made
    made.store.close()


@pytest.fixture
def load(chart_store: ChartStore) -> Callable[[str], Any]:
    from app.chart.service import load_chart

    def _load(patient_id: str) -> Any:
        with chart_store.store.session() as s:
            return load_chart(s, patient_id)

    return _load


@pytest.fixture
def make_widget(qtbot: Any) -> Callable[..., Any]:
    """``make_widget(chart)``: a shown, active ChartWidget (1280 x 800) showing ``chart``."""
    from app.views.chart import ChartWidget

    def make(chart: Any = None, size: tuple[int, int] = (1280, 800)) -> ChartWidget:
        widget = ChartWidget()
        qtbot.addWidget(widget)
        widget.resize(*size)
        if chart is not None:
            widget.set_chart(chart)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: widget.isActiveWindow(), timeout=2000)
        return widget

    return make
