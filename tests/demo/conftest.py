"""Fixtures for the demo-panel tests: real encrypted stores filled by the generator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.models.store import Store

PASSPHRASE = "test passphrase 123"
TODAY = dt.date(2025, 3, 14)
DAY0 = dt.datetime.combine(TODAY, dt.time(0, 0)).astimezone().astimezone(dt.UTC)


@pytest.fixture(scope="module")
def make_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Store]]:
    """Makes new empty encrypted stores; all are closed when the module is done."""
    opened: list[Store] = []

    def make() -> Store:
        folder: Path = tmp_path_factory.mktemp("demo") / "s"
        store = Store.create(folder, mode="passphrase", passphrase=PASSPHRASE)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture(scope="module")
def demo(make_store: Callable[[], Store]) -> tuple[Store, Any]:
    """The default demo panel (24 patients, seed 7) as of TODAY, and its summary."""
    from app.demo.generator import build_demo_panel

    store = make_store()
    return store, build_demo_panel(store, today=TODAY)
