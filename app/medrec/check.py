"""``check(request)``: the med rec check behind ``hearth medrec check`` and the worksheet.

Input (see :mod:`app.medrec.request`)::

    {"patient": {"birth_date": "1948-06-30", "as_of": "2026-11-29",
                 "allergies": [{"substance": "amoxicillin", "reaction": "hives"}]},
     "lists": [{"role": "intended", "source": "discharge summary",
                "medications": [{"text": "...", "action": "continue", "note": "..."}]},
               {"role": "actual", "source": "bottles and interview",
                "medications": [{"text": "...", "taking": true, "note": "..."}]}]}

Output: one JSON-ready dict::

    {"knowledge_version": "2026.11.1",
     "medications": [{"id": "0:1", "list": 0, "index": 1, "role", "source", "text", "action",
                      "taking", "note", ...every ParsedMedication field...}],
     "rows": [{"key", "drugs", "intended": [ids], "actual": [ids], "reconciled": [ids],
               "status": "match|discrepancy|stopped|unclear|single"}],
     "findings": [{"id": "F1", "kind", "drugs", "severity", "message", "source", "source_id",
                   "entries": [ids], ...per kind: type, intended, actual (discrepancy); code
                   (interaction); basis, class (therapeutic_duplication); total_mg, limit_mg
                   (max_daily_dose); criterion (beers); item (high_alert); level, allergen
                   (allergy); token, list (abbreviation)}],
     "warnings": ["..."], "summary": {"<kind>": count}}

Discrepancies are found when there is at least one intended and one actual list. The safety
checks run on the actual lists and on the reconciled lists (each on its own, findings merged);
with neither, on the intended lists. Abbreviations are checked on every entry. Findings are
ordered most severe first.

No Qt here; safe to call from any thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.medrec.compare import compare_lists
from app.medrec.knowledge import SEVERITIES, Knowledge, load_knowledge
from app.medrec.parse import parse_line
from app.medrec.regimen import Entry, Finding
from app.medrec.request import CheckInputError, Request, read_request
from app.medrec.safety import abbreviation_findings, high_alert_ingredients, safety_findings

__all__ = ["check", "check_request", "CheckInputError", "KINDS"]

KINDS = ("discrepancy", "interaction", "therapeutic_duplication", "max_daily_dose", "beers",
         "high_alert", "allergy", "abbreviation")
_SEVERITY_RANK = {s: n for n, s in enumerate(SEVERITIES)}
_KIND_RANK = {k: n for n, k in enumerate(KINDS)}


def check(data: Any, knowledge: Knowledge | None = None, today: dt.date | None = None) -> dict[str, Any]:
    """Validate ``data`` (parsed JSON) and run the check. Raises :class:`CheckInputError` for
    invalid input, never for anything clinical."""
    return check_request(read_request(data, today=today), knowledge)


def check_request(request: Request, knowledge: Knowledge | None = None) -> dict[str, Any]:
    k = knowledge or load_knowledge()
    entries = [
        Entry(id=f"{li}:{ei}", list_index=li, index=ei, role=lst.role, source=lst.source,
              text=item.text, action=item.action, taking=item.taking, note=item.note,
              parsed=parse_line(item.text, k), purpose=item.purpose)
        for li, lst in enumerate(request.lists)
        for ei, item in enumerate(lst.entries)
    ]
    warnings: list[str] = []
    high_alert = high_alert_ingredients(k, entries, request.patient)
    discrepancies, rows = compare_lists(entries, k, high_alert)

    scopes = [[e for e in entries if e.role == role] for role in ("actual", "reconciled")]
    scopes = [s for s in scopes if s] or [[e for e in entries if e.role == "intended"]]
    safety: list[Finding] = []
    seen: dict[tuple[Any, ...], Finding] = {}
    for scope in scopes:
        for f in safety_findings(k, scope, request.patient, warnings):
            key = (f.kind, tuple(f.drugs), *sorted((n, str(v)) for n, v in f.extra.items()
                                                    if n not in ("total_mg",)))
            old = seen.get(key)
            if old is None:
                seen[key] = f
                safety.append(f)
            else:
                old.entries.extend(x for x in f.entries if x not in old.entries)
    abbreviations = abbreviation_findings(k, entries)

    if request.patient.birth_date is None:
        warnings.append("No birth date was given, so the Beers criteria (age 65 and over) were not checked.")
    for e in entries:
        if not e.drugs and not (discrepancies and any(e.id in f.entries for f in discrepancies)):
            warnings.append(f"Entry {e.id} ('{e.text[:60]}', {e.source}) is not a medicine Hearth "
                            "recognises; it was not checked.")

    findings = [*discrepancies, *safety, *abbreviations]
    findings.sort(key=lambda f: (_SEVERITY_RANK[f.severity], _KIND_RANK[f.kind], f.drugs))
    summary = {kind: 0 for kind in KINDS}
    for f in findings:
        summary[f.kind] += 1
    return {
        "knowledge_version": k.version,
        "medications": [e.to_dict() for e in entries],
        "rows": [r.to_dict() for r in rows],
        "findings": [f.to_dict(n) for n, f in enumerate(findings, 1)],
        "warnings": warnings,
        "summary": summary,
    }
