"""app.medrec.parse: a table-driven library of medication lines.

Every case runs against a small fake knowledge object (so the parser is tested on its own);
the same lines also run against the real knowledge base when resources/medrec is present.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.medrec.parse import ParsedMedication, parse_line


class FakeKnowledge:
    """The subset of app.medrec.knowledge.Knowledge the parser uses."""

    _DRUGS: dict[str, tuple[str, ...]] = {
        "metoprolol": ("tartrate", "succinate"),
        "lisinopril": (),
        "acetaminophen": (),
        "oxycodone": ("hydrochloride",),
        "hydrocodone": ("bitartrate",),
        "metformin": ("hydrochloride",),
        "insulin glargine": (),
        "warfarin": ("sodium",),
        "simvastatin": (),
        "epoetin alfa": (),
        "hydrochlorothiazide": (),
        "amlodipine": ("besylate",),
        "levothyroxine": ("sodium",),
        "albuterol": ("sulfate",),
        "zolpidem": ("tartrate",),
        "furosemide": (),
        "fentanyl": (),
        "methotrexate": (),
        "amoxicillin": (),
        "morphine": ("sulfate",),
        "ibuprofen": (),
        "prednisone": (),
        "cyanocobalamin": (),
        "nitroglycerin": (),
        "alendronate": ("sodium",),
        "aspirin": (),
        "lorazepam": (),
        "omeprazole": (),
        "lactulose": (),
        "potassium chloride": (),
        "losartan": ("potassium",),
        "ferrous sulfate": (),
    }
    _BRANDS: dict[str, tuple[str, ...]] = {
        "toprol xl": ("metoprolol",),
        "lopressor": ("metoprolol",),
        "tylenol": ("acetaminophen",),
        "tylenol extra strength": ("acetaminophen",),
        "percocet": ("oxycodone", "acetaminophen"),
        "norco": ("hydrocodone", "acetaminophen"),
        "oxycodone acetaminophen": ("oxycodone", "acetaminophen"),
        "hydrocodone acetaminophen": ("hydrocodone", "acetaminophen"),
        "apap": ("acetaminophen",),
        "hctz": ("hydrochlorothiazide",),
        "lantus": ("insulin glargine",),
        "ms contin": ("morphine",),
        "ambien": ("zolpidem",),
        "lasix": ("furosemide",),
        "coumadin": ("warfarin",),
        "glucophage": ("metformin",),
        "kcl": ("potassium chloride",),
    }

    class _Info:
        def __init__(self, generic: str, salts: tuple[str, ...]) -> None:
            self.generic, self.salts, self.brands, self.classes = generic, salts, (), ()

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, ...]] = {g: (g,) for g in self._DRUGS}
        self._names.update(self._BRANDS)
        for g, salts in self._DRUGS.items():
            for s in salts:
                self._names.setdefault(f"{g} {s}", (g,))

    def lookup(self, name: str) -> tuple[str, ...] | None:
        return self._names.get(" ".join(name.lower().replace("-", " ").replace("/", " ").split()))

    def names(self) -> list[str]:
        return sorted(self._names, key=lambda n: (-len(n), n))

    def drug(self, generic: str) -> Any:
        salts = self._DRUGS.get(generic.lower())
        return None if salts is None else self._Info(generic.lower(), salts)


FAKE = FakeKnowledge()


def _real_knowledge() -> Any:
    try:
        from app.medrec.knowledge import load_knowledge

        return load_knowledge()
    except Exception as exc:  # noqa: BLE001 - any failure means "not available yet"
        return exc


# (line, expected fields). Only the listed fields are compared. "real": False = fake knowledge only
# (the expectation depends on the fake's exact contents); "real": True = real knowledge base only.
CASES: list[tuple[str, dict[str, Any]]] = [
    # --- the brief's examples
    ("Metoprolol succinate ER 25 mg tablet, take 1 tablet by mouth once daily",
     dict(ingredients=["metoprolol"], salt="succinate", formulation="ER", dose_form="tablet",
          strengths_mg={"metoprolol": 25}, dose_quantity_max=1, dose_unit="tablet", route="oral",
          frequency_per_day=1, frequency_text="once daily", dose_mg={"metoprolol": 25},
          daily_mg={"metoprolol": 25}, brand=None, prn=False, timing=["morning"], timing_inferred=True,
          is_clear=True)),
    ("lisinopril 10mg po qd",
     dict(ingredients=["lisinopril"], strengths_mg={"lisinopril": 10}, route="oral", frequency_per_day=1,
          dose_mg={"lisinopril": 10}, daily_mg={"lisinopril": 10}, abbreviations_seen=["qd"], is_clear=True)),
    ("Tylenol Extra Strength 500 mg, 2 tabs every 6 hours as needed",
     dict(ingredients=["acetaminophen"], brand_startswith="Tylenol", strengths_mg={"acetaminophen": 500},
          dose_quantity_min=2, dose_quantity_max=2, dose_unit="tablet", frequency_per_day=4,
          frequency_text="every 6 hours", prn=True, dose_mg={"acetaminophen": 1000},
          daily_mg={"acetaminophen": 4000})),
    ("Oxycodone-acetaminophen 5-325 mg, 1 to 2 tablets every 4 hours prn pain",
     dict(ingredients=["oxycodone", "acetaminophen"], brand=None,
          strengths_mg={"oxycodone": 5, "acetaminophen": 325}, dose_quantity_min=1, dose_quantity_max=2,
          dose_unit="tablet", dose_mg={"oxycodone": 10, "acetaminophen": 650}, frequency_per_day=6,
          prn=True, prn_reason="pain", daily_mg={"oxycodone": 60, "acetaminophen": 3900}, is_clear=True)),
    ("24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet",
     dict(ingredients=["metformin"], salt="hydrochloride", formulation="ER", dose_form="tablet",
          route="oral", strengths_mg={"metformin": 500}, frequency_per_day=None,
          unclear_contains="missing frequency")),
    ("Insulin glargine 100 unit/mL, inject 20 units subcutaneously at bedtime",
     dict(ingredients=["insulin glargine"], strength_units={"insulin glargine": 100}, strength_per="mL",
          strengths_mg={}, dose_quantity_max=20, dose_unit="unit", route="subcutaneous", frequency_per_day=1,
          timing=["bedtime"], timing_inferred=False, dose_form="injection", dose_mg={}, is_clear=True)),
    ("Warfarin 5 mg: 1 tab PO daily except 2.5 mg on Mondays",
     dict(ingredients=["warfarin"], strengths_mg={"warfarin": 5}, frequency_per_day=1, route="oral",
          unclear_contains="variable dose", is_clear=False)),
    # --- brand names and combinations
    ("Tylenol Extra Strength 500 mg 2 tabs q6h prn",
     dict(brand="Tylenol Extra Strength", ingredients=["acetaminophen"])),  # longest name wins
    ("Xarelto 20 mg with evening meal",
     dict(ingredients=["rivaroxaban"], brand="Xarelto", frequency_per_day=1, timing=["evening"],
          daily_mg={"rivaroxaban": 20}, real=True)),
    ("Tylenol 325 mg 2 tabs q4h prn fever, max 10 tabs per day",
     dict(prn_reason="fever", frequency_per_day=6, dose_mg={"acetaminophen": 650}, daily_mg={"acetaminophen": 3250})),
    ("Augmentin 875-125 mg po bid x 10 days",
     dict(ingredients=["amoxicillin", "clavulanate"], brand="Augmentin", duration_days=10,
          daily_mg={"amoxicillin": 1750, "clavulanate": 250}, real=True)),
    ("Fluticasone propionate 50 mcg/actuation nasal spray 2 sprays each nostril daily",
     dict(ingredients=["fluticasone"], salt="propionate", route="nasal", dose_unit="spray", strength_per="actuation",
          dose_mg={"fluticasone": 0.2}, real=True)),
    ("Toprol XL 50 mg daily",
     dict(ingredients=["metoprolol"], brand="Toprol XL", formulation="ER", strengths_mg={"metoprolol": 50},
          dose_mg={"metoprolol": 50}, frequency_per_day=1)),
    ("Percocet 5/325 1-2 tabs q4-6h prn pain",
     dict(ingredients=["oxycodone", "acetaminophen"], brand="Percocet",
          strengths_mg={"oxycodone": 5, "acetaminophen": 325}, dose_quantity_max=2,
          frequency_per_day=6, frequency_text="every 4 to 6 hours", prn_reason="pain",
          daily_mg={"oxycodone": 60, "acetaminophen": 3900})),
    ("hydrocodone/APAP 5/325 mg 1 tab q6h prn",
     dict(ingredients=["hydrocodone", "acetaminophen"], brand=None,
          strengths_mg={"hydrocodone": 5, "acetaminophen": 325}, frequency_per_day=4, prn=True,
          dose_mg={"hydrocodone": 5, "acetaminophen": 325})),
    ("Norco 10-325 mg tablet 1 tablet every 6 hours as needed for moderate pain",
     dict(ingredients=["hydrocodone", "acetaminophen"], brand="Norco", prn_reason="moderate pain",
          daily_mg={"hydrocodone": 40, "acetaminophen": 1300})),
    ("Lantus 100 units/mL inject 30 units sq qhs",
     dict(ingredients=["insulin glargine"], brand="Lantus", route="subcutaneous", dose_quantity_max=30,
          dose_unit="unit", frequency_per_day=1, timing=["bedtime"], abbreviations_seen=["sq", "qhs"])),
    ("Lasix 40 mg PO BID",
     dict(ingredients=["furosemide"], brand="Lasix", frequency_per_day=2, frequency_text="twice daily",
          timing=["morning", "evening"], timing_inferred=True, daily_mg={"furosemide": 80})),
    ("MS Contin 15 mg q12h",
     dict(ingredients=["morphine"], brand="MS Contin", frequency_per_day=2, daily_mg={"morphine": 30},
          abbreviations_seen=[])),  # "MS" alone is error-prone; the brand name "MS Contin" is not
    ("MS 15 mg po q4h prn", dict(abbreviations_seen=["MS"], real=False)),
    # --- RxNorm display strings (Synthea)
    ("Simvastatin 10 MG Oral Tablet",
     dict(ingredients=["simvastatin"], strengths_mg={"simvastatin": 10}, dose_form="tablet", route="oral",
          frequency_per_day=None, daily_mg={}, unclear_contains="missing frequency")),
    ("Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral Tablet",
     dict(ingredients=["acetaminophen", "oxycodone"], strengths_mg={"acetaminophen": 325, "oxycodone": 5},
          salt="hydrochloride", dose_form="tablet", route="oral", brand=None)),
    ("1 ML Epoetin Alfa 4000 UNT/ML Injection",
     dict(ingredients=["epoetin alfa"], strength_units={"epoetin alfa": 4000}, strength_per="mL",
          dose_form="injection", strengths_mg={})),
    ("Hydrochlorothiazide 25 MG Oral Tablet",
     dict(ingredients=["hydrochlorothiazide"], strengths_mg={"hydrochlorothiazide": 25}, route="oral")),
    ("Amlodipine 2.5 MG Oral Tablet",
     dict(ingredients=["amlodipine"], strengths_mg={"amlodipine": 2.5}, dose_form="tablet")),
    ("12 HR Oxycodone Hydrochloride 10 MG Extended Release Oral Tablet",
     dict(ingredients=["oxycodone"], formulation="ER", salt="hydrochloride", strengths_mg={"oxycodone": 10})),
    ("NDA020503 200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler",
     dict(ingredients=["albuterol"], strengths_mg={"albuterol": 0.09}, strength_per="actuation",
          dose_form="inhaler", route="inhaled")),
    ("insulin isophane, human 70 UNT/ML / insulin, regular, human 30 UNT/ML Injectable Suspension [Humulin]",
     dict(ingredients=["insulin nph", "insulin regular"], brand=None,
          strength_units={"insulin nph": 70, "insulin regular": 30}, dose_form="injection", real=True)),
    ("Humulin 70/30 100 unit/mL 20 units sc bid before meals",
     dict(ingredients=["insulin nph", "insulin regular"], brand="Humulin 70/30", strengths_mg={},
          dose_quantity_max=20, dose_unit="unit", frequency_per_day=2, is_clear=True, real=True)),
    ("Toprol-XL 25 mg daily", dict(ingredients=["metoprolol"], brand="Toprol-XL", formulation="ER")),
    ("Wellbutrin XL 150 mg qam",
     dict(ingredients=["bupropion"], brand="Wellbutrin XL", formulation="ER", timing=["morning"], real=True)),
    # --- units conversion
    ("Levothyroxine 50 mcg tablet, take 1 tablet every morning",
     dict(ingredients=["levothyroxine"], strengths_mg={"levothyroxine": 0.05}, dose_mg={"levothyroxine": 0.05},
          frequency_per_day=1, timing=["morning"], timing_inferred=False)),
    ("Metformin 1 g tablet 1 tab twice daily with meals",
     dict(strengths_mg={"metformin": 1000}, daily_mg={"metformin": 2000})),
    ("Metformin 1,000 mg po bid",
     dict(strengths_mg={"metformin": 1000}, daily_mg={"metformin": 2000}, frequency_per_day=2)),
    ("cyanocobalamin 1000 mcg im monthly",
     dict(strengths_mg={"cyanocobalamin": 1}, route="intramuscular", frequency_per_day=round(1 / 30, 6))),
    # --- direct mg doses, halves, word numbers
    ("Metoprolol tartrate 25 mg, take 12.5 mg by mouth twice daily",
     dict(salt="tartrate", dose_unit="mg", dose_quantity_max=12.5, dose_mg={"metoprolol": 12.5},
          daily_mg={"metoprolol": 25})),
    ("Amlodipine 10 mg ½ tab po daily",
     dict(dose_quantity_max=0.5, dose_mg={"amlodipine": 5}, daily_mg={"amlodipine": 5})),
    ("Lisinopril 20 mg take one tablet by mouth daily",
     dict(dose_quantity_max=1, dose_unit="tablet", daily_mg={"lisinopril": 20})),
    ("Prednisone 5 mg tablet take two (2) tablets by mouth once a day for 5 days",
     dict(dose_quantity_max=2, dose_mg={"prednisone": 10}, duration_days=5, frequency_per_day=1)),
    ("amoxicillin 500 mg cap 1 cap po tid x7 days",
     dict(dose_form="capsule", dose_unit="capsule", frequency_per_day=3, frequency_text="three times daily",
          duration_days=7, timing=["morning", "noon", "evening"], daily_mg={"amoxicillin": 1500})),
    # --- every frequency form
    ("ibuprofen 400 mg 1 tab qid prn pain", dict(frequency_per_day=4, prn_reason="pain", daily_mg={"ibuprofen": 1600})),
    ("furosemide 20 mg 1 tab every other day", dict(frequency_per_day=0.5, frequency_text="every other day")),
    ("furosemide 20 mg 1 tab qod", dict(frequency_per_day=0.5, abbreviations_seen=["qod"])),
    ("methotrexate 2.5 mg 4 tabs once a week", dict(frequency_per_day=round(1 / 7, 6), dose_mg={"methotrexate": 10},
                                                    daily_mg={"methotrexate": round(10 / 7, 6)})),
    ("methotrexate 2.5 mg 6 tabs every Monday",
     dict(frequency_per_day=round(1 / 7, 6), dose_mg={"methotrexate": 15}, is_clear=True)),
    ("doxycycline 100 mg bid, avoid sun exposure", dict(is_clear=True, frequency_per_day=2, real=True)),
    ("warfarin 5 mg daily except 2.5 mg on Sundays",
     dict(frequency_per_day=1, unclear_contains="variable dose", dose_mg={"warfarin": 5})),
    ("ondansetron 4 mg q8h prn nausea or vomiting", dict(prn_reason="nausea or vomiting", real=True)),
    ("alendronate 70 mg weekly", dict(frequency_per_day=round(1 / 7, 6), frequency_text="once weekly")),
    ("furosemide 40 mg po three times a week", dict(frequency_per_day=round(3 / 7, 6))),
    ("furosemide 40 mg po TIW", dict(frequency_per_day=round(3 / 7, 6), abbreviations_seen=["TIW"])),
    ("furosemide 40 mg po three times weekly", dict(frequency_per_day=round(3 / 7, 6), frequency_text="three times a week")),
    ("cyanocobalamin 1000 mcg 4 times weekly", dict(frequency_per_day=round(4 / 7, 6))),
    ("furosemide 20 mg twice weekly", dict(frequency_per_day=round(2 / 7, 6))),
    ("morphine 15 mg q8h", dict(frequency_per_day=3, frequency_text="every 8 hours")),
    ("morphine 15 mg every 12 hours", dict(frequency_per_day=2)),
    ("zolpidem 5 mg po hs prn sleep",
     dict(frequency_per_day=1, timing=["bedtime"], prn=True, prn_reason="sleep", abbreviations_seen=["hs"])),
    ("Ambien 10 mg 1 tab at bedtime as needed for sleep",
     dict(brand="Ambien", prn_reason="sleep", timing=["bedtime"], daily_mg={"zolpidem": 10})),
    ("lisinopril 5 mg 1 tab 2 times a day", dict(frequency_per_day=2)),
    ("lorazepam 0.5 mg 1 tab in the morning and at bedtime",
     dict(frequency_per_day=2, timing=["morning", "bedtime"], timing_inferred=False, daily_mg={"lorazepam": 1})),
    ("omeprazole 20 mg DR capsule 1 cap daily before breakfast",
     dict(formulation="DR", dose_form="capsule", timing=["morning"], timing_inferred=False)),
    # --- stated daily limits
    ("acetaminophen 500 mg 2 tabs prn pain max 8 tabs per day",
     dict(prn=True, frequency_per_day=None, daily_mg={"acetaminophen": 4000}, is_clear=True)),
    ("acetaminophen 500 mg 2 tabs q6h prn pain not to exceed 3 g daily",
     dict(frequency_per_day=4, daily_mg={"acetaminophen": 3000})),
    ("acetaminophen 500 mg 1-2 tabs q4-6h prn, max 4 doses/24h",
     dict(formulation=None, frequency_per_day=6, daily_mg={"acetaminophen": 4000})),
    # --- routes
    ("albuterol 90 mcg/actuation inhaler 2 puffs inhaled every 4 hours as needed for shortness of breath",
     dict(dose_form="inhaler", route="inhaled", dose_unit="puff", dose_quantity_max=2, frequency_per_day=6,
          prn_reason="shortness of breath")),
    ("fentanyl 25 mcg/hr patch, apply 1 patch every 72 hours",
     dict(dose_form="patch", route="transdermal", frequency_per_day=round(24 / 72, 6))),
    ("nitroglycerin 0.4 mg SL every 5 minutes prn chest pain",
     dict(route="sublingual", prn=True)),
    ("lactulose 10 g/15 mL solution 30 mL po bid",
     dict(dose_form="solution", strength_per="mL", dose_unit="mL", dose_mg={"lactulose": 20000},
          daily_mg={"lactulose": 40000})),
    ("aspirin 81 mg EC tab 1 tab po daily", dict(formulation="DR", route="oral")),
    # --- abbreviations
    ("warfarin 1.0 mg po daily", dict(abbreviations_seen=["1.0"])),
    ("lorazepam .5 mg po tid prn anxiety", dict(abbreviations_seen=[".5"], prn_reason="anxiety")),
    ("MSO4 10 mg IV q4h", dict(abbreviations_seen=["MSO4"], unclear_contains="unknown drug 'mso4'", real=False)),
    ("insulin glargine 10 u sc daily", dict(abbreviations_seen=["u", "sc"], route="subcutaneous",
                                             dose_unit="unit", dose_quantity_max=10)),
    ("furosemide 5 cc po daily", dict(abbreviations_seen=["cc"], dose_unit="mL")),
    # --- unclear: unknown names, missing frequency, conflicting strengths
    ("Zzzpril 10 mg po daily",
     dict(ingredients=[], brand=None, unclear_contains="unknown drug 'zzzpril'", strengths_mg={}, daily_mg={})),
    ("Take 2 tablets twice daily", dict(ingredients=[], unclear_contains="no drug name found")),
    ("acetaminophen 500 mg 2 tabs prn pain",
     dict(prn=True, frequency_per_day=None, daily_mg={}, unclear_contains="missing frequency")),
    ("Metoprolol 25 mg / Metoprolol 50 mg tablet daily", dict(unclear_contains="conflicting strengths")),
    ("Lantus sliding scale with meals", dict(ingredients=["insulin glargine"], unclear_contains="variable dose",
                                             frequency_per_day=3, timing=["morning", "noon", "evening"])),
    ("Coumadin 2.5 mg Mon/Wed/Fri, 5 mg other days", dict(ingredients=["warfarin"], unclear_contains="variable dose")),
    ("prednisone 40 mg daily x3 days then 20 mg daily x3 days",
     dict(unclear_contains="variable dose", dose_mg={"prednisone": 40}, duration_days=3)),
    ("prednisone 10 mg daily x 5 days then stop", dict(is_clear=True, duration_days=5)),
    ("amoxicillin 875 mg po bid for 2 weeks", dict(duration_days=14, daily_mg={"amoxicillin": 1750})),
    ("D/C lisinopril", dict(abbreviations_seen=["D/C"], ingredients=["lisinopril"])),
    # --- milliequivalents: their own fields, never mg, never unclear because of the unit
    ("KCl 20 mEq po bid",
     dict(ingredients=["potassium chloride"], brand=None, salt=None, strengths_meq={"potassium chloride": 20},
          dose_meq={"potassium chloride": 20}, daily_meq={"potassium chloride": 40}, strengths_mg={}, dose_mg={},
          daily_mg={}, strength_units={}, route="oral", frequency_per_day=2, is_clear=True)),
    ("potassium chloride ER 10 mEq tablet, 2 tablets daily",
     dict(ingredients=["potassium chloride"], salt=None, formulation="ER", dose_form="tablet",
          strengths_meq={"potassium chloride": 10}, dose_quantity_max=2, dose_unit="tablet",
          dose_meq={"potassium chloride": 20}, daily_meq={"potassium chloride": 20}, strengths_mg={}, daily_mg={},
          is_clear=True)),
    ("Potassium Chloride 20 MEQ Extended Release Oral Tablet",
     dict(ingredients=["potassium chloride"], formulation="ER", strengths_meq={"potassium chloride": 20},
          strengths_mg={}, daily_meq={}, unclear_contains="missing frequency")),
    ("potassium chloride 10% oral solution 20 mEq/15 mL, take 15 mL by mouth daily",
     dict(strength_per="mL", strength_per_amount=15, dose_unit="mL", dose_quantity_max=15,
          dose_meq={"potassium chloride": 20}, daily_meq={"potassium chloride": 20}, dose_mg={}, is_clear=True)),
    ("potassium chloride 20 mEq IV over 2 hours",  # an mEq strength is not an insulin-style unit dose
     dict(route="intravenous", strengths_meq={"potassium chloride": 20}, dose_unit=None, strength_units={})),
    ("KCl 20 mEq po bid, max 40 mEq/day", dict(daily_meq={"potassium chloride": 40}, is_clear=True)),
    ("Klor-Con 10 mEq 1 tablet daily",
     dict(ingredients=["potassium chloride"], brand="Klor-Con", daily_meq={"potassium chloride": 10}, real=True)),
    ("K-Dur 20 mEq 1 tab daily", dict(ingredients=["potassium chloride"], brand="K-Dur", real=True)),
    ("potassium citrate 10 mEq 1 tab three times daily with meals",
     dict(ingredients=["potassium citrate"], salt=None, daily_meq={"potassium citrate": 30}, real=True)),
    # --- salts: a salt of a drug is recorded; a generic that is itself a salt is not split
    ("losartan potassium 50 mg daily", dict(ingredients=["losartan"], salt="potassium", daily_mg={"losartan": 50})),
    ("ferrous sulfate 325 mg 1 tab daily", dict(ingredients=["ferrous sulfate"], salt=None)),
    # --- OTC and brand names, dose units written on OTC labels
    ("Advil PM 200-38 mg 2 caplets at bedtime",
     dict(ingredients=["ibuprofen", "diphenhydramine"], dose_unit="tablet", dose_quantity_max=2,
          dose_mg={"ibuprofen": 400, "diphenhydramine": 76}, real=True)),
    ("Tylenol 8 HR Arthritis Pain 650 mg, 2 caplets every 8 hours",
     dict(ingredients=["acetaminophen"], brand="Tylenol 8 HR Arthritis Pain", dose_mg={"acetaminophen": 1300},
          daily_mg={"acetaminophen": 3900}, real=True)),
    ("Excedrin PM 2 caplets at bedtime", dict(ingredients=["acetaminophen", "aspirin", "diphenhydramine"], real=True)),
    ("NyQuil 30 mL at bedtime", dict(ingredients=[], unclear_contains="unknown drug 'nyquil'", real=True)),
    ("NyQuil Cold & Flu 30 mL at bedtime",
     dict(ingredients=["acetaminophen", "dextromethorphan", "doxylamine"], real=True)),
    ("Dulcolax 5 mg 1 tab at bedtime as needed", dict(ingredients=["bisacodyl"], brand="Dulcolax", prn=True, real=True)),
    ("Spiriva 18 mcg 1 capsule inhaled daily", dict(ingredients=["tiotropium"], dose_mg={"tiotropium": 0.018}, real=True)),
    ("Tylenol #3 300-30 mg 1 tab every 4 hours as needed for pain",
     dict(ingredients=["acetaminophen", "codeine"], dose_mg={"acetaminophen": 300, "codeine": 30}, real=True)),
    # --- bare combination strengths: mg by convention, mcg for inhalers, not assumed for contraceptives
    ("Advair Diskus 250/50 1 inhalation twice daily",
     dict(strengths_mg={"fluticasone": 0.25, "salmeterol": 0.05}, daily_mg={"fluticasone": 0.5, "salmeterol": 0.1},
          real=True)),
    ("Symbicort 160/4.5 2 puffs twice daily", dict(dose_mg={"budesonide": 0.32, "formoterol": 0.009}, real=True)),
    ("Loestrin Fe 1/20 1 tab daily", dict(ingredients=["norethindrone", "ethinyl estradiol"], strengths_mg={}, real=True)),
    # --- other directions
    ("Methotrexate 2.5 mg tablets: take 6 tablets (15 mg) by mouth once weekly on Mondays",
     dict(frequency_per_day=round(1 / 7, 6), dose_mg={"methotrexate": 15}, is_clear=True)),
    ("Imitrex 50 mg at onset of migraine, may repeat in 2 hours, max 200 mg/day",
     dict(ingredients=["sumatriptan"], dose_mg={"sumatriptan": 50}, real=True)),  # the cap is not the dose
    ("Voltaren gel 1% apply 4 g to knees four times daily",  # grams of gel, not of diclofenac
     dict(ingredients=["diclofenac"], dose_unit="g", dose_mg={}, daily_mg={}, real=True)),
    ("Vitamin D3 2000 IU PO daily",
     dict(strength_units={"vitamin d3": 2000}, dose_quantity_max=2000, dose_unit="unit", abbreviations_seen=["IU"],
          real=True)),
]


def _check(parsed: ParsedMedication, expected: dict[str, Any]) -> None:
    d = parsed.to_dict()
    json.dumps(d)  # JSON-able
    for key, want in expected.items():
        if key == "real":
            continue
        if key == "brand_startswith":
            assert (parsed.brand or "").startswith(want), (parsed.text, parsed.brand)
            continue
        if key == "unclear_contains":
            assert any(want in u for u in parsed.unclear), (parsed.text, parsed.unclear)
            continue
        got = d[key]
        if isinstance(want, dict):
            got = {k: round(v, 6) for k, v in got.items()}
            want = {k: round(v, 6) for k, v in want.items()}
        elif isinstance(want, float) and got is not None:
            got = round(got, 6)
        assert got == want, f"{parsed.text!r}: {key} = {got!r}, expected {want!r} (full: {d})"


def test_case_library_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_fake_knowledge(line: str, expected: dict[str, Any]) -> None:
    if expected.get("real") is True:
        pytest.skip("uses names only the real knowledge base has")
    _check(parse_line(line, FAKE), expected)


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_real_knowledge(line: str, expected: dict[str, Any]) -> None:
    k = _real_knowledge()
    if isinstance(k, Exception):
        pytest.skip(f"real knowledge base not available: {k}")
    if expected.get("real") is False:
        pytest.skip("expectation depends on the fake knowledge's contents")
    _check(parse_line(line, k), expected)


@pytest.mark.parametrize(
    "odd",
    ["", "   ", "???", "mg mg mg", "1234", "q4h", "-/-/-", "5-325", "½", "mg/mL/mL", "\x00\n\t",
     "metoprolol " * 2000, "take " + "1 tablet " * 500, "🙂 tylenol 🙂", "every 0 hours", "q0h metoprolol",
     "metoprolol 1e999 mg", None, 42],
)
def test_never_raises(odd: Any) -> None:
    parsed = parse_line(odd, FAKE)  # type: ignore[arg-type]
    assert isinstance(parsed, ParsedMedication)
    json.dumps(parsed.to_dict())
    if odd is None or (isinstance(odd, str) and not any(c.isalpha() for c in odd)) or odd == "mg mg mg":
        assert not parsed.is_clear
        assert parsed.ingredients == ()


def test_unknown_drug_never_guessed() -> None:
    parsed = parse_line("Metoprololzz 25 mg daily", FAKE)
    assert parsed.ingredients == ()
    assert any("unknown drug" in u for u in parsed.unclear)


def test_without_knowledge_is_unclear() -> None:
    parsed = parse_line("metoprolol 25 mg daily", None)
    assert parsed.ingredients == () and not parsed.is_clear


def test_every_known_name_is_found_whole() -> None:
    """The name matcher (one regex factored by common prefixes) finds every name of the knowledge
    base, whole, as written or in lower case, with hyphens or slashes between its words."""
    from app.medrec.parse import _names_regex

    k = _real_knowledge()
    if isinstance(k, Exception):
        pytest.skip(f"real knowledge base not available: {k}")
    pattern = _names_regex(k)
    assert pattern is not None
    for name in k.names():
        for written in {name.lower(), name.lower().replace(" ", "-")}:
            text = f"take {written} 10 mg daily"
            m = pattern.search(text, 5)
            assert m is not None and m.group(0) == written, (name, m and m.group(0))
            assert k.lookup(m.group(0)) == k.lookup(name), name


def test_meq_fields_default_empty() -> None:
    d = parse_line("lisinopril 10mg po qd", FAKE).to_dict()
    assert d["strengths_meq"] == {} and d["dose_meq"] == {} and d["daily_meq"] == {}
    assert ParsedMedication(text="x").to_dict()["daily_meq"] == {}


@pytest.mark.parametrize("line", ["KCl 20 mEq po bid", "potassium chloride 20 meq tab daily",
                                  "potassium chloride ER 10 mEq tablet, 2 tablets daily", "KCl 10mEq PO TID"])
def test_meq_never_becomes_mg(line: str) -> None:
    for knowledge in (FAKE, _real_knowledge()):
        if isinstance(knowledge, Exception):
            continue
        parsed = parse_line(line, knowledge)
        assert parsed.ingredients == ("potassium chloride",)
        assert parsed.strengths_meq and parsed.daily_meq and parsed.is_clear, parsed
        assert not parsed.strengths_mg and not parsed.dose_mg and not parsed.daily_mg and not parsed.strength_units


class _KnowsStrengths(FakeKnowledge):
    """A knowledge base that knows the strength a product name fixes (``product_strengths``)."""

    def product_strengths(self, name: str) -> dict[str, float] | None:
        return {"tylenol extra strength": {"acetaminophen": 500.0}}.get(" ".join(name.lower().split()))


def test_strength_fixed_by_a_product_name() -> None:
    k = _KnowsStrengths()
    parsed = parse_line("Tylenol Extra Strength 2 caplets every 6 hours as needed", k)
    assert parsed.strengths_mg == {"acetaminophen": 500} and parsed.daily_mg == {"acetaminophen": 4000}
    written = parse_line("Tylenol Extra Strength 325 mg 2 tabs q6h", k)  # what the line says wins
    assert written.strengths_mg == {"acetaminophen": 325}
    assert parse_line("Tylenol 2 caplets every 6 hours", k).strengths_mg == {}  # "Tylenol" fixes no strength
    assert parse_line("Tylenol Extra Strength 2 caplets every 6 hours", FAKE).strengths_mg == {}


def test_frozen_and_json() -> None:
    parsed = parse_line("lisinopril 10mg po qd", FAKE)
    with pytest.raises(Exception):
        parsed.route = "iv"  # type: ignore[misc]
    d = json.loads(json.dumps(parsed.to_dict()))
    assert d["ingredients"] == ["lisinopril"] and d["is_clear"] is True and d["text"] == "lisinopril 10mg po qd"


@pytest.mark.parametrize(("text", "per_day", "dose", "route"), [
    # Epic-style sigs write the number twice
    ("carvedilol 6.25 MG Oral Tablet: Take 1 tablet (6.25 mg total) by mouth 2 (two) times daily with meals.",
     2.0, {"carvedilol": 6.25}, "oral"),
    # a count of tablets written as a multiplication
    ("lisinopril 2 x 10mg tabs daily", 1.0, {"lisinopril": 20.0}, None),
    ("lisinopril 10mg x2 daily", 1.0, {"lisinopril": 20.0}, None),
    ("amoxicillin 500 mg x 10 days tid", 3.0, {"amoxicillin": 500.0}, None),  # a duration, not a count
    # grams of a cream are the product, not the ingredient
    ("estradiol vaginal cream 1 g twice weekly", 2 / 7, {}, "vaginal"),
    ("ceftriaxone 1 g IM daily", 1.0, {"ceftriaxone": 1000.0}, "intramuscular"),
])
def test_sig_forms_seen_on_discharge_lists(text: str, per_day: float, dose: dict, route: str | None) -> None:
    from app.medrec.knowledge import load_knowledge

    p = parse_line(text, load_knowledge())
    assert p.frequency_per_day == pytest.approx(per_day, rel=1e-4)
    assert p.dose_mg == dose
    assert p.route == route
    assert p.is_clear, p.unclear


@pytest.mark.parametrize(("text", "reason"), [
    ("Imitrex 50 mg at onset of migraine, may repeat in 2 hours, max 200 mg/day", "migraine"),
    ("furosemide 20 mg daily only when ankles swell", "ankles swell"),
    ("ondansetron 4 mg every 8 hours if you have nausea", "nausea"),
])
def test_conditional_use_is_as_needed(text: str, reason: str) -> None:
    from app.medrec.knowledge import load_knowledge

    p = parse_line(text, load_knowledge())
    assert p.prn and p.prn_reason == reason
