"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from typing import Any


def median_ms(fn: Any, runs: int) -> float:
    """The median wall time of ``runs`` calls of ``fn``, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)
