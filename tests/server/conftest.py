"""Fixtures of the clinic server tests: a real server (uvicorn on a free loopback port, in a
background thread) over SQLite or a throwaway PostgreSQL, and a small client helper."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

TIMEOUT = 10  # seconds, for every HTTP call of the tests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- PostgreSQL --------------------------------------------------------------------------------

def pg_tool(name: str) -> str | None:
    """A PostgreSQL server binary: on PATH, or where Debian's packages put it."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                      key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return str(versions[-1]) if versions else None


def _unavailable(reason: str) -> None:
    """Skip where PostgreSQL cannot run; in CI (which installs it) that is a failure."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests must run in CI: {reason}")
    pytest.skip(reason)


class PostgresCluster:
    """initdb into a temporary folder, started on a free port with its unix socket there."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="hearth-pg-"))
        self.port = free_port()
        self._prefix: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # PostgreSQL refuses to run as root: run it as nobody.
            if shutil.which("setpriv") is None:
                _unavailable("running as root and no setpriv to run PostgreSQL as another user")
            shutil.chown(self.dir, user="nobody")
            self._prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        self._n = 0

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self._prefix, *cmd], check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        data = self.dir / "data"
        self._run(str(pg_tool("initdb")), "-D", str(data), "-U", "hearth", "-A", "trust", "-E", "UTF8",
                  "--no-sync")
        self._run(str(pg_tool("pg_ctl")), "-D", str(data), "-l", str(self.dir / "log"), "-w", "start",
                  "-o", f"-p {self.port} -k {self.dir} -c listen_addresses= -c fsync=off "
                        "-c max_connections=100")

    def stop(self) -> None:
        try:
            self._run(str(pg_tool("pg_ctl")), "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def new_database(self) -> str:
        import psycopg

        self._n += 1
        name = f"hearth_{self._n}"
        with psycopg.connect(f"host={self.dir} port={self.port} user=hearth dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://hearth@/{name}?host={self.dir}&port={self.port}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    for tool in ("initdb", "pg_ctl"):
        if pg_tool(tool) is None:
            _unavailable(f"PostgreSQL tests need `{tool}` (install the PostgreSQL server binaries)")
    cluster = PostgresCluster()
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(cluster.dir, ignore_errors=True)
        _unavailable(f"could not start a throwaway PostgreSQL: {exc.stderr.decode()[-300:]}")
    yield cluster
    cluster.stop()


# -- databases and servers ---------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    from server.db import init_db

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.db'}"
    else:
        url = request.getfixturevalue("postgres").new_database()
    init_db(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    from server.db import init_db

    url = f"sqlite:///{tmp_path / 'server.db'}"
    init_db(url)
    return url


class LiveServer:
    def __init__(self, url: str) -> None:
        import uvicorn

        from server.app import create_app

        self.database_url = url
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(url), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start_server(url: str) -> Iterator[LiveServer]:
    live = LiveServer(url)
    live.start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def live(db_url: str) -> Iterator[LiveServer]:
    yield from start_server(db_url)


@pytest.fixture
def live_sqlite(sqlite_url: str) -> Iterator[LiveServer]:
    yield from start_server(sqlite_url)


# -- a small client ----------------------------------------------------------------------------

def mutation(entity: str, rid: str, fields: dict[str, Any], *, base: dict[str, Any] | None = None,
             patient_id: str | None = None, resolves: list[str] | None = None,
             user: str = "user-1", at: str = "2026-11-29T10:00:00Z",
             mutation_id: str | None = None) -> dict[str, Any]:
    return {"mutation_id": mutation_id or str(uuid.uuid4()), "entity": entity, "id": rid,
            "patient_id": patient_id, "op": "upsert", "fields": fields, "base": base or {},
            "at": at, "user_id": user, "resolves": resolves or []}


class Device:
    def __init__(self, base: str, device_id: str, token: str, nurse_id: str) -> None:
        self.base, self.id, self.token, self.nurse_id = base, device_id, token, nurse_id

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def push_raw(self, mutations: list[dict[str, Any]],
                 generation: str | None = None) -> requests.Response:
        return requests.post(f"{self.base}/v1/push", headers=self.headers,
                             json={"generation": generation, "mutations": mutations},
                             timeout=TIMEOUT)

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.push_raw(list(mutations))
        assert r.status_code == 200, r.text
        return r.json()["results"]

    def changes_raw(self, after: int = 0, limit: int = 500) -> requests.Response:
        return requests.get(f"{self.base}/v1/changes", headers=self.headers,
                            params={"after": after, "limit": limit}, timeout=TIMEOUT)

    def pull_all(self, after: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
        out: list[dict[str, Any]] = []
        while True:
            r = self.changes_raw(after, limit)
            assert r.status_code == 200, r.text
            page = r.json()
            out += page["changes"]
            after = page["last_seq"]
            if not page["more"]:
                return out, after

    def records(self, after: int = 0) -> dict[tuple[str, str], dict[str, Any]]:
        """The latest state of each record this device receives."""
        changes, _ = self.pull_all(after)
        return {(c["entity"], c["id"]): c for c in changes if c["kind"] == "record"}

    def new_patient(self, **fields: Any) -> str:
        pid = str(uuid.uuid4())
        row = {"given_name": "Test", "family_name": "Patient", **fields}
        [res] = self.push(mutation("patients", pid, row, patient_id=pid, user=self.nurse_id))
        assert res["status"] == "applied", res
        return pid


class Clinic:
    def __init__(self, live: LiveServer) -> None:
        from server.admin import Admin

        self.live = live
        self.base = live.base
        self.admin = Admin(live.database_url)

    def close(self) -> None:
        self.admin.close()

    def nurse(self, name: str = "Ann Lee") -> str:
        return str(self.admin.add_nurse(name, f"{uuid.uuid4().hex[:6]}@clinic.test")["id"])

    def code(self, nurse_id: str) -> str:
        return self.admin.enroll_code(nurse_id)[0]

    def enroll_raw(self, code: str, name: str = "Laptop") -> requests.Response:
        return requests.post(f"{self.base}/v1/enroll", json={"code": code, "device_name": name},
                             timeout=TIMEOUT)

    def device(self, nurse_id: str | None = None, name: str = "Laptop") -> Device:
        nurse_id = nurse_id or self.nurse()
        r = self.enroll_raw(self.code(nurse_id), name)
        assert r.status_code == 200, r.text
        body = r.json()
        return Device(self.base, body["device_id"], body["token"], nurse_id)


@pytest.fixture
def clinic(live: LiveServer) -> Iterator[Clinic]:
    c = Clinic(live)
    yield c
    c.close()


@pytest.fixture
def clinic_sqlite(live_sqlite: LiveServer) -> Iterator[Clinic]:
    c = Clinic(live_sqlite)
    yield c
    c.close()
