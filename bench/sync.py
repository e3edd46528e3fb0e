"""Sync benchmarks (server/PROTOCOL.md), each with a baseline measured in the same run:

- ``sync_initial``: a fresh enrolled device's first sync against a server holding a
  2,000-patient panel (pushed there by another device), time and bytes; baseline: the same
  total bytes in one plain HTTP request (body up, body down) to a trivial endpoint on the same
  loopback with the same HTTP stack (uvicorn + requests). Target ratio <= 3. The server runs
  in a thread of the benchmark's process unless ``server_process`` (then in its own, as in a
  clinic: the client's fetching of the next page while it applies one only gains when the
  server does not share the client's GIL).
- ``sync_incremental``: one changed field: HTTP round trips of the device that made it and of
  a device that receives it (target <= 2 each), bytes each way; baseline: a no-op sync.
- ``sync_many_devices``: 100 simulated devices (threads speaking the protocol with
  ``requests``) syncing at once against ONE server process on a throwaway PostgreSQL:
  requests/s, p50/p95 latency, errors (must be 0); baseline: the same requests sent by one
  device alone, so the ratio is the p95 under load over the p95 alone.

Entry points: :func:`bench_sync_initial`, :func:`bench_sync_incremental`,
:func:`bench_sync_many_devices`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"


# -- helpers -------------------------------------------------------------------------------------
def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _ThreadServer:
    """An ASGI app on uvicorn, in a thread of this process, on a free loopback port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "_ThreadServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


