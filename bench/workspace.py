"""Desktop workspace benchmarks (run by ``python -m bench``).

- ``cold_start``: a fresh process to a usable panel of 5,000 patients (store opened with its
  keyring key, main window shown, panel rows loaded) vs a fresh process showing a bare
  PySide6 QMainWindow, in the same run. Target ratio <= 2.5.
- ``filter_keystroke``: typing a name into the panel's search field over 10,000 patients.
  Reports the filter work per keystroke (median, p95; target p95 <= 16 ms), the whole frame
  (filter + repaint), and as baseline the same repaint with nothing changed (offscreen
  software painting of a full table costs tens of ms here by itself).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 720); w.show()
app.processEvents()
print(time.time() - t0)
"""

HEARTH = r"""
import sys, time
t0 = float(sys.argv[1])
sys.path.insert(0, {root!r})
import gc
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from app.models.store import Store
from app.views.background import Runner
from app.views.main_window import MainWindow
app = QApplication([])
gc.freeze()
store = Store.open(Path({folder!r}), passphrase={passphrase!r})
runner = Runner()
window = MainWindow(store, runner, demo=False)
loop = QEventLoop()
loaded = []
window.sig_panel_loaded.connect(lambda n: (loaded.append(n), loop.quit()))
QTimer.singleShot(60_000, loop.quit)
window.resize(1200, 720)
window.show()
if not loaded:
    loop.exec()
app.processEvents()
elapsed = time.time() - t0
assert loaded and loaded[0] > 0, loaded
print(elapsed)
runner.wait_for_done()
store.close()
"""


def _run(code: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, repr(t0)], capture_output=True, text=True,
                         env=env, timeout=300)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{out.stderr[-3000:]}")
    return float(out.stdout.strip().splitlines()[-1])


def bench_cold_start(repeat: int, patients: int = 5000) -> dict[str, Any]:
    from app.demo.generator import bulk_generate_panel
    from bench.__main__ import encrypted_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        store = encrypted_store(folder)
        passphrase = None if store.header.key_mode == "keyring" else "benchmark passphrase"
        key_mode = store.header.key_mode
        bulk_generate_panel(store, patients=patients, seed=5)
        store.close()
        hearth_code = HEARTH.format(root=str(ROOT), folder=str(folder), passphrase=passphrase)
        bare, hearth = [], []
        for _ in range(repeat):
            bare.append(_run(BARE))
            hearth.append(_run(hearth_code))
    b, h = statistics.median(bare), statistics.median(hearth)
    return {"name": "cold_start_to_panel", "patients": patients, "key_mode": key_mode,
            "hearth_s": round(h, 3), "bare_qmainwindow_s": round(b, 3),
            "ratio": round(h / b, 3), "target_ratio": 2.5, "repeat": repeat}


def synthetic_rows(n: int) -> list[Any]:
    """Panel rows without a store: the filter benchmark measures the view, not the query."""
    import datetime as dt
    import random

    from app.demo.catalog import FAMILY_NAMES, GIVEN_NAMES
    from app.panel.service import PanelRow

    rng = random.Random(11)
    given_all = [g for by_sex in GIVEN_NAMES.values() for names in by_sex.values() for g in names]
    family_all = [f for names in FAMILY_NAMES.values() for f in names]
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for i in range(n):
        given, family = rng.choice(given_all), rng.choice(family_all)
        birth = dt.date(1930 + rng.randrange(40), rng.randrange(1, 13), rng.randrange(1, 28))
        rows.append(PanelRow(
            patient_id=f"p{i}", name=f"{family}, {given}", family_name=family, given_name=given,
            birth_date=birth, age=now.year - birth.year, sex=None, mrn=f"DEMO-{i:06d}",
            language="en", risk_level=rng.choice(["low", "medium", "high"]),
            key_problems=["Hypertension", "Heart failure"][: rng.randrange(3)],
            last_visit=now - dt.timedelta(days=rng.randrange(90)),
            open_tasks=rng.randrange(5), overdue_tasks=rng.randrange(2),
            active_meds=rng.randrange(12), unreconciled_meds=rng.randrange(4),
        ))
    return rows


