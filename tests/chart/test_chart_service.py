"""The chart service on real encrypted stores: the demo panel, added rows, one Synthea bundle."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import event, select

from app.chart.service import (
    ALLERGIES_NONE_KNOWN,
    ALLERGIES_NOT_RECORDED,
    ALLERGIES_RECORDED,
    LOINC_DIASTOLIC,
    LOINC_SYSTOLIC,
    Chart,
    fmt_number,
    frequency_text,
    load_chart,
)
from app.models.errors import InputError
from tests.chart.helpers import ChartStore, largest_synthea


def _chart(cs: ChartStore, patient_id: str) -> Chart:
    with cs.store.session() as s:
        return load_chart(s, patient_id)


def test_demo_patient_has_every_section(chart_store: ChartStore) -> None:
    chart = _chart(chart_store, chart_store.hf_patient)
    h = chart.header
    assert h.name and h.mrn and h.age and h.birth_date and h.phone and h.address
    assert h.pcp_name and h.risk_level
    assert h.contacts and any(c.phone for c in h.contacts)
    # Allergies: active ones only, high criticality first; resolved kept apart.
    assert h.allergy_status == ALLERGIES_RECORDED
    assert h.allergies[0].label == "Penicillin" and h.allergies[0].criticality == "high"
    assert [a.label for a in h.inactive_allergies] == ["Eggs"]

    # Problems: active first (newest onset first), then resolved; tombstones left out.
    labels = [p.label for p in chart.problems]
    assert labels[-1] == "Pneumonia" and "Deleted problem" not in labels
    active = chart.active_problems
    assert active and all(p.is_active for p in active)
    onsets = [p.onset_at for p in active]
    assert onsets == sorted(onsets, reverse=True)

    # Encounters: most recent first; the admission has its length of stay and disposition.
    starts = [e.start_at for e in chart.encounters]
    assert starts == sorted(starts, reverse=True)
    admission = next(e for e in chart.encounters if e.kind == "inpatient")
    assert admission.is_hospital and admission.length_of_stay_days in (4, 5)
    assert admission.discharge_disposition
    assert chart.last_discharge is admission and chart.days_since_discharge in (0, 1, 2)

    # Care plan with goals and targets; referrals; tasks open first; notes; the rest.
    plan = chart.care_plans[0]
    assert plan.is_active and plan.goals and plan.addresses
    assert any(g.target for g in plan.goals)
    assert chart.referrals and "Deleted" not in [r.to_name for r in chart.referrals]
    opened = [t.is_open for t in chart.tasks]
    assert opened == sorted(opened, reverse=True) and "Deleted task" not in [
        t.title for t in chart.tasks]
    assert chart.notes[0].is_draft and chart.notes[0].author == "Demo Nurse"
    assert chart.screenings and chart.communications and chart.upcoming_appointments
    assert any(c.sbar for c in chart.communications)
    assert all(a.starts_at >= chart.loaded_at for a in chart.upcoming_appointments)


def test_blood_pressure_is_two_series_from_its_components(chart_store: ChartStore) -> None:
    chart = _chart(chart_store, chart_store.hf_patient)
    bp = chart.measure("85354-9")
    assert bp is not None and bp.label == "Blood pressure" and bp.is_vital
    assert [s.code for s in bp.series] == [LOINC_SYSTOLIC, LOINC_DIASTOLIC]
    systolic, diastolic = bp.series
    assert len(systolic.points) == len(diastolic.points) == len(bp.readings) > 3
    assert all(s > d for (_, s), (_, d) in zip(systolic.points, diastolic.points, strict=True))
    times = [at for at, _ in systolic.points]
    assert times == sorted(times)
    latest = bp.latest
    assert latest is not None and latest.text.endswith("mmHg") and "/" in latest.text
    assert latest.values[0] > latest.values[1]
    # Latest value per code; vitals first in the list; tombstoned readings left out.
    assert chart.measures[0].is_vital and chart.latest_vitals[0] is bp
    assert chart.measure("2345-7") is None
    weight = chart.measure("29463-7")
    assert weight is not None and weight.latest is not None and weight.latest.text.endswith("kg")
    # A lab with a reference range keeps it (for the band) and flags out-of-range values.
    labs = [m for m in chart.measures if m.category == "laboratory"]
    assert labs and any(m.reference_high is not None for m in labs)


def test_medications_grouped_as_prescribed_and_as_taken(chart_store: ChartStore) -> None:
    chart = _chart(chart_store, chart_store.hf_patient)
    assert [g.source for g in chart.prescribed] == ["ehr", "discharge"]
    assert [g.source for g in chart.taken] == ["patient", "bottle"]
    assert [g.source for g in chart.reconciled] == ["reconciled"]
    patient = chart.taken[0]
    assert [m.label for m in patient.items] == ["Furosemide 40 mg tablet",
                                                "Spironolactone 25 mg tablet"]  # current first
    furosemide = patient.items[0]
    assert (furosemide.dose, furosemide.route, furosemide.frequency) == ("40 mg", "oral",
                                                                         "once a day")
    assert furosemide.taking is True and patient.items[1].taking is False
    bottle = chart.taken[1].items[0]
    assert bottle.as_needed and bottle.as_needed_reason == "knee pain"
    assert "Deleted medicine" not in [m.label for g in chart.medications for m in g.items]
    # The discharge list of the featured patient changes furosemide's dose.
    discharge = chart.prescribed[1]
    assert any("furosemide" in m.label.lower() and m.dose == "80 mg" for m in discharge.items)


def test_notes_link_their_addenda(chart_store: ChartStore) -> None:
    chart = _chart(chart_store, chart_store.hf_patient)
    signed = next(n for n in chart.notes if n.id == chart_store.ids["signed_note"])
    assert [a.id for a in signed.addenda] == [chart_store.ids["addendum"]]
    assert signed.addenda[0].is_addendum and signed.addenda[0].preview.startswith("Weight")
    assert chart_store.ids["addendum"] not in [n.id for n in chart.notes]  # nested, not top


def test_allergies_none_known_is_not_the_same_as_not_recorded(chart_store: ChartStore) -> None:
    nka = _chart(chart_store, chart_store.nka_patient).header
    assert nka.allergy_status == ALLERGIES_NONE_KNOWN and nka.allergies == []
    bare = _chart(chart_store, chart_store.bare_patient)
    assert bare.header.allergy_status == ALLERGIES_NOT_RECORDED
    assert bare.header.age is None and bare.header.code_status is None
    for part in (bare.problems, bare.medications, bare.measures, bare.encounters,
                 bare.care_plans, bare.referrals, bare.tasks, bare.notes, bare.screenings,
                 bare.communications, bare.upcoming_appointments):
        assert part == []
    assert bare.last_discharge is None and bare.days_since_discharge is None


def test_unknown_or_deleted_patient_is_an_input_error(chart_store: ChartStore) -> None:
    for pid in ("no-such-id", chart_store.deleted_patient):
        with pytest.raises(InputError, match="no such patient"), \
                chart_store.store.session() as s:
            load_chart(s, pid)


def test_a_handful_of_queries(chart_store: ChartStore) -> None:
    statements: list[str] = []

    def count(conn, cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)

    engine = chart_store.store.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        _chart(chart_store, chart_store.hf_patient)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 15  # one per section, never one per row


def test_display_helpers() -> None:
    assert frequency_text(2, 1, "d") == "twice a day"
    assert frequency_text(1, 8, "h") == "every 8 hours"
    assert frequency_text(3, 1, "wk") == "3 times a week"
    assert frequency_text(None, None, None) == ""
    assert [fmt_number(v) for v in (140.0, 115.483, 7.25, 0.932)] == ["140", "115", "7.25",
                                                                      "0.932"]


def test_synthea_history_chart(tmp_path) -> None:  # noqa: ANN001
    bundle = largest_synthea()
    if bundle is None:
        pytest.skip("Synthea fixtures not found at ../shared/fixtures/synthea-r4")
    from app.fhir.importer import import_paths
    from app.models.entities import Patient
    from app.models.store import Store

    store = Store.create(tmp_path / "store", mode="passphrase", passphrase="synthea chart 42")
    try:
        summary = import_paths(store, [bundle])
        assert summary.bundles_imported == 1
        with store.session() as s:
            pid = s.scalar(select(Patient.id))
            assert pid is not None
            started = time.perf_counter()
            chart = load_chart(s, pid, now=dt.datetime(2026, 11, 29, tzinfo=dt.UTC))
            took = time.perf_counter() - started
        print(f"\nload_chart of {bundle.name[:13]}: {took * 1000:.1f} ms, "
              f"{sum(len(m.readings) for m in chart.measures)} readings")
        bp = chart.measure("55284-4")
        assert bp is not None and [s.code for s in bp.series] == [LOINC_SYSTOLIC,
                                                                  LOINC_DIASTOLIC]
        assert all(r.values[0] > r.values[1] for r in bp.readings)  # systolic first
        assert len(chart.measures) > 20 and chart.encounters and chart.problems
        assert any(e.kind == "emergency" for e in chart.encounters)
        assert chart.prescribed and chart.care_plans
        assert chart.header.allergy_status == ALLERGIES_NOT_RECORDED
    finally:
        store.close()
