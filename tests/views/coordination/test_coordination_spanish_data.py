"""Texts that come from data files or domain code read Spanish on Spanish screens: care-gap rule
titles (the chart's care-gap section, the Care gaps page), the call list's reasons and
actions (loop rules' titles and actions, transition steps' tasks), the LACE components'
lines and Charlson categories, monitoring alerts, the dashboard's month axis and the date
fields' locale. Every data-file entry carries its Spanish (checked on load: a file without it
is refused). Stored tasks keep their English titles. Screenshots:
tests/artifacts/es_coord_data_*.png."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from app.coordination import care_gaps as gaps
from app.coordination import lace
from app.coordination import loops
from app.coordination import monitoring as mon
from app.coordination import referrals as R
from app.coordination import transitions as T
from app.models.base import utcnow
from app.models.entities import Condition, Patient, Task
from app.views import formatting
from app.views.workspace.i18n import install_translator
from tests.views.conftest import show_active

COORD = Path(__file__).resolve().parents[3] / "resources" / "coordination"
DAY = dt.timedelta(days=1)
ENGLISH_RULE_TEXTS = (
    {r.title for r in gaps.load_rules()}
    | {r.title for name in loops.LOOP_RULE_FILES for r in loops.load_rules(name).rules}
    | {r.action for name in loops.LOOP_RULE_FILES for r in loops.load_rules(name).rules})


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    assert install_translator(qapp, "es")
    try:
        yield
    finally:
        install_translator(qapp, "en")


def cells(model: Any, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
          ) -> list[str]:
    return [str(model.data(model.index(r, column), role) or "")
            for r in range(model.rowCount())]


# -- the data files ------------------------------------------------------------------------------
def test_every_data_entry_has_its_spanish() -> None:
    for rule in gaps.load_rules():
        assert rule.title_es and rule.title_es != rule.title, rule.id
        assert rule.description_es and rule.description_es != rule.description, rule.id
        assert rule.title_in("es") == rule.title_es and rule.title_in("en") == rule.title
    for name in loops.LOOP_RULE_FILES:
        for rule in loops.load_rules(name).rules:
            assert rule.title_es and rule.title_es != rule.title, rule.id
            assert rule.action_es and rule.action_es != rule.action, rule.id
            assert loops.rule_text(rule.title, "es") == rule.title_es
            assert loops.rule_text(rule.action, "es") == rule.action_es
            assert loops.rule_text(rule.title, "en") == rule.title
    for cat in lace.knowledge().categories:
        assert cat.name_es, cat.id
        assert lace.category_name(cat.id, "es") == cat.name_es
    for template in mon.load_defaults().templates:
        assert template.label_es, template.id
        assert mon.template_label(template.label, "es") == template.label_es
    assert loops.rule_text("Something the nurse wrote", "es") == "Something the nurse wrote"


def _without(src: Path, dest: Path, key: str) -> Path:
    """A copy of a rule file whose first rule has lost ``key``."""
    data = json.loads(src.read_text(encoding="utf-8"))
    (data["rules"] if "rules" in data else data["templates"])[0].pop(key)
    dest.write_text(json.dumps(data), encoding="utf-8")
    return dest


def test_a_data_file_without_its_spanish_is_refused(tmp_path: Path) -> None:
    with pytest.raises(gaps.RuleError, match="no Spanish title"):
        gaps.load_rules(_without(COORD / "care_gaps.json", tmp_path / "care_gaps.json",
                                 "title_es"))
    folder = tmp_path / "loops"
    folder.mkdir()
    _without(COORD / "referral_timeliness.json", folder / "referral_timeliness.json",
             "action_es")
    with pytest.raises(ValueError, match="no Spanish action"):
        loops.load_rules("referral_timeliness", str(folder))
    with pytest.raises(mon.DefaultsError, match="no Spanish label"):
        mon.load_defaults(_without(COORD / "monitoring_defaults.json",
                                   tmp_path / "monitoring_defaults.json", "label_es"))
    data = json.loads((COORD / "charlson.json").read_text(encoding="utf-8"))
    data["categories"][0].pop("name_es")
    with pytest.raises(ValueError, match="no Spanish name"):
        lace.parse_knowledge(data)


# -- the screens -----------------------------------------------------------------------------------
def _panel(store: Any) -> dict[str, str]:
    """A 76-year-old woman with heart failure: discharged 5 days ago (an open transition,
    its contact overdue), a referral not scheduled for 8 days (call the office), and open
    care gaps (flu, pneumococcal, shingles, fall risk, depression)."""
    now = utcnow()
    with store.write() as s:
        p = Patient(given_name="Rosa", family_name="Prueba", birth_date=dt.date(1950, 3, 2),
                    sex="female", phone="555-0100", pcp_name="Dr. Primary",
                    pcp_phone="555-0300", language="es")
        s.add(p)
        s.flush()
        s.add(Condition(patient_id=p.id, code_text="Congestive heart failure",
                        clinical_status="active", onset_at=now - 400 * DAY))
        pid = p.id
    T.record_discharge(store, patient_id=pid, discharged_at=now - 5 * DAY,
                       admitted_at=now - 9 * DAY, facility="Mercy Hospital",
                       diagnosis="Heart failure", emergent=True, now=now)
    R.create_referral(store, patient_id=pid, to_name="Dr. Heart", to_phone="555-0199",
                      reason="HF", send=True, now=now - 8 * DAY)
    return {"patient": pid}


def test_call_list_care_gaps_and_transitions_read_spanish(qtbot, spanish, store, sync_runner,
                                                          shot) -> None:  # noqa: ANN001
    from app.views.coordination.care_gaps import CareGapsPage, PatientGapsPanel
    from app.views.coordination.communication import CallListWidget
    from app.views.coordination.transitions import TransitionsWidget

    pid = _panel(store)["patient"]

    # the call list: the rule's Spanish title and action, the transition step's task
    calls = show_active(qtbot, CallListWidget(store, sync_runner), 1300, 400)
    calls.reload()
    whys = cells(calls.model, 2)
    tips = "\n".join(cells(calls.model, 2, Qt.ItemDataRole.ToolTipRole))
    assert any(w.startswith("Derivación sin cita: llame al consultorio") for w in whys), whys
    assert any(w.startswith("Transición de cuidados: contactar al paciente después del alta")
               for w in whys), whys
    assert "Llame al consultorio del especialista o de la agencia" in tips
    assert "contacto interactivo dentro de los 2 días hábiles posteriores al alta" in tips
    assert not any(t in w for w in whys for t in ENGLISH_RULE_TEXTS), whys
    assert "Transitional care" not in tips and "Call the" not in tips
    shot(calls, "es_coord_data_call_list")
    with store.session() as s:  # the stored tasks keep their English titles
        titles = set(s.scalars(select(Task.title).where(Task.patient_id == pid)))
    assert {"Referral not scheduled: call the office",
            "Transitional care: contact the patient after discharge"} <= titles

    # the chart's care-gap section and the Care gaps page
    panel = show_active(qtbot, PatientGapsPanel(store, sync_runner, pid), 1100, 420)
    panel.reload()
    shown = cells(panel.model, 0)
    assert "Vacuna contra la influenza de esta temporada" in shown, shown
    assert "Evaluación del riesgo de caídas pendiente (65 años o más)" in shown
    assert not set(shown) & ENGLISH_RULE_TEXTS
    shot(panel, "es_coord_data_chart_care_gaps")
    page = show_active(qtbot, CareGapsPage(store, sync_runner), 1300, 700)
    page.reload()
    rules = cells(page.rules_model, 0)
    assert "Detección de depresión pendiente (adultos)" in rules, rules
    assert not set(rules) & ENGLISH_RULE_TEXTS
    shot(page, "es_coord_data_care_gaps")

    # the transitions page: LACE components' lines and the Charlson category in Spanish
    transitions = show_active(qtbot, TransitionsWidget(store, sync_runner), 1400, 820)
    transitions.reload()
    transitions.table.selectRow(0)
    detail = transitions.detail_view.toPlainText()
    assert "4 días en el hospital" in detail, detail
    assert "Insuficiencia cardíaca congestiva +2" in detail
    assert "Puntuación de Charlson 2" in detail
    assert "0 visitas a urgencias en los 6 meses antes del ingreso" in detail
    assert "Contacto (2 días hábiles)" in detail
    for english in ("day(s)", "in hospital", "Congestive heart failure +", "Charlson score",
                    "emergency visit"):
        assert english not in detail, english
    shot(transitions, "es_coord_data_transitions")


def test_english_screens_keep_the_english(qtbot, store, sync_runner) -> None:  # noqa: ANN001
    from app.views.coordination.communication import CallListWidget
    from app.views.coordination.transitions import TransitionsWidget

    _panel(store)
    calls = show_active(qtbot, CallListWidget(store, sync_runner), 1300, 400)
    calls.reload()
    whys = cells(calls.model, 2)
    assert any(w.startswith("Referral not scheduled: call the office") for w in whys), whys
    assert any(w.startswith("Transitional care: contact the patient after discharge")
               for w in whys), whys
    transitions = show_active(qtbot, TransitionsWidget(store, sync_runner), 1400, 820)
    transitions.reload()
    transitions.table.selectRow(0)
    detail = transitions.detail_view.toPlainText()
    assert "4 days in hospital" in detail and "Congestive heart failure +2" in detail


def test_monitoring_alerts_and_task_titles_read_spanish(spanish) -> None:  # noqa: ANN001
    from app.views.coordination.texts import alert_title, task_title

    assert alert_title("Weight up 1.2 kg since yesterday") == "Aumento de peso de 1.2 kg desde ayer"
    assert alert_title("Weight up 2.5 lb in a week") == "Aumento de peso de 2.5 lb en una semana"
    assert alert_title("Systolic BP 190 mmHg, above 180") == \
        "Presión sistólica 190 mmHg, por encima de 180"
    assert alert_title("SpO₂ 85%, below 88") == "SpO₂ 85%, por debajo de 88"
    assert alert_title("Heart rate 120/min, above 110") == \
        "Frecuencia cardíaca 120/min, por encima de 110"
    assert task_title("Close care gap: Flu vaccine for this season", "care_gap") == \
        "Cerrar brecha en la atención: Vacuna contra la influenza de esta temporada"
    assert task_title("Tell the patient the result", None) == "Comunique el resultado al paciente"
    assert task_title("Transitional care: home visit after discharge", None) == \
        "Transición de cuidados: visita a domicilio después del alta"
    assert task_title("Bring the walker", None) == "Bring the walker"
    assert mon.template_label("Heart failure", formatting.ui_language()) == \
        "Insuficiencia cardíaca"


def test_month_names_and_date_fields_follow_the_ui_language(qtbot, spanish, store,
                                                            sync_runner) -> None:  # noqa: ANN001
    from app.views.coordination.dashboard import DashboardWidget, _month_labels

    assert formatting.ui_language() == "es"
    trends = [_month(dt.date(2025, 12, 1)), _month(dt.date(2026, 1, 1)),
              _month(dt.date(2026, 2, 1))]
    assert _month_labels(trends) == ["dic 25", "ene 26", "feb"]
    dashboard = DashboardWidget(store, sync_runner)
    qtbot.addWidget(dashboard)
    assert dashboard.from_edit.locale().language() == QLocale.Language.Spanish
    assert QLocale().language() == QLocale.Language.Spanish  # new date fields' calendars


def test_english_month_names_come_back(qapp) -> None:  # noqa: ANN001
    from app.views.coordination.dashboard import _month_labels

    install_translator(qapp, "es")
    install_translator(qapp, "en")
    assert formatting.ui_language() == "en"
    assert _month_labels([_month(dt.date(2026, 1, 1)), _month(dt.date(2026, 2, 1))]) == \
        ["Jan 26", "Feb"]
    assert QLocale().language() != QLocale.Language.Spanish


def _month(first: dt.date) -> Any:
    from app.coordination import metrics as M

    return M.MonthPoint(month=first, start=first, end=first, values={})


def test_monitoring_alerts_read_spanish_in_the_chart(qtbot, spanish, empty_store, sync_runner,
                                                     shot) -> None:  # noqa: ANN001
    from app.views.chart import ChartWidget  # noqa: F401  (first: the chart imports the page)
    from app.views.main_window import MainWindow

    store, now = empty_store, dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    with store.write() as s:
        p = Patient(given_name="Hana", family_name="Weigh", birth_date=dt.date(1941, 4, 4),
                    language="es")
        s.add(p)
        s.flush()
        s.add(Condition(patient_id=p.id, code="84114007", code_system="http://snomed.info/sct",
                        code_text="Heart failure", clinical_status="active"))
        pid = p.id
    for days, kg in ((8, 79.4), (3, 79.8), (2, 80.1), (1, 80.2)):
        mon.add_reading(store, pid, "weight", kg, at=now - dt.timedelta(days=days), now=now)
    window = show_active(qtbot, MainWindow(store, sync_runner, demo=False, watch_system=False),
                         1400, 860)
    window.open_patient(pid, "Weigh, Hana")
    chart = window.tabs.currentWidget()
    chart.show_tab("monitoring")
    page = chart.monitoring
    mon.add_reading(store, pid, "weight", 81.7, at=now - dt.timedelta(minutes=5), now=now)
    page.reload()
    alerts = cells(page.alerts_model, 0)
    assert alerts == ["Aumento de peso de 1.5 kg desde ayer",
                      "Aumento de peso de 2.3 kg en una semana"], alerts
    with store.session() as s:  # the task keeps the English it was created with
        assert "Weight up 1.5 kg since yesterday" in set(
            s.scalars(select(Task.title).where(Task.patient_id == pid)))
    page.trends.select_measure("weight")
    shot(chart, "es_coord_data_monitoring")
