from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.models.store import Store
from app.sync.engine import SyncClient
from app.sync.transport import MemoryTokens
from tests.conftest import TEST_PASSPHRASE
from tests.sync.fake_server import FakeServer, FakeTransport


def enrolled_client(tmp_path: Path, name: str, live: dict[str, Any], *,
                    device_name: str | None = None, **transport: Any) -> SyncClient:
    """A new passphrase store in ``tmp_path/name``, enrolled with the live server (see the
    ``live_server`` fixture) for its nurse; ``transport`` goes to :class:`HttpTransport`."""
    from app.sync.transport import HttpTransport

    store = Store.create(tmp_path / name, mode="passphrase", passphrase=TEST_PASSPHRASE)
    client = SyncClient(store, HttpTransport(live["base"], **transport), tokens=MemoryTokens())
    code, _expires = live["admin"].enroll_code(live["nurse"]["id"])
    client.enroll(live["base"], code, device_name or f"Laptop {name}")
    return client


@dataclass
class Device:
    store: Store
    transport: FakeTransport
    client: SyncClient


@pytest.fixture
def server() -> FakeServer:
    srv = FakeServer()
    srv.add_nurse("nurse-1", "Nurse One")
    return srv


@pytest.fixture
def devices(tmp_path: Path, server: FakeServer) -> Iterator[tuple[Device, Device]]:
    made = []
    for name in ("a", "b"):
        store = Store.create(tmp_path / name, mode="passphrase", passphrase=TEST_PASSPHRASE)
        transport = FakeTransport(server)
        client = SyncClient(store, transport, tokens=MemoryTokens(), page_size=50)
        client.enroll("https://fake", server.make_code("nurse-1"), f"Laptop {name}")
        made.append(Device(store, transport, client))
    yield made[0], made[1]
    for d in made:
        d.store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[dict[str, Any]]:
    uvicorn = pytest.importorskip("uvicorn")
    pytest.importorskip("server.app")
    from server.admin import Admin
    from server.app import create_app
    from server.db import init_db

    url = f"sqlite:///{tmp_path / 'server.db'}"
    init_db(url)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    admin = Admin(url)
    try:
        nurse = admin.add_nurse("Nurse One", "one@clinic.test")
        yield {"base": f"http://127.0.0.1:{port}", "admin": admin, "nurse": nurse}
    finally:
        admin.close()
        server.should_exit = True
        thread.join(timeout=10)
