"""The printable care plan for the patient: plain language, English or Spanish, normal or large
print. Made as a handout :class:`~app.handouts.model.Summary` and printed by the handouts'
renderer (:func:`app.handouts.pdf.render_summary`: reportlab, DejaVu fonts embedded, the
patient's name, the date and "Page X of Y" on every page), so it looks like the other handouts.

Goals with a known measure (blood pressure, A1c, weight, INR, PHQ-9...) are reworded in plain
words in the patient's language; other goal texts and interventions are printed as the care
team wrote them.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from app.coordination.care_plans import GoalView, PlanView, load_care_plans
from app.handouts import model
from app.handouts.pdf import format_date, render_summary
from app.models.errors import InputError

__all__ = ["WORDS", "CarePlanPdf", "care_plan_summary", "render_care_plan"]

LANGS = ("en", "es")

WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "My care plan", "es": "Mi plan de cuidado"},
    "intro": {"en": "This is the plan you and your care team made together. Keep it where you "
                    "can see it. Bring it to every visit.",
              "es": "Este es el plan que usted y su equipo de cuidado hicieron juntos. Téngalo "
                    "a la vista. Tráigalo a cada visita."},
    "problems": {"en": "What we are working on", "es": "En qué estamos trabajando"},
    "goals": {"en": "My goals", "es": "Mis metas"},
    "goal": {"en": "Goal", "es": "Meta"},
    "target": {"en": "Target", "es": "Objetivo"},
    "latest": {"en": "My last result", "es": "Mi último resultado"},
    "reached": {"en": "Did I reach it?", "es": "¿Lo logré?"},
    "yes": {"en": "Yes, I reached my goal", "es": "Sí, logré mi meta"},
    "no": {"en": "Not yet", "es": "Todavía no"},
    "no_value": {"en": "No result yet", "es": "Todavía no hay resultado"},
    "on": {"en": "on", "es": "el"},
    "doing": {"en": "What we will do", "es": "Lo que vamos a hacer"},
    "reviews": {"en": "How I am doing", "es": "Cómo voy"},
    "adherent": {"en": "I followed my plan", "es": "Seguí mi plan"},
    "partial": {"en": "I followed part of my plan", "es": "Seguí parte de mi plan"},
    "not_adherent": {"en": "I did not follow my plan", "es": "No seguí mi plan"},
    "not_assessed": {"en": "Not checked", "es": "No se revisó"},
    "questions": {"en": "Questions? Call your care team", "es": "¿Preguntas? Llame a su equipo "
                                                                "de cuidado"},
    "no_plan": {"en": "No plan written yet. Ask your care team.",
                "es": "Todavía no hay un plan escrito. Pregunte a su equipo de cuidado."},
}

#: plain goals by LOINC code: (English, Spanish); {target} is the target as printed
PLAIN_GOALS: dict[str, tuple[str, str]] = {
    "8480-6": ("Keep my blood pressure below {target}",
               "Mantener mi presión arterial por debajo de {target}"),
    "85354-9": ("Keep my blood pressure below {target}",
                "Mantener mi presión arterial por debajo de {target}"),
    "4548-4": ("Keep my A1c (my average blood sugar) below {target}",
               "Mantener mi A1c (mi azúcar promedio en la sangre) por debajo de {target}"),
    "6301-6": ("Keep my INR (blood thinner test) between {target}",
               "Mantener mi INR (prueba del anticoagulante) entre {target}"),
    "44261-6": ("Feel less down: my mood score (PHQ-9) below {target}",
                "Sentirme menos decaído: mi puntaje de ánimo (PHQ-9) por debajo de {target}"),
    "29463-7": ("Weigh myself every morning and call if I gain weight fast",
                "Pesarme cada mañana y llamar si subo de peso rápido"),
}


def _w(key: str, lang: str) -> str:
    return WORDS[key][lang]


def _target(goal: GoalView) -> str:
    text = goal.target.replace("mm[Hg]", "mm Hg")
    if text.startswith("<") or text.startswith("≤"):
        text = text.lstrip("<≤ ").strip()
    for prefix in ("INR ", "PHQ-9 "):
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip("< ")
    return text


def _goal_text(goal: GoalView, lang: str) -> str:
    plain = PLAIN_GOALS.get(goal.target_code or "")
    if plain is not None:
        target = _target(goal)
        text = plain[0 if lang == "en" else 1]
        if "{target}" not in text or target:
            if lang == "es":
                target = target.replace("-", " y ", 1) if goal.target_code == "6301-6" else target
            else:
                target = target.replace("-", " and ", 1) if goal.target_code == "6301-6" \
                    else target
            return text.format(target=target)
    return goal.description


def _day(when: dt.datetime, lang: str) -> str:
    return format_date(when.date(), lang)


def _latest(goal: GoalView, lang: str) -> str:
    if goal.latest is None:
        return _w("no_value", lang)
    return f"{goal.latest.text} ({_w('on', lang)} {_day(goal.latest.at, lang)})"


def _reached(goal: GoalView, lang: str) -> str:
    if goal.meets is None:
        return "—"
    return _w("yes", lang) if goal.meets else _w("no", lang)


@dataclass
class CarePlanPdf:
    title: str
    lang: str
    large_print: bool
    pages: int
    pdf: bytes = field(repr=False)


def care_plan_summary(plans: list[PlanView], patient: model.Patient, *, lang: str,
                      made_on: dt.date, care_team: tuple[str | None, str | None] = (None, None)
                      ) -> model.Summary:
    """The care plan as a handout Summary (active plans; the newest first)."""
    if lang not in LANGS:
        raise InputError("the care plan is printed in English or Spanish")
    active = [p for p in plans if p.is_active] or plans[:1]
    sections: list[model.SummarySection] = [model.SummarySection("", (_w("intro", lang),))]
    if not active:
        sections.append(model.SummarySection(_w("goals", lang), (_w("no_plan", lang),)))
    for plan in active:
        problems = tuple(dict.fromkeys(_plain(t) for _cid, t in plan.problems if t))
        if problems:
            sections.append(model.SummarySection(_w("problems", lang), problems))
        if plan.goals:
            table = [(_w("goal", lang), _w("latest", lang), _w("reached", lang))]
            for g in plan.goals:
                table.append((_goal_text(g, lang), _latest(g, lang), _reached(g, lang)))
            sections.append(model.SummarySection(_w("goals", lang), table=tuple(table)))
        doing = tuple(t for t, status in plan.interventions
                      if status not in ("cancelled", "stopped", "completed"))
        if doing:
            sections.append(model.SummarySection(_w("doing", lang), doing))
        if plan.reviews:
            r = plan.reviews[0]
            line = f"{_day(r.reviewed_at, lang)}: {_w(r.adherence, lang)}"
            sections.append(model.SummarySection(_w("reviews", lang), (line,)))
    name, phone = care_team
    footer = None
    if name or phone:
        footer = f"{_w('questions', lang)}: {' — '.join(x for x in (name, phone) if x)}"
    return model.Summary(kind="care_plan", lang=lang, title=_w("title", lang), patient=patient,
                         made_on=made_on, sections=tuple(sections), footer=footer)


def _plain(text: str) -> str:
    for tag in (" (disorder)", " (finding)", " (situation)"):
        text = text.replace(tag, "")
    return text


def render_care_plan(store: Any, patient_id: str, *, lang: str | None = None,
                     large_print: bool = False, today: dt.date | None = None,
                     care_team: tuple[str | None, str | None] = (None, None)) -> CarePlanPdf:
    """The patient's care plan as a PDF in memory (never a temporary file). ``lang`` None:
    the patient's language when it is Spanish, else English."""
    from app.handouts.service import _handout_patient, lang_of
    from app.medrec.worksheet import patient_facts
    from app.models.entities import Patient

    today = today or dt.date.today()
    with store.session() as session:
        patient = session.get(Patient, patient_id)
        if patient is None or patient.deleted_at is not None:
            raise InputError("that patient was not found")
        if lang is None:
            lang = lang_of(patient.language, patient.language_display)[0]
        who = _handout_patient(session, patient, patient_facts(session, patient_id, today))
        plans = load_care_plans(session, patient_id)
    summary = care_plan_summary(plans, who, lang=lang, made_on=today, care_team=care_team)
    buffer = io.BytesIO()
    pages = render_summary(summary, buffer, large_print=large_print)
    return CarePlanPdf(summary.title, lang, large_print, int(pages), buffer.getvalue())
