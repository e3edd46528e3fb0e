"""Note templates as data: ordered sections of fields, with labels, hints and sources.

A template is a JSON-shaped dict (``HOME_VISIT`` below; kept here, not in a resource file, so
it ships with the package without packaging rules), read into :class:`NoteTemplate` by
:func:`get_template`. A note's content is stored in ``VisitNote.sections`` as
``{section_key: {field_key: value}}`` with JSON values only:

========== ============================== =================================================
kind       widget                         stored value
========== ============================== =================================================
text       one-line text                  str
textarea   multi-line text                str
int        spin box (``min``..``max``)    int
decimal    spin box (``decimals``)        float
choice     drop-down of ``options``       the option's value (str)
check      check box                      bool
date       date                           ISO date "YYYY-MM-DD"
computed   read-only, filled by the       whatever :func:`app.notes.service.derive` makes
           service from other fields
========== ============================== =================================================

Empty values are not stored (an unanswered choice shows ``empty_label``, default "Not
answered"). ``required`` fields must be filled before the note can be
signed; ``required_if`` names another field of the same section that, once filled (and not
"no"/"not done"), makes this one required too.

Clinical instruments are the published ones, cited in each section's ``source`` (with a
one-line ``source_short`` for the form); Hearth only
records their answers and scores (it does not reproduce copyrighted forms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FIELD_KINDS = ("text", "textarea", "int", "decimal", "choice", "check", "date", "computed")

# Shared answer sets (value, label).
YES_NO = [["yes", "Yes"], ["no", "No"], ["declined", "Declined to answer"]]
CHECK_ITEM = [["ok", "OK"], ["attention", "Needs attention"], ["na", "Not applicable"]]
NOT_CHECKED = "Not checked"

STEADI_SOURCE = (
    "CDC STEADI (Stopping Elderly Accidents, Deaths & Injuries): Algorithm for Fall Risk "
    "Screening, Assessment, and Intervention, three key questions; a yes to any one means "
    "the person screens at risk and needs a fall-risk assessment. Timed Up and Go: 12 seconds "
    "or more suggests a high risk of falling. https://www.cdc.gov/steadi/"
)
HOME_SAFETY_SOURCE = (
    "CDC STEADI 'Check for Safety: A Home Fall Prevention Checklist for Older Adults' "
    "(floors, stairs, kitchen, bathroom, bedrooms); smoke and carbon monoxide alarms from the "
    "U.S. Fire Administration's home fire safety guidance (alarms on every level, tested "
    "monthly). https://www.cdc.gov/steadi/ , https://www.usfa.fema.gov/"
)
MINI_COG_SOURCE = (
    "Mini-Cog (Borson S, Scanlan J, Brush M, Vitaliano P, Dokmak A. The Mini-Cog: a cognitive "
    "'vital signs' measure for dementia screening in multi-lingual elderly. Int J Geriatr "
    "Psychiatry 2000;15(11):1021-7). Scoring per the standardized instructions at "
    "https://mini-cog.com/ : 1 point per word recalled without cues (0-3), clock 2 points if "
    "normal, 0 if abnormal; total 0-5. A total below 3 is the validated cut point for "
    "dementia screening; below 4 when more sensitivity is wanted."
)
TEACH_BACK_SOURCE = (
    "AHRQ Health Literacy Universal Precautions Toolkit, Tool 5: Use the Teach-Back Method. "
    "https://www.ahrq.gov/health-literacy/improve/precautions/tool5.html"
)

HOME_VISIT: dict[str, Any] = {
    "key": "home_visit",
    "title": "Home visit",
    "version": 1,
    "sections": [
        {
            "key": "reason",
            "label": "Reason for visit",
            "hint": "Why you are here today and who else is present.",
            "fields": [
                {"key": "visit_kind", "label": "Kind of visit", "kind": "choice",
                 "options": [["post_discharge", "Post-discharge (transition of care)"],
                             ["scheduled", "Scheduled follow-up"],
                             ["problem", "Unscheduled / problem visit"],
                             ["other", "Other"]]},
                {"key": "reason", "label": "Reason", "kind": "textarea", "required": True,
                 "hint": "e.g. first visit after discharge for heart failure"},
                {"key": "present", "label": "Also present", "kind": "text",
                 "hint": "e.g. daughter (caregiver), interpreter"},
            ],
        },
        {
            "key": "vitals",
            "label": "Vital signs",
            "hint": "Leave a value as “Not recorded” when it was not measured.",
            "fields": [
                {"key": "bp_systolic", "label": "Blood pressure, systolic", "kind": "int",
                 "min": 50, "max": 300, "unit": "mmHg"},
                {"key": "bp_diastolic", "label": "Blood pressure, diastolic", "kind": "int",
                 "min": 20, "max": 200, "unit": "mmHg"},
                {"key": "heart_rate", "label": "Heart rate", "kind": "int", "min": 20,
                 "max": 250, "unit": "/min"},
                {"key": "resp_rate", "label": "Respiratory rate", "kind": "int", "min": 4,
                 "max": 60, "unit": "/min"},
                {"key": "temperature_f", "label": "Temperature", "kind": "decimal",
                 "min": 86.0, "max": 110.0, "decimals": 1, "unit": "°F"},
                {"key": "spo2", "label": "Oxygen saturation (SpO2)", "kind": "int", "min": 50,
                 "max": 100, "unit": "%"},
                {"key": "weight_lb", "label": "Weight", "kind": "decimal", "min": 40.0,
                 "max": 800.0, "decimals": 1, "unit": "lb"},
                {"key": "pain", "label": "Pain (0-10)", "kind": "int", "min": 0, "max": 10,
                 "hint": "0 = no pain, 10 = worst pain imaginable"},
                {"key": "notes", "label": "Vitals notes", "kind": "text",
                 "hint": "e.g. on 2 L oxygen; weight up 3 lb since last visit"},
            ],
        },
        {
            "key": "assessment",
            "label": "Assessment",
            "hint": "What you found: symptoms, examination, how the person is managing.",
            "fields": [
                {"key": "findings", "label": "Findings", "kind": "textarea", "required": True},
            ],
        },
        {
            "key": "falls",
            "label": "Falls screening (CDC STEADI)",
            "hint": "The three STEADI key questions. A yes to any one: screens at risk.",
            "source": STEADI_SOURCE,
            "source_short": "Source: CDC STEADI fall-risk screening (cdc.gov/steadi)",
            "fields": [
                {"key": "fallen_past_year", "label": "Fallen in the past year?",
                 "kind": "choice", "options": YES_NO},
                {"key": "fall_count", "label": "How many falls?", "kind": "int", "min": 1,
                 "max": 99, "required_if": "fallen_past_year"},
                {"key": "fall_injury", "label": "Injured in a fall?", "kind": "choice",
                 "options": YES_NO},
                {"key": "unsteady", "label": "Unsteady when standing or walking?",
                 "kind": "choice", "options": YES_NO},
                {"key": "worried", "label": "Worried about falling?", "kind": "choice",
                 "options": YES_NO},
                {"key": "screen", "label": "Screen result", "kind": "computed"},
                {"key": "tug_seconds", "label": "Timed Up and Go", "kind": "decimal",
                 "min": 1.0, "max": 300.0, "decimals": 1, "unit": "s",
                 "hint": "12 seconds or more: high risk of falling"},
            ],
        },
        {
            "key": "home_safety",
            "label": "Home safety checklist",
            "hint": "Walk through the home with the person. Note what needs attention below.",
            "source": HOME_SAFETY_SOURCE,
            "source_short": "Source: CDC “Check for Safety” checklist; U.S. Fire Administration",
            "fields": [
                {"key": "floors", "label": "Floors clear: no loose rugs, clutter or cords",
                 "kind": "choice", "options": CHECK_ITEM,
                 "empty_label": NOT_CHECKED},
                {"key": "lighting", "label": "Good lighting; night lights to the bathroom", "kind": "choice", "options": CHECK_ITEM,
                 "empty_label": NOT_CHECKED},
                {"key": "stairs", "label": "Stairs: rails on both sides, lit, steps in good "
                 "repair", "kind": "choice", "options": CHECK_ITEM,
                 "empty_label": NOT_CHECKED},
                {"key": "bathroom", "label": "Bathroom: grab bars and non-slip mat",
                 "kind": "choice", "options": CHECK_ITEM,
                 "empty_label": NOT_CHECKED},
                {"key": "reach", "label": "Things used often are within easy reach",
                 "kind": "choice", "options": CHECK_ITEM,
                 "empty_label": NOT_CHECKED},
                {"key": "smoke_alarm", "label": "Smoke alarms work", "kind": "choice",
                 "options": CHECK_ITEM, "empty_label": NOT_CHECKED},
                {"key": "co_alarm", "label": "Carbon monoxide alarm works", "kind": "choice",
                 "options": CHECK_ITEM, "empty_label": NOT_CHECKED},
                {"key": "phone", "label": "Phone or alert button reachable from the floor",
                 "kind": "choice", "options": CHECK_ITEM,
                 "empty_label": NOT_CHECKED},
                {"key": "medicines", "label": "Medicines stored safely", "kind": "choice",
                 "options": CHECK_ITEM, "empty_label": NOT_CHECKED},
                {"key": "actions", "label": "Hazards and actions agreed", "kind": "textarea"},
            ],
        },
        {
            "key": "cognition",
            "label": "Cognition screening (Mini-Cog)",
            "hint": "Three-word recall and clock drawing. The total is worked out for you.",
            "source": MINI_COG_SOURCE,
            "source_short": "Source: Mini-Cog, Borson et al. 2000 (mini-cog.com)",
            "fields": [
                {"key": "word_recall", "label": "Words recalled (0-3)", "kind": "int",
                 "min": 0, "max": 3, "hint": "1 point for each word recalled without cues"},
                {"key": "clock_draw", "label": "Clock drawing", "kind": "choice",
                 "options": [["normal", "Normal (2 points)"], ["abnormal", "Abnormal (0 points)"],
                             ["not_done", "Not done"]]},
                {"key": "total", "label": "Mini-Cog total (0-5)", "kind": "computed"},
                {"key": "notes", "label": "Notes", "kind": "text",
                 "hint": "e.g. not done: hearing aids not in; caregiver reports memory loss"},
            ],
        },
        {
            "key": "medications",
            "label": "Medication review",
            "hint": "Compare what is taken with the lists; note discrepancies and who was told.",
            "fields": [
                {"key": "med_rec_done", "label": "Medication reconciliation done",
                 "kind": "check"},
                {"key": "review", "label": "Review", "kind": "textarea",
                 "hint": "e.g. taking furosemide once daily, not twice as discharged; "
                         "PCP office told"},
            ],
        },
        {
            "key": "education",
            "label": "Education given",
            "hint": "What you taught, how, and whether the person could teach it back.",
            "source": TEACH_BACK_SOURCE,
            "source_short": "Source: AHRQ Health Literacy Toolkit, Tool 5: Teach-Back",
            "fields": [
                {"key": "topic", "label": "Topic", "kind": "text",
                 "hint": "e.g. daily weights and when to call about weight gain"},
                {"key": "learner", "label": "Taught to", "kind": "choice",
                 "options": [["patient", "Patient"], ["caregiver", "Caregiver"],
                             ["both", "Patient and caregiver"]]},
                {"key": "method", "label": "Method", "kind": "choice",
                 "options": [["verbal", "Explained"], ["demonstration", "Demonstrated"],
                             ["written", "Written material"], ["video", "Video"],
                             ["other", "Other"]]},
                {"key": "teach_back", "label": "Able to teach back?", "kind": "choice",
                 "options": [["yes", "Yes"], ["partly", "Partly"], ["no", "No"]],
                 "required_if": "topic"},
                {"key": "notes", "label": "Education notes", "kind": "textarea",
                 "hint": "What was re-taught; what to check next time"},
            ],
        },
        {
            "key": "plan",
            "label": "Plan",
            "hint": "What happens next: changes, referrals, calls to make.",
            "fields": [
                {"key": "plan", "label": "Plan", "kind": "textarea", "required": True},
            ],
        },
        {
            "key": "follow_up",
            "label": "Follow-up",
            "fields": [
                {"key": "date", "label": "Next contact", "kind": "date"},
                {"key": "kind", "label": "Kind of contact", "kind": "choice",
                 "options": [["home_visit", "Home visit"], ["phone", "Phone call"],
                             ["video", "Video visit"], ["clinic", "Clinic"],
                             ["none", "None planned"]]},
                {"key": "notes", "label": "Follow-up notes", "kind": "text",
                 "hint": "e.g. call Thursday about weight log"},
            ],
        },
    ],
}

ADDENDUM: dict[str, Any] = {
    "key": "addendum",
    "title": "Addendum",
    "version": 1,
    "sections": [
        {
            "key": "addendum",
            "label": "Addendum",
            "hint": "A correction or addition to a signed note. Signed as soon as it is added.",
            "fields": [
                {"key": "text", "label": "Addendum", "kind": "textarea", "required": True},
            ],
        },
    ],
}

TEMPLATES: dict[str, dict[str, Any]] = {HOME_VISIT["key"]: HOME_VISIT, ADDENDUM["key"]: ADDENDUM}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str
    hint: str = ""
    required: bool = False
    required_if: str | None = None
    options: tuple[tuple[str, str], ...] = ()
    min: float | None = None
    max: float | None = None
    decimals: int = 0
    unit: str = ""
    empty_label: str = ""  # what an unanswered choice says ("Not checked"); the form's default

    def option_label(self, value: Any) -> str:
        for option_value, label in self.options:
            if option_value == value:
                return label
        return str(value)


@dataclass(frozen=True)
class SectionSpec:
    key: str
    label: str
    fields: tuple[FieldSpec, ...]
    hint: str = ""
    source: str = ""  # full citation
    source_short: str = ""  # one line for the form

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class NoteTemplate:
    key: str
    title: str
    version: int
    sections: tuple[SectionSpec, ...] = field(default_factory=tuple)

    def section(self, key: str) -> SectionSpec | None:
        return next((s for s in self.sections if s.key == key), None)

    def field(self, section_key: str, field_key: str) -> FieldSpec | None:
        section = self.section(section_key)
        return section.field(field_key) if section else None


def parse_template(data: dict[str, Any]) -> NoteTemplate:
    """Read and check a template dict; a mistake in the data fails loudly here, not in a form."""
    sections = []
    seen_sections: set[str] = set()
    for sec in data["sections"]:
        if sec["key"] in seen_sections:
            raise ValueError(f"template {data['key']}: section {sec['key']} twice")
        seen_sections.add(sec["key"])
        fields = []
        seen_fields: set[str] = set()
        for f in sec["fields"]:
            if f["kind"] not in FIELD_KINDS:
                raise ValueError(f"template {data['key']}: unknown kind {f['kind']}")
            if f["key"] in seen_fields:
                raise ValueError(f"template {data['key']}: field {sec['key']}.{f['key']} twice")
            if f["kind"] == "choice" and not f.get("options"):
                raise ValueError(f"template {data['key']}: {sec['key']}.{f['key']} has no options")
            seen_fields.add(f["key"])
            fields.append(FieldSpec(
                key=f["key"], label=f["label"], kind=f["kind"], hint=f.get("hint", ""),
                required=bool(f.get("required", False)), required_if=f.get("required_if"),
                options=tuple((str(v), str(lbl)) for v, lbl in f.get("options", ())),
                min=f.get("min"), max=f.get("max"), decimals=int(f.get("decimals", 0)),
                unit=f.get("unit", ""), empty_label=f.get("empty_label", ""),
            ))
        for f in fields:
            if f.required_if and f.required_if not in seen_fields:
                raise ValueError(f"template {data['key']}: {sec['key']}.{f.key} depends on "
                                 f"unknown field {f.required_if}")
        sections.append(SectionSpec(key=sec["key"], label=sec["label"], fields=tuple(fields),
                                    hint=sec.get("hint", ""), source=sec.get("source", ""),
                                    source_short=sec.get("source_short", "")))
    return NoteTemplate(key=data["key"], title=data["title"], version=int(data["version"]),
                        sections=tuple(sections))


_PARSED: dict[str, NoteTemplate] = {}


def get_template(key: str) -> NoteTemplate:
    """The template called ``key`` (KeyError if there is none)."""
    if key not in _PARSED:
        _PARSED[key] = parse_template(TEMPLATES[key])
    return _PARSED[key]


def template_keys() -> list[str]:
    return list(TEMPLATES)
