"""Content checks for the patient-education handouts in resources/handouts/.

What is checked (health-literacy rules: AHRQ Health Literacy Universal Precautions Toolkit and
pill card, CDC Clear Communication Index, USP <17>):

- every file is valid UTF-8 JSON; every topic exists in English and Spanish with the same
  structure (sections, icons, number of lines, sources);
- every topic cites sources (id + citation with a year or a web address);
- English reading level: Flesch-Kincaid grade <= 8 for each topic's body text and for the
  pill-card purposes, computed by tests/handouts/readability.py (formula and syllable rules
  documented there), since textstat's English needs a download; where `textstat` works
  offline, its grade must pass too;
- Spanish reading level: Fernández-Huerta >= 70 ("bastante fácil", about grade 7) and
  Szigriszt-Pazos >= 65 (INFLESZ "bastante fácil"), computed the same way (and by textstat
  when it is available), plus sentence-length and overall-length checks;
- short sentences (one idea per line), numerals for counts, no clinical jargon from a fixed
  list, and none of the error-prone abbreviations of resources/medrec/abbreviations.json;
- purposes.json covers every class and every generic of resources/medrec/drugs.json;
- phrases.json has the fixed pill-card and handout words, with matching placeholders.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import readability as rd

ROOT = Path(__file__).resolve().parents[2]
HANDOUTS = ROOT / "resources" / "handouts"
TOPICS_DIR = HANDOUTS / "topics"
MEDREC = ROOT / "resources" / "medrec"
LANGS = ("en", "es")

REQUIRED_TOPICS = {
    "heart_failure",
    "copd",
    "diabetes",
    "low_blood_sugar",
    "anticoagulation",
    "fall_prevention",
    "hospital_discharge",
}
EXTRA_TOPICS = {
    "high_blood_pressure",
    "medicine_safety",
    "opioid_safety",
    "kidney_disease",
    "stroke_warning_signs",
}
TOPICS = sorted(REQUIRED_TOPICS | EXTRA_TOPICS)

ICONS = {
    "alert", "ambulance", "bag", "bp_cuff", "brain", "calendar", "clock", "eye", "fall", "food",
    "foot", "heart", "house", "inhaler", "kidney", "list", "lock", "lungs", "meter", "naloxone",
    "oxygen", "phone", "pill", "pill_warning", "question", "salt", "scale", "sick", "stand",
    "sugar", "walk", "water", "zone_green", "zone_red", "zone_yellow",
}

TOPIC_KEYS = {
    "name", "lang", "version", "title", "intro", "sections", "call_911", "call_care_team",
    "teach_back", "sources", "reviewed",
}

MAX_FK_GRADE = 8.0
MIN_FERNANDEZ_HUERTA = 70.0
MIN_SZIGRISZT_PAZOS = 65.0
MAX_SENTENCE_WORDS = {"en": 20, "es": 25}

# Clinical words a patient handout should not use (plain words are used instead).
JARGON = {
    "en": [
        "edema", "dyspnea", "exacerbation", "hypoglycemia", "hyperglycemia", "anticoagulant",
        "anticoagulation", "nsaid", "nsaids", "hypertension", "hypotension", "orthostatic",
        "renal", "cardiac", "pulmonary", "diuretic", "diuretics", "prn", "bid", "tid", "qid",
        "subcutaneous", "intravenous", "titrate", "adherence", "prophylaxis", "ambulate",
        "emesis", "syncope", "tachycardia", "bradycardia", "myocardial", "cerebrovascular",
        "cva", "tia", "chf", "ckd", "dvt", "apap", "nocturia", "void", "sputum", "hemorrhage",
        "contraindicated", "administer", "utilize",
    ],
    "es": [
        "edema", "disnea", "exacerbación", "hipoglucemia", "hiperglucemia", "aine", "aines",
        "hipertensión", "hipotensión", "ortostática", "renal", "pulmonar", "subcutánea",
        "intravenosa", "profilaxis", "emesis", "síncope", "taquicardia", "bradicardia",
        "cerebrovascular", "acv", "ictus", "hemorragia", "contraindicado", "administrar",
        "deambular",
    ],
}
# Every English word of 4 or more syllables that patients read. A new long word must be added
# here on purpose: drug names the patient sees on the bottle, and everyday words.
LONG_WORDS_EN = {
    # drug and product names
    "acetaminophen", "hydrocodone", "ibuprofen", "levodopa", "oxycodone",
    # illnesses and body words in everyday use
    "anemia", "cholesterol", "constipation", "hepatitis", "leukemia", "malaria", "pneumonia",
    "psoriasis", "triglycerides", "testosterone", "potassium", "magnesium", "antibiotic",
    # everyday words
    "activity", "emergency", "overactive", "refrigerator", "understanding", "unevenly",
    "vegetables", "liver-related",
}
# Counts are written as numerals ("2 tablets"), never as words.
NUMBER_WORDS = {
    "en": re.compile(
        r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
        r"thirty)\b|\bone\s+(?:tablet|pill|capsule|dose|time|day|week|month|hour|minute|cup|"
        r"puff|drop)s?\b"
    ),
    "es": re.compile(
        r"(?i)\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
        r"treinta)\b"
    ),
}

# Core generics a post-discharge pill card meets all the time: each needs its own entry.
MUST_HAVE_DRUGS = [
    "acetaminophen", "albuterol", "allopurinol", "amiodarone", "amlodipine", "apixaban",
    "aspirin", "atorvastatin", "bumetanide", "carvedilol", "cephalexin", "clopidogrel",
    "dapagliflozin", "digoxin", "diltiazem", "docusate", "donepezil", "empagliflozin",
    "enoxaparin", "escitalopram", "famotidine", "ferrous sulfate", "fluticasone", "furosemide",
    "gabapentin", "glipizide", "hydralazine", "hydrochlorothiazide", "hydrocodone",
    "insulin aspart", "insulin glargine", "insulin lispro", "ipratropium", "isosorbide mononitrate",
    "levetiracetam", "levothyroxine", "lisinopril", "losartan", "melatonin", "metformin",
    "metoprolol", "montelukast", "naloxone", "nitroglycerin", "omeprazole", "ondansetron",
    "oxycodone", "pantoprazole", "polyethylene glycol 3350", "potassium chloride", "prednisone",
    "quetiapine", "rivaroxaban", "rosuvastatin", "sacubitril", "semaglutide", "senna",
    "sertraline", "spironolactone", "tamsulosin", "tiotropium", "torsemide", "tramadol",
    "trazodone", "vitamin d3", "warfarin",
]
MIN_DRUG_ENTRIES = 150

REQUIRED_PHRASES = [
    "medicine", "what_it_is_for", "how_much", "when_to_take", "take_as_needed", "stop_taking",
    "questions_for_care_team", "call_care_team", "call_911", "page_of", "card_title",
    "allergies", "updated_on", "with_food", "teach_back_heading",
]
REQUIRED_TIMES = ["morning", "noon", "evening", "bedtime"]
PLACEHOLDER = re.compile(r"\{(\w+)\}")
URL_OR_YEAR = re.compile(r"https?://|\b(?:19|20)\d{2}\b")


# --------------------------------------------------------------------------- helpers


def load(path: Path) -> dict:
    return json.loads(path.read_bytes().decode("utf-8"))


def topic(name: str, lang: str) -> dict:
    return load(TOPICS_DIR / f"{name}.{lang}.json")


def body_items(doc: dict) -> list[str]:
    """The text a patient reads as sentences: intro, every item, the call lists, teach-back."""
    items = [doc["intro"]]
    for section in doc["sections"]:
        items.extend(section["items"])
    return items + doc["call_911"] + doc["call_care_team"] + doc["teach_back"]


def patient_strings(doc: dict) -> list[str]:
    """Every string of a topic that is printed for the patient (not sources or reviewer notes)."""
    return [doc["title"], *(s["heading"] for s in doc["sections"]), *body_items(doc)]


def walk_phrase_strings(value: object) -> Iterator[str]:
    """Patient-facing strings of phrases.json: en/es values, plural forms and hints (not notes)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("source", "note"):
                continue
            yield from walk_phrase_strings(item)


