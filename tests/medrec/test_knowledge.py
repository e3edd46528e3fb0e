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
            assert entry["source"] in data["sources"], entry


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
