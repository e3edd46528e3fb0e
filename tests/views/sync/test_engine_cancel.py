"""The engine's cancel hook (``sync_once(should_stop=...)``), which the controller uses:
asked between push batches and pull pages; what was done stays done."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.entities import Patient
from app.sync.engine import SyncCancelled, pending_count
from tests.sync.conftest import Device


def test_should_stop_stops_between_batches_and_resumes(devices: tuple[Device, Device]) -> None:
    a, _b = devices
    with a.store.write() as s:
        for i in range(5):
            s.add(Patient(given_name=f"P{i}", family_name="Test", birth_date=dt.date(1950, 1, 1)))
    a.client.batch_size = 2
    asked = []

    def stop_after_first_batch() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(SyncCancelled):
        a.client.sync_once(should_stop=stop_after_first_batch)
    assert pending_count(a.store) == 3  # one batch of two went; the rest waits
    report = a.client.sync_once()  # without the hook: as before
    assert report.pushed == 3 and pending_count(a.store) == 0
    assert a.client.sync_once(should_stop=lambda: False).pushed == 0
