"""Network faults for the sync tests: a fault-injecting wrapper around the real HTTP
transport, and a real clinic server (uvicorn on a loopback port, one SQLite file) that can be
stopped and started again on the same port (or on a PostgreSQL database).

Faults (:class:`FaultyTransport`), armed for the n-th call of one endpoint:

- ``drop_before``: the request never leaves the device (the connection failed);
- ``drop_after``: the request reaches the server, which commits, and the answer is lost;
- ``duplicate``: the request is sent twice (a proxy or the network replayed it); the device
  sees the second answer.

A dropped request raises :class:`~app.sync.transport.ServerUnreachable`, as the real
transport does after its retries.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.sync.transport import HttpTransport, ServerUnreachable

FAULTS = ("none", "drop_before", "drop_after", "duplicate")
# (sync no longer calls GET /v1/status: the push and the first page of changes check the server)
ENDPOINTS = ("push", "changes")


class InjectedFault(ServerUnreachable):
    """A fault this module made (a subclass of the real 'server unreachable')."""


@dataclass
class Fault:
    kind: str = "none"
    endpoint: str = "push"
    nth: int = 1  # the n-th call of that endpoint after arming (1 = the next one)


@dataclass
class FaultyTransport:
    inner: HttpTransport
    fault: Fault = field(default_factory=Fault)
    calls: dict[str, int] = field(default_factory=dict)
    log: list[tuple[str, str]] = field(default_factory=list)  # (endpoint, what happened)

    def arm(self, kind: str, endpoint: str = "push", nth: int = 1) -> None:
        assert kind in FAULTS and endpoint in (*ENDPOINTS, "status")
        self.fault = Fault(kind, endpoint, max(1, nth))
        self.calls = {}

    def heal(self) -> None:
        self.fault = Fault()
        self.calls = {}

    # -- the Transport interface
    def set_token(self, token: str | None) -> None:
        self.inner.set_token(token)

    def enroll(self, code: str, device_name: str) -> dict[str, Any]:
        return self.inner.enroll(code, device_name)

    def status(self) -> dict[str, Any]:
        return self._call("status", self.inner.status)

    def push(self, generation: str | None, mutations: list[dict[str, Any]],
             **options: Any) -> dict[str, Any]:
        return self._call("push", lambda: self.inner.push(generation, mutations, **options))

    def changes(self, after: int, limit: int) -> dict[str, Any]:
        return self._call("changes", lambda: self.inner.changes(after, limit))

    def close(self) -> None:
        self.inner.close()

    def _call(self, endpoint: str, send: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        self.calls[endpoint] = self.calls.get(endpoint, 0) + 1
        kind = self.fault.kind
        if kind == "none" or endpoint != self.fault.endpoint \
                or self.calls[endpoint] != self.fault.nth:
            return send()
        self.fault = Fault()  # one fault per arming
        if kind == "drop_before":
            self.log.append((endpoint, "dropped before sending"))
            raise InjectedFault("injected: the connection failed before the request was sent")
        if kind == "drop_after":
            send()  # the server commits...
            self.log.append((endpoint, "answer dropped"))
            raise InjectedFault("injected: the answer was lost after the server committed")
        # duplicate
        send()
        self.log.append((endpoint, "sent twice"))
        return send()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RestartableServer:
    """The real clinic server on one SQLite file and one loopback port; ``restart`` stops the
    process-level server (uvicorn, in a thread) and starts a new one on the same file."""

    def __init__(self, db_path: Path | None = None, *, port: int | None = None,
                 database_url: str | None = None) -> None:
        """On the SQLite file ``db_path``, or on ``database_url`` (e.g. a PostgreSQL
        database), initialised here if it is new."""
        from server.db import init_db

        if database_url is not None:
            self.db_path = None
            self.database_url = database_url
            init_db(self.database_url)
        else:
            assert db_path is not None
            self.db_path = Path(db_path)
            self.database_url = f"sqlite:///{self.db_path}"
            if not self.db_path.exists():
                init_db(self.database_url)
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.restarts = 0

    def start(self) -> None:
        import uvicorn

        from server.app import create_app

        config = uvicorn.Config(create_app(self.database_url), host="127.0.0.1",
                                port=self.port, log_level="warning", lifespan="on")
        deadline = time.monotonic() + 15
        while True:  # the old socket may linger for a moment after a stop
            server = uvicorn.Server(config)
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            while not server.started and thread.is_alive():
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not start")
                time.sleep(0.01)
            if server.started:
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start (port busy?)")
            time.sleep(0.05)
        self._server, self._thread = server, thread

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.should_exit = True
        assert self._thread is not None
        self._thread.join(timeout=15)
        self._server = self._thread = None

    def restart(self) -> None:
        self.stop()
        self.start()
        self.restarts += 1

    @property
    def running(self) -> bool:
        return self._server is not None

    def __enter__(self) -> "RestartableServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the server's state, read straight from its database
    def records(self, entities: tuple[str, ...] | None = None) -> dict[tuple[str, str], Any]:
        from sqlalchemy import select

        from server.db import Record, make_engine

        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(select(Record.entity, Record.id, Record.data,
                                           Record.version)).all()
        finally:
            engine.dispose()
        return {(e, i): {"data": d, "version": v} for e, i, d, v in rows
                if entities is None or e in entities}

    def conflicts(self) -> list[dict[str, Any]]:
        from sqlalchemy import select

        from server.db import Conflict, make_engine

        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(select(*Conflict.__table__.columns)).mappings().all()
        finally:
            engine.dispose()
        return [dict(r) for r in rows]

    def mutation_ids(self) -> set[str]:
        from sqlalchemy import select

        from server.db import Mutation, make_engine

        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                return set(conn.execute(select(Mutation.mutation_id)).scalars())
        finally:
            engine.dispose()

    def count(self, table: str) -> int:
        from sqlalchemy import text

        from server.db import make_engine

        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
        finally:
            engine.dispose()
