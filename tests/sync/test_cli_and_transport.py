"""``hearth enroll`` / ``hearth sync`` as a person meets them (exit codes, one clear line, no
traceback, the token only in the keyring), and the HTTP transport's retry rules."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from app.sync.transport import (
    HttpTransport,
    ServerUnreachable,
    SyncError,
    backoff_delays,
)
from tests.conftest import TEST_PASSPHRASE
from tests.test_cli import assert_clean_failure, hearth


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    proc = hearth("store", "init", "--mode", "passphrase", "--store", str(folder),
                  passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    return folder


def test_sync_before_enrolling_says_so(store_dir: Path) -> None:
    proc = hearth("sync", "--json", "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert_clean_failure(proc, 2, "not enrolled")


def test_a_server_that_cannot_be_reached_is_try_again_later(store_dir: Path) -> None:
    proc = hearth("enroll", "--server", f"http://127.0.0.1:{_closed_port()}", "--code", "AAAA-BBBB",
                  "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert_clean_failure(proc, 75, "cannot be reached")


def test_plain_http_is_refused_except_to_this_computer(store_dir: Path) -> None:
    proc = hearth("enroll", "--server", "http://clinic.example", "--code", "AAAA-BBBB",
                  "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert_clean_failure(proc, 2, "https://")


def test_enroll_and_sync_through_the_command(store_dir: Path, tmp_path: Path,
                                             live_server: dict[str, Any],
                                             secret_service: None) -> None:
    from app.models import keys
    from app.models.store import Store

    code, _ = live_server["admin"].enroll_code(live_server["nurse"]["id"])
    bad = hearth("enroll", "--server", live_server["base"], "--code", "ZZZZ-ZZZZ",
                 "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert_clean_failure(bad, 2, "enrolment code")
    proc = hearth("enroll", "--server", live_server["base"], "--code", code, "--json",
                  "--device-name", "Laptop 12", "--store", str(store_dir),
                  passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["nurse"]["name"] == "Nurse One" and "token" not in info
    proc = hearth("sync", "--json", "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert {"pushed", "pulled", "conflicts", "rejected"} <= set(report)
    assert report["pulled"] >= 1  # the nurse's user record and the device's own record
    # the token is in the keyring, and nowhere in the output, the logs or the store folder
    store_id = Store.read_header(store_dir).store_id
    token = keys._keyring().get_password(keys.KEYRING_SERVICE, f"sync-token:{store_id}")
    assert token
    seen = proc.stdout + proc.stderr
    for path in list(tmp_path.rglob("*")):
        if path.is_file():
            seen += path.read_bytes().decode("latin-1")
    assert token not in seen


def test_backoff_is_jittered_exponential_and_capped() -> None:
    assert backoff_delays(4, 0.5, 8.0, rand=lambda: 1.0) == [0.5, 1.0, 2.0]
    assert backoff_delays(10, 0.5, 8.0, rand=lambda: 1.0)[-1] == 8.0
    assert all(0 <= d <= 1.0 for d in backoff_delays(2, 1.0, 8.0))


def test_retries_are_bounded_and_verification_stays_on() -> None:
    slept: list[float] = []
    t = HttpTransport(f"http://127.0.0.1:{_closed_port()}", token="s3cr3t-token", attempts=3,
                      sleep=slept.append, timeout=(0.5, 0.5))
    assert t._session.verify is True
    with pytest.raises(ServerUnreachable):
        t.status()
    assert len(slept) == 2
    assert "s3cr3t" not in repr(t) and "s3cr3t" not in repr(t.__dict__.get("_session"))
    assert HttpTransport("https://clinic.example", ca_file="/etc/clinic-ca.pem")._session.verify \
        == "/etc/clinic-ca.pem"
    with pytest.raises(SyncError):
        HttpTransport("ftp://clinic.example")
