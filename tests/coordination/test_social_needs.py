"""AHC HRSN scoring (CMS tool: positive answers per domain; safety items 1-5, total >= 11
positive), saving a screening and the community referral for a positive domain."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from app.coordination import social_needs as sn
from app.models.entities import Patient, Referral, SocialNeedsScreening
from app.models.errors import InputError

NEGATIVE = {"q1": "steady", "q2": ["none"], "q3": "never", "q4": "never", "q5": "no",
            "q6": "no", "q7": "never", "q8": "never", "q9": "never", "q10": "never"}


def answers(**changes: Any) -> dict[str, Any]:
    return {**NEGATIVE, **changes}


def test_the_tool_has_the_ten_core_questions_in_two_languages() -> None:
    tool = sn.load_tool()
    assert [q.number for q in tool.questions] == list(range(1, 11))
    assert [q.domain for q in tool.questions] == ["housing", "housing", "food", "food",
                                                  "transportation", "utilities", "safety",
                                                  "safety", "safety", "safety"]
    assert [q.loinc for q in tool.questions] == ["71802-3", "96778-6", "88122-7", "88123-5",
                                                 "93030-5", "96779-4", "95618-5", "95617-7",
                                                 "95616-9", "95615-1"]
    assert tool.questions[0].text["en"] == "What is your living situation today?"
    for q in tool.questions:
        assert q.text["es"] and all(o.text["es"] for o in q.options)
    assert "Accountable Health Communities" in tool.source
    assert "translation, not the official CMS Spanish form" in tool.spanish_note
    assert [o.score for o in tool.questions[6].options] == [1, 2, 3, 4, 5]


def test_all_negative() -> None:
    r = sn.score_answers(NEGATIVE)
    assert r.domains == dict.fromkeys(sn.DOMAINS, "negative")
    assert (r.score, r.safety_score) == (0, 4)


@pytest.mark.parametrize(("change", "domain"), [
    ({"q1": "worried"}, "housing"), ({"q1": "no_steady"}, "housing"),
    ({"q2": ["mold"]}, "housing"), ({"q2": ["pests", "leaks"]}, "housing"),
    ({"q3": "sometimes"}, "food"), ({"q4": "often"}, "food"),
    ({"q5": "yes"}, "transportation"),
    ({"q6": "yes"}, "utilities"), ({"q6": "shut_off"}, "utilities"),
])
def test_each_positive_answer(change: dict[str, Any], domain: str) -> None:
    r = sn.score_answers(answers(**change))
    assert r.positives == [domain]
    assert r.score == 1


def test_the_safety_threshold_is_eleven() -> None:
    # 3 + 3 + 2 + 2 = 10: negative; 3 + 3 + 3 + 2 = 11: positive
    ten = sn.score_answers(answers(q7="sometimes", q8="sometimes", q9="rarely", q10="rarely"))
    assert (ten.domains["safety"], ten.safety_score) == ("negative", 10)
    eleven = sn.score_answers(answers(q7="sometimes", q8="sometimes", q9="sometimes",
                                      q10="rarely"))
    assert (eleven.domains["safety"], eleven.safety_score) == ("positive", 11)
    # one item "frequently" (5) with the others "never": 8, negative
    assert sn.score_answers(answers(q7="frequently")).domains["safety"] == "negative"
    # a declined item: 5 + 5 + 1 answered, the fourth at least 1 => 12: positive already
    partial = sn.score_answers(answers(q7="frequently", q8="frequently", q10="declined"))
    assert partial.domains["safety"] == "positive" and partial.safety_score is None
    low = sn.score_answers(answers(q7="rarely", q10="declined"))
    assert low.domains["safety"] == "declined"


def test_declined_and_not_asked() -> None:
    r = sn.score_answers(answers(q3="declined", q4="declined", q5=None))
    assert r.domains["food"] == "declined" and r.domains["transportation"] == "unknown"
    r = sn.score_answers(answers(q3="declined", q4="often"))
    assert r.domains["food"] == "positive"  # a positive answer wins over a declined one


def test_bad_answers_are_refused() -> None:
    with pytest.raises(InputError):
        sn.score_answers(answers(q1="maybe"))
    with pytest.raises(InputError, match="none of the above"):
        sn.score_answers(answers(q2=["none", "mold"]))
    with pytest.raises(InputError, match="one answer"):
        sn.score_answers(answers(q5=["yes", "no"]))
    with pytest.raises(InputError):
        sn.score_answers({"q99": "yes"})


def test_recording_a_screening_and_its_referral(store: Any) -> None:
    with store.write() as s:
        p = Patient(given_name="Ana", family_name="Test", birth_date=dt.date(1950, 1, 1))
        s.add(p)
        s.flush()
        pid = p.id
    with pytest.raises(InputError, match="question 5"):
        sn.record_screening(store, pid, answers(q5=None))
    sid, result = sn.record_screening(store, pid, answers(q3="often", q5="yes"), lang="es")
    assert result.positives == ["food", "transportation"]
    with store.session() as s:
        row = s.get(SocialNeedsScreening, sid)
        assert (row.instrument, row.food, row.transportation, row.housing, row.score) == (
            "AHC-HRSN", "positive", "positive", "negative", 2)
        assert row.responses["safety_score"] == 4 and len(row.responses["items"]) == 10
        food = next(i for i in row.responses["items"] if i["code"] == "88122-7")
        assert food["answer"] == "Often true" and food["answer_es"] == "Con frecuencia es cierto"
        assert sn.latest_screening(s, pid).id == sid
    rid, created = sn.create_community_referral(store, pid, "food", to_name="Food bank")
    again, created_again = sn.create_community_referral(store, pid, "food", to_name="Other")
    assert created and not created_again and again == rid
    with store.session() as s:
        ref = s.get(Referral, rid)
        assert (ref.kind, ref.need_domain, ref.status) == ("community", "food", "draft")
        assert s.scalars(select(Referral).where(Referral.patient_id == pid)).all() == [ref]
    with pytest.raises(InputError):
        sn.create_community_referral(store, pid, "food", to_name=" ")
