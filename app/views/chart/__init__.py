"""The patient chart view (:class:`ChartWidget`); the data comes from :mod:`app.chart.service`."""

from app.views.chart.widget import TAB_KEYS, TABS, ChartWidget

__all__ = ["TABS", "TAB_KEYS", "ChartWidget"]
