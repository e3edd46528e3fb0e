"""``medrec_check``: the med rec check on 5-, 20- and 60-line requests (half intended, half
actual, an 80-year-old with allergies), median of many warm runs. Target: a 20-line check under
50 ms median, so the worksheet can re-check as the nurse types. Baseline in the same run:
parsing the same lines alone (``parse_line``), so the ratio is what comparing and checking add
on top of reading the text. The first (cold) call, which loads and validates the knowledge
files and compiles the name matcher, is reported apart.
"""

from __future__ import annotations

import time
from typing import Any

from bench.timing import median_ms

LINES = [
    "Metoprolol succinate ER 25 mg tablet, take 1 tablet by mouth once daily",
    "lisinopril 10mg po qd",
    "Tylenol Extra Strength 500 mg, 2 tabs every 6 hours as needed",
    "Oxycodone-acetaminophen 5-325 mg, 1 to 2 tablets every 4 hours prn pain",
    "furosemide 40 mg po bid",
    "apixaban 5 mg twice daily",
    "atorvastatin 40 mg at bedtime",
    "metformin 500 mg 2 tabs bid with meals",
    "insulin glargine 20 units subcut at bedtime",
    "insulin lispro 4 units with meals",
    "aspirin 81 mg daily",
    "omeprazole 20 mg daily before breakfast",
    "sertraline 50 mg daily",
    "Albuterol HFA 2 puffs q4h prn wheezing",
    "Advair 250/50 1 puff twice daily",
    "amlodipine 5 mg daily",
    "potassium chloride 20 mEq daily",
    "levothyroxine 75 mcg every morning",
    "gabapentin 300 mg three times daily",
    "diphenhydramine 25 mg qhs prn sleep",
    "warfarin 5 mg daily",
    "prednisone 10 mg daily for 5 days",
    "tamsulosin 0.4 mg daily",
    "donepezil 10 mg at bedtime",
    "carvedilol 12.5 mg bid",
    "spironolactone 25 mg daily",
    "clopidogrel 75 mg daily",
    "pantoprazole 40 mg daily",
    "trazodone 50 mg at bedtime as needed",
    "cephalexin 500 mg qid x 7 days",
]


def _request(n: int) -> dict[str, Any]:
    half = n // 2
    intended = [{"text": LINES[i % len(LINES)]} for i in range(half)]
    actual = [{"text": LINES[(i + 3) % len(LINES)].replace(" daily", " once a day")} for i in range(n - half)]
    return {
        "patient": {"birth_date": "1946-05-01", "as_of": "2026-11-29",
                    "allergies": [{"substance": "amoxicillin", "reaction": "hives"}, "sulfa"]},
        "lists": [{"role": "intended", "source": "discharge summary", "medications": intended},
                  {"role": "actual", "source": "bottles and interview", "medications": actual}],
    }



def bench_medrec_check(repeat: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    from app.medrec.check import check
    from app.medrec.knowledge import load_knowledge
    from app.medrec.parse import parse_line

    k = load_knowledge()
    check(_request(2), k)
    cold_ms = (time.perf_counter() - t0) * 1000
    runs = max(20, 20 * repeat)
    sizes = {}
    for n in (5, 20, 60):
        request = _request(n)
        texts = [m["text"] for lst in request["lists"] for m in lst["medications"]]
        check_ms = median_ms(lambda r=request: check(r, k), runs)
        parse_ms = median_ms(lambda t=texts: [parse_line(x, k) for x in t], runs)
        findings = len(check(request, k)["findings"])
        sizes[str(n)] = {"check_median_ms": round(check_ms, 2), "parse_only_median_ms": round(parse_ms, 2),
                         "ratio_check_to_parse": round(check_ms / parse_ms, 2), "findings": findings}
    return {
        "bench": "medrec_check",
        "runs_per_size": runs,
        "cold_first_call_ms": round(cold_ms, 1),
        "sizes": sizes,
        "target_20_lines_median_ms": 50,
        "met": sizes["20"]["check_median_ms"] < 50,
    }
