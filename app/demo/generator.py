"""The demo data generator's public entry points (what the app and the benchmark import).

- :func:`build_demo_panel`: a living synthetic panel for a newcomer, written through the ORM
  (audited), deterministic for a seed;
- :func:`bulk_generate_panel`: thousands of synthetic patients in seconds, for benchmarks.
"""

from app.demo.bulk import bulk_generate_panel
from app.demo.panel import DemoSummary, build_demo_panel

__all__ = ["DemoSummary", "build_demo_panel", "bulk_generate_panel"]
