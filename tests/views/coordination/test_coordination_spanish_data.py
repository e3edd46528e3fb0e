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
from app.models.entities import CareTransition, Condition, Patient, Task
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


# -- care-gap evidence, the Record evidence form, plurals -------------------------------------------
def test_evidence_labels_and_record_entries_without_spanish_are_refused(tmp_path: Path) -> None:
    for rule in gaps.load_rules():
        for alternative in rule.evidence:
            for ev in alternative:
                assert ev.label_es, (rule.id, ev.label)
        for spec in rule.record:
            assert spec.get("label_es"), rule.id
            assert gaps.record_label(spec, "es") == spec["label_es"]
            if spec.get("choices"):
                assert len(spec["choices_es"]) == len(spec["choices"])
    data = json.loads((COORD / "care_gaps.json").read_text(encoding="utf-8"))
    data["rules"][0]["record"][0].pop("label_es")
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(gaps.RuleError, match="no Spanish label"):
        gaps.load_rules(tmp_path / "a.json")
    data = json.loads((COORD / "care_gaps.json").read_text(encoding="utf-8"))
    data["rules"][0]["evidence"]["any_of"][0].pop("label_es")
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(gaps.RuleError, match="no Spanish label"):
        gaps.load_rules(tmp_path / "b.json")
    data = json.loads((COORD / "care_gaps.json").read_text(encoding="utf-8"))
    fall = next(r for r in data["rules"] if r["id"] == "fall_risk_screen")
    fall["record"][0].pop("choices_es")
    (tmp_path / "c.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(gaps.RuleError, match="no Spanish choices"):
        gaps.load_rules(tmp_path / "c.json")


def _diabetic(store: Any) -> str:
    """A 58-year-old diabetic woman: an A1c of 7.1 % last month, a flu shot this season, one
    shingles dose, no eGFR/uACR, never screened for depression."""
    now = utcnow()
    with store.write() as s:
        p = Patient(given_name="Elena", family_name="Dulce", birth_date=dt.date(1968, 3, 2),
                    sex="female", language="es")
        s.add(p)
        s.flush()
        s.add(Condition(patient_id=p.id, code="44054006", code_system="http://snomed.info/sct",
                        code_text="Type 2 diabetes mellitus", clinical_status="active",
                        onset_at=now - 900 * DAY))
        pid = p.id
    gaps.record_observation(store, pid, code="4548-4", display="Hemoglobin A1c", value=7.1,
                            unit="%", effective_at=now - 30 * DAY, now=now)
    gaps.record_immunization(store, pid, code="150", display="Influenza", occurred_at=now - DAY,
                             now=now)
    gaps.record_immunization(store, pid, code="187", display="Zoster recombinant",
                             occurred_at=now - 60 * DAY, now=now)
    return pid


def test_care_gap_evidence_and_record_form_read_spanish(qtbot, spanish, store, sync_runner,
                                                        shot) -> None:  # noqa: ANN001
    from app.views.coordination.care_gaps import EvidenceDialog, PatientGapsPanel

    pid = _diabetic(store)
    panel = show_active(qtbot, PatientGapsPanel(store, sync_runner, pid), 1200, 460)
    panel.reload()
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert "Pendiente desde" in headers, headers
    by_rule = {g.rule_id: g for g in (panel.model.row(r).item
                                      for r in range(panel.model.rowCount()))}
    evidence = dict(zip(by_rule, cells(panel.model, 3), strict=True))
    assert evidence["diabetes_a1c"].startswith("A1c 7.1 % el "), evidence
    assert evidence["influenza_annual"].startswith("Vacuna contra la influenza el "), evidence
    assert evidence["zoster_50"] == "Vacuna contra el herpes zóster (RZV): 1 de 2 dosis"
    assert evidence["diabetes_kidney_health"] == "falta: TFGe, uACR"
    assert evidence["depression_screen"] == "nunca registrado"
    depression = by_rule["depression_screen"]
    assert depression.status == "open" and depression.evidence is None  # the English: none
    assert depression.evidence_key == gaps.NEVER_RECORDED
    assert by_rule["diabetes_a1c"].evidence.startswith("A1c 7.1 % on ")  # CLI and metrics
    for english in (" on 2", "doses", "missing", "never recorded"):
        assert not any(english in e for e in evidence.values()), (english, evidence)
    shot(panel, "es_coord_data_gap_evidence")

    fall = gaps.rule_by_id("fall_risk_screen")
    dialog = EvidenceDialog(fall)
    qtbot.addWidget(dialog)
    combo = dialog.fields[0][1]
    shown = [combo.itemText(i) for i in range(1, combo.count())]
    stored = [combo.itemData(i) for i in range(1, combo.count())]
    assert shown == ["Sin riesgo (no se cayó, no se siente inestable, no le preocupa caerse)",
                     "Con riesgo (se cayó, se siente inestable o le preocupa caerse)"]
    assert stored == list(fall.record[0]["choices"])  # the chart keeps the English answer
    assert combo.accessibleName() == "Riesgo de caídas"
    show_active(qtbot, dialog, 640, 200)
    shot(dialog, "es_coord_data_record_evidence")
    crc = EvidenceDialog(gaps.rule_by_id("colorectal_screen"))
    qtbot.addWidget(crc)
    combo = crc.fields[0][1]
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Negativo", "Positivo"]
    assert [combo.itemData(i) for i in range(1, combo.count())] == ["Negative", "Positive"]


def test_english_evidence_in_english(qtbot, store, sync_runner) -> None:  # noqa: ANN001
    from app.views.coordination.care_gaps import PatientGapsPanel

    pid = _diabetic(store)
    panel = show_active(qtbot, PatientGapsPanel(store, sync_runner, pid), 1200, 460)
    panel.reload()
    ids = [panel.model.row(r).item.rule_id for r in range(panel.model.rowCount())]
    evidence = dict(zip(ids, cells(panel.model, 3), strict=True))
    results = {panel.model.row(r).item.rule_id: panel.model.row(r).item
               for r in range(panel.model.rowCount())}
    for rule_id, text in evidence.items():  # the same words as the result's English
        assert text == (results[rule_id].evidence or "never recorded"), rule_id
    assert evidence["zoster_50"] == "Shingles vaccine (RZV): 1 of 2 doses"


def test_plurals_for_one_and_two(qtbot, spanish, store, sync_runner) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from app.views.coordination.care_gaps import CareGapsPage
    from app.views.coordination.transitions import TransitionsWidget

    page = CareGapsPage(store, sync_runner)
    qtbot.addWidget(page)
    one = page._caption_text(1, 1).replace("%1", "X")
    two = page._caption_text(2, 2).replace("%1", "X")
    assert one.startswith("1 brecha en la atención abierta en 1 paciente, al X."), one
    assert two.startswith("2 brechas en la atención abiertas en 2 pacientes, al X."), two
    tr = QCoreApplication.translate
    assert tr("TransitionsWidget", "%n contact attempt documented", "", 1) == \
        "1 intento de contacto documentado"
    assert tr("TransitionsWidget", "%n contact attempts documented", "", 2) == \
        "2 intentos de contacto documentados"

    pid = _panel(store)["patient"]  # one attempt documented: shown in the detail
    with store.session() as s:
        tid = s.scalars(select(CareTransition.id).where(
            CareTransition.patient_id == pid)).one()
    T.record_contact_attempt(store, tid)
    transitions = show_active(qtbot, TransitionsWidget(store, sync_runner), 1400, 820)
    transitions.reload()
    transitions.table.selectRow(0)
    detail = transitions.detail_view.toPlainText()
    assert "1 intento de contacto documentado" in detail, detail
    assert "(s)" not in detail
    page.reload()
    qtbot.waitUntil(lambda: "paciente" in page.caption.text(), timeout=5000)
    assert "en 1 paciente," in page.caption.text(), page.caption.text()


def test_english_plurals(qtbot, store, sync_runner) -> None:  # noqa: ANN001
    from app.views.coordination.care_gaps import CareGapsPage

    page = CareGapsPage(store, sync_runner)
    qtbot.addWidget(page)
    assert page._caption_text(1, 1).startswith("1 open care gap in 1 patient, as of %1.")
    assert page._caption_text(2, 2).startswith("2 open care gaps in 2 patients, as of %1.")
