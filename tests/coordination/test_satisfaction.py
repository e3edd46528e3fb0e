"""The care-coordination experience survey: the questionnaire file and its scoring."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.coordination import satisfaction as S
from app.models.entities import Patient
from app.models.errors import InputError

NOW = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)


def test_survey_file_has_5_items_in_english_and_spanish_with_sources() -> None:
    survey = S.load_survey()
    assert len(survey.items) == 5
    assert all(i.text["en"] and i.text["es"] and i.source for i in survey.items)
    assert "CAHPS" in " ".join(i.source for i in survey.items)
    assert [a.id for a in survey.answers] == ["never", "sometimes", "usually", "always",
                                              "not_applicable"]
    assert survey.top_value == 3 and "mean item score" in survey.scoring


def test_scoring_is_the_mean_item_score_on_0_to_100() -> None:
    all_always = {i.id: "always" for i in S.load_survey().items}
    sc = S.score_responses(all_always)
    assert (sc.score, sc.max_score, sc.percent, sc.top_box) == (15.0, 15.0, 100.0, 5)
    sc = S.score_responses({"knew_history": "never", "test_results": "sometimes",
                            "medicines": "usually", "specialists": "not_applicable"})
    assert (sc.score, sc.max_score, sc.answered, sc.top_box) == (3.0, 9.0, 3, 0)
    assert sc.percent == pytest.approx(100 / 3)
    sc = S.score_responses({"knew_history": "not_applicable"})
    assert (sc.score, sc.max_score, sc.percent) == (None, None, None)
    with pytest.raises(InputError):
        S.score_responses({"knew_history": "maybe"})
    with pytest.raises(InputError):
        S.score_responses({"favourite_colour": "always"})


def test_record_and_mean(store: Any) -> None:
    with store.write() as s:
        p = Patient(given_name="Rosa", family_name="Diaz")
        s.add(p)
        s.flush()
        pid = p.id
    S.record_survey(store, pid, {"knew_history": "always", "medicines": "usually"},
                    language="es", surveyed_at=NOW - dt.timedelta(days=40), now=NOW)
    S.record_survey(store, pid, {"knew_history": "sometimes"}, now=NOW)
    with pytest.raises(InputError, match="at least one"):
        S.record_survey(store, pid, {}, now=NOW)
    with store.session() as s:
        rows = S.surveys(s, pid)
        mean, n = S.mean_percent(s, NOW - dt.timedelta(days=60), NOW + dt.timedelta(days=1))
    assert [r.language for r in rows] == ["en", "es"]
    assert rows[1].answers == {"knew_history": "always", "medicines": "usually"}
    assert (rows[1].score, rows[1].max_score) == (5.0, 6.0)
    assert n == 2 and mean == pytest.approx((5 / 6 * 100 + 1 / 3 * 100) / 2)
