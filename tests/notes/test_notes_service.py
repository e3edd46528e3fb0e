"""Visit notes on a real encrypted store: start, autosave, sign, immutability, addenda."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.entities import AuditEntry, Patient, VisitNote
from app.models.errors import HearthError, ImmutableRecordError, InputError
from app.models.store import Store
from app.notes import service
from app.notes.service import (
    MissingFieldsError,
    NoteChangedError,
    NoteSignedError,
    add_addendum,
    content_hash,
    drafts_for_recovery,
    list_notes,
    load_note,
    render_text,
    save_draft,
    sign_note,
    start_note,
)
from app.notes.templates import HOME_VISIT, TEMPLATES, get_template, parse_template

UTC = dt.timezone.utc
VISIT = dt.datetime(2026, 11, 29, 15, 0, tzinfo=UTC)
SECRET = "Zebulon Quackenbush"  # a patient name that must never reach the log

FULL: dict[str, Any] = {
    "reason": {"visit_kind": "post_discharge", "reason": "First visit after HF admission",
               "present": "Daughter"},
    "vitals": {"bp_systolic": 132, "bp_diastolic": 78, "heart_rate": 88, "resp_rate": 18,
               "temperature_f": 98.6, "spo2": 94, "weight_lb": 182.4, "pain": 2},
    "assessment": {"findings": "Mild ankle oedema.\nLungs clear."},
    "falls": {"fallen_past_year": "yes", "fall_count": 2, "fall_injury": "no",
              "unsteady": "no", "worried": "yes", "tug_seconds": 14.2},
    "home_safety": {"floors": "attention", "bathroom": "ok", "smoke_alarm": "ok",
                    "actions": "Hall rug removed with daughter"},
    "cognition": {"word_recall": 2, "clock_draw": "abnormal"},
    "medications": {"med_rec_done": True, "review": "Furosemide taken once, not twice"},
    "education": {"topic": "Daily weights", "learner": "both", "method": "demonstration",
                  "teach_back": "partly"},
    "plan": {"plan": "Call PCP about diuretic dose"},
    "follow_up": {"date": "2026-12-02", "kind": "phone"},
}


@pytest.fixture
def patient_id(store: Store) -> str:
    with store.write() as s:
        p = Patient(given_name="Zebulon", family_name="Quackenbush")
        s.add(p)
        s.flush()
        return p.id


def test_template_is_valid_data_with_sources() -> None:
    template = get_template("home_visit")
    assert [s.key for s in template.sections] == [
        "reason", "vitals", "assessment", "falls", "home_safety", "cognition", "medications",
        "education", "plan", "follow_up"]
    falls = template.section("falls")
    assert falls is not None and "STEADI" in falls.source and "cdc.gov" in falls.source
    assert "Borson" in template.section("cognition").source  # type: ignore[union-attr]
    assert {f.key for f in falls.fields} >= {"fallen_past_year", "unsteady", "worried"}
    assert template.field("education", "teach_back").options == (  # type: ignore[union-attr]
        ("yes", "Yes"), ("partly", "Partly"), ("no", "No"))
    for data in TEMPLATES.values():
        parse_template(data)
    bad = {**HOME_VISIT, "sections": [{"key": "x", "label": "X",
                                       "fields": [{"key": "a", "label": "A", "kind": "nope"}]}]}
    with pytest.raises(ValueError):
        parse_template(bad)


def test_start_save_and_reload(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id, visit_at=VISIT)
    assert note.status == "draft" and note.sections == {} and note.visit_at == VISIT
    assert note.patient_name == "Zebulon Quackenbush"

    saved = save_draft(store, note.id, {"reason": {"reason": "Check-up", "present": ""},
                                        "vitals": {"heart_rate": 72, "pain": None}},
                       expected_version=note.version)
    assert saved.sections == {"reason": {"reason": "Check-up"}, "vitals": {"heart_rate": 72}}
    assert saved.version == note.version + 1 and not saved.conflict

    # The same content again writes nothing: no new version, no audit entry.
    with store.session() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
    again = save_draft(store, note.id, {"reason": {"reason": "Check-up"},
                                        "vitals": {"heart_rate": 72}},
                       expected_version=saved.version)
    assert again.version == saved.version
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries
        loaded = load_note(s, note.id)
    assert loaded.sections == saved.sections
    assert "Check-up" in render_text(loaded)


def test_stale_version_still_saves_and_reports_conflict(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id)
    other = save_draft(store, note.id, {"plan": {"plan": "from window A"}},
                       expected_version=note.version)
    mine = save_draft(store, note.id, {"plan": {"plan": "from window B"}},
                      expected_version=note.version)
    assert mine.conflict and not other.conflict
    with store.session() as s:
        assert load_note(s, note.id).sections == {"plan": {"plan": "from window B"}}


def test_derived_scores(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id)
    saved = save_draft(store, note.id, FULL)
    assert saved.sections["falls"]["screen"] == "positive"
    assert saved.sections["cognition"]["total"] == 2  # 2 words + abnormal clock (0)
    # A caller cannot set a computed value itself.
    saved = save_draft(store, note.id, {**FULL, "cognition": {"word_recall": 3,
                                                              "clock_draw": "normal",
                                                              "total": 1}})
    assert saved.sections["cognition"]["total"] == 5
    saved = save_draft(store, note.id, {"falls": {"fallen_past_year": "no", "unsteady": "no",
                                                  "worried": "no"}})
    assert saved.sections["falls"]["screen"] == "negative"
    saved = save_draft(store, note.id, {"falls": {"fallen_past_year": "no"}})
    assert "screen" not in saved.sections["falls"]  # incomplete: no result


def test_bad_values_are_refused_without_echoing_them(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id)
    with pytest.raises(InputError, match=r"vitals\.heart_rate") as info:
        save_draft(store, note.id, {"vitals": {"heart_rate": "ninety"}})
    assert "ninety" not in str(info.value)
    with pytest.raises(InputError):
        save_draft(store, note.id, {"follow_up": {"date": "next tuesday"}})
    with pytest.raises(InputError):
        save_draft(store, note.id, {"vitals": {"weight_lb": float("nan")}})
    with pytest.raises(InputError):
        save_draft(store, note.id, ["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(InputError):
        start_note(store, "no-such-patient")
    with pytest.raises(InputError):
        start_note(store, patient_id, template="nope")
    with pytest.raises(InputError):
        start_note(store, patient_id, visit_at=dt.datetime(2026, 1, 1))  # naive


def test_sign_refuses_missing_required_fields_and_says_which(store: Store,
                                                             patient_id: str) -> None:
    note = start_note(store, patient_id)
    save_draft(store, note.id, {"reason": {"reason": "Check"},
                                "falls": {"fallen_past_year": "yes"},
                                "education": {"topic": "Inhaler technique"}})
    with pytest.raises(MissingFieldsError) as info:
        sign_note(store, note.id)
    message = str(info.value)
    assert message == ("Cannot sign yet: fill in Assessment › Findings, Falls screening "
                       "(CDC STEADI) › How many falls?, Education given › Able to teach back?, "
                       "Plan.")
    assert info.value.fields == [("assessment", "findings"), ("falls", "fall_count"),
                                 ("education", "teach_back"), ("plan", "plan")]
    with store.session() as s:
        assert load_note(s, note.id).status == "draft"  # nothing stamped


def test_sign_then_immutable(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id, visit_at=VISIT)
    saved = save_draft(store, note.id, FULL)
    signed = sign_note(store, note.id, expected_version=saved.version)
    assert signed.status == "signed" and signed.is_signed
    assert signed.signed_by == store.actor.user_id and signed.signed_by.startswith("local:")
    assert signed.signed_at is not None and signed.signed_at.tzinfo is not None
    assert signed.content_hash == content_hash(saved.sections)
    assert service.verify_content(signed)

    with pytest.raises(NoteSignedError, match="signed and can no longer be changed"):
        save_draft(store, note.id, {"plan": {"plan": "changed"}})
    with pytest.raises(NoteSignedError):
        sign_note(store, note.id)
    with pytest.raises(HearthError):
        service.discard_draft(store, note.id)
    # Straight through the ORM: the store's flush hook refuses.
    for change in ({"sections": {"plan": {"plan": "tampered"}}}, {"status": "draft"},
                   {"signed_by": "someone"}, {"deleted_at": dt.datetime.now(UTC)}):
        with pytest.raises(ImmutableRecordError):
            with store.write() as s:
                row = s.get(VisitNote, note.id)
                for key, value in change.items():
                    setattr(row, key, value)
    with store.session() as s:
        reloaded = load_note(s, note.id)
    assert reloaded.sections == saved.sections and service.verify_content(reloaded)


def test_sign_refuses_a_draft_changed_elsewhere(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id)
    seen = save_draft(store, note.id, FULL)
    save_draft(store, note.id, {**FULL, "plan": {"plan": "other window"}})
    with pytest.raises(NoteChangedError):
        sign_note(store, note.id, expected_version=seen.version)


def test_content_hash_is_canonical_and_stable() -> None:
    a = {"vitals": {"heart_rate": 72, "temperature_f": 98.6}, "plan": {"plan": "Café ✓"}}
    b = {"plan": {"plan": "Café ✓"}, "vitals": {"temperature_f": 98.6, "heart_rate": 72}}
    assert content_hash(a) == content_hash(b)
    # The canonical text itself is pinned, so the hash cannot drift between versions.
    canonical = '{"plan":{"plan":"Café ✓"},"vitals":{"heart_rate":72,"temperature_f":98.6}}'
    assert service.canonical_json(a) == canonical
    assert content_hash(a) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert content_hash({"plan": {"plan": "x"}}) != content_hash({"plan": {"plan": "y"}})


def test_hash_survives_the_round_trip_through_the_store(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id)
    save_draft(store, note.id, FULL)
    signed = sign_note(store, note.id)
    store_folder = store.folder
    store.close()
    with Store.open(store_folder, passphrase="test passphrase 123") as again, \
            again.session() as s:
        loaded = load_note(s, note.id)
    assert loaded.content_hash == signed.content_hash == content_hash(loaded.sections)


def test_addendum_is_linked_signed_and_listed(store: Store, patient_id: str) -> None:
    draft_only = start_note(store, patient_id, visit_at=VISIT - dt.timedelta(days=1))
    with pytest.raises(InputError, match="still a draft"):
        add_addendum(store, draft_only.id, "text")
    note = start_note(store, patient_id, visit_at=VISIT)
    save_draft(store, note.id, FULL)
    sign_note(store, note.id)
    with pytest.raises(InputError):
        add_addendum(store, note.id, "   ")
    first = add_addendum(store, note.id, "  Weight was 182.4 lb, not 128.4.  ")
    assert first.amends_note_id == note.id and first.is_signed and first.is_addendum
    assert first.sections == {"addendum": {"text": "Weight was 182.4 lb, not 128.4."}}
    assert first.content_hash == content_hash(first.sections)
    second = add_addendum(store, first.id, "PCP called back.")  # on an addendum: to the note
    assert second.amends_note_id == note.id
    with pytest.raises(ImmutableRecordError):
        with store.write() as s:
            s.get(VisitNote, first.id).sections = {"addendum": {"text": "edited"}}

    with store.session() as s:
        notes = list_notes(s, patient_id)
        loaded = load_note(s, note.id)
    assert [n.id for n in notes] == [note.id, draft_only.id]  # newest visit first
    assert [a.id for a in notes[0].addenda] == [first.id, second.id]
    assert [a.id for a in loaded.addenda] == [first.id, second.id]
    text = render_text(loaded)
    assert text.index("Furosemide") < text.index("ADDENDUM") < text.index("not 128.4")
    assert text.count("ADDENDUM — signed") == 2
    assert "PCP called back." in text


def test_drafts_for_recovery(store: Store, patient_id: str) -> None:
    empty = start_note(store, patient_id)
    older = start_note(store, patient_id)
    save_draft(store, older.id, {"plan": {"plan": "older"}})
    newer = start_note(store, patient_id)
    save_draft(store, newer.id, {"plan": {"plan": "newer"}})
    signed = start_note(store, patient_id)
    save_draft(store, signed.id, FULL)
    sign_note(store, signed.id)
    discarded = start_note(store, patient_id)
    save_draft(store, discarded.id, {"plan": {"plan": "gone"}})
    service.discard_draft(store, discarded.id)
    with store.session() as s:
        drafts = drafts_for_recovery(s)
        with_empty = drafts_for_recovery(s, include_empty=True)
    assert [d.id for d in drafts] == [newer.id, older.id]
    assert drafts[0].patient_name == "Zebulon Quackenbush"
    assert empty.id in [d.id for d in with_empty]
    with pytest.raises(InputError):
        save_draft(store, discarded.id, {"plan": {"plan": "back"}})


def test_render_text_of_a_full_note(store: Store, patient_id: str) -> None:
    note = start_note(store, patient_id, visit_at=VISIT)
    save_draft(store, note.id, FULL)
    with store.session() as s:
        text = render_text(load_note(s, note.id))
    assert text.startswith("Home visit — 29 Nov 2026")
    assert "DRAFT — not signed" in text
    assert "  Kind of visit: Post-discharge (transition of care)" in text
    assert "  Blood pressure, systolic: 132 mmHg" in text
    assert "  Temperature: 98.6 °F" in text
    assert "  Fallen in the past year? Yes" in text
    assert "  Screen result: At risk: yes to a key question" in text
    assert "  Mini-Cog total (0-5): 2 of 5 (below 3: screens positive" in text
    assert "  Medication reconciliation done: Yes" in text
    assert "  Able to teach back? Partly" in text
    assert "  Next contact: 2 Dec 2026" in text
    assert "  Findings:\n    Mild ankle oedema.\n    Lungs clear." in text
    assert "\nPLAN\n  Call PCP about diuretic dose\n" in text
    assert "VITAL SIGNS" in text and "COGNITION SCREENING (MINI-COG)" in text


def test_nothing_about_the_patient_is_logged(store: Store, patient_id: str,
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    note = start_note(store, patient_id)
    save_draft(store, note.id, {**FULL, "plan": {"plan": SECRET}})
    sign_note(store, note.id)
    add_addendum(store, note.id, SECRET)
    other = start_note(store, patient_id)
    with pytest.raises(InputError):
        save_draft(store, other.id, {"vitals": {"heart_rate": SECRET}})
    assert note.id in caplog.text
    assert "Zebulon" not in caplog.text and "Quackenbush" not in caplog.text
