"""Fixtures for the workspace GUI tests: a demo-panel store (read-only tests and screenshots),
fresh small stores for the tests that write, and a private settings folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.models.store import Store
from tests.views.conftest import PASSPHRASE, fill_panel


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("HEARTH_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The 24-patient demo panel in a passphrase store (do not write to it)."""
    from app.demo.generator import build_demo_panel

    store = Store.create(tmp_path_factory.mktemp("workspace-demo") / "store",
                         mode="passphrase", passphrase=PASSPHRASE)
    build_demo_panel(store)
    yield store
    store.close()


@pytest.fixture
def task_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh passphrase store with the small known panel (tests/views/conftest.PANEL)."""
    store = Store.create(tmp_path / "store", mode="passphrase", passphrase=PASSPHRASE)
    fill_panel(store)
    yield store
    store.close()


@pytest.fixture
def font_scale(qapp: Any) -> Iterator[Any]:
    """``font_scale(2.0)`` scales the app font; the original is put back afterwards."""
    from app.views.workspace.settings_dialog import apply_font_scale

    yield lambda scale: apply_font_scale(qapp, scale)
    apply_font_scale(qapp, 1.0)

