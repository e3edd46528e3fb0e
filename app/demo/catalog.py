"""Reference data for the synthetic demo panel: invented names and places, and the clinical
vocabulary (SNOMED CT, RxNorm, LOINC, CVX) the generated records use.

Everything here is made up except the codes. The people, clinicians, clinics, streets and
towns are invented; phone numbers are in the 555-01xx range set aside for fiction.

Codes: RxNorm clinical-drug codes were checked against the VSAC eCQM value-set expansions,
except naproxen 500 (198014), the albuterol inhaler (745679) and nitroglycerin (198039), checked
against an older RxNorm listing, and acetaminophen 325 (313782), as Synthea uses it. Where a
code could not be confirmed the entry keeps ``code=None`` and only the RxNorm-style display
(omeprazole, tiotropium, fluticasone/salmeterol, ibuprofen, vitamin D, laxatives, potassium,
tamsulosin, diclofenac gel). SNOMED CT problem codes and LOINC codes were checked the same way
where the value sets carry them.
"""

from __future__ import annotations

from dataclasses import dataclass

# The code-system URIs, re-exported so the generators read them from one place.
from app.models.base import CVX, ICD10CM, LOINC, RXNORM, SNOMED  # noqa: F401

# --------------------------------------------------------------------------------------------
# People (invented). Each culture has given names by sex and family names.
# --------------------------------------------------------------------------------------------

GIVEN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "anglo": {
        "female": ("Margaret", "Dorothy", "Evelyn", "Lorraine", "Judith", "Beverly", "Harriet",
                   "Josephine", "Marjorie", "Eleanor", "Phyllis", "Constance", "Arlene", "Maureen"),
        "male": ("Harold", "Walter", "Eugene", "Raymond", "Clifford", "Gerald", "Douglas",
                 "Vernon", "Leonard", "Stanley", "Russell", "Wendell", "Lyle", "Merrill"),
    },
    "hispanic": {
        "female": ("Guadalupe", "Rosario", "Consuelo", "Esperanza", "Marisol", "Graciela",
                   "Dolores", "Leticia", "Amparo", "Socorro", "Remedios", "Yolanda"),
        "male": ("Rigoberto", "Ezequiel", "Aurelio", "Ignacio", "Teodoro", "Rogelio", "Anselmo",
                 "Efraín", "Baltasar", "Heriberto", "Porfirio", "Eusebio"),
    },
    "african_american": {
        "female": ("Odessa", "Bernice", "Loretta", "Geraldine", "Clementine", "Ernestine",
                   "Hattie", "Lula", "Mavis", "Ophelia", "Inez", "Velma"),
        "male": ("Cleveland", "Otis", "Roosevelt", "Percy", "Alvin", "Cornelius", "Thaddeus",
                 "Booker", "Lucius", "Elmore", "Virgil", "Ezra"),
    },
    "vietnamese": {
        "female": ("Lan", "Hoa", "Mai", "Thu", "Huong", "Ngoc", "Kim Chi", "Bich"),
        "male": ("Minh", "Tuan", "Duc", "Quang", "Thanh", "Bao", "Van Long", "Hieu"),
    },
    "cantonese": {
        "female": ("Mei Ling", "Wai Fong", "Siu Ying", "Yuk Lan", "Lai Kuen", "Oi Yee"),
        "male": ("Kwok Wah", "Chi Keung", "Wing Hong", "Man Kit", "Shu Tim", "Yiu Fai"),
    },
    "polish": {
        "female": ("Halina", "Krystyna", "Bożena", "Jadwiga", "Wanda", "Danuta", "Grażyna"),
        "male": ("Zbigniew", "Tadeusz", "Kazimierz", "Bogdan", "Czesław", "Ryszard", "Henryk"),
    },
    "filipino": {
        "female": ("Corazon", "Erlinda", "Teodora", "Perla", "Luzviminda", "Marites"),
        "male": ("Rodolfo", "Ernesto", "Danilo", "Bienvenido", "Arsenio", "Florencio"),
    },
    "south_asian": {
        "female": ("Savitri", "Lakshmi", "Sushila", "Pushpa", "Nirmala", "Jaswinder"),
        "male": ("Ramesh", "Suresh", "Prakash", "Gurdev", "Mohinder", "Jagdish"),
    },
}

FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "anglo": ("Ashdown", "Bramwell", "Calloway", "Dunmore", "Fairbrook", "Hadley", "Kettering",
              "Marlowe", "Pembridge", "Thornbury", "Whitcombe", "Yardley", "Gillespie",
              "Halloran", "Prewitt", "Stanhope", "Ellery", "Quenby"),
    "hispanic": ("Alcántara", "Benavides", "Cisneros", "Echeverría", "Fuentes", "Galindo",
                 "Ibarra", "Montalvo", "Olivares", "Quintanilla", "Saldívar", "Villaseñor",
                 "Zamudio", "Arriaga", "Covarrubias", "Barragán"),
    "african_american": ("Abernathy", "Braxton", "Dunbar", "Fairley", "Gaines", "Lattimore",
                         "McCrary", "Pettaway", "Redding", "Whitfield", "Ransom", "Toliver"),
    "vietnamese": ("Nguyen", "Tran", "Le", "Pham", "Vo", "Dang", "Huynh", "Bui"),
    "cantonese": ("Chan", "Leung", "Wong", "Lau", "Cheung", "Kwan", "Ho", "Yeung"),
    "polish": ("Nowak", "Kowalczyk", "Mazur", "Krawczyk", "Zając", "Sikora", "Baran", "Dudek"),
    "filipino": ("Dimaculangan", "Macaraeg", "Bautista", "Villanueva", "Dizon", "Soriano",
                 "Pangilinan", "Manalastas"),
    "south_asian": ("Venkataraman", "Chaudhary", "Gill", "Bhatt", "Sandhu", "Iyer",
                    "Deshpande", "Grewal"),
}

