"""Synthetic demo data: a living panel for a newcomer, and a bulk generator for benchmarks.

Everything generated is invented (names, places, clinicians; 555-01xx phone numbers). The
entry points live in :mod:`app.demo.generator`.
"""

from app.demo.generator import DemoSummary, build_demo_panel, bulk_generate_panel

__all__ = ["DemoSummary", "build_demo_panel", "bulk_generate_panel"]
