"""``handout_schedule``: print a 15-medicine pill card (12 on a schedule, 2 taken when needed,
1 to stop; an unclear line; clock times) to a PDF in memory, median of many warm runs, in
normal and in large print. Baseline in the same run: a minimal one-paragraph reportlab document
with the same DejaVu fonts registered and embedded, so the ratio is what the pill card's
layout, tables, pictograms and "Page X of Y" add on top of reportlab's fixed cost of a PDF
with embedded fonts. The first (cold) render, which loads the fonts and the phrases, is
reported apart.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any

from bench.timing import median_ms

WATER_PILL = "Strong water pill: helps your body get rid of extra fluid"
# generic, brand, purpose, amount, {time: dose}
MEDS: list[tuple[str, str, str, str, dict[str, str]]] = [
    ("Furosemide", "Lasix", WATER_PILL, "1 tablet (40 mg)", {"morning": "1 tablet"}),
    ("Metoprolol succinate", "Toprol XL", "For blood pressure and heart rate",
     "1 tablet (25 mg)", {"morning": "1 tablet"}),
    ("Lisinopril", "Zestril", "For blood pressure; protects your heart and kidneys",
     "1 tablet (10 mg)", {"morning": "1 tablet"}),
    ("Apixaban", "Eliquis", "Blood thinner: prevents blood clots", "1 tablet (5 mg)",
     {"morning": "1 tablet", "evening": "1 tablet"}),
    ("Atorvastatin", "Lipitor", "Lowers cholesterol", "1 tablet (40 mg)",
     {"bedtime": "1 tablet"}),
    ("Metformin", "Glucophage", "For diabetes: lowers blood sugar", "2 tablets (1000 mg)",
     {"morning": "2 tablets", "evening": "2 tablets"}),
    ("Insulin glargine", "Lantus", "Long-acting insulin: keeps blood sugar steady all day",
     "20 units", {"bedtime": "20 units"}),
    ("Insulin lispro", "Humalog", "Mealtime insulin: lowers blood sugar after you eat",
     "4 units", {"morning": "4 units", "noon": "4 units", "evening": "4 units"}),
    ("Levothyroxine", "Synthroid", "Thyroid hormone", "1 tablet (75 mcg)",
     {"morning": "1 tablet"}),
    ("Alendronate", "Fosamax", "Makes your bones stronger", "1 tablet (70 mg)",
     {"morning": "1 tablet"}),
    ("Gabapentin", "Neurontin", "For nerve pain", "1 capsule (300 mg)",
     {"morning": "1 capsule", "noon": "1 capsule", "bedtime": "1 capsule"}),
    ("Sertraline", "Zoloft", "For depression and anxiety", "1 tablet (50 mg)",
     {"morning": "1 tablet"}),
]
CLOCK = {"morning": "8 a.m.", "noon": "12 noon", "evening": "6 p.m.", "bedtime": "10 p.m."}


def sample_schedule() -> Any:
    """The 15-medicine pill card the benchmark prints."""
    from app.handouts.model import Patient, PrnRow, Schedule, ScheduleRow, StoppedRow

    rows = tuple(ScheduleRow(name=g, brand=b, purpose=p, amount=a, times=t,
                             how_often="Once a week, on Monday" if g == "Alendronate" else None,
                             notes=("Take with food",) if g == "Metformin" else ())
                 for g, b, p, a, t in MEDS)
    prn = (PrnRow("Acetaminophen", "Tylenol", "For pain or fever", "2 tablets (1000 mg)",
                  "for pain", "Wait at least 6 hours between doses",
                  "No more than 6 tablets in 24 hours"),
           PrnRow("Albuterol", "ProAir", "Rescue inhaler: opens your airways fast", "2 puffs",
                  "when you are short of breath", "Wait at least 4 hours between doses", None))
    patient = Patient(name="Rosa María Núñez Peña", birth_date=dt.date(1944, 3, 7),
                      allergies=("penicillin (hives)",))
    return Schedule(lang="en", patient=patient, made_on=dt.date(2026, 11, 29), rows=rows, prn=prn,
                    stopped=(StoppedRow("Ibuprofen", "Advil", "It can make heart failure worse."),),
                    unclear=("Herbal tea for sleep from the market",),
                    care_team_name="Riverside Community Nursing", care_team_phone="555-201-0134",
                    times_of_day=CLOCK)


def _minimal_pdf() -> bytes:
    """One paragraph, the same fonts embedded, the same deterministic output."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.handouts.pdf import FONT, register_fonts

    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, invariant=1, initialFontName=FONT)
    style = ParagraphStyle("p", fontName=FONT, fontSize=12)
    doc.build([Paragraph("Take 1 tablet every morning with breakfast.", style)])
    return out.getvalue()



def bench_handout_schedule(repeat: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    from app.handouts.pdf import render_schedule

    schedule = sample_schedule()
    pages = render_schedule(schedule, io.BytesIO())
    cold_ms = (time.perf_counter() - t0) * 1000
    large_pages = render_schedule(schedule, io.BytesIO(), large_print=True)
    _minimal_pdf()
    runs = max(10, 10 * repeat)
    normal_ms = median_ms(lambda: render_schedule(schedule, io.BytesIO()), runs)
    large_ms = median_ms(lambda: render_schedule(schedule, io.BytesIO(), large_print=True), runs)
    minimal_ms = median_ms(_minimal_pdf, runs)
    return {
        "bench": "handout_schedule",
        "medicines": len(schedule.rows) + len(schedule.prn) + len(schedule.stopped),
        "runs": runs,
        "cold_first_render_ms": round(cold_ms, 1),
        "schedule_median_ms": round(normal_ms, 2),
        "schedule_pages": pages,
        "large_print_median_ms": round(large_ms, 2),
        "large_print_pages": large_pages,
        "minimal_pdf_median_ms": round(minimal_ms, 2),
        "ratio_schedule_to_minimal": round(normal_ms / minimal_ms, 2),
        "ratio_large_print_to_minimal": round(large_ms / minimal_ms, 2),
    }
