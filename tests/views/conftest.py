"""Fixtures for the GUI tests: real encrypted stores with a small, known panel, and runners.

The panel (``PANEL``) is added with ``store.write()`` so the tests know exactly what each row
should show; the demo generator has its own test.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "views test passphrase 42"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

# family, given, birth date, MRN, risk, days since discharge, overdue tasks, open tasks,
# unreconciled meds, days since last visit, days to next visit, problems
PANEL: list[tuple[Any, ...]] = [
    ("Abbott", "Margaret", dt.date(1948, 3, 2), "M1001", "high", 2, 1, 3, 4, None, 1,
     ["Heart failure", "COPD"]),
    ("Baker", "Thomas", dt.date(1939, 11, 20), "M1002", "medium", 10, 0, 1, 0, 5, None,
     ["Type 2 diabetes"]),
    ("Chen", "Li", dt.date(1955, 7, 14), "M1003", "low", None, 1, 1, 0, 12, 6, []),
    ("Diaz", "Rosa", dt.date(1962, 1, 30), "M1004", "high", 1, 0, 0, 2, None, None,
     ["Chronic kidney disease", "Hypertension", "Anemia"]),
    ("Evans", "Harold", dt.date(1944, 5, 5), "M1005", None, None, 0, 0, 0, None, None, []),
    ("Smith", "Mary", dt.date(1950, 12, 12), "M1006", "medium", None, 0, 2, 1, 3, 14,
     ["Osteoarthritis"]),
    ("Smithers", "John", dt.date(1971, 2, 2), "M1007", "low", 40, 0, 0, 0, 20, None, []),
    ("Okafor", "Grace", dt.date(1936, 9, 9), "M1008", "high", None, 0, 1, 0, 30, 2,
     ["Dementia"]),
]


def show_active(qtbot: Any, widget: Any, width: int, height: int) -> Any:
    """Show a top-level widget at a size, exposed and active (keyboard focus works), as a
    person would meet it; returns the widget."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def fill_panel(store: Any, now: dt.datetime | None = None) -> None:
    from app.models.entities import (
        Appointment,
        Condition,
        Encounter,
        Medication,
        Patient,
        Task,
    )

    now = now or dt.datetime.now(dt.timezone.utc)
    day = dt.timedelta(days=1)
    with store.write() as s:
        for (family, given, born, mrn, risk, discharged, overdue, open_, meds, visited,
             next_in, problems) in PANEL:
            p = Patient(given_name=given, family_name=family, birth_date=born, mrn=mrn,
                        risk_level=risk, sex="female" if given in ("Margaret", "Li", "Rosa",
                                                                   "Mary", "Grace") else "male")
            s.add(p)
            s.flush()
            for i, label in enumerate(problems):
                s.add(Condition(patient_id=p.id, clinical_status="active", code_text=label,
                                onset_at=now - (i + 1) * 100 * day))
            if discharged is not None:
                s.add(Encounter(patient_id=p.id, kind="inpatient",
                                start_at=now - (discharged + 4) * day,
                                end_at=now - discharged * day - dt.timedelta(hours=2)))
            if visited is not None:
                s.add(Encounter(patient_id=p.id, kind="home", start_at=now - visited * day))
            if next_in is not None:
                s.add(Appointment(patient_id=p.id, starts_at=now + next_in * day,
                                  status="booked"))
            for i in range(open_):
                due = now - day if i < overdue else now + 7 * day
                s.add(Task(patient_id=p.id, title=f"Task {i}", status="open", due_at=due))
            for i in range(meds):
                s.add(Medication(patient_id=p.id, source="ehr", status="active",
                                 code_text=f"Medication {i}"))


@pytest.fixture(scope="session")
def panel_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One store with ``PANEL`` in it, shared by the tests that only read."""
    from app.models.store import Store

    store = Store.create(tmp_path_factory.mktemp("panel") / "store", mode="passphrase",
                         passphrase=PASSPHRASE)
    fill_panel(store)
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Any]:
    from app.models.store import Store

    store = Store.create(tmp_path / "store", mode="passphrase", passphrase=PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def sync_runner(qapp: Any) -> Any:
    from app.views.background import Runner

    return Runner(synchronous=True)


@pytest.fixture
def pool_runner(qapp: Any) -> Iterator[Any]:
    from app.views.background import Runner

    runner = Runner()
    yield runner
    runner.wait_for_done(30_000)


@pytest.fixture
def shot() -> Any:
    """``shot(widget, "name")`` saves a screenshot to tests/artifacts/name.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def save(widget: Any, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save
