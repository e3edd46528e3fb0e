"""Transitions opened for the Synthea fixtures' hospital discharges, with LACE checked against
an independent computation made here from the FHIR bundles themselves."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.coordination import transitions as T
from app.fhir.importer import import_paths
from app.models.entities import Encounter, Task

UTC = dt.timezone.utc

# The Charlson categories of the conditions these bundles hold, by SNOMED code, with the LACE
# weights (van Walraven 2010), written out by hand for this test.
CHARLSON_BY_CODE = {
    "87433001": 2,  # pulmonary emphysema: chronic pulmonary disease
    "13645005": 2,  # COPD
    "109838007": 2,  # malignant neoplasm of colon: any tumour
    "88805009": 2,  # chronic congestive heart failure
    "44054006": 1,  # type 2 diabetes
    "26929004": 3,  # Alzheimer's disease
}
LOS_POINTS = [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (7, 5), (14, 7)]


def _t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(UTC)


def _expected(bundle: dict[str, Any], stay: dict[str, Any]) -> dict[str, int]:
    res = [e["resource"] for e in bundle["entry"]]
    start, end = _t(stay["period"]["start"]), _t(stay["period"]["end"])
    days = (end.date() - start.date()).days
    l_points = [p for d, p in LOS_POINTS if days >= d][-1]
    eds = [r for r in res if r["resourceType"] == "Encounter" and r["class"]["code"] == "EMER"]
    leading = [e for e in eds
               if start - dt.timedelta(hours=24) <= _t(e["period"]["start"])
               <= start + dt.timedelta(hours=1)]
    a_points = 3 if leading else 0
    prior = [e for e in eds if e not in leading
             and start - dt.timedelta(days=182) <= _t(e["period"]["start"]) < start]
    e_points = min(4, len(prior))
    codes = {r["code"]["coding"][0]["code"] for r in res if r["resourceType"] == "Condition"
             and ("onsetDateTime" not in r or _t(r["onsetDateTime"]) <= end)}
    charlson = sum(w for c, w in CHARLSON_BY_CODE.items() if c in codes)
    c_points = 5 if charlson >= 4 else charlson
    return {"L": l_points, "A": a_points, "C": c_points, "E": e_points}


def test_synthea_discharges_open_transitions_with_lace(store: Any, fixtures_dir: Path) -> None:
    stays: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    files = []
    for path in sorted(fixtures_dir.glob("*.json")):
        bundle = json.loads(path.read_bytes())
        if bundle.get("resourceType") != "Bundle":
            continue
        inpatient = [e["resource"] for e in bundle["entry"]
                     if e["resource"]["resourceType"] == "Encounter"
                     and e["resource"]["class"]["code"] == "IMP"]
        if inpatient:
            files.append(path)
            stays.update({r["id"]: (bundle, r) for r in inpatient})
    assert len(stays) >= 3, "the fixtures should hold a few hospital stays"
    import_paths(store, files)
    with store.session() as s:
        encs = {e.fhir_id: (e.id, e.end_at) for e in s.scalars(
            select(Encounter).where(Encounter.kind == "inpatient")).all()}
    assert set(encs) == set(stays)
    seen_points: set[tuple[int, ...]] = set()
    for fhir_id, (bundle, stay) in stays.items():
        enc_id, end_at = encs[fhir_id]
        now = end_at + dt.timedelta(days=1)
        opened = T.open_transitions(store, now=now, tz=UTC)  # the discharge of the last 30 days
        assert opened == [T.transition_id_for(enc_id)]
        assert T.open_transitions(store, now=now, tz=UTC) == []
        with store.session() as s:
            row = T.get_transition(s, opened[0], now=now)
            tasks = s.scalars(select(Task).where(Task.origin_id == row.id)).all()
        want = _expected(bundle, stay)
        got = {k: row.lace[k]["points"] for k in "LACE"}
        assert got == want, fhir_id
        assert row.lace_score == sum(want.values())
        assert row.complexity == ("high" if row.lace_score >= 10 else "moderate")
        assert len(tasks) == 3
        seen_points.add(tuple(want.values()))
    # the cases differ: an elective stay with comorbidity, and emergent appendicitis stays
    assert any(p[1] == 3 for p in seen_points) and any(p[1] == 0 and p[2] > 0
                                                     for p in seen_points)
