"""Shared test fixtures: real encrypted stores, the Synthea fixtures, the test keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "synthea-r4"
TEST_PASSPHRASE = "test passphrase 123"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and the default store go to throwaway folders, never the user's own."""
    base = tmp_path_factory.mktemp("hearth-home")
    monkeypatch.setenv("HEARTH_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("HEARTH_STORE", str(base / "default-store"))
    monkeypatch.delenv("HEARTH_PASSPHRASE", raising=False)
    monkeypatch.delenv("HEARTH_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir() or not any(FIXTURES.glob("*.json")):
        pytest.skip(f"Synthea fixtures not found at {FIXTURES} (../shared/fixtures/synthea-r4)")
    return FIXTURES


@pytest.fixture
def secret_service() -> None:
    """A real Secret Service (gnome-keyring on a private D-Bus), as tests/run.sh starts it."""
    from app.models.keys import keyring_available

    if os.environ.get("HEARTH_TEST_SECRET_SERVICE") == "1" and keyring_available():
        return
    if os.environ.get("CI"):
        pytest.fail("CI must run the keyring tests: run them through tests/run.sh (make test)")
    pytest.skip("no Secret Service: run the tests with `make test` (gnome-keyring on D-Bus)")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    from app.models.store import Store

    s = Store.create(tmp_path / "store", mode="passphrase", passphrase=TEST_PASSPHRASE)
    yield s
    s.close()