# Culture weights for patients who are not in the Spanish-speaking quota.
CULTURE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("anglo", 0.46), ("african_american", 0.2), ("hispanic", 0.06), ("vietnamese", 0.07),
    ("cantonese", 0.06), ("polish", 0.06), ("filipino", 0.05), ("south_asian", 0.04),
)

# (BCP-47 tag, display, share of that culture who prefer it, share of those needing an
# interpreter). Patients not picked keep English.
CULTURE_LANGUAGE: dict[str, tuple[str, str, float, float]] = {
    "vietnamese": ("vi", "Vietnamese", 0.6, 0.7),
    "cantonese": ("yue", "Cantonese", 0.6, 0.7),
    "polish": ("pl", "Polish", 0.4, 0.5),
    "filipino": ("tl", "Tagalog", 0.2, 0.3),
    "south_asian": ("pa", "Punjabi", 0.4, 0.6),
}
SPANISH = ("es", "Spanish")
ENGLISH = ("en", "English")

# Invented clinicians: (given, family); they are shown as "Dr. Given Family".
CLINICIAN_NAMES: tuple[tuple[str, str], ...] = (
    ("Lena", "Marchetti"), ("Samuel", "Oduya"), ("Ingrid", "Halvorsen"), ("Tomasz", "Wrona"),
    ("Aisha", "Bellamy"), ("Rafael", "Sotomarino"), ("Grace", "Okonkwo-Hale"),
    ("Henrik", "Lindgaard"), ("Mira", "Castellanos"), ("Desmond", "Achterberg"),
    ("Yuki", "Tanabe-Ross"), ("Nadia", "Ferreira"), ("Owen", "Blackwood"), ("Priyanka", "Raman"),
    ("Teodor", "Varga"), ("Imani", "Okafor"), ("Hana", "Kobayashi-Reed"),
    ("Marisol", "Quintero"), ("Caleb", "Whitlock"), ("Rosalind", "Ebersole"),
)

# Contacts draw their given names from GIVEN_NAMES of the patient's culture.
CONTACT_RELATIONSHIPS: tuple[tuple[str, bool], ...] = (
    # (relationship, shares the patient's family name)
    ("daughter", True), ("son", True), ("spouse", True), ("niece", False), ("grandson", True),
    ("granddaughter", True), ("neighbor", False), ("friend", False), ("sister", False),
)

# --------------------------------------------------------------------------------------------
# Places (invented towns and streets; fictional phone range).
# --------------------------------------------------------------------------------------------

TOWNS: tuple[tuple[str, str], ...] = (
    ("Fernhollow", "97990"), ("Alder Crossing", "97991"), ("Willowmere", "97992"),
    ("Brackenridge Falls", "97993"),
)
STATE = "OR"
COUNTRY = "US"
STREETS = ("Larkspur Lane", "Old Mill Road", "Quarry Street", "Heron Way", "Juniper Court",
           "Mossbank Avenue", "Orchard Terrace", "Tamarack Drive", "Kingfisher Road",
           "Cobblestone Row", "Bellwether Street", "Sorrel Place")
AREA_CODE = "541"

HOSPITAL = "Fernhollow General Hospital"
ED_FACILITY = "Alder Crossing Medical Center Emergency Department"
CLINICS = ("Fernhollow Family Medicine", "Willowmere Community Health Center",
           "Alder Crossing Primary Care")
HOME_HEALTH = "Hearth Community Nursing"

CODE_STATUSES = ("Full code", "DNR", "DNR/DNI", "Comfort care only")
MARITAL_STATUSES = ("Married", "Widowed", "Widowed", "Divorced", "Never married")


def phone(n: int) -> str:
    """A number in the fictional 555-0100..555-0199 range."""
    return f"({AREA_CODE}) 555-01{n % 100:02d}"


# --------------------------------------------------------------------------------------------
# Conditions (SNOMED CT, with the ICD-10-CM code a clinic would bill with).
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConditionDef:
    key: str
    snomed: str
    display: str  # SNOMED CT fully specified name without the semantic tag
    text: str  # what a nurse calls it
    icd10: str
    icd10_display: str


