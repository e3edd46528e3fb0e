"""Care gaps on the Synthea fixtures: the bundles imported with the FHIR importer, the gaps
computed by the engine, and compared with an independent computation made here straight from
the FHIR JSON for three rules (influenza, diabetes A1c, colorectal screening), at two dates."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.coordination.care_gaps import evaluate_panel
from tests.conftest import FIXTURES, TEST_PASSPHRASE

UTC = dt.timezone.utc
AS_OF = (dt.datetime(2020, 6, 30, 12, tzinfo=UTC), dt.datetime(2021, 3, 1, 12, tzinfo=UTC))
FLU_CVX = {"88", "111", "135", "140", "141", "144", "149", "150", "151", "153", "155", "158",
           "161", "166", "168", "171", "185", "186", "197", "200", "201", "202", "205", "231",
           "320"}
DIABETES = {"44054006", "368581000119106", "1551000119108", "422034002"}
COLON_CANCER = {"109838007", "363406005", "93761005"}


def _when(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    if len(text) == 10:
        return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _plus_months(when: dt.datetime, months: int) -> dt.datetime:
    y, m = divmod(when.month - 1 + months, 12)
    year, month = when.year + y, m + 1
    return when.replace(year=year, month=month,
                        day=min(when.day, calendar.monthrange(year, month)[1]))


def _age_years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _expected(bundles: list[dict[str, Any]], as_of: dt.datetime) -> dict[tuple[str, str], str]:
    """(patient FHIR id, rule) -> status, computed from the bundles alone."""
    out: dict[tuple[str, str], str] = {}
    season = as_of.replace(month=8, day=1, hour=0, minute=0, second=0)
    if season > as_of:
        season = season.replace(year=season.year - 1)
    for bundle in bundles:
        res = [e["resource"] for e in bundle["entry"]]
        pat = next(r for r in res if r["resourceType"] == "Patient")
        if pat.get("deceasedDateTime") or pat.get("deceasedBoolean"):
            continue
        born = dt.date.fromisoformat(pat["birthDate"])
        age = _age_years(born, as_of.date())
        months = (as_of.year - born.year) * 12 + as_of.month - born.month \
            - (as_of.day < born.day)

        def code(r: dict[str, Any], key: str = "code") -> str:
            return r[key]["coding"][0]["code"]

        def active(r: dict[str, Any]) -> bool:
            onset = _when(r.get("onsetDateTime") or r.get("recordedDate"))
            ended = _when(r.get("abatementDateTime"))
            status = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
            if onset is not None and onset > as_of:
                return False
            if ended is not None:
                return ended > as_of
            return status in (None, "active", "recurrence", "relapse")

        conds = [r for r in res if r["resourceType"] == "Condition" and active(r)]
        # influenza: everyone 6 months and older, a dose since 1 August
        if months >= 6:
            shots = [_when(r.get("occurrenceDateTime")) for r in res
                     if r["resourceType"] == "Immunization" and code(r, "vaccineCode") in FLU_CVX
                     and r.get("status", "completed") == "completed"]
            ok = any(w is not None and season <= w <= as_of for w in shots)
            out[(pat["id"], "influenza_annual")] = "closed" if ok else "open"
        # diabetes A1c: 6 months, 3 when the last result was 8 % or more
        if age >= 18 and any(code(c) in DIABETES for c in conds):
            a1c = sorted((_when(r["effectiveDateTime"]), r["valueQuantity"]["value"])
                         for r in res if r["resourceType"] == "Observation"
                         and code(r) == "4548-4" and _when(r.get("effectiveDateTime"))
                         and _when(r["effectiveDateTime"]) <= as_of)
            ok = False
            if a1c:
                when, value = a1c[-1]
                ok = _plus_months(when, 3 if value >= 8 else 6) > as_of
            out[(pat["id"], "diabetes_a1c")] = "closed" if ok else "open"
        # colorectal 45-75: colonoscopy 10 years, stool test 1 year; colon cancer excludes
        if 45 <= age <= 75:
            if any(code(c) in COLON_CANCER for c in conds):
                out[(pat["id"], "colorectal_screen")] = "excluded"
                continue
            ok = False
            for r in res:
                if r["resourceType"] != "Procedure":
                    continue
                when = _when(r.get("performedDateTime")
                             or r.get("performedPeriod", {}).get("start"))
                if when is None or when > as_of:
                    continue
                if code(r) == "73761001" and _plus_months(when, 120) > as_of:
                    ok = True
                if code(r) == "1015401000000102" and _plus_months(when, 12) > as_of:
                    ok = True
            out[(pat["id"], "colorectal_screen")] = "closed" if ok else "open"
    return out


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not FIXTURES.is_dir() or not any(FIXTURES.glob("*.json")):
        pytest.skip(f"Synthea fixtures not found at {FIXTURES} (../shared/fixtures/synthea-r4)")
    from app.fhir.importer import import_paths
    from app.models.store import Store

    store = Store.create(tmp_path_factory.mktemp("synthea-gaps") / "store", mode="passphrase",
                         passphrase=TEST_PASSPHRASE)
    # A dozen bundles keep it quick: every diabetic and colon cancer, then the others in name
    # order.
    files = sorted(Path(FIXTURES).glob("*.json"))
    wanted = [p for p in files if any(c in p.read_text(encoding="utf-8")
                                      for c in ("44054006", "109838007"))]
    files = list(dict.fromkeys(wanted + files))[:12]
    import_paths(store, files)
    bundles = [json.loads(p.read_bytes()) for p in files]
    yield store, bundles
    store.close()


@pytest.mark.parametrize("as_of", AS_OF, ids=[d.date().isoformat() for d in AS_OF])
def test_gaps_match_an_independent_computation(imported: Any, as_of: dt.datetime) -> None:
    from app.models.entities import Patient

    store, bundles = imported
    expected = _expected(bundles, as_of)
    with store.session() as s:
        fhir_ids = dict(s.query(Patient.id, Patient.fhir_id).all())
        results = evaluate_panel(s, as_of)
    got = {(fhir_ids[pid], g.rule_id): g.status for pid, gaps in results.items() for g in gaps
           if g.rule_id in ("influenza_annual", "diabetes_a1c", "colorectal_screen")}
    assert got == expected


def test_the_fixtures_exercise_each_branch(imported: Any) -> None:
    _store, bundles = imported
    seen = {(rule, status) for as_of in AS_OF
            for (_pid, rule), status in _expected(bundles, as_of).items()}
    assert {("influenza_annual", "open"), ("influenza_annual", "closed"),
            ("colorectal_screen", "open"), ("colorectal_screen", "closed"),
            ("colorectal_screen", "excluded"), ("diabetes_a1c", "open"),
            ("diabetes_a1c", "closed")} <= seen