def bench_filter_keystroke(patients: int = 10_000, word: str = "Whitcombe") -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from app.views.panel_model import PanelFilterProxy, PanelTableModel

    app = QApplication.instance() or QApplication([])
    model = PanelTableModel()
    model.set_rows(synthetic_rows(patients))
    proxy = PanelFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    def measure(change: Any) -> tuple[float, float]:
        start = time.perf_counter()
        change()
        mid = time.perf_counter()
        view.repaint()
        app.processEvents()
        return (mid - start) * 1000, (time.perf_counter() - start) * 1000

    filter_ms, frame_ms, idle_ms = [], [], []
    for _ in range(5):  # type the word, then delete it, five times over
        for text in [word[:i] for i in range(1, len(word) + 1)] + \
                    [word[:i] for i in range(len(word) - 1, -1, -1)]:
            f, total = measure(lambda text=text: proxy.set_search_text(text))
            filter_ms.append(f)
            frame_ms.append(total)
            idle_ms.append(measure(lambda: None)[1])  # the same repaint with nothing changed

    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[max(0, int(len(ordered) * 0.95) - 1)]

    view.close()
    return {"name": "panel_filter_keystroke", "patients": patients,
            "keystrokes": len(filter_ms),
            "filter_median_ms": round(statistics.median(filter_ms), 2),
            "filter_p95_ms": round(p95(filter_ms), 2),
            "frame_median_ms": round(statistics.median(frame_ms), 2),
            "frame_p95_ms": round(p95(frame_ms), 2),
            "idle_repaint_median_ms": round(statistics.median(idle_ms), 2),
            "ratio_frame_to_idle_repaint": round(statistics.median(frame_ms)
                                                 / statistics.median(idle_ms), 2),
            "target_p95_ms": 16}


if __name__ == "__main__":
    print(json.dumps(bench_filter_keystroke()))


def bench_chart_open(repeat: int = 5) -> dict[str, Any]:
    """Open the chart of the fixture patient with the longest history (Hallie Hoeger: years
    of Synthea encounters and readings): load it from an encrypted store and show it. The
    baseline in the same run is showing an empty chart widget."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.chart.service import load_chart
    from app.fhir.importer import import_paths
    from app.models.entities import Patient
    from app.views.chart.widget import ChartWidget
    from bench.__main__ import FIXTURES, encrypted_store

    bundles = sorted(FIXTURES.glob("Hallie_Hoeger_*.json"))
    if not bundles:
        return {"name": "chart_open", "skipped": f"no fixtures at {FIXTURES}"}
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = encrypted_store(Path(tmp) / "store")
        import_paths(store, bundles)
        with store.session() as s:
            patient_id = s.query(Patient.id).scalar()
        opened, empty = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            widget = ChartWidget()
            widget.resize(1200, 800)
            widget.show()
            app.processEvents()
            empty.append((time.perf_counter() - start) * 1000)
            widget.close()
            widget.deleteLater()
            start = time.perf_counter()
            with store.session() as s:
                chart = load_chart(s, patient_id)
            widget = ChartWidget()
            widget.set_chart(chart)
            widget.resize(1200, 800)
            widget.show()
            app.processEvents()
            opened.append((time.perf_counter() - start) * 1000)
            widget.close()
            widget.deleteLater()
            app.processEvents()
        readings = sum(len(m.readings) for m in chart.measures)
        store.close()
    o, e = statistics.median(opened), statistics.median(empty)
    return {"name": "chart_open", "patient": "Hallie Hoeger (Synthea)",
            "encounters": len(chart.encounters), "readings": readings,
            "open_ms": round(o, 1), "empty_chart_ms": round(e, 1), "ratio": round(o / e, 2),
            "target_ms": 200, "repeat": repeat}
