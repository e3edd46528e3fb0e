"""The medication-reconciliation knowledge files and their loader."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from app.medrec.knowledge import (
    FILES,
    KNOWLEDGE_DIR,
    DrugInfo,
    Knowledge,
    KnowledgeError,
    load_knowledge,
    normalize_name,
)


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return load_knowledge()


def _raw(name: str) -> dict:
    return json.loads((KNOWLEDGE_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_entry_names_a_source_of_its_file(name: str) -> None:
    data = _raw(name)
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", data["version"])
    assert data["sources"]
    assert all(isinstance(v, str) and len(v) > 20 for v in data["sources"].values())
    lists = [FILES[name]] + (["combinations"] if name == "drugs.json" else [])
    if name == "allergy_cross.json":
        lists.append("r1_groups")
    for key in lists:
        assert data[key], key
        for entry in data[key]:
            src = entry["source"]  # one source id, or a list of them
            assert src and all(s in data["sources"] for s in (src if isinstance(src, list) else [src])), entry


def test_loaded_once_and_versioned(k: Knowledge) -> None:
    assert load_knowledge() is k
    assert set(k.versions) == {name.removesuffix(".json") for name in FILES}
    assert k.version == max(k.versions.values())  # the release is the newest file version


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tylenol", ("acetaminophen",)),
        ("Percocet", ("oxycodone", "acetaminophen")),
        ("Toprol XL", ("metoprolol",)),
        ("TOPROL-XL®", ("metoprolol",)),
        ("toprol xl", ("metoprolol",)),
        ("lisinopril", ("lisinopril",)),
        ("Norco", ("hydrocodone", "acetaminophen")),
        ("Vicodin", ("hydrocodone", "acetaminophen")),
        ("Tylenol PM", ("acetaminophen", "diphenhydramine")),
        ("Advil PM", ("ibuprofen", "diphenhydramine")),
        ("Zestoretic", ("lisinopril", "hydrochlorothiazide")),
        ("Hyzaar", ("losartan", "hydrochlorothiazide")),
        ("Janumet", ("sitagliptin", "metformin")),
        ("Augmentin", ("amoxicillin", "clavulanate")),
        ("Bactrim DS", ("sulfamethoxazole", "trimethoprim")),
        ("Sinemet", ("carbidopa", "levodopa")),
        ("metoprolol succinate", ("metoprolol",)),
        ("sertraline HCl", ("sertraline",)),
        ("Lantus", ("insulin glargine",)),
        ("St. John's Wort", ("st johns wort",)),
        ("Humulin 70/30", ("insulin nph", "insulin regular")),
    ],
)
def test_lookup(k: Knowledge, name: str, expected: tuple[str, ...]) -> None:
    assert k.lookup(name) == expected


@pytest.mark.parametrize("name", ["frobnicol", "", "tylenolx", "take one tablet"])
def test_unknown_names(k: Knowledge, name: str) -> None:
    assert k.lookup(name) is None


def test_drug_and_classes(k: Knowledge) -> None:
    info = k.drug("metoprolol")
    assert isinstance(info, DrugInfo)
    assert "Toprol XL" in info.brands and "succinate" in info.salts
    assert "beta_blocker" in info.classes
    assert k.drug("Percocet") is None
    assert k.classes_of("warfarin") >= {"anticoagulant"}
    assert k.classes_of("nothing") == frozenset()
    assert {"ssri", "serotonergic"} <= k.classes_of("sertraline")
    assert "maoi" in k.classes_of("phenelzine")
    assert "strong_cyp1a2_inhibitor" in k.classes_of("ciprofloxacin")
    assert "protease_inhibitor" in k.classes_of("ritonavir")


def test_dictionary_size_and_names(k: Knowledge) -> None:
    assert len(k.generics()) >= 150
    names = k.names()
    assert len(names) == len(set(names))
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)
    assert names.index("tylenol pm") < names.index("tylenol")
    assert "toprol xl" in names and "percocet" in names
    assert all(k.lookup(n) for n in names)
    assert "st johns wort" in names and "St. John's Wort" in names
    assert "tylenol 3" in names and "Tylenol #3" in names and "D.H.E. 45" in names


def test_every_drug_class_has_a_label(k: Knowledge) -> None:
    for generic in k.generics():
        for cls in k.classes_of(generic):
            assert k.class_names[cls]


def test_onc_codes_complete(k: Knowledge) -> None:
    codes = {e["code"] for e in k.interactions if e["source"] == "onc_high_2012"}
    assert codes == {f"ONC-HIGH-{i}" for i in range(1, 16)}
    for e in k.interactions:
        assert e["severity"] in {"high", "moderate"} and e["message"]


def test_interaction_classes_exist_on_a_drug(k: Knowledge) -> None:
    on_drugs = {c for g in k.generics() for c in k.classes_of(g)}
    for e in k.interactions:
        for side in ("a", "b"):
            for cls in e[side].get("classes", []):
                assert cls in on_drugs, (e["code"], cls)
            for ing in e[side].get("ingredients", []):
                assert k.drug(ing) is not None, (e["code"], ing)


def test_required_classes_present(k: Knowledge) -> None:
    on_drugs = {c for g in k.generics() for c in k.classes_of(g)}
    required = {
        "serotonergic", "maoi", "ssri", "tca", "opioid", "amphetamine", "triptan", "qt_high_risk",
        "qt_prolonging", "strong_cyp3a4_inhibitor", "strong_cyp3a4_inducer", "protease_inhibitor",
        "strong_cyp1a2_inhibitor", "ergot", "ppi", "nsaid", "anticoagulant", "antiplatelet",
        "benzodiazepine", "z_drug", "sulfonylurea", "insulin", "antihistamine_first_gen",
        "muscle_relaxant", "penicillin", "aminopenicillin", "cephalosporin",
    }  # fmt: skip
    assert required <= on_drugs


def test_other_files_reference_known_drugs(k: Knowledge) -> None:
    for entry in [*k.beers, *k.high_alert, *k.allergy_groups]:
        for ing in entry.get("ingredients", []):
            assert k.drug(ing), ing
    wanted = {"first_gen_antihistamines", "benzodiazepines", "z_drugs", "sulfonylureas"}
    assert {e["id"] for e in k.beers} >= wanted
    assert all(e["rationale"] and e["recommendation"] for e in k.beers)
    assert k.max_daily_for("acetaminophen")["limit_mg"] == 4000
    assert k.max_daily_for("Ibuprofen")["limit_mg"] == 3200


def test_abbreviation_patterns(k: Knowledge) -> None:
    lists = {e["list"] for e in k.abbreviations}
    assert lists == {"tjc_do_not_use", "ismp_error_prone"}
    tokens = {e["token"] for e in k.abbreviations}
    tjc = {"U", "IU", "QD", "QOD", "trailing zero", "lack of leading zero", "MS", "MSO4", "MgSO4"}
    assert tjc <= tokens
    for e in k.abbreviations:
        pattern = re.compile(e["pattern"])
        assert e["examples"], e["token"]
        for text in e["examples"]:
            assert pattern.search(text), (e["token"], text)
        for text in e["not_examples"]:
            assert not pattern.search(text), (e["token"], text)
    unit = re.compile(next(e["pattern"] for e in k.abbreviations if e["token"] == "U"))
    for text in ["10 Units", "Humulin U-500 5 units", "Unisom 25 mg", "take 1 tab QD"]:
        assert not unit.search(text), text


def test_allergy_r1_groups_match_drug_entries(k: Knowledge) -> None:
    data = _raw("allergy_cross.json")
    for group in data["r1_groups"]:
        for ing in group["ingredients"]:
            assert k.drug_entries[ing].get("r1_group") == group["id"], ing


# ---------------------------------------------------------------- coverage of common medicines
# Representative top-300 US outpatient medicines (ClinCalc DrugStats) and common OTC products, as
# patients and bottles name them. Combination ingredients are in the label's order (strengths
# written "300/30" are assigned in this order).
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    # top-300 generics and brands (ClinCalc DrugStats, 2021-2022 data)
    "atorvastatin": ("atorvastatin",), "Lipitor": ("atorvastatin",), "levothyroxine sodium": ("levothyroxine",),
    "Synthroid": ("levothyroxine",), "Glucophage": ("metformin",), "lisinopril": ("lisinopril",),
    "amlodipine besylate": ("amlodipine",), "Norvasc": ("amlodipine",), "metoprolol tartrate": ("metoprolol",),
    "Toprol": ("metoprolol",), "ProAir HFA": ("albuterol",), "Ventolin": ("albuterol",), "losartan potassium": ("losartan",),
    "Prilosec": ("omeprazole",), "Zocor": ("simvastatin",), "Neurontin": ("gabapentin",), "HCTZ": ("hydrochlorothiazide",),
    "Zoloft": ("sertraline",), "Singulair": ("montelukast",), "Flonase": ("fluticasone",), "Amoxil": ("amoxicillin",),
    "Lasix": ("furosemide",), "Protonix": ("pantoprazole",), "Norco": ("hydrocodone", "acetaminophen"),
    "Lexapro": ("escitalopram",), "Xanax": ("alprazolam",), "prednisone": ("prednisone",), "Wellbutrin XL": ("bupropion",),
    "Adderall": ("amphetamine", "dextroamphetamine"), "Coreg": ("carvedilol",), "trazodone": ("trazodone",),
    "Ultram": ("tramadol",), "Lantus": ("insulin glargine",), "Klonopin": ("clonazepam",), "Flomax": ("tamsulosin",),
    "potassium chloride": ("potassium chloride",), "KCl": ("potassium chloride",), "K-Dur": ("potassium chloride",),
    "Klor-Con M20": ("potassium chloride",), "Mobic": ("meloxicam",), "Crestor": ("rosuvastatin",), "Plavix": ("clopidogrel",),
    "Flexeril": ("cyclobenzaprine",), "Zestoretic": ("lisinopril", "hydrochlorothiazide"), "Glucotrol XL": ("glipizide",),
    "Cymbalta": ("duloxetine",), "Concerta": ("methylphenidate",), "Effexor": ("venlafaxine",), "Ambien": ("zolpidem",),
    "Coumadin": ("warfarin",), "Zyloprim": ("allopurinol",), "Novolog": ("insulin aspart",), "Z-Pak": ("azithromycin",),
    "Janumet": ("sitagliptin", "metformin"), "Estrace": ("estradiol",), "Amaryl": ("glimepiride",), "Tricor": ("fenofibrate",),
    "Hyzaar": ("losartan", "hydrochlorothiazide"), "Lamictal": ("lamotrigine",), "Eliquis": ("apixaban",),
    "Xarelto": ("rivaroxaban",), "Vistaril": ("hydroxyzine",), "Actos": ("pioglitazone",), "Aldactone": ("spironolactone",),
    "Seroquel": ("quetiapine",), "Topamax": ("topiramate",), "BuSpar": ("buspirone",), "Keflex": ("cephalexin",),
    "Xalatan": ("latanoprost",), "Jardiance": ("empagliflozin",), "Zofran": ("ondansetron",), "Humalog": ("insulin lispro",),
    "Symbicort": ("budesonide", "formoterol"), "Percocet": ("oxycodone", "acetaminophen"), "Keppra": ("levetiracetam",),
    "Fosamax": ("alendronate",), "Diovan": ("valsartan",), "Remeron": ("mirtazapine",), "Ozempic": ("semaglutide",),
    "Trulicity": ("dulaglutide",), "Proscar": ("finasteride",), "Abilify": ("aripiprazole",), "Zanaflex": ("tizanidine",),
    "Valtrex": ("valacyclovir",), "Cardizem CD": ("diltiazem",), "Robaxin": ("methocarbamol",), "Kenalog": ("triamcinolone",),
    "Augmentin": ("amoxicillin", "clavulanate"), "Celebrex": ("celecoxib",), "Zetia": ("ezetimibe",),
    "Imdur": ("isosorbide mononitrate",), "Spiriva": ("tiotropium",), "Advair": ("fluticasone", "salmeterol"),
    "Intuniv": ("guanfacine",), "Vyvanse": ("lisdexamfetamine",), "Temovate": ("clobetasol",),
    "Bactrim DS": ("sulfamethoxazole", "trimethoprim"), "Bactroban": ("mupirocin",), "Macrobid": ("nitrofurantoin",),
    "Lyrica": ("pregabalin",), "Depakote": ("valproate",), "Sinemet": ("carbidopa", "levodopa"), "Namenda": ("memantine",),
    "Tessalon Perles": ("benzonatate",), "Bentyl": ("dicyclomine",), "Carafate": ("sucralfate",), "Linzess": ("linaclotide",),
    "Lialda": ("mesalamine",), "Lomotil": ("diphenoxylate", "atropine"), "Lidoderm": ("lidocaine",), "Ranexa": ("ranolazine",),
    "Entresto": ("sacubitril", "valsartan"), "Demadex": ("torsemide",), "Uroxatral": ("alfuzosin",),
    "Pyridium": ("phenazopyridine",), "Chantix": ("varenicline",), "Suboxone": ("buprenorphine", "naloxone"),
    "Vimpat": ("lacosamide",), "Fioricet": ("butalbital", "acetaminophen", "caffeine"), "Humira": ("adalimumab",),
    "Enbrel": ("etanercept",), "Dupixent": ("dupilumab",), "CellCept": ("mycophenolate",), "Arava": ("leflunomide",),
    "Prolia": ("denosumab",), "Evista": ("raloxifene",), "Premarin": ("conjugated estrogens",), "AndroGel": ("testosterone",),
    "Sprintec": ("norgestimate", "ethinyl estradiol"), "Nexplanon": ("etonogestrel",), "Armour Thyroid": ("thyroid desiccated",),
    "Biktarvy": ("bictegravir", "emtricitabine", "tenofovir"), "Descovy": ("emtricitabine", "tenofovir"),
    "EpiPen": ("epinephrine",), "Baqsimi": ("glucagon",), "Epogen": ("epoetin alfa",), "Procrit": ("epoetin alfa",),
    "Retacrit": ("epoetin alfa",), "Enulose": ("lactulose",), "Kristalose": ("lactulose",), "Creon": ("pancrelipase",),
    "Xifaxan": ("rifaximin",), "Compazine": ("prochlorperazine",), "Lovaza": ("omega 3 acid ethyl esters",),
    "Vascepa": ("icosapent ethyl",), "Arixtra": ("fondaparinux",), "Xeloda": ("capecitabine",), "Renvela": ("sevelamer",),
    "Mag-Ox": ("magnesium oxide",), "Urocit-K": ("potassium citrate",), "Tracleer": ("bosentan",),
    "Absorica": ("isotretinoin",), "Humalog Mix 75/25": ("insulin lispro protamine", "insulin lispro"),
    # OTC products (Drug Facts labels)
    "Tylenol Extra Strength": ("acetaminophen",), "Extra Strength Tylenol": ("acetaminophen",),
    "Tylenol 8 HR": ("acetaminophen",), "Tylenol Arthritis Pain": ("acetaminophen",), "Mapap": ("acetaminophen",),
    "Tylenol PM": ("acetaminophen", "diphenhydramine"), "Tylenol #3": ("acetaminophen", "codeine"),
    "Advil": ("ibuprofen",), "Motrin IB": ("ibuprofen",), "Advil PM": ("ibuprofen", "diphenhydramine"),
    "Advil Dual Action": ("acetaminophen", "ibuprofen"), "Aleve": ("naproxen",), "Aleve PM": ("naproxen", "diphenhydramine"),
    "Excedrin Extra Strength": ("acetaminophen", "aspirin", "caffeine"), "Excedrin Migraine": ("acetaminophen", "aspirin", "caffeine"),
    "Excedrin Tension Headache": ("acetaminophen", "caffeine"), "Excedrin PM": ("acetaminophen", "aspirin", "diphenhydramine"),
    "Excedrin PM Headache": ("acetaminophen", "aspirin", "diphenhydramine"), "Midol Complete": ("acetaminophen", "caffeine", "pyrilamine"),
    "Benadryl": ("diphenhydramine",), "ZzzQuil": ("diphenhydramine",), "Unisom SleepTabs": ("doxylamine",),
    "Unisom SleepGels": ("diphenhydramine",), "NyQuil Cold & Flu": ("acetaminophen", "dextromethorphan", "doxylamine"),
    "DayQuil Cold and Flu": ("acetaminophen", "dextromethorphan", "phenylephrine"), "Pepcid": ("famotidine",),
    "Pepcid AC": ("famotidine",), "Pepcid Complete": ("famotidine", "calcium carbonate", "magnesium hydroxide"),
    "Prilosec OTC": ("omeprazole",), "Nexium 24HR": ("esomeprazole",), "Zantac 360": ("famotidine",), "Claritin": ("loratadine",),
    "Claritin-D": ("loratadine", "pseudoephedrine"), "Zyrtec": ("cetirizine",), "Allegra": ("fexofenadine",),
    "Mucinex": ("guaifenesin",), "Mucinex DM": ("guaifenesin", "dextromethorphan"), "Robitussin DM": ("guaifenesin", "dextromethorphan"),
    "Delsym": ("dextromethorphan",), "Sudafed": ("pseudoephedrine",), "Sudafed PE": ("phenylephrine",), "Imodium": ("loperamide",),
    "Imodium A-D": ("loperamide",), "Pepto-Bismol": ("bismuth subsalicylate",), "MiraLAX": ("polyethylene glycol 3350",),
    "Colace": ("docusate",), "Senokot": ("senna",), "Senokot-S": ("senna", "docusate"), "Dulcolax": ("bisacodyl",),
    "Dulcolax Stool Softener": ("docusate",), "Metamucil": ("psyllium",), "Tums": ("calcium carbonate",),
    "Rolaids": ("calcium carbonate", "magnesium hydroxide"), "Milk of Magnesia": ("magnesium hydroxide",), "Gas-X": ("simethicone",),
    "Aspirin": ("aspirin",), "Bayer Aspirin": ("aspirin",), "Ecotrin": ("aspirin",), "Bayer Low Dose Aspirin": ("aspirin",),
    "Dramamine": ("dimenhydrinate",), "Dramamine Less Drowsy": ("meclizine",), "Afrin": ("oxymetazoline",),
    "Nasacort": ("triamcinolone",), "Nicorette": ("nicotine",), "NicoDerm CQ": ("nicotine",), "Plan B One-Step": ("levonorgestrel",),
    "Alka-Seltzer Original": ("citric acid", "aspirin", "sodium bicarbonate"), "BC Powder": ("aspirin", "caffeine"),
    "Goody's Extra Strength": ("acetaminophen", "aspirin", "caffeine"), "Voltaren Arthritis Pain": ("diclofenac",),
    "Caltrate 600+D3": ("calcium carbonate", "vitamin d3"), "fish oil": ("fish oil",), "multivitamin": ("multivitamin",),
}


@pytest.mark.parametrize(("name", "expected"), sorted(COMMON_NAMES.items()))
def test_common_medicines_resolve(k: Knowledge, name: str, expected: tuple[str, ...]) -> None:
    assert k.lookup(name) == expected


def test_common_medicines_list_is_broad() -> None:
    assert len(COMMON_NAMES) >= 100


@pytest.mark.parametrize(
    "family",
    ["NyQuil", "DayQuil", "Unisom", "Excedrin", "Midol", "Zantac", "Robitussin", "Theraflu", "Alka-Seltzer",
     "Bayer", "Goody's", "Monistat", "Lotrimin", "Maalox", "Mylanta", "Humulin", "Novolin", "potassium",
     "vitamin D", "omega-3"],
)
def test_ambiguous_names_are_not_guessed(k: Knowledge, family: str) -> None:
    """Umbrella brands whose products differ in ingredients (and words that name no one salt or
    product) stay unknown: the parser then asks instead of guessing."""
    assert k.lookup(family) is None


def test_potassium_salts(k: Knowledge) -> None:
    for name in ("potassium chloride", "Potassium Chloride", "KCl", "K-Tab", "Klor-Con", "Klor-Con M10", "Micro-K"):
        assert k.lookup(name) == ("potassium chloride",), name
    assert k.lookup("losartan potassium") == ("losartan",)  # a salt of losartan, not a potassium supplement
    assert k.lookup("potassium citrate") == ("potassium citrate",)
    assert k.lookup("Klor-Con/EF") == ("potassium bicarbonate",)  # longest name wins over "Klor-Con"
    assert "electrolyte" in k.classes_of("potassium chloride")


def test_every_class_and_source_of_new_entries_is_known() -> None:
    data = _raw("drugs.json")
    for entry in data["drugs"]:
        assert all(c in data["class_names"] for c in entry["classes"]), entry["generic"]
        assert entry["classes"], entry["generic"]


def test_product_strengths_are_consistent() -> None:
    """Strengths fixed by a product name (Tylenol #3, Bactrim DS) name exactly the product's ingredients."""
    data = _raw("drugs.json")
    for combo in data["combinations"]:
        if "strengths_mg" in combo:
            assert set(combo["strengths_mg"]) == set(combo["ingredients"]), combo["names"]
            assert all(v > 0 for v in combo["strengths_mg"].values()), combo["names"]
    for entry in data["drugs"]:
        for brand, mg in (entry.get("brand_strengths_mg") or {}).items():
            assert brand in entry["brands"] and mg > 0, (entry["generic"], brand)
    tyl3 = next(c for c in data["combinations"] if "Tylenol #3" in c["names"])
    assert tyl3["strengths_mg"] == {"acetaminophen": 300, "codeine": 30}


# ---------------------------------------------------------------- ISMP high-alert (community, 2021)
def test_high_alert_community_2021(k: Knowledge) -> None:
    ids = {e["id"] for e in k.high_alert}
    assert ids == {
        "anticoagulants", "chemotherapy_oral", "immunosuppressants_oral", "insulin", "pregnancy_contraindicated",
        "pediatric_oral_sedation", "opioids", "hypoglycemics_oral", "carbamazepine", "epinephrine_im_subcutaneous",
        "lamotrigine", "methotrexate_non_oncologic", "phenytoin", "valproic_acid",
    }

    def flagged(generic: str) -> set[str]:
        return {e["id"] for e in k.high_alert if k.matches(e, generic)}

    assert flagged("apixaban") == flagged("enoxaparin") == {"anticoagulants"}
    assert flagged("capecitabine") == {"chemotherapy_oral"}
    assert not flagged("tamoxifen") and not flagged("anastrozole")  # hormonal therapy is excluded
    assert flagged("methotrexate") == {"methotrexate_non_oncologic"}  # once, not also as an immunosuppressant
    assert flagged("tacrolimus") == {"immunosuppressants_oral"}
    assert flagged("insulin degludec") == {"insulin"} and flagged("glipizide") == {"hypoglycemics_oral"}
    assert flagged("isotretinoin") == {"pregnancy_contraindicated"}
    for generic in ("carbamazepine", "lamotrigine", "phenytoin", "valproate", "epinephrine", "fentanyl"):
        assert flagged(generic), generic
    for generic in ("metformin", "clopidogrel", "lisinopril", "propylthiouracil"):
        assert not flagged(generic), generic  # not on the 2021 community list (propylthiouracil is not a known drug)
    sedation = next(e for e in k.high_alert if e["id"] == "pediatric_oral_sedation")
    assert sedation["applies_to"] == "children"
    epi = next(e for e in k.high_alert if e["id"] == "epinephrine_im_subcutaneous")
    assert epi["routes"] == ["intramuscular", "subcutaneous"]
    for e in k.high_alert:
        assert e["label"] and (e.get("classes") or e.get("ingredients")), e["id"]


# ---------------------------------------------------------------- maximum daily doses
@pytest.mark.parametrize(
    ("ingredient", "limit", "otc"),
    [("acetaminophen", 4000, None), ("ibuprofen", 3200, 1200), ("naproxen", 1500, 660), ("aspirin", 4000, None),
     ("meloxicam", 15, None), ("ketorolac", 40, None), ("tramadol", 400, None), ("loperamide", 16, 8),
     ("pseudoephedrine", 240, None), ("guaifenesin", 2400, None), ("dextromethorphan", 120, None),
     ("diphenhydramine", 300, None), ("loratadine", 10, None), ("cetirizine", 10, None), ("fexofenadine", 180, None),
     ("celecoxib", 400, None), ("colchicine", 2.4, None), ("metformin", 2550, None), ("allopurinol", 800, None),
     ("pregabalin", 600, None)],
)
def test_max_daily_limits(k: Knowledge, ingredient: str, limit: float, otc: float | None) -> None:
    entry = k.max_daily_for(ingredient)
    assert entry is not None and entry["limit_mg"] == limit and entry.get("otc_limit_mg") == otc
    assert entry["source"] in k.sources["max_daily_dose"]


# ---------------------------------------------------------------- broken files
@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "medrec"
    shutil.copytree(KNOWLEDGE_DIR, folder)
    return folder


def _edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_copy_loads(copy: Path) -> None:
    assert Knowledge(copy).lookup("Percocet") == ("oxycodone", "acetaminophen")


def test_unknown_source_names_file_and_entry(copy: Path) -> None:
    def change(d):
        d["drugs"][0]["source"] = "made_up"

    _edit(copy, "drugs.json", change)
    msg = r"drugs\.json: drugs\[0\] 'atorvastatin': unknown source 'made_up'"
    with pytest.raises(KnowledgeError, match=msg):
        Knowledge(copy)


def test_missing_source_refused(copy: Path) -> None:
    def change(d):
        del d["interactions"][3]["source"]

    _edit(copy, "interactions.json", change)
    msg = r"interactions\.json: interactions\[3\] 'ONC-HIGH-4': has no 'source'"
    with pytest.raises(KnowledgeError, match=msg):
        Knowledge(copy)


def test_duplicate_name_refused(copy: Path) -> None:
    def change(d):
        d["drugs"][1]["brands"].append("lipitor")

    _edit(copy, "drugs.json", change)
    msg = r"drugs\.json: drugs\[1\] 'simvastatin': duplicate name 'lipitor'"
    with pytest.raises(KnowledgeError, match=msg):
        Knowledge(copy)


def test_unknown_class_refused(copy: Path) -> None:
    def change(d):
        d["interactions"][0]["a"]["classes"] = ["amphetamines"]

    _edit(copy, "interactions.json", change)
    msg = r"interactions\.json: interactions\[0\] 'ONC-HIGH-1': unknown class 'amphetamines'"
    with pytest.raises(KnowledgeError, match=msg):
        Knowledge(copy)


def test_bad_pattern_refused(copy: Path) -> None:
    def change(d):
        d["abbreviations"][0]["pattern"] = "(unclosed"

    _edit(copy, "abbreviations.json", change)
    msg = r"abbreviations\.json: abbreviations\[0\] 'U': bad pattern"
    with pytest.raises(KnowledgeError, match=msg):
        Knowledge(copy)


def test_invalid_json_and_missing_version(copy: Path) -> None:
    (copy / "beers_2023.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"beers_2023\.json: cannot read"):
        Knowledge(copy)
    shutil.copy(KNOWLEDGE_DIR / "beers_2023.json", copy / "beers_2023.json")
    _edit(copy, "high_alert.json", lambda d: d.pop("version"))
    with pytest.raises(KnowledgeError, match=r"high_alert\.json: 'version'"):
        Knowledge(copy)


def test_missing_file(copy: Path) -> None:
    (copy / "max_daily_dose.json").unlink()
    with pytest.raises(KnowledgeError, match=r"max_daily_dose\.json: missing"):
        Knowledge(copy)


def test_duplicate_combination_name_refused(copy: Path) -> None:
    def change(d):
        d["combinations"][1]["names"].append("PERCOCET")

    _edit(copy, "drugs.json", change)
    with pytest.raises(KnowledgeError, match=r"combinations\[1\].*duplicate name 'PERCOCET'"):
        Knowledge(copy)


def test_matches_by_class_or_ingredient(k: Knowledge) -> None:
    onc1 = next(e for e in k.interactions if e["code"] == "ONC-HIGH-1")
    assert k.matches(onc1["a"], "lisdexamfetamine") and k.matches(onc1["b"], "phenelzine")
    assert not k.matches(onc1["a"], "sertraline")
    onc13 = next(e for e in k.interactions if e["code"] == "ONC-HIGH-13")
    assert k.matches(onc13["a"], "tizanidine") and k.matches(onc13["b"], "ciprofloxacin")
    assert not k.matches(onc13["b"], "levofloxacin")