def abbreviation_patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = load(MEDREC / "abbreviations.json")
    return [(a["token"], re.compile(a["pattern"])) for a in data["abbreviations"]]


def abbreviation_hits(texts: list[str]) -> list[str]:
    hits = []
    for token, pattern in abbreviation_patterns():
        for text in texts:
            if pattern.search(text):
                hits.append(f"{token!r} in {text!r}")
    return hits


def jargon_hits(texts: list[str], lang: str) -> list[str]:
    words = set(JARGON[lang])
    return [
        f"{w!r} in {t!r}" for t in texts for w in rd.words(t) if w.lower().strip("'’") in words
    ]


def textstat_module():
    """textstat when it is importable and works offline (its English syllables may need NLTK's
    cmudict, which it tries to download), else None."""
    try:
        import textstat  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:  # textstat >= 0.7.4 counts English syllables with NLTK's cmudict: never download it here
        import nltk  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        try:
            nltk.data.find("corpora/cmudict")
        except LookupError:
            return None
    try:
        textstat.set_lang("en")
        textstat.flesch_kincaid_grade("Take 1 tablet every morning.")
        return textstat
    except Exception:  # noqa: BLE001 - any failure (e.g. LookupError) means "not usable"
        return None


def textstat_spanish():
    """textstat when it is importable and scores Spanish (Pyphen syllables), else None."""
    try:
        import textstat  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        textstat.set_lang("es")
        textstat.fernandez_huerta("Tome 1 tableta cada mañana.")
        textstat.set_lang("en")
        return textstat
    except Exception:  # noqa: BLE001 - any failure means "not usable"
        return None