class _ProcessServer:
    """The clinic server on uvicorn in a process of its own (as in a clinic, where it is not
    in the device's process: no shared GIL), on a free loopback port."""

    def __init__(self, url: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = url

    def __enter__(self) -> "_ProcessServer":
        import socket

        code = ("import sys, uvicorn; sys.path.insert(0, sys.argv[1]); "
                "from server.app import create_app; "
                "uvicorn.run(create_app(sys.argv[2]), host='127.0.0.1', "
                "port=int(sys.argv[3]), log_level='warning')")
        self.proc = subprocess.Popen([sys.executable, "-c", code, str(ROOT), self.url,
                                      str(self.port)])
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.proc.kill()
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@contextmanager
def _clinic(folder: Path, *, process: bool = False
            ) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    """A clinic server on SQLite in ``folder`` with one nurse (``process``: the server runs
    in a process of its own, else in a thread of this one)."""
    from server.admin import Admin
    from server.app import create_app
    from server.db import init_db

    url = f"sqlite:///{folder / 'server.db'}"
    init_db(url)
    admin = Admin(url)
    try:
        nurse = admin.add_nurse("Bench Nurse", f"{uuid.uuid4().hex[:8]}@clinic.test")
        with (_ProcessServer(url) if process else _ThreadServer(create_app(url))) as srv:
            yield srv, admin, nurse
    finally:
        admin.close()


class Counter:
    """Counts the HTTP requests of a ``requests`` session and their bytes (bodies)."""

    def __init__(self) -> None:
        self.requests = 0
        self.sent = 0
        self.received = 0
        self.by_path: dict[str, int] = {}

    def hook(self, resp: Any, *args: Any, **kwargs: Any) -> None:
        from urllib.parse import urlsplit

        self.requests += 1
        body = resp.request.body
        self.sent += len(body) if body else 0
        self.received += len(resp.content)
        path = urlsplit(resp.request.url).path
        self.by_path[path] = self.by_path.get(path, 0) + 1

    def reset(self) -> None:
        self.requests = self.sent = self.received = 0
        self.by_path = {}


def _device(folder: Path, srv: _ThreadServer, admin: Any, nurse: dict[str, Any], name: str,
            **kwargs: Any) -> tuple[Any, Counter]:
    from bench.__main__ import encrypted_store
    from app.sync.engine import SyncClient
    from app.sync.transport import HttpTransport, MemoryTokens

    store = encrypted_store(folder / name)
    transport = HttpTransport(srv.base, timeout=(5.0, 300.0))
    counter = Counter()
    transport._session.hooks["response"].append(counter.hook)
    client = SyncClient(store, transport, tokens=MemoryTokens(), **kwargs)
    client.enroll(srv.base, admin.enroll_code(nurse["id"])[0], name)
    return client, counter


def _close(client: Any) -> None:
    client.transport.close()
    client.store.close()


# -- initial pull --------------------------------------------------------------------------------
def _baseline_app(reply_size: dict[str, int]) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        more = True
        while more:
            msg = await receive()
            more = msg.get("more_body", False)
        body = b"x" * reply_size["n"]
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/octet-stream"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return app


def _plain_transfer_s(sent: int, received: int, repeat: int) -> float:
    """The median time of one plain HTTP request carrying ``sent`` bytes up and
    ``received`` bytes down, on the same loopback and HTTP stack."""
    import requests

    reply = {"n": received}
    with _ThreadServer(_baseline_app(reply)) as srv, requests.Session() as session:
        payload = b"y" * sent
        session.post(srv.base + "/warm", data=b"")  # connection and first-call costs
        times = []
        for _ in range(max(3, repeat)):
            t0 = time.perf_counter()
            r = session.post(srv.base + "/blob", data=payload)
            assert len(r.content) == received
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_sync_initial(repeat: int, patients: int = 2000, *,
                       server_process: bool = False, prefetch: bool = True) -> dict[str, Any]:
    """``server_process``: the server in a process of its own (by default a thread of this
    process, sharing its GIL, which hides what fetching the next page while applying one
    gains); ``prefetch``: the client's pull fetches one page ahead (its default)."""
    from app.demo.generator import bulk_generate_panel

    with tempfile.TemporaryDirectory(prefix="hearth-bench-sync-") as tmp:
        folder = Path(tmp)
        with _clinic(folder, process=server_process) as (srv, admin, nurse):
            loader, _ = _device(folder, srv, admin, nurse, "loader", batch_size=500)
            bulk_generate_panel(loader.store, patients=patients, seed=7)
            queued = loader.queue_unsent_records()
            t0 = time.perf_counter()
            loader.sync_once()
            preload_s = time.perf_counter() - t0
            _close(loader)
            runs = []
            for i in range(max(1, repeat)):
                client, counter = _device(folder, srv, admin, nurse, f"fresh{i}",
                                          prefetch=prefetch)
                counter.reset()
                t0 = time.perf_counter()
                report = client.sync_once()
                elapsed = time.perf_counter() - t0
                runs.append({"s": elapsed, "requests": counter.requests, "sent": counter.sent,
                             "received": counter.received, "pulled": report.pulled})
                _close(client)
        sync_s = statistics.median(r["s"] for r in runs)
        sent, received = runs[0]["sent"], runs[0]["received"]
        plain_s = _plain_transfer_s(sent, received, repeat)
    return {
        "name": "sync_initial", "patients": patients, "records": runs[0]["pulled"],
        "preload_records": queued, "preload_push_s": round(preload_s, 2),
        "sync_s": round(sync_s, 3), "requests": runs[0]["requests"],
        "bytes_sent": sent, "bytes_received": received,
        "plain_transfer_s": round(plain_s, 4), "ratio": round(sync_s / plain_s, 2),
        "target_ratio": 3, "repeat": repeat,
        "server": "process" if server_process else "thread", "prefetch": prefetch,
    }


# -- incremental ---------------------------------------------------------------------------------
def bench_sync_incremental(repeat: int, patients: int = 50) -> dict[str, Any]:
    from sqlalchemy import select

    from app.demo.generator import bulk_generate_panel
    from app.models.entities import Patient

    with tempfile.TemporaryDirectory(prefix="hearth-bench-sync-") as tmp:
        folder = Path(tmp)
        with _clinic(folder) as (srv, admin, nurse):
            a, ca = _device(folder, srv, admin, nurse, "a")
            b, cb = _device(folder, srv, admin, nurse, "b")
            bulk_generate_panel(a.store, patients=patients, seed=9)
            a.queue_unsent_records()
            a.sync_once()
            b.sync_once()
            a.sync_once()
            with a.store.session() as s:
                pid = s.scalars(select(Patient.id).order_by(Patient.id)).first()
            idle, push_runs, pull_runs = [], [], []
            for i in range(max(1, repeat)):
                ca.reset()
                t0 = time.perf_counter()
                a.sync_once()  # nothing to do: the baseline
                idle.append({"s": time.perf_counter() - t0, "requests": ca.requests,
                             "sent": ca.sent, "received": ca.received})
                with a.store.write() as s:
                    s.get(Patient, pid).phone = f"555-{1000 + i:04d}"
                ca.reset()
                t0 = time.perf_counter()
                ra = a.sync_once()
                push_runs.append({"s": time.perf_counter() - t0, "requests": ca.requests,
                                  "sent": ca.sent, "received": ca.received,
                                  "paths": dict(ca.by_path), "pushed": ra.pushed})
                cb.reset()
                t0 = time.perf_counter()
                rb = b.sync_once()
                pull_runs.append({"s": time.perf_counter() - t0, "requests": cb.requests,
                                  "sent": cb.sent, "received": cb.received,
                                  "paths": dict(cb.by_path), "pulled": rb.pulled})
            with b.store.session() as s:
                assert s.get(Patient, pid).phone == f"555-{1000 + repeat - 1:04d}"
            _close(a)
            _close(b)
    med = lambda runs, k: statistics.median(r[k] for r in runs)  # noqa: E731
    return {
        "name": "sync_incremental", "patients": patients,
        "sender_round_trips": push_runs[-1]["requests"], "sender_paths": push_runs[-1]["paths"],
        "sender_bytes_sent": push_runs[-1]["sent"],
        "sender_bytes_received": push_runs[-1]["received"],
        "receiver_round_trips": pull_runs[-1]["requests"],
        "receiver_paths": pull_runs[-1]["paths"],
        "receiver_bytes_sent": pull_runs[-1]["sent"],
        "receiver_bytes_received": pull_runs[-1]["received"],
        "idle_round_trips": idle[-1]["requests"],
        "sender_ms": round(med(push_runs, "s") * 1000, 1),
        "receiver_ms": round(med(pull_runs, "s") * 1000, 1),
        "idle_sync_ms": round(med(idle, "s") * 1000, 1),
        "ratio": round(med(push_runs, "s") / med(idle, "s"), 2),
        "target_round_trips": 2, "repeat": repeat,
    }


# -- many devices on PostgreSQL --------------------------------------------------------------------
SERVER_SCRIPT = r"""
import sys
sys.path.insert(0, {root!r})
import uvicorn
from server.app import create_app
uvicorn.run(create_app({url!r}), host="127.0.0.1", port={port}, log_level="warning")
"""


class _SimDevice:
    """A device speaking the protocol with ``requests``: its own patient, a few edits per
    round, and a pull of everything its nurse's panel changed."""

    def __init__(self, base: str, token: str, nurse_id: str) -> None:
        import requests

        self.base, self.nurse_id = base, nurse_id
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.cursor = 0
        self.pid = str(uuid.uuid4())
        self.latencies: list[float] = []
        self.by_path: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.round = 0

    def _req(self, method: str, path: str, **kw: Any) -> Any:
        t0 = time.perf_counter()
        try:
            r = self.session.request(method, self.base + path, timeout=(5, 120), **kw)
        except Exception as exc:  # noqa: BLE001
            self.errors.append(type(exc).__name__)
            return None
        self.latencies.append(time.perf_counter() - t0)
        self.by_path.setdefault(path, []).append(self.latencies[-1])
        if r.status_code != 200:
            self.errors.append(f"HTTP {r.status_code}")
            return None
        return r.json()

    def sync(self) -> None:
        self._req("GET", "/v1/status")
        if self.round == 0:
            fields = {"given_name": "Sim", "family_name": f"Device {self.pid[:6]}",
                      "phone": "555-0000"}
            base: dict[str, Any] = {}
        else:
            fields, base = {"phone": f"555-{self.round:04d}"}, \
                {"phone": "555-0000" if self.round == 1 else f"555-{self.round - 1:04d}"}
        muts = [{"mutation_id": str(uuid.uuid4()), "entity": "patients", "id": self.pid,
                 "patient_id": self.pid, "op": "upsert", "fields": fields, "base": base,
                 "at": "2026-11-29T10:00:00Z", "user_id": self.nurse_id}]
        self._req("POST", "/v1/push", json={"generation": None, "mutations": muts})
        while True:
            page = self._req("GET", "/v1/changes", params={"after": self.cursor, "limit": 500})
            if page is None:
                break
            self.cursor = max(self.cursor, int(page["last_seq"]))
            if not page["more"]:
                break
        self.round += 1


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def bench_sync_many_devices(devices: int = 100, rounds: int = 5,
                            nurses: int = 10) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.server.conftest import PostgresCluster, pg_tool
    except Exception as exc:  # noqa: BLE001
        return {"name": "sync_many_devices", "skipped": f"no test helpers ({exc})"}
    if pg_tool("initdb") is None or pg_tool("pg_ctl") is None:
        return {"name": "sync_many_devices", "skipped": "no PostgreSQL server binaries"}
    from server.admin import Admin
    from server.db import init_db

    try:
        cluster = PostgresCluster()
        cluster.start()
    except BaseException as exc:  # noqa: BLE001 - pytest.skip/fail outside pytest too
        return {"name": "sync_many_devices", "skipped": f"PostgreSQL did not start: {exc!r}"}
    proc = None
    try:
        url = cluster.new_database()
        init_db(url)
        admin = Admin(url)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-c",
                                 SERVER_SCRIPT.format(root=str(ROOT), url=url, port=port)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        import requests

        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(base + "/openapi.json", timeout=1)
                break
            except requests.RequestException:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the server process did not start") from None
                time.sleep(0.1)
        nurse_ids = [str(admin.add_nurse(f"Nurse {k}", f"n{k}@clinic.test")["id"])
                     for k in range(nurses)]
        sims = []
        for d in range(devices):
            nid = nurse_ids[d % nurses]
            r = requests.post(base + "/v1/enroll", json={"code": admin.enroll_code(nid)[0],
                                                          "device_name": f"Sim {d}"}, timeout=30)
            r.raise_for_status()
            sims.append(_SimDevice(base, r.json()["token"], nid))
        admin.close()

        # baseline: one device alone, the same rounds
        alone = sims[0]
        for _ in range(rounds):
            alone.sync()
        alone_lat = list(alone.latencies)
        alone.latencies.clear()
        alone.by_path.clear()

        barrier = threading.Barrier(devices)

        def run(sim: _SimDevice) -> None:
            barrier.wait()
            for _ in range(rounds):
                sim.sync()

        threads = [threading.Thread(target=run, args=(s,)) for s in sims]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        lat = [x for s in sims for x in s.latencies]
        errors = [e for s in sims for e in s.errors]
        paths: dict[str, list[float]] = {}
        for s in sims:
            for path, values in s.by_path.items():
                paths.setdefault(path, []).extend(values)
        for s in sims:
            s.session.close()
        p95, p95_alone = _p(lat, 0.95), _p(alone_lat, 0.95)
        return {
            "name": "sync_many_devices", "devices": devices, "nurses": nurses,
            "rounds": rounds, "requests": len(lat) + len(errors),
            "wall_s": round(wall, 2), "requests_per_s": round((len(lat) + len(errors)) / wall, 1),
            "p50_ms": round(_p(lat, 0.5) * 1000, 1), "p95_ms": round(p95 * 1000, 1),
            "max_ms": round(max(lat) * 1000, 1), "errors": len(errors),
            "p95_ms_by_endpoint": {k: round(_p(v, 0.95) * 1000, 1)
                                   for k, v in sorted(paths.items())},
            "error_kinds": sorted(set(errors)),
            "alone_p95_ms": round(p95_alone * 1000, 1), "ratio": round(p95 / p95_alone, 2),
            "target_errors": 0,
        }
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        cluster.stop()


if __name__ == "__main__":  # python -m bench.sync [initial|incremental|many]
    import json

    os.environ.setdefault("HEARTH_LOG_DIR", tempfile.mkdtemp(prefix="hearth-bench-logs-"))
    which = sys.argv[1:] or ["incremental", "initial", "many"]
    for name in which:
        fn = {"initial": lambda: bench_sync_initial(1),
              "incremental": lambda: bench_sync_incremental(3),
              "many": lambda: bench_sync_many_devices()}[name]
        print(json.dumps(fn()), flush=True)
