"""The med rec check: discrepancy types, safety checks and the output contract.

Each case is built from published teaching material and rule sources: the MARQUIS toolkit's
discrepancy types, WHO High 5s, the ONC high-priority DDI list (Phansalkar 2012), AGS Beers
2023, ISMP high-alert and error-prone abbreviation lists, The Joint Commission's do-not-use
list, FDA acetaminophen labelling and the AAAAI 2022 drug allergy practice parameter. Positive
and negative controls sit side by side. The larger case library is in ``tests/medrec/cases``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.medrec.check import KINDS, CheckInputError, check
from app.medrec.knowledge import load_knowledge

AS_OF = "2026-11-29"
ELDER = {"birth_date": "1946-03-02", "as_of": AS_OF}  # 80
YOUNG = {"birth_date": "1976-03-02", "as_of": AS_OF}  # 50


def run(intended: list[Any] | None = None, actual: list[Any] | None = None, patient: dict | None = None,
        reconciled: list[Any] | None = None) -> dict[str, Any]:
    lists = []
    if intended is not None:
        lists.append({"role": "intended", "source": "discharge summary", "medications": intended})
    if actual is not None:
        lists.append({"role": "actual", "source": "bottles and interview", "medications": actual})
    if reconciled is not None:
        lists.append({"role": "reconciled", "source": "reconciled list", "medications": reconciled})
    return check({"patient": patient or YOUNG, "lists": lists})


def found(result: dict[str, Any], kind: str, **fields: Any) -> list[dict[str, Any]]:
    out = []
    for f in result["findings"]:
        if f["kind"] != kind:
            continue
        if "drugs" in fields and not set(fields["drugs"]) <= set(f["drugs"]):
            continue
        if all(f.get(k) == v for k, v in fields.items() if k != "drugs"):
            out.append(f)
    return out


def discrepancies(result: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((f["type"], tuple(f["drugs"])) for f in result["findings"] if f["kind"] == "discrepancy")


# --------------------------------------------------------------------------- discrepancy types
@pytest.mark.parametrize(("intended", "actual", "expected"), [
    # omission: a new anticoagulant never filled (high-alert: high severity)
    ([{"text": "apixaban 5 mg twice daily", "action": "new"}], ["lisinopril 10 mg daily"],
     [("commission", ("lisinopril",)), ("omission", ("apixaban",))]),
    # omission: the bottle is there but the patient says she stopped taking it
    (["atorvastatin 40 mg at bedtime"], [{"text": "atorvastatin 40 mg nightly", "taking": False}],
     [("omission", ("atorvastatin",))]),
    # commission: stopped at discharge, still taken
    ([{"text": "glyburide 5 mg daily", "action": "stop"}], ["glyburide 5 mg every morning"],
     [("commission", ("glyburide",))]),
    # documented stop, patient stopped: no discrepancy (negative control)
    ([{"text": "glyburide 5 mg daily", "action": "stop"}], [{"text": "glyburide 5 mg daily", "taking": False}], []),
    ([{"text": "simvastatin 40 mg qhs", "action": "discontinued"}, "atorvastatin 40 mg daily"],
     ["Lipitor 40 mg daily"], []),
    # dose: discharge doubled the diuretic, the old bottle is still used
    ([{"text": "furosemide 40 mg po bid", "action": "changed"}], ["Lasix 20 mg twice a day"],
     [("dose", ("furosemide",))]),
    # the same daily regimen written differently is a match (negative controls)
    (["lisinopril 20 mg one tablet daily"], ["lisinopril 10 mg, take 2 tablets daily"], []),
    (["metformin 1000 mg twice daily with meals"], ["metformin 500 mg 2 tabs bid"], []),
    (["Lasix 40 mg PO daily"], ["furosemide 40 mg by mouth once a day"], []),
    (["Toprol XL 50 mg daily"], ["metoprolol succinate ER 50 mg tablet, take 1 tablet by mouth once daily"], []),
    # frequency
    (["metformin 500 mg twice daily"], ["metformin 500 mg once daily"], [("frequency", ("metformin",))]),
    # route: methotrexate weekly injection vs tablets
    (["methotrexate 15 mg subcutaneous once weekly"], ["methotrexate 15 mg by mouth once weekly"],
     [("route", ("methotrexate",))]),
    # formulation: tartrate vs succinate ER (MARQUIS teaching example)
    (["Metoprolol succinate ER 25 mg tablet, take 1 tablet by mouth once daily"], ["metoprolol tartrate 25 mg bid"],
     [("formulation", ("metoprolol",))]),
    (["diltiazem ER 240 mg daily"], ["diltiazem 60 mg four times daily"], [("formulation", ("diltiazem",))]),
    # as needed vs scheduled
    (["oxycodone 5 mg every 6 hours as needed for pain"], ["oxycodone 5 mg every 6 hours"],
     [("prn_vs_scheduled", ("oxycodone",))]),
    # unclear: a name nobody can identify, and directions that cannot be compared
    (["lisinopril 10 mg daily"], ["lisinopril 10 mg daily", "the little white pill for water 1 daily"],
     [("unclear", ())]),
    (["warfarin 5 mg daily"], ["warfarin as directed"], [("unclear", ("warfarin",))]),
])
def test_discrepancy_types(intended: list[Any], actual: list[Any], expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert discrepancies(run(intended, actual)) == sorted(expected)


def test_discrepancy_carries_entries_severity_and_a_plain_message() -> None:
    r = run([{"text": "apixaban 5 mg twice daily", "action": "new"}, "furosemide 40 mg daily"],
            ["furosemide 20 mg daily"])
    omission = found(r, "discrepancy", type="omission")[0]
    assert omission["severity"] == "high"  # anticoagulants are high-alert
    assert omission["intended"] == "0:0" and omission["actual"] is None
    assert "Apixaban" in omission["message"] and "not taking" in omission["message"]
    dose = found(r, "discrepancy", type="dose")[0]
    assert dose["severity"] == "moderate"
    assert (dose["intended"], dose["actual"]) == ("0:1", "1:0")
    assert "40 mg" in dose["message"] and "20 mg" in dose["message"]
    assert "MARQUIS" in dose["source"]


def test_percocet_against_oxycodone_is_one_row_with_a_formulation_discrepancy() -> None:
    r = run(["Percocet 5/325 1 tab q6h prn pain"], ["oxycodone 5 mg q6h prn pain"])
    assert discrepancies(r) == [("formulation", ("acetaminophen", "oxycodone"))]
    assert len(r["rows"]) == 1 and r["rows"][0]["status"] == "discrepancy"


def test_several_intended_lists_report_one_discrepancy_each() -> None:
    r = check({"patient": YOUNG, "lists": [
        {"role": "intended", "source": "discharge summary", "medications": ["apixaban 5 mg bid"]},
        {"role": "intended", "source": "primary-care list", "medications": ["Eliquis 5 mg twice daily"]},
        {"role": "actual", "source": "bottles", "medications": ["lisinopril 10 mg daily"]},
    ]})
    omissions = found(r, "discrepancy", type="omission")
    assert len(omissions) == 1 and set(omissions[0]["entries"]) == {"0:0", "1:0"}


def test_the_same_medicine_in_fills_and_bottles_is_one_medicine() -> None:
    r = check({"patient": ELDER, "lists": [
        {"role": "intended", "source": "discharge", "medications": ["lisinopril 10 mg daily"]},
        {"role": "actual", "source": "pharmacy fills", "medications": ["lisinopril 10 mg tablet daily"]},
        {"role": "actual", "source": "bottles", "medications": ["lisinopril 10mg po qd"]},
    ]})
    assert discrepancies(r) == []
    assert not found(r, "therapeutic_duplication")
    assert [row["status"] for row in r["rows"]] == ["match"]


def test_rows_match_by_ingredient_and_carry_status() -> None:
    r = run(["Lasix 40 mg daily", {"text": "glyburide 5 mg daily", "action": "stop"}, "apixaban 5 mg bid"],
            ["furosemide 40 mg daily", {"text": "glyburide 5 mg daily", "taking": False}])
    status = {row["key"]: row["status"] for row in r["rows"]}
    assert status == {"furosemide": "match", "glyburide": "stopped", "apixaban": "discrepancy"}
    row = next(x for x in r["rows"] if x["key"] == "furosemide")
    assert row["intended"] == ["0:0"] and row["actual"] == ["1:0"]


# --------------------------------------------------------------------------- interactions (ONC)
ONC_PAIRS = {
    "ONC-HIGH-1": ("Adderall XR 20 mg every morning", "phenelzine 15 mg three times daily"),
    "ONC-HIGH-2": ("atazanavir 300 mg daily", "Prilosec 20 mg daily"),
    "ONC-HIGH-3": ("febuxostat 40 mg daily", "azathioprine 50 mg daily"),
    "ONC-HIGH-4": ("sertraline 50 mg daily", "phenelzine 15 mg tid"),
    "ONC-HIGH-5": ("irinotecan 100 mg weekly", "ketoconazole 200 mg daily"),
    "ONC-HIGH-6": ("oxycodone 5 mg q6h prn pain", "tranylcypromine 10 mg bid"),
    "ONC-HIGH-7": ("amitriptyline 25 mg qhs", "tranylcypromine 10 mg bid"),
    "ONC-HIGH-8": ("dofetilide 500 mcg bid", "azithromycin 250 mg daily"),
    "ONC-HIGH-9": ("ramelteon 8 mg at bedtime", "fluvoxamine 100 mg daily"),
    "ONC-HIGH-10": ("rifampin 600 mg daily", "darunavir 800 mg daily"),
    "ONC-HIGH-11": ("simvastatin 40 mg at bedtime", "clarithromycin 500 mg bid"),
    "ONC-HIGH-12": ("ergotamine 1 mg daily", "ritonavir 100 mg daily"),
    "ONC-HIGH-13": ("tizanidine 4 mg three times daily", "Cipro 500 mg twice daily"),
    "ONC-HIGH-14": ("tranylcypromine 10 mg bid", "procarbazine 50 mg daily"),
    "ONC-HIGH-15": ("sumatriptan 50 mg once daily as needed for migraine", "phenelzine 15 mg tid"),
}


@pytest.mark.parametrize("code", sorted(ONC_PAIRS, key=lambda c: int(c.rsplit("-", 1)[1])))
@pytest.mark.parametrize("order", [1, -1])
def test_onc_high_priority_interactions_either_order(code: str, order: int) -> None:
    r = run(actual=list(ONC_PAIRS[code])[::order])
    hits = found(r, "interaction", code=code)
    assert len(hits) == 1, [f["code"] for f in found(r, "interaction")]
    assert hits[0]["severity"] == "high"
    assert "Phansalkar" in hits[0]["source"]
    assert set(hits[0]["entries"]) == {"0:0", "0:1"}


@pytest.mark.parametrize("pair", [
    ("simvastatin 40 mg daily", "azithromycin 250 mg daily"),  # not a strong CYP3A4 inhibitor
    ("tizanidine 4 mg tid", "levofloxacin 500 mg daily"),  # not a strong CYP1A2 inhibitor
    ("pravastatin 40 mg daily", "clarithromycin 500 mg bid"),  # not CYP3A4-dependent
    ("sertraline 50 mg daily", "lisinopril 10 mg daily"),
])
def test_interaction_negative_controls(pair: tuple[str, str]) -> None:
    assert not found(run(actual=list(pair)), "interaction")


def test_other_interactions_have_their_own_codes() -> None:
    r = run(actual=["warfarin 5 mg daily", "ibuprofen 400 mg three times daily"])
    hit = found(r, "interaction", drugs=["warfarin", "ibuprofen"])
    assert hit and not hit[0]["code"].startswith("ONC-HIGH")


def test_interactions_only_among_what_is_taken() -> None:
    r = run(["simvastatin 40 mg qhs"], ["simvastatin 40 mg qhs",
                                         {"text": "clarithromycin 500 mg bid", "taking": False}])
    assert not found(r, "interaction")


# --------------------------------------------------------------------------- duplication
def test_same_ingredient_in_two_products() -> None:
    r = run(actual=["Percocet 5/325 1 tab every 6 hours as needed for pain", "Tylenol 500 mg 1 tab q6h prn"])
    dup = found(r, "therapeutic_duplication", basis="ingredient")
    assert [d["drugs"] for d in dup] == [["acetaminophen"]]


def test_same_class_twice() -> None:
    r = run(actual=["omeprazole 20 mg daily", "pantoprazole 40 mg daily"])
    dup = found(r, "therapeutic_duplication", basis="class")
    assert dup and dup[0]["class"] == "ppi" and dup[0]["drugs"] == ["omeprazole", "pantoprazole"]
    r = run(actual=["warfarin 5 mg daily", "Eliquis 5 mg bid"])
    assert found(r, "therapeutic_duplication", **{"class": "anticoagulant"})[0]["severity"] == "high"


@pytest.mark.parametrize("meds", [
    ["insulin glargine 20 units at bedtime", "insulin lispro 5 units with meals"],  # basal + bolus
    ["lisinopril 10 mg daily", "amlodipine 5 mg daily"],
    ["Advair 250/50 1 puff bid", "albuterol 2 puffs q4h prn"],
])
def test_duplication_negative_controls(meds: list[str]) -> None:
    assert not found(run(actual=meds), "therapeutic_duplication")


# --------------------------------------------------------------------------- max daily dose
def test_acetaminophen_over_4_g_across_products() -> None:
    r = run(actual=["Percocet 5/325 1 to 2 tablets every 4 hours prn pain",
                    "Tylenol Extra Strength 500 mg, 2 tabs every 6 hours as needed"])
    hit = found(r, "max_daily_dose", drugs=["acetaminophen"])
    assert len(hit) == 1
    assert hit[0]["total_mg"] == 3900 + 4000 and hit[0]["limit_mg"] == 4000
    assert hit[0]["severity"] == "high"


@pytest.mark.parametrize("meds", [
    ["Tylenol 325 mg 2 tabs every 6 hours as needed"],  # 2,600 mg
    ["acetaminophen 1000 mg every 6 hours"],  # exactly 4,000 mg: at the limit, not over
])
def test_max_daily_dose_negative_controls(meds: list[str]) -> None:
    assert not found(run(actual=meds), "max_daily_dose")


def test_max_daily_dose_ignores_what_is_not_taken() -> None:
    r = run(actual=["acetaminophen 1000 mg every 6 hours", {"text": "Norco 5/325 q6h prn", "taking": False}])
    assert not found(r, "max_daily_dose")


# --------------------------------------------------------------------------- Beers
def test_beers_for_older_adults_only() -> None:
    meds = ["diphenhydramine 25 mg at bedtime", "lorazepam 0.5 mg at bedtime", "glyburide 5 mg daily"]
    old = run(actual=meds, patient=ELDER)
    assert {f["drugs"][0] for f in found(old, "beers")} == {"diphenhydramine", "lorazepam", "glyburide"}
    assert "AGS" in found(old, "beers")[0]["source"] or "Beers" in found(old, "beers")[0]["source"]
    assert not found(run(actual=meds, patient=YOUNG), "beers")


@pytest.mark.parametrize(("birth", "applies"), [("1961-11-29", True), ("1961-11-30", False)])
def test_beers_age_boundary_on_as_of(birth: str, applies: bool) -> None:
    r = run(actual=["diphenhydramine 25 mg at bedtime"], patient={"birth_date": birth, "as_of": AS_OF})
    assert bool(found(r, "beers")) is applies


def test_beers_conditions_the_list_can_show() -> None:
    r = run(actual=["nifedipine ER 30 mg daily", "omeprazole 20 mg daily as needed for heartburn",
                    "aspirin 81 mg daily"], patient=ELDER)
    criteria = {f["criterion"] for f in found(r, "beers")}
    assert "nifedipine_immediate_release" not in criteria
    assert "ppi_long_term" not in criteria
    assert "nsaids_nonselective_chronic" not in criteria  # aspirin at or under 325 mg a day
    assert "aspirin_primary_prevention" in criteria  # needs the indication: reported, low
    assert found(r, "beers", criterion="aspirin_primary_prevention")[0]["severity"] == "low"
    r = run(actual=["nifedipine 10 mg three times daily", "insulin lispro per sliding scale with meals"],
            patient=ELDER)
    assert {"nifedipine_immediate_release", "sliding_scale_insulin"} <= {f["criterion"] for f in found(r, "beers")}
    for basal_or_fixed in (["insulin glargine 20 units at bedtime", "insulin lispro sliding scale with meals"],
                           ["insulin lispro 4 units with meals"]):  # with basal insulin; a fixed dose
        r = run(actual=basal_or_fixed, patient=ELDER)
        assert "sliding_scale_insulin" not in {f["criterion"] for f in found(r, "beers")}


def test_no_birth_date_no_beers_and_a_warning() -> None:
    r = check({"lists": [{"role": "actual", "medications": ["diphenhydramine 25 mg qhs"]}]})
    assert not found(r, "beers")
    assert any("birth date" in w for w in r["warnings"])


# --------------------------------------------------------------------------- high alert
def test_high_alert_medicines_flagged() -> None:
    r = run(actual=["insulin glargine 20 units at bedtime", "warfarin 5 mg daily", "methotrexate 15 mg weekly",
                    "lisinopril 10 mg daily"])
    flagged = {f["drugs"][0] for f in found(r, "high_alert")}
    assert flagged == {"insulin glargine", "warfarin", "methotrexate"}
    assert all("ISMP" in f["source"] for f in found(r, "high_alert"))


# --------------------------------------------------------------------------- allergy
@pytest.mark.parametrize(("allergy", "med", "level"), [
    ("amoxicillin", "cephalexin 500 mg four times daily", "high"),  # shared R1 side chain
    ("amoxicillin", "Augmentin 875 mg bid", "high"),  # contains amoxicillin
    ("amoxicillin", "ceftriaxone 1 g IM daily", "low"),  # other cephalosporin
    ("penicillin", "cefdinir 300 mg bid", "low"),
    ("PCN", "amoxicillin 500 mg tid", "high"),
    ("sulfa", "Bactrim DS 1 tab bid", "high"),
    ("sulfa", "furosemide 40 mg daily", "low"),  # non-antibiotic sulfonamide
    ("codeine", "Tylenol #3 1 tab q6h prn pain", "high"),
])
def test_allergy_cross_sensitivity(allergy: str, med: str, level: str) -> None:
    r = run(actual=[med], patient={**YOUNG, "allergies": [{"substance": allergy, "reaction": "hives"}]})
    hits = found(r, "allergy")
    assert [h["level"] for h in hits] == [level], hits
    assert hits[0]["allergen"] == allergy
    assert hits[0]["severity"] == ("high" if level == "high" else "low")


@pytest.mark.parametrize(("allergy", "med"), [
    ("amoxicillin", "azithromycin 250 mg daily"),
    ("sulfa", "lisinopril 10 mg daily"),
    ("penicillin", "levofloxacin 500 mg daily"),
])
def test_allergy_negative_controls(allergy: str, med: str) -> None:
    r = run(actual=[med], patient={**YOUNG, "allergies": [allergy]})
    assert not found(r, "allergy")


def test_unknown_allergen_is_a_warning_not_silence() -> None:
    r = run(actual=["lisinopril 10 mg daily"], patient={**YOUNG, "allergies": ["peanuts", "latex"]})
    assert not found(r, "allergy")
    assert sum("not a medicine Hearth knows" in w for w in r["warnings"]) == 2


# --------------------------------------------------------------------------- abbreviations
@pytest.mark.parametrize(("text", "token", "listed"), [
    ("lisinopril 10mg po qd", "qd", "tjc_do_not_use"),
    ("insulin glargine 10 U at bedtime", "U", "tjc_do_not_use"),
    ("warfarin 5.0 mg daily", "5.0", "tjc_do_not_use"),
    ("levothyroxine .5 mg daily", ".5", "tjc_do_not_use"),
    ("MSO4 15 mg q4h prn pain", "MSO4", "tjc_do_not_use"),
    ("zolpidem 5 mg qhs", "qhs", "ismp_error_prone"),
    ("enoxaparin 40 mg SC daily", "SC", "ismp_error_prone"),
])
def test_abbreviations_reported_as_written(text: str, token: str, listed: str) -> None:
    r = run(intended=[text], actual=[text])
    hits = found(r, "abbreviation", token=token)
    assert hits and hits[0]["list"] == listed
    assert {h["entries"][0] for h in hits} == {"0:0", "1:0"}  # every list, as written


def test_abbreviation_negative_control() -> None:
    r = run(actual=["lisinopril 10 mg by mouth daily", "insulin glargine 10 units at bedtime", "warfarin 5 mg daily"])
    assert not found(r, "abbreviation")


# --------------------------------------------------------------------------- the contract
def test_output_contract() -> None:
    r = run(["lisinopril 10 mg daily", "apixaban 5 mg bid"], ["lisinopril 10mg po qd", "ibuprofen 400 mg tid"],
            patient={**ELDER, "allergies": [{"substance": "amoxicillin", "reaction": "hives"}]})
    assert set(r) == {"knowledge_version", "medications", "rows", "findings", "warnings", "summary"}
    assert r["knowledge_version"] == load_knowledge().version
    assert [m["id"] for m in r["medications"]] == ["0:0", "0:1", "1:0", "1:1"]
    med = r["medications"][2]
    assert med["role"] == "actual" and med["taking"] is True and med["ingredients"] == ["lisinopril"]
    assert med["dose_mg"] == {"lisinopril": 10.0} and med["frequency_per_day"] == 1.0
    per_kind = {"discrepancy": "type", "interaction": "code", "allergy": "level", "abbreviation": "token",
                "max_daily_dose": "total_mg"}
    ids = set()
    for f in r["findings"]:
        assert f["kind"] in KINDS
        assert f["severity"] in ("high", "moderate", "low", "info")
        assert f["message"] and f["source"] and f["drugs"] == [d.lower() for d in f["drugs"]]
        if f["kind"] in per_kind:
            assert per_kind[f["kind"]] in f
        ids.add(f["id"])
    assert len(ids) == len(r["findings"])
    assert r["summary"]["discrepancy"] == len(found(r, "discrepancy"))
    ranks = [("high", "moderate", "low", "info").index(f["severity"]) for f in r["findings"]]
    assert ranks == sorted(ranks)  # most severe first


def test_actual_list_alone_runs_the_safety_checks_only() -> None:
    r = run(actual=["warfarin 5 mg daily", "ibuprofen 400 mg tid"])
    assert not found(r, "discrepancy")
    assert found(r, "interaction")
    assert {row["status"] for row in r["rows"]} == {"single"}


def test_reconciled_list_is_checked_too() -> None:
    r = run(["lisinopril 10 mg daily"], ["lisinopril 10 mg daily"],
            reconciled=["lisinopril 10 mg daily", "simvastatin 20 mg qhs", "clarithromycin 500 mg bid"])
    assert found(r, "interaction", code="ONC-HIGH-11")[0]["entries"] == ["2:1", "2:2"]
    # a medicine stopped on the reconciled list is not checked
    r = run(actual=["lisinopril 10 mg daily"], reconciled=[
        "simvastatin 20 mg qhs", {"text": "clarithromycin 500 mg bid", "action": "stop"}])
    assert not found(r, "interaction")


@pytest.mark.parametrize(("data", "message"), [
    ([], "must be a JSON object"),
    ({}, "lists: expected a non-empty list"),
    ({"lists": []}, "lists: expected a non-empty list"),
    ({"lists": [{"role": "prescribed", "medications": []}]}, "lists[0].role: expected one of"),
    ({"lists": [{"role": "actual", "medications": [{"text": "  "}]}]}, "lists[0].medications[0].text"),
    ({"lists": [{"role": "actual", "medications": [{"text": "x", "taking": "yes"}]}]}, "taking: expected true or false"),
    ({"lists": [{"role": "intended", "medications": [{"text": "x", "action": "pause"}]}]}, "action: expected one of"),
    ({"lists": [{"role": "actual", "medications": [{"text": "x", "action": "stop"}]}]}, "only intended and reconciled"),
    ({"lists": [{"role": "actual", "medications": 3}]}, "medications: expected a list"),
    ({"patient": {"birth_date": "30/06/1948"}, "lists": [{"role": "actual", "medications": []}]}, "patient.birth_date"),
    ({"patient": {"birth_date": "2030-01-01", "as_of": "2026-11-29"},
      "lists": [{"role": "actual", "medications": []}]}, "after patient.as_of"),
    ({"patient": {"allergies": [{"reaction": "rash"}]}, "lists": [{"role": "actual", "medications": []}]},
     "patient.allergies[0].substance"),
])
def test_invalid_input_names_the_field(data: Any, message: str) -> None:
    with pytest.raises(CheckInputError) as info:
        check(data)
    assert message in str(info.value)


def test_error_messages_never_echo_values() -> None:
    secret = "Zzsecretname"
    with pytest.raises(CheckInputError) as info:
        check({"patient": {"birth_date": secret}, "lists": [{"role": "actual", "medications": []}]})
    assert secret not in str(info.value)
    with pytest.raises(CheckInputError) as info:
        check({"lists": [{"role": secret, "medications": []}]})
    assert secret not in str(info.value)


def test_as_of_defaults_to_today() -> None:
    born = dt.date.today().replace(year=dt.date.today().year - 70)
    r = check({"patient": {"birth_date": born.isoformat()},
               "lists": [{"role": "actual", "medications": ["diphenhydramine 25 mg qhs"]}]})
    assert found(r, "beers")


# --------------------------------------------------------------------------- units and limits
def test_potassium_in_meq_compares_and_describes() -> None:
    r = run(["potassium chloride ER 20 mEq daily"], ["KCl 10 mEq po daily"])
    dose = found(r, "discrepancy", type="dose")
    assert dose and "20 mEq" in dose[0]["message"] and "10 mEq" in dose[0]["message"]
    assert not found(run(["potassium chloride ER 20 mEq daily"], ["K-Dur 20 mEq 1 tab daily"]), "discrepancy")


def test_product_names_fix_their_strength() -> None:
    r = run(actual=["Tylenol #3 2 tabs every 4 hours as needed for pain", "Tylenol Extra Strength 2 caplets q6h prn"])
    hit = found(r, "max_daily_dose", drugs=["acetaminophen"])
    assert hit and hit[0]["total_mg"] == 600 * 6 + 1000 * 4


def test_high_alert_items_limited_by_route_or_age() -> None:
    adult = run(actual=["EpiPen 0.3 mg IM once as needed for anaphylaxis", "midazolam 5 mg nasal spray prn seizure"])
    assert {f["item"] for f in found(adult, "high_alert")} == {"epinephrine_im_subcutaneous"}
    child = run(actual=["midazolam 10 mg by mouth once before the procedure"],
                patient={"birth_date": "2020-01-01", "as_of": AS_OF})
    assert {f["item"] for f in found(child, "high_alert")} == {"pediatric_oral_sedation"}
