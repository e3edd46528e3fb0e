"""The printed handouts (app/handouts/pdf.py), read back with pdfplumber and poppler.

Each variant is rendered once per module. Checked: the text is all there (medicine names,
purposes, times of day, PRN, stopped, held and unclear lines, care team), the patient's name
and the date and "Page X of Y" on every page, only the bundled DejaVu fonts and all of them
embedded, body text at least 12 pt (18 pt in large print) with only the footer and the sources
smaller, Spanish accents intact, none of the error-prone abbreviations, printer-safe margins,
empty times of day shaded, the same input giving the same bytes. Every page is also saved as a
PNG in tests/artifacts/ (handout_*.png) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from app.handouts import pdf
from app.handouts.content import (content_version, load_topic, phrase, time_hint, time_word,
                                  topic_names)
from app.handouts.model import (TIMES, Patient, PrnRow, Schedule, ScheduleRow, StoppedRow, Summary,
                                SummarySection)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
MADE_ON = dt.date(2026, 11, 29)
FONT_NAME = re.compile(r"^[A-Z]{6}\+DejaVuSans(-Bold)?$")

# --- a realistic pill card, in English and Spanish -------------------------------------------

# generic, brand, purpose, amount, {time: dose}, how often, notes; each text as (en, es)
TABLET = ("1 tablet", "1 tableta")
MEDS: list[tuple[Any, ...]] = [
    ("Furosemide", "Lasix",
     ("Strong water pill: helps your body get rid of extra fluid",
      "Pastilla fuerte para orinar: ayuda a su cuerpo a eliminar el líquido de más"),
     ("1 tablet (40 mg)", "1 tableta (40 mg)"), {"morning": TABLET}, None,
     (("Weigh yourself every morning", "Pésese cada mañana"),)),
    ("Metoprolol succinate", "Toprol XL",
     ("For blood pressure and heart rate", "Para la presión y el pulso"),
     ("1 tablet (25 mg)", "1 tableta (25 mg)"), {"morning": TABLET}, None,
     (("Swallow whole. Do not crush or chew.", "Tráguela entera. No la triture ni la mastique."),)),
    ("Lisinopril", "Zestril",
     ("For blood pressure; protects your heart and kidneys",
      "Para la presión; protege el corazón y los riñones"),
     ("1 tablet (10 mg)", "1 tableta (10 mg)"), {"morning": TABLET}, None, ()),
    ("Apixaban", "Eliquis",
     ("Blood thinner: prevents blood clots", "Anticoagulante: evita coágulos de sangre"),
     ("1 tablet (5 mg)", "1 tableta (5 mg)"), {"morning": TABLET, "evening": TABLET}, None,
     (("Do not stop taking it unless your care team tells you to",
       "No deje de tomarla a menos que su equipo de salud se lo diga"),)),
    ("Atorvastatin", "Lipitor", ("Lowers cholesterol", "Baja el colesterol"),
     ("1 tablet (40 mg)", "1 tableta (40 mg)"), {"bedtime": TABLET}, None, ()),
    ("Metformin", "Glucophage",
     ("For diabetes: lowers blood sugar", "Para la diabetes: baja el azúcar en la sangre"),
     ("2 tablets (1000 mg)", "2 tabletas (1000 mg)"),
     {"morning": ("2 tablets", "2 tabletas"), "evening": ("2 tablets", "2 tabletas")}, None,
     (("Take with food", "Tómela con comida"),)),
    ("Insulin glargine", "Lantus",
     ("Long-acting insulin: keeps blood sugar steady all day",
      "Insulina de acción larga: mantiene estable el azúcar todo el día"),
     ("20 units", "20 unidades"), {"bedtime": ("20 units", "20 unidades")}, None,
     (("Check your blood sugar", "Mídase el azúcar"),)),
    ("Insulin lispro", "Humalog",
     ("Mealtime insulin: lowers blood sugar after you eat",
      "Insulina para las comidas: baja el azúcar después de comer"),
     ("4 units", "4 unidades"),
     {t: ("4 units", "4 unidades") for t in ("morning", "noon", "evening")}, None,
     (("Take it 15 minutes before you eat", "Póngasela 15 minutos antes de comer"),)),
    ("Levothyroxine", "Synthroid", ("Thyroid hormone", "Hormona de la tiroides"),
     ("1 tablet (75 mcg)", "1 tableta (75 mcg)"), {"morning": TABLET}, None,
     (("Take on an empty stomach", "Tómela con el estómago vacío"),)),
    ("Alendronate", "Fosamax", ("Makes your bones stronger", "Fortalece los huesos"),
     ("1 tablet (70 mg)", "1 tableta (70 mg)"), {"morning": TABLET},
     ("Once a week, on Monday", "Una vez por semana, los lunes"),
     (("Take with a full glass of water. Stay upright for 30 minutes.",
       "Tómela con un vaso lleno de agua. No se acueste en 30 minutos."),)),
    ("Gabapentin", "Neurontin", ("For nerve pain", "Para el dolor de los nervios"),
     ("1 capsule (300 mg)", "1 cápsula (300 mg)"),
     {t: ("1 capsule", "1 cápsula") for t in ("morning", "noon", "bedtime")}, None, ()),
]
# generic, brand, purpose, amount, reason, how often, most in a day
PRN = [
    ("Acetaminophen", "Tylenol", ("For pain or fever", "Para el dolor o la fiebre"),
     ("2 tablets (1000 mg)", "2 tabletas (1000 mg)"), ("for pain", "para el dolor"),
     ("Wait at least 6 hours between doses", "Espere por lo menos 6 horas entre dosis"),
     ("No more than 6 tablets in 24 hours", "No tome más de 6 tabletas en 24 horas")),
    ("Albuterol", "ProAir",
     ("Rescue inhaler: opens your airways fast",
      "Inhalador de rescate: abre rápido las vías del aire"),
     ("2 puffs", "2 inhalaciones"), ("when you are short of breath", "cuando le falte el aire"),
     ("Wait at least 4 hours between doses", "Espere por lo menos 4 horas entre dosis"), None),
]
# generic, brand, note, held
STOPPED = [
    ("Ibuprofen", "Advil",
     ("It can make heart failure worse.", "Puede empeorar la insuficiencia cardíaca."), False),
    ("Spironolactone", "Aldactone",
     ("Do not take until your care team says", "No la tome hasta que su equipo de salud le diga"),
     True),
]
UNCLEAR = ("Eye drops with a green cap, 1 drop at night", "Herbal tea for sleep from the market")
CLOCK = {"en": {"morning": "8 a.m.", "noon": "12 noon", "evening": "6 p.m.", "bedtime": "10 p.m."},
         "es": {"morning": "8 a. m.", "noon": "12 del día", "evening": "6 p. m.",
                "bedtime": "10 p. m."}}
PATIENT = Patient(name="Rosa María Núñez Peña", birth_date=dt.date(1944, 3, 7),
                  allergies=("penicillin (hives)", "sulfa"))


def _pick(pair: Any, lang: str) -> Any:
    return None if pair is None else pair[0 if lang == "en" else 1]


def make_schedule(lang: str) -> Schedule:
    rows = tuple(ScheduleRow(name=g, brand=b, purpose=_pick(p, lang), amount=_pick(a, lang),
                             times={t: _pick(d, lang) for t, d in times.items()},
                             how_often=_pick(h, lang), notes=tuple(_pick(n, lang) for n in notes))
                 for g, b, p, a, times, h, notes in MEDS)
    prn = tuple(PrnRow(name=g, brand=b, purpose=_pick(p, lang), amount=_pick(a, lang),
                       reason=_pick(r, lang), how_often=_pick(h, lang), max_per_day=_pick(m, lang))
                for g, b, p, a, r, h, m in PRN)
    stopped = tuple(StoppedRow(name=g, brand=b, note=_pick(n, lang), held=held)
                    for g, b, n, held in STOPPED)
    return Schedule(lang=lang, patient=PATIENT, made_on=MADE_ON, rows=rows, prn=prn,
                    stopped=stopped, unclear=UNCLEAR, care_team_name="Riverside Community Nursing",
                    care_team_phone="555-201-0134", times_of_day=CLOCK[lang])


def make_summary(lang: str) -> Summary:
    def w(en: str, es: str) -> str:
        return en if lang == "en" else es

    table = (
        (w("Medicine", "Medicina"), w("How much", "Cuánto"), w("When", "Cuándo"),
         w("Change", "Cambio")),
        ("Furosemide (Lasix)", w("1 tablet (40 mg)", "1 tableta (40 mg)"), w("Morning", "Mañana"),
         w("New", "Nueva")),
        ("Insulin glargine (Lantus)", w("20 units", "20 unidades"), w("Bedtime", "Al acostarse"),
         w("Changed", "Cambió")),
        ("Ibuprofen (Advil)", "", "", w("Stop taking", "Deje de tomarla")),
    )
    return Summary(
        kind="visit", lang=lang, title=w("Your visit today", "Su visita de hoy"), patient=PATIENT,
        made_on=MADE_ON,
        sections=(
            SummarySection(w("What we did", "Lo que hicimos"), (
                w("We checked your weight and blood pressure.", "Revisamos su peso y su presión."),
                w("We went over all your medicines.", "Repasamos todas sus medicinas."))),
            SummarySection(w("Your medicines", "Sus medicinas"), table=table),
            SummarySection(w("Next visit", "Próxima visita"),
                           (w("Tuesday 2 December, 10 a.m.", "Martes 2 de diciembre, 10 a. m."),)),
        ),
        author="Nurse Jane Doe, RN",
        footer=w("Questions? Call 555-201-0134.", "¿Preguntas? Llame al 555-201-0134."))


# --- rendering, once per module --------------------------------------------------------------

VARIANTS = ["schedule_en", "schedule_en_large", "schedule_es", "schedule_es_large", "topic_en",
            "topic_es_large", "summary_en", "summary_es_large"]


def _topic_of(lang: str) -> str:
    return "heart_failure" if lang == "en" else "copd"


def _render(variant: str) -> tuple[bytes, int]:
    kind, lang, *rest = variant.split("_")
    large = bool(rest)
    out = io.BytesIO()
    if kind == "schedule":
        pages = pdf.render_schedule(make_schedule(lang), out, large_print=large)
    elif kind == "topic":  # one with a patient, one without (a line to write the name on)
        pages = pdf.render_topic(load_topic(_topic_of(lang), lang), out,
                                 patient=PATIENT if lang == "en" else None, made_on=MADE_ON,
                                 large_print=large)
    else:
        pages = pdf.render_summary(make_summary(lang), out, large_print=large)
    return out.getvalue(), pages


class Doc:
    def __init__(self, variant: str, data: bytes, pages: int) -> None:
        self.variant, self.data, self.returned_pages = variant, data, pages
        self.lang = variant.split("_")[1]
        self.large = variant.endswith("large")
        with pdfplumber.open(io.BytesIO(data)) as doc:
            self.pages = [{"text": (p.extract_text() or "").replace("\xa0", " "), "chars": p.chars,
                           "words": p.extract_words(extra_attrs=["size", "fontname"]),
                           "objects": [o for k in ("rect", "line", "curve")
                                       for o in p.objects.get(k, [])],
                           "width": p.width, "height": p.height} for p in doc.pages]
        self.text = "\n".join(p["text"] for p in self.pages)
        self.flat = " ".join(self.text.split())
        self.words = {w["text"] for p in self.pages for w in p["words"]}

    def has_words(self, text: str) -> bool:
        """Every word of ``text`` is printed (a long line wraps within its cell, so the line
        itself may not come out of the PDF in one piece)."""
        return all(w in self.words for w in text.split())


@pytest.fixture(scope="module")
def docs() -> dict[str, Doc]:
    return {v: Doc(v, *_render(v)) for v in VARIANTS}


# --- the pill card ---------------------------------------------------------------------------

@pytest.mark.parametrize("variant", [v for v in VARIANTS if v.startswith("schedule")])
def test_schedule_has_every_medicine_and_time(docs: dict[str, Doc], variant: str) -> None:
    d = docs[variant]
    lang, s = d.lang, make_schedule(d.lang)
    assert phrase("card_title", lang) in d.flat
    for row in s.rows:
        assert d.has_words(row.name) and d.has_words(f"({row.brand})")
        assert d.has_words(row.purpose) and d.has_words(row.amount)
        for dose in row.times.values():
            assert dose in d.flat
        for note in row.notes:
            assert d.has_words(note)
    weekly = next(r for r in s.rows if r.how_often)
    assert d.has_words(weekly.how_often)
    for t in TIMES:
        assert d.has_words(time_word(t, lang)) and s.times_of_day[t] in d.flat
        assert d.has_words(time_hint(t, lang))  # column heads; the legend in large print
    words = {w.lower() for w in d.words}
    for row in s.prn:
        assert d.has_words(row.name) and d.has_words(row.purpose) and d.has_words(row.how_often)
        assert all(w.lower() in words for w in row.reason.split())
        if row.max_per_day:
            assert d.has_words(row.max_per_day)
    assert d.has_words(pdf._t("prn_heading", lang)) and d.has_words(pdf._t("stop_heading", lang))
    for row in s.stopped:
        assert d.has_words(row.name) and d.has_words(row.note)
    assert d.has_words(phrase("stop_taking", lang)) and d.has_words(pdf._t("held", lang))
    for line in s.unclear:  # as written, in quotes
        assert d.has_words(f"“{line}”")
    assert d.has_words(pdf._t("unclear_heading", lang))
    assert d.has_words(phrase("questions_for_care_team", lang))
    assert d.has_words(s.care_team_name) and s.care_team_phone in d.flat
    assert d.has_words(phrase("date_of_birth", lang) + ":")
    assert d.has_words(pdf.format_date(PATIENT.birth_date, lang))
    assert "penicillin (hives), sulfa" in d.flat


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v.startswith("schedule")])
def test_schedule_shades_each_time_with_nothing_to_take(docs: dict[str, Doc], variant: str
                                                        ) -> None:
    empty = sum(len(TIMES) - len(times) for *_, times, _, _ in MEDS)
    shade = tuple(round(c, 3) for c in pdf.SHADE.rgb())
    shaded = [o for p in docs[variant].pages for o in p["objects"] if o["object_type"] == "rect"
              and tuple(round(c, 3) for c in o.get("non_stroking_color") or ()) == shade]
    assert len(shaded) == empty == 27


def test_schedule_layouts(docs: dict[str, Doc]) -> None:
    normal, large = docs["schedule_en"], docs["schedule_en_large"]
    assert normal.pages[0]["width"] > normal.pages[0]["height"]  # landscape: room for 7 columns
    assert large.pages[0]["width"] < large.pages[0]["height"]
    assert len(large.pages) > len(normal.pages) >= 2
    # the time-of-day heads repeat on every page the table runs onto
    table_pages = [p for p in normal.pages if "Furosemide" in p["text"]
                   or "Gabapentin" in p["text"]]
    assert len(table_pages) >= 2 and all("Bedtime" in p["text"] for p in table_pages)


def test_schedule_with_nothing_known_prints_lines_to_write_on() -> None:
    row = ScheduleRow("Lisinopril", None, None, "1 tablet (10 mg)", {"morning": "1 tablet"})
    out = io.BytesIO()
    assert pdf.render_schedule(Schedule(lang="en", patient=Patient(), made_on=MADE_ON,
                                        rows=(row,)), out) == 1
    with pdfplumber.open(io.BytesIO(out.getvalue())) as doc:
        page = doc.pages[0]
        text = page.extract_text()
        assert "Name:" in text and "Date of birth:" in text and "Allergies:" in text
        assert "Care team phone:" in text and "29 November 2026" in text
        assert len(page.lines) + len(page.rects) > 10  # the write-in lines are drawn


# --- every variant ---------------------------------------------------------------------------

@pytest.mark.parametrize("variant", VARIANTS)
def test_every_page_has_name_date_and_page_number(docs: dict[str, Doc], variant: str) -> None:
    d = docs[variant]
    n = len(d.pages)
    assert d.returned_pages == n
    date = pdf.format_date(MADE_ON, d.lang)
    if variant.startswith("topic"):
        version = load_topic(_topic_of(d.lang), d.lang).version
    else:
        version = content_version()
    for i, page in enumerate(d.pages, 1):
        flat = " ".join(page["text"].split())
        if variant == "topic_es_large":  # no patient: a line to write the name on
            assert "Nombre:" in flat and PATIENT.name not in flat
        else:
            assert PATIENT.name in flat
        assert date in flat
        assert phrase("page_of", d.lang, page=i, pages=n) in flat
        assert pdf._t("version", d.lang, version=version) in flat


@pytest.mark.parametrize("variant", VARIANTS)
def test_only_embedded_dejavu_fonts(docs: dict[str, Doc], variant: str, tmp_path: Path) -> None:
    d = docs[variant]
    fonts = {c["fontname"] for p in d.pages for c in p["chars"]}
    assert fonts and all(FONT_NAME.match(f) for f in fonts), fonts
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / f"{variant}.pdf"
    path.write_bytes(d.data)
    report = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = report.stdout.splitlines()[2:]
    assert lines
    for line in lines:  # name, type, encoding, emb, sub, uni, object id
        cols = line.split()
        assert FONT_NAME.match(cols[0]), line
        assert cols[-5] == "yes", line  # emb


def _allowed_small_words(d: Doc, variant: str) -> set[str]:
    """The footer's words, and on a topic handout the sources'."""
    small = set()
    for i in range(1, len(d.pages) + 1):
        small |= set(phrase("page_of", d.lang, page=i, pages=len(d.pages)).split())
    small |= set(pdf._t("version", d.lang, version="x").split()) | {content_version()}
    if variant.startswith("topic"):
        topic = load_topic(_topic_of(d.lang), d.lang)
        small.add(topic.version)
        small |= set(phrase("sources_heading", d.lang).split())
        small |= {w for _, c in topic.sources for w in c.split()}
        small |= {f"{i}." for i in range(1, 10)}
    return small


@pytest.mark.parametrize("variant", VARIANTS)
def test_type_sizes(docs: dict[str, Doc], variant: str) -> None:
    """Body text (every item and cell) is >= 12 pt, >= 18 pt in large print; only the footer
    and the sources are smaller, and they are >= 9 pt (>= 12 pt in large print)."""
    d = docs[variant]
    body, floor = (18, 12) if d.large else (12, 9)
    allowed = _allowed_small_words(d, variant)
    words = [w for p in d.pages for w in p["words"]]
    small = [w for w in words if w["size"] < body - 0.01]
    assert all(w["text"] in allowed for w in small), {w["text"] for w in small} - allowed
    assert min(w["size"] for w in words) >= floor
    if variant.startswith("topic"):  # the sources really are the small print
        citation = load_topic(_topic_of(d.lang), d.lang).sources[0][1]
        first = next(w for w in words if w["text"] == citation.split()[0] and w["size"] < body)
        assert floor <= first["size"] < body


@pytest.mark.parametrize("variant", VARIANTS)
def test_no_error_prone_abbreviations(docs: dict[str, Doc], variant: str) -> None:
    path = ROOT / "resources" / "medrec" / "abbreviations.json"
    patterns = [(a["token"], a["pattern"])
                for a in json.loads(path.read_text(encoding="utf-8"))["abbreviations"]]
    text = docs[variant].text
    hits = [(token, m.group(0)) for token, p in patterns for m in re.finditer(p, text)]
    assert not hits


@pytest.mark.parametrize("variant", VARIANTS)
def test_margins_are_printer_safe(docs: dict[str, Doc], variant: str) -> None:
    edge = 36 - 0.5  # half an inch
    for p in docs[variant].pages:
        for o in p["chars"] + p["objects"]:
            what = o.get("text", o["object_type"])
            assert o["x0"] >= edge and o["x1"] <= p["width"] - edge, what
            assert o["top"] >= edge and o["bottom"] <= p["height"] - edge, what


def test_spanish_accents_survive(docs: dict[str, Doc]) -> None:
    for variant in ("schedule_es", "schedule_es_large", "topic_es_large", "summary_es_large"):
        d = docs[variant]
        assert "ñ" in d.text and "á" in d.text
        assert "29 de noviembre de 2026" in d.flat
    schedule = docs["schedule_es"].flat
    assert "Núñez" in schedule and "Mañana" in schedule and "Página 1 de" in schedule
    assert "Cómo vivir con EPOC" in docs["topic_es_large"].flat


def test_same_input_same_bytes(docs: dict[str, Doc]) -> None:
    again, _ = _render("schedule_es")
    assert again == docs["schedule_es"].data


def test_pages_saved_as_png(docs: dict[str, Doc]) -> None:
    """Every page at 60 dpi in tests/artifacts/handout_<variant>-<n>.png, to look at."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("handout_*.png"):
        old.unlink()
    runs = {}
    for variant, d in docs.items():  # all at once
        run = subprocess.Popen(["pdftoppm", "-r", "60", "-png", "-",
                                str(ARTIFACTS / f"handout_{variant}")], stdin=subprocess.PIPE)
        assert run.stdin is not None
        run.stdin.write(d.data)
        run.stdin.close()
        runs[variant] = run
    for variant, run in runs.items():
        assert run.wait(timeout=60) == 0
        saved = list(ARTIFACTS.glob(f"handout_{variant}-*.png"))
        assert len(saved) == len(docs[variant].pages)