# --------------------------------------------------------------------------- files


def test_all_handout_json_is_valid_utf8() -> None:
    files = sorted(HANDOUTS.rglob("*.json"))
    assert len(files) >= 2 * len(TOPICS) + 2
    for path in files:
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: UTF-8 byte-order mark"
        text = raw.decode("utf-8")  # strict: raises on invalid UTF-8
        json.loads(text)
        assert "\ufffd" not in text, f"{path.name}: replacement character (broken encoding)"


def test_topic_files_are_exactly_the_expected_ones() -> None:
    found = {p.name for p in TOPICS_DIR.glob("*.json")}
    expected = {f"{name}.{lang}.json" for name in TOPICS for lang in LANGS}
    assert found == expected


# --------------------------------------------------------------------------- topics


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TOPICS)
def test_topic_schema(name: str, lang: str) -> None:
    doc = topic(name, lang)
    assert set(doc) == TOPIC_KEYS
    assert doc["name"] == name and doc["lang"] == lang
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", doc["version"])
    for key in ("title", "intro", "reviewed"):
        assert isinstance(doc[key], str) and doc[key].strip()
    assert 3 <= len(doc["sections"]) <= 8
    for section in doc["sections"]:
        assert set(section) == {"heading", "icon", "items"}
        assert section["heading"].strip()
        assert section["icon"] in ICONS, section["icon"]
        assert section["items"] and all(isinstance(i, str) and i.strip() for i in section["items"])
        assert len(section["items"]) <= 7, f"{section['heading']}: more than 7 lines"
    for key in ("call_911", "call_care_team", "teach_back"):
        assert doc[key] and all(isinstance(i, str) and i.strip() for i in doc[key])
    for question in doc["teach_back"]:
        assert question.endswith("?"), question
        if lang == "es":
            assert question.startswith("¿"), question
    for text in patient_strings(doc):
        assert text == text.strip() and "  " not in text, repr(text)
    assert len(doc["reviewed"]) >= 80, "reviewer notes should say what still needs checking"


@pytest.mark.parametrize("name", TOPICS)
def test_english_and_spanish_have_the_same_structure(name: str) -> None:
    en, es = topic(name, "en"), topic(name, "es")
    assert len(en["sections"]) == len(es["sections"])
    assert [s["icon"] for s in en["sections"]] == [s["icon"] for s in es["sections"]]
    assert [len(s["items"]) for s in en["sections"]] == [len(s["items"]) for s in es["sections"]]
    for key in ("call_911", "call_care_team", "teach_back"):
        assert len(en[key]) == len(es[key]), key
    assert en["sources"] == es["sources"]
    assert en["version"] == es["version"]
    assert en["title"] != es["title"], "the Spanish file must be translated"


