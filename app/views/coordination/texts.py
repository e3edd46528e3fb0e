"""Care-coordination texts that come from data or from a stored task, in the UI language.

Stored text stays as it was written: the follow-up tasks the workflows create keep their
English titles (the referral and result loops find their own tasks again by title, and a task
is a record that syncs to other devices, whatever language each one shows). What reads
Spanish on a Spanish screen is decided here, at display time:

- a loop rule's title or action: its ``title_es`` / ``action_es`` in the rule file
  (:func:`app.coordination.loops.rule_text`);
- a care gap's task ("Close care gap: …"): the rule's ``title_es`` in care_gaps.json;
- a transition step's task: the three titles marked here for ``tr()``;
- a monitoring alert ("Weight up 1.2 kg since yesterday"): taken apart by
  :func:`app.coordination.monitoring.alert_parts` and written again here.

Anything else (a task the nurse wrote) is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views import formatting

# The coordination modules are imported where used: My day and the chart import this module
# at start, and in English a title is shown as stored without them (cold start).

translate = QCoreApplication.translate

GAP_TASK_PREFIX = "Close care gap: "  # app.coordination.care_gaps.create_gap_task
MEASURE_WORDS = {
    "weight": QT_TRANSLATE_NOOP("CoordinationTexts", "Weight"),
    "systolic_bp": QT_TRANSLATE_NOOP("CoordinationTexts", "Systolic BP"),
    "diastolic_bp": QT_TRANSLATE_NOOP("CoordinationTexts", "Diastolic BP"),
    "glucose": QT_TRANSLATE_NOOP("CoordinationTexts", "Glucose"),
    "heart_rate": QT_TRANSLATE_NOOP("CoordinationTexts", "Heart rate"),
    "spo2": QT_TRANSLATE_NOOP("CoordinationTexts", "SpO₂"),
}


def transition_task_title(step: str) -> str:
    """A transition step's task title (what app.coordination.transitions stores), translated."""
    return {"contact": translate("CoordinationTexts",
                                 "Transitional care: contact the patient after discharge"),
            "home_visit": translate("CoordinationTexts",
                                    "Transitional care: home visit after discharge"),
            "followup": translate("CoordinationTexts",
                                  "Transitional care: face-to-face follow-up visit")}[step]


def alert_title(title: str) -> str:
    """A monitoring alert's title in the UI language; any other title as it is."""
    from app.coordination import monitoring as mon

    parts = mon.alert_parts(title)
    if parts is None:
        return title
    unit = parts["unit"]
    amount = parts["amount"] + ("" if unit in ("%", "") or unit.startswith("/") else " ") + unit
    if parts["rule"] == "gain_1d":
        return translate("CoordinationTexts", "Weight up %1 since yesterday").replace("%1", amount)
    if parts["rule"] == "gain_7d":
        return translate("CoordinationTexts", "Weight up %1 in a week").replace("%1", amount)
    measure = MEASURE_WORDS.get(parts["measure"])
    label = translate("CoordinationTexts", measure) if measure else parts["measure"]
    text = (translate("CoordinationTexts", "%1 %2, above %3") if parts["rule"] == "above"
            else translate("CoordinationTexts", "%1 %2, below %3"))
    return text.replace("%2", amount).replace("%3", parts["limit"]).replace("%1", label)


def task_title(title: str, origin: str | None = "") -> str:
    """A task's stored title as a screen shows it in the UI language. ``origin`` None: not
    known (My day), every kind is tried."""
    lang = formatting.ui_language()
    if lang == "en" or not title:
        return title
    from app.coordination import care_gaps as gaps
    from app.coordination import transitions as transition_loop
    from app.coordination.loops import rule_text

    if origin is None:
        for kind in ("referral", transition_loop.ORIGIN, "care_gap", "monitoring"):
            shown = task_title(title, kind)
            if shown != title:
                return shown
        return title
    if origin in ("referral", "result"):
        return rule_text(title, lang)
    if origin == transition_loop.ORIGIN:
        step = transition_loop.task_text(title, None)
        return transition_task_title(step[0]) if step else title
    if origin == "care_gap" and title.startswith(GAP_TASK_PREFIX):
        english = title[len(GAP_TASK_PREFIX):]
        rule = next((r for r in gaps.load_rules() if r.title == english), None)
        if rule is not None:
            return translate("CoordinationTexts", "Close care gap: %1").replace(
                "%1", rule.title_in(lang))
    if origin == "monitoring":
        return alert_title(title)
    return title