# --- topics ----------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["topic_en", "topic_es_large"])
def test_topic_has_all_its_parts(docs: dict[str, Doc], variant: str) -> None:
    d = docs[variant]
    topic = load_topic(_topic_of(d.lang), d.lang)
    assert topic.title in d.flat and d.has_words(topic.intro)
    for sec in topic.sections:
        assert d.has_words(sec.heading)
        for item in sec.items:
            assert d.has_words(item)
    for item in topic.call_911 + topic.call_care_team + topic.teach_back:
        assert d.has_words(item)
    for key in ("call_911_if", "call_care_team_if", "teach_back_heading", "sources_heading",
                "not_medical_advice"):
        assert d.has_words(phrase(key, d.lang))
    for _, citation in topic.sources:
        assert d.has_words(citation)


def test_every_topic_icon_has_a_drawing() -> None:
    used = {sec.icon for name in topic_names() for lang in ("en", "es")
            for sec in load_topic(name, lang).sections}
    assert used <= pdf.ICON_NAMES, used - pdf.ICON_NAMES
    assert pdf.icon_drawing("no_such_icon", 20).width == 20  # an unknown name: a plain bullet


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("name", topic_names())
def test_every_topic_renders(name: str, lang: str, large: bool) -> None:
    out = io.BytesIO()
    pages = pdf.render_topic(load_topic(name, lang), out, patient=PATIENT, made_on=MADE_ON,
                             large_print=large)
    data = out.getvalue()
    assert data.startswith(b"%PDF") and 1 <= pages <= 8
    assert len(re.findall(rb"/Type /Page\b", data)) == pages


# --- summaries and words ---------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["summary_en", "summary_es_large"])
def test_summary_has_all_its_parts(docs: dict[str, Doc], variant: str) -> None:
    d = docs[variant]
    s = make_summary(d.lang)
    assert s.title in d.flat
    for sec in s.sections:
        assert d.has_words(sec.heading)
        for item in sec.items:
            assert d.has_words(item)
        for row in sec.table:
            for cell in row:
                assert d.has_words(cell)
    assert d.has_words(phrase("prepared_by", d.lang, name=s.author)) and d.has_words(s.footer)


def test_dates_in_words() -> None:
    assert pdf.format_date(dt.date(2026, 11, 29), "en") == "29 November 2026"
    assert pdf.format_date(dt.date(2026, 11, 29), "es") == "29 de noviembre de 2026"
    assert pdf.format_date(dt.date(2027, 1, 5), "es") == "5 de enero de 2027"
