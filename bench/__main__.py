"""Benchmarks (``make bench``): each reports a ratio against a baseline measured in the same
run, because the machines are shared and noisy. Results are JSON lines on stdout and in
``bench/results/<date>.jsonl``.

- ``import_encrypted_vs_plain``: import the 32 Synthea bundles into an encrypted store vs the
  same code on a plain SQLite store (target ratio <= 1.3).
- ``panel_open_load``: open an encrypted store and load a 5,000-patient panel summary, in a
  fresh process (so peak RSS is that of the work), vs the same on plain SQLite; absolute ms
  reported too (target < 150 ms with a keyring-held raw key).
- ``cold_start_to_panel`` and ``panel_filter_keystroke``: see ``bench/workspace.py``.
- ``medrec_check``: the med rec check on 5/20/60-line requests; see ``bench/medrec.py``.
- ``handout_schedule``: a 15-medicine schedule PDF vs a minimal one-paragraph reportlab
  document; see ``bench/handouts.py``.
- ``metrics_5000``: the clinic metrics over 5,000 patients vs the panel summary query; see
  ``bench/metrics.py``.
- ``sync_initial``, ``sync_incremental``, ``sync_many_devices``: see ``bench/sync.py`` (the
  initial sync of 2,000 patients takes minutes; run it with ``--only sync``).

Usage: ``python -m bench [--only NAME] [--repeat N] [--patients N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "synthea-r4"
RESULTS = ROOT / "bench" / "results"


def plain_store(folder: Path) -> Any:
    """The same Store class and code paths on an unencrypted SQLite file: the baseline. It is
    the same SQLite build (sqlcipher3's, given no key), so only the encryption differs."""
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    from app.models.base import SYSTEM_ACTOR
    from app.models.migrations import check_and_upgrade
    from app.models.store import DB_NAME, Header, Store

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / DB_NAME

    def creator() -> Any:
        conn = sqlcipher.connect(str(db), check_same_thread=False, isolation_level=None)
        for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "busy_timeout = 15000",
                       "journal_mode = WAL", "synchronous = FULL"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, creator=creator,
                           poolclass=QueuePool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("hearth_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    check_and_upgrade(engine)
    header = Header(store_id="plain", key_mode="none", key_id="", salt="", verifier="",
                    created_at="")
    return Store(folder, header, None, engine, None, SYSTEM_ACTOR)  # type: ignore[arg-type]


def encrypted_store(folder: Path) -> Any:
    from app.models import keys
    from app.models.store import Store

    if keys.keyring_available():
        return Store.create(folder, mode="keyring")
    return Store.create(folder, mode="passphrase", passphrase="benchmark passphrase")


def bench_import(repeat: int) -> dict[str, Any]:
    from app.fhir.importer import import_paths

    if not FIXTURES.is_dir():
        return {"name": "import_encrypted_vs_plain", "skipped": f"no fixtures at {FIXTURES}"}
    times: dict[str, list[float]] = {"encrypted": [], "plain": []}
    resources = 0
    for _ in range(repeat):
        for kind in ("plain", "encrypted"):  # alternate, so drift hits both alike
            with tempfile.TemporaryDirectory() as tmp:
                store = plain_store(Path(tmp)) if kind == "plain" else encrypted_store(Path(tmp))
                start = time.perf_counter()
                summary = import_paths(store, [FIXTURES])
                times[kind].append(time.perf_counter() - start)
                resources = sum(summary.counts.values())
                store.close()
    enc, plain = statistics.median(times["encrypted"]), statistics.median(times["plain"])
    return {
        "name": "import_encrypted_vs_plain", "bundles": len(list(FIXTURES.glob("*.json"))),
        "resources": resources, "encrypted_s": round(enc, 3), "plain_s": round(plain, 3),
        "ratio": round(enc / plain, 3), "target_ratio": 1.3, "repeat": repeat,
    }


LOAD_SCRIPT = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from bench.__main__ import plain_store
from app.models.store import Store
from app.panel.service import load_panel
import gc
gc.freeze()  # as the app does once started: start-up objects leave the collector's scans
start = time.perf_counter()  # modules are loaded: this times opening the store itself
if {plain!r}:
    store = plain_store(Path({folder!r}))
else:
    store = Store.open(Path({folder!r}), passphrase={passphrase!r})
opened = time.perf_counter()
with store.session() as s:
    rows = load_panel(s)
done = time.perf_counter()
store.close()
print(json.dumps({{"rows": len(rows), "open_ms": (opened - start) * 1000,
                  "load_ms": (done - opened) * 1000, "total_ms": (done - start) * 1000}}))
"""


def _child(folder: Path, plain: bool, passphrase: str | None) -> tuple[dict[str, Any], int]:
    script = LOAD_SCRIPT.format(root=str(ROOT), folder=str(folder), plain=plain,
                                passphrase=passphrase)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "HEARTH_LOG_DIR": str(folder.parent)})
    if out.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{out.stderr}")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return json.loads(out.stdout.strip().splitlines()[-1]), max(peak_kib, before)


def bench_panel(repeat: int, patients: int) -> dict[str, Any]:
    from app.demo.generator import bulk_generate_panel

    with tempfile.TemporaryDirectory() as tmp:
        enc_dir, plain_dir = Path(tmp) / "enc", Path(tmp) / "plain"
        store = encrypted_store(enc_dir)
        key_mode = store.header.key_mode
        passphrase = None if key_mode == "keyring" else "benchmark passphrase"
        bulk_generate_panel(store, patients=patients, seed=3)
        store.close()
        store = plain_store(plain_dir)
        bulk_generate_panel(store, patients=patients, seed=3)
        store.close()
        enc_runs, plain_runs, peaks = [], [], []
        for _ in range(repeat):
            p, _ = _child(plain_dir, True, None)
            plain_runs.append(p)
            e, peak = _child(enc_dir, False, passphrase)
            enc_runs.append(e)
            peaks.append(peak)
        # ru_maxrss of children is the max over all children so far: report the largest.
        med = lambda runs, key: statistics.median(r[key] for r in runs)  # noqa: E731
        return {
            "name": "panel_open_load", "patients": enc_runs[0]["rows"],
            "key_mode": key_mode,
            "encrypted_open_ms": round(med(enc_runs, "open_ms"), 1),
            "encrypted_load_ms": round(med(enc_runs, "load_ms"), 1),
            "encrypted_total_ms": round(med(enc_runs, "total_ms"), 1),
            "plain_open_ms": round(med(plain_runs, "open_ms"), 1),
            "plain_load_ms": round(med(plain_runs, "load_ms"), 1),
            "plain_total_ms": round(med(plain_runs, "total_ms"), 1),
            "ratio": round(med(enc_runs, "total_ms") / med(plain_runs, "total_ms"), 3),
            "peak_rss_mib": round(max(peaks) / 1024, 1),
            "target_ms": 150, "repeat": repeat,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", choices=("import", "panel", "start", "filter", "chart", "medrec", "handout", "sync", "metrics"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--patients", type=int, default=5000)
    args = parser.parse_args(argv)
    os.environ.setdefault("HEARTH_LOG_DIR", tempfile.mkdtemp(prefix="hearth-bench-logs-"))
    results = []
    if args.only in (None, "import"):
        results.append(bench_import(args.repeat))
    if args.only in (None, "panel"):
        results.append(bench_panel(args.repeat, args.patients))
    from bench.workspace import bench_chart_open, bench_cold_start, bench_filter_keystroke

    if args.only in (None, "start"):
        results.append(bench_cold_start(args.repeat, args.patients))
    if args.only in (None, "filter"):
        results.append(bench_filter_keystroke())
    if args.only in (None, "chart"):
        results.append(bench_chart_open())
    if args.only in (None, "medrec"):
        from bench.medrec import bench_medrec_check

        results.append(bench_medrec_check(args.repeat))
    if args.only in (None, "handout"):
        from bench.handouts import bench_handout_schedule

        results.append(bench_handout_schedule(args.repeat))
    if args.only in (None, "metrics"):
        from bench.metrics import bench_metrics

        results.append(bench_metrics(args.repeat, args.patients))
    if args.only in (None, "sync"):
        from bench.sync import bench_sync_incremental, bench_sync_initial, bench_sync_many_devices

        results.append(bench_sync_incremental(args.repeat))
        results.append(bench_sync_initial(args.repeat, patients=2000))
        results.append(bench_sync_many_devices(devices=100))
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d")
    with open(RESULTS / f"{stamp}.jsonl", "a", encoding="utf-8") as fh:
        for result in results:
            result["at"] = dt.datetime.now().isoformat(timespec="seconds")
            line = json.dumps(result)
            print(line)
            fh.write(line + "\n")
    shutil.rmtree(os.environ["HEARTH_LOG_DIR"], ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
