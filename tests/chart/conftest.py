"""Fixtures for the chart service tests: one shared store (read-only for the tests)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.chart.helpers import ChartStore, make_chart_store


@pytest.fixture(scope="module")
def chart_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChartStore]:
    made = make_chart_store(tmp_path_factory.mktemp("chart") / "store")
    yield made
    made.store.close()
