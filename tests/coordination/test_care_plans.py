"""Care plans: targets met or not, the latest value from the chart (BP from its panel), reviews,
and the printed plan read back (text, fonts embedded) and looked at as a PNG."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.coordination import care_plans as cp
from app.coordination.care_plan_pdf import render_care_plan
from app.models.base import LOINC, SNOMED
from app.models.entities import Condition, Goal, Observation, Patient
from app.models.errors import InputError

UTC = dt.timezone.utc
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def mv(value: float, diastolic: float | None = None) -> cp.MeasuredValue:
    return cp.MeasuredValue(value, "%", dt.datetime(2026, 1, 1, tzinfo=UTC), "x", diastolic)


@pytest.mark.parametrize(("value", "low", "high", "text", "code", "met"), [
    (mv(7.9), None, 8.0, "< 8 %", "4548-4", True),
    (mv(8.0), None, 8.0, "< 8 %", "4548-4", False),  # "below 8": 8.0 is not
    (mv(3.0), 2.0, 3.0, "INR 2.0-3.0", "6301-6", True),  # a range includes its ends
    (mv(3.1), 2.0, 3.0, "INR 2.0-3.0", "6301-6", False),
    (mv(9), None, 9, "PHQ-9 < 10", "44261-6", True),
    (mv(139, 89), None, 140, "< 140/90 mm Hg", "8480-6", True),
    (mv(139, 90), None, 140, "< 140/90 mm Hg", "8480-6", False),  # diastolic counts too
    (mv(141, 70), None, 140, "< 140/90 mm Hg", "8480-6", False),
    (mv(70), 60, 80, None, "29463-7", True),  # weight within a range
    (mv(67.5), None, None, "gain < 2 kg/week", "29463-7", None),  # no numeric target
    (None, None, 8.0, "< 8 %", "4548-4", None),
])
def test_target_met(value: Any, low: Any, high: Any, text: Any, code: str, met: Any) -> None:
    assert cp.target_met(value, low=low, high=high, text=text, code=code) is met


@pytest.fixture
def planned(store: Any) -> dict[str, str]:
    t0 = dt.datetime(2026, 9, 1, 10, tzinfo=UTC)
    with store.write() as s:
        p = Patient(given_name="Rosa", family_name="Díaz", birth_date=dt.date(1950, 2, 3),
                    language="es")
        s.add(p)
        s.flush()
        htn = Condition(patient_id=p.id, code_system=SNOMED, code="38341003",
                        code_text="Hypertension", clinical_status="active")
        dm = Condition(patient_id=p.id, code_system=SNOMED, code="44054006",
                       code_text="Type 2 diabetes", clinical_status="active")
        s.add_all([htn, dm])
        s.add(Observation(patient_id=p.id, code_system=LOINC, code="85354-9",
                          effective_at=t0, status="final", components=[
                              {"code": "8480-6", "value": 146, "unit": "mm[Hg]"},
                              {"code": "8462-4", "value": 84, "unit": "mm[Hg]"}]))
        s.add(Observation(patient_id=p.id, code_system=LOINC, code="4548-4", effective_at=t0,
                          value_quantity=7.2, value_unit="%", status="final"))
        s.add(Observation(patient_id=p.id, code_system=LOINC, code="4548-4",
                          effective_at=t0 - dt.timedelta(days=120), value_quantity=8.4,
                          value_unit="%", status="final"))
        s.flush()
        pid, conds = p.id, [htn.id, dm.id]
    plan = cp.create_care_plan(store, pid, title="Community nursing care plan",
                               addresses=conds, interventions=["Check blood pressure at "
                                                               "every visit",
                                                               "Teach low-salt cooking"])
    bp = cp.add_goal(store, plan, description="Blood pressure below 140/90",
                     target_code="8480-6", target_high=140, target_unit="mm[Hg]",
                     target_text="< 140/90 mm Hg")
    a1c = cp.add_goal(store, plan, description="A1c below 8 %", target_code="4548-4",
                      target_high=8.0, target_unit="%", target_text="< 8 %")
    return {"patient": pid, "plan": plan, "bp": bp, "a1c": a1c}


def test_plan_view_with_latest_values(store: Any, planned: dict[str, str]) -> None:
    with store.session() as s:
        (plan,) = cp.load_care_plans(s, planned["patient"])
        goals = {g.id: g for g in plan.goals}
        bp, a1c = goals[planned["bp"]], goals[planned["a1c"]]
        assert (bp.latest.text, bp.meets) == ("146/84 mm Hg", False)
        assert (a1c.latest.value, a1c.meets) == (7.2, True)
        assert [t for _c, t in plan.problems] == ["Hypertension", "Type 2 diabetes"]
        assert plan.interventions[0] == ("Check blood pressure at every visit", "in-progress")
        # as of before the September result: the older 8.4 %, not met
        old = cp.latest_value(s, planned["patient"], "4548-4",
                              dt.datetime(2026, 8, 1, tzinfo=UTC))
        assert old.value == 8.4
        pre = cp.review_prefill(s, planned["a1c"])
        assert (pre.value, pre.meets, pre.progress) == (7.2, True, "met")
        assert pre.text.startswith("7.2 % on 2026-09-01: meets the target")


def test_recording_a_review(store: Any, planned: dict[str, str]) -> None:
    rid = cp.record_review(store, planned["plan"], adherence="partial", goal_id=planned["bp"],
                           goal_progress="not_met", measured_value=146,
                           measured_unit="mm[Hg]", comment="Missed evening doses")
    with store.session() as s:
        (plan,) = cp.load_care_plans(s, planned["patient"])
        assert plan.reviews[0].id == rid and plan.reviews[0].adherence == "partial"
        bp = next(g for g in plan.goals if g.id == planned["bp"])
        assert bp.reviews[0].measured_value == 146
        assert s.get(Goal, planned["bp"]).achievement_status == "not-achieving"
    with pytest.raises(InputError):
        cp.record_review(store, planned["plan"], adherence="sometimes")
    with pytest.raises(InputError):
        cp.record_review(store, planned["plan"], adherence="adherent", goal_id="nope")


def _fonts(data: bytes) -> dict[str, bool]:
    """Font name -> embedded, from the PDF's font descriptors."""
    from pypdf import PdfReader

    out = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out[str(font["/BaseFont"])] = any(k in desc for k in ("/FontFile", "/FontFile2",
                                                                    "/FontFile3"))
    return out


