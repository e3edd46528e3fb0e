"""Fixtures for the FHIR tests: real passphrase-mode encrypted stores, and the 32 Synthea
bundles imported once for the whole session (read-only for the tests that share it)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.fhir.importer import ImportSummary, import_paths
from app.models.store import Store

SYNTHEA = Path(__file__).resolve().parents[2].parent / "shared/fixtures/synthea-r4"
PASSPHRASE = "test passphrase 123"


def _new_store(folder: Path) -> Store:
    return Store.create(folder, mode="passphrase", passphrase=PASSPHRASE)


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[[], Store]]:
    """Makes fresh encrypted stores in tmp_path; all closed after the test."""
    made: list[Store] = []

    def make() -> Store:
        s = _new_store(tmp_path / f"store{len(made)}")
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


@pytest.fixture
def fhir_store(make_store: Callable[[], Store]) -> Store:
    return make_store()


@pytest.fixture(scope="session")
def synthea_dir() -> Path:
    if not SYNTHEA.is_dir() or not any(SYNTHEA.glob("*.json")):
        pytest.skip(f"the Synthea FHIR fixtures are not at {SYNTHEA} "
                    "(expected beside the project: ../shared/fixtures/synthea-r4)")
    return SYNTHEA


@pytest.fixture(scope="session")
def synthea_bundles(synthea_dir: Path) -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_bytes()) for p in sorted(synthea_dir.glob("*.json"))}


@dataclass
class Imported:
    store: Store
    summary: ImportSummary
    seconds: float


@pytest.fixture(scope="session")
def synthea_imported(synthea_dir: Path,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[Imported]:
    """All 32 Synthea bundles imported into one store (shared: do not change its data)."""
    store = _new_store(tmp_path_factory.mktemp("synthea") / "store")
    started = time.perf_counter()
    summary = import_paths(store, [synthea_dir])
    seconds = time.perf_counter() - started
    print(f"\nFHIR import of the Synthea fixtures: {summary.files} files, "
          f"{summary.created} rows, {seconds:.2f} s")
    yield Imported(store, summary, seconds)
    store.close()