@pytest.mark.parametrize("name", TOPICS)
def test_topic_sources(name: str) -> None:
    sources = topic(name, "en")["sources"]
    assert len(sources) >= 2
    ids = [s["id"] for s in sources]
    assert len(set(ids)) == len(ids)
    for source in sources:
        assert set(source) == {"id", "citation"}
        assert re.fullmatch(r"[a-z0-9_]+", source["id"])
        assert len(source["citation"]) >= 40, source
        assert URL_OR_YEAR.search(source["citation"]), f"no year or address: {source['id']}"


def test_source_ids_mean_the_same_citation_everywhere() -> None:
    seen: dict[str, str] = {}
    docs = [topic(n, "en") for n in TOPICS]
    pairs = [(s["id"], s["citation"]) for d in docs for s in d["sources"]]
    pairs += list(load(HANDOUTS / "purposes.json")["sources"].items())
    pairs += list(load(HANDOUTS / "phrases.json")["sources"].items())
    for sid, citation in pairs:
        assert seen.setdefault(sid, citation) == citation, f"{sid} cited two different ways"


@pytest.mark.parametrize("name", TOPICS)
def test_english_reading_grade(name: str) -> None:
    text = rd.sentences_text(body_items(topic(name, "en")))
    grade = rd.flesch_kincaid_grade(text)
    assert grade <= MAX_FK_GRADE, f"{name}: Flesch-Kincaid grade {grade:.1f}"
    ts = textstat_module()
    if ts is not None:
        assert ts.flesch_kincaid_grade(text) <= MAX_FK_GRADE


@pytest.mark.parametrize("name", TOPICS)
def test_spanish_reading_ease(name: str) -> None:
    es_text = rd.sentences_text(body_items(topic(name, "es")))
    en_text = rd.sentences_text(body_items(topic(name, "en")))
    fh = rd.fernandez_huerta(es_text)
    sp = rd.szigriszt_pazos(es_text)
    assert fh >= MIN_FERNANDEZ_HUERTA, f"{name}: Fernández-Huerta {fh:.1f}"
    assert sp >= MIN_SZIGRISZT_PAZOS, f"{name}: Szigriszt-Pazos {sp:.1f}"
    # Basic length check: Spanish runs longer than English, but not wildly.
    ratio = len(rd.words(es_text)) / len(rd.words(en_text))
    assert 0.85 <= ratio <= 1.5, f"{name}: Spanish/English word ratio {ratio:.2f}"
    ts = textstat_spanish()
    if ts is not None:
        ts.set_lang("es")
        try:
            assert ts.fernandez_huerta(es_text) >= MIN_FERNANDEZ_HUERTA
            assert ts.szigriszt_pazos(es_text) >= MIN_SZIGRISZT_PAZOS
        finally:
            ts.set_lang("en")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TOPICS)
def test_short_sentences(name: str, lang: str) -> None:
    doc = topic(name, lang)
    for text in body_items(doc):
        for sentence in rd.sentences(text):
            n = len(rd.words(sentence))
            assert n <= MAX_SENTENCE_WORDS[lang], f"{n} words: {sentence!r}"
        assert len(rd.sentences(text)) <= 3, f"more than 3 sentences on 1 line: {text!r}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TOPICS)
def test_plain_words_numerals_and_no_abbreviations(name: str, lang: str) -> None:
    texts = patient_strings(topic(name, lang))
    assert not abbreviation_hits(texts)
    assert not jargon_hits(texts, lang)
    numbers = [t for t in texts if NUMBER_WORDS[lang].search(t)]
    assert not numbers, f"write counts as numerals: {numbers}"


def test_english_long_words_are_known_plain_words(purposes: dict) -> None:
    texts = [t for name in TOPICS for t in patient_strings(topic(name, "en"))]
    texts += [e["en"] for part in ("classes", "drugs") for e in purposes[part].values()]
    long_words = {
        w.lower()
        for t in texts
        for w in rd.words(t)
        if rd.syllables_en(w) >= 4 and not any(ch.isdigit() for ch in w)
    }
    assert long_words <= LONG_WORDS_EN, sorted(long_words - LONG_WORDS_EN)