@pytest.mark.parametrize(("lang", "large"), [("es", False), ("en", True)])
def test_printed_plan(store: Any, planned: dict[str, str], lang: str, large: bool) -> None:
    import pdfplumber

    pdf = render_care_plan(store, planned["patient"], lang=lang, large_print=large,
                           today=dt.date(2026, 11, 29),
                           care_team=("Nurse Ann Lee", "555-0100"))
    assert pdf.pages >= 1
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        stem = ARTIFACTS / f"coord_care_plan_{lang}{'_large' if large else ''}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        "-", str(stem)], input=pdf.pdf, check=True, timeout=60)
        assert stem.with_suffix(".png").stat().st_size > 5000
    with pdfplumber.open(io.BytesIO(pdf.pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
        sizes = {round(c["size"]) for c in doc.pages[0].chars}
        cells = [" ".join((c or "").split()) for page in doc.pages
                 for table in page.extract_tables() for row in table for c in row]
    flat = " ".join(text.split())
    # the goals table: each cell wraps on its own, so it is read cell by cell
    assert (("Mantener mi presión arterial por debajo de 140/90 mm Hg", "Todavía no",
             "Sí, logré mi meta") if lang == "es" else
            ("Keep my blood pressure below 140/90 mm Hg", "Not yet",
             "Yes, I reached my goal")) == tuple(
        c for c in cells if c.startswith(("Mantener mi presión", "Keep my blood", "Todavía",
                                          "Not yet", "Sí,", "Yes,")))
    assert "Rosa Díaz" in flat
    if lang == "es":
        for words in ("Mi plan de cuidado", "29 de noviembre de 2026", "Página 1 de",
                      "Mantener mi A1c",
                      "Lo que vamos a hacer", "Nurse Ann Lee"):
            assert words in flat, words
        assert 12 in sizes
    else:
        for words in ("My care plan", "Page 1 of", "My goals", "Teach low-salt cooking"):
            assert words in flat, words
        assert 18 in sizes  # large print body
    fonts = _fonts(pdf.pdf)
    assert fonts and all("DejaVu" in name for name in fonts) and all(fonts.values())
