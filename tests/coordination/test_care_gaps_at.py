"""Care gaps at several times from one read (:func:`evaluate_panel_at`): exactly what
:func:`evaluate_panel` gives at each time, on the demo panel, on a bulk panel with its
coordination rows, and on patients made to cross every time-dependent edge (birthdays into and
out of age ranges, flu seasons, look-back windows, conditions starting and abating,
exclusions recorded and expiring); and the metrics unchanged by it."""

from __future__ import annotations

import datetime as dt
import random
import sys
import types
from typing import Any

import pytest
from sqlalchemy import event

from app.coordination import care_gaps as cg
from app.coordination import metrics as M
from app.models.base import CVX, LOINC, SNOMED
from app.models.entities import (CareGapExclusion, Condition, Immunization, Observation, Patient,
                                 Procedure)
from app.models.errors import InputError
from tests.conftest import TEST_PASSPHRASE

UTC = dt.timezone.utc
TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 15, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One store: the demo panel, a bulk panel with coordination rows, and edge patients."""
    from app.demo import build_demo_panel
    from app.demo.generator import bulk_generate_panel
    from app.models.store import Store

    s = Store.create(tmp_path_factory.mktemp("gaps_at") / "store", mode="passphrase",
                     passphrase=TEST_PASSPHRASE)
    build_demo_panel(s, patients=12, today=TODAY)
    bulk_generate_panel(s, patients=150, seed=11, today=TODAY, coordination=True)
    _edge_patients(s, random.Random(8))
    yield s
    s.close()


def _when(rng: random.Random, lo: dt.datetime, hi: dt.datetime) -> dt.datetime:
    """A random time in [lo, hi], often exactly at midnight (a month boundary's edge)."""
    t = lo + (hi - lo) * rng.random()
    if rng.random() < 0.3:
        t = t.replace(hour=0, minute=0, second=0, microsecond=0)
    return t


def _edge_patients(store: Any, rng: random.Random) -> None:
    lo, hi = dt.datetime(2023, 6, 1, tzinfo=UTC), NOW
    codes = {
        "obs": ["4548-4", "17856-6", "73830-2", "77353-1", "29771-3", "33914-3", "9318-7",
                "55757-9", "32451-7"],
        "imm": ["88", "135", "33", "100", "187"],
        "proc": ["414191008", "73761001", "418714002", "36228007"],
    }
    conditions = [("44054006", "Diabetes mellitus"), ("38341003", "Hypertension"),
                  ("363406005", "Colorectal cancer")]
    rules = ["influenza_annual", "colorectal_screen", "pneumococcal_65", "depression_screen",
             "diabetes_a1c", "hypertension_control"]
    with store.write() as s:
        for i in range(60):
            # ages crossing 18, 45, 50, 65, 76, 86 in the window; month ends and Feb 29 too
            age = rng.choice([17, 44, 49, 64, 75, 85, 30, 70])
            birth = dt.date(2025 - age, rng.randint(1, 12), 1) + dt.timedelta(
                days=rng.randint(0, 30))
            if i % 15 == 0:
                birth = dt.date(1960, 2, 29)
            p = Patient(given_name="Edge", family_name=f"Case {i}", birth_date=birth,
                        sex=rng.choice(["female", "male"]))
            s.add(p)
            s.flush()
            rows: list[Any] = []
            for code, text in rng.sample(conditions, rng.randint(0, 2)):
                onset = _when(rng, lo - dt.timedelta(days=400), hi)
                abated = _when(rng, onset, hi + dt.timedelta(days=60)) \
                    if rng.random() < 0.4 else None
                rows.append(Condition(patient_id=p.id, code_system=SNOMED, code=code,
                                      code_text=text, onset_at=onset, abatement_at=abated,
                                      clinical_status="resolved" if abated else "active"))
            for _ in range(rng.randint(0, 8)):
                rows.append(Observation(
                    patient_id=p.id, code_system=LOINC, code=rng.choice(codes["obs"]),
                    effective_at=_when(rng, lo, hi), value_quantity=rng.choice(
                        [None, 6.5, 7.9, 8.0, 9.5]), status=rng.choice(["final"] * 5 + [
                            "entered-in-error"])))
            for _ in range(rng.randint(0, 6)):
                when = _when(rng, lo, hi)
                sbp, dbp = rng.choice([(120, 70), (150, 85), (135, 95), (139, 89)])
                if rng.random() < 0.8:
                    rows.append(Observation(
                        patient_id=p.id, code_system=LOINC, code="85354-9", effective_at=when,
                        status="final", components=[
                            {"system": LOINC, "code": "8480-6", "value": sbp},
                            {"system": LOINC, "code": "8462-4", "value": dbp}]))
                else:  # separate systolic and diastolic readings, at the same time
                    rows += [Observation(patient_id=p.id, code_system=LOINC, code="8480-6",
                                         effective_at=when, value_quantity=sbp, status="final"),
                             Observation(patient_id=p.id, code_system=LOINC, code="8462-4",
                                         effective_at=when, value_quantity=dbp,
                                         status="final")]
            for _ in range(rng.randint(0, 5)):
                rows.append(Immunization(patient_id=p.id, code_system=CVX,
                                         code=rng.choice(codes["imm"]),
                                         occurred_at=_when(rng, lo, hi), status="completed"))
            for _ in range(rng.randint(0, 3)):
                rows.append(Procedure(patient_id=p.id, code_system=SNOMED,
                                      code=rng.choice(codes["proc"]),
                                      performed_start=_when(rng, lo, hi), status="completed"))
            for _ in range(rng.randint(0, 2)):
                recorded = _when(rng, lo, hi)
                until = (recorded + dt.timedelta(days=rng.randint(0, 400))).date() \
                    if rng.random() < 0.7 else None
                rows.append(CareGapExclusion(patient_id=p.id, rule_id=rng.choice(rules),
                                             reason=rng.choice(cg.EXCLUSION_REASONS),
                                             recorded_at=recorded, until=until))
            s.add_all(rows)


def _times() -> list[dt.datetime]:
    """Month boundaries over two years (what the metrics ask for), times in between, the
    same instant in another zone, a time before any record and now."""
    times = [M.day_start(M.add_months(dt.date(2024, 10, 1), k)) for k in range(26)]
    times += [dt.datetime(2025, 8, 1, 0, 0, tzinfo=UTC) - dt.timedelta(microseconds=1),
              dt.datetime(2026, 2, 28, 23, 59, tzinfo=UTC),
              dt.datetime(2025, 3, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
              dt.datetime(2000, 1, 1, tzinfo=UTC), NOW]
    rng = random.Random(3)
    times += [dt.datetime(2024, 9, 1, tzinfo=UTC) + dt.timedelta(
        days=rng.randint(0, 800), hours=rng.randint(0, 23)) for _ in range(15)]
    return times


def test_at_several_times_equals_one_evaluation_per_time(store: Any) -> None:
    times = _times()
    with store.session() as s:
        together = cg.evaluate_panel_at(s, reversed(times))  # the order given does not matter
        assert set(together) == set(times)
        statuses: set[str] = set()
        for t in times:
            alone = cg.evaluate_panel(s, t)
            assert list(together[t].items()) == list(alone.items()), t  # same patient order
            statuses.update(g.status for gaps in alone.values() for g in gaps)
        assert statuses == {"open", "closed", "excluded"}
        # the edge patients do cross edges: results differ between consecutive month ends
        changes = sum(together[a] != together[b] for a, b in zip(times[:25], times[1:26],
                                                                 strict=True))
        assert changes >= 20


def test_at_several_times_for_some_patients(store: Any) -> None:
    times = _times()[::3]
    with store.session() as s:
        everyone = cg.evaluate_panel(s, NOW)
        some = [pid for i, pid in enumerate(everyone) if i % 4 == 0]
        together = cg.evaluate_panel_at(s, times, patient_ids=[*some, "no-such-patient"])
        for t in times:
            alone = cg.evaluate_panel(s, t, some)
            assert list(together[t].items()) == list(alone.items()), t
            assert set(alone) == set(some)
        assert cg.evaluate_panel_at(s, []) == {}
        assert cg.evaluate_panel_at(s, times, patient_ids=[]) == {t: {} for t in times}
        with pytest.raises(InputError):
            cg.evaluate_panel_at(s, [NOW, dt.datetime(2026, 1, 1)])  # naive: refused


def test_one_read_for_all_the_times(store: Any) -> None:
    with store.session() as s:
        engine = s.get_bind()
        counts = []
        for times in (_times()[:1], _times()):
            seen: list[str] = []

            def count(*args: Any, _seen: list[str] = seen) -> None:
                _seen.append(args[2])

            event.listen(engine, "before_cursor_execute", count)
            try:
                cg.evaluate_panel_at(s, times)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            counts.append(len(seen))
    assert counts[1] <= counts[0] <= 8  # the first one also opens the transaction


def test_metrics_are_unchanged(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures with one read for all the times == with one evaluate_panel per time (the
    way they were computed before evaluate_panel_at)."""
    first, last = M.add_months(TODAY.replace(day=1), -11), TODAY
    runs = []
    with store.session() as s:
        for hide in (False, True):
            if hide:  # a module with evaluate_panel only: the metrics call it per time
                old_api = types.ModuleType("app.coordination.care_gaps")
                old_api.evaluate_panel = cg.evaluate_panel  # type: ignore[attr-defined]
                monkeypatch.setitem(sys.modules, "app.coordination.care_gaps", old_api)
            report = M.compute_metrics(s, first, last, now=NOW)
            trends = M.monthly_trends(s, first, last, now=NOW)
            both = M.metrics_with_trends(s, first, last, now=NOW)
            some = M.compute_metrics(s, dt.date(2026, 3, 1), dt.date(2026, 9, 30), now=NOW,
                                     patient_ids=list(cg.evaluate_panel(s, NOW))[::5])
            runs.append((report.figures, trends, both[0].figures, both[1], some.figures))
    assert runs[0] == runs[1]
    figure = runs[0][0]["care_gap_closure_rate"]
    assert figure.available and figure.denominator > 0 and 0 < figure.numerator
    assert sum(p.values["care_gap_closure_rate"] is not None for p in runs[0][1]) == 12