def test_topics_cover_the_must_have_safety_content() -> None:
    hf = " ".join(body_items(topic("heart_failure", "en")))
    assert "2 to 3 pounds in 1 day" in hf and "5 pounds in 1 week" in hf
    low = " ".join(body_items(topic("low_blood_sugar", "en")))
    assert "15 grams" in low and "15 minutes" in low and "911" in low
    anticoag = " ".join(body_items(topic("anticoagulation", "en")))
    for needle in ("ibuprofen", "naproxen", "miss a dose", "Vitamin K", "hit your head"):
        assert needle in anticoag, needle
    stroke = " ".join(body_items(topic("stroke_warning_signs", "es")))
    assert "R.Á.P.I.D.O." in stroke or "Rostro caído" in stroke
    opioid = " ".join(body_items(topic("opioid_safety", "en")))
    assert "naloxone" in opioid.lower()


# --------------------------------------------------------------------------- purposes


@pytest.fixture(scope="module")
def purposes() -> dict:
    return load(HANDOUTS / "purposes.json")


@pytest.fixture(scope="module")
def drugs_json() -> dict:
    return load(MEDREC / "drugs.json")


def test_purposes_shape_and_sources(purposes: dict) -> None:
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", purposes["version"])
    assert purposes["sources"] and purposes["format_source"] in purposes["sources"]
    for citation in purposes["sources"].values():
        assert URL_OR_YEAR.search(citation)
    for part in ("classes", "drugs"):
        for key, entry in purposes[part].items():
            assert set(entry) == {"en", "es", "source"}, key
            assert entry["source"] in purposes["sources"], key
            assert entry["en"].strip() and entry["es"].strip(), key
            assert entry["en"] != entry["es"], key
            assert len(rd.words(entry["en"])) <= 16, f"{key}: too long for a pill card"
            assert len(rd.words(entry["es"])) <= 20, f"{key}: too long for a pill card"


def test_purposes_cover_every_class(purposes: dict, drugs_json: dict) -> None:
    known = set(drugs_json["class_names"])
    with_purpose = set(purposes["classes"])
    without = set(purposes["no_single_purpose"])
    assert with_purpose <= known and without <= known
    assert not with_purpose & without
    assert with_purpose | without == known, sorted(known - with_purpose - without)
    assert all(reason.strip() for reason in purposes["no_single_purpose"].values())


def test_purposes_cover_the_common_generics(purposes: dict, drugs_json: dict) -> None:
    generics = {d["generic"]: d["classes"] for d in drugs_json["drugs"]}
    assert set(purposes["drugs"]) <= set(generics), sorted(set(purposes["drugs"]) - set(generics))
    assert len(purposes["drugs"]) >= MIN_DRUG_ENTRIES
    missing = [g for g in MUST_HAVE_DRUGS if g not in purposes["drugs"]]
    assert not missing, missing


def test_every_generic_gets_a_purpose(purposes: dict, drugs_json: dict) -> None:
    """The pill card's lookup: the drug's own entry, else its first class that has one."""
    unresolved = []
    for drug in drugs_json["drugs"]:
        if drug["generic"] in purposes["drugs"]:
            continue
        if not any(c in purposes["classes"] for c in drug["classes"]):
            unresolved.append(drug["generic"])
    assert not unresolved, unresolved


def test_purposes_reading_level_and_words(purposes: dict) -> None:
    entries = list(purposes["classes"].values()) + list(purposes["drugs"].values())
    en_text = rd.sentences_text(e["en"] for e in entries)
    es_text = rd.sentences_text(e["es"] for e in entries)
    grade = rd.flesch_kincaid_grade(en_text)
    assert grade <= MAX_FK_GRADE, f"purposes: Flesch-Kincaid grade {grade:.1f}"
    assert rd.fernandez_huerta(es_text) >= MIN_FERNANDEZ_HUERTA
    assert rd.szigriszt_pazos(es_text) >= MIN_SZIGRISZT_PAZOS
    ts = textstat_module()
    if ts is not None:
        assert ts.flesch_kincaid_grade(en_text) <= MAX_FK_GRADE
    assert not abbreviation_hits([e[lang] for e in entries for lang in LANGS])
    assert not jargon_hits([e["en"] for e in entries], "en")
    assert not jargon_hits([e["es"] for e in entries], "es")