CONDITIONS: dict[str, ConditionDef] = {c.key: c for c in (
    ConditionDef("hf", "84114007", "Heart failure", "Heart failure", "I50.9",
                 "Heart failure, unspecified"),
    ConditionDef("copd", "13645005", "Chronic obstructive lung disease", "COPD", "J44.9",
                 "Chronic obstructive pulmonary disease, unspecified"),
    ConditionDef("dm2", "44054006", "Diabetes mellitus type 2", "Type 2 diabetes", "E11.9",
                 "Type 2 diabetes mellitus without complications"),
    ConditionDef("htn", "38341003", "Hypertensive disorder, systemic arterial", "Hypertension",
                 "I10", "Essential (primary) hypertension"),
    ConditionDef("ckd3", "433144002", "Chronic kidney disease stage 3",
                 "Chronic kidney disease, stage 3", "N18.30",
                 "Chronic kidney disease, stage 3 unspecified"),
    ConditionDef("af", "49436004", "Atrial fibrillation", "Atrial fibrillation", "I48.91",
                 "Unspecified atrial fibrillation"),
    ConditionDef("dementia", "52448006", "Dementia", "Dementia", "F03.90",
                 "Unspecified dementia without behavioral disturbance"),
    ConditionDef("depression", "35489007", "Depressive disorder", "Depression", "F32.A",
                 "Depression, unspecified"),
    ConditionDef("oa", "396275006", "Osteoarthritis", "Osteoarthritis", "M19.90",
                 "Unspecified osteoarthritis, unspecified site"),
    ConditionDef("falls", "161898004", "Falls", "History of falls", "Z91.81",
                 "History of falling"),
    ConditionDef("hld", "55822004", "Hyperlipidemia", "High cholesterol", "E78.5",
                 "Hyperlipidemia, unspecified"),
)}

# Share of random (non-scenario) patients who have each condition.
CONDITION_PREVALENCE: tuple[tuple[str, float], ...] = (
    ("htn", 0.72), ("hld", 0.5), ("dm2", 0.4), ("oa", 0.4), ("hf", 0.3), ("ckd3", 0.25),
    ("copd", 0.25), ("depression", 0.25), ("af", 0.2), ("falls", 0.2), ("dementia", 0.14),
)

# --------------------------------------------------------------------------------------------
# Medications (RxNorm clinical drugs) and their sigs as a prescriber writes them.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MedDef:
    key: str
    display: str  # RxNorm SCD name
    code: str | None  # RxNorm RXCUI, None where it could not be confirmed
    ingredient: str
    dose: float
    unit: str
    route: str
    frequency: int
    period: float
    period_unit: str
    sig: str
    reason: str | None = None  # condition key the drug treats
    prn: str | None = None  # as-needed reason
    when: str | None = None  # FHIR timing "when" (HS bedtime, MORN...)
    serotonergic: bool = False
    nsaid: bool = False
    beers: str | None = None  # why it is on the AGS Beers list for older adults


def _m(key: str, display: str, code: str | None, ingredient: str, dose: float, unit: str,
       route: str, freq: int, period: float, period_unit: str, sig: str, **kw: object) -> MedDef:
    return MedDef(key, display, code, ingredient, dose, unit, route, freq, period, period_unit,
                  sig, **kw)  # type: ignore[arg-type]


