"""Metrics benchmark (run by ``python -m bench``; ``--only metrics``).

``metrics_5000``: :func:`app.coordination.metrics.compute_metrics` over the default period (the
last 12 months) on an encrypted store of 5,000 bulk patients with their coordination rows
(readmissions, transitions, referrals, care-plan reviews, satisfaction surveys; see
:mod:`app.demo.bulk_coord`), with and without the care-gap closure rate (the whole panel's
rules as of the period's start and end, from one read: :func:`evaluate_panel_at`), and the
dashboard's charts (:func:`monthly_trends`, 12 months, with and without the care-gap series,
which needs the rules at each of the 13 month boundaries, again from one read). Baselines
measured in the same run, on the same open store, interleaved with the measured work (the
machines are shared and noisy): the panel summary query (:func:`app.panel.service.load_panel`,
what the panel opens with) and a bare ``SELECT COUNT(*) FROM encounters``. Medians, in ms;
``ratio`` = all figures / panel summary; ``trends_ratio`` = 12-month trends / panel summary
(measured beside the trends).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _interleaved(jobs: dict[str, Callable[[], Any]], runs: int) -> dict[str, float]:
    """The median ms of each job, the jobs taking turns so load drift hits them alike."""
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, fn in jobs.items():
            t0 = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t0) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def bench_metrics(repeat: int, patients: int = 5000) -> dict[str, Any]:
    from sqlalchemy import text

    from app.coordination import metrics as M
    from app.demo.generator import bulk_generate_panel
    from app.panel.service import load_panel
    from bench.__main__ import encrypted_store

    runs = max(5, repeat)
    with tempfile.TemporaryDirectory() as tmp:
        store = encrypted_store(Path(tmp) / "store")
        try:
            bulk_generate_panel(store, patients=patients, seed=5, coordination=True)
            first, last = M.default_period()
            with store.session() as s:
                report = M.compute_metrics(s, first, last)  # warms the page cache too
                ms = _interleaved({
                    "metrics": lambda: M.compute_metrics(s, first, last),
                    "metrics_no_gaps": lambda: M.compute_metrics(s, first, last,
                                                                 care_gaps=False),
                    "panel": lambda: load_panel(s),
                    "count": lambda: s.execute(text("SELECT COUNT(*) FROM encounters")).scalar(),
                }, runs)
                trends = _interleaved({
                    "trends": lambda: M.monthly_trends(s, first, last),
                    "trends_no_gaps": lambda: M.monthly_trends(s, first, last, care_gaps=False),
                    "panel": lambda: load_panel(s),
                }, max(3, repeat))
        finally:
            store.close()
    return {
        "name": "metrics_5000", "patients": patients,
        "period": [first.isoformat(), last.isoformat()],
        "metrics_ms": round(ms["metrics"], 1),
        "metrics_without_care_gaps_ms": round(ms["metrics_no_gaps"], 1),
        "monthly_trends_12_months_ms": round(trends["trends"], 1),
        "monthly_trends_without_care_gaps_ms": round(trends["trends_no_gaps"], 1),
        "baseline_panel_summary_ms": round(ms["panel"], 1),
        "baseline_count_encounters_ms": round(ms["count"], 3),
        "ratio": round(ms["metrics"] / ms["panel"], 2),
        "ratio_without_care_gaps": round(ms["metrics_no_gaps"] / ms["panel"], 2),
        "baseline_panel_summary_beside_trends_ms": round(trends["panel"], 1),
        "trends_ratio": round(trends["trends"] / trends["panel"], 2),
        "trends_ratio_without_care_gaps": round(trends["trends_no_gaps"] / trends["panel"], 2),
        "figures": report.values(), "runs": runs,
    }
