"""Care-management time: entries, monthly totals, the CMS minute thresholds as data, the month
report and its CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest

from app.coordination import time_tracking as T
from app.models.entities import Patient
from app.models.errors import InputError
from tests.conftest import TEST_PASSPHRASE

NOW = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("minutes", "ccm", "complex_"), [
    (0, "", ""), (19, "", ""), (20, "99490", ""), (39, "99490", ""),
    (40, "99490 + 99439", ""), (59, "99490 + 99439", ""),
    (60, "99490 + 99439×2", "99487"), (89, "99490 + 99439×2", "99487"),
    (90, "99490 + 99439×2", "99487 + 99489"), (150, "99490 + 99439×2", "99487 + 99489×3"),
])
def test_ccm_thresholds(minutes: int, ccm: str, complex_: str) -> None:
    reached = T.codes_reached("CCM", minutes)
    assert T.codes_text([c for c in reached if not c.variant]) == ccm
    assert T.codes_text([c for c in reached if c.variant]).replace("complex: ", "") == complex_


def test_pcm_and_tcm_thresholds_and_next_threshold() -> None:
    assert T.codes_text(T.codes_reached("PCM", 29)) == ""
    assert T.codes_text(T.codes_reached("PCM", 30)) == "99426"
    assert T.codes_text(T.codes_reached("PCM", 60)) == "99426 + 99427"
    assert T.codes_reached("TCM", 300) == []  # TCM is not paid by minutes
    assert T.next_threshold("CCM", 19) == ("99490", 20)
    assert T.next_threshold("CCM", 20) == ("99439", 40)
    assert T.next_threshold("CCM", 60) is None  # 99439 at most twice
    codes = T.load_billing_codes()
    assert codes.year >= 2024 and "not billing advice" in codes.disclaimer
    assert all(t.source for cs in codes.sets for t in cs.tiers)


def test_month_bounds_are_local_calendar_months() -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    start, end = T.month_bounds(dt.date(2026, 12, 1), tz)
    assert (start.isoformat(), end.isoformat()) == ("2026-12-01T00:00:00-05:00",
                                                    "2027-01-01T00:00:00-05:00")
    assert T.parse_month("2026-02") == dt.date(2026, 2, 1)
    with pytest.raises(InputError, match="2026-11"):
        T.parse_month("Nov 2026")
    assert T.timer_minutes(NOW, NOW + dt.timedelta(seconds=89)) == 1
    assert T.timer_minutes(NOW, NOW + dt.timedelta(seconds=90)) == 2


@pytest.fixture(scope="module")
def tstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from app.models.store import Store

    store = Store.create(tmp_path_factory.mktemp("time") / "store", mode="passphrase",
                         passphrase=TEST_PASSPHRASE)
    yield store
    store.close()


def test_totals_report_and_csv_export(tstore: Any) -> None:
    tz = dt.timezone.utc
    with tstore.write() as s:
        a = Patient(given_name="Ann", family_name="Avery", mrn="A1",
                    birth_date=dt.date(1940, 1, 2))
        b = Patient(given_name="Ben", family_name="Brook", mrn="B2")
        s.add_all([a, b])
        s.flush()
        ids = a.id, b.id
    for minutes in (12, 7):  # 19 minutes: no code
        T.log_time(tstore, ids[1], minutes, now=NOW)
    for minutes in (15, 25, 20):  # 60 minutes
        T.log_time(tstore, ids[0], minutes, activity="phone_call", now=NOW)
    T.log_time(tstore, ids[0], 30, program="PCM", now=NOW)
    T.log_time(tstore, ids[0], 45, now=NOW - dt.timedelta(days=30))  # October
    gone = T.log_time(tstore, ids[0], 5, now=NOW)
    T.delete_entry(tstore, gone.entry_id)
    with tstore.session() as s:
        pm = T.patient_month(s, ids[0], now=NOW, tz=tz)
        report = T.month_report(s, dt.date(2026, 11, 1), tz=tz)
    assert pm.minutes == {"CCM": 60, "PCM": 30} and len(pm.entries) == 4
    assert [c.text for c in pm.codes("CCM")] == ["99490", "99439×2", "99487"]
    rows = {(r.mrn, r.program): r for r in report.rows}
    assert rows[("A1", "CCM")].minutes == 60 and rows[("B2", "CCM")].minutes == 19
    assert rows[("B2", "CCM")].codes == ()
    assert report.patients == 2 and report.minutes == 109
    assert report.reaching("99490") == 1
    text = T.export_csv(report)
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == list(T.EXPORT_COLUMNS)
    ann = next(r for r in table if r["mrn"] == "A1" and r["program"] == "CCM")
    assert ann == {"month": "2026-11", "patient_id": ids[0], "mrn": "A1",
                   "family_name": "Avery", "given_name": "Ann", "birth_date": "1940-01-02",
                   "program": "CCM", "minutes": "60", "entries": "3",
                   "codes_reached": "99490 + 99439×2; complex: 99487", "next_threshold": ""}
    ben = next(r for r in table if r["mrn"] == "B2")
    assert (ben["minutes"], ben["codes_reached"], ben["next_threshold"]) == (
        "19", "", "99490 at 20 min")


@pytest.mark.parametrize(("kwargs", "fragment"), [
    ({"minutes": 0}, "between 1 and 480"),
    ({"minutes": 20, "program": "RPM"}, "program must be"),
    ({"minutes": 20, "activity": "lunch"}, "activity must be"),
    ({"minutes": 20, "started_at": NOW + dt.timedelta(hours=2)}, "future"),
])
def test_bad_time_entries_refused(tstore: Any, kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        T.log_time(tstore, "no-such-patient", now=NOW, **kwargs)