# --------------------------------------------------------------------------- phrases


@pytest.fixture(scope="module")
def phrases() -> dict:
    return load(HANDOUTS / "phrases.json")


def test_phrases_have_the_pill_card_words(phrases: dict) -> None:
    for key in REQUIRED_PHRASES:
        assert key in phrases["phrases"], key
    for key in REQUIRED_TIMES:
        entry = phrases["times_of_day"][key]
        assert entry["en"] and entry["es"] and entry["hint"]["en"] and entry["hint"]["es"]
    assert phrases["phrases"]["page_of"]["en"] == "Page {page} of {pages}"
    assert phrases["times_of_day"]["morning"]["en"] == "Morning"
    assert phrases["times_of_day"]["bedtime"]["en"] == "Bedtime"


def test_phrases_en_and_es_match(phrases: dict) -> None:
    groups = ("phrases", "times_of_day", "units", "routes", "weekdays")
    for group in groups:
        for key, entry in phrases[group].items():
            assert entry["source"] in phrases["sources"], f"{group}.{key}"
            en, es = entry["en"], entry["es"]
            assert type(en) is type(es), f"{group}.{key}"
            if isinstance(en, dict):  # plural forms
                assert set(en) == set(es) == {"one", "other"}, f"{group}.{key}"
                for form in ("one", "other"):
                    assert "{count}" in en[form] and "{count}" in es[form], f"{group}.{key}"
                pairs = [(en[f], es[f]) for f in ("one", "other")]
            else:
                pairs = [(en, es)]
            for a, b in pairs:
                assert a.strip() and b.strip(), f"{group}.{key}"
                assert set(PLACEHOLDER.findall(a)) == set(PLACEHOLDER.findall(b)), f"{group}.{key}"


def test_phrases_have_no_error_prone_abbreviations(phrases: dict) -> None:
    texts = [
        s
        for group in ("phrases", "times_of_day", "units", "routes", "weekdays")
        for entry in phrases[group].values()
        for s in walk_phrase_strings(entry)
    ]
    # fill placeholders with a sample number so the dose patterns ("10 U", "5 cc") can fire
    filled = [PLACEHOLDER.sub("10", t) for t in texts]
    assert not abbreviation_hits(filled)


def test_abbreviation_check_would_catch_a_bad_line() -> None:
    """Guard against a silently broken check: the patterns must fire on known-bad text."""
    bad = ["Take 10 U at bedtime", "1 tablet QD", "Inject 5 cc", "give 1 tab qhs", "Take .5 mg"]
    hits = abbreviation_hits(bad)
    assert len(hits) >= 5, hits


def test_readability_formulas_behave() -> None:
    """Sanity checks for the hand-written formulas (documented in readability.py)."""
    assert rd.syllables_en("medicine") == 3
    assert rd.syllables_en("take") == 1
    assert rd.syllables_en("little") == 2
    assert rd.syllables_en("911") == 3
    assert rd.syllables_es("medicina") == 4
    assert rd.syllables_es("día") == 2
    assert rd.syllables_es("cuidado") == 3
    assert rd.syllables_es("que") == 1
    easy = "Take 1 pill. Drink water. Call us."
    hard = (
        "Pharmacological anticoagulation necessitates comprehensive monitoring of "
        "international normalized ratio determinations to prevent hemorrhagic complications."
    )
    assert rd.flesch_kincaid_grade(easy) < 3
    assert rd.flesch_kincaid_grade(hard) > 12
    assert rd.fernandez_huerta("Tome 1 pastilla con agua cada día. Llame si se siente mal.") > 80
    assert rd.sentences("Recuerde R.Á.P.I.D.O. Tenga fiebre de 100.4 o más.") == [
        "Recuerde R.Á.P.I.D.O.",
        "Tenga fiebre de 100.4 o más.",
    ]