MEDS: dict[str, MedDef] = {m.key: m for m in (
    # heart failure / blood pressure
    _m("furosemide20", "furosemide 20 MG Oral Tablet", "310429", "furosemide", 20, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (20 mg total) by mouth daily in the morning.",
       reason="hf", when="MORN"),
    _m("furosemide40", "furosemide 40 MG Oral Tablet", "313988", "furosemide", 40, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (40 mg total) by mouth daily in the morning.",
       reason="hf", when="MORN"),
    _m("furosemide80", "furosemide 40 MG Oral Tablet", "313988", "furosemide", 80, "mg",
       "oral", 1, 1, "d", "Take 2 tablets (80 mg total) by mouth daily in the morning.",
       reason="hf", when="MORN"),
    _m("carvedilol6", "carvedilol 6.25 MG Oral Tablet", "200031", "carvedilol", 6.25, "mg",
       "oral", 2, 1, "d", "Take 1 tablet (6.25 mg total) by mouth 2 (two) times daily with "
       "meals.", reason="hf"),
    _m("carvedilol12", "carvedilol 12.5 MG Oral Tablet", "200032", "carvedilol", 12.5, "mg",
       "oral", 2, 1, "d", "Take 1 tablet (12.5 mg total) by mouth 2 (two) times daily with "
       "meals.", reason="hf"),
    _m("metoprolol_succ25", "24 HR metoprolol succinate 25 MG Extended Release Oral Tablet",
       "866427", "metoprolol", 25, "mg", "oral", 1, 1, "d",
       "Take 1 tablet (25 mg total) by mouth daily. Do not crush or chew.", reason="hf"),
    _m("metoprolol_tart25", "metoprolol tartrate 25 MG Oral Tablet", "866924", "metoprolol",
       25, "mg", "oral", 2, 1, "d", "Take 1 tablet (25 mg total) by mouth 2 (two) times daily.",
       reason="af"),
    _m("lisinopril5", "lisinopril 5 MG Oral Tablet", "311354", "lisinopril", 5, "mg", "oral",
       1, 1, "d", "Take 1 tablet (5 mg total) by mouth daily.", reason="hf"),
    _m("lisinopril10", "lisinopril 10 MG Oral Tablet", "314076", "lisinopril", 10, "mg", "oral",
       1, 1, "d", "Take 1 tablet (10 mg total) by mouth daily.", reason="htn"),
    _m("lisinopril20", "lisinopril 20 MG Oral Tablet", "314077", "lisinopril", 20, "mg", "oral",
       1, 1, "d", "Take 1 tablet (20 mg total) by mouth daily.", reason="htn"),
    _m("losartan50", "losartan potassium 50 MG Oral Tablet", "979492", "losartan", 50, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (50 mg total) by mouth daily.", reason="htn"),
    _m("sacval24", "sacubitril 24 MG / valsartan 26 MG Oral Tablet", "1656340",
       "sacubitril/valsartan", 1, "tablet", "oral", 2, 1, "d",
       "Take 1 tablet by mouth 2 (two) times daily.", reason="hf"),
    _m("spironolactone25", "spironolactone 25 MG Oral Tablet", "313096", "spironolactone", 25,
       "mg", "oral", 1, 1, "d", "Take 1 tablet (25 mg total) by mouth daily.", reason="hf"),
    _m("empagliflozin10", "empagliflozin 10 MG Oral Tablet", "1545658", "empagliflozin", 10,
       "mg", "oral", 1, 1, "d", "Take 1 tablet (10 mg total) by mouth daily in the morning.",
       reason="hf", when="MORN"),
    _m("amlodipine5", "amlodipine 5 MG Oral Tablet", "197361", "amlodipine", 5, "mg", "oral",
       1, 1, "d", "Take 1 tablet (5 mg total) by mouth daily.", reason="htn"),
    _m("amlodipine10", "amlodipine 10 MG Oral Tablet", "308135", "amlodipine", 10, "mg", "oral",
       1, 1, "d", "Take 1 tablet (10 mg total) by mouth daily.", reason="htn"),
    _m("hctz12", "hydrochlorothiazide 12.5 MG Oral Tablet", "429503", "hydrochlorothiazide",
       12.5, "mg", "oral", 1, 1, "d", "Take 1 tablet (12.5 mg total) by mouth daily.",
       reason="htn"),
    _m("hctz25", "hydrochlorothiazide 25 MG Oral Tablet", "310798", "hydrochlorothiazide", 25,
       "mg", "oral", 1, 1, "d", "Take 1 tablet (25 mg total) by mouth daily.", reason="htn"),
    _m("digoxin125", "digoxin 0.125 MG Oral Tablet", "197604", "digoxin", 0.125, "mg", "oral",
       1, 1, "d", "Take 1 tablet (0.125 mg total) by mouth daily.", reason="af"),
    _m("nitro", "Nitroglycerin 0.4 MG Sublingual Tablet", "198039", "nitroglycerin", 0.4, "mg",
       "sublingual", 1, 5, "min", "Place 1 tablet (0.4 mg total) under the tongue every 5 "
       "(five) minutes as needed for chest pain. Call 911 if pain is not relieved after 3 "
       "doses.", reason="htn", prn="chest pain"),
    # anticoagulation
    _m("warfarin5", "warfarin sodium 5 MG Oral Tablet", "855332", "warfarin", 5, "mg", "oral",
       1, 1, "d", "Take 1 tablet (5 mg total) by mouth daily in the evening, or as directed by "
       "the anticoagulation clinic.", reason="af", when="EVE"),
    _m("warfarin2", "warfarin sodium 2 MG Oral Tablet", "855302", "warfarin", 2, "mg", "oral",
       1, 1, "d", "Take 1 tablet (2 mg total) by mouth daily in the evening. Recheck INR in "
       "3 days.", reason="af", when="EVE"),
    _m("apixaban5", "apixaban 5 MG Oral Tablet", "1364445", "apixaban", 5, "mg", "oral", 2, 1,
       "d", "Take 1 tablet (5 mg total) by mouth 2 (two) times daily.", reason="af"),
    _m("apixaban2", "apixaban 2.5 MG Oral Tablet", "1364435", "apixaban", 2.5, "mg", "oral", 2,
       1, "d", "Take 1 tablet (2.5 mg total) by mouth 2 (two) times daily.", reason="af"),
    # diabetes / lipids
    _m("metformin500", "metformin hydrochloride 500 MG Oral Tablet", "861007", "metformin", 500,
       "mg", "oral", 2, 1, "d", "Take 1 tablet (500 mg total) by mouth 2 (two) times daily with "
       "meals.", reason="dm2"),
    _m("metformin1000", "metformin hydrochloride 1000 MG Oral Tablet", "861004", "metformin",
       1000, "mg", "oral", 2, 1, "d", "Take 1 tablet (1,000 mg total) by mouth 2 (two) times "
       "daily with meals.", reason="dm2"),
    _m("glipizide5", "glipizide 5 MG Oral Tablet", "310490", "glipizide", 5, "mg", "oral", 1, 1,
       "d", "Take 1 tablet (5 mg total) by mouth daily before breakfast.", reason="dm2",
       when="ACM"),
    _m("glyburide5", "glyburide 5 MG Oral Tablet", "310537", "glyburide", 5, "mg", "oral", 1, 1,
       "d", "Take 1 tablet (5 mg total) by mouth daily with breakfast.", reason="dm2",
       when="CM", beers="long-acting sulfonylurea: prolonged hypoglycemia in older adults"),
    _m("glargine", "insulin glargine 100 UNT/ML Injectable Solution", "311041",
       "insulin glargine", 18, "units", "subcutaneous", 1, 1, "d",
       "Inject 18 Units under the skin at bedtime.", reason="dm2", when="HS"),
    _m("atorvastatin20", "atorvastatin 20 MG Oral Tablet", "617310", "atorvastatin", 20, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (20 mg total) by mouth daily.", reason="hld"),
    _m("atorvastatin40", "atorvastatin 40 MG Oral Tablet", "617311", "atorvastatin", 40, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (40 mg total) by mouth at bedtime.", reason="hld",
       when="HS"),
    _m("aspirin81", "aspirin 81 MG Delayed Release Oral Tablet", "308416", "aspirin", 81, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (81 mg total) by mouth daily.", reason="hld"),
    # lungs
    _m("albuterol", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "745679",
       "albuterol", 2, "puff", "inhalation", 1, 4, "h", "Inhale 2 puffs into the lungs every 4 "
       "(four) hours as needed for wheezing or shortness of breath.", reason="copd",
       prn="wheezing or shortness of breath"),
    _m("tiotropium", "tiotropium 0.018 MG Inhalation Powder Capsule", None, "tiotropium", 1,
       "capsule", "inhalation", 1, 1, "d", "Inhale the contents of 1 capsule daily using the "
       "HandiHaler device.", reason="copd"),
    _m("fluticasone_salmeterol", "fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 "
       "MG/ACTUAT Dry Powder Inhaler", None, "fluticasone/salmeterol", 1, "puff", "inhalation",
       2, 1, "d", "Inhale 1 puff into the lungs 2 (two) times daily. Rinse mouth after use.",
       reason="copd"),
    _m("prednisone40", "prednisone 20 MG Oral Tablet", "312615", "prednisone", 40, "mg", "oral",
       1, 1, "d", "Take 2 tablets (40 mg total) by mouth daily with breakfast for 5 days.",
       reason="copd", when="CM"),
    # brain / mood / sleep
    _m("donepezil5", "donepezil hydrochloride 5 MG Oral Tablet", "997229", "donepezil", 5, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (5 mg total) by mouth at bedtime.", reason="dementia",
       when="HS"),
    _m("donepezil10", "donepezil hydrochloride 10 MG Oral Tablet", "997223", "donepezil", 10,
       "mg", "oral", 1, 1, "d", "Take 1 tablet (10 mg total) by mouth at bedtime.",
       reason="dementia", when="HS"),
    _m("memantine10", "memantine hydrochloride 10 MG Oral Tablet", "996561", "memantine", 10,
       "mg", "oral", 2, 1, "d", "Take 1 tablet (10 mg total) by mouth 2 (two) times daily.",
       reason="dementia"),
    _m("sertraline50", "sertraline 50 MG Oral Tablet", "312941", "sertraline", 50, "mg", "oral",
       1, 1, "d", "Take 1 tablet (50 mg total) by mouth daily.", reason="depression",
       serotonergic=True),
    _m("citalopram20", "citalopram 20 MG Oral Tablet", "200371", "citalopram", 20, "mg", "oral",
       1, 1, "d", "Take 1 tablet (20 mg total) by mouth daily.", reason="depression",
       serotonergic=True),
    _m("mirtazapine15", "mirtazapine 15 MG Oral Tablet", "311725", "mirtazapine", 15, "mg",
       "oral", 1, 1, "d", "Take 1 tablet (15 mg total) by mouth at bedtime.",
       reason="depression", when="HS"),
    _m("trazodone50", "trazodone hydrochloride 50 MG Oral Tablet", "856377", "trazodone", 50,
       "mg", "oral", 1, 1, "d", "Take 1 tablet (50 mg total) by mouth at bedtime as needed for "
       "sleep.", reason="depression", prn="sleep", when="HS", serotonergic=True),
    _m("diphenhydramine25", "diphenhydramine hydrochloride 25 MG Oral Tablet", "1049630",
       "diphenhydramine", 25, "mg", "oral", 1, 1, "d", "Take 1 tablet (25 mg total) by mouth "
       "at bedtime as needed for sleep.", prn="sleep", when="HS",
       beers="strongly anticholinergic: confusion, falls, urinary retention"),
    _m("zolpidem5", "zolpidem tartrate 5 MG Oral Tablet", "854876", "zolpidem", 5, "mg", "oral",
       1, 1, "d", "Take 1 tablet (5 mg total) by mouth at bedtime as needed for sleep.",
       prn="sleep", when="HS", beers="Z-drug: falls, fractures, delirium"),
    # pain
    _m("acetaminophen", "Acetaminophen 325 MG Oral Tablet", "313782", "acetaminophen", 650,
       "mg", "oral", 1, 6, "h", "Take 2 tablets (650 mg total) by mouth every 6 (six) hours as "
       "needed for pain. Do not take more than 3,000 mg in 24 hours.", reason="oa",
       prn="pain"),
    _m("naproxen500", "naproxen 500 MG Oral Tablet", "198014", "naproxen", 500, "mg", "oral", 2,
       1, "d", "Take 1 tablet (500 mg total) by mouth 2 (two) times daily with food as needed "
       "for knee pain.", reason="oa", prn="knee pain", nsaid=True),
    _m("ibuprofen400", "ibuprofen 400 MG Oral Tablet", None, "ibuprofen", 400, "mg", "oral", 1,
       8, "h", "Take 1 tablet (400 mg total) by mouth every 8 (eight) hours as needed for pain. "
       "Take with food.", reason="oa", prn="pain", nsaid=True),
    _m("diclofenac_gel", "diclofenac sodium 10 MG/ML Topical Gel", None, "diclofenac", 2, "g",
       "topical", 4, 1, "d", "Apply 2 g to the affected knee 4 (four) times daily as needed for "
       "pain.", reason="oa", prn="knee pain"),
    _m("tramadol50", "tramadol hydrochloride 50 MG Oral Tablet", "835603", "tramadol", 50, "mg",
       "oral", 1, 6, "h", "Take 1 tablet (50 mg total) by mouth every 6 (six) hours as needed "
       "for moderate pain.", reason="oa", prn="moderate pain", serotonergic=True),
    _m("gabapentin100", "gabapentin 100 MG Oral Capsule", "310430", "gabapentin", 100, "mg",
       "oral", 3, 1, "d", "Take 1 capsule (100 mg total) by mouth 3 (three) times daily.",
       reason="dm2"),
    # general
    _m("omeprazole20", "omeprazole 20 MG Delayed Release Oral Capsule", None, "omeprazole", 20,
       "mg", "oral", 1, 1, "d", "Take 1 capsule (20 mg total) by mouth daily before breakfast.",
       when="ACM"),
    _m("vitd", "cholecalciferol 25 MCG (1000 UNT) Oral Tablet", None, "cholecalciferol", 1000,
       "units", "oral", 1, 1, "d", "Take 1 tablet (1,000 Units total) by mouth daily.",
       reason="falls"),
    _m("docusate", "docusate sodium 100 MG Oral Capsule", None, "docusate", 100, "mg", "oral",
       2, 1, "d", "Take 1 capsule (100 mg total) by mouth 2 (two) times daily."),
    _m("senna", "sennosides 8.6 MG Oral Tablet", None, "sennosides", 17.2, "mg", "oral", 1, 1,
       "d", "Take 2 tablets (17.2 mg total) by mouth at bedtime as needed for constipation.",
       prn="constipation", when="HS"),
    _m("peg", "polyethylene glycol 3350 17 GM/DOSE Oral Powder", None, "polyethylene glycol",
       17, "g", "oral", 1, 1, "d", "Mix 17 g in 8 oz of water and drink daily as needed for "
       "constipation.", prn="constipation"),
    _m("potassium20", "potassium chloride 20 MEQ Extended Release Oral Tablet", None,
       "potassium chloride", 20, "meq", "oral", 1, 1, "d",
       "Take 1 tablet (20 mEq total) by mouth daily with food.", reason="hf"),
    _m("tamsulosin", "tamsulosin hydrochloride 0.4 MG Oral Capsule", None, "tamsulosin", 0.4,
       "mg", "oral", 1, 1, "d", "Take 1 capsule (0.4 mg total) by mouth daily 30 minutes after "
       "the same meal each day."),
)}

# Candidate regimens per condition: a list of alternatives, each a list of med keys.
REGIMENS: dict[str, tuple[tuple[str, ...], ...]] = {
    "hf": (("furosemide40", "carvedilol6", "lisinopril5"),
           ("furosemide20", "metoprolol_succ25", "sacval24", "spironolactone25"),
           ("furosemide40", "carvedilol12", "losartan50", "empagliflozin10"),
           ("furosemide40", "metoprolol_succ25", "lisinopril5", "potassium20")),
    "htn": (("lisinopril10",), ("amlodipine5",), ("lisinopril20", "amlodipine5"),
            ("losartan50", "hctz25"), ("amlodipine10", "hctz12"), ("lisinopril10", "hctz12")),
    "af": (("apixaban5", "metoprolol_tart25"), ("warfarin5", "metoprolol_tart25"),
           ("apixaban2", "digoxin125")),
    "dm2": (("metformin500",), ("metformin1000", "glipizide5"), ("metformin500", "glargine"),
            ("glargine", "gabapentin100")),
    "copd": (("albuterol", "tiotropium"), ("albuterol", "fluticasone_salmeterol"),
             ("albuterol", "tiotropium", "fluticasone_salmeterol")),
    "dementia": (("donepezil10",), ("donepezil5",), ("donepezil10", "memantine10")),
    "depression": (("sertraline50",), ("citalopram20",), ("mirtazapine15",)),
    "oa": (("acetaminophen",), ("acetaminophen", "diclofenac_gel")),
    "falls": (("vitd",),),
    "hld": (("atorvastatin20",), ("atorvastatin40",)),
    "ckd3": ((),),
}
GENERAL_MEDS: tuple[tuple[str, float], ...] = (
    ("omeprazole20", 0.3), ("docusate", 0.2), ("senna", 0.2), ("peg", 0.12), ("vitd", 0.25),
)

# Same drug, other dose: used for deliberate dose changes on discharge lists.
DOSE_CHANGES: dict[str, str] = {
    "furosemide40": "furosemide80", "furosemide20": "furosemide40",
    "carvedilol6": "carvedilol12", "lisinopril10": "lisinopril20", "lisinopril20": "lisinopril10",
    "amlodipine5": "amlodipine10", "amlodipine10": "amlodipine5", "hctz25": "hctz12",
    "metformin1000": "metformin500", "atorvastatin20": "atorvastatin40",
    "warfarin5": "warfarin2", "donepezil5": "donepezil10", "apixaban5": "apixaban2",
}
# Drugs a hospital commonly starts at discharge, by condition.
DISCHARGE_NEW: dict[str, tuple[str, ...]] = {
    "hf": ("spironolactone25", "empagliflozin10", "potassium20"),
    "copd": ("prednisone40", "fluticasone_salmeterol"),
    "htn": ("amlodipine5",), "dm2": ("glargine",), "af": ("metoprolol_tart25",),
    "hld": ("atorvastatin40",), "falls": ("vitd",), "oa": ("acetaminophen",),
    "depression": ("mirtazapine15",), "dementia": ("memantine10",), "ckd3": ("docusate",),
}
# Drugs a hospital commonly stops (never the anchor drug of a condition).
STOPPABLE = ("omeprazole20", "docusate", "senna", "peg", "hctz25", "hctz12", "glipizide5",
             "gabapentin100", "diclofenac_gel", "aspirin81", "potassium20", "ibuprofen400",
             "tamsulosin", "naproxen500", "diphenhydramine25")

# --------------------------------------------------------------------------------------------
# Allergies. Drug allergies coded with the RxNorm ingredient, others with SNOMED CT.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AllergyDef:
    text: str
    system: str | None
    code: str | None
    display: str | None
    category: str
    reactions: tuple[str, ...]


ALLERGIES: tuple[tuple[AllergyDef, float], ...] = (
    (AllergyDef("Penicillin", RXNORM, "70618", "penicillin", "medication",
                ("Hives", "Rash", "Anaphylaxis")), 0.3),
    (AllergyDef("Sulfa drugs (sulfamethoxazole)", RXNORM, "10180", "sulfamethoxazole",
                "medication", ("Rash", "Hives")), 0.2),
    (AllergyDef("Codeine", RXNORM, "2670", "codeine", "medication",
                ("Nausea and vomiting", "Itching")), 0.15),
    (AllergyDef("Lisinopril", RXNORM, "29046", "lisinopril", "medication",
                ("Angioedema", "Cough")), 0.08),
    (AllergyDef("Aspirin", RXNORM, "1191", "aspirin", "medication",
                ("Stomach bleeding", "Hives")), 0.07),
    (AllergyDef("Latex", SNOMED, "111088007", "Latex", "environment",
                ("Contact dermatitis",)), 0.08),
    (AllergyDef("Shellfish", None, None, None, "food", ("Hives", "Throat swelling")), 0.07),
)
# Ingredients never prescribed to someone with the allergy.
ALLERGY_BLOCKS = {"Lisinopril": ("lisinopril",), "Aspirin": ("aspirin", "naproxen", "ibuprofen")}

# --------------------------------------------------------------------------------------------
# Observations (LOINC).
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ObsDef:
    code: str
    display: str
    unit: str
    category: str
    low: float | None = None
    high: float | None = None


OBS: dict[str, ObsDef] = {
    "weight": ObsDef("29463-7", "Body weight", "kg", "vital-signs"),
    "bp": ObsDef("85354-9", "Blood pressure panel with all children optional", "mm[Hg]",
                 "vital-signs"),
    "sbp": ObsDef("8480-6", "Systolic blood pressure", "mm[Hg]", "vital-signs"),
    "dbp": ObsDef("8462-4", "Diastolic blood pressure", "mm[Hg]", "vital-signs"),
    "hr": ObsDef("8867-4", "Heart rate", "/min", "vital-signs", 60, 100),
    "spo2": ObsDef("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%",
                   "vital-signs", 92, 100),
    "temp": ObsDef("8310-5", "Body temperature", "Cel", "vital-signs", 36.1, 37.8),
    "rr": ObsDef("9279-1", "Respiratory rate", "/min", "vital-signs", 12, 20),
    "a1c": ObsDef("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "laboratory",
                  4.0, 5.6),
    "egfr": ObsDef("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area]"
                   " in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
                   "mL/min/{1.73_m2}", "laboratory", 60, None),
    "creatinine": ObsDef("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL",
                         "laboratory", 0.6, 1.3),
    "potassium": ObsDef("6298-4", "Potassium [Moles/volume] in Blood", "mmol/L", "laboratory",
                        3.5, 5.1),
    "glucose": ObsDef("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", "laboratory", 70,
                      99),
    "sodium": ObsDef("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L",
                     "laboratory", 135, 145),
    "inr": ObsDef("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}",
                  "laboratory", 0.8, 1.2),
    "bnp": ObsDef("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "pg/mL",
                  "laboratory", None, 100),
    "phq9": ObsDef("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score "
                   "[Reported]", "{score}", "survey", None, 4),
}

# --------------------------------------------------------------------------------------------
# Encounter reasons (SNOMED CT).
# --------------------------------------------------------------------------------------------

ADMISSION_REASONS: dict[str, tuple[str, str]] = {
    "hf": ("84114007", "Heart failure exacerbation"),
    "copd": ("195951007", "Acute exacerbation of COPD"),
    "dm2": ("302866003", "Hypoglycemia"),
    "falls": ("1912002", "Fall at home"),
    "af": ("49436004", "Atrial fibrillation with rapid ventricular response"),
    "other": ("233604007", "Pneumonia"),
    "uti": ("68566005", "Urinary tract infection"),
}
ED_REASONS: tuple[tuple[str, str], ...] = (
    ("267036007", "Shortness of breath"), ("29857009", "Chest pain"), ("1912002", "Fall"),
    ("404640003", "Dizziness"), ("271594007", "Syncope"), ("68566005", "Urinary tract infection"),
)
CLINIC_VISIT_REASONS = ("Chronic disease follow-up", "Medication review", "Annual wellness visit",
                        "Blood pressure check", "Lab review")

# --------------------------------------------------------------------------------------------
# Immunizations (CVX).
# --------------------------------------------------------------------------------------------

VACCINES: tuple[tuple[str, str, float], ...] = (
    ("150", "Influenza, injectable, quadrivalent, preservative free", 0.75),
    ("216", "Pneumococcal conjugate vaccine, 20 valent", 0.5),
    ("187", "Zoster vaccine recombinant", 0.35),
)

# --------------------------------------------------------------------------------------------
# Referrals: invented specialists and community services.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralTarget:
    kind: str  # clinical | community
    name: str
    specialty: str
    address: str
    for_condition: str | None  # condition key, or a social-need domain for community ones
    reason: str


REFERRAL_TARGETS: tuple[ReferralTarget, ...] = (
    ReferralTarget("clinical", "Dr. Imani Okafor", "Cardiology",
                   "Alder Crossing Heart & Vascular, 40 Heron Way, Alder Crossing", "hf",
                   "Heart failure with recent weight gain and admissions; optimize therapy."),
    ReferralTarget("clinical", "Dr. Imani Okafor", "Cardiology",
                   "Alder Crossing Heart & Vascular, 40 Heron Way, Alder Crossing", "af",
                   "Atrial fibrillation: review anticoagulation and rate control."),
    ReferralTarget("clinical", "Dr. Teodor Varga", "Pulmonology",
                   "Fernhollow Lung Clinic, 12 Quarry Street, Fernhollow", "copd",
                   "COPD with exacerbations; inhaler review and pulmonary rehab."),
    ReferralTarget("clinical", "Dr. Priyanka Raman", "Nephrology",
                   "Willowmere Kidney Care, 7 Juniper Court, Willowmere", "ckd3",
                   "CKD stage 3 with falling eGFR; medication dosing review."),
    ReferralTarget("clinical", "Dr. Rosalind Ebersole", "Endocrinology",
                   "Fernhollow Diabetes Center, 88 Old Mill Road, Fernhollow", "dm2",
                   "Type 2 diabetes with rising A1c despite two agents."),
    ReferralTarget("clinical", "Dr. Hana Kobayashi-Reed", "Geriatrics / Memory clinic",
                   "Willowmere Memory Clinic, 3 Sorrel Place, Willowmere", "dementia",
                   "Progressive memory loss; capacity and caregiver support."),
    ReferralTarget("clinical", "Dr. Marisol Quintero", "Behavioral health",
                   "Alder Crossing Counseling, 19 Bellwether Street, Alder Crossing",
                   "depression", "Depression not improving on current antidepressant."),
    ReferralTarget("clinical", "Willowmere Rehab & Physical Therapy", "Physical therapy",
                   "Willowmere Rehab, 61 Tamarack Drive, Willowmere", "falls",
                   "Gait and balance training after falls; home exercise program."),
    ReferralTarget("clinical", "Willowmere Rehab & Physical Therapy", "Physical therapy",
                   "Willowmere Rehab, 61 Tamarack Drive, Willowmere", "oa",
                   "Knee osteoarthritis: strengthening and walking aid assessment."),
    ReferralTarget("community", "Fernhollow Meals on Wheels", "Home-delivered meals",
                   "22 Cobblestone Row, Fernhollow", "food",
                   "Food insecurity on AHC-HRSN screening; unable to shop or cook."),
    ReferralTarget("community", "Alder County Ride Connection", "Medical transportation",
                   "5 Kingfisher Road, Alder Crossing", "transportation",
                   "Missed appointments for lack of transportation."),
    ReferralTarget("community", "Brackenridge Energy Assistance Program", "Utility assistance",
                   "90 Mossbank Avenue, Brackenridge Falls", "utilities",
                   "Utility shut-off notice received."),
    ReferralTarget("community", "Fernhollow Housing Services", "Housing support",
                   "14 Orchard Terrace, Fernhollow", "housing",
                   "Worried about losing housing; home has mold and no heat in one room."),
)

# --------------------------------------------------------------------------------------------
# AHC-HRSN core questions (LOINC) and the answers that count as positive.
# --------------------------------------------------------------------------------------------

HRSN_QUESTIONS: dict[str, tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]] = {
    # domain: ((loinc, question, positive answers, negative answers), ...)
    "housing": (
        ("71802-3", "What is your living situation today?",
         ("I have a place to live today, but I am worried about losing it in the future",
          "I do not have a steady place to live"),
         ("I have a steady place to live",)),
    ),
    "food": (
        ("88122-7", ("Within the past 12 months, you worried that your food would run out "
         "before you got money to buy more."), ("Often true", "Sometimes true"), ("Never true",)),
        ("88123-5", ("Within the past 12 months, the food you bought just didn't last and you "
         "didn't have money to get more."), ("Often true", "Sometimes true"), ("Never true",)),
    ),
    "transportation": (
        ("93030-5", ("In the past 12 months, has lack of reliable transportation kept you from "
         "medical appointments, meetings, work or from getting things needed for daily living?"),
         ("Yes",), ("No",)),
    ),
    "utilities": (
        ("96779-4", ("In the past 12 months has the electric, gas, oil, or water company "
         "threatened to shut off services in your home?"), ("Yes", "Already shut off"), ("No",)),
    ),
    "safety": (
        ("95618-5", "How often does anyone, including family and friends, physically hurt you?",
         ("Sometimes", "Fairly often", "Frequently"), ("Never", "Rarely")),
    ),
}
HRSN_PANEL = ("96777-8", ("Accountable health communities (AHC) health-related social needs "
              "screening (HRSN) tool"))

# Encounter types (SNOMED CT procedures) and FHIR v3 ActCode classes, by Encounter.kind.
ENCOUNTER_TYPES: dict[str, tuple[str, str, str]] = {
    "inpatient": ("32485007", "Hospital admission", "IMP"),
    "emergency": ("50849002", "Emergency room admission", "EMER"),
    "ambulatory": ("185349003", "Encounter for check up", "AMB"),
    "home": ("439708006", "Home visit", "HH"),
}
