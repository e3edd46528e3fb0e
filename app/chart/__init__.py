"""The patient chart: one patient's record as plain data (:mod:`app.chart.service`)."""
